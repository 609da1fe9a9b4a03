//! Allocation entry points of the Go heap (mem/): what compiled code calls for `new`, `make`,
//! composite literals, closures and escaping variables, and what the runtime's Rust code uses
//! for the Go values it builds.
//!
//! Every allocation says whether it may hold pointers. `alloc_noscan` is for memory that never
//! does (string bytes, rune buffers): it goes to spans a collector never scans. `alloc_bytes`
//! and `deferc_alloc` make memory that may hold pointers anywhere (the collector scans it
//! conservatively). Memory is zeroed; the collector (mem/mgc.rs) frees what is unreachable.

use crate::mem::mallocgc;

/// Allocates `size` zeroed bytes aligned to `align` (a power of two) that may hold pointers.
/// A zero-size request returns the shared, non-null, aligned zerobase (as Go does).
pub fn alloc_bytes(size: usize, align: usize) -> *mut u8 {
    mallocgc(size, align, false)
}

/// Allocates `size` zeroed bytes, 8-byte aligned, that will never hold a pointer.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    mallocgc(size, 8, true)
}

/// Go's mallocgc for compiled code: `size` zeroed bytes, 8-byte aligned (every Go type's
/// alignment; codegen's copies assume no more).
#[no_mangle]
pub extern "C" fn deferc_alloc(size: usize) -> *mut u8 {
    mallocgc(size, 8, false)
}

/// `size` zeroed bytes for a value without pointers (`[]int`, a boxed float, ...).
#[no_mangle]
pub extern "C" fn deferc_alloc_noscan(size: usize) -> *mut u8 {
    mallocgc(size, 8, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_aligned_distinct() {
        let mut prev = std::ptr::null_mut();
        for size in [0usize, 1, 7, 8, 15, 16, 17, 100, 4096, 300_000, 3 << 20] {
            let p = deferc_alloc(size);
            assert!(!p.is_null());
            assert_eq!(p as usize % 8, 0);
            if size == 0 {
                continue;
            }
            // SAFETY: p points at `size` bytes just allocated.
            let s = unsafe { std::slice::from_raw_parts_mut(p, size) };
            assert!(s.iter().all(|&b| b == 0));
            s.fill(0xAB);
            assert_ne!(p, prev);
            prev = p;
        }
    }

    #[test]
    fn many_small_allocations_cross_spans() {
        let mut last = 0usize;
        for _ in 0..200_000 {
            let p = deferc_alloc(24) as usize;
            assert_eq!(p % 8, 0);
            assert_ne!(p, last);
            last = p;
        }
        let p = alloc_noscan(3);
        assert!(!p.is_null());
    }
}
