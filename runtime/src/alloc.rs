//! Allocation entry points of the Go heap (mem/): what compiled code calls for `new`, `make`,
//! composite literals, closures and escaping variables, and what the runtime's Rust code uses
//! for the Go values it builds.
//!
//! Every allocation says what it holds, so the collector scans heap objects precisely
//! (mem/mbitmap.rs): compiled code passes the descriptor of the allocated type, null for one
//! without pointers; the runtime's Rust code passes one of the descriptors below, or lays out
//! its parts (`mallocgc_parts`). `alloc_noscan` is for memory that never holds a pointer
//! (string bytes, rune buffers). Memory is zeroed; the collector (mem/mgc.rs) frees what is
//! unreachable.

use crate::mem::mallocgc;
use crate::types::{Kind, StaticType, Type};

/// The descriptors of the runtime's own allocations (never put in an interface: the
/// compiler's descriptors are the ones a program sees).
///
/// A word that may hold any pointer: an array of these is scanned word by word. For records
/// whose words the runtime fills with values of any type: a panic record, a defer record
/// (pooled, so one record holds different call sites' arguments over its life).
pub static WORDS: StaticType = StaticType(Type::new(Kind::UnsafePointer, 8, 8, 0, b""));
/// A Go string header (os.Args, strings.Split's results, a boxed error message).
pub static STRING: StaticType = StaticType(Type::new(Kind::String, 16, 8, 0, b""));

/// Allocates `size` zeroed bytes aligned to `align` (a power of two) for values of type `typ`
/// (one, or an array of `size / typ.size`). A zero-size request returns the shared, non-null,
/// aligned zerobase (as Go does).
pub fn alloc_typed(size: usize, align: usize, typ: &Type) -> *mut u8 {
    mallocgc(size, align, Some(typ))
}

/// Allocates `size` zeroed bytes, 8-byte aligned, that will never hold a pointer.
pub fn alloc_noscan(size: usize) -> *mut u8 {
    mallocgc(size, 8, None)
}

/// Go's mallocgc for compiled code: `size` zeroed bytes, 8-byte aligned (every Go type's
/// alignment; codegen's copies assume no more), for values of type `typ` (one, or an array);
/// null for a type without pointers.
///
/// # Safety
/// `typ` is null or a type descriptor.
#[no_mangle]
pub unsafe extern "C" fn deferc_alloc(size: usize, typ: *const Type) -> *mut u8 {
    mallocgc(size, 8, typ.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_aligned_distinct() {
        let mut prev = std::ptr::null_mut();
        for size in [0usize, 1, 7, 8, 15, 16, 17, 100, 4096, 300_000, 3 << 20] {
            // SAFETY: a runtime descriptor.
            let p = unsafe { deferc_alloc(size, &WORDS.0) };
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
            // SAFETY: as above.
            let p = unsafe { deferc_alloc(24, &WORDS.0) } as usize;
            assert_eq!(p % 8, 0);
            assert_ne!(p, last);
            last = p;
        }
        let p = alloc_noscan(3);
        assert!(!p.is_null());
    }
}
