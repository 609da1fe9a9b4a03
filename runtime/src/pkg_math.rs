//! Go's math package functions that have no Cranelift instruction, bit-for-bit as Go 1.19
//! computes them on linux/amd64 (the platform deferc targets).
//!
//! On amd64 Go uses assembly for Exp (exp_amd64.s, with an FMA variant chosen at run time by
//! CPU features), Log (log_amd64.s) and Hypot (hypot_amd64.s); those are transcribed
//! instruction by instruction. Pow, Sin, Cos, Tan, Cbrt, Mod, Log2, Log10, Frexp, Ldexp, Modf,
//! Round and RoundToEven are ports of Go's pure-Go code (Go's amd64 compiler does not fuse
//! multiply-adds, and neither does Rust, so the same operations round the same way). Floor,
//! Ceil and Trunc are exact operations; Rust's give the same results (including -0) as Go's
//! SSE assembly. Go's constant expressions (4/Pi, 1/Ln10, ...) are exact then rounded once, so
//! they appear here as bit patterns, not as Rust divisions that would round twice.
//!
//! Go's NaN() has its own bit pattern (0x7FF8000000000001); functions that return NaN() in Go
//! return exactly that, so math.Float64bits of a result matches too.

// The constants are Go's decimal literals copied verbatim (they parse to the same float64s),
// so they can be compared with Go's source at a glance.
#![allow(clippy::excessive_precision, clippy::approx_constant)]

/// math.NaN()'s bits.
const UVNAN: u64 = 0x7FF8_0000_0000_0001;
const MASK: u64 = 0x7FF;
const SHIFT: u32 = 52;
const BIAS: i64 = 1023;
const SIGN_MASK: u64 = 1 << 63;
const FRAC_MASK: u64 = (1 << SHIFT) - 1;
const UVONE: u64 = 0x3FF0_0000_0000_0000;

fn nan() -> f64 {
    f64::from_bits(UVNAN)
}

fn is_inf(f: f64, sign: i64) -> bool {
    sign >= 0 && f > f64::MAX || sign <= 0 && f < -f64::MAX
}

/// normalize: a subnormal x scaled into the normal range, and the power of two taken out.
fn normalize(x: f64) -> (f64, i64) {
    const SMALLEST_NORMAL: f64 = 2.2250738585072014e-308;
    if x.abs() < SMALLEST_NORMAL {
        return (x * (1u64 << 52) as f64, -52);
    }
    (x, 0)
}

/// math.Frexp: frac in [½, 1) and exp with f == frac × 2^exp.
pub fn frexp(f: f64) -> (f64, i64) {
    if f == 0.0 || f.is_infinite() || f.is_nan() {
        return (f, 0);
    }
    let (f, mut exp) = normalize(f);
    let mut x = f.to_bits();
    exp += ((x >> SHIFT) & MASK) as i64 - BIAS + 1;
    x &= !(MASK << SHIFT);
    x |= ((-1 + BIAS) as u64) << SHIFT;
    (f64::from_bits(x), exp)
}

/// math.Ldexp: frac × 2^exp.
pub fn ldexp(frac: f64, exp: i64) -> f64 {
    if frac == 0.0 || frac.is_infinite() || frac.is_nan() {
        return frac;
    }
    let (frac, e) = normalize(frac);
    let mut exp = exp.saturating_add(e);
    let mut x = frac.to_bits();
    exp = exp.saturating_add(((x >> SHIFT) & MASK) as i64 - BIAS);
    if exp < -1075 {
        return 0.0f64.copysign(frac); // underflow
    }
    if exp > 1023 {
        return if frac < 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
    }
    let mut m = 1.0;
    if exp < -1022 {
        // Denormal: build 2^53 times the result, then scale (a second rounding, as in Go).
        exp += 53;
        m = 1.0 / (1u64 << 53) as f64;
    }
    x &= !(MASK << SHIFT);
    x |= ((exp + BIAS) as u64) << SHIFT;
    m * f64::from_bits(x)
}

/// math.Modf: integer and fractional parts with the sign of f.
pub fn modf(f: f64) -> (f64, f64) {
    if f < 1.0 {
        if f < 0.0 {
            let (i, fr) = modf(-f);
            return (-i, -fr);
        }
        if f == 0.0 {
            return (f, f);
        }
        return (0.0, f);
    }
    let mut x = f.to_bits();
    let e = ((x >> SHIFT) & MASK) as i64 - BIAS;
    // Keep only the integer bits of the mantissa.
    if e < 64 - 12 {
        x &= !((1u64 << (64 - 12 - e)) - 1);
    }
    let i = f64::from_bits(x);
    (i, f - i)
}

// ---------------------------------------------------------------------------------------------
// Exp (exp_amd64.s)

/// Whether Go's exp_amd64.s takes its FMA path: `useFMA = cpu.X86.HasAVX && cpu.X86.HasFMA`.
/// Every aarch64 CPU has fused multiply-add, and Go's exp_arm64.s fuses too: there the FMA
/// path gives the results Go's amd64 build gives on a current x86-64 machine (where the
/// conformance goldens come from), so the two targets agree.
fn use_fma() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("avx") && std::arch::is_x86_feature_detected!("fma")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        true
    }
}

/// math.Exp as Go's amd64 assembly computes it (Shibata's method: reduce by ln 2, a Taylor
/// series on x/16, square four times).
pub fn exp(x: f64) -> f64 {
    exp_with(x, use_fma())
}

/// `exp` with the FMA path chosen by the caller (tests check both).
pub fn exp_with(x: f64, fma: bool) -> f64 {
    const LOG2E: f64 = 1.4426950408889634073599246810018920;
    const LN2U: f64 = 0.69314718055966295651160180568695068359375;
    const LN2L: f64 = 0.28235290563031577122588448175013436025525412068e-12;
    const OVERFLOW: f64 = 7.09782712893384e+02;
    const T: [f64; 9] = [
        0.5,
        1.0,
        2.0,
        1.6666666666666666667e-1,
        4.1666666666666666667e-2,
        8.3333333333333333333e-3,
        1.3888888888888888889e-3,
        1.9841269841269841270e-4,
        2.4801587301587301587e-5,
    ];
    let bits = x.to_bits();
    if bits & !SIGN_MASK >= 0x7FF0_0000_0000_0000 {
        // -Inf gives 0; NaN and +Inf are returned as they are.
        return if bits == 0xFFF0_0000_0000_0000 {
            0.0
        } else {
            x
        };
    }
    if x > OVERFLOW {
        return f64::INFINITY;
    }
    // CVTSD2SL: round to nearest even; out-of-range values (only very negative x here)
    // become i32::MIN on x86, as Rust's saturating cast does.
    let mut bx = (LOG2E * x).round_ties_even() as i32;
    let k = bx as f64;
    let mut x0 = x;
    if fma {
        x0 = (-k).mul_add(LN2U, x0);
        x0 = (-k).mul_add(LN2L, x0);
        x0 *= 0.0625;
        let mut x1 = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            x1 = x1.mul_add(x0, c);
        }
        x0 *= x1;
        for _ in 0..3 {
            let x1 = x0 + T[2];
            x0 *= x1;
        }
        let x1 = x0 + T[2];
        x0 = x1.mul_add(x0, T[1]);
    } else {
        x0 -= k * LN2U;
        x0 -= k * LN2L;
        x0 *= 0.0625;
        let mut x1 = T[8];
        for c in [T[7], T[6], T[5], T[4], T[3], T[0], T[1]] {
            x1 = x1 * x0 + c;
        }
        x0 *= x1;
        for _ in 0..4 {
            let x1 = T[2] + x0;
            x0 *= x1;
        }
        x0 += T[1];
    }
    // fr * 2**exponent
    bx = bx.wrapping_add(0x3FF);
    if bx <= 0 {
        if bx < -52 {
            return 0.0;
        }
        bx = bx.wrapping_add(0x3FE);
        x0 *= f64::from_bits((bx as u32 as u64) << 52);
        bx = 1;
    } else if bx >= 0x7FF {
        return f64::INFINITY;
    }
    x0 * f64::from_bits((bx as u32 as u64) << 52)
}

// ---------------------------------------------------------------------------------------------
// Log (log_amd64.s)

/// math.Log as Go's amd64 assembly computes it (FreeBSD's algorithm). The assembly takes the
/// exponent field as is, so subnormal inputs get Go's (inexact) amd64 answer too.
pub fn log(x: f64) -> f64 {
    const HSQRT2: f64 = 7.07106781186547524401e-01;
    const LN2HI: f64 = 6.93147180369123816490e-01;
    const LN2LO: f64 = 1.90821492927058770002e-10;
    const L1: f64 = 6.666666666666735130e-01;
    const L2: f64 = 3.999999999940941908e-01;
    const L3: f64 = 2.857142874366239149e-01;
    const L4: f64 = 2.222219843214978396e-01;
    const L5: f64 = 1.818357216161805012e-01;
    const L6: f64 = 1.531383769920937332e-01;
    const L7: f64 = 1.479819860511658591e-01;
    let bits = x.to_bits();
    if bits & !SIGN_MASK == 0 {
        return f64::NEG_INFINITY;
    }
    if (bits as i64) < 0 {
        return nan();
    }
    if bits >= 0x7FF0_0000_0000_0000 {
        return x; // +Inf or NaN
    }
    let mut f1 = f64::from_bits((bits & 0x000F_FFFF_FFFF_FFFF) | 0x3FE0_0000_0000_0000);
    let mut k = (((bits >> 52) & 0x7FF) as i32 - 0x3FE) as f64;
    // CMPSD not-less-than: the assembly adjusts when f1 <= Sqrt2/2 (Go's pure code: <).
    let adj = if f1 <= HSQRT2 { 1.0 } else { 0.0 };
    k -= adj;
    f1 *= adj + 1.0;
    let f = f1 - 1.0;
    let s = f / (2.0 + f);
    let s2 = s * s;
    let s4 = s2 * s2;
    let t1 = s2 * (((L7 * s4 + L5) * s4 + L3) * s4 + L1);
    let t2 = s4 * ((L6 * s4 + L4) * s4 + L2);
    let r = t1 + t2;
    let hfsq = 0.5 * f * f;
    k * LN2HI - ((hfsq - (s * (hfsq + r) + k * LN2LO)) - f)
}

/// math.Log10: Log(x) * (1/Ln10), the constant rounded once.
pub fn log10(x: f64) -> f64 {
    const INV_LN10: u64 = 0x3FDB_CB7B_1526_E50E;
    log(x) * f64::from_bits(INV_LN10)
}

/// math.Log2: exact for powers of two, else Log(frac)*(1/Ln2) + exp.
pub fn log2(x: f64) -> f64 {
    const INV_LN2: u64 = 0x3FF7_1547_652B_82FE;
    let (frac, exp) = frexp(x);
    // Make sure exact powers of two give an exact answer.
    if frac == 0.5 {
        return (exp - 1) as f64;
    }
    log(frac) * f64::from_bits(INV_LN2) + exp as f64
}

// ---------------------------------------------------------------------------------------------
// Pow (pow.go)

/// Go's int64(f) on amd64 (CVTTSD2SQ): truncation, and 0x8000000000000000 for NaN and
/// out-of-range values (NaN is outside every range) (Rust's `as` saturates instead, which makes 2^63-1: odd).
fn go_int64(f: f64) -> i64 {
    if !(-9.223372036854775808e18..9.223372036854775808e18).contains(&f) {
        i64::MIN
    } else {
        f as i64
    }
}

fn is_odd_int(x: f64) -> bool {
    let (xi, xf) = modf(x);
    xf == 0.0 && go_int64(xi) & 1 == 1
}

/// math.Pow (pure Go on amd64).
pub fn pow(x: f64, y: f64) -> f64 {
    pow_with(x, y, use_fma())
}

/// `pow` with Exp's FMA path chosen by the caller (tests check both).
pub fn pow_with(x: f64, y: f64, fma: bool) -> f64 {
    if y == 0.0 || x == 1.0 {
        return 1.0;
    }
    if y == 1.0 {
        return x;
    }
    if x.is_nan() || y.is_nan() {
        return nan();
    }
    if x == 0.0 {
        if y < 0.0 {
            if is_odd_int(y) {
                return f64::INFINITY.copysign(x);
            }
            return f64::INFINITY;
        }
        if y > 0.0 {
            if is_odd_int(y) {
                return x;
            }
            return 0.0;
        }
    } else if y.is_infinite() {
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == is_inf(y, 1) {
            return 0.0;
        }
        return f64::INFINITY;
    } else if x.is_infinite() {
        if is_inf(x, -1) {
            return pow_with(1.0 / x, -y, fma); // Pow(-0, -y)
        }
        if y < 0.0 {
            return 0.0;
        }
        if y > 0.0 {
            return f64::INFINITY;
        }
    } else if y == 0.5 {
        return x.sqrt();
    } else if y == -0.5 {
        return 1.0 / x.sqrt();
    }

    let (mut yi, mut yf) = modf(y.abs());
    if yf != 0.0 && x < 0.0 {
        return nan();
    }
    if yi >= 9.223372036854775808e18 {
        // yi is a large even int that will lead to overflow (or underflow to 0) for all x
        // except -1 (x == 1 was handled earlier).
        if x == -1.0 {
            return 1.0;
        }
        if (x.abs() < 1.0) == (y > 0.0) {
            return 0.0;
        }
        return f64::INFINITY;
    }

    // ans = a1 * 2**ae (= 1 for now).
    let mut a1 = 1.0;
    let mut ae: i64 = 0;

    // ans *= x**yf
    if yf != 0.0 {
        if yf > 0.5 {
            yf -= 1.0;
            yi += 1.0;
        }
        a1 = exp_with(yf * log(x), fma);
    }

    // ans *= x**yi by repeated squaring, tracking the exponent separately to avoid overflow.
    let (mut x1, mut xe) = frexp(x);
    let mut i = yi as i64;
    while i != 0 {
        if !(-(1 << 12)..=(1 << 12)).contains(&xe) {
            // Catastrophic overflow: let Ldexp below handle it.
            ae += xe;
            break;
        }
        if i & 1 == 1 {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe <<= 1;
        if x1 < 0.5 {
            x1 += x1;
            xe -= 1;
        }
        i >>= 1;
    }

    // ans = a1 * 2**ae; if y < 0 { ans = 1 / ans } but in the opposite order.
    if y < 0.0 {
        a1 = 1.0 / a1;
        ae = -ae;
    }
    ldexp(a1, ae)
}

// ---------------------------------------------------------------------------------------------
// Sin, Cos, Tan (sin.go, tan.go, trig_reduce.go)

const SIN: [f64; 6] = [
    1.58962301576546568060e-10,
    -2.50507477628578072866e-8,
    2.75573136213857245213e-6,
    -1.98412698295895385996e-4,
    8.33333333332211858878e-3,
    -1.66666666666666307295e-1,
];
const COS: [f64; 6] = [
    -1.13585365213876817300e-11,
    2.08757008419747316778e-9,
    -2.75573141792967388112e-7,
    2.48015872888517045348e-5,
    -1.38888888888730564116e-3,
    4.16666666666665929218e-2,
];
/// Pi/4 split into three parts for extended-precision reduction.
const PI4A: f64 = 7.85398125648498535156e-1;
const PI4B: f64 = 3.77489470793079817668e-8;
const PI4C: f64 = 2.69515142907905952645e-15;
/// Go's constant 4/Pi rounded once to float64.
const FOUR_OVER_PI: u64 = 0x3FF4_5F30_6DC9_C883;
/// Beyond this, Cody-Waite reduction loses precision and Payne-Hanek (trig_reduce) is used.
const REDUCE_THRESHOLD: f64 = (1u64 << 29) as f64;

/// 4/Pi in binary, 1217 bits (Payne-Hanek reduction table).
const M_PI4: [u64; 20] = [
    0x0000000000000001,
    0x45f306dc9c882a53,
    0xf84eafa3ea69bb81,
    0xb6c52b3278872083,
    0xfca2c757bd778ac3,
    0x6e48dc74849ba5c0,
    0x0c925dd413a32439,
    0xfc3bd63962534e7d,
    0xd1046bea5d768909,
    0xd338e04d68befc82,
    0x7323ac7306a673e9,
    0x3908bf177bf25076,
    0x3ff12fffbc0b301f,
    0xde5e2316b414da3e,
    0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a,
    0xea4f758fd7cbe2f6,
    0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10,
    0xac06608df8f6d757,
];

/// trigReduce: (octant j, remainder z) of x >= REDUCE_THRESHOLD modulo Pi/4 (Payne-Hanek).
fn trig_reduce(x: f64) -> (u64, f64) {
    const PI4: f64 = std::f64::consts::FRAC_PI_4;
    if x < PI4 {
        return (0, x);
    }
    // Extract out the integer and exponent such that x = ix * 2 ** exp.
    let mut ix = x.to_bits();
    let exp = ((ix >> SHIFT) & MASK) as i64 - BIAS - SHIFT as i64;
    ix &= !(MASK << SHIFT);
    ix |= 1 << SHIFT;
    // Use the exponent to extract the 3 appropriate uint64 digits from mPi4.
    let digit = ((exp + 61) as u64 / 64) as usize;
    let bitshift = ((exp + 61) as u64 % 64) as u32;
    // Go's shifts by 64 give 0; Rust's would overflow, hence checked_shr.
    let hi_part = |w: u64| w.checked_shr(64 - bitshift).unwrap_or(0);
    let z0 = (M_PI4[digit] << bitshift) | hi_part(M_PI4[digit + 1]);
    let z1 = (M_PI4[digit + 1] << bitshift) | hi_part(M_PI4[digit + 2]);
    let z2 = (M_PI4[digit + 2] << bitshift) | hi_part(M_PI4[digit + 3]);
    // Multiply mantissa by the digits and extract the upper two digits (hi, lo).
    let z2hi = ((z2 as u128 * ix as u128) >> 64) as u64;
    let z1full = z1 as u128 * ix as u128;
    let (z1hi, z1lo) = ((z1full >> 64) as u64, z1full as u64);
    let z0lo = z0.wrapping_mul(ix);
    let (lo, c) = z1lo.overflowing_add(z2hi);
    let hi = z0lo.wrapping_add(z1hi).wrapping_add(c as u64);
    // The top 3 bits of hi give j.
    let mut j = hi >> 61;
    // Extract the fraction and find its magnitude.
    let hi = (hi << 3) | (lo >> 61);
    let lz = hi.leading_zeros();
    let e = (BIAS as u64).wrapping_sub(lz as u64 + 1);
    // Clear implicit mantissa bit and shift into place.
    let mut hi = hi.checked_shl(lz + 1).unwrap_or(0) | lo.checked_shr(64 - (lz + 1)).unwrap_or(0);
    hi >>= 64 - SHIFT;
    // Include the exponent and convert to a float.
    hi |= e << SHIFT;
    let mut z = f64::from_bits(hi);
    // Map zeros to origin.
    if j & 1 == 1 {
        j += 1;
        j &= 7;
        z -= 1.0;
    }
    // Multiply the fractional part by pi/4.
    (j, z * PI4)
}

/// Cody-Waite reduction of 0 <= x < REDUCE_THRESHOLD: (j, z) with odd octants mapped up.
fn reduce_small(x: f64) -> (u64, f64) {
    let mut j = (x * f64::from_bits(FOUR_OVER_PI)) as u64;
    let mut y = j as f64;
    if j & 1 == 1 {
        j += 1;
        y += 1.0;
    }
    (j, ((x - y * PI4A) - y * PI4B) - y * PI4C)
}

fn sin_poly(z: f64, zz: f64) -> f64 {
    z + z
        * zz
        * (((((SIN[0] * zz + SIN[1]) * zz + SIN[2]) * zz + SIN[3]) * zz + SIN[4]) * zz + SIN[5])
}

fn cos_poly(zz: f64) -> f64 {
    1.0 - 0.5 * zz
        + zz * zz
            * (((((COS[0] * zz + COS[1]) * zz + COS[2]) * zz + COS[3]) * zz + COS[4]) * zz + COS[5])
}

/// math.Cos (pure Go on amd64).
pub fn cos(x: f64) -> f64 {
    if x.is_nan() || x.is_infinite() {
        return nan();
    }
    let mut sign = false;
    let x = x.abs();
    let (mut j, z) = if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        let (j, z) = reduce_small(x);
        (j & 7, z)
    };
    if j > 3 {
        j -= 4;
        sign = !sign;
    }
    if j > 1 {
        sign = !sign;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        sin_poly(z, zz)
    } else {
        cos_poly(zz)
    };
    if sign {
        -y
    } else {
        y
    }
}

/// math.Sin (pure Go on amd64).
pub fn sin(x: f64) -> f64 {
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    let (mut j, z) = if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        let (j, z) = reduce_small(x);
        (j & 7, z)
    };
    if j > 3 {
        sign = !sign;
        j -= 4;
    }
    let zz = z * z;
    let y = if j == 1 || j == 2 {
        cos_poly(zz)
    } else {
        sin_poly(z, zz)
    };
    if sign {
        -y
    } else {
        y
    }
}

/// math.Tan (pure Go on amd64).
pub fn tan(x: f64) -> f64 {
    const TAN_P: [f64; 3] = [
        -1.30936939181383777646e4,
        1.15351664838587416140e6,
        -1.79565251976484877988e7,
    ];
    const TAN_Q: [f64; 5] = [
        1.0,
        1.36812963470692954678e4,
        -1.32089234440210967447e6,
        2.50083801823357915839e7,
        -5.38695755929454629881e7,
    ];
    if x == 0.0 || x.is_nan() {
        return x;
    }
    if x.is_infinite() {
        return nan();
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    // Unlike sin/cos, tan does not reduce the octant modulo 8 (only j&2 is used).
    let (j, z) = if x >= REDUCE_THRESHOLD {
        trig_reduce(x)
    } else {
        reduce_small(x)
    };
    let zz = z * z;
    let mut y = if zz > 1e-14 {
        z + z
            * (zz * ((TAN_P[0] * zz + TAN_P[1]) * zz + TAN_P[2])
                / ((((zz + TAN_Q[1]) * zz + TAN_Q[2]) * zz + TAN_Q[3]) * zz + TAN_Q[4]))
    } else {
        z
    };
    if j & 2 == 2 {
        y = -1.0 / y;
    }
    if sign {
        -y
    } else {
        y
    }
}

// ---------------------------------------------------------------------------------------------
// Mod, Hypot, Cbrt, rounding

/// math.Mod (pure Go on amd64): the exact remainder with the sign of x.
pub fn fmod(x: f64, y: f64) -> f64 {
    if y == 0.0 || x.is_infinite() || x.is_nan() || y.is_nan() {
        return nan();
    }
    let y = y.abs();
    let (yfr, yexp) = frexp(y);
    let mut r = if x < 0.0 { -x } else { x };
    while r >= y {
        let (rfr, mut rexp) = frexp(r);
        if rfr < yfr {
            rexp -= 1;
        }
        r -= ldexp(y, rexp - yexp);
    }
    if x < 0.0 {
        r = -r;
    }
    r
}

/// math.Hypot as Go's amd64 assembly computes it: max * sqrt(1 + (min/max)^2).
pub fn hypot(p: f64, q: f64) -> f64 {
    let pb = p.to_bits() & !SIGN_MASK;
    let qb = q.to_bits() & !SIGN_MASK;
    const POS_INF: u64 = 0x7FF0_0000_0000_0000;
    if pb >= POS_INF || qb >= POS_INF {
        if pb == POS_INF || qb == POS_INF {
            return f64::INFINITY;
        }
        return nan();
    }
    if pb | qb == 0 {
        return 0.0;
    }
    let (p, q) = (f64::from_bits(pb), f64::from_bits(qb));
    // MAXSD/MINSD of two non-NaN values.
    let (hi, lo) = if p > q { (p, q) } else { (q, p) };
    let r = lo / hi;
    hi * (r * r + 1.0).sqrt()
}

/// math.Cbrt (pure Go on amd64).
pub fn cbrt(x: f64) -> f64 {
    const B1: u64 = 715094163; // (682-0.03306235651)*2**20
    const B2: u64 = 696219795; // (664-0.03306235651)*2**20
    const C: f64 = 5.42857142857142815906e-01; // 19/35
    const D: f64 = -7.05306122448979611050e-01; // -864/1225
    const E: f64 = 1.41428571428571436819e+00; // 99/70
    const F: f64 = 1.60714285714285720630e+00; // 45/28
    const G: f64 = 3.57142857142857150787e-01; // 5/14
    const SMALLEST_NORMAL: f64 = 2.22507385850720138309e-308; // 2**-1022
    if x == 0.0 || x.is_nan() || x.is_infinite() {
        return x;
    }
    let mut sign = false;
    let mut x = x;
    if x < 0.0 {
        x = -x;
        sign = true;
    }
    // Rough cbrt to 5 bits.
    let mut t = f64::from_bits(x.to_bits() / 3 + (B1 << 32));
    if x < SMALLEST_NORMAL {
        // Subnormal number.
        t = (1u64 << 54) as f64;
        t *= x;
        t = f64::from_bits(t.to_bits() / 3 + (B2 << 32));
    }
    // New cbrt to 23 bits.
    let mut r = t * t / x;
    let mut s = C + r * t;
    t *= G + F / (s + E + D / s);
    // Chop to 22 bits, make larger than cbrt(x).
    t = f64::from_bits((t.to_bits() & (0xFFFFFFFFC << 28)) + (1 << 30));
    // One step Newton iteration to 53 bits with error less than 0.667ulps.
    s = t * t; // t*t is exact
    r = x / s;
    let w = t + t;
    r = (r - t) / (w + r); // r-s is exact
    t += t * r;
    if sign {
        t = -t;
    }
    t
}

/// math.Round: half away from zero (Go's bit manipulation).
pub fn round(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = ((bits >> SHIFT) & MASK) as u32;
    if (e as i64) < BIAS {
        // Round abs(x) < 1 including denormals.
        bits &= SIGN_MASK; // +-0
        if e as i64 == BIAS - 1 {
            bits |= UVONE; // +-1
        }
    } else if (e as i64) < BIAS + SHIFT as i64 {
        // Round any abs(x) >= 1 containing a fractional component [0,1).
        const HALF: u64 = 1 << (SHIFT - 1);
        let e = e - BIAS as u32;
        bits += HALF >> e;
        bits &= !(FRAC_MASK >> e);
    }
    f64::from_bits(bits)
}

/// math.RoundToEven: half to even (Go's bit manipulation).
pub fn round_to_even(x: f64) -> f64 {
    let mut bits = x.to_bits();
    let e = ((bits >> SHIFT) & MASK) as u32;
    if e as i64 >= BIAS {
        // Round abs(x) >= 1. Large numbers are integers already; the shifts below then
        // change nothing (Go's shifts by >= 64 give 0, hence the checked forms).
        const HALF_MINUS_ULP: u64 = (1 << (SHIFT - 1)) - 1;
        let e = e - BIAS as u32;
        let odd = bits.checked_shr(SHIFT.wrapping_sub(e)).unwrap_or(0) & 1;
        bits = bits.wrapping_add((HALF_MINUS_ULP + odd).checked_shr(e).unwrap_or(0));
        bits &= !FRAC_MASK.checked_shr(e).unwrap_or(0);
    } else if e as i64 == BIAS - 1 && bits & FRAC_MASK != 0 {
        // Round 0.5 < abs(x) < 1.
        bits = (bits & SIGN_MASK) | UVONE; // +-1
    } else {
        // Round abs(x) <= 0.5 including denormals.
        bits &= SIGN_MASK; // +-0
    }
    f64::from_bits(bits)
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// math.FMA(x, y, z): x*y + z rounded once (Rust's mul_add: the FMA instruction or libm's
/// fma, both exact before the one rounding, as Go's FMA is on every platform).
#[no_mangle]
pub extern "C" fn deferc_math_FMA(x: f64, y: f64, z: f64) -> f64 {
    x.mul_add(y, z)
}

/// math.Pow(x, y).
#[no_mangle]
pub extern "C" fn deferc_math_Pow(x: f64, y: f64) -> f64 {
    pow(x, y)
}

/// math.Exp(x).
#[no_mangle]
pub extern "C" fn deferc_math_Exp(x: f64) -> f64 {
    exp(x)
}

/// math.Log(x).
#[no_mangle]
pub extern "C" fn deferc_math_Log(x: f64) -> f64 {
    log(x)
}

/// math.Log2(x).
#[no_mangle]
pub extern "C" fn deferc_math_Log2(x: f64) -> f64 {
    log2(x)
}

/// math.Log10(x).
#[no_mangle]
pub extern "C" fn deferc_math_Log10(x: f64) -> f64 {
    log10(x)
}

/// math.Sin(x).
#[no_mangle]
pub extern "C" fn deferc_math_Sin(x: f64) -> f64 {
    sin(x)
}

/// math.Cos(x).
#[no_mangle]
pub extern "C" fn deferc_math_Cos(x: f64) -> f64 {
    cos(x)
}

/// math.Tan(x).
#[no_mangle]
pub extern "C" fn deferc_math_Tan(x: f64) -> f64 {
    tan(x)
}

/// math.Mod(x, y).
#[no_mangle]
pub extern "C" fn deferc_math_Mod(x: f64, y: f64) -> f64 {
    fmod(x, y)
}

/// math.Hypot(p, q).
#[no_mangle]
pub extern "C" fn deferc_math_Hypot(p: f64, q: f64) -> f64 {
    hypot(p, q)
}

/// math.Cbrt(x).
#[no_mangle]
pub extern "C" fn deferc_math_Cbrt(x: f64) -> f64 {
    cbrt(x)
}

/// math.Trunc(x).
#[no_mangle]
pub extern "C" fn deferc_math_Trunc(x: f64) -> f64 {
    x.trunc()
}

/// math.Floor(x).
#[no_mangle]
pub extern "C" fn deferc_math_Floor(x: f64) -> f64 {
    x.floor()
}

/// math.Ceil(x).
#[no_mangle]
pub extern "C" fn deferc_math_Ceil(x: f64) -> f64 {
    x.ceil()
}

/// math.Round(x).
#[no_mangle]
pub extern "C" fn deferc_math_Round(x: f64) -> f64 {
    round(x)
}

/// math.RoundToEven(x).
#[no_mangle]
pub extern "C" fn deferc_math_RoundToEven(x: f64) -> f64 {
    round_to_even(x)
}

/// math.Inf(sign): +Inf for sign >= 0, -Inf otherwise.
#[no_mangle]
pub extern "C" fn deferc_math_Inf(sign: i64) -> f64 {
    if sign >= 0 {
        f64::INFINITY
    } else {
        f64::NEG_INFINITY
    }
}

/// math.NaN(): Go's NaN bit pattern 0x7FF8000000000001.
#[no_mangle]
pub extern "C" fn deferc_math_NaN() -> f64 {
    nan()
}

/// math.IsNaN(f): 1 or 0.
#[no_mangle]
pub extern "C" fn deferc_math_IsNaN(f: f64) -> u8 {
    f.is_nan() as u8
}

/// math.IsInf(f, sign): sign > 0 tests +Inf, sign < 0 -Inf, 0 either.
#[no_mangle]
pub extern "C" fn deferc_math_IsInf(f: f64, sign: i64) -> u8 {
    is_inf(f, sign) as u8
}

/// math.Sqrt: IEEE square root (correctly rounded, as Go's).
#[no_mangle]
pub extern "C" fn deferc_math_Sqrt(x: f64) -> f64 {
    x.sqrt()
}

/// math.Abs: clears the sign bit (so Abs(-0) = 0 and Abs(NaN) is NaN), as Go's.
#[no_mangle]
pub extern "C" fn deferc_math_Abs(x: f64) -> f64 {
    f64::from_bits(x.to_bits() & !(1 << 63))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Go 1.19's results (runtime/tests/gen/math_cases.go) on a CPU with AVX and FMA.
    const CASES: &str = include_str!("../tests/data/math_cases.txt");
    /// The lines whose result differs when Go's Exp takes its non-FMA path
    /// (GODEBUG=cpu.fma=off); every other line is the same on both paths.
    const NOFMA: &str = include_str!("../tests/data/math_cases_nofma.txt");

    fn hex(s: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(s, 16).expect("hex float bits"))
    }

    /// Runs every case with Exp's FMA path `fma`, the expected results of `overrides`
    /// replacing those of CASES; returns the failures.
    fn check(fma: bool, overrides: &str) -> Vec<String> {
        let over: std::collections::HashMap<&str, &str> = overrides
            .lines()
            .filter_map(|l| l.rsplit_once("\t=>\t"))
            .collect();
        let mut failures = Vec::new();
        let mut n = 0;
        for line in CASES.lines().skip(1) {
            let Some((args, want)) = line.rsplit_once("\t=>\t") else {
                continue;
            };
            let want = over.get(args).copied().unwrap_or(want);
            let f: Vec<&str> = args.split('\t').collect();
            let x = hex(f[1]);
            let got = match f[0] {
                "Exp" => exp_with(x, fma),
                "Log" => log(x),
                "Log2" => log2(x),
                "Log10" => log10(x),
                "Sin" => sin(x),
                "Cos" => cos(x),
                "Tan" => tan(x),
                "Cbrt" => cbrt(x),
                "Trunc" => deferc_math_Trunc(x),
                "Floor" => deferc_math_Floor(x),
                "Ceil" => deferc_math_Ceil(x),
                "Round" => round(x),
                "RoundToEven" => round_to_even(x),
                "Pow" => pow_with(x, hex(f[2]), fma),
                "Mod" => fmod(x, hex(f[2])),
                "Hypot" => hypot(x, hex(f[2])),
                other => panic!("unknown function {other}"),
            };
            n += 1;
            if format!("{:016x}", got.to_bits()) != want {
                failures.push(format!("{args} => want {want} got {:016x}", got.to_bits()));
            }
        }
        assert!(n > 10_000, "only {n} cases");
        failures
    }

    #[test]
    fn matches_go_with_fma() {
        assert!(CASES.starts_with("fma\ttrue"));
        let f = check(true, "");
        assert!(
            f.is_empty(),
            "{} failures:\n{}",
            f.len(),
            f[..f.len().min(30)].join("\n")
        );
    }

    #[test]
    fn matches_go_without_fma() {
        let f = check(false, NOFMA);
        assert!(
            f.is_empty(),
            "{} failures:\n{}",
            f.len(),
            f[..f.len().min(30)].join("\n")
        );
    }

    // Go: math.Float64bits(math.NaN()) = 0x7ff8000000000001; math.IsInf(math.Inf(-1), -1),
    // math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(1), 0), math.IsNaN(math.NaN()) →
    // true false true true; math.Log(-1), math.Sin(math.Inf(1)), math.Mod(1, 0) are NaN()
    // with those same bits.
    #[test]
    fn inf_nan() {
        assert_eq!(deferc_math_NaN().to_bits(), 0x7ff8000000000001);
        assert_eq!(deferc_math_Inf(1), f64::INFINITY);
        assert_eq!(deferc_math_Inf(0), f64::INFINITY);
        assert_eq!(deferc_math_Inf(-3), f64::NEG_INFINITY);
        assert_eq!(deferc_math_IsInf(f64::NEG_INFINITY, -1), 1);
        assert_eq!(deferc_math_IsInf(f64::NEG_INFINITY, 1), 0);
        assert_eq!(deferc_math_IsInf(f64::INFINITY, 0), 1);
        assert_eq!(deferc_math_IsInf(1.0, 0), 0);
        assert_eq!(deferc_math_IsNaN(deferc_math_NaN()), 1);
        assert_eq!(deferc_math_IsNaN(1.0), 0);
        for v in [
            deferc_math_Log(-1.0),
            deferc_math_Sin(f64::INFINITY),
            deferc_math_Mod(1.0, 0.0),
        ] {
            assert_eq!(v.to_bits(), 0x7ff8000000000001);
        }
    }

    // Go: math.Pow(2, 10), math.Pow(2, 0.5), math.Exp(1), math.Log(10), math.Sin(1),
    // math.Cos(1), math.Tan(1), math.Mod(7, -3), math.Hypot(3, 4), math.Cbrt(27),
    // math.Round(-2.5), math.RoundToEven(-2.5), math.Floor(-0.5), math.Ceil(-0.5),
    // math.Trunc(-0.5), math.Log2(8), math.Log10(1000) printed with %v:
    // 1024 1.4142135623730951 2.718281828459045 2.302585092994046 0.8414709848078965
    // 0.5403023058681398 1.557407724654902 1 5 3 -3 -2 -1 -0 -0 3 3
    #[test]
    fn entry_points() {
        assert_eq!(deferc_math_Pow(2.0, 10.0), 1024.0);
        assert_eq!(deferc_math_Pow(2.0, 0.5), 1.4142135623730951);
        assert_eq!(deferc_math_Exp(1.0), 2.718281828459045);
        assert_eq!(deferc_math_Log(10.0), 2.302585092994046);
        assert_eq!(deferc_math_Sin(1.0), 0.8414709848078965);
        assert_eq!(deferc_math_Cos(1.0), 0.5403023058681398);
        assert_eq!(deferc_math_Tan(1.0), 1.557407724654902);
        assert_eq!(deferc_math_Mod(7.0, -3.0), 1.0);
        assert_eq!(deferc_math_Hypot(3.0, 4.0), 5.0);
        assert_eq!(deferc_math_Cbrt(27.0), 3.0);
        assert_eq!(deferc_math_Round(-2.5), -3.0);
        assert_eq!(deferc_math_RoundToEven(-2.5), -2.0);
        assert_eq!(deferc_math_Floor(-0.5), -1.0);
        assert_eq!(deferc_math_Ceil(-0.5).to_bits(), (-0.0f64).to_bits());
        assert_eq!(deferc_math_Trunc(-0.5).to_bits(), (-0.0f64).to_bits());
        assert_eq!(deferc_math_Log2(8.0), 3.0);
        assert_eq!(deferc_math_Log10(1000.0), 3.0);
    }
}
