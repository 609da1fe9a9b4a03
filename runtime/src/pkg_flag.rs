//! What package flag (compiler/golib/flag) needs of reflection: a zero value of a flag
//! Value's dynamic type (Go's isZeroValue builds one with reflect.New / reflect.Zero to compare
//! its String with the default), and TextVar's check and copy of the default value into the
//! variable (reflect's Elem().Set), over the compiler's type descriptors.

use crate::alloc::deferc_alloc;
use crate::types::{Eface, Kind, Type};

/// A zeroed heap object for a value of type `t` (scanned as `t` when it can hold pointers).
///
/// # Safety
/// `t` must be a descriptor emitted by the compiler.
unsafe fn new_object(t: &Type) -> *mut u8 {
    let typ = if t.ptrdata == 0 {
        std::ptr::null()
    } else {
        t as *const Type
    };
    deferc_alloc(t.size, typ)
}

/// `flag.newZero(v any) any`: for a pointer type, a pointer to a new zero value of its element
/// (reflect.New); otherwise the type's zero value (reflect.Zero). Nil for a nil `v`.
///
/// # Safety
/// `typ` must be null or a descriptor emitted by the compiler.
#[no_mangle]
pub unsafe extern "C" fn deferc_flag_newZero(typ: *const Type, _data: *const u8) -> Eface {
    let Some(t) = typ.as_ref() else {
        return Eface {
            typ,
            data: std::ptr::null(),
        };
    };
    let data = match t.kind() {
        Kind::Pointer => new_object(&*t.elem),
        // Pointer-shaped values are the data word itself: nil.
        _ if t.is_direct() => std::ptr::null_mut(),
        _ => new_object(t),
    };
    Eface { typ, data }
}

/// `flag.textVarInit(p any, val any) int`: newTextValue's reflection. `p` must be a pointer
/// (1 otherwise); val, or what it points to, must have the type p points to (2 otherwise; 3 if
/// val is a nil pointer, 4 if p is); then the value is copied into *p and the result is 0.
///
/// # Safety
/// Both pairs must be interface values built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_flag_textVarInit(
    ptyp: *const Type,
    pdata: *mut u8,
    vtyp: *const Type,
    vdata: *const u8,
) -> isize {
    let Some(pt) = ptyp.as_ref() else {
        return 1;
    };
    if pt.kind() != Kind::Pointer {
        return 1;
    }
    let Some(mut vt) = vtyp.as_ref() else {
        // reflect.ValueOf(nil).Type() on the zero Value.
        return 3;
    };
    // Where the default value is: what a pointer points to, the word itself for the other
    // pointer-shaped types, else the interface's copy.
    let src: *const u8 = if vt.kind() == Kind::Pointer {
        if vdata.is_null() {
            return 3;
        }
        vt = &*vt.elem;
        vdata
    } else if vt.is_direct() {
        &vdata as *const *const u8 as *const u8
    } else {
        vdata
    };
    if !std::ptr::eq(vt, pt.elem) {
        return 2;
    }
    if pdata.is_null() {
        return 4;
    }
    std::ptr::copy(src, pdata, vt.size);
    0
}
