//! ParseFloat (Go 1.19 strconv/atof.go): readFloat's syntax, special values, hex floats,
//! the exact fast path, Eisel-Lemire, and the multiprecision fallback (see the module doc).

use super::atoi::{lower, underscore_ok, NumErr};
use super::eisel_lemire::{eisel_lemire32, eisel_lemire64};
use super::GO_NAN_BITS;

/// The result of atof.go's readFloat.
pub(super) struct ReadFloat {
    pub(super) mantissa: u64,
    pub(super) exp: i64,
    pub(super) neg: bool,
    pub(super) trunc: bool,
    pub(super) hex: bool,
    /// Bytes consumed.
    pub(super) n: usize,
    /// Decimal only: what Go's decimal.set keeps: the first 800 significant digits, whether
    /// a nonzero digit was dropped, and the decimal point position (value = 0.digits × 10^dp)
    /// counted in kept digits.
    pub(super) dec_digits: Vec<u8>,
    pub(super) dec_trunc: bool,
    pub(super) dec_dp: i64,
}

/// The digits Go's `decimal` type holds (its `d [800]byte`).
pub(super) const DECIMAL_DIGITS: usize = 800;

/// atof.go's readFloat: parses the longest float prefix of `s`; None if there is none.
pub(super) fn read_float(s: &[u8]) -> Option<ReadFloat> {
    let mut underscores = false;
    let mut i = 0;
    let mut neg = false;
    if i >= s.len() {
        return None;
    }
    if s[i] == b'+' {
        i += 1;
    } else if s[i] == b'-' {
        neg = true;
        i += 1;
    }
    let mut base = 10u64;
    let mut max_mant_digits = 19;
    let mut exp_char = b'e';
    let mut hex = false;
    if i + 2 < s.len() && s[i] == b'0' && lower(s[i + 1]) == b'x' {
        base = 16;
        max_mant_digits = 16;
        i += 2;
        exp_char = b'p';
        hex = true;
    }
    let (mut sawdot, mut sawdigits) = (false, false);
    let (mut nd, mut nd_mant, mut dp) = (0i64, 0i64, 0i64);
    let mut mantissa = 0u64;
    let mut trunc = false;
    let (mut dec_digits, mut dec_trunc, mut dec_dp) = (Vec::new(), false, 0i64);
    while i < s.len() {
        let c = s[i];
        if c == b'_' {
            underscores = true;
        } else if c == b'.' {
            if sawdot {
                break;
            }
            sawdot = true;
            dp = nd;
            dec_dp = dec_digits.len() as i64;
        } else if c.is_ascii_digit() {
            sawdigits = true;
            if c == b'0' && nd == 0 {
                // Leading zeros only move the decimal point.
                dp -= 1;
                dec_dp -= 1;
                i += 1;
                continue;
            }
            nd += 1;
            // Hex digits never reach the decimal path.
            if !hex {
                if dec_digits.len() < DECIMAL_DIGITS {
                    dec_digits.push(c);
                } else if c != b'0' {
                    dec_trunc = true;
                }
            }
            if nd_mant < max_mant_digits {
                mantissa = mantissa * base + (c - b'0') as u64;
                nd_mant += 1;
            } else if c != b'0' {
                trunc = true;
            }
        } else if base == 16 && (b'a'..=b'f').contains(&lower(c)) {
            sawdigits = true;
            nd += 1;
            if nd_mant < max_mant_digits {
                mantissa = mantissa * 16 + (lower(c) - b'a' + 10) as u64;
                nd_mant += 1;
            } else {
                trunc = true;
            }
        } else {
            break;
        }
        i += 1;
    }
    if !sawdigits {
        return None;
    }
    if !sawdot {
        dp = nd;
        dec_dp = dec_digits.len() as i64;
    }
    if base == 16 {
        dp *= 4;
        nd_mant *= 4;
    }
    if i < s.len() && lower(s[i]) == exp_char {
        i += 1;
        if i >= s.len() {
            return None;
        }
        let mut esign = 1;
        if s[i] == b'+' {
            i += 1;
        } else if s[i] == b'-' {
            i += 1;
            esign = -1;
        }
        if i >= s.len() || !s[i].is_ascii_digit() {
            return None;
        }
        let mut e = 0i64;
        while i < s.len() && (s[i].is_ascii_digit() || s[i] == b'_') {
            if s[i] == b'_' {
                underscores = true;
            } else if e < 10000 {
                // Go ignores exponent digits once e reaches 10000, even where a long
                // mantissa would bring the value back into range (golang/go#42436).
                e = e * 10 + (s[i] - b'0') as i64;
            }
            i += 1;
        }
        dp += e * esign;
        dec_dp += e * esign;
    } else if base == 16 {
        return None;
    }
    let exp = if mantissa != 0 { dp - nd_mant } else { 0 };
    if underscores && !underscore_ok(&s[..i]) {
        return None;
    }
    Some(ReadFloat {
        mantissa,
        exp,
        neg,
        trunc,
        hex,
        n: i,
        dec_digits,
        dec_trunc,
        dec_dp,
    })
}

/// atof.go's special: "inf", "infinity" (any case, optional sign) and "nan" (any case, no
/// sign). Returns (value, bytes consumed).
pub(super) fn special(s: &[u8]) -> Option<(f64, usize)> {
    fn common_prefix_len_ignore_case(s: &[u8], prefix: &[u8]) -> usize {
        let n = prefix.len().min(s.len());
        (0..n)
            .find(|&i| s[i].to_ascii_lowercase() != prefix[i])
            .unwrap_or(n)
    }
    let c = *s.first()?;
    match c {
        b'+' | b'-' | b'i' | b'I' => {
            let (sign, nsign, rest) = match c {
                b'+' => (1.0, 1, &s[1..]),
                b'-' => (-1.0, 1, &s[1..]),
                _ => (1.0, 0, s),
            };
            let mut n = common_prefix_len_ignore_case(rest, b"infinity");
            // Anything longer than "inf" but short of "infinity" consumes only "inf".
            if 3 < n && n < 8 {
                n = 3;
            }
            if n == 3 || n == 8 {
                return Some((sign * f64::INFINITY, nsign + n));
            }
            None
        }
        b'n' | b'N' => {
            if common_prefix_len_ignore_case(s, b"nan") == 3 {
                return Some((f64::from_bits(GO_NAN_BITS), 3));
            }
            None
        }
        _ => None,
    }
}

/// atof.go's atofHex: rounds mantissa × 2^exp (with sticky `trunc`) to the float format
/// (mantbits, expbits, bias) and returns its bits and whether it overflowed.
pub(super) fn atof_hex(
    mut mantissa: u64,
    mut exp: i64,
    neg: bool,
    trunc: bool,
    f32: bool,
) -> (u64, bool) {
    let (mantbits, expbits, bias): (u32, u32, i64) =
        if f32 { (23, 8, -127) } else { (52, 11, -1023) };
    let max_exp = (1i64 << expbits) + bias - 2;
    let min_exp = bias + 1;
    exp += mantbits as i64; // mantissa now implicitly divided by 2^mantbits.

    // Shift mantissa and exponent to bring the representation within float range.
    while mantissa != 0 && mantissa >> (mantbits + 2) == 0 {
        mantissa <<= 1;
        exp -= 1;
    }
    if trunc {
        mantissa |= 1;
    }
    while mantissa >> (1 + mantbits + 2) != 0 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // If exponent is too negative, denormalize in hopes of making it representable.
    while mantissa > 1 && exp < min_exp - 2 {
        mantissa = (mantissa >> 1) | (mantissa & 1);
        exp += 1;
    }
    // Round using two bottom bits, to even.
    let mut round = mantissa & 3;
    mantissa >>= 2;
    round |= mantissa & 1;
    exp += 2;
    if round == 3 {
        mantissa += 1;
        if mantissa == 1 << (1 + mantbits) {
            mantissa >>= 1;
            exp += 1;
        }
    }
    if mantissa >> mantbits == 0 {
        // Denormal or zero.
        exp = bias;
    }
    let mut overflow = false;
    if exp > max_exp {
        mantissa = 1 << mantbits;
        exp = max_exp + 1;
        overflow = true;
    }
    let mut bits = mantissa & ((1 << mantbits) - 1);
    bits |= (((exp - bias) & ((1 << expbits) - 1)) as u64) << mantbits;
    if neg {
        bits |= 1 << mantbits << expbits;
    }
    (bits, overflow)
}

/// strconv.ParseFloat(s, bitSize): bitSize 32 rounds to float32 (returned widened), anything
/// else to float64. A range error returns ±Inf; a syntax error 0.
pub fn parse_float(s: &[u8], bit_size: i64) -> (f64, Option<NumErr>) {
    let f32 = bit_size == 32;
    let (val, n, err) = if let Some((v, n)) = special(s) {
        // Go converts to float32 and back for bitSize 32, which also quiets the NaN payload.
        (if f32 { v as f32 as f64 } else { v }, n, None)
    } else {
        match read_float(s) {
            None => return (0.0, Some(NumErr::Syntax)),
            Some(rf) if rf.hex => {
                let (bits, ovf) = atof_hex(rf.mantissa, rf.exp, rf.neg, rf.trunc, f32);
                let v = if f32 {
                    f32::from_bits(bits as u32) as f64
                } else {
                    f64::from_bits(bits)
                };
                (v, rf.n, ovf.then_some(NumErr::Range))
            }
            Some(rf) => match fast_decimal(&rf, f32) {
                Some(v) => (v, rf.n, None),
                None => {
                    let (v, ovf) = decimal_to_float(&rf, f32);
                    (v, rf.n, ovf.then_some(NumErr::Range))
                }
            },
        }
    };
    if n != s.len() {
        return (0.0, Some(NumErr::Syntax));
    }
    (val, err)
}

/// atof64's (atof32's) fast paths: atof64exact, then Eisel-Lemire, which needs the rounding of
/// mantissa and mantissa+1 to agree when digits were dropped. None = Go goes on to its
/// multiprecision decimal path. Every value returned is correctly rounded.
pub(super) fn fast_decimal(rf: &ReadFloat, f32: bool) -> Option<f64> {
    let (m, e, neg) = (rf.mantissa, rf.exp, rf.neg);
    if f32 {
        if !rf.trunc {
            if let Some(v) = atof32_exact(m, e, neg) {
                return Some(v as f64);
            }
        }
        let v = eisel_lemire32(m, e, neg)?;
        if rf.trunc && eisel_lemire32(m + 1, e, neg)? != v {
            return None;
        }
        return Some(f32::from_bits(v) as f64);
    }
    if !rf.trunc {
        if let Some(v) = atof64_exact(m, e, neg) {
            return Some(v);
        }
    }
    let v = eisel_lemire64(m, e, neg)?;
    if rf.trunc && eisel_lemire64(m + 1, e, neg)? != v {
        return None;
    }
    Some(f64::from_bits(v))
}

/// Exact powers of ten in float64 (float64pow10).
pub(super) const F64_POW10: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];
/// Exact powers of ten in float32 (float32pow10).
pub(super) const F32_POW10: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

/// atof64exact: mantissa × 10^exp computed with one exact-operand float operation, if possible.
pub(super) fn atof64_exact(mantissa: u64, exp: i64, neg: bool) -> Option<f64> {
    if mantissa >> 52 != 0 {
        return None;
    }
    let mut f = mantissa as f64;
    if neg {
        f = -f;
    }
    match exp {
        0 => Some(f),
        1..=37 => {
            let mut exp = exp;
            if exp > 22 {
                f *= F64_POW10[(exp - 22) as usize];
                exp = 22;
            }
            if !(-1e15..=1e15).contains(&f) {
                return None;
            }
            Some(f * F64_POW10[exp as usize])
        }
        -22..=-1 => Some(f / F64_POW10[(-exp) as usize]),
        _ => None,
    }
}

/// atof32exact.
pub(super) fn atof32_exact(mantissa: u64, exp: i64, neg: bool) -> Option<f32> {
    if mantissa >> 23 != 0 {
        return None;
    }
    let mut f = mantissa as f32;
    if neg {
        f = -f;
    }
    match exp {
        0 => Some(f),
        1..=17 => {
            let mut exp = exp;
            if exp > 10 {
                f *= F32_POW10[(exp - 10) as usize];
                exp = 10;
            }
            if !(-1e7..=1e7).contains(&f) {
                return None;
            }
            Some(f * F32_POW10[exp as usize])
        }
        -10..=-1 => Some(f / F32_POW10[(-exp) as usize]),
        _ => None,
    }
}

/// Go's multiprecision decimal path (decimal.set + floatBits): the correctly rounded float of
/// ±0.d × 10^dp for the digits and dp that decimal.set keeps (see `ReadFloat`), a dropped
/// nonzero rest counting as a sticky bit; and whether it overflowed to infinity.
pub(super) fn decimal_to_float(rf: &ReadFloat, f32: bool) -> (f64, bool) {
    let sign = if rf.neg { -1.0 } else { 1.0 };
    if rf.dec_digits.is_empty() {
        return (sign * 0.0, false);
    }
    // Rust's parser is correctly rounded for any number of digits. An extra final '1' stands
    // for the dropped rest: it breaks an exact tie upwards as Go's trunc flag does, and cannot
    // cross any other rounding boundary (those have far fewer than 800 significant digits).
    let mut text = String::with_capacity(rf.dec_digits.len() + 26);
    text.push_str("0.");
    text.extend(rf.dec_digits.iter().map(|&d| d as char));
    if rf.dec_trunc {
        text.push('1');
    }
    text.push('e');
    text.push_str(&rf.dec_dp.to_string());
    let v = if f32 {
        text.parse::<f32>().map(|v| v as f64)
    } else {
        text.parse::<f64>()
    }
    .unwrap_or(0.0);
    (sign * v, v.is_infinite())
}
