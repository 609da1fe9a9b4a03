//! Interface operations compiled code calls: equality of interface values (Go's efaceeq,
//! element by element so that the first uncomparable part found decides), whether a dynamic
//! type implements an interface, and method lookup by name in a type's method table.

use crate::types::{find_method, Eface, GoString, Kind, Type};

/// Interface equality: same dynamic type and equal values.
///
/// # Safety
/// Both pairs must be efaces built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_ifaceeq(
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    match iface_eq(t1, d1, t2, d2) {
        Ok(eq) => eq as u8,
        Err(_) => 2,
    }
}

/// Interface equality: Ok(equal), or Err(the uncomparable dynamic type met first).
/// `d1`/`d2` are eface data words (the value itself for pointer-shaped types).
pub(crate) unsafe fn iface_eq(
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> Result<bool, *const Type> {
    if t1 != t2 {
        return Ok(false);
    }
    if t1.is_null() {
        return Ok(true);
    }
    let t = &*t1;
    if t.is_direct() {
        return match t.kind() {
            Kind::Func | Kind::Map => Err(t1),
            _ => Ok(d1 == d2),
        };
    }
    value_eq(t, d1, d2)
}

/// Go's == on two values of type `t` in memory, element by element in order, so that a
/// difference found before an uncomparable part decides (as in Go, which panics only when the
/// comparison reaches a slice, map or func inside an interface).
pub(crate) unsafe fn value_eq(t: &Type, a: *const u8, b: *const u8) -> Result<bool, *const Type> {
    use crate::types::Kind::*;
    Ok(match t.kind() {
        Func | Map | Slice => return Err(t),
        String => {
            let x = *(a as *const GoString);
            let y = *(b as *const GoString);
            x.as_bytes() == y.as_bytes()
        }
        Float64 => *(a as *const f64) == *(b as *const f64),
        Float32 => *(a as *const f32) == *(b as *const f32),
        Complex128 => *(a as *const [f64; 2]) == *(b as *const [f64; 2]),
        Complex64 => *(a as *const [f32; 2]) == *(b as *const [f32; 2]),
        Array => {
            let e = &*t.elem;
            for i in 0..t.len {
                if !value_eq(e, a.add(i * e.size), b.add(i * e.size))? {
                    return Ok(false);
                }
            }
            true
        }
        Struct => {
            for f in t.fields() {
                if f.name.as_bytes() == b"_" {
                    continue;
                }
                if !value_eq(&*f.typ, a.add(f.offset), b.add(f.offset))? {
                    return Ok(false);
                }
            }
            true
        }
        Interface => {
            let x = *(a as *const Eface);
            let y = *(b as *const Eface);
            return iface_eq(x.typ, x.data, y.typ, y.data);
        }
        _ => std::slice::from_raw_parts(a, t.size) == std::slice::from_raw_parts(b, t.size),
    })
}

/// Does dynamic type `typ` have every method named in interface type `iface`'s table? (Type
/// switches and assertions to interface types; signatures were checked at compile time.)
///
/// # Safety
/// Both must be descriptors emitted by the compiler (`typ` may be null: a nil interface).
#[no_mangle]
pub unsafe extern "C" fn deferc_implements(typ: *const Type, iface: *const Type) -> u8 {
    if typ.is_null() {
        return 0;
    }
    crate::types::missing_method(&*typ, &*iface).is_none() as u8
}

/// The code of method `name` of dynamic type `typ` (the compiler guarantees it exists).
///
/// # Safety
/// `typ` must be a descriptor emitted by the compiler; `name` a valid string.
#[no_mangle]
pub unsafe extern "C" fn deferc_find_method(
    typ: *const Type,
    name: *const u8,
    len: usize,
) -> *const u8 {
    let n = std::slice::from_raw_parts(name, len);
    match find_method(&*typ, n) {
        Some(m) => m.code,
        None => std::ptr::null(),
    }
}
