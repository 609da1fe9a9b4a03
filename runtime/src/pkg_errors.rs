//! What package errors (compiler/golib/errors/errors.go) needs of reflection: whether a
//! dynamic type is comparable (errors.Is), and errors.As's checks of its target and the
//! assignment through it (Go's reflectlite.TypeOf(err).AssignableTo and Value.Set).

use crate::fmt::{find_method_sig, STRING_METHOD};
use crate::types::{Kind, Type};

/// `errors.comparable(x any) bool`: reflectlite.TypeOf(x).Comparable().
///
/// # Safety
/// `typ` must be null or a descriptor emitted by the compiler.
#[no_mangle]
pub unsafe extern "C" fn deferc_errors_comparable(typ: *const Type, _data: usize) -> u8 {
    match typ.as_ref() {
        Some(t) => crate::map::comparable(t) as u8,
        None => 1,
    }
}

/// `errors.asTarget(target any) int`: 0 when target is a non-nil pointer to an interface type
/// or to a type implementing error; 1 when it is not a non-nil pointer; 2 when the pointed-to
/// type is neither (errors.As panics with Go's messages for 1 and 2).
///
/// # Safety
/// `typ` must be null or a descriptor emitted by the compiler.
#[no_mangle]
pub unsafe extern "C" fn deferc_errors_asTarget(typ: *const Type, data: *const u8) -> isize {
    let Some(t) = typ.as_ref() else {
        return 1;
    };
    if t.kind() != Kind::Pointer || data.is_null() {
        return 1;
    }
    let e = &*t.elem;
    if e.kind() != Kind::Interface && find_method_sig(e, b"Error", STRING_METHOD).is_none() {
        return 2;
    }
    0
}

/// `errors.asAssign(err error, target any) bool`: if err's dynamic type is assignable to the
/// type target points to (identical, or implementing that interface), stores err there.
///
/// # Safety
/// `err` must be a non-nil error and `target` a checked asTarget target, both built by
/// compiled code (descriptors are unique per type, so identity is pointer equality).
#[no_mangle]
pub unsafe extern "C" fn deferc_errors_asAssign(
    etyp: *const Type,
    edata: *const u8,
    _ttyp: *const Type,
    tdata: *mut u8,
) -> u8 {
    let Some(et) = etyp.as_ref() else {
        return 0;
    };
    let target = &*(*_ttyp).elem;
    if target.kind() == Kind::Interface {
        if crate::types::missing_method(et, target).is_some() {
            return 0;
        }
        // Every interface is {type, data} in memory.
        let slot = tdata as *mut [usize; 2];
        *slot = [etyp as usize, edata as usize];
        return 1;
    }
    if !std::ptr::eq(et, target) {
        return 0;
    }
    if et.is_direct() {
        *(tdata as *mut usize) = edata as usize;
    } else {
        std::ptr::copy_nonoverlapping(edata, tdata, et.size);
    }
    1
}
