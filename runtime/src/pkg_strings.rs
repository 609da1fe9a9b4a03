//! Go's strings package (Go 1.19 strings/strings.go) for compiled code. strings.Builder,
//! Reader, Repeat and the functions taking a func argument are written in Go instead
//! (compiler/golib/strings/strings.go); `deferc_strings_Repeat` remains as the Go-case-tested
//! reference for the string functions' table test.
//!
//! Each entry point is a port of the Go function of the same name, kept close to Go's control
//! flow wherever the flow decides an observable result (which bytes invalid UTF-8 becomes,
//! which substring is returned, the cap of a returned slice). Conventions are those of
//! `pkg_utf8` (strings as (ptr, len), runes as i32, bools as u8, ints as i64); a []string
//! argument comes as (ptr, len, cap) of GoString elements, and a []string result is written
//! through a first `out: *mut GoSlice` parameter (C's sret convention).
//!
//! Case mapping and spaces are the unicode package's (pkg_unicode.rs), as in Go.
//!
//! Go panics: the functions that can panic in Go take a last `panic_msg: *mut GoString` out
//! parameter. It is set to "" normally; otherwise to the Go panic value, and the function's
//! result is meaningless. A message starting with "runtime error: " stands for a runtime.Error
//! with that full text; any other message is a plain `string` panic value (Go's
//! `panic("strings: negative Repeat count")`).

use crate::alloc::{alloc_typed, STRING};
use crate::pkg_unicode::{is_space, simple_fold, to_lower, to_upper, MAX_RUNE};
use crate::pkg_utf8::{decode_last_rune, go_bytes, set_msg, sub};
use crate::strings::{decode_rune, encode_rune, rune_count, RUNE_ERROR};
use crate::types::{GoSlice, GoString};

/// Go's maxAlloc on linux/amd64 (1 << 48): larger makes panic with "cap out of range".
const MAX_ALLOC: usize = 1 << 48;

// ---------------------------------------------------------------------------------------------
// Searching

/// Go's bytealg.PrimeRK, the Rabin-Karp base.
const PRIME_RK: u32 = 16777619;

/// strings.Index: the first byte index of `sep` in `s`, or -1. First-byte scanning with a
/// Rabin-Karp fallback once scanning fails too often (as Go does), so the worst case stays
/// linear.
pub fn index(s: &[u8], sep: &[u8]) -> i64 {
    let n = sep.len();
    if n == 0 {
        return 0;
    }
    if n == 1 {
        return index_byte(s, sep[0]);
    }
    if n > s.len() {
        return -1;
    }
    let t = s.len() - n + 1;
    let mut i = 0;
    let mut fails = 0;
    while i < t {
        if s[i] != sep[0] {
            match s[i + 1..t].iter().position(|&c| c == sep[0]) {
                None => return -1,
                Some(o) => i += o + 1,
            }
        }
        if s[i + 1] == sep[1] && &s[i..i + n] == sep {
            return i as i64;
        }
        i += 1;
        fails += 1;
        if fails >= 4 + (i >> 4) && i < t {
            return match index_rabin_karp(&s[i..], sep) {
                -1 => -1,
                j => i as i64 + j,
            };
        }
    }
    -1
}

fn index_rabin_karp(s: &[u8], sep: &[u8]) -> i64 {
    let n = sep.len();
    if n > s.len() {
        return -1;
    }
    let (mut hashsep, mut pow, mut sq) = (0u32, 1u32, PRIME_RK);
    for &c in sep {
        hashsep = hashsep.wrapping_mul(PRIME_RK).wrapping_add(c as u32);
    }
    let mut i = n;
    while i > 0 {
        if i & 1 != 0 {
            pow = pow.wrapping_mul(sq);
        }
        sq = sq.wrapping_mul(sq);
        i >>= 1;
    }
    let mut h = 0u32;
    for &c in &s[..n] {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(c as u32);
    }
    if h == hashsep && &s[..n] == sep {
        return 0;
    }
    let mut i = n;
    while i < s.len() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(s[i] as u32);
        h = h.wrapping_sub(pow.wrapping_mul(s[i - n] as u32));
        i += 1;
        if h == hashsep && &s[i - n..i] == sep {
            return (i - n) as i64;
        }
    }
    -1
}

/// strings.IndexByte.
pub fn index_byte(s: &[u8], c: u8) -> i64 {
    s.iter().position(|&b| b == c).map_or(-1, |i| i as i64)
}

/// strings.LastIndex: the last byte index of `sep` in `s`, or -1 (len(s) for an empty sep).
pub fn last_index(s: &[u8], sep: &[u8]) -> i64 {
    let n = sep.len();
    if n == 0 {
        return s.len() as i64;
    }
    if n > s.len() {
        return -1;
    }
    // Naive from the end is quadratic only for pathological inputs; use Rabin-Karp from the
    // end as Go does.
    let (mut hashsep, mut pow, mut sq) = (0u32, 1u32, PRIME_RK);
    for &c in sep.iter().rev() {
        hashsep = hashsep.wrapping_mul(PRIME_RK).wrapping_add(c as u32);
    }
    let mut i = n;
    while i > 0 {
        if i & 1 != 0 {
            pow = pow.wrapping_mul(sq);
        }
        sq = sq.wrapping_mul(sq);
        i >>= 1;
    }
    let last = s.len() - n;
    let mut h = 0u32;
    for &c in s[last..].iter().rev() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(c as u32);
    }
    if h == hashsep && &s[last..] == sep {
        return last as i64;
    }
    for i in (0..last).rev() {
        h = h.wrapping_mul(PRIME_RK).wrapping_add(s[i] as u32);
        h = h.wrapping_sub(pow.wrapping_mul(s[i + n] as u32));
        if h == hashsep && &s[i..i + n] == sep {
            return i as i64;
        }
    }
    -1
}

/// strings.IndexRune: a negative or ASCII rune is a byte search; RuneError matches the first
/// invalid byte or literal U+FFFD; other invalid runes are never found.
pub fn index_rune(s: &[u8], r: i32) -> i64 {
    if (0..0x80).contains(&r) {
        return index_byte(s, r as u8);
    }
    if r == RUNE_ERROR as i32 {
        let mut i = 0;
        while i < s.len() {
            let (c, w) = decode_rune(&s[i..]);
            if c == RUNE_ERROR {
                return i as i64;
            }
            i += w;
        }
        return -1;
    }
    if !(0..=MAX_RUNE).contains(&r) || (0xD800..=0xDFFF).contains(&r) {
        return -1;
    }
    let mut enc = Vec::with_capacity(4);
    encode_rune(&mut enc, r as i64);
    index(s, &enc)
}

/// strings.IndexAny.
pub fn index_any(s: &[u8], chars: &[u8]) -> i64 {
    if chars.is_empty() {
        return -1;
    }
    if chars.len() == 1 {
        let r = if chars[0] >= 0x80 {
            RUNE_ERROR as i32
        } else {
            chars[0] as i32
        };
        return index_rune(s, r);
    }
    // Go's ASCII-set fast path (len(s) > 8, all-ASCII chars) compares bytes, which gives the
    // same answer as the rune loop below: an ASCII char only matches an ASCII byte.
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if index_rune(chars, c as i32) >= 0 {
            return i as i64;
        }
        i += w;
    }
    -1
}

/// strings.Count: non-overlapping instances of sep; RuneCount(s)+1 for an empty sep.
pub fn count(s: &[u8], sep: &[u8]) -> i64 {
    if sep.is_empty() {
        return rune_count(s) as i64 + 1;
    }
    if sep.len() == 1 {
        return s.iter().filter(|&&c| c == sep[0]).count() as i64;
    }
    let mut n = 0;
    let mut rest = s;
    loop {
        let i = index(rest, sep);
        if i < 0 {
            return n;
        }
        n += 1;
        rest = &rest[i as usize + sep.len()..];
    }
}

/// strings.EqualFold: equal under simple Unicode case folding.
pub fn equal_fold(mut s: &[u8], mut t: &[u8]) -> bool {
    while !s.is_empty() && !t.is_empty() {
        let (mut sr, ws) = if s[0] < 0x80 {
            (s[0] as i32, 1)
        } else {
            let (r, w) = decode_rune(s);
            (r as i32, w)
        };
        s = &s[ws..];
        let (mut tr, wt) = if t[0] < 0x80 {
            (t[0] as i32, 1)
        } else {
            let (r, w) = decode_rune(t);
            (r as i32, w)
        };
        t = &t[wt..];
        if tr == sr {
            continue;
        }
        if tr < sr {
            std::mem::swap(&mut tr, &mut sr);
        }
        if tr < 0x80 {
            if (b'A' as i32..=b'Z' as i32).contains(&sr) && tr == sr + 32 {
                continue;
            }
            return false;
        }
        // The orbit of sr visits its case variants in increasing order, then wraps.
        let mut r = simple_fold(sr);
        while r != sr && r < tr {
            r = simple_fold(r);
        }
        if r == tr {
            continue;
        }
        return false;
    }
    s == t
}

// ---------------------------------------------------------------------------------------------
// Building results

/// A []string of `parts` in a fresh Go array with cap `cap` (>= parts.len()): Go's
/// `make([]string, cap)` filled and resliced to len(parts).
fn string_slice(parts: &[GoString], cap: usize) -> GoSlice {
    let cap = cap.max(parts.len());
    let p = alloc_typed(cap * std::mem::size_of::<GoString>(), 8, &STRING.0) as *mut GoString;
    for (i, s) in parts.iter().enumerate() {
        // SAFETY: p has room for cap >= parts.len() GoStrings, 8-aligned.
        unsafe { p.add(i).write(*s) };
    }
    GoSlice {
        ptr: p as *mut u8,
        len: parts.len(),
        cap,
    }
}

/// strings.Map with `f` never dropping a rune (f returns a rune >= 0): runes whose mapping
/// differs are re-encoded; invalid bytes become U+FFFD once anything changed. Returns `s`
/// itself (no copy) when nothing changes, as Go does.
fn map_runes(s: &[u8], f: impl Fn(i32) -> i32) -> GoString {
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        let c = c as i32;
        let r = f(c);
        // A literal U+FFFD mapped to itself is unchanged; an invalid byte (width 1) is not:
        // it must be rewritten as the encoded U+FFFD.
        if r == c && (c != RUNE_ERROR as i32 || w != 1) {
            i += w;
            continue;
        }
        let mut out = Vec::with_capacity(s.len() + 4);
        out.extend_from_slice(&s[..i]);
        encode_rune(&mut out, r as i64);
        let mut j = i + w;
        while j < s.len() {
            let (c, w) = decode_rune(&s[j..]);
            encode_rune(&mut out, f(c as i32) as i64);
            j += w;
        }
        return GoString::from_bytes(&out);
    }
    sub(s)
}

/// strings.ToUpper.
pub fn to_upper_string(s: &[u8]) -> GoString {
    if s.is_ascii() {
        if !s.iter().any(u8::is_ascii_lowercase) {
            return sub(s);
        }
        return GoString::from_bytes(&s.to_ascii_uppercase());
    }
    map_runes(s, to_upper)
}

/// strings.ToLower.
pub fn to_lower_string(s: &[u8]) -> GoString {
    if s.is_ascii() {
        if !s.iter().any(u8::is_ascii_uppercase) {
            return sub(s);
        }
        return GoString::from_bytes(&s.to_ascii_lowercase());
    }
    map_runes(s, to_lower)
}

/// genSplit with sepSave = 0 (Split, SplitN): at most n substrings (n < 0: all). n == 0 gives
/// the nil slice; an empty sep explodes into runes, invalid bytes becoming "\uFFFD" (except
/// inside the final remainder element).
fn split_n(s: &[u8], sep: &[u8], n: i64) -> GoSlice {
    if n == 0 {
        return GoSlice {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
    if sep.is_empty() {
        return explode(s, n);
    }
    let mut n = if n < 0 { count(s, sep) + 1 } else { n };
    if n > s.len() as i64 + 1 {
        n = s.len() as i64 + 1;
    }
    let cap = n as usize;
    let mut parts = Vec::with_capacity(cap);
    let mut rest = s;
    while (parts.len() as i64) < n - 1 {
        let m = index(rest, sep);
        if m < 0 {
            break;
        }
        parts.push(sub(&rest[..m as usize]));
        rest = &rest[m as usize + sep.len()..];
    }
    parts.push(sub(rest));
    string_slice(&parts, cap)
}

/// strings.explode: up to n one-rune strings, the last holding the remainder.
fn explode(s: &[u8], n: i64) -> GoSlice {
    let l = rune_count(s) as i64;
    let n = if n < 0 || n > l { l } else { n } as usize;
    let mut parts = Vec::with_capacity(n);
    let mut rest = s;
    for _ in 0..n.saturating_sub(1) {
        let (c, w) = decode_rune(rest);
        parts.push(if c == RUNE_ERROR {
            // Go stores string(utf8.RuneError), the 3-byte encoding, for invalid bytes too.
            GoString {
                ptr: "\u{FFFD}".as_ptr(),
                len: 3,
            }
        } else {
            sub(&rest[..w])
        });
        rest = &rest[w..];
    }
    if n > 0 {
        parts.push(sub(rest));
    }
    string_slice(&parts, n)
}

/// strings.Fields: the maximal runs of non-space runes (unicode.IsSpace). Go's ASCII fast
/// path and its FieldsFunc path give the same substrings; the slice has len == cap and is
/// non-nil even when empty.
fn fields(s: &[u8]) -> GoSlice {
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < s.len() {
        let (c, w) = decode_rune(&s[i..]);
        if is_space(c as i32) {
            if let Some(st) = start.take() {
                parts.push(sub(&s[st..i]));
            }
        } else if start.is_none() {
            start = Some(i);
        }
        i += w;
    }
    if let Some(st) = start {
        parts.push(sub(&s[st..]));
    }
    string_slice(&parts, parts.len())
}

/// strings.Replace: the first n (n < 0: all) non-overlapping instances of old replaced by
/// new; an empty old matches at the start and after each rune. Returns s when nothing
/// changes.
fn replace(s: &[u8], old: &[u8], new: &[u8], n: i64) -> GoString {
    if old == new || n == 0 {
        return sub(s);
    }
    let m = count(s, old);
    if m == 0 {
        return sub(s);
    }
    let n = if n < 0 || m < n { m } else { n };
    let mut out = Vec::with_capacity(s.len());
    let mut start = 0usize;
    for i in 0..n {
        let mut j = start;
        if old.is_empty() {
            if i > 0 {
                j += decode_rune(&s[start..]).1;
            }
        } else {
            j += index(&s[start..], old) as usize;
        }
        out.extend_from_slice(&s[start..j]);
        out.extend_from_slice(new);
        start = j + old.len();
    }
    out.extend_from_slice(&s[start..]);
    GoString::from_bytes(&out)
}

/// trimLeftUnicode / trimRightUnicode's membership test: ContainsRune(cutset, r).
fn in_cutset(cutset: &[u8], r: i32) -> bool {
    index_rune(cutset, r) >= 0
}

/// strings.TrimLeft's core (s and cutset non-empty).
fn trim_left_cut<'a>(mut s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if cutset.len() == 1 && cutset[0] < 0x80 {
        while !s.is_empty() && s[0] == cutset[0] {
            s = &s[1..];
        }
        return s;
    }
    if cutset.is_ascii() {
        while !s.is_empty() && cutset.contains(&s[0]) {
            s = &s[1..];
        }
        return s;
    }
    while !s.is_empty() {
        let (r, n) = if s[0] < 0x80 {
            (s[0] as i32, 1)
        } else {
            let (r, n) = decode_rune(s);
            (r as i32, n)
        };
        if !in_cutset(cutset, r) {
            break;
        }
        s = &s[n..];
    }
    s
}

/// strings.TrimRight's core (s and cutset non-empty).
fn trim_right_cut<'a>(mut s: &'a [u8], cutset: &[u8]) -> &'a [u8] {
    if cutset.len() == 1 && cutset[0] < 0x80 {
        while !s.is_empty() && s[s.len() - 1] == cutset[0] {
            s = &s[..s.len() - 1];
        }
        return s;
    }
    if cutset.is_ascii() {
        while !s.is_empty() && cutset.contains(&s[s.len() - 1]) {
            s = &s[..s.len() - 1];
        }
        return s;
    }
    while !s.is_empty() {
        let last = s[s.len() - 1];
        let (r, n) = if last < 0x80 {
            (last as i32, 1)
        } else {
            let (r, n) = decode_last_rune(s);
            (r as i32, n)
        };
        if !in_cutset(cutset, r) {
            break;
        }
        s = &s[..s.len() - n];
    }
    s
}

/// strings.TrimSpace: TrimFunc(s, unicode.IsSpace).
fn trim_space(s: &[u8]) -> &[u8] {
    let mut start = 0;
    while start < s.len() {
        let (r, w) = decode_rune(&s[start..]);
        if !is_space(r as i32) {
            break;
        }
        start += w;
    }
    let s = &s[start..];
    // TrimRightFunc: find the last non-space rune, keep it (re-decoded forward for its width).
    let mut i = s.len();
    while i > 0 {
        let (r, w) = decode_last_rune(&s[..i]);
        if !is_space(r as i32) {
            let wid = if s[i - w] >= 0x80 {
                decode_rune(&s[i - w..]).1
            } else {
                1
            };
            return &s[..i - w + wid];
        }
        i -= w;
    }
    &s[..0]
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// `strings.bytesString(b []byte) string`: the string sharing b's bytes, for
/// compiler/golib/strings/strings.go (Builder.String, Repeat), which never writes bytes a
/// returned string shows (Go's Builder relies on the same with unsafe).
#[no_mangle]
pub extern "C" fn deferc_strings_bytesString(ptr: *const u8, len: usize, _cap: usize) -> GoString {
    GoString { ptr, len }
}

/// strings.Contains(s, substr).
///
/// # Safety
/// Every (ptr, len) pair of every entry point in this file must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Contains(
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) -> u8 {
    (index(go_bytes(sp, sl), go_bytes(tp, tl)) >= 0) as u8
}

/// strings.ContainsRune(s, r).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_ContainsRune(sp: *const u8, sl: usize, r: i32) -> u8 {
    (index_rune(go_bytes(sp, sl), r) >= 0) as u8
}

/// strings.ContainsAny(s, chars).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_ContainsAny(
    sp: *const u8,
    sl: usize,
    cp: *const u8,
    cl: usize,
) -> u8 {
    (index_any(go_bytes(sp, sl), go_bytes(cp, cl)) >= 0) as u8
}

/// strings.HasPrefix(s, prefix).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_HasPrefix(
    sp: *const u8,
    sl: usize,
    pp: *const u8,
    pl: usize,
) -> u8 {
    go_bytes(sp, sl).starts_with(go_bytes(pp, pl)) as u8
}

/// strings.HasSuffix(s, suffix).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_HasSuffix(
    sp: *const u8,
    sl: usize,
    pp: *const u8,
    pl: usize,
) -> u8 {
    go_bytes(sp, sl).ends_with(go_bytes(pp, pl)) as u8
}

/// strings.Index(s, substr).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Index(
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) -> i64 {
    index(go_bytes(sp, sl), go_bytes(tp, tl))
}

/// strings.IndexByte(s, c).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_IndexByte(sp: *const u8, sl: usize, c: u8) -> i64 {
    index_byte(go_bytes(sp, sl), c)
}

/// strings.IndexRune(s, r).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_IndexRune(sp: *const u8, sl: usize, r: i32) -> i64 {
    index_rune(go_bytes(sp, sl), r)
}

/// strings.IndexAny(s, chars).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_IndexAny(
    sp: *const u8,
    sl: usize,
    cp: *const u8,
    cl: usize,
) -> i64 {
    index_any(go_bytes(sp, sl), go_bytes(cp, cl))
}

/// strings.LastIndex(s, substr).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_LastIndex(
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) -> i64 {
    last_index(go_bytes(sp, sl), go_bytes(tp, tl))
}

/// strings.Count(s, substr).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Count(
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) -> i64 {
    count(go_bytes(sp, sl), go_bytes(tp, tl))
}

/// strings.EqualFold(s, t).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_EqualFold(
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) -> u8 {
    equal_fold(go_bytes(sp, sl), go_bytes(tp, tl)) as u8
}

/// strings.Compare(a, b): -1, 0 or +1 (bytewise).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Compare(
    ap: *const u8,
    al: usize,
    bp: *const u8,
    bl: usize,
) -> i64 {
    go_bytes(ap, al).cmp(go_bytes(bp, bl)) as i64
}

/// strings.Join(elems, sep); elems is a []string (ptr, len, cap). A single element is
/// returned as is.
///
/// # Safety
/// `ep` must point at `el` valid GoStrings (or el == 0); see `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Join(
    ep: *const GoString,
    el: usize,
    _ecap: usize,
    sp: *const u8,
    sl: usize,
) -> GoString {
    let elems = if el == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(ep, el)
    };
    match elems.len() {
        0 => return GoString::EMPTY,
        1 => return elems[0],
        _ => {}
    }
    let sep = go_bytes(sp, sl);
    let total = sep.len() * (elems.len() - 1) + elems.iter().map(|e| e.len).sum::<usize>();
    let mut out = Vec::with_capacity(total);
    for (i, e) in elems.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(e.as_bytes());
    }
    GoString::from_bytes(&out)
}

/// strings.Split(s, sep) written to `*out`.
///
/// # Safety
/// `out` must be writable; see `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Split(
    out: *mut GoSlice,
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
) {
    *out = split_n(go_bytes(sp, sl), go_bytes(tp, tl), -1);
}

/// strings.SplitN(s, sep, n) written to `*out` (n == 0: the nil slice).
///
/// # Safety
/// `out` must be writable; see `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_SplitN(
    out: *mut GoSlice,
    sp: *const u8,
    sl: usize,
    tp: *const u8,
    tl: usize,
    n: i64,
) {
    *out = split_n(go_bytes(sp, sl), go_bytes(tp, tl), n);
}

/// strings.Fields(s) written to `*out`.
///
/// # Safety
/// `out` must be writable; see `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Fields(out: *mut GoSlice, sp: *const u8, sl: usize) {
    *out = fields(go_bytes(sp, sl));
}

/// strings.Repeat(s, count).
///
/// Go panics (see the module doc): count < 0 → "strings: negative Repeat count";
/// len(s)*count overflowing int → "strings: Repeat count causes overflow"; a result larger
/// than Go's maxAlloc → "runtime error: makeslice: cap out of range" (a runtime.Error).
///
/// # Safety
/// `panic_msg` must be null or writable; see `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Repeat(
    sp: *const u8,
    sl: usize,
    count: i64,
    panic_msg: *mut GoString,
) -> GoString {
    set_msg(panic_msg, b"");
    if count == 0 {
        return GoString::EMPTY;
    }
    if count < 0 {
        set_msg(panic_msg, b"strings: negative Repeat count");
        return GoString::EMPTY;
    }
    // Go's check: len(s)*count/count != len(s) with wrapping int arithmetic.
    let len = sl as i64;
    let n = len.wrapping_mul(count);
    if n / count != len {
        set_msg(panic_msg, b"strings: Repeat count causes overflow");
        return GoString::EMPTY;
    }
    if n as usize > MAX_ALLOC {
        set_msg(panic_msg, b"runtime error: makeslice: cap out of range");
        return GoString::EMPTY;
    }
    if n == 0 {
        return GoString::EMPTY;
    }
    let s = go_bytes(sp, sl);
    let n = n as usize;
    let p = crate::alloc::alloc_noscan(n);
    // SAFETY: p has n bytes; each copy doubles the filled prefix (or fills the rest), reading
    // only already-written bytes, which do not overlap the destination range.
    std::ptr::copy_nonoverlapping(s.as_ptr(), p, s.len());
    let mut filled = s.len();
    while filled < n {
        let k = filled.min(n - filled);
        std::ptr::copy_nonoverlapping(p, p.add(filled), k);
        filled += k;
    }
    GoString { ptr: p, len: n }
}

/// strings.Replace(s, old, new, n).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Replace(
    sp: *const u8,
    sl: usize,
    op: *const u8,
    ol: usize,
    np: *const u8,
    nl: usize,
    n: i64,
) -> GoString {
    replace(go_bytes(sp, sl), go_bytes(op, ol), go_bytes(np, nl), n)
}

/// strings.ReplaceAll(s, old, new).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_ReplaceAll(
    sp: *const u8,
    sl: usize,
    op: *const u8,
    ol: usize,
    np: *const u8,
    nl: usize,
) -> GoString {
    replace(go_bytes(sp, sl), go_bytes(op, ol), go_bytes(np, nl), -1)
}

/// strings.ToUpper(s).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_ToUpper(sp: *const u8, sl: usize) -> GoString {
    to_upper_string(go_bytes(sp, sl))
}

/// strings.ToLower(s).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_ToLower(sp: *const u8, sl: usize) -> GoString {
    to_lower_string(go_bytes(sp, sl))
}

/// strings.TrimSpace(s).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_TrimSpace(sp: *const u8, sl: usize) -> GoString {
    sub(trim_space(go_bytes(sp, sl)))
}

/// strings.Trim(s, cutset).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_Trim(
    sp: *const u8,
    sl: usize,
    cp: *const u8,
    cl: usize,
) -> GoString {
    let (s, c) = (go_bytes(sp, sl), go_bytes(cp, cl));
    if s.is_empty() || c.is_empty() {
        return sub(s);
    }
    sub(trim_left_cut(trim_right_cut(s, c), c))
}

/// strings.TrimLeft(s, cutset).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_TrimLeft(
    sp: *const u8,
    sl: usize,
    cp: *const u8,
    cl: usize,
) -> GoString {
    let (s, c) = (go_bytes(sp, sl), go_bytes(cp, cl));
    if s.is_empty() || c.is_empty() {
        return sub(s);
    }
    sub(trim_left_cut(s, c))
}

/// strings.TrimRight(s, cutset).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_TrimRight(
    sp: *const u8,
    sl: usize,
    cp: *const u8,
    cl: usize,
) -> GoString {
    let (s, c) = (go_bytes(sp, sl), go_bytes(cp, cl));
    if s.is_empty() || c.is_empty() {
        return sub(s);
    }
    sub(trim_right_cut(s, c))
}

/// strings.TrimPrefix(s, prefix).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_TrimPrefix(
    sp: *const u8,
    sl: usize,
    pp: *const u8,
    pl: usize,
) -> GoString {
    let (s, p) = (go_bytes(sp, sl), go_bytes(pp, pl));
    sub(s.strip_prefix(p).unwrap_or(s))
}

/// strings.TrimSuffix(s, suffix).
///
/// # Safety
/// See `deferc_strings_Contains`.
#[no_mangle]
pub unsafe extern "C" fn deferc_strings_TrimSuffix(
    sp: *const u8,
    sl: usize,
    pp: *const u8,
    pl: usize,
) -> GoString {
    let (s, p) = (go_bytes(sp, sl), go_bytes(pp, pl));
    sub(s.strip_suffix(p).unwrap_or(s))
}

#[cfg(test)]
#[path = "pkg_strings_tests.rs"]
mod tests;
