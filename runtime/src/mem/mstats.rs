//! Memory statistics (Go's mstats.go): the counters the allocator and the collector keep, and
//! runtime.ReadMemStats, which writes them into a Go `runtime.MemStats`.
//!
//! Allocation counts are kept per thread on the fast path and flushed on slow paths
//! (malloc.rs); frees are counted by sweep (mgc.rs); collections record their pauses here.
//! ReadMemStats flushes the calling thread's counts first, so its figures are exact for a
//! program (compiled Go code runs on one thread).
//!
//! What the figures mean here: HeapAlloc (= Alloc) is the bytes of allocated objects, size
//! classes' rounding included, from the last sweep's survivors and everything allocated since;
//! HeapSys is the heap memory committed; HeapInuse the pages of in-use spans; HeapReleased the
//! free pages returned to the OS; StackSys the address space of goroutine stacks (mapped
//! lazily, so most of it is not resident); Sys all memory obtained from the OS.

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

use super::heap;
use super::malloc::NMALLOC;
use super::mgc::GcStats;
use super::sizeclasses::{CLASS_TO_SIZE, NUM_SIZE_CLASSES};

/// Objects freed per size class (class 0: large objects), and bytes freed.
pub(super) static NFREE: [AtomicU64; NUM_SIZE_CLASSES] =
    [const { AtomicU64::new(0) }; NUM_SIZE_CLASSES];
static FREED_BYTES: AtomicU64 = AtomicU64::new(0);
/// runtime.GC and debug.FreeOSMemory calls (MemStats.NumForcedGC).
pub(super) static NUM_FORCED_GC: AtomicU64 = AtomicU64::new(0);

/// The last 256 pauses and when they ended (MemStats.PauseNs, PauseEnd: circular, the most
/// recent at [(NumGC+255)%256]), and the end of the last collection.
struct Pauses {
    ns: [u64; 256],
    end: [u64; 256],
    n: usize,
    last: u64,
}

static PAUSES: Mutex<Pauses> = Mutex::new(Pauses {
    ns: [0; 256],
    end: [0; 256],
    n: 0,
    last: 0,
});

/// The longest single pause of any cycle (a stop or an incremental step).
pub static MAX_PAUSE_NS: AtomicU64 = AtomicU64::new(0);

/// A collection ended: its frees, its stop-the-world time and its longest single pause.
pub(super) fn record_gc(st: GcStats, pause_ns: u64, longest_ns: u64) {
    MAX_PAUSE_NS.fetch_max(longest_ns, Ordering::Relaxed);
    FREED_BYTES.fetch_add(st.freed_bytes as u64, Ordering::Relaxed);
    let now = crate::time::deferc_walltime() as u64;
    let mut p = PAUSES.lock().unwrap_or_else(|e| e.into_inner());
    let i = p.n % 256;
    p.ns[i] = pause_ns;
    p.end[i] = now;
    p.n += 1;
    p.last = now;
}

/// Go's runtime.MemStats, field for field (Go 1.19's order and sizes: compiled code reads
/// the struct runtime.go declares, and the two must agree).
#[repr(C)]
pub struct GoMemStats {
    pub alloc: u64,
    pub total_alloc: u64,
    pub sys: u64,
    pub lookups: u64,
    pub mallocs: u64,
    pub frees: u64,
    pub heap_alloc: u64,
    pub heap_sys: u64,
    pub heap_idle: u64,
    pub heap_inuse: u64,
    pub heap_released: u64,
    pub heap_objects: u64,
    pub stack_inuse: u64,
    pub stack_sys: u64,
    pub mspan_inuse: u64,
    pub mspan_sys: u64,
    pub mcache_inuse: u64,
    pub mcache_sys: u64,
    pub buck_hash_sys: u64,
    pub gc_sys: u64,
    pub other_sys: u64,
    pub next_gc: u64,
    pub last_gc: u64,
    pub pause_total_ns: u64,
    pub pause_ns: [u64; 256],
    pub pause_end: [u64; 256],
    pub num_gc: u32,
    pub num_forced_gc: u32,
    pub gc_cpu_fraction: f64,
    pub enable_gc: bool,
    pub debug_gc: bool,
    pub by_size: [BySize; 61],
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
pub struct BySize {
    pub size: u32,
    pub mallocs: u64,
    pub frees: u64,
}

const _: () = assert!(std::mem::offset_of!(GoMemStats, pause_ns) == 192);
const _: () = assert!(std::mem::offset_of!(GoMemStats, num_gc) == 4288);
const _: () = assert!(std::mem::offset_of!(GoMemStats, by_size) == 4312);
const _: () = assert!(std::mem::size_of::<GoMemStats>() == 4312 + 61 * 24);

/// The process's start, for GCCPUFraction.
static START_NS: AtomicU64 = AtomicU64::new(0);

/// Notes the program's start (mgcpacer::enable).
pub(super) fn note_start() {
    START_NS.store(crate::time::deferc_nanotime() as u64, Ordering::Relaxed);
}

/// runtime.ReadMemStats.
///
/// # Safety
/// `m` points at a Go runtime.MemStats.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_readMemStats(m: *mut GoMemStats) {
    let m = &mut *m;
    let base = super::malloc::read_stats();
    let mut by_size = [BySize::default(); 61];
    let mut frees = 0u64;
    for class in 0..NUM_SIZE_CLASSES {
        let f = NFREE[class].load(Ordering::Relaxed);
        frees += f;
        if class < 61 {
            by_size[class] = BySize {
                size: CLASS_TO_SIZE[class] as u32,
                mallocs: if class == 0 {
                    0
                } else {
                    NMALLOC[class].load(Ordering::Relaxed)
                },
                frees: if class == 0 { 0 } else { f },
            };
        }
    }
    let heap_alloc = base
        .total_alloc
        .saturating_sub(FREED_BYTES.load(Ordering::Relaxed));
    let (inuse, released, sys) = {
        let h = heap::lock();
        (
            (h.inuse_pages * heap::PAGE_SIZE) as u64,
            h.released_bytes as u64,
            h.sys as u64,
        )
    };
    let (hot, cold, chunks) = crate::stack::stats();
    let stack_sys = (chunks * crate::stack::STACKS_PER_CHUNK * crate::stack::STACK_SIZE) as u64;
    let stack_inuse = stack_sys.saturating_sub(((hot + cold) * crate::stack::STACK_SIZE) as u64);
    let p = PAUSES.lock().unwrap_or_else(|e| e.into_inner());
    let num_gc = super::mgcpacer::NUM_GC.load(Ordering::Relaxed);
    let pause_total = super::mgcpacer::PAUSE_TOTAL_NS.load(Ordering::Relaxed);
    let elapsed = crate::time::deferc_nanotime() as u64 - START_NS.load(Ordering::Relaxed);
    let total_sys = crate::oom::sys_bytes() as u64;
    *m = GoMemStats {
        alloc: heap_alloc,
        total_alloc: base.total_alloc,
        sys: total_sys.max(sys + stack_sys),
        lookups: 0,
        mallocs: base.mallocs,
        frees,
        heap_alloc,
        heap_sys: sys,
        heap_idle: sys.saturating_sub(inuse),
        heap_inuse: inuse,
        heap_released: released,
        heap_objects: base.mallocs.saturating_sub(frees),
        stack_inuse,
        stack_sys,
        mspan_inuse: 0,
        mspan_sys: 0,
        mcache_inuse: 0,
        mcache_sys: 0,
        buck_hash_sys: 0,
        gc_sys: 0,
        other_sys: total_sys.saturating_sub(sys + stack_sys),
        next_gc: super::mgcpacer::next_gc() as u64,
        last_gc: p.last,
        pause_total_ns: pause_total,
        pause_ns: p.ns,
        pause_end: p.end,
        num_gc: num_gc as u32,
        num_forced_gc: NUM_FORCED_GC.load(Ordering::Relaxed) as u32,
        gc_cpu_fraction: if elapsed == 0 {
            0.0
        } else {
            pause_total as f64 / elapsed as f64
        },
        enable_gc: true,
        debug_gc: false,
        by_size,
    };
}
