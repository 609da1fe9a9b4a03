//! String operations compiled code does not inline (runtime/string.go, runtime/utf8.go):
//! concatenation, comparison, conversions between string, []byte, []rune and rune, and the
//! UTF-8 decoding behind `for i, r := range s`.
//!
//! Go strings are immutable byte sequences that need not be valid UTF-8; invalid sequences
//! decode as U+FFFD with width 1, exactly as Go's utf8.DecodeRune. Results are allocated on the
//! Go heap (`alloc`).

use std::cell::Cell;

use crate::alloc::alloc_noscan;
use crate::types::{GoSlice, GoString};

thread_local! {
    /// The room after the last concatenation's result: (end of its bytes, end of its heap
    /// object). The bytes in between belong to no string, so `s += t` with s ending exactly at
    /// the first may write t there and return a longer s: strings stay immutable, because
    /// every string that exists ends at or before it. (A collector must clear this at every
    /// cycle: the object may become garbage.)
    static LAST_CONCAT: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

pub const RUNE_ERROR: u32 = 0xFFFD;
const MAX_RUNE: u32 = 0x10FFFF;

/// Forgets the room after the last concatenation (the collector calls this: the object may
/// be freed).
pub fn forget_last_concat() {
    LAST_CONCAT.set((0, 0));
}

/// utf8.DecodeRune: the first rune of `b` and its width. Empty input gives (RuneError, 0);
/// an invalid or incomplete encoding (overlong, surrogate, > U+10FFFF) gives (RuneError, 1).
pub fn decode_rune(b: &[u8]) -> (u32, usize) {
    let n = b.len();
    if n == 0 {
        return (RUNE_ERROR, 0);
    }
    let c0 = b[0];
    if c0 < 0x80 {
        return (c0 as u32, 1);
    }
    // Second-byte ranges follow utf8.acceptRanges: they exclude overlongs and surrogates.
    let (size, lo, hi) = match c0 {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xE1..=0xEC | 0xEE..=0xEF => (3, 0x80, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xF0 => (4, 0x90, 0xBF),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        _ => return (RUNE_ERROR, 1),
    };
    if n < size || b[1] < lo || b[1] > hi {
        return (RUNE_ERROR, 1);
    }
    let cont = |c: u8| (0x80..=0xBF).contains(&c);
    match size {
        2 => (((c0 as u32 & 0x1F) << 6) | (b[1] as u32 & 0x3F), 2),
        3 => {
            if !cont(b[2]) {
                return (RUNE_ERROR, 1);
            }
            (
                ((c0 as u32 & 0x0F) << 12) | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F),
                3,
            )
        }
        _ => {
            if !cont(b[2]) || !cont(b[3]) {
                return (RUNE_ERROR, 1);
            }
            (
                ((c0 as u32 & 0x07) << 18)
                    | ((b[1] as u32 & 0x3F) << 12)
                    | ((b[2] as u32 & 0x3F) << 6)
                    | (b[3] as u32 & 0x3F),
                4,
            )
        }
    }
}

/// utf8.EncodeRune: appends the UTF-8 encoding of `r`; invalid runes (negative, surrogates,
/// beyond U+10FFFF) encode as U+FFFD.
pub fn encode_rune(out: &mut Vec<u8>, r: i64) {
    let r = if (0..=MAX_RUNE as i64).contains(&r) && !(0xD800..=0xDFFF).contains(&r) {
        r as u32
    } else {
        RUNE_ERROR
    };
    // Valid by the check above.
    let c = char::from_u32(r).unwrap_or('\u{FFFD}');
    let mut tmp = [0u8; 4];
    out.extend_from_slice(c.encode_utf8(&mut tmp).as_bytes());
}

/// utf8.RuneCount.
pub fn rune_count(mut b: &[u8]) -> usize {
    let mut n = 0;
    while !b.is_empty() {
        let w = if b[0] < 0x80 { 1 } else { decode_rune(b).1 };
        b = &b[w..];
        n += 1;
    }
    n
}

/// Builds a GoString from raw parts.
///
/// # Safety
/// `p` must point at `len` readable bytes (or `len` must be 0).
unsafe fn bytes<'a>(p: *const u8, len: usize) -> &'a [u8] {
    GoString { ptr: p, len }.as_bytes()
}

/// `a + b`.
///
/// # Safety
/// Both operands must be valid Go strings.
#[no_mangle]
pub unsafe extern "C" fn deferc_concatstring2(
    ap: *const u8,
    alen: usize,
    bp: *const u8,
    blen: usize,
) -> GoString {
    if alen > 0 && blen > 0 {
        let (used, end) = LAST_CONCAT.get();
        let a_end = ap as usize + alen;
        if a_end == used {
            if blen <= end - used {
                // `s += t` on the last result: append in place (LAST_CONCAT).
                std::ptr::copy_nonoverlapping(bp, a_end as *mut u8, blen);
                LAST_CONCAT.set((used + blen, end));
                return GoString {
                    ptr: ap,
                    len: alen + blen,
                };
            }
            // Appending to the last result again and again: give the new one as much room
            // again as it holds, so a loop of `s += t` copies each byte O(1) times.
            let total = alen
                .checked_add(blen)
                .expect("string concatenation too long");
            let room = total.saturating_mul(2);
            let p = alloc_noscan(room);
            std::ptr::copy_nonoverlapping(ap, p, alen);
            std::ptr::copy_nonoverlapping(bp, p.add(alen), blen);
            LAST_CONCAT.set((
                p as usize + total,
                p as usize + crate::mem::roundupsize(room),
            ));
            return GoString { ptr: p, len: total };
        }
    }
    let parts = [
        GoString { ptr: ap, len: alen },
        GoString { ptr: bp, len: blen },
    ];
    deferc_concatstrings(parts.as_ptr(), 2)
}

/// `s0 + s1 + ... + sn-1` (runtime.concatstrings): one allocation for the result; when at most
/// one operand is non-empty it is returned as is, without copying (strings are immutable).
///
/// # Safety
/// `parts` must point at `n` valid Go strings.
#[no_mangle]
pub unsafe extern "C" fn deferc_concatstrings(parts: *const GoString, n: usize) -> GoString {
    let parts = if n == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(parts, n)
    };
    let mut total = 0usize;
    let mut nonempty = 0;
    let mut last = GoString::EMPTY;
    for s in parts {
        if s.len > 0 {
            total = total
                .checked_add(s.len)
                .expect("string concatenation too long");
            nonempty += 1;
            last = *s;
        }
    }
    if nonempty <= 1 {
        return last;
    }
    let p = alloc_noscan(total);
    let mut off = 0;
    for s in parts {
        if s.len > 0 {
            std::ptr::copy_nonoverlapping(s.ptr, p.add(off), s.len);
            off += s.len;
        }
    }
    // The object's size class may leave room after the result.
    LAST_CONCAT.set((
        p as usize + total,
        p as usize + crate::mem::roundupsize(total),
    ));
    GoString { ptr: p, len: total }
}

/// Bytewise comparison (runtime.cmpstring): -1, 0 or +1.
///
/// # Safety
/// Both operands must be valid Go strings.
#[no_mangle]
pub unsafe extern "C" fn deferc_cmpstring(
    ap: *const u8,
    alen: usize,
    bp: *const u8,
    blen: usize,
) -> i64 {
    match bytes(ap, alen).cmp(bytes(bp, blen)) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }
}

/// `a == b`: 1 or 0.
///
/// # Safety
/// Both operands must be valid Go strings.
#[no_mangle]
pub unsafe extern "C" fn deferc_eqstring(
    ap: *const u8,
    alen: usize,
    bp: *const u8,
    blen: usize,
) -> u8 {
    (alen == blen && (ap == bp || bytes(ap, alen) == bytes(bp, blen))) as u8
}

/// `string(r)` for an integer r (runtime.intstring): its UTF-8 encoding, "\uFFFD" when r is
/// not a valid rune (including values that do not fit in a rune).
#[no_mangle]
pub extern "C" fn deferc_intstring(r: i64) -> GoString {
    let mut out = Vec::with_capacity(4);
    encode_rune(&mut out, r);
    GoString::from_bytes(&out)
}

/// One step of `for i, r := range s`.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuneAt {
    pub rune: i64,
    /// Byte index of the next rune.
    pub next: usize,
}

/// Decodes the rune starting at byte `pos` (runtime.decoderune): invalid bytes give U+FFFD
/// and advance by one. `pos >= len` returns (RuneError, len), which compiled loops never ask.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_decoderune(p: *const u8, len: usize, pos: usize) -> RuneAt {
    let s = bytes(p, len);
    if pos >= len {
        return RuneAt {
            rune: RUNE_ERROR as i64,
            next: len,
        };
    }
    let (r, w) = decode_rune(&s[pos..]);
    RuneAt {
        rune: r as i64,
        next: pos + w,
    }
}

/// `[]byte(s)`: a fresh copy with len == cap (Go may round cap up; deferc does not).
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_stringtoslicebyte(p: *const u8, len: usize) -> GoSlice {
    let dst = alloc_noscan(len);
    if len > 0 {
        std::ptr::copy_nonoverlapping(p, dst, len);
    }
    GoSlice {
        ptr: dst,
        len,
        cap: len,
    }
}

/// `string(b)` for a []byte: a fresh copy.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_slicebytetostring(p: *const u8, len: usize) -> GoString {
    GoString::from_bytes(bytes(p, len))
}

/// `[]rune(s)`: the decoded runes (int32 elements), invalid bytes as U+FFFD.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_stringtoslicerune(p: *const u8, len: usize) -> GoSlice {
    let s = bytes(p, len);
    let n = rune_count(s);
    let dst = alloc_noscan(n * 4) as *mut i32;
    let mut rest = s;
    let mut i = 0;
    while !rest.is_empty() {
        let (r, w) = decode_rune(rest);
        dst.add(i).write(r as i32);
        i += 1;
        rest = &rest[w..];
    }
    GoSlice {
        ptr: dst as *mut u8,
        len: n,
        cap: n,
    }
}

/// `string(rs)` for a []rune: each rune UTF-8 encoded, invalid ones as U+FFFD.
///
/// # Safety
/// `p` must point at `len` readable int32 values.
#[no_mangle]
pub unsafe extern "C" fn deferc_slicerunetostring(p: *const i32, len: usize) -> GoString {
    let rs = if len == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(p, len)
    };
    let mut out = Vec::with_capacity(len);
    for &r in rs {
        encode_rune(&mut out, r as i64);
    }
    GoString::from_bytes(&out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gs(s: &[u8]) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }
    fn text(s: GoString) -> Vec<u8> {
        // SAFETY: s was built by the runtime from valid memory.
        unsafe { s.as_bytes() }.to_vec()
    }

    #[test]
    fn concat_cmp_eq() {
        // SAFETY: all operands are valid byte buffers.
        unsafe {
            let a = b"hello, ";
            let b = b"world";
            let r = deferc_concatstring2(a.as_ptr(), a.len(), b.as_ptr(), b.len());
            assert_eq!(text(r), b"hello, world");
            let parts = [gs(b"a"), gs(b""), gs(b"bc"), gs(b"d")];
            assert_eq!(text(deferc_concatstrings(parts.as_ptr(), 4)), b"abcd");
            let one = [gs(b""), gs(b"x")];
            assert_eq!(text(deferc_concatstrings(one.as_ptr(), 2)), b"x");
            assert_eq!(deferc_concatstrings(one.as_ptr(), 0).len, 0);
            assert_eq!(deferc_cmpstring(a.as_ptr(), 2, b.as_ptr(), 2), -1);
            assert_eq!(deferc_cmpstring(b.as_ptr(), 2, a.as_ptr(), 2), 1);
            assert_eq!(deferc_cmpstring(a.as_ptr(), 2, a.as_ptr(), 3), -1);
            assert_eq!(deferc_cmpstring(a.as_ptr(), 0, b.as_ptr(), 0), 0);
            let a2 = b"hello";
            assert_eq!(deferc_eqstring(a.as_ptr(), 5, a2.as_ptr(), 5), 1);
            assert_eq!(deferc_eqstring(a.as_ptr(), 5, a2.as_ptr(), 4), 0);
            assert_eq!(deferc_eqstring(std::ptr::null(), 0, a2.as_ptr(), 0), 1);
        }
    }

    // Go: string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0xD800)),
    // string(rune(0x110000)) → "A" "世" "\uFFFD" "\uFFFD" "\uFFFD"
    #[test]
    fn intstring() {
        assert_eq!(text(deferc_intstring(65)), b"A");
        assert_eq!(text(deferc_intstring(0x4e16)), "世".as_bytes());
        for bad in [-1i64, 0xD800, 0x110000, 1 << 40] {
            assert_eq!(text(deferc_intstring(bad)), "\u{FFFD}".as_bytes());
        }
    }

    // Go: for i, r := range "a\xffé\xe4\xb8世\xf0\x9f\x98" { fmt.Println(i, r) }
    // 0 97 / 1 65533 / 2 233 / 4 65533 / 5 65533 / 6 19990 / 9 65533 / 10 65533 / 11 65533
    #[test]
    fn range_string() {
        let s = b"a\xff\xc3\xa9\xe4\xb8\xe4\xb8\x96\xf0\x9f\x98";
        let mut got = Vec::new();
        let mut pos = 0;
        while pos < s.len() {
            // SAFETY: s is a valid buffer.
            let r = unsafe { deferc_decoderune(s.as_ptr(), s.len(), pos) };
            got.push((pos, r.rune));
            pos = r.next;
        }
        assert_eq!(
            got,
            vec![
                (0, 97),
                (1, 65533),
                (2, 233),
                (4, 65533),
                (5, 65533),
                (6, 19990),
                (9, 65533),
                (10, 65533),
                (11, 65533)
            ]
        );
        // Overlong and surrogate encodings are invalid.
        assert_eq!(decode_rune(b"\xc0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xed\xa0\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune(b"\xf4\x90\x80\x80"), (RUNE_ERROR, 1));
        assert_eq!(decode_rune("\u{10FFFF}".as_bytes()), (0x10FFFF, 4));
    }

    #[test]
    fn conversions() {
        let s = "héllo\u{1F600}".as_bytes();
        // SAFETY: all buffers are valid.
        unsafe {
            let b = deferc_stringtoslicebyte(s.as_ptr(), s.len());
            assert_eq!((b.len, b.cap), (s.len(), s.len()));
            assert_eq!(std::slice::from_raw_parts(b.ptr, b.len), s);
            assert_eq!(text(deferc_slicebytetostring(b.ptr, b.len)), s);
            let r = deferc_stringtoslicerune(s.as_ptr(), s.len());
            let runes = std::slice::from_raw_parts(r.ptr as *const i32, r.len);
            assert_eq!(runes, &[104, 233, 108, 108, 111, 0x1F600]);
            assert_eq!(
                text(deferc_slicerunetostring(runes.as_ptr(), runes.len())),
                s
            );
            let bad = [0xD800i32, -5, 65];
            assert_eq!(
                text(deferc_slicerunetostring(bad.as_ptr(), 3)),
                "\u{FFFD}\u{FFFD}A".as_bytes()
            );
            let e = deferc_stringtoslicerune(std::ptr::null(), 0);
            assert_eq!(e.len, 0);
            assert!(!deferc_stringtoslicebyte(std::ptr::null(), 0).ptr.is_null());
        }
    }
}
