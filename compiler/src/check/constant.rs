//! Compile-time constant values and their arithmetic, exact like Go's `go/constant`.
//!
//! Integers are arbitrary precision (`BigInt`); untyped integer results wider than 512 bits are
//! reported as Go reports them ("constant multiplication overflow"). Floats follow go/constant's
//! two representations ([`FloatVal`]): exact rationals (`BigRational`) while numerator and
//! denominator stay under 4096 bits (Go's `maxExp`), and past that 512-bit binary floats with
//! big.Float's 32-bit exponent range ([`BigFloat`]), so 1e646456992 is a constant as in Go. Once
//! a float, a value stays one (each operation rounds to 512 bits), as in go/constant.
//!
//! Complex constants are go/constant's `complexVal`: a pair of such numbers (each part an
//! integer or a float, as its operations left it, which shows in messages: `(1 + 2i)`).
//!
//! Guards against inputs that would make the checker hang or eat memory: literals longer than
//! 10,000 characters are rejected as Go rejects them, constant shift counts are bounded by
//! Go's 1074, and rationals never grow large (a float literal outside 2^±4096 is a BigFloat
//! from the start; converting a BigFloat to an integer or fraction is refused past that range,
//! as go/constant's `ToInt` refuses it).

use super::bigfloat::{self, BigFloat};
use super::types::Basic;
use crate::syntax::ast::BinOp;
use num_bigint::{BigInt, BigUint, Sign};
use num_rational::BigRational;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Untyped integer constants may not grow past this many bits.
pub const INT_PREC: u64 = 512;
/// Fractions stay exact while both parts have fewer bits than this (Go's `maxExp`).
const MAX_RAT_BITS: u64 = 4096;
/// Mantissa bits of a float constant too big to stay an exact fraction.
const FLOAT_PREC: u64 = 512;
/// Go 1.19 rejects longer numeric literals ("excessively long constant").
pub const MAX_LITERAL_LEN: usize = 10_000;
/// The largest constant shift count Go accepts (`shiftBound`).
pub const MAX_SHIFT: u64 = 1023 - 1 + 52;

#[derive(Clone, Debug, PartialEq)]
pub enum ConstVal {
    Bool(bool),
    Int(BigInt),
    Float(FloatVal),
    /// Real and imaginary parts, each an `Int` or a `Float` (go/constant's `complexVal`).
    Complex(Box<(ConstVal, ConstVal)>),
    Str(Vec<u8>),
}

/// An untyped float constant in go/constant's representations.
#[derive(Clone, Debug, PartialEq)]
pub enum FloatVal {
    /// Exact (go/constant's `ratVal`).
    Rat(BigRational),
    /// Rounded to [`FLOAT_PREC`] bits (go/constant's `floatVal`): a value whose fraction would
    /// need 4096 bits or more, and every result computed from one.
    Big(BigFloat),
}

impl FloatVal {
    fn zero() -> FloatVal {
        FloatVal::Rat(BigRational::zero())
    }

    pub fn is_zero(&self) -> bool {
        match self {
            FloatVal::Rat(r) => r.is_zero(),
            FloatVal::Big(b) => b.is_zero(),
        }
    }

    /// The value as a 512-bit float (go/constant's `rtof`).
    fn to_big(&self) -> Result<BigFloat, FoldError> {
        match self {
            FloatVal::Rat(r) => BigFloat::from_ratio(r.numer(), r.denom(), FLOAT_PREC)
                .map_err(|_| FoldError::NotRepresentable),
            FloatVal::Big(b) => Ok(b.clone()),
        }
    }

    /// The value correctly rounded to IEEE format `f`, as raw bits.
    fn to_ieee(&self, f: Ieee) -> u64 {
        match self {
            FloatVal::Rat(r) => ratio_to_ieee(r.numer(), r.denom(), f),
            FloatVal::Big(b) => {
                // Far outside the format's range the result is an infinity or a zero; near it
                // the value is a small exact fraction.
                let sign = if b.is_negative() {
                    1u64 << (f.width - 1)
                } else {
                    0
                };
                let inf = ((f.max_biased as u64) << (f.prec - 1)) | sign;
                if b.top() > f.max_biased - f.bias + 2 {
                    return inf;
                }
                // Below half the smallest subnormal: zero. Otherwise the exponent is within
                // the format's range plus the mantissa's length, a fraction of moderate size.
                if b.is_zero() || b.top() < f.min_lsb - 1 {
                    return sign;
                }
                match b.to_ratio(i64::MAX) {
                    Some((n, d)) => ratio_to_ieee(&n, &d, f),
                    None => sign,
                }
            }
        }
    }
}

pub enum FoldError {
    DivByZero,
    /// An untyped integer result wider than [`INT_PREC`] bits.
    Overflow,
    /// A float result past big.Float's exponent range (Go: infinite, "not representable").
    NotRepresentable,
    Invalid,
}

/// Why a constant is not representable as a value of a basic type.
#[derive(Debug, PartialEq, Eq)]
pub enum ReprError {
    Overflow,
    Truncated,
}

impl ConstVal {
    pub fn int(v: impl Into<BigInt>) -> ConstVal {
        ConstVal::Int(v.into())
    }

    pub fn complex(re: ConstVal, im: ConstVal) -> ConstVal {
        ConstVal::Complex(Box::new((re, im)))
    }

    /// The value as a complex constant's parts (go/constant's `ToComplex`): a real number has
    /// the imaginary part 0. None for strings and booleans.
    pub fn parts(&self) -> Option<(ConstVal, ConstVal)> {
        match self {
            ConstVal::Int(_) | ConstVal::Float(_) => Some((self.clone(), ConstVal::int(0))),
            ConstVal::Complex(p) => Some((p.0.clone(), p.1.clone())),
            _ => None,
        }
    }

    /// The real number a complex constant with a zero imaginary part stands for (go/constant's
    /// `ToInt` and `ToFloat` accept those); other values as they are.
    fn real_value(&self) -> &ConstVal {
        match self {
            ConstVal::Complex(p) if p.1.is_zero() => &p.0,
            c => c,
        }
    }

    /// The exact value of a finite f64.
    pub fn from_f64(f: f64) -> ConstVal {
        ConstVal::Float(FloatVal::Rat(
            BigRational::from_float(f).unwrap_or_else(BigRational::zero),
        ))
    }

    /// The value as an integer, if it is one (an integral float counts). Like go/constant's
    /// `ToInt`, a rounded float counts only within 2^±4096, and also when rounding it to 508
    /// bits toward or away from zero makes it integral (earlier roundings may have left it a
    /// little off).
    pub fn to_bigint(&self) -> Option<BigInt> {
        match self.real_value() {
            ConstVal::Int(i) => Some(i.clone()),
            ConstVal::Float(FloatVal::Rat(r)) if r.is_integer() => Some(r.to_integer()),
            ConstVal::Float(FloatVal::Big(b)) => {
                let small = MAX_RAT_BITS as i64;
                if b.top() <= -small || b.top() >= small {
                    return None;
                }
                if b.is_zero() {
                    return Some(BigInt::zero());
                }
                let max = small + FLOAT_PREC as i64;
                b.to_int_exact(max)
                    .or_else(|| b.round_dir(FLOAT_PREC - 4, false).to_int_exact(max))
                    .or_else(|| b.round_dir(FLOAT_PREC - 4, true).to_int_exact(max))
            }
            _ => None,
        }
    }
    pub fn as_i128(&self) -> Option<i128> {
        self.to_bigint()?.to_i128()
    }
    pub fn as_i64(&self) -> Option<i64> {
        self.to_bigint()?.to_i64()
    }
    pub fn as_u64(&self) -> Option<u64> {
        self.to_bigint()?.to_u64()
    }
    /// The integer value's low 64 bits, as the bit pattern of a 64-bit register.
    pub fn wrap_i64(&self) -> Option<i64> {
        let v = self.to_bigint()?;
        let low = v & BigInt::from(u64::MAX);
        low.to_u64().map(|u| u as i64)
    }
    /// The value correctly rounded to the nearest f64 (infinite past f64's range).
    pub fn as_f64(&self) -> Option<f64> {
        match self.real_value() {
            ConstVal::Int(i) => Some(ratio_to_f64(i, &BigInt::one())),
            ConstVal::Float(f) => Some(f64::from_bits(f.to_ieee(F64))),
            _ => None,
        }
    }
    /// The value correctly rounded to the nearest f32 (directly, not through f64).
    pub fn to_f32_rounded(&self) -> Option<f32> {
        let bits = match self.real_value() {
            ConstVal::Int(i) => ratio_to_ieee(i, &BigInt::one(), F32),
            ConstVal::Float(f) => f.to_ieee(F32),
            _ => return None,
        };
        Some(f32::from_bits(bits as u32))
    }
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            ConstVal::Bool(b) => Some(*b),
            _ => None,
        }
    }
    /// The value as a float constant (numeric constants only; untyped integers are at most
    /// 512 bits, so they stay exact).
    fn to_float(&self) -> Option<FloatVal> {
        match self.real_value() {
            ConstVal::Int(i) => Some(FloatVal::Rat(BigRational::from_integer(i.clone()))),
            ConstVal::Float(f) => Some(f.clone()),
            _ => None,
        }
    }
    pub fn is_zero(&self) -> bool {
        match self {
            ConstVal::Int(i) => i.is_zero(),
            ConstVal::Float(f) => f.is_zero(),
            ConstVal::Complex(p) => p.0.is_zero() && p.1.is_zero(),
            _ => false,
        }
    }

    /// The constant as a value of basic type `b` (Go's `representable`): integers must fit the
    /// type's range, floats are rounded to the type's precision and must stay finite.
    pub fn represent(&self, b: Basic) -> Result<ConstVal, ReprError> {
        if b.is_integer() {
            let Some(v) = self.to_bigint() else {
                return Err(match self {
                    ConstVal::Float(_) => ReprError::Truncated,
                    _ => ReprError::Overflow,
                });
            };
            if let Some((lo, hi)) = b.int_range() {
                if v < BigInt::from(lo) || v > BigInt::from(hi) {
                    return Err(ReprError::Overflow);
                }
            }
            return Ok(ConstVal::Int(v));
        }
        if b.is_float() && matches!(self, ConstVal::Complex(_)) && !self.real_value().is_real() {
            // A nonzero imaginary part: not a real number (Go reports it as an overflow).
            return Err(ReprError::Overflow);
        }
        match b {
            Basic::Float64 => match self.as_f64() {
                Some(f) if f.is_infinite() => Err(ReprError::Overflow),
                Some(f) => Ok(ConstVal::from_f64(f)),
                None => Ok(self.clone()),
            },
            Basic::Float32 => match self.to_f32_rounded() {
                Some(f) if f.is_infinite() => Err(ReprError::Overflow),
                Some(f) => Ok(ConstVal::from_f64(f as f64)),
                None => Ok(self.clone()),
            },
            Basic::UntypedFloat => Ok(match self.to_float() {
                Some(f) => ConstVal::Float(f),
                None => self.clone(),
            }),
            // Each part rounded to the float type of its half, and finite.
            Basic::Complex128 | Basic::Complex64 => {
                let Some((re, im)) = self.parts() else {
                    return Ok(self.clone());
                };
                let half = if b == Basic::Complex64 {
                    Basic::Float32
                } else {
                    Basic::Float64
                };
                Ok(ConstVal::complex(re.represent(half)?, im.represent(half)?))
            }
            Basic::UntypedComplex => Ok(match self.parts() {
                Some((re, im)) => ConstVal::complex(re, im),
                None => self.clone(),
            }),
            _ => Ok(self.clone()),
        }
    }

    /// An integer or float (not a complex number, string or boolean).
    fn is_real(&self) -> bool {
        matches!(self, ConstVal::Int(_) | ConstVal::Float(_))
    }

    /// The real part (go/constant's `Real`): the value itself for a real number.
    pub fn real(&self) -> Option<ConstVal> {
        self.parts().map(|p| p.0)
    }

    /// The imaginary part (go/constant's `Imag`): 0 for a real number.
    pub fn imag(&self) -> Option<ConstVal> {
        self.parts().map(|p| p.1)
    }

    /// Go's rendering of a constant in diagnostics (`1e+100`, `"a"`, `300`, `0.333333`).
    pub fn describe(&self) -> String {
        match self {
            ConstVal::Bool(b) => b.to_string(),
            ConstVal::Int(i) => i.to_string(),
            ConstVal::Float(FloatVal::Rat(r)) => describe_float(r),
            ConstVal::Float(FloatVal::Big(b)) => describe_big(b),
            ConstVal::Str(s) => format!("{:?}", String::from_utf8_lossy(s)),
            ConstVal::Complex(p) => format!("({} + {}i)", p.0.describe(), p.1.describe()),
        }
    }
}

/// IEEE binary format parameters: total width, mantissa bits (with the implicit one), smallest unit in the
/// last place, exponent bias and the all-ones biased exponent.
struct Ieee {
    width: u64,
    prec: u64,
    min_lsb: i64,
    bias: i64,
    max_biased: i64,
}
const F64: Ieee = Ieee {
    width: 64,
    prec: 53,
    min_lsb: -1074,
    bias: 1023,
    max_biased: 2047,
};
const F32: Ieee = Ieee {
    width: 32,
    prec: 24,
    min_lsb: -149,
    bias: 127,
    max_biased: 255,
};

/// Round n/d (n, d > 0) to `prec` significant bits, ties to even, with the unit in the last place
/// at least 2^min_lsb when given (subnormals). Returns (m, e) with n/d ≈ m·2^e; m may come out
/// as 2^prec after rounding up.
fn round_ratio(n: &BigUint, d: &BigUint, prec: u64, min_lsb: Option<i64>) -> (BigUint, i64) {
    let e = n.bits() as i64 - d.bits() as i64;
    // n·2^s/d lies in [2^prec, 2^(prec+2)).
    let s = prec as i64 + 1 - e;
    let (q, sticky) = if s >= 0 {
        let a = n << (s as usize);
        let q = &a / d;
        let sticky = q.clone() * d != a;
        (q, sticky)
    } else {
        let b = d << ((-s) as usize);
        let q = n / &b;
        let sticky = q.clone() * &b != *n;
        (q, sticky)
    };
    let mut k = q.bits() as i64 - prec as i64;
    let mut lsb = k - s;
    if let Some(min) = min_lsb {
        if lsb < min {
            k += min - lsb;
            lsb = min;
        }
    }
    let k = k as u64;
    if k > q.bits() {
        // Below half the smallest unit: rounds to zero.
        return (BigUint::zero(), lsb);
    }
    let m = &q >> (k as usize);
    let rem = &q - (&m << (k as usize));
    let half = BigUint::one() << ((k - 1) as usize);
    let up = rem > half || (rem == half && (sticky || m.bit(0)));
    (if up { m + 1u32 } else { m }, lsb)
}

/// n/d correctly rounded to the IEEE format `f`, as its raw bits.
fn ratio_to_ieee(n: &BigInt, d: &BigInt, f: Ieee) -> u64 {
    let neg = (n.sign() == Sign::Minus) != (d.sign() == Sign::Minus);
    let sign = if neg { 1u64 << (f.width - 1) } else { 0 };
    if n.is_zero() {
        return sign;
    }
    let (m, mut lsb) = round_ratio(n.magnitude(), d.magnitude(), f.prec, Some(f.min_lsb));
    let mut m = m.to_u64().unwrap_or(0);
    if m == 1u64 << f.prec {
        m >>= 1;
        lsb += 1;
    }
    let frac_bits = f.prec - 1;
    if m < 1u64 << frac_bits {
        // Subnormal (or zero): lsb is min_lsb, the biased exponent 0.
        return sign | m;
    }
    let biased = lsb + frac_bits as i64 + f.bias;
    if biased >= f.max_biased {
        return sign | ((f.max_biased as u64) << frac_bits);
    }
    sign | ((biased as u64) << frac_bits) | (m & ((1u64 << frac_bits) - 1))
}

fn ratio_to_f64(n: &BigInt, d: &BigInt) -> f64 {
    f64::from_bits(ratio_to_ieee(n, d, F64))
}

/// The float constant n/d (go/constant's `makeRat`): exact while both parts are under
/// [`MAX_RAT_BITS`] bits, otherwise rounded to a [`FLOAT_PREC`]-bit float. Large operands skip
/// the gcd (which is quadratic) and are rounded directly.
fn make_float(n: BigInt, d: BigInt) -> Result<FloatVal, FoldError> {
    if d.is_zero() {
        return Err(FoldError::DivByZero);
    }
    if n.is_zero() {
        return Ok(FloatVal::zero());
    }
    let small = 2 * MAX_RAT_BITS + 64;
    if n.bits() <= small && d.bits() <= small {
        let r = BigRational::new(n, d);
        if r.numer().bits() < MAX_RAT_BITS && r.denom().bits() < MAX_RAT_BITS {
            return Ok(FloatVal::Rat(r));
        }
        return FloatVal::Rat(r).to_big().map(FloatVal::Big);
    }
    BigFloat::from_ratio(&n, &d, FLOAT_PREC)
        .map(FloatVal::Big)
        .map_err(|_| FoldError::NotRepresentable)
}

/// A float operation where an operand is a rounded float: both as 512-bit floats, the result
/// rounded to 512 bits (go/constant's `floatVal` arithmetic). Past big.Float's exponent range
/// the result is infinite, which Go reports as not representable.
fn big_float_op(op: BinOp, x: &FloatVal, y: &FloatVal) -> Result<ConstVal, FoldError> {
    let (x, y) = (x.to_big()?, y.to_big()?);
    if let Some(c) = compare(op, x.cmp_value(&y)) {
        return Ok(c);
    }
    let r = match op {
        BinOp::Add => x.add(&y, FLOAT_PREC),
        BinOp::Sub => x.sub(&y, FLOAT_PREC),
        BinOp::Mul => x.mul(&y, FLOAT_PREC),
        BinOp::Div if y.is_zero() => return Err(FoldError::DivByZero),
        BinOp::Div => x.quo(&y, FLOAT_PREC),
        _ => return Err(FoldError::Invalid),
    };
    r.map(|b| ConstVal::Float(FloatVal::Big(b)))
        .map_err(|_| FoldError::NotRepresentable)
}

/// Go's `%.<prec>g` of a finite f64 (trailing zeros dropped, `e+08` style exponents).
pub fn fmt_g(x: f64, prec: usize) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.into();
    }
    let s = format!("{:.*e}", prec - 1, x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let (neg, mant) = match mant.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mant),
    };
    let digits: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
    let nd = digits.iter().rposition(|&c| c != b'0').map_or(1, |i| i + 1);
    let digits = &digits[..nd];
    let nd = nd as i64;
    let dp = exp + 1;
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    let mut eprec = prec as i64;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if exp < -4 || exp >= eprec {
        let p = (prec as i64).min(nd);
        out.push(digits[0] as char);
        if p > 1 {
            out.push('.');
            for &c in &digits[1..p as usize] {
                out.push(c as char);
            }
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
        return out;
    }
    let p = if prec as i64 > dp { nd } else { prec as i64 };
    let decimals = (p - dp).max(0);
    let digit = |i: i64| -> char {
        if i >= 0 && i < nd {
            digits[i as usize] as char
        } else {
            '0'
        }
    };
    if dp <= 0 {
        out.push('0');
    } else {
        for i in 0..dp {
            out.push(digit(i));
        }
    }
    if decimals > 0 {
        out.push('.');
        for i in dp..dp + decimals {
            out.push(digit(i));
        }
    }
    out
}

/// Go's `floatVal.String`: `%.6g` within f64's range, an approximation past it.
fn describe_float(r: &BigRational) -> String {
    let x = ratio_to_f64(r.numer(), r.denom());
    if r.is_zero() == (x == 0.0) && x.is_finite() {
        return fmt_g(x, 6);
    }
    let (m, lsb) = round_ratio(r.numer().magnitude(), r.denom().magnitude(), 53, None);
    describe_approx(r.is_negative(), &m, lsb)
}

/// [`describe_float`] for a rounded float.
fn describe_big(b: &BigFloat) -> String {
    let x = f64::from_bits(FloatVal::Big(b.clone()).to_ieee(F64));
    if b.is_zero() == (x == 0.0) && x.is_finite() {
        return fmt_g(x, 6);
    }
    let (m, lsb) = round_ratio(b.mant.magnitude(), &BigUint::one(), 53, None);
    describe_approx(b.is_negative(), &m, lsb + b.exp)
}

/// Go's approximate decimal form of ±m·2^lsb (m of 53 bits) outside f64's range.
fn describe_approx(neg: bool, m: &BigUint, lsb: i64) -> String {
    // The value is mant·2^exp with 0.5 <= |mant| < 1.
    let bits = m.bits() as i64;
    let exp = lsb + bits;
    let mut mf = m.to_f64().unwrap_or(0.0) * 2f64.powi(-(bits as i32));
    if neg {
        mf = -mf;
    }
    let d = exp as f64 * std::f64::consts::LOG10_2;
    let mut e = d as i64;
    mf *= 10f64.powf(d - e as f64);
    let am = mf.abs();
    if am < 1.0 - 0.5e-6 {
        mf *= 10.0;
        e -= 1;
    } else if am >= 10.0 {
        mf /= 10.0;
        e += 1;
    }
    format!("{}e{:+}", fmt_g(mf, 6), e)
}

/// Parse an integer literal in any of Go's forms.
pub fn parse_int(text: &str) -> Option<BigInt> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let (digits, radix) = if let Some(r) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        (r, 16)
    } else if let Some(r) = t.strip_prefix("0b").or_else(|| t.strip_prefix("0B")) {
        (r, 2)
    } else if let Some(r) = t.strip_prefix("0o").or_else(|| t.strip_prefix("0O")) {
        (r, 8)
    } else if t.len() > 1 && t.starts_with('0') {
        (&t[1..], 8)
    } else {
        (t.as_str(), 10)
    };
    if digits.is_empty() {
        return None;
    }
    BigInt::parse_bytes(digits.as_bytes(), radix)
}

/// Parse a float literal (decimal or hexadecimal) as go/constant's `MakeFromLiteral` does:
/// converted by big.Float at 512 bits first, then, within 2^±4096 (`smallFloat`), parsed again
/// as an exact fraction; past that the 512-bit float is the constant. `None`: malformed (Go's
/// "malformed constant"), which includes a literal past big.Float's exponent range.
pub fn parse_float(text: &str) -> Option<FloatVal> {
    let t: String = text.chars().filter(|&c| c != '_').collect();
    let hex = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X"));
    let (body, radix, exp_at) = match hex {
        Some(b) => (b, 16, b.find(['p', 'P'])),
        None => (t.as_str(), 10, t.find(['e', 'E'])),
    };
    let (mant, exp) = match exp_at {
        Some(i) => (&body[..i], body[i + 1..].parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (ip, fp) = mant.split_once('.').unwrap_or((mant, ""));
    let all = format!("{}{}", ip, fp);
    let m = if all.is_empty() {
        BigUint::zero()
    } else {
        BigUint::parse_bytes(all.as_bytes(), radix)?
    };
    // value = m · 2^exp2 · 5^exp5
    let (exp2, exp5) = if radix == 16 {
        (exp.checked_sub(4 * fp.len() as i64)?, 0)
    } else {
        let e = exp.checked_sub(fp.len() as i64)?;
        (e, e)
    };
    let f = bigfloat::scan(&m, exp2, exp5, FLOAT_PREC)?.ok()?;
    let small = MAX_RAT_BITS as i64;
    if f.top() <= -small || f.top() >= small {
        return Some(FloatVal::Big(f));
    }
    if f.is_zero() {
        return Some(FloatVal::zero());
    }
    Some(FloatVal::Rat(exact_ratio(m, exp2, exp5)))
}

/// Parse an imaginary literal (`2i`, `1.5e3i`, `0x1p-2i`, `0b101i`) as go/constant does: the
/// digits before the `i` as a float literal, where a leading 0 is not an octal prefix (`0123i`
/// is 123i, as the spec keeps it for backward compatibility). The value is `0 + v·i`.
pub fn parse_imag(text: &str) -> Option<ConstVal> {
    let t: String = text
        .strip_suffix('i')?
        .chars()
        .filter(|&c| c != '_')
        .collect();
    let lower = t.to_ascii_lowercase();
    let im = if lower.starts_with("0b") || lower.starts_with("0o") {
        ConstVal::Float(FloatVal::Rat(BigRational::from_integer(parse_int(&t)?)))
    } else {
        ConstVal::Float(parse_float(&t)?)
    };
    Some(ConstVal::complex(ConstVal::int(0), im))
}

/// m · 2^exp2 · 5^exp5 as a reduced fraction, for a value within 2^±4096 (so the powers are
/// of moderate size; m is at most the literal's length in digits).
fn exact_ratio(mut m: BigUint, exp2: i64, exp5: i64) -> BigRational {
    // Cancel the factors of 2 and 5 of m against negative exponents first, so the fraction is
    // already reduced (a gcd against a huge power of ten would be slow).
    let (mut exp2, mut exp5) = (exp2, exp5);
    if exp2 < 0 {
        let twos = m.trailing_zeros().unwrap_or(0).min((-exp2) as u64);
        m >>= twos as usize;
        exp2 += twos as i64;
    }
    let five = BigUint::from(5u32);
    while exp5 < 0 && (&m % &five).is_zero() {
        m /= &five;
        exp5 += 1;
    }
    let (mut n, mut d) = (m, BigUint::one());
    let pow5 = five.pow(exp5.unsigned_abs() as u32);
    if exp5 >= 0 {
        n *= pow5;
    } else {
        d *= pow5;
    }
    if exp2 >= 0 {
        n <<= exp2 as usize;
    } else {
        d <<= (-exp2) as usize;
    }
    BigRational::new_raw(n.into(), d.into())
}

fn int_op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "addition",
        BinOp::Sub => "subtraction",
        BinOp::Xor => "bitwise XOR",
        BinOp::Mul => "multiplication",
        BinOp::Shl => "shift",
        _ => "",
    }
}

/// Go's "constant <op> overflow" for an untyped integer result past 512 bits.
pub fn overflow_message(op: Option<BinOp>) -> String {
    match op {
        Some(op) => format!("constant {} overflow", int_op_name(op)),
        None => "constant bitwise complement overflow".into(),
    }
}

fn check_int(v: BigInt) -> Result<ConstVal, FoldError> {
    if v.bits() > INT_PREC {
        Err(FoldError::Overflow)
    } else {
        Ok(ConstVal::Int(v))
    }
}

fn compare(op: BinOp, o: std::cmp::Ordering) -> Option<ConstVal> {
    use std::cmp::Ordering::*;
    Some(ConstVal::Bool(match op {
        BinOp::Eq => o == Equal,
        BinOp::Ne => o != Equal,
        BinOp::Lt => o == Less,
        BinOp::Le => o != Greater,
        BinOp::Gt => o == Greater,
        BinOp::Ge => o != Less,
        _ => return None,
    }))
}

/// Fold a binary operation on two constants of compatible kinds. `integer` says the operation is
/// on integers (so `/` truncates toward zero).
pub fn binary(op: BinOp, a: &ConstVal, b: &ConstVal, integer: bool) -> Result<ConstVal, FoldError> {
    use ConstVal::*;
    if matches!(a, Complex(_)) || matches!(b, Complex(_)) {
        return complex_binary(op, a, b);
    }
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
            _ => return compare(op, x.cmp(y)).ok_or(FoldError::Invalid),
        },
        _ if integer => {
            let x = a.to_bigint().ok_or(FoldError::Invalid)?;
            let y = b.to_bigint().ok_or(FoldError::Invalid)?;
            if let Some(c) = compare(op, x.cmp(&y)) {
                return Ok(c);
            }
            let r = match op {
                BinOp::Add => x + y,
                BinOp::Sub => x - y,
                BinOp::Mul => x * y,
                BinOp::Div | BinOp::Rem if y.is_zero() => return Err(FoldError::DivByZero),
                // BigInt's / truncates toward zero and % takes the dividend's sign, like Go.
                BinOp::Div => x / y,
                BinOp::Rem => x % y,
                // Bitwise operations are two's complement of infinite width, like Go's big.Int.
                BinOp::And => x & y,
                BinOp::Or => x | y,
                BinOp::Xor => x ^ y,
                BinOp::AndNot => x & !y,
                _ => return Err(FoldError::Invalid),
            };
            check_int(r)?
        }
        _ => {
            let x = a.to_float().ok_or(FoldError::Invalid)?;
            let y = b.to_float().ok_or(FoldError::Invalid)?;
            let (FloatVal::Rat(x), FloatVal::Rat(y)) = (&x, &y) else {
                return big_float_op(op, &x, &y);
            };
            if let Some(c) = compare(op, x.cmp(y)) {
                return Ok(c);
            }
            let (p, q) = (x.numer(), x.denom());
            let (r, s) = (y.numer(), y.denom());
            Float(match op {
                BinOp::Add => make_float(p * s + r * q, q * s)?,
                BinOp::Sub => make_float(p * s - r * q, q * s)?,
                BinOp::Mul => make_float(p * r, q * s)?,
                BinOp::Div if r.is_zero() => return Err(FoldError::DivByZero),
                BinOp::Div => make_float(p * s, q * r)?,
                _ => return Err(FoldError::Invalid),
            })
        }
    })
}

/// A complex operation, part by part as go/constant computes it: (a+bi)(c+di) = (ac-bd) +
/// (bc+ad)i, (a+bi)/(c+di) = ((ac+bd) + (bc-ad)i) / (cc+dd).
fn complex_binary(op: BinOp, x: &ConstVal, y: &ConstVal) -> Result<ConstVal, FoldError> {
    let (a, b) = x.parts().ok_or(FoldError::Invalid)?;
    let (c, d) = y.parts().ok_or(FoldError::Invalid)?;
    let p = |op: BinOp, x: &ConstVal, y: &ConstVal| part_op(op, x, y);
    let (re, im) = match op {
        BinOp::Add => (p(op, &a, &c)?, p(op, &b, &d)?),
        BinOp::Sub => (p(op, &a, &c)?, p(op, &b, &d)?),
        BinOp::Mul => {
            let (ac, bd) = (p(op, &a, &c)?, p(op, &b, &d)?);
            let (bc, ad) = (p(op, &b, &c)?, p(op, &a, &d)?);
            (p(BinOp::Sub, &ac, &bd)?, p(BinOp::Add, &bc, &ad)?)
        }
        BinOp::Div => {
            if c.is_zero() && d.is_zero() {
                return Err(FoldError::DivByZero);
            }
            let mul = BinOp::Mul;
            let (ac, bd) = (p(mul, &a, &c)?, p(mul, &b, &d)?);
            let (bc, ad) = (p(mul, &b, &c)?, p(mul, &a, &d)?);
            let s = p(BinOp::Add, &p(mul, &c, &c)?, &p(mul, &d, &d)?)?;
            let re = p(BinOp::Add, &ac, &bd)?;
            let im = p(BinOp::Sub, &bc, &ad)?;
            (p(op, &re, &s)?, p(op, &im, &s)?)
        }
        BinOp::Eq | BinOp::Ne => {
            let same = p(BinOp::Eq, &a, &c)? == ConstVal::Bool(true)
                && p(BinOp::Eq, &b, &d)? == ConstVal::Bool(true);
            return Ok(ConstVal::Bool(same == (op == BinOp::Eq)));
        }
        _ => return Err(FoldError::Invalid),
    };
    Ok(ConstVal::complex(re, im))
}

/// One operation on parts of complex constants: integers stay integers (but a quotient is a
/// fraction), as in go/constant; an integer too wide for an untyped integer becomes a float
/// instead of an error, since go/constant bounds only untyped integer constants.
fn part_op(op: BinOp, x: &ConstVal, y: &ConstVal) -> Result<ConstVal, FoldError> {
    let ints = matches!((x, y), (ConstVal::Int(_), ConstVal::Int(_)));
    if ints && op != BinOp::Div {
        match binary(op, x, y, true) {
            Err(FoldError::Overflow) => {}
            r => return r,
        }
    }
    binary(op, x, y, false)
}

/// Fold `a << s` or `a >> s` (the caller has checked `s <= MAX_SHIFT`).
pub fn shift(op: BinOp, a: &ConstVal, s: u64) -> Result<ConstVal, FoldError> {
    let x = a.to_bigint().ok_or(FoldError::Invalid)?;
    let s = s.min(MAX_SHIFT) as usize;
    match op {
        BinOp::Shl => check_int(x << s),
        // Arithmetic shift: rounds toward negative infinity, like Go.
        _ => Ok(ConstVal::Int(x >> s)),
    }
}

/// Fold `-x`.
pub fn neg(a: &ConstVal) -> Option<ConstVal> {
    match a {
        ConstVal::Int(i) => Some(ConstVal::Int(-i)),
        ConstVal::Float(FloatVal::Rat(r)) => Some(ConstVal::Float(FloatVal::Rat(-r))),
        ConstVal::Float(FloatVal::Big(b)) => Some(ConstVal::Float(FloatVal::Big(b.neg()))),
        ConstVal::Complex(p) => Some(ConstVal::complex(neg(&p.0)?, neg(&p.1)?)),
        _ => None,
    }
}

/// Fold `^x`; `unsigned_bits` is the width of an unsigned typed operand (its complement keeps
/// only the type's bits).
pub fn complement(a: &ConstVal, unsigned_bits: Option<u32>) -> Option<Result<ConstVal, FoldError>> {
    let x = match a {
        ConstVal::Int(i) => i,
        _ => return None,
    };
    let mut z = !x;
    if let Some(bits) = unsigned_bits {
        z &= (BigInt::one() << bits as usize) - 1;
    }
    Some(check_int(z))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(v: i64) -> ConstVal {
        ConstVal::int(v)
    }
    fn flt(s: &str) -> ConstVal {
        ConstVal::Float(parse_float(s).expect("float literal"))
    }
    fn neg_flt(s: &str) -> ConstVal {
        neg(&flt(s)).unwrap()
    }
    fn fold(op: BinOp, a: &ConstVal, b: &ConstVal, integer: bool) -> ConstVal {
        match binary(op, a, b, integer) {
            Ok(c) => c,
            Err(_) => panic!("fold failed"),
        }
    }

    #[test]
    fn exact_decimal_arithmetic() {
        let s = fold(BinOp::Add, &flt("0.1"), &flt("0.2"), false);
        assert_eq!(
            fold(BinOp::Eq, &s, &flt("0.3"), false),
            ConstVal::Bool(true)
        );
        assert_eq!(s.as_f64(), Some(0.3));
        let third = fold(BinOp::Div, &flt("1.0"), &int(3), false);
        assert_eq!(
            fold(BinOp::Mul, &third, &int(3), false),
            ConstVal::Float(FloatVal::Rat(BigRational::one()))
        );
        let huge = fold(BinOp::Mul, &flt("1e300"), &flt("1e300"), false);
        assert_eq!(huge.as_f64(), Some(f64::INFINITY));
        let back = fold(BinOp::Div, &huge, &flt("1e300"), false);
        assert_eq!(back.as_f64(), Some(1e300));
        assert_eq!(back.describe(), "1e+300");
    }

    #[test]
    fn f64_rounding() {
        // Correct rounding where numerator / denominator as f64 would overflow or double-round.
        assert_eq!(flt("1e400").as_f64(), Some(f64::INFINITY));
        assert_eq!(
            fold(BinOp::Div, &flt("1e400"), &flt("1e399"), false).as_f64(),
            Some(10.0)
        );
        assert_eq!(flt("1.7976931348623157e308").as_f64(), Some(f64::MAX));
        // MaxFloat64 + half an ulp rounds (to even) up to infinity; just below it does not.
        assert_eq!(
            flt("1.7976931348623158079372897140530342e308").as_f64(),
            Some(f64::INFINITY)
        );
        assert_eq!(
            flt("1.7976931348623158079372897140530341e308").as_f64(),
            Some(f64::MAX)
        );
        assert_eq!(flt("4.9406564584124654e-324").as_f64(), Some(5e-324));
        assert_eq!(flt("2e-324").as_f64(), Some(0.0));
        assert_eq!(flt("3e-324").as_f64(), Some(5e-324));
        assert_eq!(
            flt("2.2250738585072011e-308").as_f64(),
            Some(2.225073858507201e-308)
        );
        assert_eq!(neg_flt("0.1").as_f64(), Some(-0.1));
        // 2^53 + 1 ties to even (2^53), 2^53 + 3 to 2^53 + 4.
        assert_eq!(int((1 << 53) + 1).as_f64(), Some(9007199254740992.0));
        assert_eq!(int((1 << 53) + 3).as_f64(), Some(9007199254740996.0));
        // f32: rounded once, directly from the exact value.
        assert_eq!(flt("0.1").to_f32_rounded(), Some(0.1f32));
        assert_eq!(flt("3.4028235e38").to_f32_rounded(), Some(f32::MAX));
        assert_eq!(flt("1e39").to_f32_rounded(), Some(f32::INFINITY));
        // 1 + 2^-24 + 2^-60: via f64 it would tie to 1.0, directly it rounds up.
        let x = ConstVal::Float(FloatVal::Rat(BigRational::new(
            (BigInt::one() << 60usize) + (BigInt::one() << 36usize) + 1,
            BigInt::one() << 60usize,
        )));
        assert_eq!(x.to_f32_rounded(), Some(1.0000001f32));
        assert_eq!(x.as_f64().map(|f| f as f32), Some(1.0f32));
    }

    #[test]
    fn bitwise_and_division_semantics() {
        assert_eq!(fold(BinOp::Div, &int(-7), &int(2), true), int(-3));
        assert_eq!(fold(BinOp::Rem, &int(-7), &int(2), true), int(-1));
        assert_eq!(fold(BinOp::Rem, &int(7), &int(-2), true), int(1));
        assert_eq!(fold(BinOp::And, &int(-6), &int(7), true), int(2));
        assert_eq!(fold(BinOp::Or, &int(-8), &int(3), true), int(-5));
        assert_eq!(fold(BinOp::Xor, &int(-1), &int(5), true), int(-6));
        assert_eq!(fold(BinOp::AndNot, &int(-1), &int(5), true), int(-6));
        assert_eq!(fold(BinOp::AndNot, &int(12), &int(-5), true), int(4));
        assert_eq!(shift(BinOp::Shr, &int(-5), 1).ok(), Some(int(-3)));
        assert_eq!(shift(BinOp::Shr, &int(-1), 1000).ok(), Some(int(-1)));
        let big = shift(BinOp::Shl, &int(1), 200).ok().unwrap();
        assert_eq!(shift(BinOp::Shr, &big, 190).ok(), Some(int(1024)));
        assert!(matches!(
            shift(BinOp::Shl, &int(1), 512),
            Err(FoldError::Overflow)
        ));
        assert!(shift(BinOp::Shl, &int(1), 511).is_ok());
        assert_eq!(
            complement(&int(5), None).and_then(|r| r.ok()),
            Some(int(-6))
        );
        assert_eq!(
            complement(&int(5), Some(8)).and_then(|r| r.ok()),
            Some(int(250))
        );
        let m = fold(BinOp::Sub, &big, &int(1), true);
        assert_eq!(fold(BinOp::Mul, &m, &m, true).as_i128(), None);
        assert!(matches!(
            binary(BinOp::Mul, &big, &fold(BinOp::Mul, &big, &big, true), true),
            Err(FoldError::Overflow)
        ));
    }

    #[test]
    fn representability() {
        assert_eq!(int(200).represent(Basic::Int8), Err(ReprError::Overflow));
        assert_eq!(int(-128).represent(Basic::Int8), Ok(int(-128)));
        assert_eq!(int(-1).represent(Basic::Uint64), Err(ReprError::Overflow));
        let max = ConstVal::Int(BigInt::from(u64::MAX));
        assert!(max.represent(Basic::Uint64).is_ok());
        assert_eq!(max.wrap_i64(), Some(-1));
        assert_eq!(flt("1.5").represent(Basic::Int), Err(ReprError::Truncated));
        assert_eq!(flt("2.0").represent(Basic::Int), Ok(int(2)));
        assert_eq!(
            flt("1e309").represent(Basic::Float64),
            Err(ReprError::Overflow)
        );
        assert_eq!(
            flt("1e39").represent(Basic::Float32),
            Err(ReprError::Overflow)
        );
        assert_eq!(
            flt("0.1").represent(Basic::Float64),
            Ok(ConstVal::from_f64(0.1))
        );
    }

    #[test]
    fn describe_like_go() {
        assert_eq!(flt("1e309").describe(), "1e+309");
        assert_eq!(flt("1e100").describe(), "1e+100");
        assert_eq!(flt("3.5").describe(), "3.5");
        assert_eq!(flt("0.1").describe(), "0.1");
        assert_eq!(flt("100000").describe(), "100000");
        assert_eq!(flt("1e8").describe(), "1e+08");
        assert_eq!(flt("123456789").describe(), "1.23457e+08");
        assert_eq!(flt("0.00001").describe(), "1e-05");
        assert_eq!(neg_flt("2.5e-7").describe(), "-2.5e-07");
        assert_eq!(
            fold(BinOp::Div, &flt("1.0"), &int(3), false).describe(),
            "0.333333"
        );
        assert_eq!(flt("1e1000").describe(), "1e+1000");
        assert_eq!(neg_flt("1.5e-1000").describe(), "-1.5e-1000");
        let big = shift(BinOp::Shl, &int(1), 100).ok().unwrap();
        assert_eq!(big.describe(), "1267650600228229401496703205376");
    }

    #[test]
    fn percent_g_like_go() {
        // Expected strings from Go 1.19's fmt.Sprintf("%.6g", x).
        let cases: &[(f64, &str)] = &[
            (123456.5, "123456"),
            (1234565.0, "1.23456e+06"),
            (0.0001, "0.0001"),
            (0.00012345678, "0.000123457"),
            (999999.5, "1e+06"),
            (9999995.0, "1e+07"),
            (1e21, "1e+21"),
            (123456.0, "123456"),
            (1234567.0, "1.23457e+06"),
            (-0.5, "-0.5"),
            (2.5e-5, "2.5e-05"),
            (1e6, "1e+06"),
            (100.0, "100"),
            (1.23456789, "1.23457"),
        ];
        for &(x, want) in cases {
            assert_eq!(fmt_g(x, 6), want, "{}", x);
        }
    }

    #[test]
    fn literals_and_limits() {
        let f64_of = |t: &str| ConstVal::Float(parse_float(t).unwrap()).as_f64();
        assert_eq!(parse_int("0x_ff"), Some(BigInt::from(255)));
        assert_eq!(parse_int("0o17"), Some(BigInt::from(15)));
        assert_eq!(parse_int("017"), Some(BigInt::from(15)));
        assert_eq!(parse_int("0b101"), Some(BigInt::from(5)));
        assert_eq!(f64_of("0x1p-2"), Some(0.25));
        assert_eq!(f64_of("0x1.8p1"), Some(3.0));
        assert_eq!(f64_of("1_000.5e-1"), Some(100.05));
        assert_eq!(parse_float("0e1000000000"), Some(FloatVal::zero()));
        // Within 2^±4096: exact fractions; past it: 512-bit floats, up to big.Float's range.
        assert!(matches!(parse_float("1e1200"), Some(FloatVal::Rat(_))));
        assert!(matches!(parse_float("1e-1200"), Some(FloatVal::Rat(_))));
        assert!(matches!(parse_float("1e1300"), Some(FloatVal::Big(_))));
        assert!(matches!(parse_float("1e646456992"), Some(FloatVal::Big(_))));
        assert!(matches!(parse_float("1e-779137"), Some(FloatVal::Big(_))));
        assert!(parse_float("1e646456993").is_none());
        assert!(parse_float("0x1p2147483647").is_none());
        assert_eq!(parse_float("1e-1886451601"), Some(FloatVal::zero()));
        assert_eq!(f64_of("1e-779137"), Some(0.0));
        assert_eq!(f64_of("1e646456992"), Some(f64::INFINITY));
        // Repeated squaring ends past big.Float's exponent range.
        let mut x = flt("1e70000");
        for _ in 0..20 {
            match binary(BinOp::Mul, &x, &x, false) {
                Ok(y) => x = y,
                Err(e) => {
                    assert!(matches!(e, FoldError::NotRepresentable));
                    return;
                }
            }
        }
        panic!("repeated squaring never hit the bound");
    }

    #[test]
    fn complex_constants_like_go() {
        let im = |t: &str| parse_imag(t).expect("imaginary literal");
        // Literal forms: a leading 0 is decimal; 0b, 0o and 0x prefixes are bases.
        assert_eq!(im("0123i").describe(), "(0 + 123i)");
        assert_eq!(im("0b101i").describe(), "(0 + 5i)");
        assert_eq!(im("0o17i").describe(), "(0 + 15i)");
        assert_eq!(im("0x1p-2i").describe(), "(0 + 0.25i)");
        assert_eq!(im("1_0i").describe(), "(0 + 10i)");
        assert_eq!(im("1.5e3i").describe(), "(0 + 1500i)");
        // Exact arithmetic: (1+2i)(1-2i) = 5, 1e300i·1e300i / 1e600 = -1.
        let one_two = fold(BinOp::Add, &int(1), &im("2i"), false);
        let conj = fold(BinOp::Sub, &int(1), &im("2i"), false);
        let p = fold(BinOp::Mul, &one_two, &conj, false);
        assert_eq!(p.describe(), "(5 + 0i)");
        assert_eq!(p.to_bigint(), Some(BigInt::from(5)));
        let big = im("1e300i");
        let q = fold(
            BinOp::Div,
            &fold(BinOp::Mul, &big, &big, false),
            &flt("1e600"),
            false,
        );
        assert_eq!(fold(BinOp::Eq, &q, &int(-1), false), ConstVal::Bool(true));
        assert_eq!(
            fold(BinOp::Div, &int(1), &im("2i"), false).describe(),
            "(0 + -0.5i)"
        );
        assert!(matches!(
            binary(BinOp::Div, &one_two, &im("0i"), false),
            Err(FoldError::DivByZero)
        ));
        assert_eq!(
            neg(&one_two).map(|c| c.describe()),
            Some("(-1 + -2i)".into())
        );
        // Representability: a zero imaginary part makes a real number; complex64 rounds each
        // part to a float32 and overflows past its range.
        let real = fold(BinOp::Add, &flt("1.5"), &im("0i"), false);
        assert_eq!(real.represent(Basic::Float64), Ok(ConstVal::from_f64(1.5)));
        assert!(real.represent(Basic::Int).is_err());
        assert!(one_two.represent(Basic::Float64).is_err());
        assert!(im("1e39i").represent(Basic::Complex64).is_err());
        assert!(im("1e39i").represent(Basic::Complex128).is_ok());
        let r = im("0.1i").represent(Basic::Complex64).unwrap();
        assert_eq!(r.imag().and_then(|i| i.as_f64()), Some(0.1f32 as f64));
        assert_eq!(
            int(3).represent(Basic::Complex128).unwrap().describe(),
            "(3 + 0i)"
        );
    }

    #[test]
    fn big_floats_like_go() {
        // Expected results from Go 1.19 (constant expressions printed by a program).
        let t = ConstVal::Bool(true);
        let f = ConstVal::Bool(false);
        let big = flt("1e646456992");
        let tiny = flt("1e-646456992");
        let prod = fold(BinOp::Mul, &big, &tiny, false);
        assert_eq!(fold(BinOp::Eq, &prod, &int(1), false), f);
        assert_eq!(prod.as_f64(), Some(1.0));
        let q = fold(BinOp::Div, &big, &flt("1e646456991"), false);
        assert_eq!(fold(BinOp::Eq, &q, &int(10), false), t);
        let p = fold(BinOp::Mul, &tiny, &flt("1e646456991"), false);
        assert_eq!(fold(BinOp::Eq, &p, &flt("0.1"), false), t);
        let p = fold(BinOp::Mul, &flt("1e5000"), &flt("1e-5000"), false);
        assert_eq!(fold(BinOp::Eq, &p, &int(1), false), t);
        let s = fold(BinOp::Add, &flt("1e5000"), &int(1), false);
        let d = fold(BinOp::Sub, &s, &flt("1e5000"), false);
        assert!(d.is_zero());
        let z = fold(BinOp::Mul, &tiny, &tiny, false);
        assert!(z.is_zero());
        assert_eq!(fold(BinOp::Eq, &flt("1e-779137"), &int(0), false), f);
        assert!(matches!(
            binary(BinOp::Mul, &big, &big, false),
            Err(FoldError::NotRepresentable)
        ));
        assert_eq!(big.describe(), "1e+646456992");
        assert_eq!(neg_flt("1e-779137").describe(), "-1e-779137");
        assert_eq!(big.represent(Basic::Float64), Err(ReprError::Overflow));
        assert_eq!(big.represent(Basic::Int), Err(ReprError::Truncated));
        assert_eq!(p.represent(Basic::Int), Ok(int(1)));
    }
}
