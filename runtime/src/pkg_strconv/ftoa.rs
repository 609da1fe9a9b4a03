//! FormatFloat (Go 1.19 strconv/ftoa.go): shortest and fixed-precision formatting in the
//! b e E f g G x X formats; fmt's %e %f %g %x verbs use it too.

use super::quote::{LOWERHEX, UPPERHEX};

/// A decimal digit string d[0..nd] with the decimal point at dp: value = 0.d × 10^dp.
/// Trailing zeros are trimmed; zero has nd == 0 and dp == 0 (as Go's decimalSlice).
pub(super) struct Decimal {
    pub(super) d: Vec<u8>,
    pub(super) dp: i64,
}

impl Decimal {
    fn nd(&self) -> i64 {
        self.d.len() as i64
    }

    /// Parses Rust's `{:e}` output ("1.2345e-7", "5e0") for a non-negative value.
    fn from_exp(s: &str) -> Decimal {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
        Decimal::normalize(&mut d, exp + 1)
    }

    /// Parses Rust's `{:.N}` fixed output ("123.4500") for a non-negative value.
    fn from_fixed(s: &str) -> Decimal {
        let int_len = s.find('.').unwrap_or(s.len()) as i64;
        let mut d: Vec<u8> = s.bytes().filter(|c| c.is_ascii_digit()).collect();
        Decimal::normalize(&mut d, int_len)
    }

    fn normalize(d: &mut Vec<u8>, mut dp: i64) -> Decimal {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Decimal {
            d: std::mem::take(d),
            dp,
        }
    }
}

/// strconv.FormatFloat(v, fmt, prec, bitSize) for fmt in b e E f g G x X.
pub fn format_float(v: f64, fmt: u8, prec: i64, bit_size: u32) -> Vec<u8> {
    let (bits, mantbits, expbits, bias): (u64, u32, u32, i64) = if bit_size == 32 {
        ((v as f32).to_bits() as u64, 23, 8, -127)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        return if mant != 0 {
            b"NaN".to_vec()
        } else if neg {
            b"-Inf".to_vec()
        } else {
            b"+Inf".to_vec()
        };
    } else if exp == 0 {
        exp += 1; // denormal
    } else {
        mant |= 1u64 << mantbits; // implicit leading 1
    }
    exp += bias;

    let mut dst = Vec::with_capacity(24);
    match fmt {
        b'b' => {
            fmt_b(&mut dst, neg, mant, exp, mantbits);
            return dst;
        }
        b'x' | b'X' => {
            fmt_x(&mut dst, prec, fmt, neg, mant, exp, mantbits);
            return dst;
        }
        _ => {}
    }

    let x = v.abs();
    let mut prec = prec;
    let shortest = prec < 0;
    let digs = if shortest {
        // Rust's `{:e}` prints the shortest digits that round-trip in the float's own width,
        // which is what Go's Ryū shortest mode produces.
        let digs = if x == 0.0 {
            Decimal {
                d: Vec::new(),
                dp: 0,
            }
        } else {
            shortest_decimal(x, bit_size)
        };
        prec = match fmt {
            b'e' | b'E' => (digs.nd() - 1).max(0),
            b'f' => (digs.nd() - digs.dp).max(0),
            _ => digs.nd(),
        };
        digs
    } else if fmt != b'f' {
        // Correctly rounded to `digits` significant digits (ties to even on exact halves, as
        // Go's fixed and big-decimal paths).
        let digits = match fmt {
            b'e' | b'E' => prec + 1,
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                prec
            }
            _ => 1,
        };
        Decimal::from_exp(&format!("{:.*e}", (digits - 1) as usize, x))
    } else {
        Decimal::from_fixed(&format!("{:.*}", prec as usize, x))
    };
    format_digits(&mut dst, shortest, neg, &digs, prec, fmt);
    dst
}

/// The shortest decimal that reads back as `x` (a positive finite float of `bit_size` bits),
/// as Go's Ryū shortest mode chooses it.
///
/// Rust's `{:e}` gives the shortest digit count n, and usually the same digits. When two
/// n-digit decimals are equally close to x, Rust rounds the tie up while Go rounds it to even;
/// Go's choice is then the correctly rounded n-digit value of x (Rust's exact mode rounds ties
/// to even), provided that one still reads back as x.
pub(super) fn shortest_decimal(x: f64, bit_size: u32) -> Decimal {
    let s = if bit_size == 32 {
        format!("{:e}", x as f32)
    } else {
        format!("{:e}", x)
    };
    let short = Decimal::from_exp(&s);
    let n = short.d.len().max(1);
    let exact_s = format!("{:.*e}", n - 1, x);
    let exact = Decimal::from_exp(&exact_s);
    if exact.d == short.d && exact.dp == short.dp {
        return short;
    }
    let round_trips = if bit_size == 32 {
        exact_s.parse::<f32>().ok() == Some(x as f32)
    } else {
        exact_s.parse::<f64>().ok() == Some(x)
    };
    if round_trips && exact.d.len() == short.d.len() {
        exact
    } else {
        short
    }
}

pub(super) fn format_digits(
    dst: &mut Vec<u8>,
    shortest: bool,
    neg: bool,
    digs: &Decimal,
    prec: i64,
    fmt: u8,
) {
    match fmt {
        b'e' | b'E' => fmt_e(dst, neg, digs, prec, fmt),
        b'f' => fmt_f(dst, neg, digs, prec),
        b'g' | b'G' => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // %e is used if the exponent from the conversion is less than -4 or greater than
            // or equal to the precision; shortest uses precision 6 for this decision.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(dst, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(dst, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// %e: -d.ddddde±dd
pub(super) fn fmt_e(dst: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i64, fmt: u8) {
    if neg {
        dst.push(b'-');
    }
    dst.push(if d.nd() != 0 { d.d[0] } else { b'0' });
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1;
        let m = d.nd().min(prec + 1);
        if i < m {
            dst.extend_from_slice(&d.d[i as usize..m as usize]);
            i = m;
        }
        while i <= prec {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = d.dp - 1;
    if d.nd() == 0 {
        exp = 0; // 0 has exponent 0
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
        dst.push(exp as u8 + b'0');
    } else if exp < 100 {
        dst.push((exp / 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else {
        dst.push((exp / 100) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    }
}

/// %f: -ddddd.ddd
pub(super) fn fmt_f(dst: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i64) {
    if neg {
        dst.push(b'-');
    }
    if d.dp > 0 {
        let m = d.nd().min(d.dp);
        dst.extend_from_slice(&d.d[..m as usize]);
        for _ in m..d.dp {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 0..prec {
            let j = d.dp + i;
            dst.push(if 0 <= j && j < d.nd() {
                d.d[j as usize]
            } else {
                b'0'
            });
        }
    }
}

/// %b: -ddddp±ddd (decimal mantissa and binary exponent).
pub(super) fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i64, mantbits: u32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    let exp = exp - mantbits as i64;
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// %x: -0x1.yyyyyyp±ddd (hexadecimal mantissa and binary exponent).
pub(super) fn fmt_x(
    dst: &mut Vec<u8>,
    prec: i64,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i64,
    mantbits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if requested.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 16] = if fmt == b'X' { UPPERHEX } else { LOWERHEX };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4; // remove leading 0 or 1
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push((exp / 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else if exp < 1000 {
        dst.push((exp / 100) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else {
        dst.push((exp / 1000) as u8 + b'0');
        dst.push((exp / 100 % 10) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    }
}
