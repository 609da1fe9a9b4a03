//! What fmt's scanner (compiler/golib/fmt/scan.go) needs of reflection and of math: the kind
//! of the value an operand points to, the operand retyped as a pointer to the basic type of
//! that kind (Go's reflect.Value.SetInt and friends on a pointer to a named type), and
//! math.Ldexp for Go's decimal mantissas with a binary exponent ("1.5p3").

use crate::types::{Kind, Type};

/// `fmt.elemKind(p any) int`: the Kind (types::Kind numbering, which is reflect's) of what p
/// points to; Slice only for a slice whose elements are uint8s and 0 for any other slice and
/// for a nil pointer (Go's reflect path finds no settable value there); -1 when p is not a
/// pointer and -2 when p is nil.
///
/// # Safety
/// `typ` must be null or a descriptor emitted by the compiler.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_elemKind(typ: *const Type, data: *const u8) -> isize {
    let Some(t) = typ.as_ref() else {
        return -2;
    };
    if t.kind() != Kind::Pointer {
        return -1;
    }
    if data.is_null() {
        return 0;
    }
    let e = &*t.elem;
    match e.kind() {
        Kind::Slice if (*e.elem).kind() != Kind::Uint8 => 0,
        k => k as isize,
    }
}

/// `fmt.retype(p any, like any) any`: p's pointer with like's type. The scanner passes a `like`
/// of the same layout as p's (a pointer to the basic type underlying p's element type), so
/// storing through the result is storing into p's element.
#[no_mangle]
pub extern "C" fn deferc_fmt_retype(
    _ptyp: *const Type,
    pdata: *const u8,
    ltyp: *const Type,
    _ldata: *const u8,
) -> crate::types::Eface {
    crate::types::Eface {
        typ: ltyp,
        data: pdata,
    }
}

/// `fmt.ldexp(frac float64, exp int) float64`: frac × 2**exp, rounded once (as Go's
/// math.Ldexp: a subnormal result is one multiplication away from an exact normal value).
#[no_mangle]
pub extern "C" fn deferc_fmt_ldexp(frac: f64, exp: i64) -> f64 {
    ldexp(frac, exp)
}

fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    // Normalize a subnormal frac, then fold its binary exponent into exp.
    let (frac, mut exp) = if frac.abs() < f64::MIN_POSITIVE {
        (frac * (1u64 << 52) as f64, exp.saturating_sub(52))
    } else {
        (frac, exp)
    };
    let bits = frac.to_bits();
    exp = exp.saturating_add(((bits >> 52) & 0x7ff) as i64 - 1023);
    if exp < -1075 {
        return 0f64.copysign(frac);
    }
    if exp > 1023 {
        return f64::INFINITY.copysign(frac);
    }
    let mut m = 1.0;
    if exp < -1022 {
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    let bits = (bits & !(0x7ff << 52)) | (((exp + 1023) as u64) << 52);
    m * f64::from_bits(bits)
}

#[cfg(test)]
mod tests {
    use super::ldexp;

    #[test]
    fn ldexp_scales_and_rounds_once() {
        assert_eq!(ldexp(1.5, 3), 12.0);
        assert_eq!(ldexp(-3.0, -2), -0.75);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(-1.0, 1024), f64::NEG_INFINITY);
        assert_eq!(ldexp(1.0, -1074), f64::from_bits(1));
        assert_eq!(ldexp(1.0, -1076), 0.0);
        // 1.5 × 2^-1075 is 0.75 of the smallest subnormal: rounds up to it.
        assert_eq!(ldexp(1.5, -1075), f64::from_bits(1));
        assert_eq!(ldexp(f64::from_bits(1), 1074), 1.0);
        assert_eq!(ldexp(1.0, i64::MAX), f64::INFINITY);
        assert_eq!(ldexp(1.0, i64::MIN), 0.0);
        assert!(ldexp(f64::NAN, 3).is_nan());
    }
}
