//! Go's unicode/utf8 package (Go 1.19 unicode/utf8/utf8.go) for compiled code, plus the small
//! argument helpers the other `pkg_*` modules share.
//!
//! Decoding reuses `strings::decode_rune` / `encode_rune`, which already follow utf8.go's
//! acceptance ranges (overlongs, surrogates and runes past U+10FFFF are invalid and decode as
//! (RuneError, 1)). RuneError and UTFMax are compile-time constants and have no entry point.
//!
//! Convention of every `pkg_*` module: a Go string arrives as two words (ptr, len); a rune as
//! an `i32` (Go's rune is int32); a bool result as `u8` 0/1; an `int` as `i64`. Results that
//! are substrings of an argument point into the argument (Go strings are immutable, and Go's
//! own functions return such substrings too).

use crate::strings::{decode_rune, encode_rune, rune_count, RUNE_ERROR};
use crate::types::GoString;

/// The bytes of a Go string passed as (ptr, len).
///
/// # Safety
/// `p` must point at `len` readable bytes that outlive the use (a Go string lives as long as it is referenced),
/// or `len` must be 0 (then `p` may be null).
pub(crate) unsafe fn go_bytes<'a>(p: *const u8, len: usize) -> &'a [u8] {
    GoString { ptr: p, len }.as_bytes()
}

/// A GoString for `part`, a subslice of a Go string (or of any memory that outlives its use).
pub(crate) fn sub(part: &[u8]) -> GoString {
    GoString {
        ptr: part.as_ptr(),
        len: part.len(),
    }
}

/// Go-panic out parameter: writes `msg` (a Go panic value, see each function's doc) to `out`.
///
/// # Safety
/// `out` must be null or point at a writable GoString.
pub(crate) unsafe fn set_msg(out: *mut GoString, msg: &[u8]) {
    if !out.is_null() {
        *out = if msg.is_empty() {
            GoString::EMPTY
        } else {
            GoString::from_bytes(msg)
        };
    }
}

/// utf8.RuneLen: bytes needed to encode r, -1 for a negative rune, a surrogate or r > U+10FFFF.
pub fn rune_len(r: i32) -> i64 {
    match r {
        i32::MIN..=-1 => -1,
        0..=0x7F => 1,
        0x80..=0x7FF => 2,
        0xD800..=0xDFFF => -1,
        0x800..=0xFFFF => 3,
        0x10000..=0x10FFFF => 4,
        _ => -1,
    }
}

/// utf8.ValidString / utf8.Valid: no (RuneError, 1) decodes. A literal U+FFFD is valid.
pub fn valid(mut b: &[u8]) -> bool {
    while !b.is_empty() {
        if b[0] < 0x80 {
            b = &b[1..];
            continue;
        }
        let (r, w) = decode_rune(b);
        if w == 1 && r == RUNE_ERROR {
            return false;
        }
        b = &b[w..];
    }
    true
}

/// utf8.DecodeLastRuneInString: the last rune and its width; (RuneError, 0) for "", and
/// (RuneError, 1) when the final bytes are not one complete valid encoding.
pub fn decode_last_rune(b: &[u8]) -> (u32, usize) {
    let end = b.len();
    if end == 0 {
        return (RUNE_ERROR, 0);
    }
    let mut start = end - 1;
    if b[start] < 0x80 {
        return (b[start] as u32, 1);
    }
    // Back up at most UTFMax-1 more bytes to the first byte that can start a rune.
    let lim = end.saturating_sub(4);
    while start > lim {
        start -= 1;
        if b[start] & 0xC0 != 0x80 {
            break;
        }
    }
    let (r, size) = decode_rune(&b[start..end]);
    if start + size != end {
        return (RUNE_ERROR, 1);
    }
    (r, size)
}

/// A (rune, size) pair returned in two registers: `rune` holds the int32 rune sign-extended.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RuneSize {
    pub rune: i64,
    pub size: i64,
}

/// utf8.RuneLen(r).
#[no_mangle]
pub extern "C" fn deferc_utf8_RuneLen(r: i32) -> i64 {
    rune_len(r)
}

/// utf8.RuneCountInString(s).
///
/// # Safety
/// (p, len) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_RuneCountInString(p: *const u8, len: usize) -> i64 {
    rune_count(go_bytes(p, len)) as i64
}

/// utf8.RuneCount(b) for a []byte passed as (ptr, len, cap).
///
/// # Safety
/// `p` must point at `len` readable bytes (or len == 0).
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_RuneCount(p: *const u8, len: usize, _cap: usize) -> i64 {
    rune_count(go_bytes(p, len)) as i64
}

/// utf8.ValidString(s): 1 or 0.
///
/// # Safety
/// (p, len) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_ValidString(p: *const u8, len: usize) -> u8 {
    valid(go_bytes(p, len)) as u8
}

/// utf8.Valid(b) for a []byte.
///
/// # Safety
/// `p` must point at `len` readable bytes (or len == 0).
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_Valid(p: *const u8, len: usize, _cap: usize) -> u8 {
    valid(go_bytes(p, len)) as u8
}

/// utf8.ValidRune(r): 1 or 0.
#[no_mangle]
pub extern "C" fn deferc_utf8_ValidRune(r: i32) -> u8 {
    ((0..0xD800).contains(&r) || (0xE000..=0x10FFFF).contains(&r)) as u8
}

/// utf8.DecodeRuneInString(s): (rune, size).
///
/// # Safety
/// (p, len) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_DecodeRuneInString(p: *const u8, len: usize) -> RuneSize {
    let (r, w) = decode_rune(go_bytes(p, len));
    RuneSize {
        rune: r as i64,
        size: w as i64,
    }
}

/// utf8.DecodeLastRuneInString(s): (rune, size).
///
/// # Safety
/// (p, len) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_DecodeLastRuneInString(p: *const u8, len: usize) -> RuneSize {
    let (r, w) = decode_last_rune(go_bytes(p, len));
    RuneSize {
        rune: r as i64,
        size: w as i64,
    }
}

/// utf8.EncodeRune(p, r) for a []byte p passed as (ptr, len, cap): writes the encoding of r
/// (U+FFFD for an invalid rune) and returns the byte count n.
///
/// Go-panic status: when `len < n`, Go panics with a runtime bounds error before writing
/// anything (`runtime error: index out of range [n-1] with length len`, a runtime.boundsError).
/// Then nothing is written, `*panic_msg` gets that full message and the result is `-n`; the
/// compiler raises it as an index bounds failure (index n-1, length len). Otherwise
/// `*panic_msg` is set to "" and the result is n.
///
/// # Safety
/// `p` must point at `len` writable bytes; `panic_msg` must be null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_utf8_EncodeRune(
    p: *mut u8,
    len: usize,
    _cap: usize,
    r: i32,
    panic_msg: *mut GoString,
) -> i64 {
    let mut enc = Vec::with_capacity(4);
    encode_rune(&mut enc, r as i64);
    let n = enc.len();
    if len < n {
        let msg = format!(
            "runtime error: index out of range [{}] with length {}",
            n - 1,
            len
        );
        set_msg(panic_msg, msg.as_bytes());
        return -(n as i64);
    }
    set_msg(panic_msg, b"");
    // SAFETY: p has len >= n writable bytes (checked above); enc is a distinct Vec.
    std::ptr::copy_nonoverlapping(enc.as_ptr(), p, n);
    n as i64
}

/// The Go-generated table runtime/tests/data/lib_cases.txt (see
/// runtime/tests/gen/lib_cases.go), shared by the tests of the pkg_* modules.
#[cfg(test)]
pub(crate) mod go_cases {
    use crate::types::{GoSlice, GoString};

    const CASES: &str = include_str!("../tests/data/lib_cases.txt");

    /// One line: function name, argument fields, result fields.
    pub struct Case {
        pub func: &'static str,
        pub args: Vec<&'static str>,
        pub want: Vec<&'static str>,
    }

    pub fn cases() -> impl Iterator<Item = Case> {
        CASES.lines().map(|l| {
            let (args, want) = l.split_once("\t=>\t").unwrap_or((l, ""));
            let mut args: Vec<&str> = args.split('\t').collect();
            let func = args.remove(0);
            Case {
                func,
                args,
                want: want.split('\t').collect(),
            }
        })
    }

    pub fn unhex(s: &str) -> Vec<u8> {
        (0..s.len() / 2)
            .map(|i| u8::from_str_radix(&s[2 * i..2 * i + 2], 16).expect("hex"))
            .collect()
    }

    pub fn hex(b: &[u8]) -> String {
        b.iter().map(|c| format!("{c:02x}")).collect()
    }

    /// A GoString result as hex.
    pub fn hs(s: GoString) -> String {
        // SAFETY: runtime results point at live Go memory.
        hex(unsafe { s.as_bytes() })
    }

    /// A []string result as the table writes it: len, cap, nil flag, elements.
    pub fn slice(s: GoSlice) -> String {
        let mut parts = vec![
            s.len.to_string(),
            s.cap.to_string(),
            (s.ptr.is_null() as u8).to_string(),
        ];
        for i in 0..s.len {
            // SAFETY: the slice holds s.len GoStrings.
            parts.push(hs(unsafe { *(s.ptr as *const GoString).add(i) }));
        }
        parts.join("\t")
    }

    /// A hex string field as leaked bytes (valid for the rest of the test) and their length;
    /// a field that is not hex (an int argument) gives "".
    pub fn arg(s: &str) -> (&'static [u8], usize) {
        let ok = s.len().is_multiple_of(2) && s.bytes().all(|c| c.is_ascii_hexdigit());
        let b: &'static [u8] = Box::leak(if ok { unhex(s) } else { Vec::new() }.into_boxed_slice());
        (b, b.len())
    }

    /// Asserts that `failures` is empty, printing the first few.
    pub fn report(n: usize, failures: &[String]) {
        assert!(n > 0, "no cases ran");
        assert!(
            failures.is_empty(),
            "{} of {n} cases failed:\n{}",
            failures.len(),
            failures[..failures.len().min(25)].join("\n")
        );
    }
}

#[cfg(test)]
mod tests {
    use super::go_cases::{arg, cases, report};
    use super::*;

    #[test]
    fn lib_cases_utf8() {
        let (mut n, mut failures) = (0, Vec::new());
        for c in cases() {
            let (s, l) = arg(c.args.first().copied().unwrap_or(""));
            // SAFETY: s is a leaked, live buffer of l bytes.
            let got = unsafe {
                match c.func {
                    "RuneCountInString" => deferc_utf8_RuneCountInString(s.as_ptr(), l).to_string(),
                    "ValidString" => deferc_utf8_ValidString(s.as_ptr(), l).to_string(),
                    "DecodeRuneInString" => {
                        let r = deferc_utf8_DecodeRuneInString(s.as_ptr(), l);
                        format!("{}\t{}", r.rune, r.size)
                    }
                    "DecodeLastRuneInString" => {
                        let r = deferc_utf8_DecodeLastRuneInString(s.as_ptr(), l);
                        format!("{}\t{}", r.rune, r.size)
                    }
                    _ => continue,
                }
            };
            n += 1;
            let want = c.want.join("\t");
            if got != want {
                failures.push(format!("{} {:?}: want {want} got {got}", c.func, c.args));
            }
        }
        report(n, &failures);
    }

    fn rs(s: &[u8]) -> (i64, i64) {
        // SAFETY: s is a live buffer.
        let a = unsafe { deferc_utf8_DecodeRuneInString(s.as_ptr(), s.len()) };
        (a.rune, a.size)
    }
    fn rsl(s: &[u8]) -> (i64, i64) {
        // SAFETY: s is a live buffer.
        let a = unsafe { deferc_utf8_DecodeLastRuneInString(s.as_ptr(), s.len()) };
        (a.rune, a.size)
    }

    // Go: for _, r := range []rune{-1, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF,
    // 0xE000, 0xFFFF, 0x10000, 0x10FFFF, 0x110000} { fmt.Print(utf8.RuneLen(r), " ") }
    // → -1 1 1 2 2 3 3 -1 -1 3 3 4 4 -1
    #[test]
    fn rune_len_matches_go() {
        let rs = [
            -1, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
            0x10FFFF, 0x110000,
        ];
        let want = [-1, 1, 1, 2, 2, 3, 3, -1, -1, 3, 3, 4, 4, -1];
        for (r, w) in rs.iter().zip(want) {
            assert_eq!(deferc_utf8_RuneLen(*r), w, "{r:#x}");
        }
        assert_eq!(deferc_utf8_ValidRune(0xD800), 0);
        assert_eq!(deferc_utf8_ValidRune(0x10FFFF), 1);
        assert_eq!(deferc_utf8_ValidRune(-1), 0);
    }

    // Go: utf8.RuneCountInString("héllo, 世界\xff\xe4\xb8") → 12; utf8.ValidString of
    // "a\uFFFDb" true, "a\xffb" false, "\xed\xa0\x80" false, "" true.
    #[test]
    fn count_and_valid() {
        let s = b"h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\xff\xe4\xb8";
        // SAFETY: all buffers are live.
        unsafe {
            assert_eq!(deferc_utf8_RuneCountInString(s.as_ptr(), s.len()), 12);
            assert_eq!(deferc_utf8_RuneCount(s.as_ptr(), s.len(), s.len()), 12);
            assert_eq!(deferc_utf8_RuneCountInString(std::ptr::null(), 0), 0);
            for (t, v) in [
                (&b"a\xef\xbf\xbdb"[..], 1),
                (b"a\xffb", 0),
                (b"\xed\xa0\x80", 0),
                (b"", 1),
                (b"abcdefghij\xe4\xb8\x96", 1),
                (b"abcdefghij\xe4\xb8", 0),
            ] {
                assert_eq!(deferc_utf8_ValidString(t.as_ptr(), t.len()), v);
                assert_eq!(deferc_utf8_Valid(t.as_ptr(), t.len(), t.len()), v);
            }
        }
    }

    // Go: utf8.DecodeRuneInString / DecodeLastRuneInString over
    // "" → 65533 0 / 65533 0;  "a" → 97 1 / 97 1;  "世" → 19990 3 / 19990 3;
    // "a\xe4\xb8" → 97 1 / 65533 1;  "\xe4\xb8\x96x" → 19990 3 / 120 1;
    // "\xf0\x9f\x98\x80" → 128512 4 / 128512 4;  "\x80\x80\x80\x80\x80" → 65533 1 / 65533 1;
    // "\xc3\xa9\xa9" → 233 2 / 65533 1
    #[test]
    fn decode_first_last() {
        type Case = (&'static [u8], (i64, i64), (i64, i64));
        let cases: [Case; 8] = [
            (b"", (65533, 0), (65533, 0)),
            (b"a", (97, 1), (97, 1)),
            ("世".as_bytes(), (19990, 3), (19990, 3)),
            (b"a\xe4\xb8", (97, 1), (65533, 1)),
            (b"\xe4\xb8\x96x", (19990, 3), (120, 1)),
            (b"\xf0\x9f\x98\x80", (128512, 4), (128512, 4)),
            (b"\x80\x80\x80\x80\x80", (65533, 1), (65533, 1)),
            (b"\xc3\xa9\xa9", (233, 2), (65533, 1)),
        ];
        for (s, first, last) in cases {
            assert_eq!(rs(s), first, "{s:?}");
            assert_eq!(rsl(s), last, "{s:?}");
        }
    }

    // Go: p := make([]byte, 4); n := utf8.EncodeRune(p, r) for 'a', 'é', '世', 0x1F600,
    // -1, 0xD800 → 1 [97], 2 [195 169], 3 [228 184 150], 4 [240 159 152 128], 3 [239 191 189]
    // (twice); utf8.EncodeRune(make([]byte, 1), '世') panics "runtime error: index out of
    // range [2] with length 1".
    #[test]
    fn encode_rune_and_bounds_panic() {
        let cases: [(i32, &[u8]); 6] = [
            (97, b"a"),
            (0xE9, b"\xc3\xa9"),
            (0x4E16, b"\xe4\xb8\x96"),
            (0x1F600, b"\xf0\x9f\x98\x80"),
            (-1, b"\xef\xbf\xbd"),
            (0xD800, b"\xef\xbf\xbd"),
        ];
        for (r, want) in cases {
            let mut p = [0u8; 4];
            let mut msg = GoString::EMPTY;
            // SAFETY: p has 4 writable bytes; msg is writable.
            let n = unsafe { deferc_utf8_EncodeRune(p.as_mut_ptr(), 4, 4, r, &mut msg) };
            assert_eq!(n as usize, want.len());
            assert_eq!(&p[..want.len()], want);
            assert_eq!(msg.len, 0);
        }
        let mut p = [0u8; 1];
        let mut msg = GoString::EMPTY;
        // SAFETY: as above.
        let n = unsafe { deferc_utf8_EncodeRune(p.as_mut_ptr(), 1, 1, 0x4E16, &mut msg) };
        assert_eq!(n, -3);
        assert_eq!(p, [0]);
        // SAFETY: msg was set by the runtime.
        assert_eq!(
            unsafe { msg.as_bytes() },
            b"runtime error: index out of range [2] with length 1"
        );
    }
}
