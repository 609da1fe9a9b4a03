//! Slice growth for append: Go 1.19's growslice (growth policy and rounding of the new
//! capacity up to the allocator's size classes, which is what `cap()` then reports).

use crate::mem::mallocgc;
use crate::types::Type;

pub use crate::mem::roundupsize;

/// The capacity Go 1.19 gives a slice of `old_cap` elements of `esize` bytes that must hold
/// `needed` elements.
pub fn grow_cap(old_cap: usize, needed: usize, esize: usize) -> usize {
    if esize == 0 {
        // Go: zero-size elements need no memory; the capacity is just what was asked.
        return needed;
    }
    let mut newcap = old_cap;
    let doublecap = newcap.saturating_add(newcap);
    if needed > doublecap {
        newcap = needed;
    } else {
        const THRESHOLD: usize = 256;
        if old_cap < THRESHOLD {
            newcap = doublecap;
        } else {
            // Transition from growing 2x for small slices to 1.25x for large ones.
            while newcap > 0 && newcap < needed {
                newcap = newcap.saturating_add((newcap + 3 * THRESHOLD) / 4);
            }
            if newcap == 0 {
                newcap = needed;
            }
        }
    }
    roundupsize(newcap.saturating_mul(esize)) / esize
}

#[repr(C)]
pub struct Grown {
    pub ptr: *mut u8,
    pub cap: usize,
}

/// append's slow path: a new zeroed backing array for at least `needed` elements, holding a
/// copy of the `len` old elements. `typ` is the element's descriptor, null for an element
/// without pointers.
///
/// # Safety
/// `ptr` must point at `len * esize` readable bytes (or be anything when len is 0); `typ` is
/// null or a descriptor of size `esize`.
#[no_mangle]
pub unsafe extern "C" fn deferc_growslice(
    ptr: *const u8,
    len: usize,
    cap: usize,
    needed: usize,
    esize: usize,
    typ: *const Type,
) -> Grown {
    let newcap = grow_cap(cap, needed, esize);
    let bytes = newcap.saturating_mul(esize);
    let p = mallocgc(bytes, 8, typ.as_ref());
    if len > 0 && esize > 0 {
        std::ptr::copy_nonoverlapping(ptr, p, len * esize);
    }
    Grown {
        ptr: p,
        cap: newcap,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn growth_matches_go_1_19() {
        // From Go 1.19: s := []int{}; for i := 0; i < 2000; i++ { s = append(s, i); print cap changes }
        // 1 2 4 8 16 32 64 128 256 512 848 1280 1792 2560
        let mut cap = 0;
        let mut seen = vec![];
        for len in 0..2000usize {
            if len == cap {
                cap = grow_cap(cap, len + 1, 8);
                seen.push(cap);
            }
        }
        assert_eq!(
            seen,
            [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560]
        );
        // []byte: append(nil, 'a') has cap 8 in Go.
        assert_eq!(grow_cap(0, 1, 1), 8);
        // append([]int{1,2,3}, 4, 5, 6, 7) -> cap 8 (needed 7 > 6 -> 7 -> rounded to 8 words).
        assert_eq!(grow_cap(3, 7, 8), 8);
    }
}
