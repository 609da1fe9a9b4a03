//! Integer conversions (Go 1.19 strconv/itoa.go and atoi.go) and the NumError texts that
//! every parse function reports.

use crate::pkg_strconv::append_quoted_with;

pub(super) const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";

/// strconv.FormatUint's digits of `u` in `base` (2..=36), with a leading '-' if `neg`.
pub(super) fn format_bits(mut u: u64, base: u64, neg: bool) -> Vec<u8> {
    let mut buf = [0u8; 65];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIGITS[(u % base) as usize];
        u /= base;
        if u == 0 {
            break;
        }
    }
    if neg {
        i -= 1;
        buf[i] = b'-';
    }
    buf[i..].to_vec()
}

/// The full text of a *NumError: `strconv.<func>: parsing "<quoted input>": <reason>`.
pub(super) fn num_error(func: &str, input: &[u8], reason: &[u8]) -> Vec<u8> {
    let mut m = Vec::with_capacity(32 + input.len() + reason.len());
    m.extend_from_slice(b"strconv.");
    m.extend_from_slice(func.as_bytes());
    m.extend_from_slice(b": parsing ");
    append_quoted_with(&mut m, input, b'"', false);
    m.extend_from_slice(b": ");
    m.extend_from_slice(reason);
    m
}

pub(super) const SYNTAX: &[u8] = b"invalid syntax";
pub(super) const RANGE: &[u8] = b"value out of range";

/// Why a parse failed: the reason text of the NumError (its Func and Num are added by the
/// caller, as Go's ParseInt rewrites them on ParseUint's errors).
#[derive(Debug, PartialEq, Eq)]
pub enum NumErr {
    Syntax,
    Range,
    /// The base argument (not 0 or 2..=36).
    Base(i64),
    /// The bitSize argument (not 0..=64).
    BitSize(i64),
}

impl NumErr {
    pub(super) fn reason(&self) -> Vec<u8> {
        match self {
            NumErr::Syntax => SYNTAX.to_vec(),
            NumErr::Range => RANGE.to_vec(),
            NumErr::Base(b) => format!("invalid base {b}").into_bytes(),
            NumErr::BitSize(b) => format!("invalid bit size {b}").into_bytes(),
        }
    }

    /// The kind code compiler/golib/strconv/strconv.go turns into its *NumError (parseOK,
    /// parseSyntax, ... there): 0 is no error.
    pub(super) fn kind(e: &Option<NumErr>) -> i64 {
        match e {
            None => 0,
            Some(NumErr::Syntax) => 1,
            Some(NumErr::Range) => 2,
            Some(NumErr::Base(_)) => 3,
            Some(NumErr::BitSize(_)) => 4,
        }
    }
}

pub(super) fn lower(c: u8) -> u8 {
    c | (b'x' - b'X')
}

/// strconv's underscoreOK: underscores only between digits (or after a base prefix).
pub(super) fn underscore_ok(mut s: &[u8]) -> bool {
    let mut saw = b'^';
    let mut i = 0;
    if !s.is_empty() && (s[0] == b'-' || s[0] == b'+') {
        s = &s[1..];
    }
    let mut hex = false;
    if s.len() >= 2 && s[0] == b'0' && matches!(lower(s[1]), b'b' | b'o' | b'x') {
        i = 2;
        saw = b'0';
        hex = lower(s[1]) == b'x';
    }
    while i < s.len() {
        let c = s[i];
        i += 1;
        if c.is_ascii_digit() || hex && (b'a'..=b'f').contains(&lower(c)) {
            saw = b'0';
            continue;
        }
        if c == b'_' {
            if saw != b'0' {
                return false;
            }
            saw = b'_';
            continue;
        }
        if saw == b'_' {
            return false;
        }
        saw = b'!';
    }
    saw != b'_'
}

/// strconv.ParseUint: (value, error). On a range error the value is the bit size's maximum.
pub(super) fn parse_uint(s0: &[u8], base: i64, bit_size: i64) -> (u64, Option<NumErr>) {
    if s0.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let base0 = base == 0;
    let mut s = s0;
    let base: u64 = match base {
        2..=36 => base as u64,
        0 => {
            if s[0] == b'0' {
                if s.len() >= 3 && matches!(lower(s[1]), b'b' | b'o' | b'x') {
                    let b = match lower(s[1]) {
                        b'b' => 2,
                        b'o' => 8,
                        _ => 16,
                    };
                    s = &s[2..];
                    b
                } else {
                    s = &s[1..];
                    8
                }
            } else {
                10
            }
        }
        _ => return (0, Some(NumErr::Base(base))),
    };
    let bit_size = match bit_size {
        0 => 64,
        1..=64 => bit_size as u32,
        _ => return (0, Some(NumErr::BitSize(bit_size))),
    };
    let cutoff = u64::MAX / base + 1;
    let max_val = if bit_size == 64 {
        u64::MAX
    } else {
        (1u64 << bit_size) - 1
    };
    let mut underscores = false;
    let mut n: u64 = 0;
    for &c in s {
        let d = if c == b'_' && base0 {
            underscores = true;
            continue;
        } else if c.is_ascii_digit() {
            c - b'0'
        } else if lower(c).is_ascii_lowercase() {
            lower(c) - b'a' + 10
        } else {
            return (0, Some(NumErr::Syntax));
        };
        if d as u64 >= base {
            return (0, Some(NumErr::Syntax));
        }
        // Go stops at the first overflow, before looking at the rest of the input.
        if n >= cutoff {
            return (max_val, Some(NumErr::Range));
        }
        n *= base;
        let n1 = n.wrapping_add(d as u64);
        if n1 < n || n1 > max_val {
            return (max_val, Some(NumErr::Range));
        }
        n = n1;
    }
    if underscores && !underscore_ok(s0) {
        return (0, Some(NumErr::Syntax));
    }
    (n, None)
}

/// strconv.ParseInt: (value, error); a range error gives the clamped value.
pub(super) fn parse_int(s0: &[u8], base: i64, bit_size: i64) -> (i64, Option<NumErr>) {
    if s0.is_empty() {
        return (0, Some(NumErr::Syntax));
    }
    let (neg, s) = match s0[0] {
        b'+' => (false, &s0[1..]),
        b'-' => (true, &s0[1..]),
        _ => (false, s0),
    };
    let (un, err) = parse_uint(s, base, bit_size);
    if let Some(e) = err {
        if e != NumErr::Range {
            return (0, Some(e));
        }
    }
    let bits = if bit_size == 0 { 64 } else { bit_size as u32 };
    let cutoff = 1u64 << (bits - 1);
    if !neg && un >= cutoff {
        return ((cutoff - 1) as i64, Some(NumErr::Range));
    }
    if neg && un > cutoff {
        return ((cutoff as i64).wrapping_neg(), Some(NumErr::Range));
    }
    let n = un as i64;
    (if neg { n.wrapping_neg() } else { n }, None)
}

/// strconv.Atoi: Go's fast path for short inputs (no overflow possible below 19 bytes),
/// ParseInt(s, 10, 0) otherwise; errors always name Atoi.
pub(super) fn atoi(s0: &[u8]) -> (i64, Option<NumErr>) {
    if !s0.is_empty() && s0.len() < 19 {
        let mut s = s0;
        if s[0] == b'-' || s[0] == b'+' {
            s = &s[1..];
            if s.is_empty() {
                return (0, Some(NumErr::Syntax));
            }
        }
        let mut n: i64 = 0;
        for &ch in s {
            let d = ch.wrapping_sub(b'0');
            if d > 9 {
                return (0, Some(NumErr::Syntax));
            }
            n = n * 10 + d as i64;
        }
        return (if s0[0] == b'-' { -n } else { n }, None);
    }
    parse_int(s0, 10, 0)
}
