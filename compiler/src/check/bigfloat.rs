//! Binary floating-point numbers with a wide exponent: the part of Go's `math/big.Float` that
//! `go/constant` uses for float constants too large or too small to stay fractions (1e646456992).
//!
//! Every operation rounds its exact result to the precision asked for, ties to even, as
//! big.Float does in its default mode; exponents are bounded like big.Float's (a result past
//! [`MAX_EXP`] is infinite, one below [`MIN_EXP`] is zero). Decimal literals are converted the
//! way `big.Float.SetString` converts them, through the same `pow5` with its own intermediate
//! roundings: those decide the last bits of a constant such as 1e646456992, so constants built
//! from them compare equal here exactly when they do in Go (`1e646456992 * 1e-646456992 == 1`
//! is false in Go 1.19, while both operands print as expected).

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{One, Signed, Zero};

/// big.Float's exponent bounds, for a value written 0.1xxx₂ × 2^exp.
pub const MAX_EXP: i64 = i32::MAX as i64;
pub const MIN_EXP: i64 = i32::MIN as i64;

/// A finite value `mant · 2^exp`. Normalized: the mantissa is odd, or zero with exponent 0,
/// so equal values are equal structurally.
#[derive(Clone, Debug, PartialEq)]
pub struct BigFloat {
    pub mant: BigInt,
    pub exp: i64,
}

/// An operation's result was too large for the exponent range (big.Float's ±Inf).
#[derive(Debug, PartialEq, Eq)]
pub struct Overflow;

impl BigFloat {
    pub fn zero() -> BigFloat {
        BigFloat {
            mant: BigInt::zero(),
            exp: 0,
        }
    }

    pub fn is_zero(&self) -> bool {
        self.mant.is_zero()
    }

    pub fn is_negative(&self) -> bool {
        self.mant.is_negative()
    }

    /// The exponent of the value written 0.1xxx₂ × 2^top (big.Float's `MantExp`); 0 for zero.
    pub fn top(&self) -> i64 {
        if self.is_zero() {
            0
        } else {
            self.exp + self.mant.bits() as i64
        }
    }

    pub fn neg(&self) -> BigFloat {
        BigFloat {
            mant: -&self.mant,
            exp: self.exp,
        }
    }

    /// The integer `m` (times 2^exp) rounded to `prec` bits.
    pub fn from_int(m: &BigInt, exp: i64, prec: u64) -> Result<BigFloat, Overflow> {
        round(m.is_negative(), m.magnitude().clone(), exp, false, prec)
    }

    /// n/d (d ≠ 0) correctly rounded to `prec` bits (big.Float's `SetRat`).
    pub fn from_ratio(n: &BigInt, d: &BigInt, prec: u64) -> Result<BigFloat, Overflow> {
        let neg = n.is_negative() != d.is_negative();
        quo_mag(neg, n.magnitude(), 0, d.magnitude(), 0, prec)
    }

    pub fn mul(&self, y: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        let neg = self.is_negative() != y.is_negative();
        let m = self.mant.magnitude() * y.mant.magnitude();
        round(neg, m, self.exp + y.exp, false, prec)
    }

    /// self / y for a nonzero y.
    pub fn quo(&self, y: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        let neg = self.is_negative() != y.is_negative();
        quo_mag(
            neg,
            self.mant.magnitude(),
            self.exp,
            y.mant.magnitude(),
            y.exp,
            prec,
        )
    }

    pub fn add(&self, y: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        if y.is_zero() {
            return round(
                self.is_negative(),
                self.mant.magnitude().clone(),
                self.exp,
                false,
                prec,
            );
        }
        if self.is_zero() {
            return y.add(self, prec);
        }
        let (hi, lo) = if self.top() >= y.top() {
            (self, y)
        } else {
            (y, self)
        };
        // An operand entirely below the last of prec + 4 bits of the other only decides the
        // rounding: it is kept as a sticky bit (hi ± ε with 0 < ε < 2^e) instead of aligning
        // mantissas across a huge exponent gap.
        let e = hi.exp.min(hi.top() - (prec as i64 + 4));
        if e > lo.top() {
            let m = hi.mant.magnitude() << (hi.exp - e) as usize;
            let m = if hi.is_negative() == lo.is_negative() {
                m
            } else {
                m - 1u32
            };
            return round(hi.is_negative(), m, e, true, prec);
        }
        // Otherwise the exponents differ by at most the mantissas' lengths plus prec + 4.
        let e = hi.exp.min(lo.exp);
        let sum = (&hi.mant << (hi.exp - e) as usize) + (&lo.mant << (lo.exp - e) as usize);
        round(sum.is_negative(), sum.magnitude().clone(), e, false, prec)
    }

    pub fn sub(&self, y: &BigFloat, prec: u64) -> Result<BigFloat, Overflow> {
        self.add(&y.neg(), prec)
    }

    pub fn cmp_value(&self, y: &BigFloat) -> std::cmp::Ordering {
        use std::cmp::Ordering::*;
        let (sx, sy) = (self.mant.sign(), y.mant.sign());
        if sx != sy {
            let rank = |s: Sign| match s {
                Sign::Minus => 0,
                Sign::NoSign => 1,
                Sign::Plus => 2,
            };
            return rank(sx).cmp(&rank(sy));
        }
        if sx == Sign::NoSign {
            return Equal;
        }
        let mag = match self.top().cmp(&y.top()) {
            Equal => {
                // Same top exponent: the mantissas align within their own lengths.
                let e = self.exp.min(y.exp);
                let a = self.mant.magnitude() << (self.exp - e) as usize;
                let b = y.mant.magnitude() << (y.exp - e) as usize;
                a.cmp(&b)
            }
            o => o,
        };
        if sx == Sign::Minus {
            mag.reverse()
        } else {
            mag
        }
    }

    /// The value as an exact fraction (numerator, denominator), when its exponent lies within
    /// ±`max_exp` (so the fraction stays small); `None` otherwise.
    pub fn to_ratio(&self, max_exp: i64) -> Option<(BigInt, BigInt)> {
        if self.exp.abs() > max_exp {
            return None;
        }
        Some(if self.exp >= 0 {
            (&self.mant << self.exp as usize, BigInt::one())
        } else {
            (self.mant.clone(), BigInt::one() << (-self.exp) as usize)
        })
    }

    /// The value as an integer if it is one (`None` for a fraction, or one too large to build
    /// when its exponent is past ±`max_exp`).
    pub fn to_int_exact(&self, max_exp: i64) -> Option<BigInt> {
        if self.exp < 0 {
            return None;
        }
        let (n, _) = self.to_ratio(max_exp)?;
        Some(n)
    }

    /// The value rounded to `prec` bits toward zero (`away` false) or away from zero.
    pub fn round_dir(&self, prec: u64, away: bool) -> BigFloat {
        let bits = self.mant.bits();
        if bits <= prec {
            return self.clone();
        }
        let k = bits - prec;
        let mag = self.mant.magnitude();
        let mut m = mag >> k as usize;
        if away && (&m << k as usize) != *mag {
            m += 1u32;
        }
        normalize(self.is_negative(), m, self.exp + k as i64)
    }
}

/// a·2^ea / (b·2^eb) for magnitudes a, b (b ≠ 0), correctly rounded to `prec` bits.
fn quo_mag(
    neg: bool,
    a: &BigUint,
    ea: i64,
    b: &BigUint,
    eb: i64,
    prec: u64,
) -> Result<BigFloat, Overflow> {
    if a.is_zero() {
        return Ok(BigFloat::zero());
    }
    // At least prec + 2 quotient bits, the rest of the remainder as a sticky bit.
    let s = (prec as i64 + 2 + b.bits() as i64 - a.bits() as i64).max(0) as usize;
    let n = a << s;
    let q = &n / b;
    let sticky = &q * b != n;
    round(neg, q, ea - eb - s as i64, sticky, prec)
}

/// Round ±mag·2^exp to `prec` bits, ties to even. `sticky`: the exact value is a little more
/// than mag·2^exp (less than one unit of mag's last bit). Overflow past [`MAX_EXP`] fails;
/// underflow below [`MIN_EXP`] gives zero, as in big.Float.
fn round(
    neg: bool,
    mut mag: BigUint,
    mut exp: i64,
    sticky: bool,
    prec: u64,
) -> Result<BigFloat, Overflow> {
    if mag.is_zero() {
        return Ok(BigFloat::zero());
    }
    if sticky && mag.bits() < prec + 2 {
        // Room below the last kept bit, so the sticky part lies under the rounding bit.
        let s = prec + 2 - mag.bits();
        mag <<= s as usize;
        exp -= s as i64;
    }
    let bits = mag.bits();
    let m = if bits > prec {
        let k = bits - prec;
        let m = &mag >> k as usize;
        let rem = &mag - (&m << k as usize);
        let half = BigUint::one() << (k - 1) as usize;
        exp += k as i64;
        let up = rem > half || (rem == half && (sticky || m.bit(0)));
        if up {
            m + 1u32
        } else {
            m
        }
    } else {
        mag
    };
    let f = normalize(neg, m, exp);
    if f.top() > MAX_EXP {
        return Err(Overflow);
    }
    if f.top() < MIN_EXP {
        return Ok(BigFloat::zero());
    }
    Ok(f)
}

fn normalize(neg: bool, mut m: BigUint, mut exp: i64) -> BigFloat {
    if m.is_zero() {
        return BigFloat::zero();
    }
    let tz = m.trailing_zeros().unwrap_or(0);
    m >>= tz as usize;
    exp += tz as i64;
    let sign = if neg { Sign::Minus } else { Sign::Plus };
    BigFloat {
        mant: BigInt::from_biguint(sign, m),
        exp,
    }
}

/// The powers of five that fit a uint64 (math/big's `pow5tab` ends at 5^27).
const POW5_TAB_MAX: u64 = 27;

/// 5^n as math/big's `Float.pow5` computes it for a receiver of precision `prec`: repeated
/// squaring of a factor kept at prec + 64 bits, the product rounded to prec bits at each
/// step. `Err`: it overflows (big.Float's +Inf).
fn pow5(n: u64, prec: u64) -> Result<BigFloat, Overflow> {
    let five = BigUint::from(5u32);
    if n <= POW5_TAB_MAX {
        return round(false, five.pow(n as u32), 0, false, prec);
    }
    let mut z = round(false, five.pow(POW5_TAB_MAX as u32), 0, false, prec);
    let mut n = n - POW5_TAB_MAX;
    let fprec = prec + 64;
    // Inf stays Inf; an infinite factor left unused after the last step does no harm.
    let mut f = round(false, five, 0, false, fprec);
    while n > 0 {
        if n & 1 != 0 {
            z = match (&z, &f) {
                (Ok(z), Ok(f)) => z.mul(f, prec),
                _ => Err(Overflow),
            };
        }
        f = match &f {
            Ok(f) => f.mul(f, fprec),
            Err(_) => Err(Overflow),
        };
        n >>= 1;
    }
    z
}

/// What `big.Float.SetString` gives for a literal with mantissa digits `mant`, scaled by
/// 2^exp2 · 5^exp5 (a decimal literal's exponent and fraction digits count in both, a
/// hexadecimal one's in exp2 only), at precision `prec`. `None`: the literal is rejected
/// (its binary exponent is out of range); `Some(Err)`: it overflows to infinity.
pub fn scan(mant: &BigUint, exp2: i64, exp5: i64, prec: u64) -> Option<Result<BigFloat, Overflow>> {
    if mant.is_zero() {
        return Some(Ok(BigFloat::zero()));
    }
    let top = exp2.checked_add(mant.bits() as i64)?;
    if !(MIN_EXP..=MAX_EXP).contains(&top) {
        return None;
    }
    let z = BigFloat {
        mant: BigInt::from(mant.clone()),
        exp: exp2,
    };
    if exp5 == 0 {
        return Some(round(false, mant.clone(), exp2, false, prec));
    }
    // big.Float: `p := new(Float).SetPrec(z.Prec() + 64)` holds the power of five.
    let p = pow5(exp5.unsigned_abs(), prec + 64);
    Some(match p {
        Ok(p) if exp5 < 0 => z.quo(&p, prec),
        Ok(p) => z.mul(&p, prec),
        // A finite value divided by +Inf is zero; multiplied, it is infinite.
        Err(_) if exp5 < 0 => Ok(BigFloat::zero()),
        Err(_) => Err(Overflow),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(m: i64, e: i64) -> BigFloat {
        BigFloat::from_int(&BigInt::from(m), e, 512).unwrap()
    }

    #[test]
    fn rounding_ties_to_even() {
        // 4 bits: 0b10011 (19) -> 0b1010·2 (20) (tie, rounds to even); 0b10001 (17) -> 16.
        assert_eq!(f(19, 0).round_dir(64, false), f(19, 0));
        let r = BigFloat::from_int(&BigInt::from(19), 0, 4).unwrap();
        assert_eq!(r, f(20, 0));
        let r = BigFloat::from_int(&BigInt::from(17), 0, 4).unwrap();
        assert_eq!(r, f(16, 0));
        let r = BigFloat::from_int(&BigInt::from(-27), 0, 4).unwrap();
        assert_eq!(r, f(-28, 0));
    }

    #[test]
    fn arithmetic() {
        let third = f(1, 0).quo(&f(3, 0), 512).unwrap();
        let one = third.mul(&f(3, 0), 512).unwrap();
        assert_eq!(one, f(1, 0));
        assert_eq!(f(3, 0).sub(&f(5, 0), 512).unwrap(), f(-2, 0));
        // A huge exponent gap: the small operand only rounds.
        let big = f(1, 1 << 30);
        assert_eq!(big.add(&f(1, 0), 512).unwrap(), big);
        assert_eq!(big.sub(&f(1, 0), 512).unwrap(), big);
        assert_eq!(
            big.cmp_value(&big.add(&f(1, 0), 4096).unwrap()),
            std::cmp::Ordering::Equal
        );
        assert_eq!(f(-1, 0).cmp_value(&f(1, -5)), std::cmp::Ordering::Less);
        assert_eq!(f(3, 10).cmp_value(&f(1, 11)), std::cmp::Ordering::Greater);
        assert!(f(1, MAX_EXP - 1).mul(&f(1, 10), 512).is_err());
        assert!(f(1, MIN_EXP + 1).mul(&f(1, -10), 512).unwrap().is_zero());
    }

    #[test]
    fn scan_like_go() {
        let one = BigUint::one();
        // 1e10 is exact; 1e-5000 and 1e646456992 are not, and overflow past that.
        assert_eq!(
            scan(&one, 10, 10, 512).unwrap().unwrap(),
            f(10_000_000_000, 0)
        );
        assert!(scan(&one, 646456992, 646456992, 512).unwrap().is_ok());
        assert!(scan(&one, 646456993, 646456993, 512).unwrap().is_err());
        assert!(scan(&one, -1886451601, -1886451601, 512)
            .unwrap()
            .unwrap()
            .is_zero());
        assert!(scan(&one, -3000000000, -3000000000, 512).is_none());
    }
}
