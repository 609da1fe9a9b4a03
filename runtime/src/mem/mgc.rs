//! The collector's cycle (Go's mgc.go): non-moving mark-sweep, incremental marking under a
//! page-protection snapshot barrier, a short stop for mark termination and sweep.
//!
//! A cycle marks every object reachable from the roots, then sweeps: in every span the marked
//! objects become the allocated ones and every other slot is free again (mgcsweep.rs).
//! Marking (mgcmark.rs) is precise in the heap and conservative in the roots.
//!
//! Compiled Go code is M:1: the collector runs on the thread that runs Go code, inside an
//! allocation's slow path or runtime.GC, so while it works every other goroutine is parked
//! and the world is stopped. A cycle, started at the pacer's trigger (mgcpacer.rs):
//!
//!  1. Protection: steps write-protect the carved heap, a piece each (mbarrier.rs). Nothing is
//!     black yet, so the program's stores need no tracking.
//!  2. The snapshot (a short stop): the rest is protected, the barrier starts copying pages,
//!     allocation turns black (`MARKING`: objects allocated from here on are marked at once),
//!     and every root is greyed.
//!  3. Incremental marking: the program runs; each allocation slow path pays for what was
//!     allocated since the last with a mark step of at most `STEP_MAX`: first the page copies
//!     the barrier made (every pointer word a page held before its first store is greyed), then
//!     grey objects.
//!  4. Termination (a stop): the last copies and greys, finalizers (mfinal.rs), the verifier if
//!     asked for, sweep, the next goal, and the scavenger.
//!
//! Why this is enough (snapshot at the beginning): every object reachable at the snapshot is
//! marked, because any pointer the program deletes from the heap afterwards was on a page
//! that was copied before its first store, and the copy is greyed; stacks and globals need no
//! barrier because every root was greyed at the snapshot, and a pointer loaded since came from
//! the heap. Objects allocated since are black. An object unreachable at the snapshot can
//! never become reachable again. So termination rescans nothing and its pause does not depend
//! on what the program wrote. GODEBUG=gccheckmark=1 verifies it after every cycle.
//!
//! Small heaps (under mgcpacer's INCREMENTAL_MIN_LIVE live), runtime.GC, debug.FreeOSMemory
//! and GODEBUG=gcstoptheworld=1 collect stop-the-world: the whole mark in one stop.
//! DEFERC_GCSTRESS=N takes a collection step at every N-th allocation, alternating
//! stop-the-world collections with incremental cycles of tiny steps, to flush out missing
//! roots, pointer bits and barrier misses.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use super::heap;
use super::mgcmark::{checkmark, on_goroutine_stack, with_roots, Marker};
pub use super::mgcpacer::{enable, next_gc};
use super::mgcpacer::{
    gc_off, incremental, set_goal, trigger, ASSIST_RATIO, CHECKMARK, ENABLED, GCTRACE,
    INCREMENTAL_MIN_LIVE, LAST_LIVE, NUM_GC, PAUSE_TOTAL_NS,
};

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
    /// Bytes of objects allocated after sweep (the marked ones, and those allocated black
    /// while the cycle marked): the live heap pacing starts from.
    pub live_bytes: usize,
}

/// The longest an incremental mark step runs.
const STEP_MAX: Duration = Duration::from_millis(2);
/// A step scans at least this many bytes (so a cycle always progresses).
const STEP_MIN_BYTES: usize = 64 << 10;

/// Marks everything reachable from the words in `roots` (address ranges [lo, hi)), then
/// sweeps the whole heap: a whole cycle in one stop.
///
/// # Safety
/// The world is stopped: no other thread allocates or reads the heap, and no incremental
/// cycle is in progress. Every range is readable. Every pointer to a heap object that the
/// program can still use is in a root range or in a reachable object: anything else is freed.
pub unsafe fn collect(roots: &[(usize, usize)]) -> GcStats {
    let mut m = Marker::default();
    for &(lo, hi) in roots {
        m.scan_block(lo, hi);
    }
    terminate(&mut m);
    m.stats
}

/// Mark termination's common part: finalizers, the final drain, the verifier, sweep.
unsafe fn terminate(m: &mut Marker) {
    let finalizers = super::mfinal::any();
    if finalizers {
        m.mark_finalizer_roots();
    }
    m.drain();
    if finalizers {
        let queued = super::mfinal::queue_unreachable(
            |obj| heap::find_slot(obj).is_some_and(|(s, i)| (*s).is_marked(i)),
            |obj| m.mark_word(obj),
        );
        m.drain();
        if queued != 0 {
            super::mfinal::note_wake();
        }
    }
    if CHECKMARK.load(Ordering::Relaxed) {
        checkmark();
    }
    crate::strings::forget_last_concat();
    super::mgcsweep::sweep(&mut m.stats);
}

/// An incremental cycle in progress (Go's work and gcphase == _GCmark).
struct Cycle {
    m: Marker,
    /// The snapshot has been taken: the heap is protected, the roots greyed, allocation is
    /// black. Before that, steps only protect the heap, a piece at a time.
    snapshot: bool,
    /// When it started, and the stops so far (the snapshot's, the steps').
    start: Instant,
    start_ns: u64,
    longest_ns: u64,
    steps: usize,
    /// Bytes allocated in all at the last step, and mark bytes owed per byte allocated.
    alloc_mark: u64,
    ratio: f64,
    /// Stress mode's cycle: steps of a few objects.
    stress: bool,
    /// Bytes allocated in all at the snapshot (what the cycle allocated black, at its end).
    alloc_snapshot: u64,
}

// SAFETY: the cycle is only touched by the thread that runs Go code (the allocator's slow
// paths and runtime.GC); the mutex just makes that explicit.
unsafe impl Send for Cycle {}

static CYCLE: Mutex<Option<Cycle>> = Mutex::new(None);

/// Allocation is black (Go's gcBlackenEnabled): objects allocated while a cycle marks are
/// marked at once, so sweep keeps them (they are not in the snapshot marking traces).
static MARKING: AtomicBool = AtomicBool::new(false);

/// Whether allocation must mark what it hands out (malloc.rs).
#[inline]
pub(super) fn marking() -> bool {
    MARKING.load(Ordering::Relaxed)
}

fn take_cycle() -> Option<Cycle> {
    CYCLE.lock().unwrap_or_else(|e| e.into_inner()).take()
}

fn put_cycle(c: Cycle) {
    *CYCLE.lock().unwrap_or_else(|e| e.into_inner()) = Some(c);
}

/// The allocator's slow paths call this with the heap's live bytes (malloc.rs): start a
/// cycle at the trigger, pay for allocation with a mark step during one, or (`stress`) take
/// a stress step.
///
/// # Safety
/// Called on the thread running Go code, outside any borrow of the heap or of this thread's
/// allocation cache.
pub(super) unsafe fn alloc_slow(heap_live: usize, stress: bool) {
    if !ENABLED.load(Ordering::Relaxed) {
        return;
    }
    if !on_goroutine_stack() {
        return;
    }
    if stress {
        stress_step();
        return;
    }
    if let Some(c) = take_cycle() {
        mark_step(c, heap_live);
        return;
    }
    if gc_off() || heap_live < trigger() {
        return;
    }
    if incremental() && LAST_LIVE.load(Ordering::Relaxed) >= INCREMENTAL_MIN_LIVE {
        start_cycle(false);
    } else {
        collect_now();
    }
}

/// DEFERC_GCSTRESS's step: a stop-the-world collection, or a tiny step of an incremental
/// cycle (starting one if none runs), alternately.
unsafe fn stress_step() {
    if let Some(mut c) = take_cycle() {
        let t = Instant::now();
        let done = work(&mut c, 256, t + STEP_MAX);
        note_step(&mut c, t);
        if done {
            finish_cycle(c);
        } else {
            put_cycle(c);
        }
    } else if NUM_GC.load(Ordering::Relaxed).is_multiple_of(2) || !incremental() {
        collect_now();
    } else {
        start_cycle(true);
    }
}

/// A cycle begins: tracking starts (mbarrier.rs), nothing is protected yet.
unsafe fn start_cycle(stress: bool) {
    let t = Instant::now();
    let ranges = heap::lock().tracked_ranges();
    if !super::mbarrier::protect(&ranges) {
        collect_now();
        return;
    }
    let live = LAST_LIVE.load(Ordering::Relaxed).max(1 << 20);
    let room = super::mgcpacer::next_gc()
        .saturating_sub(trigger())
        .max(1 << 20);
    put_cycle(Cycle {
        m: Marker::default(),
        snapshot: false,
        start: t,
        start_ns: 0,
        longest_ns: 0,
        steps: 0,
        alloc_mark: super::malloc::total_alloc_bytes(),
        ratio: live as f64 / room as f64 * ASSIST_RATIO,
        stress,
        alloc_snapshot: 0,
    });
}

/// A mark step paying for the bytes allocated since the last one; termination when marking
/// is done, or at once when the heap has run far past its goal.
unsafe fn mark_step(mut c: Cycle, heap_live: usize) {
    let t = Instant::now();
    let alloc = super::malloc::total_alloc_bytes();
    let debt = alloc.saturating_sub(c.alloc_mark);
    c.alloc_mark = alloc;
    let goal = super::mgcpacer::next_gc();
    if c.snapshot && heap_live >= goal.saturating_mul(2) {
        // The program allocates faster than steps mark: finish in one stop rather than let
        // the heap grow without bound.
        finish_cycle(c);
        return;
    }
    let bytes = ((debt as f64 * c.ratio) as usize).max(STEP_MIN_BYTES);
    let done = work(&mut c, bytes, t + STEP_MAX);
    note_step(&mut c, t);
    if done {
        finish_cycle(c);
    } else {
        put_cycle(c);
    }
}

/// Heap protected per step before the snapshot (mprotect walks the page tables).
const PROTECT_PIECE: usize = 16 << 20;

/// Where protection stands before the snapshot.
#[derive(PartialEq, Eq)]
enum Protection {
    /// All carved heap is protected.
    Done,
    /// More to protect.
    More,
    /// Heap was carved where tracking cannot reach (a reservation made, or grown past, after
    /// tracking began): this cycle must end stop-the-world.
    Untracked,
}

/// Extends protection over carved heap not protected yet, at most PROTECT_PIECE per range
/// (everything when `all`).
unsafe fn protect_more(all: bool) -> Protection {
    let ranges = heap::lock().tracked_ranges();
    let covered = super::mbarrier::covered();
    if ranges.len() != covered.len() {
        return Protection::Untracked;
    }
    let mut state = Protection::Done;
    for (i, (&(lo, old_hi), &(rlo, hi, _))) in covered.iter().zip(&ranges).enumerate() {
        if lo != rlo || hi > super::mbarrier::tracked_end(i) {
            return Protection::Untracked;
        }
        if hi > old_hi {
            let to = if all {
                hi
            } else {
                hi.min(old_hi + PROTECT_PIECE)
            };
            super::mbarrier::extend(i, to);
            if to < hi {
                state = Protection::More;
            }
        }
    }
    state
}

/// The snapshot: all carved heap protected, copies on first write from now on, allocation
/// black, and the roots greyed (a short stop).
unsafe fn snapshot(c: &mut Cycle) -> bool {
    if protect_more(true) != Protection::Done {
        return false;
    }
    super::mbarrier::begin_snapshot();
    MARKING.store(true, Ordering::Relaxed);
    let m = &mut c.m;
    with_roots(|roots| {
        for &(lo, hi) in roots {
            m.scan_block(lo, hi);
        }
    })
    .is_some()
}

/// Mark work for a step: protection before the snapshot, then the snapshot, then the
/// deletion barrier's page copies and grey objects. True when marking is done (nothing grey
/// and no copy left), or when it must end stop-the-world.
unsafe fn work(c: &mut Cycle, bytes: usize, deadline: Instant) -> bool {
    if !c.snapshot {
        match protect_more(false) {
            Protection::Untracked => return true,
            Protection::More => return false,
            Protection::Done => {}
        }
        let t = Instant::now();
        if !snapshot(c) {
            return true;
        }
        c.start_ns = t.elapsed().as_nanos() as u64;
        c.snapshot = true;
        c.alloc_snapshot = super::malloc::total_alloc_bytes();
    }
    // The copies first: they were made by the program's stores since the last step (marking
    // itself stores nothing into the heap, so none appear while it runs).
    let m = &mut c.m;
    super::mbarrier::drain_snapshot(|page, copy| m.shade_copy(page, copy));
    c.m.drain_some(bytes, deadline)
}

fn note_step(c: &mut Cycle, t: Instant) {
    let ns = t.elapsed().as_nanos() as u64;
    c.longest_ns = c.longest_ns.max(ns);
    c.steps += 1;
}

/// Mark termination (a stop): the last copies and greys, then finalizers and sweep. Without
/// a snapshot yet (or one that could not be taken), marking happens here, whole.
unsafe fn finish_cycle(mut c: Cycle) {
    let t = Instant::now();
    let mark_ns = c.start.elapsed().as_nanos() as u64;
    let m = &mut c.m;
    let ok = if c.snapshot {
        super::mbarrier::drain_snapshot(|page, copy| m.shade_copy(page, copy));
        m.drain();
        true
    } else {
        // No snapshot: a stop-the-world mark from the roots.
        with_roots(|roots| {
            for &(lo, hi) in roots {
                m.scan_block(lo, hi);
            }
        })
        .is_some()
    };
    super::mbarrier::unprotect();
    MARKING.store(false, Ordering::Relaxed);
    if !ok {
        // Not reachable: every caller checks on_goroutine_stack first.
        crate::traceback::throw(b"gc: mark termination off a goroutine stack");
    }
    terminate(&mut c.m);
    let term_ns = t.elapsed().as_nanos() as u64;
    let st = c.m.stats;
    end_cycle(
        st,
        Pauses {
            start_ns: c.start_ns,
            mark_ns,
            term_ns,
            longest_ns: c.longest_ns.max(term_ns),
            steps: c.steps,
            copied: super::mbarrier::FAULTS.swap(0, Ordering::Relaxed),
            stress: c.stress,
            black: if c.snapshot {
                super::malloc::total_alloc_bytes().saturating_sub(c.alloc_snapshot) as usize
            } else {
                0
            },
        },
    );
}

/// How a cycle's time went, for the statistics and the trace.
struct Pauses {
    start_ns: u64,
    mark_ns: u64,
    term_ns: u64,
    longest_ns: u64,
    steps: usize,
    copied: usize,
    stress: bool,
    /// Bytes allocated black (between the snapshot and termination).
    black: usize,
}

/// After a cycle: the next goal, the scavenger, the statistics, the trace line.
fn end_cycle(st: GcStats, p: Pauses) {
    let live = st.live_bytes;
    LAST_LIVE.store(live, Ordering::Relaxed);
    set_goal(live);
    super::malloc::set_live(live);
    // Go's scavenger keeps what the heap needs until its next goal, plus 10%, resident, and
    // returns the rest of the free pages to the OS.
    {
        let mut h = heap::lock();
        let retain = next_gc() / 10 * 11;
        let inuse = h.inuse_pages * heap::PAGE_SIZE;
        h.scavenge(retain.saturating_sub(inuse));
    }
    let n = NUM_GC.fetch_add(1, Ordering::Relaxed) + 1;
    // Go's PauseNs: the stop-the-world time of the cycle (its start and its termination).
    let stw = p.start_ns + p.term_ns;
    PAUSE_TOTAL_NS.fetch_add(stw, Ordering::Relaxed);
    super::mstats::record_gc(st, stw, p.longest_ns);
    if GCTRACE.load(Ordering::Relaxed) {
        let ms = |ns: u64| ns as f64 / 1e6;
        let line = format!(
            "gc {} @{:.3}s: {:.3}+{:.3}+{:.3} ms clock, {} steps, longest pause {:.3} ms, {} dirty pages, {} MB marked, {} MB allocated black, {} MB live, {} freed objects, {} MB goal{}\n",
            n,
            crate::time::deferc_nanotime() as f64 / 1e9,
            ms(p.start_ns),
            ms(p.mark_ns.saturating_sub(p.start_ns)),
            ms(p.term_ns),
            p.steps,
            ms(p.longest_ns),
            p.copied,
            st.marked_bytes >> 20,
            p.black >> 20,
            live >> 20,
            st.freed_objects,
            next_gc() >> 20,
            if p.stress { " (stress)" } else { "" },
        );
        crate::os::write_fd(2, line.as_bytes());
    }
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

/// A stop-the-world collection with the roots of the running program (mgcmark.rs
/// `with_roots`), after finishing the incremental cycle in progress if there is one (its
/// marks are only sound once it terminates). Does nothing unless called on a
/// goroutine's stack.
///
/// # Safety
/// Called on the thread that runs Go code, outside any borrow of the heap or of this thread's
/// allocation cache.
pub unsafe fn collect_now() -> Option<GcStats> {
    if !on_goroutine_stack() {
        return None;
    }
    if let Some(c) = take_cycle() {
        finish_cycle(c);
    }
    let t = Instant::now();
    let st = with_roots(|roots| collect(roots))?;
    let ns = t.elapsed().as_nanos() as u64;
    end_cycle(
        st,
        Pauses {
            start_ns: 0,
            mark_ns: 0,
            term_ns: ns,
            longest_ns: ns,
            steps: 0,
            copied: 0,
            stress: false,
            black: 0,
        },
    );
    Some(st)
}
