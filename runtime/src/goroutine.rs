//! G: the goroutine. Every defer record, panic and wait belongs to one. The main goroutine's G
//! is a static (id 1, as in Go) that exists from the start, even before the scheduler runs, so
//! code that needs "the current goroutine" always has one; the others are allocated by
//! `sched::newproc` and recycled (never freed) when they end.
//!
//! Layout invariant (compiled code depends on it): `G` is `repr(C)`; `defer` is at offset 8 and
//! `pool` at offset 16 (inlined defer pushes and pops, asserted in defer.rs), and compiled
//! prologues read `stackguard` at `offset_of!(G, stackguard)`. New fields go after the existing
//! ones; the fields after `stackguard` are the runtime's own.
//!
//! Ownership: a G is owned by the scheduler (sched.rs). Only the thread that runs Go code
//! touches Gs (M:1), so the fields are plain memory; `deferc_curg` points at the running one.

use std::cell::UnsafeCell;

use crate::defer::{Defer, NCLASSES};
use crate::panic::Panic;
use crate::types::Eface;

/// The coroutine type every goroutine runs on: resumed with (), suspends with (), returns ().
pub type Coro = corosensei::Coroutine<(), (), (), crate::stack::GoStack>;
/// The handle a running coroutine suspends itself through.
pub type Yielder = corosensei::Yielder<(), ()>;

/// Go's goroutine status values (runtime2.go's `_G*` constants), for the same readings.
pub const GIDLE: u32 = 0;
pub const GRUNNABLE: u32 = 1;
pub const GRUNNING: u32 = 2;
pub const GWAITING: u32 = 4;
pub const GDEAD: u32 = 6;

/// Go 1.19's waitReason values (runtime2.go), so a code the compiler passes (sync's
/// semacquire with a reason) means what it means in Go, and `wait_reason_string` prints Go's
/// text in deadlock reports.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    Zero = 0,
    ChanReceiveNilChan = 3,
    ChanSendNilChan = 4,
    Select = 9,
    SelectNoCases = 10,
    ChanReceive = 14,
    ChanSend = 15,
    Semacquire = 18,
    Sleep = 19,
    SyncCondWait = 20,
}

impl WaitReason {
    /// The reason for a code from compiled code; unknown codes read as `semacquire` (the only
    /// use of codes is sync's semaphores).
    pub fn from_code(code: u8) -> WaitReason {
        match code {
            3 => WaitReason::ChanReceiveNilChan,
            4 => WaitReason::ChanSendNilChan,
            9 => WaitReason::Select,
            10 => WaitReason::SelectNoCases,
            14 => WaitReason::ChanReceive,
            15 => WaitReason::ChanSend,
            19 => WaitReason::Sleep,
            20 => WaitReason::SyncCondWait,
            _ => WaitReason::Semacquire,
        }
    }

    /// Go 1.19's waitReasonStrings entry.
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::Zero => "",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::Semacquire => "semacquire",
            WaitReason::Sleep => "sleep",
            WaitReason::SyncCondWait => "sync.Cond.Wait",
        }
    }
}

#[repr(C)]
pub struct G {
    /// Go's goroutine id: 1 for main, user goroutines 5, 6, 7, ... (see sched.rs).
    pub goid: i64,
    /// Newest pending runtime defer record of this goroutine (a linked list through `link`).
    pub defer: *mut Defer,
    /// Free Defer records by size class: a defer in a loop reuses records instead of allocating.
    pub pool: [*mut Defer; NCLASSES],
    /// Newest panic in progress (Go's `_panic` list, linked through `Panic::link`).
    pub panic: *mut Panic,
    /// Free Panic records (linked through `link`): a recover loop allocates nothing.
    pub panicpool: *mut Panic,
    /// Go's gp.sig: the signal (SIGSEGV = 11) that raised a panic still on the list, for the
    /// `[signal ...]` line of the crash output; cleared when a recovery empties the list.
    pub sig: u32,
    /// The pc reported in that line.
    pub sigpc: usize,
    /// The value of the last panic caught by a status-returning trampoline
    /// (`deferc_panic_catch`), for messages such as "panic while printing panic value: ...".
    pub caught: Eface,
    /// Go's stackguard0: compiled prologues trap when SP is below it. The stack's low end plus
    /// `stack::GUARD_MARGIN`, so the Rust runtime code that Go code calls has room beneath the
    /// lowest Go frame. 0 (never trips) while the G has no stack of its own.
    pub stackguard: usize,
    /// The goroutine's stack [stack_lo, stack_hi); 0/0 before it has one.
    pub stack_lo: usize,
    pub stack_hi: usize,
    /// GRUNNABLE, GRUNNING, GWAITING, GDEAD (GIDLE before first use).
    pub status: u32,
    /// Why it waits (meaningful while GWAITING).
    pub waitreason: WaitReason,
    /// Go's selectDone: set by whoever claims one of a blocked select's cases, so the other
    /// cases' sudogs are passed over until the select dequeues them.
    pub selectdone: bool,
    /// Where the goroutine parked: its Go caller's frame pointer and the return address into
    /// it (captured by the blocking entry points' shims, arch/*.rs), for deadlock tracebacks.
    pub park_fp: usize,
    pub park_pc: usize,
    /// The return address into the function whose `go` statement created this goroutine
    /// (Go's gopc), for the "created by" line; 0 for main.
    pub gopc: usize,
    /// Go's gp.param: the sudog that completed a blocked select (set by the waker).
    pub param: *mut crate::chan::Sudog,
    /// The coroutine the goroutine runs on (None for a dead G, and for main until run).
    pub coro: Option<Coro>,
    /// The running coroutine's yielder (valid while `coro` is live and started).
    pub yielder: *const Yielder,
    /// Sudogs of the select this goroutine is blocked in (kept to reuse their allocation).
    pub selsudogs: Vec<crate::chan::Sudog>,
    /// While the goroutine is switched out (sched::switch_out): the lowest address of its stack
    /// that holds anything of its own, its callee-saved registers included; 0 while it runs or
    /// has not started. A collection scans [sched_sp, stack_hi).
    pub sched_sp: usize,
    /// The argument of the `go` statement's record until the goroutine ends (Go's startarg):
    /// before it starts, this is the only reference to the record a collection can see.
    pub startarg: usize,
}

impl G {
    /// A G with nothing: no stack, no records.
    pub const fn new(goid: i64) -> G {
        G {
            goid,
            defer: std::ptr::null_mut(),
            pool: [std::ptr::null_mut(); NCLASSES],
            panic: std::ptr::null_mut(),
            panicpool: std::ptr::null_mut(),
            sig: 0,
            sigpc: 0,
            caught: Eface {
                typ: std::ptr::null(),
                data: std::ptr::null(),
            },
            stackguard: 0,
            stack_lo: 0,
            stack_hi: 0,
            status: GIDLE,
            waitreason: WaitReason::Zero,
            selectdone: false,
            park_fp: 0,
            park_pc: 0,
            gopc: 0,
            param: std::ptr::null_mut(),
            coro: None,
            yielder: std::ptr::null(),
            selsudogs: Vec::new(),
            sched_sp: 0,
            startarg: 0,
        }
    }
}

struct GCell(UnsafeCell<G>);

// SAFETY: deferc runs goroutines M:1 on the thread that runs Go code; no G is touched from two
// threads at once.
unsafe impl Sync for GCell {}

/// The main goroutine's G.
static G0: GCell = GCell(UnsafeCell::new(G::new(1)));

/// The main goroutine's G (id 1).
pub fn main_g() -> *mut G {
    G0.0.get()
}

/// The running goroutine, as a symbol generated code reads (it inlines defer record pushes and
/// pops, and the stack check reads `stackguard`): `deferc_curg` holds a pointer to the current G.
#[repr(transparent)]
pub struct CurG(UnsafeCell<*mut G>);

// SAFETY: as for GCell: only the thread running Go code reads or writes it.
unsafe impl Sync for CurG {}

#[no_mangle]
pub static deferc_curg: CurG = CurG(UnsafeCell::new(G0.0.get()));

/// The running goroutine.
#[inline]
pub fn getg() -> *mut G {
    // SAFETY: deferc_curg always holds a valid G pointer.
    unsafe { *deferc_curg.0.get() }
}

/// Makes `g` the running goroutine (the scheduler, when it switches).
///
/// # Safety
/// `g` must be a live G; only the thread running Go code may call this.
#[inline]
pub unsafe fn setg(g: *mut G) {
    *deferc_curg.0.get() = g;
}

const _: () = assert!(std::mem::offset_of!(G, stackguard) == 96);
