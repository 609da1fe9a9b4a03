//! Complex division (Go's runtime/complex.go): the compiler lowers every `/` on complex numbers
//! to this, complex64 operands widened to complex128 and the quotient narrowed back.

/// A complex128 as the C ABI returns a pair of doubles (two float registers on x86-64 and
/// aarch64), which is how generated code reads the quotient.
#[repr(C)]
pub struct Complex128 {
    pub re: f64,
    pub im: f64,
}

/// (a+bi) / (c+di) by Smith's algorithm (Commun. ACM 5(8), 1962: divide through by the larger
/// of |c| and |d| so intermediate products neither overflow nor lose precision needlessly),
/// then, when both parts came out NaN, C99's rules (ISO/IEC 9899:1999 G.5.1) for the infinite
/// and zero cases: a nonzero number over zero is infinite, an infinity over a finite number is
/// infinite, a finite number over an infinity is zero. Division by zero never panics.
pub fn complex128div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let (mut e, mut f);
    if c.abs() >= d.abs() {
        let ratio = d / c;
        let denom = c + ratio * d;
        e = (a + b * ratio) / denom;
        f = (b - a * ratio) / denom;
    } else {
        let ratio = c / d;
        let denom = d + ratio * c;
        e = (a * ratio + b) / denom;
        f = (b * ratio - a) / denom;
    }
    if e.is_nan() && f.is_nan() {
        let inf = f64::INFINITY;
        // An infinite part as ±1 and a finite one as ±0, keeping the sign.
        let unit = |x: f64| (if x.is_infinite() { 1.0f64 } else { 0.0 }).copysign(x);
        if c == 0.0 && d == 0.0 && (!a.is_nan() || !b.is_nan()) {
            e = inf.copysign(c) * a;
            f = inf.copysign(c) * b;
        } else if (a.is_infinite() || b.is_infinite()) && c.is_finite() && d.is_finite() {
            let (a, b) = (unit(a), unit(b));
            e = inf * (a * c + b * d);
            f = inf * (b * c - a * d);
        } else if (c.is_infinite() || d.is_infinite()) && a.is_finite() && b.is_finite() {
            let (c, d) = (unit(c), unit(d));
            e = 0.0 * (a * c + b * d);
            f = 0.0 * (b * c - a * d);
        }
    }
    (e, f)
}

/// The quotient (a+bi) / (c+di) for generated code.
#[no_mangle]
pub extern "C" fn deferc_complex128div(a: f64, b: f64, c: f64, d: f64) -> Complex128 {
    let (re, im) = complex128div(a, b, c, d);
    Complex128 { re, im }
}

#[cfg(test)]
mod tests {
    use super::complex128div;

    #[test]
    fn finite_and_special_quotients() {
        // Expected values from Go 1.19.
        assert_eq!(complex128div(1.0, 2.0, 3.0, 4.0), (0.44, 0.08));
        let (e, f) = complex128div(1.0, 1.0, 0.0, 0.0);
        assert!(e.is_infinite() && e > 0.0 && f.is_infinite() && f > 0.0);
        let (e, f) = complex128div(-1.0, 0.0, -0.0, 0.0);
        assert!(e == f64::INFINITY && f.is_nan());
        let (e, f) = complex128div(0.0, 0.0, 0.0, 0.0);
        assert!(e.is_nan() && f.is_nan());
        let (e, f) = complex128div(f64::INFINITY, 0.0, 2.0, 1.0);
        assert!(e == f64::INFINITY && f == f64::NEG_INFINITY);
        let (e, f) = complex128div(1.0, 1.0, f64::INFINITY, f64::NAN);
        assert!(e == 0.0 && f == 0.0);
    }
}
