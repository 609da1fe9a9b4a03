//! What package encoding/binary (compiler/golib/encoding/binary) needs of reflection: the
//! encoded size of a value of fixed-size type (Go's dataSize / sizeof) and the walk that
//! encodes such a value into bytes or decodes bytes into it (Go's encoder.value /
//! decoder.value), over the type descriptors the compiler emits (types.rs). deferc has no
//! reflect package; these two entries are all Read, Write and Size need beyond a type switch.
//!
//! Values are found as reflect finds them: Write and Size take the value or one pointer to it
//! (reflect.Indirect), Read a pointer to it or a slice. A slice stands for its elements.

use crate::types::{Eface, GoSlice, Kind, Type};

/// dataSize's answer when Go's reflect would panic on a zero Value (a nil interface, or a nil
/// pointer to dereference): the Go side panics with reflect's message.
const ZERO_VALUE: isize = -2;

/// The encoded size of a value of type `t`, or -1 when `t` is not fixed-size (Go's sizeof):
/// booleans, sized numbers, and arrays and structs of them.
///
/// # Safety
/// `t` must be a descriptor emitted by the compiler.
unsafe fn sizeof(t: &Type) -> isize {
    match t.kind() {
        Kind::Bool
        | Kind::Int8
        | Kind::Uint8
        | Kind::Int16
        | Kind::Uint16
        | Kind::Int32
        | Kind::Uint32
        | Kind::Int64
        | Kind::Uint64
        | Kind::Float32
        | Kind::Float64
        | Kind::Complex64
        | Kind::Complex128 => t.size as isize,
        Kind::Array => match sizeof(&*t.elem) {
            s if s >= 0 => s * t.len as isize,
            _ => -1,
        },
        Kind::Struct => {
            let mut sum = 0;
            for f in t.fields() {
                let s = sizeof(&*f.typ);
                if s < 0 {
                    return -1;
                }
                sum += s;
            }
            sum
        }
        _ => -1,
    }
}

/// The value a call works on: its type and address, as reflect.Indirect finds it (the value
/// itself, or what a pointer points to). None for a nil interface or a nil pointer (reflect's
/// zero Value).
///
/// # Safety
/// `e` must be an interface value built by compiled code.
unsafe fn target(e: Eface) -> Option<(&'static Type, *mut u8)> {
    let t: &'static Type = e.typ.as_ref()?;
    match t.kind() {
        Kind::Pointer if e.data.is_null() => None,
        Kind::Pointer => Some((&*t.elem, e.data as *mut u8)),
        // Other pointer-shaped values are the data word itself; sizeof rejects them by type.
        _ if t.is_direct() => Some((t, std::ptr::null_mut())),
        _ => Some((t, e.data as *mut u8)),
    }
}

/// `binary.dataSize(data any, read bool) int`: the number of bytes Read (`read`: data must be
/// a pointer or a slice) or Write and Size (data or what it points to) would encode for
/// `data`; -1 when its type is not acceptable, -2 when reflect would panic on a zero Value.
///
/// # Safety
/// `typ` and `data` must form an interface value built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_binary_dataSize(
    typ: *const Type,
    data: *const u8,
    read: u8,
) -> isize {
    if read != 0 {
        if let Some(t) = typ.as_ref() {
            if !matches!(t.kind(), Kind::Pointer | Kind::Slice) {
                return -1;
            }
        }
    }
    let Some((t, p)) = target(Eface { typ, data }) else {
        return ZERO_VALUE;
    };
    if t.kind() == Kind::Slice {
        return match sizeof(&*t.elem) {
            s if s >= 0 => s * (*(p as *const GoSlice)).len as isize,
            _ => -1,
        };
    }
    sizeof(t)
}

/// The operations of `deferc_binary_walk`.
const ENCODE_LE: isize = 0;
const ENCODE_BE: isize = 1;
const DECODE_LE: isize = 2;
const DECODE_BE: isize = 3;
/// Writes, at the offset of each 2-, 4- or 8-byte number, its size, and zero elsewhere: the
/// Go side converts those numbers to or from a ByteOrder that is neither of Go's own.
const MARKS: isize = 4;

/// Whether a value may be set, in reflect's terms: RW, read-only through an unexported
/// embedded field (cleared by a struct's own fields), or read-only for good (below an
/// unexported field, or an element of a read-only array).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Rw,
    EmbedRo,
    StickyRo,
}

struct Walk {
    buf: *mut u8,
    off: usize,
    op: isize,
}

/// Whether a struct field's name is exported (Go's token.IsExported: an upper-case letter
/// first).
fn exported(name: &[u8]) -> bool {
    std::str::from_utf8(name)
        .ok()
        .and_then(|s| s.chars().next())
        .is_some_and(char::is_uppercase)
}

impl Walk {
    /// Encodes, decodes or marks the value of type `t` at `p`. On decoding into a value reflect
    /// would refuse to set (an unexported field), stops and returns its kind (the Go side
    /// panics with reflect's message, as Go does after setting the fields before it).
    ///
    /// # Safety
    /// `t` describes the value at `p`, which is `sizeof(t) >= 0`; `buf` has room for it at `off`.
    unsafe fn value(&mut self, t: &Type, p: *mut u8, access: Access) -> Option<Kind> {
        match t.kind() {
            Kind::Array => {
                let e = &*t.elem;
                let sticky = if access == Access::Rw {
                    Access::Rw
                } else {
                    Access::StickyRo
                };
                for i in 0..t.len {
                    if let Some(k) = self.value(e, p.add(i * e.size), sticky) {
                        return Some(k);
                    }
                }
            }
            Kind::Struct => {
                for f in t.fields() {
                    let name = f.name.as_bytes();
                    let ft = &*f.typ;
                    if name == b"_" {
                        self.skip(sizeof(ft) as usize);
                        continue;
                    }
                    let base = if access == Access::StickyRo {
                        Access::StickyRo
                    } else {
                        Access::Rw
                    };
                    let a = match (exported(name), f.embedded != 0) {
                        (true, _) => base,
                        (false, true) if base == Access::Rw => Access::EmbedRo,
                        _ => Access::StickyRo,
                    };
                    if let Some(k) = self.value(ft, p.add(f.offset), a) {
                        return Some(k);
                    }
                }
            }
            // Two floats, real then imaginary, each in the byte order (Go's encoder).
            k @ (Kind::Complex64 | Kind::Complex128) => {
                let half = t.size / 2;
                if let Some(k) = self.number(k, p, half, access) {
                    return Some(k);
                }
                return self.number(k, p.add(half), half, access);
            }
            k => return self.number(k, p, t.size, access),
        }
        None
    }

    /// Encodes, decodes or marks one number of kind `k` and `n` bytes at `p` (see `value`).
    ///
    /// # Safety
    /// As `value`'s, for the `n` bytes at `p`.
    unsafe fn number(&mut self, k: Kind, p: *mut u8, n: usize, access: Access) -> Option<Kind> {
        let out = self.buf.add(self.off);
        match self.op {
            ENCODE_LE | ENCODE_BE => {
                for i in 0..n {
                    let b = if k == Kind::Bool {
                        (*p != 0) as u8
                    } else {
                        *p.add(i)
                    };
                    // Memory is little-endian on every target deferc supports.
                    let j = if self.op == ENCODE_BE { n - 1 - i } else { i };
                    *out.add(j) = b;
                }
            }
            DECODE_LE | DECODE_BE => {
                if access != Access::Rw {
                    return Some(k);
                }
                if k == Kind::Bool {
                    *p = (*out != 0) as u8;
                } else {
                    for i in 0..n {
                        let j = if self.op == DECODE_BE { n - 1 - i } else { i };
                        *p.add(i) = *out.add(j);
                    }
                }
            }
            MARKS => {
                std::ptr::write_bytes(out, 0, n);
                if matches!(n, 2 | 4 | 8) && k != Kind::Bool {
                    *out = n as u8;
                }
            }
            _ => {}
        }
        self.off += n;
        None
    }

    /// A blank field: zeros when encoding or marking, untouched when decoding.
    ///
    /// # Safety
    /// `buf` has room for `n` bytes at `off`.
    unsafe fn skip(&mut self, n: usize) {
        if self.op != DECODE_LE && self.op != DECODE_BE {
            std::ptr::write_bytes(self.buf.add(self.off), 0, n);
        }
        self.off += n;
    }
}

/// `binary.walk(data any, buf []byte, op int) int`: encodes `data` (or what it points to)
/// into buf (op 0 little-, 1 big-endian), decodes buf into it (2, 3) or marks its numbers'
/// offsets in buf (4). Returns 0, or for a decode that stopped at a field reflect may not set,
/// 1 + that field's kind.
///
/// # Safety
/// `typ` and `data` must form an interface value built by compiled code whose dataSize (with
/// the same `read` rule) is non-negative and at most `buf_len`.
#[no_mangle]
pub unsafe extern "C" fn deferc_binary_walk(
    typ: *const Type,
    data: *const u8,
    buf: *mut u8,
    _buf_len: usize,
    _buf_cap: usize,
    op: isize,
) -> isize {
    let Some((t, p)) = target(Eface { typ, data }) else {
        return 0;
    };
    let mut w = Walk { buf, off: 0, op };
    let stopped = if t.kind() == Kind::Slice {
        let s = *(p as *const GoSlice);
        let e = &*t.elem;
        let mut r = None;
        for i in 0..s.len {
            r = w.value(e, s.ptr.add(i * e.size), Access::Rw);
            if r.is_some() {
                break;
            }
        }
        r
    } else {
        w.value(t, p, Access::Rw)
    };
    stopped.map_or(0, |k| 1 + k as isize)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::{GoString, StaticType, StructField};

    static U16: StaticType = StaticType(Type::new(Kind::Uint16, 2, 2, 0, b"uint16"));
    static BOOL: StaticType = StaticType(Type::new(Kind::Bool, 1, 1, 0, b"bool"));
    static INT: StaticType = StaticType(Type::new(Kind::Int, 8, 8, 0, b"int"));

    fn field(name: &'static [u8], typ: &'static Type, offset: usize) -> StructField {
        StructField {
            name: GoString {
                ptr: name.as_ptr(),
                len: name.len(),
            },
            typ,
            offset,
            embedded: 0,
            tag: GoString::EMPTY,
        }
    }

    #[test]
    fn sizes_and_walks_follow_fields() {
        let fields = Box::leak(Box::new([
            field(b"A", &U16.0, 0),
            field(b"_", &U16.0, 2),
            field(b"B", &BOOL.0, 4),
        ]));
        let st = Box::leak(Box::new(Type {
            fields: fields.as_ptr(),
            nfields: 3,
            ..Type::new(Kind::Struct, 6, 2, 0, b"main.S")
        }));
        let bad = Box::leak(Box::new([field(b"N", &INT.0, 0)]));
        let badt = Type {
            fields: bad.as_ptr(),
            nfields: 1,
            ..Type::new(Kind::Struct, 8, 8, 0, b"main.Bad")
        };
        unsafe {
            assert_eq!(sizeof(st), 5);
            assert_eq!(sizeof(&badt), -1);
            let mut v = [0x34u8, 0x12, 0xff, 0xff, 7, 0];
            let mut buf = [0xaau8; 5];
            let r = deferc_binary_walk(st, v.as_mut_ptr(), buf.as_mut_ptr(), 5, 5, ENCODE_BE);
            assert_eq!(r, 0);
            assert_eq!(buf, [0x12, 0x34, 0, 0, 1]);
            let mut v2 = [0u8; 6];
            let r = deferc_binary_walk(st, v2.as_mut_ptr(), buf.as_mut_ptr(), 5, 5, DECODE_LE);
            assert_eq!(r, 0);
            assert_eq!(v2, [0x12, 0x34, 0, 0, 1, 0]);
            deferc_binary_walk(st, v2.as_mut_ptr(), buf.as_mut_ptr(), 5, 5, MARKS);
            assert_eq!(buf, [2, 0, 0, 0, 0]);
        }
    }
}
