//! The order in which fmt prints a map's entries (Go's internal/fmtsort): keys sorted by
//! kind-specific comparison, so printed maps are deterministic.

use super::value::Value;
use crate::print::is_predeclared_basic;
use crate::types::{Kind, Type};

// Map key order (Go's internal/fmtsort)

/// fmtsort's floatCompare: NaN sorts before everything. Go answers "less" for NaN vs NaN too;
/// calling that equal keeps the order total (Rust's sort requires it), and NaN keys print the
/// same whatever their order, which Go leaves to the random iteration order anyway.
pub(super) fn float_compare(a: f64, b: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Equal,
        (true, false) => Less,
        (false, true) => Greater,
        _ => a.partial_cmp(&b).unwrap_or(Equal),
    }
}

/// The size of `t`'s descriptor symbol in a Go 1.19 binary (runtime/type.go layouts:
/// `_type` 48 bytes, kind-specific fields, struct fields, then the uncommon type and its
/// methods), as far as deferc's descriptor tells.
pub(super) fn go_type_symbol_size(t: &Type) -> usize {
    let base = match t.kind() {
        Kind::Array => 72,
        Kind::Chan => 64,
        Kind::Func => 56,
        Kind::Interface => 80,
        Kind::Map => 88,
        Kind::Pointer | Kind::Slice => 56,
        Kind::Struct => 80 + 24 * t.nfields,
        _ => 48,
    };
    let uncommon =
        t.flags & crate::types::TFLAG_NAMED != 0 || t.nmethods > 0 || is_predeclared_basic(t);
    base + if uncommon { 16 + 16 * t.nmethods } else { 0 }
}

/// fmtsort orders interface keys of different dynamic types by the address of their type
/// descriptors. Go's linker lays the descriptors out sorted by symbol size and then by name
/// (`type.int`, `type.main.T`), so approximate that order from deferc's descriptors (then
/// by address, for distinct types with the same name).
pub(super) fn type_order(a: &Type, b: &Type) -> std::cmp::Ordering {
    go_type_symbol_size(a)
        .cmp(&go_type_symbol_size(b))
        .then_with(|| a.name().cmp(b.name()))
        .then_with(|| (a as *const Type as usize).cmp(&(b as *const Type as usize)))
}

/// fmtsort's compare for two map keys of one type: numbers numerically, strings bytewise,
/// false < true, pointers and channels by address, arrays and structs lexicographically,
/// interfaces nil first, then by dynamic type, then by value.
pub(super) fn fmtsort_compare(a: Value, b: Value) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match a.kind() {
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => a.int().cmp(&b.int()),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            a.uint().cmp(&b.uint())
        }
        Kind::String => a.string().cmp(b.string()),
        Kind::Float32 | Kind::Float64 => float_compare(a.float(), b.float()),
        Kind::Complex64 | Kind::Complex128 => {
            let (x, y) = (a.complex(), b.complex());
            float_compare(x.0, y.0).then_with(|| float_compare(x.1, y.1))
        }
        Kind::Bool => a.bool().cmp(&b.bool()),
        Kind::Pointer | Kind::UnsafePointer | Kind::Chan => a.pointer().cmp(&b.pointer()),
        Kind::Struct => (0..a.t.nfields)
            .map(|i| fmtsort_compare(a.field(i), b.field(i)))
            .find(|&c| c != Equal)
            .unwrap_or(Equal),
        Kind::Array => (0..a.len())
            .map(|i| fmtsort_compare(a.index(i), b.index(i)))
            .find(|&c| c != Equal)
            .unwrap_or(Equal),
        Kind::Interface => match (a.iface_elem(), b.iface_elem()) {
            (None, None) => Equal,
            (None, Some(_)) => Less,
            (Some(_), None) => Greater,
            (Some(x), Some(y)) => {
                if std::ptr::eq(x.t, y.t) {
                    fmtsort_compare(x, y)
                } else {
                    type_order(x.t, y.t)
                }
            }
        },
        _ => Equal,
    }
}
