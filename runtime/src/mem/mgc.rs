//! The collector (Go's mgc.go, mgcmark.go and mgcsweep.go, stop-the-world and non-moving).
//!
//! A collection marks every object reachable from the roots and then sweeps: in every span the
//! marked objects become the allocated ones and every other slot is free again. Marking starts
//! from the words of the root ranges (globals, goroutine stacks, the runtime's own records)
//! and follows the words of each marked object, except in noscan spans, whose objects hold no
//! pointers. A word is taken as a pointer when it lands inside an allocated heap object
//! (`find_slot`: interior pointers count), so the scan is conservative: an integer that looks
//! like a heap address keeps an object alive, which costs memory but never frees a live
//! object. The mark stack is an explicit Vec (no recursion: deep lists and trees must not
//! overflow the Rust stack under the lowest Go frame).
//!
//! The world must be stopped: compiled Go code is M:1, so a collection that runs on the thread
//! running Go code, at an allocation, sees every other goroutine parked.
//!
//! Sweep is eager (Go sweeps lazily): each span's bitmaps are swapped, spans left empty give
//! their pages back to the page allocator (unless a thread's cache holds them), and spans with
//! free slots go to their class's partial list. Freed slots are cleared when handed out again.

use super::heap::{self, find_slot};

/// What one collection did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GcStats {
    /// Objects and bytes found reachable.
    pub marked_objects: usize,
    pub marked_bytes: usize,
    /// Objects freed.
    pub freed_objects: usize,
    /// Spans whose pages went back to the page allocator.
    pub freed_spans: usize,
}

/// Marks everything reachable from the words in `roots` (address ranges [lo, hi)), then
/// sweeps the whole heap.
///
/// # Safety
/// The world is stopped: no other thread allocates or reads the heap. Every range is readable.
/// Every pointer to a heap object that the program can still use is in a root range or in a
/// reachable object: anything else is freed.
pub unsafe fn collect(roots: &[(usize, usize)]) -> GcStats {
    crate::strings::forget_last_concat();
    let mut stats = GcStats::default();
    let mut work: Vec<usize> = Vec::with_capacity(1024);
    for &(lo, hi) in roots {
        scan_block(lo, hi, &mut work, &mut stats);
    }
    while let Some(obj) = work.pop() {
        let s = heap::span_of(obj);
        scan_block(obj, obj + (*s).elemsize, &mut work, &mut stats);
    }
    sweep(&mut stats);
    stats
}

/// Marks the object each word of [lo, hi) points into, queueing the newly marked ones that
/// may hold pointers.
unsafe fn scan_block(lo: usize, hi: usize, work: &mut Vec<usize>, stats: &mut GcStats) {
    let mut p = lo.next_multiple_of(8);
    while p + 8 <= hi {
        let w = *(p as *const usize);
        if let Some((s, idx)) = find_slot(w) {
            if (*s).mark(idx) {
                stats.marked_objects += 1;
                stats.marked_bytes += (*s).elemsize;
                if !(*s).noscan() {
                    work.push((*s).base + idx * (*s).elemsize);
                }
            }
        }
        p += 8;
    }
}

unsafe fn sweep(stats: &mut GcStats) {
    let mut h = heap::lock();
    for l in h.partial.iter_mut() {
        l.clear();
    }
    let spans = std::mem::take(&mut h.spans);
    let mut keep = Vec::with_capacity(spans.len());
    for sp in spans {
        let s = &mut *sp;
        stats.freed_objects += s.sweep();
        if s.allocated == 0 && !s.cached {
            h.free_span(sp);
            stats.freed_spans += 1;
            continue;
        }
        if s.allocated < s.nelems && !s.cached && s.sizeclass() != 0 {
            let spc = s.spanclass as usize;
            if h.partial.len() <= spc {
                h.partial.resize_with(spc + 1, Vec::new);
            }
            h.partial[spc].push(sp);
        }
        keep.push(sp);
    }
    h.spans = keep;
}
