//! Pacing (Go's mgcpacer.go, reduced to one thread): when a cycle starts, how much mark work
//! each allocation pays for, and the settings (GOGC, debug.SetGCPercent, GODEBUG).
//!
//! The heap goal is Go's: the live heap the last cycle found plus GOGC percent of it, at
//! least 4 MiB. An incremental cycle starts at the trigger, 90% of the way from the live heap
//! to the goal, so that its marking, paid for by allocation (each allocation slow path does
//! mark work in proportion to the bytes allocated since the last, `ASSIST_RATIO`-scaled by
//! the expected work over the room left), ends near the goal. A small heap (the last live heap
//! under `INCREMENTAL_MIN_LIVE`) is collected stop-the-world at its goal: its whole mark takes
//! less than a step would.

use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU64, AtomicUsize, Ordering};

/// Collections happen only once a Go program runs (`enable`): the runtime's unit tests
/// allocate from many threads and must never collect.
pub(super) static ENABLED: AtomicBool = AtomicBool::new(false);
/// GOGC: the percentage the heap may grow over the live heap before the next collection;
/// negative = off.
static GCPERCENT: AtomicI64 = AtomicI64::new(100);
/// The heap goal (Go's heapGoal) and the trigger of the next incremental cycle.
static NEXT_GC: AtomicUsize = AtomicUsize::new(MIN_HEAP);
static TRIGGER: AtomicUsize = AtomicUsize::new(MIN_HEAP);
/// DEFERC_GCSTRESS=N: a collection step at every N-th allocation (0 = off).
pub(super) static STRESS: AtomicUsize = AtomicUsize::new(0);
pub(super) static GCTRACE: AtomicBool = AtomicBool::new(false);
pub(super) static CHECKMARK: AtomicBool = AtomicBool::new(false);
/// GODEBUG=gcstoptheworld=1: every collection stops the world for its whole mark.
static STOPTHEWORLD: AtomicBool = AtomicBool::new(false);
pub static NUM_GC: AtomicU64 = AtomicU64::new(0);
pub static PAUSE_TOTAL_NS: AtomicU64 = AtomicU64::new(0);
/// The live heap the last cycle found.
pub(super) static LAST_LIVE: AtomicUsize = AtomicUsize::new(0);
/// Go's minimum heap goal (4 MiB at GOGC=100).
const MIN_HEAP: usize = 4 << 20;
/// Below this live heap, collections are stop-the-world (a few milliseconds at most).
pub(super) const INCREMENTAL_MIN_LIVE: usize = 3 << 20;
/// Mark work per byte allocated, over the expected work per byte of room (a safety margin so
/// marking ends before the goal).
pub(super) const ASSIST_RATIO: f64 = 4.0;
/// Where the trigger sits between the live heap and the goal, in tenths.
const TRIGGER_TENTHS: usize = 9;

/// Turns collection on for a program, with Go's settings from the environment: GOGC (`off`,
/// or a percentage; anything else means 100), GODEBUG=gctrace=1, gccheckmark=1,
/// gcstoptheworld=1, and DEFERC_GCSTRESS.
pub fn enable() {
    let gogc = std::env::var("GOGC").ok();
    let pct = match gogc.as_deref() {
        Some("off") => -1,
        Some(v) => v.parse::<i64>().unwrap_or(100),
        None => 100,
    };
    GCPERCENT.store(pct, Ordering::Relaxed);
    set_goal(0);
    let stress = std::env::var("DEFERC_GCSTRESS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .unwrap_or(0);
    STRESS.store(stress, Ordering::Relaxed);
    let godebug = std::env::var("GODEBUG").unwrap_or_default();
    let debug = |key: &str| godebug.split(',').any(|kv| kv == key);
    GCTRACE.store(debug("gctrace=1"), Ordering::Relaxed);
    CHECKMARK.store(debug("gccheckmark=1"), Ordering::Relaxed);
    STOPTHEWORLD.store(debug("gcstoptheworld=1"), Ordering::Relaxed);
    super::mstats::note_start();
    ENABLED.store(true, Ordering::Relaxed);
}

/// The next goal and trigger from the live heap (Go's gcControllerState.commit): live plus
/// GOGC percent of it, at least the 4 MiB minimum.
pub(super) fn set_goal(live: usize) {
    let pct = GCPERCENT.load(Ordering::Relaxed).max(0) as usize;
    let goal = (live + live / 100 * pct)
        .max(MIN_HEAP / 100 * pct.max(1))
        .max(MIN_HEAP);
    NEXT_GC.store(goal, Ordering::Relaxed);
    let trigger = if incremental() && live >= INCREMENTAL_MIN_LIVE {
        live + (goal - live) / 10 * TRIGGER_TENTHS
    } else {
        goal
    };
    TRIGGER.store(trigger, Ordering::Relaxed);
}

/// The current heap goal (MemStats.NextGC).
pub fn next_gc() -> usize {
    NEXT_GC.load(Ordering::Relaxed)
}

/// When the next cycle starts.
pub(super) fn trigger() -> usize {
    TRIGGER.load(Ordering::Relaxed)
}

/// Whether collection is off (GOGC=off or a negative SetGCPercent).
pub fn gc_off() -> bool {
    GCPERCENT.load(Ordering::Relaxed) < 0
}

/// Whether cycles may mark incrementally: not under GODEBUG=gcstoptheworld=1, and only with
/// the fault handler that the page-protection barrier needs (mbarrier.rs).
pub(super) fn incremental() -> bool {
    !STOPTHEWORLD.load(Ordering::Relaxed) && crate::signal::installed()
}

/// debug.SetGCPercent: the new GOGC (negative turns collection off), returning the old one.
/// The heap goal follows from the last cycle's live heap at once, so a lower setting
/// collects at the next allocation slow path if the heap is already past it.
#[no_mangle]
pub extern "C" fn deferc_debug_setGCPercent(pct: i64) -> i64 {
    let old = GCPERCENT.swap(pct.max(-1), Ordering::Relaxed);
    set_goal(LAST_LIVE.load(Ordering::Relaxed));
    old
}
