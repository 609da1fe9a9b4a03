//! The collector (Go's mgc.go, mgcmark.go and mgcsweep.go, stop-the-world and non-moving).
//!
//! A collection marks every object reachable from the roots and then sweeps: in every span the
//! marked objects become the allocated ones and every other slot is free again.
//!
//! Marking is precise in the heap and conservative in the roots. It starts from every word of
//! the root ranges (globals, goroutine stacks and saved registers, the runtime's records of
//! each G) and follows, in each marked object, only the words its heap bits mark as pointers
//! (mbitmap.rs; noscan spans have none). A word is taken as a pointer when it lands inside an
//! allocated heap object (`find_slot`: interior pointers count). Roots are conservative
//! because compiled code keeps no stack maps (Cranelift's stack maps would make every
//! pointer value a spill and a reload around each call): an integer on a stack that looks like
//! a heap address keeps an object alive, which costs memory but never frees a live object, and
//! since nothing moves, a conservative root is always safe. The mark stack is an explicit Vec (no recursion: deep lists and trees must not
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
    pub freed_bytes: usize,
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
    let finalizers = super::mfinal::any();
    if finalizers {
        // Finalizers' func values and queued objects are roots; objects with finalizers
        // keep what they point to, but not themselves, alive (mfinal.rs).
        for w in super::mfinal::root_words() {
            mark_word(w, &mut work, &mut stats);
        }
        for obj in super::mfinal::special_objects() {
            if let Some((s, _)) = find_slot(obj) {
                (*s).for_each_pointer(obj, |p| {
                    mark_word(*(p as *const usize), &mut work, &mut stats)
                });
            }
        }
    }
    drain(&mut work, &mut stats);
    if finalizers {
        let queued = super::mfinal::queue_unreachable(
            |obj| find_slot(obj).is_some_and(|(s, i)| (*s).is_marked(i)),
            |obj| mark_word(obj, &mut work, &mut stats),
        );
        drain(&mut work, &mut stats);
        if queued != 0 {
            super::mfinal::note_wake();
        }
    }
    if CHECKMARK.load(Ordering::Relaxed) {
        checkmark();
    }
    sweep(&mut stats);
    stats
}

/// Scans every queued object's pointer words until nothing new is marked (Go's gcDrain).
unsafe fn drain(work: &mut Vec<usize>, stats: &mut GcStats) {
    while let Some(obj) = work.pop() {
        let s = &*heap::span_of(obj);
        s.for_each_pointer(obj, |p| mark_word(*(p as *const usize), work, stats));
    }
}

/// GODEBUG=gccheckmark=1 (Go's name for its own mark verifier): after marking, reads every
/// word of every marked object, pointer or not, and ends the program if one points into an
/// allocated object that is not marked while its heap bit is clear: a pointer the compiler or
/// the runtime did not describe, which sweep would turn into a dangling one. (An integer that
/// happens to look like a heap address is reported too; in practice they are rare.)
unsafe fn checkmark() {
    let h = heap::lock();
    let spans = h.spans.clone();
    drop(h);
    for sp in spans {
        let s = &*sp;
        if s.noscan() {
            continue;
        }
        for idx in 0..s.nelems {
            if !s.is_marked(idx) {
                continue;
            }
            let obj = s.base + idx * s.elemsize;
            let mut described = std::collections::HashSet::new();
            s.for_each_pointer(obj, |p| {
                described.insert(p);
            });
            for w in 0..s.elemsize / 8 {
                let p = obj + w * 8;
                let v = *(p as *const usize);
                if let Some((t, ti)) = find_slot(v) {
                    if !(*t).is_marked(ti) && !described.contains(&p) {
                        let line = format!(
                            "runtime: checkmark: word {} of object {:#x} (size class {}, {} bytes) points to unmarked object {:#x} (size class {}) without a pointer bit\n",
                            w,
                            obj,
                            s.sizeclass(),
                            s.elemsize,
                            v,
                            (*t).sizeclass()
                        );
                        crate::os::write_fd(2, line.as_bytes());
                        crate::traceback::throw(b"checkmark found an undescribed pointer");
                    }
                }
            }
        }
    }
}

/// Marks the object each word of [lo, hi) points into (a conservative root range).
unsafe fn scan_block(lo: usize, hi: usize, work: &mut Vec<usize>, stats: &mut GcStats) {
    let mut p = lo.next_multiple_of(8);
    while p + 8 <= hi {
        mark_word(*(p as *const usize), work, stats);
        p += 8;
    }
}

/// Marks the object `w` points into, if it is one, queueing it when it is newly marked and
/// may hold pointers (Go's greyobject).
#[inline]
unsafe fn mark_word(w: usize, work: &mut Vec<usize>, stats: &mut GcStats) {
    if let Some((s, idx)) = find_slot(w) {
        if (*s).mark(idx) {
            stats.marked_objects += 1;
            stats.marked_bytes += (*s).elemsize;
            if !(*s).noscan() {
                work.push((*s).base + idx * (*s).elemsize);
            }
        }
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
        keep.push(sp);
    }
    h.spans = keep;
}

// ---------------------------------------------------------------------------------------------
// Pacing and triggering (Go's gcController, reduced to one thread)

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};

/// Collections happen only once a Go program runs (`enable`): the runtime's unit tests
/// allocate from many threads and must never collect.
static ENABLED: AtomicBool = AtomicBool::new(false);
/// GOGC: the percentage the heap may grow over the live heap before the next collection;
/// negative = off.
static GCPERCENT: AtomicI64 = AtomicI64::new(100);
/// Collect when the heap's live bytes reach this (Go's heap goal).
static NEXT_GC: AtomicUsize = AtomicUsize::new(MIN_HEAP);
/// DEFERC_GCSTRESS=N: collect at every N-th allocation (0 = off).
pub(super) static STRESS: AtomicUsize = AtomicUsize::new(0);
static GCTRACE: AtomicBool = AtomicBool::new(false);
static CHECKMARK: AtomicBool = AtomicBool::new(false);
pub static NUM_GC: AtomicU64 = AtomicU64::new(0);
pub static PAUSE_TOTAL_NS: AtomicU64 = AtomicU64::new(0);
/// Go's minimum heap goal (4 MiB at GOGC=100).
const MIN_HEAP: usize = 4 << 20;

/// Turns collection on for a program, with Go's settings from the environment: GOGC (`off`,
/// or a percentage; anything else means 100), GODEBUG=gctrace=1, and DEFERC_GCSTRESS.
pub fn enable() {
    let gogc = std::env::var("GOGC").ok();
    let pct = match gogc.as_deref() {
        Some("off") => -1,
        Some(v) => v.parse::<i64>().unwrap_or(100),
        None => 100,
    };
    GCPERCENT.store(pct, Ordering::Relaxed);
    let stress = std::env::var("DEFERC_GCSTRESS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    STRESS.store(stress, Ordering::Relaxed);
    let godebug = std::env::var("GODEBUG").unwrap_or_default();
    let debug = |key: &str| godebug.split(',').any(|kv| kv == key);
    GCTRACE.store(debug("gctrace=1"), Ordering::Relaxed);
    CHECKMARK.store(debug("gccheckmark=1"), Ordering::Relaxed);
    super::mstats::note_start();
    ENABLED.store(true, Ordering::Relaxed);
}

/// The allocator's slow paths ask this: is the heap past its goal?
pub(super) fn should_collect(heap_live: usize) -> bool {
    ENABLED.load(Ordering::Relaxed)
        && GCPERCENT.load(Ordering::Relaxed) >= 0
        && heap_live >= NEXT_GC.load(Ordering::Relaxed)
}

/// runtime.GC: a full collection now (when a program runs; otherwise nothing).
#[no_mangle]
pub extern "C" fn deferc_gc() {
    if ENABLED.load(Ordering::Relaxed) {
        super::mstats::NUM_FORCED_GC.fetch_add(1, Ordering::Relaxed);
        // SAFETY: called by compiled Go code on its goroutine's stack.
        unsafe { collect_now() };
    }
}

/// debug.SetGCPercent: the new GOGC (negative turns collection off), returning the old one.
/// The heap goal follows from the last collection's live heap at once, so a lower setting
/// collects at the next allocation slow path if the heap is already past it.
#[no_mangle]
pub extern "C" fn deferc_debug_setGCPercent(pct: i64) -> i64 {
    let old = GCPERCENT.swap(pct.max(-1), Ordering::Relaxed);
    set_goal(LAST_LIVE.load(Ordering::Relaxed));
    old
}

/// debug.FreeOSMemory: a collection, then every free page goes back to the OS.
#[no_mangle]
pub extern "C" fn deferc_debug_freeOSMemory() {
    if ENABLED.load(Ordering::Relaxed) {
        super::mstats::NUM_FORCED_GC.fetch_add(1, Ordering::Relaxed);
        // SAFETY: called by compiled Go code on its goroutine's stack.
        unsafe { collect_now() };
    }
    heap::lock().scavenge(0);
}

/// The live heap the last collection found.
static LAST_LIVE: AtomicUsize = AtomicUsize::new(0);

/// The next heap goal from the live heap (Go's gcControllerState.commit): live plus GOGC
/// percent of it, at least the 4 MiB minimum (scaled by GOGC, as Go's heapMinimum is).
fn set_goal(live: usize) {
    let pct = GCPERCENT.load(Ordering::Relaxed).max(0) as usize;
    NEXT_GC.store(
        (live + live / 100 * pct)
            .max(MIN_HEAP / 100 * pct.max(1))
            .max(MIN_HEAP),
        Ordering::Relaxed,
    );
}

/// The current heap goal (MemStats.NextGC).
pub fn next_gc() -> usize {
    NEXT_GC.load(Ordering::Relaxed)
}

/// Whether collection is off (GOGC=off or a negative SetGCPercent).
pub fn gc_off() -> bool {
    GCPERCENT.load(Ordering::Relaxed) < 0
}

/// Collects with the roots of the running program: the registered globals, every G's record
/// and stack (the running one's from here up, its registers stored in this frame first), and
/// os.Args. Does nothing unless called on a goroutine's stack.
///
/// # Safety
/// Called on the thread that runs Go code, outside any borrow of the heap or of this thread's
/// allocation cache.
#[inline(never)]
pub unsafe fn collect_now() -> Option<GcStats> {
    use crate::goroutine::{getg, G};
    let mut regs = [0usize; crate::arch::CALLEE_SAVED];
    crate::arch::save_callee_saved(&mut regs);
    let sp = regs.as_ptr() as usize;
    let g = getg();
    if (*g).stack_hi == 0 || sp < (*g).stack_lo || sp >= (*g).stack_hi {
        return None;
    }
    let start = std::time::Instant::now();
    let mut roots: Vec<(usize, usize)> = super::roots::globals()
        .iter()
        .map(|r| (r.addr, r.addr + r.size))
        .collect();
    for gp in crate::sched::all_gs() {
        roots.push((gp as usize, gp as usize + std::mem::size_of::<G>()));
        if let Some(r) = crate::sched::stack_range(gp, sp) {
            roots.push(r);
        }
    }
    let args = crate::pkg_os::args_root();
    let args_word = [args];
    roots.push((args_word.as_ptr() as usize, args_word.as_ptr() as usize + 8));
    let st = collect(&roots);
    std::hint::black_box(&regs);
    std::hint::black_box(&args_word);
    let live = st.marked_bytes;
    LAST_LIVE.store(live, Ordering::Relaxed);
    set_goal(live);
    super::malloc::set_live(live);
    // Go's scavenger keeps what the heap needs until its next goal, plus 10%, resident, and
    // returns the rest of the free pages to the OS.
    {
        let mut h = heap::lock();
        let retain = NEXT_GC.load(Ordering::Relaxed) / 10 * 11;
        let inuse = h.inuse_pages * heap::PAGE_SIZE;
        h.scavenge(retain.saturating_sub(inuse));
    }
    let n = NUM_GC.fetch_add(1, Ordering::Relaxed) + 1;
    let pause = start.elapsed().as_nanos() as u64;
    PAUSE_TOTAL_NS.fetch_add(pause, Ordering::Relaxed);
    super::mstats::record_gc(st, pause);
    if GCTRACE.load(Ordering::Relaxed) {
        let line = format!(
            "gc {} @{:.3}s: {:.3} ms, {} MB live, {} freed objects, {} MB goal\n",
            n,
            crate::time::deferc_nanotime() as f64 / 1e9,
            pause as f64 / 1e6,
            live >> 20,
            st.freed_objects,
            NEXT_GC.load(Ordering::Relaxed) >> 20
        );
        crate::os::write_fd(2, line.as_bytes());
    }
    Some(st)
}
