//! mspan: a run of pages that holds objects of one span class (Go's mspan, mheap.go), with its
//! allocation bitmap (mbitmap.go's allocBits and the allocCache that scans it).
//!
//! Invariants: `allocbits` has one bit per object slot, set for a slot that has been handed
//! out. `freeindex` is the first slot that may be free: every slot below it is allocated (or
//! was skipped as allocated). `alloc_cache` holds the complement of the allocation bits of the
//! 64-slot word containing `freeindex`, shifted right by `freeindex % 64`, so its lowest set
//! bit is the next free slot of that word (Go's nextFreeFast).

use super::heap::PAGE_SIZE;
use super::sizeclasses::CLASS_TO_SIZE;

/// A span class: a size class shifted left once, with the noscan bit (no pointers inside) as
/// the low bit. Class 0 is a large object, alone in its span.
pub type SpanClass = u8;

pub const fn span_class(sizeclass: usize, noscan: bool) -> SpanClass {
    ((sizeclass << 1) | noscan as usize) as SpanClass
}

// repr(C) with the fields `next_free` touches first, so allocation reads one cache line.
#[repr(C)]
pub struct MSpan {
    freeindex: usize,
    alloc_cache: u64,
    /// Number of object slots.
    pub nelems: usize,
    /// First byte of the first page.
    pub base: usize,
    /// Size of each object (the class's size; the whole span for a large object).
    pub elemsize: usize,
    allocbits: Box<[u64]>,
    /// Slots handed out (Go's allocCount).
    pub allocated: usize,
    /// Free slots may hold an old object's bytes: clear a slot when it is handed out.
    pub needzero: bool,
    /// A thread's allocation cache holds this span: sweep must not give its pages back.
    pub cached: bool,
    pub spanclass: SpanClass,
    /// `u32::MAX / elemsize + 1`: `(offset * divmul) >> 32` is `offset / elemsize` for every
    /// offset inside a small span (Go's divMul).
    pub divmul: u32,
    pub npages: usize,
    /// The collector's mark bits, one per slot; swapped in as the allocation bits by sweep.
    markbits: Box<[u64]>,
    /// Scan spans only: one bit per word of the span, set for a word of an allocated object
    /// that holds a pointer (mbitmap.rs writes them at allocation from the object's type).
    pub heapbits: Box<[u64]>,
}

impl MSpan {
    /// A span of `npages` pages at `base` for `spanclass`, every slot free.
    pub fn new(base: usize, npages: usize, spanclass: SpanClass) -> MSpan {
        let class = (spanclass >> 1) as usize;
        let bytes = npages * PAGE_SIZE;
        let elemsize = if class == 0 {
            bytes
        } else {
            CLASS_TO_SIZE[class] as usize
        };
        let nelems = bytes / elemsize;
        let mut s = MSpan {
            base,
            npages,
            spanclass,
            elemsize,
            nelems,
            divmul: if class == 0 {
                0
            } else {
                (u32::MAX / elemsize as u32).wrapping_add(1)
            },
            freeindex: 0,
            alloc_cache: 0,
            allocbits: vec![0; nelems.div_ceil(64)].into_boxed_slice(),
            markbits: vec![0; nelems.div_ceil(64)].into_boxed_slice(),
            heapbits: if spanclass & 1 != 0 {
                Box::new([])
            } else {
                vec![0; (bytes / 8).div_ceil(64)].into_boxed_slice()
            },
            allocated: 0,
            needzero: false,
            cached: false,
        };
        s.refill_cache();
        s
    }

    pub fn sizeclass(&self) -> usize {
        (self.spanclass >> 1) as usize
    }

    pub fn noscan(&self) -> bool {
        self.spanclass & 1 != 0
    }

    /// One past the last byte of the span.
    pub fn limit(&self) -> usize {
        self.base + self.npages * PAGE_SIZE
    }

    /// Loads `alloc_cache` for `freeindex` (see the module invariant).
    fn refill_cache(&mut self) {
        let w = self.freeindex / 64;
        self.alloc_cache = match self.allocbits.get(w) {
            Some(bits) => !bits >> (self.freeindex % 64),
            None => 0,
        };
    }

    /// Takes the next free slot: its address, or None when the span is full.
    #[inline]
    pub fn next_free(&mut self) -> Option<usize> {
        loop {
            if self.freeindex >= self.nelems {
                return None;
            }
            if self.alloc_cache == 0 {
                // The rest of this word is taken: go on at the next word.
                self.freeindex = (self.freeindex / 64 + 1) * 64;
                self.refill_cache();
                continue;
            }
            let tz = self.alloc_cache.trailing_zeros() as usize;
            let idx = self.freeindex + tz;
            if idx >= self.nelems {
                self.freeindex = self.nelems;
                return None;
            }
            let p = self.base + idx * self.elemsize;
            if self.needzero {
                // Cleared while the slot is still free: if this store is the first to its
                // page in a cycle, the write barrier's copy of the page (mbarrier.rs) sees a
                // free slot and ignores the dead object's words.
                // SAFETY: the slot lies inside this span's committed pages and is free.
                unsafe { std::ptr::write_bytes(p as *mut u8, 0, self.elemsize) };
            }
            self.allocbits[idx / 64] |= 1 << (idx % 64);
            self.allocated += 1;
            self.freeindex = idx + 1;
            if self.freeindex.is_multiple_of(64) {
                self.refill_cache();
            } else {
                // tz + 1 < 64 here: idx % 64 < 63.
                self.alloc_cache >>= tz + 1;
            }
            return Some(p);
        }
    }

    /// The slot of the object containing `p` (which must be in [base, limit)).
    #[inline]
    pub fn object_index(&self, p: usize) -> usize {
        if self.sizeclass() == 0 {
            return 0;
        }
        (((p - self.base) as u64 * self.divmul as u64) >> 32) as usize
    }

    pub fn is_allocated(&self, idx: usize) -> bool {
        idx < self.nelems && self.allocbits[idx / 64] & (1 << (idx % 64)) != 0
    }

    /// Sets slot `idx`'s mark bit; false if it was already set.
    pub fn mark(&mut self, idx: usize) -> bool {
        let (w, b) = (idx / 64, 1u64 << (idx % 64));
        let was = self.markbits[w] & b != 0;
        self.markbits[w] |= b;
        !was
    }

    pub fn is_marked(&self, idx: usize) -> bool {
        idx < self.nelems && self.markbits[idx / 64] & (1 << (idx % 64)) != 0
    }

    /// Go's sweep for this span: the marked objects are the allocated ones from now on, every
    /// other slot is free (and must be cleared before reuse). Returns the slots freed.
    pub fn sweep(&mut self) -> usize {
        let before = self.allocated;
        std::mem::swap(&mut self.allocbits, &mut self.markbits);
        self.markbits.fill(0);
        self.allocated = self.allocbits.iter().map(|w| w.count_ones() as usize).sum();
        self.freeindex = 0;
        self.refill_cache();
        if self.allocated < before {
            self.needzero = true;
        }
        before - self.allocated
    }
}

#[cfg(test)]
mod tests {
    use super::super::sizeclasses::NUM_SIZE_CLASSES;
    use super::*;
    use crate::mem::sizeclasses::CLASS_TO_ALLOCNPAGES;

    #[test]
    fn slots_are_handed_out_once_in_order() {
        for class in 1..NUM_SIZE_CLASSES {
            let npages = CLASS_TO_ALLOCNPAGES[class] as usize;
            let base = 0x00c0_0000_0000;
            let mut s = MSpan::new(base, npages, span_class(class, false));
            let size = CLASS_TO_SIZE[class] as usize;
            assert_eq!(s.nelems, npages * PAGE_SIZE / size);
            for i in 0..s.nelems {
                assert_eq!(
                    s.next_free(),
                    Some(base + i * size),
                    "class {class} slot {i}"
                );
            }
            assert_eq!(s.next_free(), None);
            assert_eq!(s.allocated, s.nelems);
        }
    }

    #[test]
    fn divmul_divides_exactly() {
        for (class, &npages) in CLASS_TO_ALLOCNPAGES.iter().enumerate().skip(1) {
            let npages = npages as usize;
            let s = MSpan::new(0x00c0_0000_0000, npages, span_class(class, true));
            for off in 0..npages * PAGE_SIZE {
                assert_eq!(
                    s.object_index(s.base + off),
                    off / s.elemsize,
                    "class {class} offset {off}"
                );
            }
        }
    }

    /// Free slots in the middle of allocated ones (what a sweep will leave) are found in
    /// address order across bitmap words.
    #[test]
    fn finds_holes_across_words() {
        let mut s = MSpan::new(0x00c0_0000_0000, 1, span_class(1, false)); // 1024 x 8 B
        let taken: Vec<usize> = (0..s.nelems).filter(|i| i % 7 != 3 && *i != 64).collect();
        for &i in &taken {
            s.allocbits[i / 64] |= 1 << (i % 64);
        }
        s.refill_cache();
        let mut got = Vec::new();
        while let Some(p) = s.next_free() {
            got.push((p - s.base) / 8);
        }
        let want: Vec<usize> = (0..s.nelems).filter(|i| !taken.contains(i)).collect();
        assert_eq!(got, want);
    }
}
