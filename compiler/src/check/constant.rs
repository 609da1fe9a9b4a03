//! Compile-time constant values and their arithmetic.
//!
//! Go's untyped integer constants are arbitrary precision; we keep i128, which holds every
//! value a typed 64-bit integer can take plus generous headroom, and report overflow past it
//! as Go reports "constant overflow". Floats are f64 (Go keeps exact rationals; the difference
//! only shows in contrived constant expressions).

use crate::syntax::ast::BinOp;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(i128),
    Float(f64),
    Str(Vec<u8>),
}

impl ConstVal {
    pub fn as_i128(&self) -> Option<i128> {
        match self {
            ConstVal::Int(i) => Some(*i),
            ConstVal::Float(f) if f.fract() == 0.0 && f.abs() < 1e38 => Some(*f as i128),
            _ => None,
        }
    }
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            ConstVal::Int(i) => Some(*i as f64),
            ConstVal::Float(f) => Some(*f),
            _ => None,
        }
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstVal::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// Go's rendering of a constant in diagnostics (`1e+100`, `"a"`, `300`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(f) => {
                if f.fract() == 0.0 && f.abs() < 1e21 {
                    format!("{}", *f as i128)
                } else if f.abs() >= 1e-4 && f.abs() < 1e21 {
                    format!("{}", f)
                } else {
                    let s = format!("{:e}", f);
                    // Rust: 1e100, Go: 1e+100
                    match s.split_once('e') {
                        Some((m, e)) if !e.starts_with('-') => format!("{}e+{}", m, e),
                        _ => s,
                    }
                }
            }
            ConstVal::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
        }
    }
}

/// Parse an integer literal in any of Go's forms.
pub fn parse_int(text: &str) -> Option<i128> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r.to_string(), 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r.to_string(), 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r.to_string(), 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (t[1..].to_string(), 8)
    } else {
        (t.clone(), 10)
    };
    if digits.is_empty() {
        return None;
    }
    i128::from_str_radix(&digits, radix).ok()
}

/// Parse a float literal (decimal or hexadecimal).
pub fn parse_float(text: &str) -> Option<f64> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    if t.starts_with("0x") || t.starts_with("0X") {
        let body = &t[2..];
        let (mant, exp) = match body.find(['p', 'P']) {
            Some(i) => (&body[..i], body[i + 1..].parse::<i32>().ok()?),
            None => (body, 0),
        };
        let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
        let mut v = 0f64;
        for c in ip.chars() {
            v = v * 16.0 + c.to_digit(16)? as f64;
        }
        let mut scale = 1.0 / 16.0;
        for c in fp.chars() {
            v += c.to_digit(16)? as f64 * scale;
            scale /= 16.0;
        }
        return Some(v * 2f64.powi(exp));
    }
    t.parse::<f64>().ok()
}

pub enum FoldError {
    DivByZero,
    Overflow,
    Invalid,
}

/// Fold a binary operation on two constants of compatible kinds. `integer` says the operation is
/// on integers (so `/` truncates).
pub fn binary(op: BinOp, a: &ConstVal, b: &ConstVal, integer: bool) -> Result<ConstVal, FoldError> {
    use ConstVal::*;
    Ok(match (a, b) {
        (Bool(x), Bool(y)) => match op {
            BinOp::LAnd => Bool(*x && *y),
            BinOp::LOr => Bool(*x || *y),
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            _ => return Err(FoldError::Invalid),
        },
        (Str(x), Str(y)) => match op {
            BinOp::Add => {
                let mut v = x.clone();
                v.extend_from_slice(y);
                Str(v)
            }
            BinOp::Eq => Bool(x == y),
            BinOp::Ne => Bool(x != y),
            BinOp::Lt => Bool(x < y),
            BinOp::Le => Bool(x <= y),
            BinOp::Gt => Bool(x > y),
            BinOp::Ge => Bool(x >= y),
            _ => return Err(FoldError::Invalid),
        },
        _ if integer => {
            let x = a.as_i128().ok_or(FoldError::Invalid)?;
            let y = b.as_i128().ok_or(FoldError::Invalid)?;
            let r = match op {
                BinOp::Add => x.checked_add(y),
                BinOp::Sub => x.checked_sub(y),
                BinOp::Mul => x.checked_mul(y),
                BinOp::Div => {
                    if y == 0 {
                        return Err(FoldError::DivByZero);
                    }
                    x.checked_div(y)
                }
                BinOp::Rem => {
                    if y == 0 {
                        return Err(FoldError::DivByZero);
                    }
                    x.checked_rem(y)
                }
                BinOp::And => Some(x & y),
                BinOp::Or => Some(x | y),
                BinOp::Xor => Some(x ^ y),
                BinOp::AndNot => Some(x & !y),
                BinOp::Eq => return Ok(Bool(x == y)),
                BinOp::Ne => return Ok(Bool(x != y)),
                BinOp::Lt => return Ok(Bool(x < y)),
                BinOp::Le => return Ok(Bool(x <= y)),
                BinOp::Gt => return Ok(Bool(x > y)),
                BinOp::Ge => return Ok(Bool(x >= y)),
                _ => return Err(FoldError::Invalid),
            };
            Int(r.ok_or(FoldError::Overflow)?)
        }
        _ => {
            let x = a.as_f64().ok_or(FoldError::Invalid)?;
            let y = b.as_f64().ok_or(FoldError::Invalid)?;
            match op {
                BinOp::Add => Float(x + y),
                BinOp::Sub => Float(x - y),
                BinOp::Mul => Float(x * y),
                BinOp::Div => {
                    if y == 0.0 {
                        return Err(FoldError::DivByZero);
                    }
                    Float(x / y)
                }
                BinOp::Eq => Bool(x == y),
                BinOp::Ne => Bool(x != y),
                BinOp::Lt => Bool(x < y),
                BinOp::Le => Bool(x <= y),
                BinOp::Gt => Bool(x > y),
                BinOp::Ge => Bool(x >= y),
                _ => return Err(FoldError::Invalid),
            }
        }
    })
}

pub fn shift(op: BinOp, a: &ConstVal, s: u64) -> Result<ConstVal, FoldError> {
    let x = a.as_i128().ok_or(FoldError::Invalid)?;
    Ok(ConstVal::Int(match op {
        BinOp::Shl => {
            if s >= 127 || (x != 0 && (x.unsigned_abs().leading_zeros() as u64) <= s + 1) {
                if x == 0 {
                    0
                } else {
                    return Err(FoldError::Overflow);
                }
            } else {
                x << s
            }
        }
        _ => {
            if s >= 127 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> s
            }
        }
    }))
}

/// Truncate an integer constant to the bit pattern of a typed integer of `bits` bits.
pub fn wrap(v: i128, bits: u32, signed: bool) -> i128 {
    let m = if bits >= 128 {
        v
    } else {
        v & ((1i128 << bits) - 1)
    };
    if signed && bits < 128 && (m >> (bits - 1)) & 1 == 1 {
        m - (1i128 << bits)
    } else {
        m
    }
}
