//! mallocgc: the allocator's front end (Go's malloc.go and mcache.go).
//!
//! A small request is rounded up to its size class and served from the span this thread has
//! cached for the request's span class (Go's mcache.alloc): taking the next free slot is a few
//! bit operations, without a lock. A full span is dropped from the cache and a new one taken
//! from the heap (Go's mcache.refill; there is no mcentral of partly used spans yet, because
//! nothing is freed). A large request (over 32 KiB) gets a span of its own.
//!
//! Statistics are counted per thread on the fast path and added to the global counters on the
//! slow paths, so `mallocgc` touches no shared cache line.

use std::cell::UnsafeCell;
use std::sync::atomic::{AtomicU64, Ordering};

use super::heap::{self, PAGE_SIZE};
use super::sizeclasses::{
    CLASS_TO_ALLOCNPAGES, CLASS_TO_SIZE, LARGE_SIZE_DIV, MAX_SMALL_SIZE, NUM_SIZE_CLASSES,
    SIZE_TO_CLASS128, SIZE_TO_CLASS8, SMALL_SIZE_DIV, SMALL_SIZE_MAX,
};
use super::span::{span_class, MSpan};
use crate::types::Type;

const NUM_SPAN_CLASSES: usize = NUM_SIZE_CLASSES << 1;

/// The size class of a small size (Go's size_to_class8/128 lookup).
#[inline]
pub fn size_to_class(size: usize) -> usize {
    debug_assert!(size <= MAX_SMALL_SIZE);
    // (Go tests size <= smallSizeMax-8 and lets sizes up to smallSizeMax wrap around to entry
    // 0 of the second table; both give class 32 for them.)
    if size <= SMALL_SIZE_MAX {
        SIZE_TO_CLASS8[size.div_ceil(SMALL_SIZE_DIV)] as usize
    } else {
        SIZE_TO_CLASS128[(size - SMALL_SIZE_MAX).div_ceil(LARGE_SIZE_DIV)] as usize
    }
}

/// Go's roundupsize: the bytes an allocation of `size` really takes (what append's capacity
/// growth rounds to).
pub fn roundupsize(size: usize) -> usize {
    if size <= MAX_SMALL_SIZE {
        CLASS_TO_SIZE[size_to_class(size)] as usize
    } else {
        size.div_ceil(PAGE_SIZE).saturating_mul(PAGE_SIZE)
    }
}

/// This thread's cached spans and unflushed statistics.
struct MCache {
    alloc: [*mut MSpan; NUM_SPAN_CLASSES],
    /// Small objects allocated per size class since the last flush (Go's mcache.smallAllocCount).
    nmalloc: [u64; NUM_SIZE_CLASSES],
    /// Allocations left before the next stress collection (DEFERC_GCSTRESS; 0 = off).
    stress_left: usize,
}

impl MCache {
    /// A free slot of the span cached for `spc` (of size class `class`), counted.
    #[inline]
    fn take(&mut self, spc: usize, class: usize) -> Option<(*mut u8, *mut MSpan)> {
        let s = self.alloc[spc];
        if s.is_null() {
            return None;
        }
        // SAFETY: a cached span is live and owned by this thread.
        let p = unsafe { (*s).next_free() }?;
        self.nmalloc[class] += 1;
        Some((p as *mut u8, s))
    }
}

thread_local! {
    static MCACHE: UnsafeCell<MCache> = const {
        UnsafeCell::new(MCache {
            alloc: [std::ptr::null_mut(); NUM_SPAN_CLASSES],
            nmalloc: [0; NUM_SIZE_CLASSES],
            stress_left: 0,
        })
    };
}

/// Counters flushed from the caches (Go's memstats): objects and bytes allocated in all,
/// objects allocated per size class (class 0: large objects).
static MALLOCS: AtomicU64 = AtomicU64::new(0);
static ALLOC_BYTES: AtomicU64 = AtomicU64::new(0);
pub(super) static NMALLOC: [AtomicU64; NUM_SIZE_CLASSES] =
    [const { AtomicU64::new(0) }; NUM_SIZE_CLASSES];
/// ALLOC_BYTES at the end of the last collection, and the bytes it found live: the heap's live
/// bytes now are `live + (ALLOC_BYTES - at)`, what pacing compares with its goal.
static LIVE_AT_GC: AtomicU64 = AtomicU64::new(0);
static ALLOC_AT_GC: AtomicU64 = AtomicU64::new(0);

/// Records the end of a collection that found `live` bytes reachable.
pub(super) fn set_live(live: usize) {
    LIVE_AT_GC.store(live as u64, Ordering::Relaxed);
    ALLOC_AT_GC.store(ALLOC_BYTES.load(Ordering::Relaxed), Ordering::Relaxed);
}

/// The heap's live bytes as pacing counts them (flushed allocation counts only).
fn heap_live() -> usize {
    let since = ALLOC_BYTES.load(Ordering::Relaxed) - ALLOC_AT_GC.load(Ordering::Relaxed);
    (LIVE_AT_GC.load(Ordering::Relaxed) + since) as usize
}

/// The collector's hook on the allocator's slow paths (mgc.rs `alloc_slow`): a cycle starts
/// at the trigger, a running one takes a mark step, `stress` takes a stress step. The cache
/// must not be borrowed.
#[cold]
fn maybe_collect(stress: bool) {
    // SAFETY: called from mallocgc's slow paths on the thread running Go code, with no
    // borrow of the cache or the heap live.
    unsafe { super::mgc::alloc_slow(heap_live(), stress) };
}

/// Bytes allocated in all (flushed counts): what mark steps pay for.
pub(super) fn total_alloc_bytes() -> u64 {
    ALLOC_BYTES.load(Ordering::Relaxed)
}

/// A snapshot of the heap's statistics, in runtime.MemStats' terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MemStats {
    /// Objects allocated in all (Mallocs).
    pub mallocs: u64,
    /// Bytes allocated in all, size classes' rounding included (TotalAlloc).
    pub total_alloc: u64,
    /// Bytes of heap memory committed (HeapSys).
    pub heap_sys: u64,
    /// Bytes of address space reserved for the heap.
    pub heap_reserved: u64,
}

/// The statistics, this thread's counts flushed first.
pub fn read_stats() -> MemStats {
    MCACHE.with(|c| {
        // SAFETY: this thread's cache; no reference to it is live (mallocgc is not running).
        flush_stats(unsafe { &mut *c.get() })
    });
    let h = heap::lock();
    MemStats {
        mallocs: MALLOCS.load(Ordering::Relaxed),
        total_alloc: ALLOC_BYTES.load(Ordering::Relaxed),
        heap_sys: h.sys as u64,
        heap_reserved: h.reserved as u64,
    }
}

/// Where zero-size allocations point, like Go's runtime.zerobase: nothing is ever stored
/// through such a pointer, so sharing one address is sound.
#[repr(C, align(16))]
struct ZeroBase([u8; 16]);
static ZEROBASE: ZeroBase = ZeroBase([0; 16]);

/// The address zero-size allocations return.
pub fn zerobase() -> usize {
    std::ptr::addr_of!(ZEROBASE) as usize
}

/// Allocates `size` zeroed bytes of Go heap for values of type `typ` (one value, or an array
/// of `size / typ.size`), 8-byte aligned (and aligned to `align`, a power of two up to a
/// page). No `typ`, or one without pointers, makes noscan memory; otherwise the object's
/// heap bits are written from the type's pointer mask (mbitmap.rs). A zero-size request
/// returns the shared ZEROBASE, as Go's mallocgc does.
#[inline]
pub fn mallocgc(size: usize, align: usize, typ: Option<&Type>) -> *mut u8 {
    let typ = typ.filter(|t| t.ptrdata != 0);
    let (p, s) = alloc_slot(size, align, typ.is_none());
    allocate_black(p, s);
    if let Some(t) = typ {
        if !s.is_null() {
            // SAFETY: p is a slot of s just handed out.
            unsafe { (*s).set_heap_bits(p as usize, size, t) };
        }
    }
    p
}

/// One part of an object the runtime lays out itself: `count` values of `typ` at `off`,
/// `stride` bytes apart.
pub struct Part<'a> {
    pub off: usize,
    pub typ: &'a Type,
    pub count: usize,
    pub stride: usize,
}

/// Allocates `size` zeroed bytes whose pointers are the pointer words of `parts` (a channel's
/// header and buffer, a map's entries); noscan when no part has pointers.
pub fn mallocgc_parts(size: usize, align: usize, parts: &[Part]) -> *mut u8 {
    let scan = parts.iter().any(|p| p.typ.ptrdata != 0 && p.count != 0);
    let (p, s) = alloc_slot(size, align, !scan);
    allocate_black(p, s);
    if scan && !s.is_null() {
        // SAFETY: p is a slot of s just handed out; the parts lie inside it.
        unsafe {
            (*s).clear_heap_bits(p as usize);
            for part in parts {
                (*s).or_heap_bits(p as usize, part.off, part.typ, part.count, part.stride);
            }
        }
    }
    p
}

/// While a cycle marks, what is allocated is marked at once (mgc.rs: it is not in the
/// snapshot marking traces, and sweep must keep it).
#[inline(always)]
fn allocate_black(p: *mut u8, s: *mut MSpan) {
    if super::mgc::marking() && !s.is_null() {
        // SAFETY: p is a slot of s just handed out.
        unsafe { (*s).mark((*s).object_index(p as usize)) };
    }
}

/// The slot for an allocation and its span (null for ZEROBASE).
#[inline]
fn alloc_slot(size: usize, align: usize, noscan: bool) -> (*mut u8, *mut MSpan) {
    debug_assert!(align.is_power_of_two() && align <= PAGE_SIZE);
    if size == 0 {
        return (
            std::ptr::addr_of!(ZEROBASE) as *mut u8,
            std::ptr::null_mut(),
        );
    }
    if size > MAX_SMALL_SIZE {
        return large_alloc(size, noscan);
    }
    let mut class = size_to_class(size);
    // Objects sit at multiples of their class's size from a page boundary: a class whose size
    // is a multiple of `align` gives that alignment.
    while align > 8 && !(CLASS_TO_SIZE[class] as usize).is_multiple_of(align) {
        class += 1;
        if class == NUM_SIZE_CLASSES {
            return large_alloc(size, noscan);
        }
    }
    let spc = span_class(class, noscan) as usize;
    let r = MCACHE.with(|c| {
        // SAFETY: this thread's cache; mallocgc does not re-enter itself.
        let c = unsafe { &mut *c.get() };
        if c.stress_left != 0 {
            c.stress_left -= 1;
            if c.stress_left == 0 {
                return None;
            }
        }
        c.take(spc, class)
    });
    match r {
        Some(r) => r,
        None => slow_alloc(spc, class),
    }
}

/// The cached span is full, or a stress collection is due: collect if it is time, then take
/// a span with free slots.
#[cold]
fn slow_alloc(spc: usize, class: usize) -> (*mut u8, *mut MSpan) {
    let stress = MCACHE.with(|c| {
        // SAFETY: this thread's cache, not borrowed elsewhere now.
        let c = unsafe { &mut *c.get() };
        flush_stats(c);
        let n = super::mgcpacer::STRESS.load(Ordering::Relaxed);
        if n != 0 && c.stress_left == 0 {
            c.stress_left = n;
            true
        } else {
            false
        }
    });
    maybe_collect(stress);
    MCACHE.with(|c| {
        // SAFETY: as above.
        let c = unsafe { &mut *c.get() };
        match c.take(spc, class) {
            Some(p) => p,
            None => refill(c, spc, class),
        }
    })
}

/// The cached span of `spc` is full (or absent): take a new one and allocate from it.
#[cold]
fn refill(c: &mut MCache, spc: usize, class: usize) -> (*mut u8, *mut MSpan) {
    flush_stats(c);
    let old = c.alloc[spc];
    let mut h = heap::lock();
    if !old.is_null() {
        // SAFETY: the cached span is live; the cache lets go of it (full: sweep will find it).
        unsafe { (*old).cached = false };
    }
    let s = match h.take_partial(spc as u8) {
        Some(s) => s,
        None => h.alloc_span(CLASS_TO_ALLOCNPAGES[class] as usize, spc as u8),
    };
    drop(h);
    // SAFETY: a live span, now this cache's.
    unsafe { (*s).cached = true };
    c.alloc[spc] = s;
    c.take(spc, class).expect("a new span has free slots")
}

fn flush_stats(c: &mut MCache) {
    let (mut n, mut bytes) = (0, 0);
    for (class, k) in c.nmalloc.iter_mut().enumerate() {
        if *k != 0 {
            NMALLOC[class].fetch_add(*k, Ordering::Relaxed);
            n += *k;
            bytes += *k * CLASS_TO_SIZE[class] as u64;
            *k = 0;
        }
    }
    MALLOCS.fetch_add(n, Ordering::Relaxed);
    ALLOC_BYTES.fetch_add(bytes, Ordering::Relaxed);
}

/// A large object: whole pages, a span of its own.
#[cold]
fn large_alloc(size: usize, noscan: bool) -> (*mut u8, *mut MSpan) {
    MCACHE.with(|c| {
        // SAFETY: this thread's cache, not borrowed elsewhere now.
        flush_stats(unsafe { &mut *c.get() })
    });
    maybe_collect(false);
    let npages = size.div_ceil(PAGE_SIZE);
    let s = heap::lock().alloc_span(npages, span_class(0, noscan));
    MALLOCS.fetch_add(1, Ordering::Relaxed);
    NMALLOC[0].fetch_add(1, Ordering::Relaxed);
    ALLOC_BYTES.fetch_add((npages * PAGE_SIZE) as u64, Ordering::Relaxed);
    // SAFETY: the span was just made.
    let p = unsafe { (*s).next_free() }.expect("a new span has its slot") as *mut u8;
    (p, s)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mem::heap::{find_object, span_of};

    #[test]
    fn size_classes_match_go() {
        // Go 1.19: every size maps to the smallest class that holds it.
        for size in 1..=MAX_SMALL_SIZE {
            let c = size_to_class(size);
            assert!(CLASS_TO_SIZE[c] as usize >= size, "size {size}");
            assert!(
                c == 1 || (CLASS_TO_SIZE[c - 1] as usize) < size,
                "size {size}"
            );
        }
        assert_eq!(roundupsize(1), 8);
        assert_eq!(roundupsize(17), 24);
        assert_eq!(roundupsize(1025), 1152);
        assert_eq!(roundupsize(32769), 40960);
    }

    #[test]
    fn zeroed_aligned_distinct_and_findable() {
        let mut seen = std::collections::HashSet::new();
        for &(size, align) in &[
            (1usize, 1usize),
            (7, 8),
            (8, 8),
            (17, 16),
            (24, 8),
            (100, 8),
            (4096, 16),
            (32768, 8),
            (32769, 8),
            (3 << 20, 16),
        ] {
            for noscan in [false, true] {
                let typ = (!noscan).then_some(&crate::alloc::WORDS.0);
                let p = mallocgc(size, align, typ);
                assert_eq!(p as usize % align.max(8), 0, "size {size} align {align}");
                assert!(seen.insert(p as usize));
                // SAFETY: p points at `size` bytes just allocated.
                let s = unsafe { std::slice::from_raw_parts_mut(p, size) };
                assert!(s.iter().all(|&b| b == 0));
                s.fill(0xAB);
                // Every interior address leads back to the object.
                for off in [0, size / 2, size - 1] {
                    assert_eq!(
                        find_object(p as usize + off),
                        Some(p as usize),
                        "size {size}"
                    );
                }
                // SAFETY: span_of of a heap address gives its live span.
                let span = unsafe { &*span_of(p as usize) };
                assert_eq!(span.noscan(), noscan);
            }
        }
        assert_eq!(
            mallocgc(0, 8, Some(&crate::alloc::WORDS.0)),
            mallocgc(0, 8, None)
        );
    }

    #[test]
    fn not_heap_is_not_found() {
        let x = 5u64;
        assert_eq!(find_object(&x as *const u64 as usize), None);
        assert_eq!(find_object(0), None);
        assert_eq!(find_object(usize::MAX), None);
        // A free slot of a span in use is not an object.
        let p = mallocgc(4000, 8, None) as usize; // class 4096: 2 per page
        let s = unsafe { &*span_of(p) };
        let last = s.base + (s.nelems - 1) * s.elemsize;
        if last != p {
            assert_eq!(find_object(last), None);
        }
    }

    /// Many objects of one class fill several spans; the statistics count them.
    #[test]
    fn spans_fill_and_stats_count() {
        let before = read_stats();
        let mut last = 0;
        for _ in 0..10_000 {
            let p = mallocgc(48, 8, Some(&crate::alloc::WORDS.0)) as usize;
            assert_ne!(p, last);
            last = p;
        }
        let after = read_stats();
        assert!(after.mallocs - before.mallocs >= 10_000);
        assert!(after.total_alloc - before.total_alloc >= 480_000);
        assert!(after.heap_sys >= 480_000);
    }
}
