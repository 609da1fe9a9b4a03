//! Go's strconv package (Go 1.19 strconv/atoi.go, itoa.go, atof.go, atob.go, quote.go) for
//! compiled code, and the float formatting and quoting that fmt builds on (as in Go, fmt
//! imports strconv, never the other way).
//!
//! Conventions are those of `pkg_utf8` and `pkg_strings`. A Go `(value, error)` result is the
//! value returned plus the error's message written through a last `err: *mut GoString`
//! parameter ("" = nil error); the compiler wraps a non-empty message into an error value. For
//! the *NumError results the message is Go's full `NumError.Error()` text
//! (`strconv.Atoi: parsing "x": invalid syntax`); Unquote's error is ErrSyntax ("invalid
//! syntax"). Functions that panic in Go take a `panic_msg` out parameter instead, with the
//! meaning described in pkg_strings.rs.
//!
//! ParseFloat follows atof.go's paths exactly: readFloat's syntax (including its cap on
//! exponent digits), atofHex for hex floats, then atof64exact and Eisel-Lemire (ported with
//! Go's own table), and for inputs those cannot settle Go's multiprecision `decimal` path.
//! That last path is emulated by Rust's correctly rounded parser given the very digits Go's
//! decimal keeps: its first 800 significant digits with a sticky digit for a nonzero rest, and
//! its decimal point position, which Go 1.19 computes from the kept digits only (so an input
//! with more than 800 significant digits before the point parses too small in Go, e.g.
//! "1" + 900 zeros + "e-900" gives 1e-101; deferc reproduces that).
//!
//! Files follow Go's: atoi.rs (and itoa), atof.rs with eisel_lemire.rs and its table, ftoa.rs,
//! quote.rs (with isprint); this file holds the `deferc_strconv_*` entry points.

use atof::parse_float;
use atoi::{format_bits, num_error, parse_int, parse_uint, NumErr, SYNTAX};

mod atof;
mod atoi;
mod eisel_lemire;
mod eisel_lemire_table;
mod ftoa;
mod quote;
#[cfg(test)]
mod tests;

pub use ftoa::format_float;
pub use quote::{append_quoted_rune, append_quoted_with, can_backquote, is_print, unquote};

use crate::pkg_utf8::{go_bytes, set_msg, sub};
use crate::types::GoString;

/// Go's math.NaN() bits (quiet NaN with payload 1), which ParseFloat("NaN", 64) returns.
pub const GO_NAN_BITS: u64 = 0x7FF8_0000_0000_0001;

// ---------------------------------------------------------------------------------------------
// Entry points

/// Writes a parse error (or "") to `err`.
///
/// # Safety
/// `err` must be null or writable.
unsafe fn set_err(err: *mut GoString, func: &str, input: &[u8], e: Option<NumErr>) {
    match e {
        None => set_msg(err, b""),
        Some(e) => set_msg(err, &num_error(func, input, &e.reason())),
    }
}

/// strconv.Itoa(i).
#[no_mangle]
pub extern "C" fn deferc_strconv_Itoa(i: i64) -> GoString {
    GoString::from_bytes(&format_bits(i.unsigned_abs(), 10, i < 0))
}

/// strconv.FormatInt(i, base).
///
/// Go panic: base < 2 or > 36 → "strconv: illegal AppendInt/FormatInt base".
///
/// # Safety
/// `panic_msg` must be null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_FormatInt(
    i: i64,
    base: i64,
    panic_msg: *mut GoString,
) -> GoString {
    if !(2..=36).contains(&base) {
        set_msg(panic_msg, b"strconv: illegal AppendInt/FormatInt base");
        return GoString::EMPTY;
    }
    set_msg(panic_msg, b"");
    GoString::from_bytes(&format_bits(i.unsigned_abs(), base as u64, i < 0))
}

/// strconv.FormatUint(u, base); Go panic as FormatInt.
///
/// # Safety
/// `panic_msg` must be null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_FormatUint(
    u: u64,
    base: i64,
    panic_msg: *mut GoString,
) -> GoString {
    if !(2..=36).contains(&base) {
        set_msg(panic_msg, b"strconv: illegal AppendInt/FormatInt base");
        return GoString::EMPTY;
    }
    set_msg(panic_msg, b"");
    GoString::from_bytes(&format_bits(u, base as u64, false))
}

/// strconv.Atoi(s) → (int, error). Out of range returns the clamped value with
/// `strconv.Atoi: parsing "…": value out of range`; bad syntax returns 0.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_Atoi(sp: *const u8, sl: usize, err: *mut GoString) -> i64 {
    let s = go_bytes(sp, sl);
    let (v, e) = atoi::atoi(s);
    set_err(err, "Atoi", s, e);
    v
}

/// strconv.ParseInt(s, base, bitSize) → (int64, error).
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_ParseInt(
    sp: *const u8,
    sl: usize,
    base: i64,
    bit_size: i64,
    err: *mut GoString,
) -> i64 {
    let s = go_bytes(sp, sl);
    let (v, e) = parse_int(s, base, bit_size);
    set_err(err, "ParseInt", s, e);
    v
}

/// strconv.ParseUint(s, base, bitSize) → (uint64, error).
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_ParseUint(
    sp: *const u8,
    sl: usize,
    base: i64,
    bit_size: i64,
    err: *mut GoString,
) -> u64 {
    let s = go_bytes(sp, sl);
    let (v, e) = parse_uint(s, base, bit_size);
    set_err(err, "ParseUint", s, e);
    v
}

/// strconv.ParseFloat(s, bitSize) → (float64, error).
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_ParseFloat(
    sp: *const u8,
    sl: usize,
    bit_size: i64,
    err: *mut GoString,
) -> f64 {
    let s = go_bytes(sp, sl);
    let (v, e) = parse_float(s, bit_size);
    set_err(err, "ParseFloat", s, e);
    v
}

/// strconv.FormatFloat(f, fmt, prec, bitSize).
///
/// Go panic: bitSize not 32 or 64 → "strconv: illegal AppendFloat/FormatFloat bitSize".
///
/// # Safety
/// `panic_msg` must be null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_FormatFloat(
    f: f64,
    fmt: u8,
    prec: i64,
    bit_size: i64,
    panic_msg: *mut GoString,
) -> GoString {
    if bit_size != 32 && bit_size != 64 {
        set_msg(
            panic_msg,
            b"strconv: illegal AppendFloat/FormatFloat bitSize",
        );
        return GoString::EMPTY;
    }
    set_msg(panic_msg, b"");
    // Go formats float32(f) for bitSize 32. fmt.rs's format_float takes the bits from
    // `f as f32` but its decimal digits from `f` itself (fmt only ever passes float32 values
    // widened, which are the same), so round to float32 here first.
    let f = if bit_size == 32 { f as f32 as f64 } else { f };
    GoString::from_bytes(&format_float(f, fmt, prec, bit_size as u32))
}

/// strconv.Quote(s).
///
/// # Safety
/// (sp, sl) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_Quote(sp: *const u8, sl: usize) -> GoString {
    let mut out = Vec::with_capacity(sl + 2);
    append_quoted_with(&mut out, go_bytes(sp, sl), b'"', false);
    GoString::from_bytes(&out)
}

/// strconv.QuoteToASCII(s).
///
/// # Safety
/// (sp, sl) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_QuoteToASCII(sp: *const u8, sl: usize) -> GoString {
    let mut out = Vec::with_capacity(sl + 2);
    append_quoted_with(&mut out, go_bytes(sp, sl), b'"', true);
    GoString::from_bytes(&out)
}

/// strconv.QuoteRune(r) (an invalid rune quotes as '�').
#[no_mangle]
pub extern "C" fn deferc_strconv_QuoteRune(r: i32) -> GoString {
    let mut out = Vec::with_capacity(8);
    append_quoted_rune(&mut out, r as u32, false);
    GoString::from_bytes(&out)
}

/// strconv.QuoteRuneToASCII(r).
#[no_mangle]
pub extern "C" fn deferc_strconv_QuoteRuneToASCII(r: i32) -> GoString {
    let mut out = Vec::with_capacity(12);
    append_quoted_rune(&mut out, r as u32, true);
    GoString::from_bytes(&out)
}

/// strconv.Unquote(s) → (string, error); the error is "invalid syntax" (ErrSyntax) and the
/// string then "".
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_Unquote(
    sp: *const u8,
    sl: usize,
    err: *mut GoString,
) -> GoString {
    match unquote(go_bytes(sp, sl)) {
        Some(v) => {
            set_msg(err, b"");
            GoString::from_bytes(&v)
        }
        None => {
            set_msg(err, SYNTAX);
            GoString::EMPTY
        }
    }
}

/// strconv.ParseBool(s) → (bool, error).
///
/// # Safety
/// (sp, sl) must be a valid Go string; `err` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_ParseBool(
    sp: *const u8,
    sl: usize,
    err: *mut GoString,
) -> u8 {
    let s = go_bytes(sp, sl);
    match s {
        b"1" | b"t" | b"T" | b"true" | b"TRUE" | b"True" => {
            set_msg(err, b"");
            1
        }
        b"0" | b"f" | b"F" | b"false" | b"FALSE" | b"False" => {
            set_msg(err, b"");
            0
        }
        _ => {
            set_err(err, "ParseBool", s, Some(NumErr::Syntax));
            0
        }
    }
}

/// strconv.FormatBool(b) for b = 0 or 1.
#[no_mangle]
pub extern "C" fn deferc_strconv_FormatBool(b: u8) -> GoString {
    let s: &'static [u8] = if b != 0 { b"true" } else { b"false" };
    sub(s)
}

// ---------------------------------------------------------------------------------------------
// Entry points of compiler/golib/strconv/strconv.go's body-less functions. The Go code builds
// the *NumError values itself (their Func, Num and Err fields are visible to programs), so
// the parsers here report only the kind of failure, through `kind` (NumErr::kind's codes).

/// Stores `NumErr::kind(e)` through `kind`.
///
/// # Safety
/// `kind` must be null or writable.
unsafe fn set_kind(kind: *mut i64, e: &Option<NumErr>) {
    if !kind.is_null() {
        *kind = NumErr::kind(e);
    }
}

/// `strconv.parseInt(s string, base, bitSize int, kind *int) int64`.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `kind` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_parseInt(
    sp: *const u8,
    sl: usize,
    base: i64,
    bit_size: i64,
    kind: *mut i64,
) -> i64 {
    let (v, e) = parse_int(go_bytes(sp, sl), base, bit_size);
    set_kind(kind, &e);
    v
}

/// `strconv.parseUint(s string, base, bitSize int, kind *int) uint64`.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `kind` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_parseUint(
    sp: *const u8,
    sl: usize,
    base: i64,
    bit_size: i64,
    kind: *mut i64,
) -> u64 {
    let (v, e) = parse_uint(go_bytes(sp, sl), base, bit_size);
    set_kind(kind, &e);
    v
}

/// `strconv.atoi(s string, kind *int) int`.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `kind` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_atoi(sp: *const u8, sl: usize, kind: *mut i64) -> i64 {
    let (v, e) = atoi::atoi(go_bytes(sp, sl));
    set_kind(kind, &e);
    v
}

/// `strconv.parseFloat(s string, bitSize int, kind *int) float64`.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `kind` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_parseFloat(
    sp: *const u8,
    sl: usize,
    bit_size: i64,
    kind: *mut i64,
) -> f64 {
    let (v, e) = parse_float(go_bytes(sp, sl), bit_size);
    set_kind(kind, &e);
    v
}

/// `strconv.formatFloat(f float64, fmt byte, prec, bitSize int) string`: FormatFloat once
/// the Go code has checked that bitSize is 32 or 64 (it panics otherwise).
#[no_mangle]
pub extern "C" fn deferc_strconv_formatFloat(
    f: f64,
    fmt: u8,
    prec: i64,
    bit_size: i64,
) -> GoString {
    let bits = if bit_size == 32 { 32 } else { 64 };
    // As in deferc_strconv_FormatFloat: format_float wants float32 values already rounded.
    let f = if bits == 32 { f as f32 as f64 } else { f };
    GoString::from_bytes(&format_float(f, fmt, prec, bits))
}

/// `strconv.unquote(s string, ok *bool) string`: Unquote's value, or "" with *ok false for
/// ErrSyntax.
///
/// # Safety
/// (sp, sl) must be a valid Go string; `ok` null or writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_unquote(sp: *const u8, sl: usize, ok: *mut u8) -> GoString {
    let v = unquote(go_bytes(sp, sl));
    if !ok.is_null() {
        *ok = v.is_some() as u8;
    }
    match v {
        Some(v) => GoString::from_bytes(&v),
        None => GoString::EMPTY,
    }
}

/// strconv.IsPrint.
#[no_mangle]
pub extern "C" fn deferc_strconv_IsPrint(r: i32) -> u8 {
    (r >= 0 && is_print(r as u32)) as u8
}

/// strconv.IsGraphic.
#[no_mangle]
pub extern "C" fn deferc_strconv_IsGraphic(r: i32) -> u8 {
    (r >= 0 && quote::is_graphic(r as u32)) as u8
}

/// strconv.CanBackquote(s).
///
/// # Safety
/// (sp, sl) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_CanBackquote(sp: *const u8, sl: usize) -> u8 {
    can_backquote(go_bytes(sp, sl)) as u8
}

/// `strconv.quotedPrefix(s string) int`: the length of QuotedPrefix's result, or -1.
///
/// # Safety
/// (sp, sl) must be a valid Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_quotedPrefix(sp: *const u8, sl: usize) -> i64 {
    quote::quoted_prefix(go_bytes(sp, sl)).map_or(-1, |n| n as i64)
}

/// `strconv.unquoteChar(s string, quote byte, res *[3]int) rune`: UnquoteChar's rune, with
/// res = [offset of the tail, multibyte, valid].
///
/// # Safety
/// (sp, sl) must be a valid Go string and `res` point at three writable ints.
#[no_mangle]
pub unsafe extern "C" fn deferc_strconv_unquoteChar(
    sp: *const u8,
    sl: usize,
    quote: u8,
    res: *mut [i64; 3],
) -> i32 {
    let s = go_bytes(sp, sl);
    match quote::unquote_char(s, quote) {
        Some((r, multibyte, tail)) => {
            *res = [(s.len() - tail.len()) as i64, multibyte as i64, 1];
            r as i32
        }
        None => {
            *res = [0, 0, 0];
            0
        }
    }
}
