//! Sweeping (Go's mgcsweep.go): after marking, the marked objects of every span become its
//! allocated ones and every other slot is free again.
//!
//! Sweep is eager (Go sweeps lazily): each span's bitmaps are swapped, spans left empty give
//! their pages back to the page allocator (unless a thread's cache holds them), and spans with
//! free slots go to their class's partial list. Freed slots are cleared when handed out again.

use std::sync::atomic::Ordering;

use super::heap;
use super::mgc::GcStats;

/// Sweeps every span, counting what was freed into `stats`.
///
/// # Safety
/// Marking is complete: every reachable object is marked.
pub(super) unsafe fn sweep(stats: &mut GcStats) {
    let mut h = heap::lock();
    for l in h.partial.iter_mut() {
        l.clear();
    }
    let spans = std::mem::take(&mut h.spans);
    let mut keep = Vec::with_capacity(spans.len());
    for sp in spans {
        let s = &mut *sp;
        let freed = s.sweep();
        stats.freed_objects += freed;
        stats.freed_bytes += freed * s.elemsize;
        if freed != 0 {
            super::mstats::NFREE[s.sizeclass()].fetch_add(freed as u64, Ordering::Relaxed);
        }
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
        stats.live_bytes += s.allocated * s.elemsize;
        keep.push(sp);
    }
    h.spans = keep;
}
