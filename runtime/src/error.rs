//! Runtime errors as Go values (Go's runtime/error.go): the types of runtime.errorString,
//! runtime.boundsError and *runtime.TypeAssertionError (registered by the program, with
//! method-less fallbacks), the panic value of each, and boundsError's messages and codes. The
//! raising entries that panic with them are in panic.rs.

use crate::alloc::{alloc_typed, STRING};
use crate::traceback::put_dec;
use crate::types::{Eface, GoString, Kind, StaticType, Type, TFLAG_NAMED};
use std::sync::atomic::{AtomicPtr, Ordering};

/// Set by the compiler at start: the types of runtime.errorString and runtime.boundsError,
/// both string-shaped (data points at a GoString with the full "runtime error: ..." message)
/// and compiled with an Error method.
pub(crate) static ERRSTR_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());

pub(crate) static BOUNDS_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());

/// *runtime.TypeAssertionError: pointer-shaped, data points at its message GoString.
pub(crate) static TYPEASSERT_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());

/// Registers the runtime error types.
#[no_mangle]
pub extern "C" fn deferc_set_runtime_error_types(
    errstr: *const Type,
    bounds: *const Type,
    typeassert: *const Type,
) {
    ERRSTR_TYPE.store(errstr as *mut Type, Ordering::Relaxed);
    BOUNDS_TYPE.store(bounds as *mut Type, Ordering::Relaxed);
    TYPEASSERT_TYPE.store(typeassert as *mut Type, Ordering::Relaxed);
}

pub(crate) const fn fallback_type(name: &'static [u8]) -> StaticType {
    StaticType(Type::new(Kind::String, 16, 8, TFLAG_NAMED, name))
}

/// Used when the program did not register its types (it then cannot call Error on a
/// recovered runtime error, but the crash output is still right).
pub(crate) static FALLBACK_ERRSTR: StaticType = fallback_type(b"runtime.errorString");

pub(crate) static FALLBACK_BOUNDS: StaticType = fallback_type(b"runtime.boundsError");

pub(crate) static FALLBACK_TYPEASSERT: StaticType = fallback_type(b"*runtime.TypeAssertionError");

#[derive(Clone, Copy)]
pub(crate) enum RuntimeError {
    ErrorString,
    Bounds,
    TypeAssertion,
}

pub(crate) fn runtime_error_type(k: RuntimeError) -> *const Type {
    let (reg, fallback) = match k {
        RuntimeError::ErrorString => (&ERRSTR_TYPE, &FALLBACK_ERRSTR),
        RuntimeError::Bounds => (&BOUNDS_TYPE, &FALLBACK_BOUNDS),
        RuntimeError::TypeAssertion => (&TYPEASSERT_TYPE, &FALLBACK_TYPEASSERT),
    };
    let t = reg.load(Ordering::Relaxed);
    if t.is_null() {
        &fallback.0
    } else {
        t
    }
}

pub(crate) fn is_runtime_error_type(t: *const Type) -> bool {
    !t.is_null()
        && (std::ptr::eq(t, ERRSTR_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, BOUNDS_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, TYPEASSERT_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, &FALLBACK_TYPEASSERT.0)
            || std::ptr::eq(t, &FALLBACK_ERRSTR.0)
            || std::ptr::eq(t, &FALLBACK_BOUNDS.0))
}

/// The panic value of a runtime error with message `msg` (which includes "runtime error: ").
/// Everything owned is dropped when this returns (see the SAFETY invariants).
pub(crate) fn runtime_error(k: RuntimeError, msg: &[u8]) -> Eface {
    let s = GoString::from_bytes(msg);
    let cell = alloc_typed(std::mem::size_of::<GoString>(), 8, &STRING.0) as *mut GoString;
    // SAFETY: cell is fresh, aligned memory for one GoString.
    unsafe { cell.write(s) };
    Eface {
        typ: runtime_error_type(k),
        data: cell as *const u8,
    }
}

/// Or'ed into deferc_panic_bounds's code: x is unsigned (an index of unsigned type), so it is
/// printed as such and never takes the "negative" formats (Go's boundsError.signed == false).
pub const BOUNDS_UNSIGNED: i64 = 16;

/// Go 1.19's boundsErrorFmts / boundsNegErrorFmts (runtime/error.go), indexed by code.
// Go's boundsErrorCode values (runtime/error.go), the `code` compiled code passes to
// deferc_panic_bounds: they index BOUNDS_FMTS (compiler/src/codegen takes these).
pub const BOUNDS_INDEX: i64 = 0;
pub const BOUNDS_SLICE_ALEN: i64 = 1;
pub const BOUNDS_SLICE_ACAP: i64 = 2;
pub const BOUNDS_SLICE_B: i64 = 3;
pub const BOUNDS_SLICE3_ALEN: i64 = 4;
pub const BOUNDS_SLICE3_ACAP: i64 = 5;
pub const BOUNDS_SLICE3_B: i64 = 6;
pub const BOUNDS_SLICE3_C: i64 = 7;
pub const BOUNDS_CONVERT: i64 = 8;

/// Codes of deferc_panic_makeslice beyond makeslice's own (0 len, 1 cap), growslice's (2) and
/// the channel operations' (3-6): unsafe.Slice's two checks (Go's panicunsafeslicelen and
/// panicunsafeslicenilptr).
pub const MAKESLICE_UNSAFE_LEN: i64 = 7;
pub const MAKESLICE_UNSAFE_NIL: i64 = 8;

pub(crate) const BOUNDS_FMTS: [&[u8]; 9] = [
    b"index out of range [%x] with length %y",
    b"slice bounds out of range [:%x] with length %y",
    b"slice bounds out of range [:%x] with capacity %y",
    b"slice bounds out of range [%x:%y]",
    b"slice bounds out of range [::%x] with length %y",
    b"slice bounds out of range [::%x] with capacity %y",
    b"slice bounds out of range [:%x:%y]",
    b"slice bounds out of range [%x:%y:]",
    b"cannot convert slice with length %y to pointer to array with length %x",
];

pub(crate) const BOUNDS_NEG_FMTS: [&[u8]; 8] = [
    b"index out of range [%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [%x:]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [:%x:]",
    b"slice bounds out of range [%x::]",
];

/// Go's appendIntStr.
pub(crate) fn append_int(b: &mut Vec<u8>, v: i64, signed: bool) {
    if signed && v < 0 {
        b.push(b'-');
        put_dec(b, v.unsigned_abs());
    } else {
        put_dec(b, v as u64);
    }
}

/// boundsError.Error(): the full message of a bounds failure.
pub fn bounds_message(code: i64, x: i64, y: i64) -> Vec<u8> {
    let signed = code & BOUNDS_UNSIGNED == 0;
    let k = (code & !BOUNDS_UNSIGNED) as usize;
    let k = if k < BOUNDS_FMTS.len() { k } else { 0 };
    let fmt = if signed && x < 0 && k < BOUNDS_NEG_FMTS.len() {
        BOUNDS_NEG_FMTS[k]
    } else {
        BOUNDS_FMTS[k]
    };
    let mut b = Vec::with_capacity(100);
    b.extend_from_slice(b"runtime error: ");
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            match fmt[i + 1] {
                b'x' => append_int(&mut b, x, signed),
                _ => append_int(&mut b, y, true),
            }
            i += 2;
        } else {
            b.push(fmt[i]);
            i += 1;
        }
    }
    b
}

pub(crate) fn bounds_error(code: i64, x: i64, y: i64) -> Eface {
    runtime_error(RuntimeError::Bounds, &bounds_message(code, x, y))
}
