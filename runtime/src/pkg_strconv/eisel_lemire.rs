//! The Eisel-Lemire algorithm (Go 1.19 strconv/eisel_lemire.go): man × 10^exp10 rounded
//! correctly from a 128-bit approximation, or None when the approximation cannot decide.

use super::eisel_lemire_table::DETAILED_POWERS_OF_TEN;

pub(super) const POW10_MIN_EXP10: i64 = -348;
pub(super) const POW10_MAX_EXP10: i64 = 347;

pub(super) fn mul64(a: u64, b: u64) -> (u64, u64) {
    let p = a as u128 * b as u128;
    ((p >> 64) as u64, p as u64)
}

/// eiselLemire64: the float64 bits of man × 10^exp10, or None when the 128-bit approximation
/// cannot decide the rounding (or the result is out of the normal range).
pub(super) fn eisel_lemire64(mut man: u64, exp10: i64, neg: bool) -> Option<u64> {
    // Exp10 Range.
    if man == 0 {
        return Some(if neg { 0x8000_0000_0000_0000 } else { 0 });
    }
    if !(POW10_MIN_EXP10..=POW10_MAX_EXP10).contains(&exp10) {
        return None;
    }
    // Normalization.
    let clz = man.leading_zeros();
    man <<= clz;
    let mut ret_exp2 = (((217706 * exp10) >> 16) + 64 + 1023) as u64;
    ret_exp2 = ret_exp2.wrapping_sub(clz as u64);
    // Multiplication.
    let pow = DETAILED_POWERS_OF_TEN[(exp10 - POW10_MIN_EXP10) as usize];
    let (mut x_hi, mut x_lo) = mul64(man, pow[1]);
    // Wider Approximation.
    if x_hi & 0x1FF == 0x1FF && x_lo.wrapping_add(man) < man {
        let (y_hi, y_lo) = mul64(man, pow[0]);
        let (mut merged_hi, merged_lo) = (x_hi, x_lo.wrapping_add(y_hi));
        if merged_lo < x_lo {
            merged_hi += 1;
        }
        if merged_hi & 0x1FF == 0x1FF
            && merged_lo.wrapping_add(1) == 0
            && y_lo.wrapping_add(man) < man
        {
            return None;
        }
        x_hi = merged_hi;
        x_lo = merged_lo;
    }
    // Shifting to 54 Bits.
    let msb = x_hi >> 63;
    let mut ret_mantissa = x_hi >> (msb + 9);
    ret_exp2 = ret_exp2.wrapping_sub(1 ^ msb);
    // Half-way Ambiguity.
    if x_lo == 0 && x_hi & 0x1FF == 0 && ret_mantissa & 3 == 1 {
        return None;
    }
    // From 54 to 53 Bits.
    ret_mantissa += ret_mantissa & 1;
    ret_mantissa >>= 1;
    if ret_mantissa >> 53 > 0 {
        ret_mantissa >>= 1;
        ret_exp2 = ret_exp2.wrapping_add(1);
    }
    // retExp2 is a uint64: zero or underflow wraps around, rejected along with overflow.
    if ret_exp2.wrapping_sub(1) >= 0x7FF - 1 {
        return None;
    }
    let mut bits = (ret_exp2 << 52) | (ret_mantissa & 0x000F_FFFF_FFFF_FFFF);
    if neg {
        bits |= 0x8000_0000_0000_0000;
    }
    Some(bits)
}

/// eiselLemire32: as eisel_lemire64 for float32 bits.
pub(super) fn eisel_lemire32(mut man: u64, exp10: i64, neg: bool) -> Option<u32> {
    if man == 0 {
        return Some(if neg { 0x8000_0000 } else { 0 });
    }
    if !(POW10_MIN_EXP10..=POW10_MAX_EXP10).contains(&exp10) {
        return None;
    }
    let clz = man.leading_zeros();
    man <<= clz;
    let mut ret_exp2 = (((217706 * exp10) >> 16) + 64 + 127) as u64;
    ret_exp2 = ret_exp2.wrapping_sub(clz as u64);
    let pow = DETAILED_POWERS_OF_TEN[(exp10 - POW10_MIN_EXP10) as usize];
    let (mut x_hi, mut x_lo) = mul64(man, pow[1]);
    const LOW38: u64 = 0x3F_FFFF_FFFF;
    if x_hi & LOW38 == LOW38 && x_lo.wrapping_add(man) < man {
        let (y_hi, y_lo) = mul64(man, pow[0]);
        let (mut merged_hi, merged_lo) = (x_hi, x_lo.wrapping_add(y_hi));
        if merged_lo < x_lo {
            merged_hi += 1;
        }
        if merged_hi & LOW38 == LOW38
            && merged_lo.wrapping_add(1) == 0
            && y_lo.wrapping_add(man) < man
        {
            return None;
        }
        x_hi = merged_hi;
        x_lo = merged_lo;
    }
    let msb = x_hi >> 63;
    let mut ret_mantissa = x_hi >> (msb + 38);
    ret_exp2 = ret_exp2.wrapping_sub(1 ^ msb);
    if x_lo == 0 && x_hi & LOW38 == 0 && ret_mantissa & 3 == 1 {
        return None;
    }
    ret_mantissa += ret_mantissa & 1;
    ret_mantissa >>= 1;
    if ret_mantissa >> 24 > 0 {
        ret_mantissa >>= 1;
        ret_exp2 = ret_exp2.wrapping_add(1);
    }
    if ret_exp2.wrapping_sub(1) >= 0xFF - 1 {
        return None;
    }
    let mut bits = (ret_exp2 << 23) | (ret_mantissa & 0x007F_FFFF);
    if neg {
        bits |= 0x8000_0000;
    }
    Some(bits as u32)
}
