//! The scheduler: goroutines as stackful coroutines, run M:1 on the thread that called
//! `run_main` (Go's proc.go in spirit, with Go's names: newproc, gopark, goready, runqput,
//! findrunnable, execute, checkdead).
//!
//! Every goroutine, main included, runs on a corosensei coroutine with a stack of its own
//! (stack.rs). The scheduler loop runs on the thread's own stack (Go's g0): it picks a runnable
//! G, resumes its coroutine, and gets control back when the goroutine parks, yields or ends.
//! So a switch from one goroutine to another is two coroutine switches (G -> loop -> G').
//!
//! Run queues follow Go's with one P (GOMAXPROCS=1), so the order in which goroutines run is the
//! order Go 1.19 gives them there: a new or readied goroutine goes to `runnext` (the one it
//! displaces goes to the local queue's tail); `runtime.Gosched` puts the caller on the global
//! queue; the local queue holds 256 and spills half to the global queue when full; every 61st
//! scheduling round takes from the global queue first. One difference: goroutines whose sleep
//! ended go to the local queue's tail in deadline order (Go readies each into `runnext`, which
//! on one P runs a batch of expired timers newest first; with several Ps, as the goldens were
//! made, they run in about deadline order).
//!
//! Goroutine ids: main is 1; Go's runtime.main starts its own system goroutines as 2, 3, 4
//! before main.main runs, so the first user goroutine is 5, then 6, 7, ... in creation order
//! (what Go 1.19 prints with GOMAXPROCS=1, and usually otherwise). Ids are never reused; G
//! structures and stacks are.
//!
//! A goroutine's body is the compiled program's trampoline (`deferc_set_go_trampoline`) called
//! with the `go` statement's (code, arg) on the new stack. The trampoline catches every panic
//! (a catch-all try_call) and asks `deferc_goexit_top` what to do: a Goexit ends the goroutine
//! (the trampoline returns, so the coroutine finishes and the G is recycled); anything else is
//! an unrecovered panic and ends the program with Go's crash output for this goroutine. The
//! panic unwinder walks frame pointers only up to that trampoline, so the coroutine's Rust
//! frames beneath it are never read.
//!
//! Invariants (SAFETY of everything here):
//! - Only the thread running the loop touches the scheduler, the Gs and the channels (M:1),
//!   and there is no preemption: between two switches a goroutine runs alone, so a wait queue
//!   seen by a waker always holds fully parked goroutines.
//! - No `&mut Sched` (or any Rust reference into scheduler state) is held across a coroutine
//!   switch: functions take `sched()` as a raw pointer and make short-lived references.
//! - A parked goroutine's frames stay where they are (stacks never move), so wait-queue entries
//!   (sudogs) live in the parked goroutine's own frame, and a waker writes through them.
//! - A suspended coroutine is never dropped (dropping one would start a Rust unwind through
//!   compiled frames that have no unwind info): when main returns the process exits with the
//!   others suspended, and `reset` (tests) `force_reset`s them first.

use std::cell::UnsafeCell;
use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

use corosensei::CoroutineResult;

use crate::funcdata::{find_site, findfunc};
use crate::goroutine::{
    getg, main_g, setg, Coro, WaitReason, Yielder, G, GDEAD, GRUNNABLE, GRUNNING, GWAITING,
};
use crate::stack;
use crate::traceback::{
    exit2, put_created_by, put_dec, put_frame, throw, Out, TRACEBACK_MAX_FRAMES,
};

/// The id of the first user goroutine (module doc).
pub const FIRST_USER_GOID: i64 = 5;
/// Go's local run queue capacity (`p.runq [256]guintptr`).
const LOCAL_RUNQ: usize = 256;

/// The compiled program's goroutine entry: `f(code, arg)` runs the goroutine's function.
pub type GoTrampoline = extern "C" fn(code: usize, arg: usize);

struct Sched {
    trampoline: Option<GoTrampoline>,
    /// The next user goroutine id.
    goidgen: i64,
    /// Every G ever allocated, main first (Go's allgs): the deadlock report's order.
    allgs: Vec<*mut G>,
    /// Dead Gs to reuse, newest last (Go's gFree, LIFO).
    gfree: Vec<*mut G>,
    runnext: *mut G,
    runq: VecDeque<*mut G>,
    globrunq: VecDeque<*mut G>,
    schedtick: u32,
    /// Sleeping goroutines: (deadline, sequence, G) in a min-heap.
    timers: BinaryHeap<Reverse<(i64, u64, usize)>>,
    timerseq: u64,
    /// Goroutines not dead, main included.
    live: usize,
    /// The main goroutine called runtime.Goexit.
    main_exited: bool,
    /// The loop is running (parking is possible).
    running: bool,
    /// fastrand state (select's random order).
    rand: u64,
    /// Scratch for select's poll order (used only before a select parks).
    pub(crate) pollorder: Vec<u32>,
}

struct SchedCell(UnsafeCell<Sched>);

// SAFETY: only the thread running Go code uses the scheduler (module invariants).
unsafe impl Sync for SchedCell {}

static SCHED: SchedCell = SchedCell(UnsafeCell::new(Sched {
    trampoline: None,
    goidgen: FIRST_USER_GOID,
    allgs: Vec::new(),
    gfree: Vec::new(),
    runnext: std::ptr::null_mut(),
    runq: VecDeque::new(),
    globrunq: VecDeque::new(),
    schedtick: 0,
    timers: BinaryHeap::new(),
    timerseq: 0,
    live: 0,
    main_exited: false,
    running: false,
    rand: 0,
    pollorder: Vec::new(),
}));

fn sched() -> *mut Sched {
    SCHED.0.get()
}

/// How a run of the scheduler ended.
#[derive(Debug, PartialEq, Eq)]
pub enum SchedEnd {
    /// The main goroutine returned: the program exits with status 0.
    MainReturned,
    /// Nothing can run any more: Go's fatal error text (the caller prints it and exits 2).
    Deadlock(Vec<u8>),
}

// ---------------------------------------------------------------------------------------------
// Run queues (Go's runqput / runqget / globrunqget for one P)

/// Puts `g` on the run queue: into `runnext` if `next` (the displaced one to the tail).
unsafe fn runqput(s: *mut Sched, mut g: *mut G, next: bool) {
    if next {
        let old = (*s).runnext;
        (*s).runnext = g;
        if old.is_null() {
            return;
        }
        g = old;
    }
    if (*s).runq.len() < LOCAL_RUNQ {
        (*s).runq.push_back(g);
        return;
    }
    // runqputslow: half of the local queue and g go to the global queue.
    for _ in 0..LOCAL_RUNQ / 2 {
        if let Some(x) = (*s).runq.pop_front() {
            (*s).globrunq.push_back(x);
        }
    }
    (*s).globrunq.push_back(g);
}

/// The next local G, and whether it came from runnext (then it inherits the time slice).
unsafe fn runqget(s: *mut Sched) -> Option<(*mut G, bool)> {
    let n = (*s).runnext;
    if !n.is_null() {
        (*s).runnext = std::ptr::null_mut();
        return Some((n, true));
    }
    (*s).runq.pop_front().map(|g| (g, false))
}

/// Takes a batch from the global queue (at most `max` if not 0), returns the first and puts
/// the rest on the local queue.
unsafe fn globrunqget(s: *mut Sched, max: usize) -> Option<*mut G> {
    let len = (*s).globrunq.len();
    if len == 0 {
        return None;
    }
    let mut n = len;
    if max > 0 && n > max {
        n = max;
    }
    n = n.min(LOCAL_RUNQ / 2);
    let g = (*s).globrunq.pop_front()?;
    for _ in 1..n {
        if let Some(x) = (*s).globrunq.pop_front() {
            runqput(s, x, false);
        }
    }
    Some(g)
}

// ---------------------------------------------------------------------------------------------
// Parking and readying (for chan.rs, sema.rs and sleep)

/// Switches away from the running goroutine `g` (every switch goes through here). First its
/// callee-saved registers are stored in this frame and `sched_sp` set to them, so that while
/// it is switched out [sched_sp, stack_hi) holds everything it can reach: its frames, the Rust
/// frames of the runtime call it is in, and the registers the switch would otherwise keep
/// below, where corosensei saves them.
///
/// # Safety
/// `g` is the running goroutine, with a live yielder.
#[inline(never)]
pub(crate) unsafe fn switch_out(g: *mut G) {
    let mut regs = [0usize; crate::arch::CALLEE_SAVED];
    crate::arch::save_callee_saved(&mut regs);
    (*g).sched_sp = regs.as_ptr() as usize;
    (*(*g).yielder).suspend(());
    (*g).sched_sp = 0;
    std::hint::black_box(&regs);
}

/// Every G a collection must look at: main's, and every goroutine ever made (dead ones hold
/// nothing).
///
/// # Safety
/// Called on the thread that runs Go code.
pub(crate) unsafe fn all_gs() -> Vec<*mut G> {
    let mut v = (*sched()).allgs.clone();
    if !v.contains(&main_g()) {
        v.push(main_g());
    }
    v
}

/// The range of `g`'s stack a collection scans: from `sched_sp` (or, for the running
/// goroutine, the caller's stack pointer `sp`) to the top. None for a goroutine without a
/// stack or not started.
///
/// # Safety
/// `g` is a G of this scheduler.
pub unsafe fn stack_range(g: *mut G, sp: usize) -> Option<(usize, usize)> {
    if (*g).status == GDEAD || (*g).stack_hi == 0 {
        return None;
    }
    let lo = if g == getg() { sp } else { (*g).sched_sp };
    (lo != 0 && lo >= (*g).stack_lo && lo < (*g).stack_hi).then(|| (lo, (*g).stack_hi))
}

/// Parks the running goroutine with `reason` until someone calls `goready` on it. (fp, pc)
/// locate the Go frame that blocked (from the entry point's shim), for deadlock tracebacks.
///
/// # Safety
/// Must be called on a goroutine (not on the scheduler's stack), holding no reference into
/// scheduler state, and with whatever will wake it already recorded (a queue entry, a timer).
pub(crate) unsafe fn gopark(reason: WaitReason, fp: usize, pc: usize) {
    let g = getg();
    if !(*sched()).running || (*g).yielder.is_null() {
        // Blocking with no scheduler: there is nobody who could ever wake it.
        (*g).waitreason = reason;
        (*g).park_fp = fp;
        (*g).park_pc = pc;
        (*g).status = GWAITING;
        let mut out = b"fatal error: all goroutines are asleep - deadlock!\n".to_vec();
        put_waiting_goroutine(&mut out, g);
        crate::os::flush_stdout();
        crate::os::write_fd(2, &out);
        exit2();
    }
    (*g).status = GWAITING;
    (*g).waitreason = reason;
    (*g).park_fp = fp;
    (*g).park_pc = pc;
    switch_out(g);
}

/// Parks forever (a nil channel, `select {}`).
pub(crate) unsafe fn park_forever(reason: WaitReason, fp: usize, pc: usize) -> ! {
    loop {
        gopark(reason, fp, pc);
    }
}

/// Makes a parked goroutine runnable; it runs next (Go's goready puts it in runnext).
///
/// # Safety
/// `g` must be a G parked by `gopark` that nobody else will ready.
pub(crate) unsafe fn goready(g: *mut G) {
    (*g).status = GRUNNABLE;
    runqput(sched(), g, true);
}

/// Puts the running goroutine at the tail of the local queue and switches (Go's goyield).
pub(crate) unsafe fn goyield() {
    let g = getg();
    if !(*sched()).running || (*g).yielder.is_null() {
        return;
    }
    (*g).status = GRUNNABLE;
    runqput(sched(), g, false);
    switch_out(g);
}

/// A random number in [0, n) (Go's fastrandn; wyrand).
pub(crate) fn fastrandn(n: u32) -> u32 {
    let s = sched();
    // SAFETY: single-threaded scheduler state; no reference outlives this block.
    let r = unsafe {
        if (*s).rand == 0 {
            (*s).rand = (crate::time::deferc_walltime() as u64) ^ (s as u64) | 1;
        }
        (*s).rand = (*s).rand.wrapping_add(0xa076_1d64_78bd_642f);
        let t = ((*s).rand as u128).wrapping_mul(((*s).rand ^ 0xe703_7ed1_a0b4_28db) as u128);
        ((t >> 64) as u64) ^ (t as u64)
    };
    ((r as u32 as u64 * n as u64) >> 32) as u32
}

/// The scratch vector select uses for its poll order (taken and put back, never held across a
/// switch).
pub(crate) fn take_pollorder() -> Vec<u32> {
    // SAFETY: single-threaded scheduler state.
    unsafe { std::mem::take(&mut (*sched()).pollorder) }
}

pub(crate) fn put_pollorder(v: Vec<u32>) {
    // SAFETY: as above.
    unsafe { (*sched()).pollorder = v };
}

// ---------------------------------------------------------------------------------------------
// Creating and ending goroutines

/// Registers the compiled program's goroutine trampoline (called once at start).
#[no_mangle]
pub extern "C" fn deferc_set_go_trampoline(f: GoTrampoline) {
    // SAFETY: single-threaded scheduler state.
    unsafe { (*sched()).trampoline = Some(f) };
}

/// A G to run a new goroutine on: a dead one, or a new one.
unsafe fn gfget(s: *mut Sched) -> *mut G {
    if let Some(g) = (*s).gfree.pop() {
        return g;
    }
    let g = Box::into_raw(Box::new(G::new(0)));
    (*s).allgs.push(g);
    g
}

/// `go f(x)` (entered through arch's `deferc_newproc` shim, `pc` the return address into the
/// function with the go statement): a runnable goroutine that will run `trampoline(code, arg)`.
pub(crate) unsafe extern "C" fn newproc_impl(code: usize, arg: usize, _fp: usize, pc: usize) {
    let s = sched();
    let Some(tramp) = (*s).trampoline else {
        throw(b"go statement before deferc_set_go_trampoline");
    };
    if (*s).allgs.is_empty() {
        (*s).allgs.push(main_g());
    }
    let g = gfget(s);
    (*g).goid = (*s).goidgen;
    (*s).goidgen += 1;
    let st = stack::alloc();
    (*g).stack_lo = st.lo;
    (*g).stack_hi = st.hi;
    (*g).stackguard = st.lo + stack::GUARD_MARGIN;
    (*g).gopc = pc;
    (*g).startarg = arg;
    let gp = g as usize;
    (*g).coro = Some(Coro::with_stack(st, move |y: &Yielder, ()| {
        let g = gp as *mut G;
        // SAFETY: g is this coroutine's G, alive for as long as the coroutine.
        unsafe { (*g).yielder = y };
        tramp(code, arg);
    }));
    (*g).status = GRUNNABLE;
    (*s).live += 1;
    runqput(s, g, true);
}

/// A goroutine's coroutine finished: recycle its G and stack.
unsafe fn gdestroy(s: *mut Sched, g: *mut G) {
    (*g).status = GDEAD;
    (*s).live -= 1;
    if let Some(c) = (*g).coro.take() {
        stack::free(c.into_stack());
    }
    (*g).defer = std::ptr::null_mut();
    (*g).panic = std::ptr::null_mut();
    (*g).sig = 0;
    (*g).stack_lo = 0;
    (*g).stack_hi = 0;
    (*g).stackguard = 0;
    (*g).yielder = std::ptr::null();
    (*g).param = std::ptr::null_mut();
    (*g).park_fp = 0;
    (*g).park_pc = 0;
    (*g).gopc = 0;
    (*g).startarg = 0;
    (*s).gfree.push(g);
}

/// A Goexit reached the top of the running goroutine `g`, whose panic records are already
/// freed (panic.rs `deferc_goexit_top`): its trampoline returns and the goroutine ends; for main
/// the program goes on with the other goroutines.
///
/// # Safety
/// `g` is the running G; single-threaded scheduler state.
pub(crate) unsafe fn goexit_top(g: *mut G) {
    (*g).defer = std::ptr::null_mut();
    if g == main_g() {
        (*sched()).main_exited = true;
    }
}

/// The main goroutine's Goexit reached its entry (`deferc_fatalpanic`, which freed its panic
/// records): the main goroutine ends
/// but the program goes on running the others; it parks for good (its coroutine is never
/// resumed, nor dropped). Without a scheduler there are no others: Go's "no goroutines"
/// deadlock.
pub(crate) unsafe fn goexit_main() -> ! {
    let g = getg();
    (*g).defer = std::ptr::null_mut();
    let s = sched();
    if !(*s).running || (*g).yielder.is_null() {
        throw(b"no goroutines (main called runtime.Goexit) - deadlock!");
    }
    if g == main_g() {
        (*s).main_exited = true;
    }
    (*s).live -= 1;
    (*g).status = GDEAD;
    loop {
        switch_out(g);
    }
}

/// `runtime.Gosched()`: the caller goes to the global queue and others run.
#[no_mangle]
pub extern "C" fn deferc_gosched() {
    let g = getg();
    // SAFETY: single-threaded scheduler state; the reference-free switch follows the module
    // invariants.
    unsafe {
        let s = sched();
        if !(*s).running || (*g).yielder.is_null() {
            return;
        }
        (*g).status = GRUNNABLE;
        (*s).globrunq.push_back(g);
        switch_out(g);
    }
}

/// `runtime.NumGoroutine()`: live goroutines, main included.
#[no_mangle]
pub extern "C" fn deferc_numgoroutine() -> isize {
    // SAFETY: single-threaded scheduler state.
    unsafe {
        let s = sched();
        if (*s).running {
            user_live(s) as isize
        } else {
            1
        }
    }
}

/// The running goroutine's id.
#[no_mangle]
pub extern "C" fn deferc_goid() -> isize {
    // SAFETY: getg() is always a valid G.
    unsafe { (*getg()).goid as isize }
}

// ---------------------------------------------------------------------------------------------
// Sleeping

/// `time.Sleep(ns)` (entered through arch's `deferc_sleep` shim).
pub(crate) unsafe extern "C" fn sleep_impl(ns: i64, fp: usize, pc: usize) {
    if ns <= 0 {
        return;
    }
    let s = sched();
    let g = getg();
    if !(*s).running || (*g).yielder.is_null() {
        std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
        return;
    }
    let when = crate::time::deferc_nanotime().saturating_add(ns);
    (*s).timerseq += 1;
    (*s).timers.push(Reverse((when, (*s).timerseq, g as usize)));
    gopark(WaitReason::Sleep, fp, pc);
}

/// Readies the goroutines whose deadline is at or before `now`, in deadline order.
unsafe fn run_timers(s: *mut Sched, now: i64) {
    while let Some(&Reverse((when, _, g))) = (*s).timers.peek() {
        if when > now {
            break;
        }
        (*s).timers.pop();
        let g = g as *mut G;
        (*g).status = GRUNNABLE;
        runqput(s, g, false);
    }
}

// ---------------------------------------------------------------------------------------------
// The loop

/// Go's findRunnable for one P: the next G to run (and whether it inherits the time slice), or
/// None when nothing can ever run again. Sleeps the thread while only timers are pending.
unsafe fn findrunnable(s: *mut Sched) -> Option<(*mut G, bool)> {
    loop {
        if !(*s).timers.is_empty() {
            run_timers(s, crate::time::deferc_nanotime());
        }
        crate::mem::mfinal::wakefing();
        if (*s).schedtick.is_multiple_of(61) && !(*s).globrunq.is_empty() {
            if let Some(g) = globrunqget(s, 1) {
                return Some((g, false));
            }
        }
        if let Some(x) = runqget(s) {
            return Some(x);
        }
        if let Some(g) = globrunqget(s, 0) {
            return Some((g, false));
        }
        let &Reverse((when, _, _)) = (*s).timers.peek()?;
        let now = crate::time::deferc_nanotime();
        if when > now {
            std::thread::sleep(std::time::Duration::from_nanos((when - now) as u64));
        }
    }
}

/// Runs `g` until it parks, yields or ends. True when it was main and main returned.
unsafe fn execute(s: *mut Sched, g: *mut G, inherit: bool) -> bool {
    if !inherit {
        (*s).schedtick = (*s).schedtick.wrapping_add(1);
    }
    (*g).status = GRUNNING;
    setg(g);
    let co = std::ptr::addr_of_mut!((*g).coro);
    let r = match &mut *co {
        Some(c) => c.resume(()),
        None => CoroutineResult::Return(()),
    };
    setg(main_g());
    match r {
        CoroutineResult::Yield(()) => false,
        CoroutineResult::Return(()) if g == main_g() => {
            // The main goroutine's coroutine finished: main returned, or it called Goexit and
            // its trampoline returned (deferc_goexit_top).
            if let Some(c) = (*g).coro.take() {
                // The main stack stays with the pool (stack::main_stack).
                let _ = c.into_stack();
            }
            (*g).status = GDEAD;
            (*g).yielder = std::ptr::null();
            (*s).live -= 1;
            !(*s).main_exited
        }
        CoroutineResult::Return(()) => {
            gdestroy(s, g);
            false
        }
    }
}

/// Runs `body` as the main goroutine (id 1, on a 1 GiB stack) and every goroutine it starts,
/// until main returns or nothing can run any more. Other goroutines still blocked when main
/// returns stay suspended (the caller exits the process, as Go does).
pub fn run(body: impl FnOnce() + 'static) -> SchedEnd {
    let s = sched();
    let main_body = move |y: &Yielder, ()| {
        // SAFETY: the main G is static; the yielder lives as long as its coroutine.
        unsafe { (*main_g()).yielder = y };
        body();
    };
    // SAFETY: called on the thread that runs Go code; the module invariants hold from here on.
    unsafe {
        if (*s).running {
            throw(b"scheduler started twice");
        }
        let g = main_g();
        if (*s).allgs.is_empty() {
            (*s).allgs.push(g);
        }
        let st = stack::main_stack();
        (*g).goid = 1;
        (*g).stack_lo = st.lo;
        (*g).stack_hi = st.hi;
        (*g).stackguard = st.lo + stack::GUARD_MARGIN;
        (*g).gopc = 0;
        (*g).coro = Some(Coro::with_stack(st, main_body));
        (*g).status = GRUNNABLE;
        (*s).live += 1;
        (*s).main_exited = false;
        (*s).running = true;
        // Main starts from the local queue (a scheduling round, as Go's runtime.main is).
        runqput(s, g, false);
        let end = loop {
            match findrunnable(s) {
                Some((g, inherit)) => {
                    if execute(s, g, inherit) {
                        break SchedEnd::MainReturned;
                    }
                }
                None => break SchedEnd::Deadlock(deadlock_report(s)),
            }
        };
        (*s).running = false;
        setg(main_g());
        end
    }
}

/// `run`, ending the process on a deadlock the way Go does (the report on stderr, exit 2).
/// Returns when main returned.
pub fn run_main_goroutine(body: impl FnOnce() + 'static) {
    if let SchedEnd::Deadlock(msg) = run(body) {
        crate::os::flush_stdout();
        crate::os::write_fd(2, &msg);
        exit2();
    }
}

/// Whether `g` is a runtime goroutine that counts for nobody (Go's isSystemGoroutine): the
/// finalizer goroutine, except while it runs a finalizer (user code, as Go's fingRunning says).
fn is_system(g: *mut G) -> bool {
    crate::mem::mfinal::is_idle_fing(g)
}

/// Live goroutines that count (NumGoroutine, checkdead): runtime goroutines left out.
unsafe fn user_live(s: *mut Sched) -> usize {
    (*s).live - crate::mem::mfinal::system_goroutines()
}

/// Go's checkdead message: "no goroutines" when main called Goexit and every other goroutine
/// ended, else "all goroutines are asleep" with every blocked goroutine's header and frames.
unsafe fn deadlock_report(s: *mut Sched) -> Vec<u8> {
    if user_live(s) == 0 {
        return b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_vec();
    }
    let mut out = b"fatal error: all goroutines are asleep - deadlock!\n".to_vec();
    for &g in (*s).allgs.iter() {
        if (*g).status == GWAITING && !is_system(g) {
            put_waiting_goroutine(&mut out, g);
        }
    }
    out
}

/// "\ngoroutine N [reason]:\n", its frames from where it parked, and "created by".
unsafe fn put_waiting_goroutine(out: &mut Vec<u8>, g: *mut G) {
    out.put(b"\ngoroutine ");
    put_dec(out, (*g).goid as u64);
    out.put(b" [");
    out.put((*g).waitreason.as_str().as_bytes());
    out.put(b"]:\n");
    put_parked_frames(
        out,
        (*g).park_pc,
        (*g).park_fp,
        (*g).stack_lo,
        (*g).stack_hi,
    );
    put_created_by(out, (*g).gopc);
}

/// Go's throw for library code (sync's "unlock of unlocked mutex"; entered through arch's
/// `deferc_throw` shim): "fatal error: msg", the running goroutine's header and frames from the
/// Go caller, exit 2. Never returns.
pub(crate) unsafe extern "C" fn throw_impl(p: *const u8, len: usize, fp: usize, pc: usize) -> ! {
    crate::os::flush_stdout();
    let mut out = b"fatal error: ".to_vec();
    if !p.is_null() {
        out.extend_from_slice(std::slice::from_raw_parts(p, len));
    }
    out.extend_from_slice(b"\n\ngoroutine ");
    let g = getg();
    put_dec(&mut out, (*g).goid as u64);
    out.put(b" [running]:\n");
    put_parked_frames(&mut out, pc, fp, (*g).stack_lo, (*g).stack_hi);
    put_created_by(&mut out, (*g).gopc);
    crate::os::write_fd(2, &out);
    exit2()
}

/// Whether tracebacks leave a function out: stubs, and the program entry (Go hides
/// runtime.main and runtime.goexit the same way).
pub(crate) fn hidden(f: &crate::funcdata::FuncInfo) -> bool {
    f.is_stub() || f.name().starts_with(b"deferc_")
}

/// The frames of a parked goroutine: `pc` is the return address into the Go function whose
/// frame pointer is `fp`; the walk follows frame records upwards while they stay inside the
/// stack [lo, hi), go strictly up, and return into compiled code.
unsafe fn put_parked_frames(out: &mut Vec<u8>, mut pc: usize, mut fp: usize, lo: usize, hi: usize) {
    let mut printed = 0;
    let mut total = 0;
    while let Some(f) = findfunc(pc.wrapping_sub(1)) {
        if !hidden(f) {
            total += 1;
            if printed < TRACEBACK_MAX_FRAMES {
                let off = pc - f.entry;
                let line = find_site(f, off as u32).map_or(0, |s| s.line);
                put_frame(out, f, off, line);
                printed += 1;
            }
        }
        if fp < lo || !fp.is_multiple_of(8) || fp.checked_add(16).is_none_or(|e| e > hi) {
            break;
        }
        // SAFETY (of the reads): [fp, fp + 16) lies inside the goroutine's mapped stack.
        let next_fp = *(fp as *const usize);
        pc = *((fp + 8) as *const usize);
        if next_fp <= fp {
            break;
        }
        fp = next_fp;
    }
    if total > printed {
        out.put(b"...additional frames elided...\n");
    }
}

/// Tests: forget every goroutine (suspended coroutines are `force_reset`, which runs no Rust
/// destructor and unwinds nothing) and return the scheduler to its initial state.
#[cfg(test)]
pub(crate) fn reset() {
    let s = sched();
    // SAFETY: called between runs (the loop is not running), under the test lock.
    unsafe {
        for &g in (*s).allgs.iter() {
            if let Some(mut c) = (*g).coro.take() {
                if !c.done() {
                    c.force_reset();
                }
                let st = c.into_stack();
                if g != main_g() {
                    stack::free(st);
                }
            }
            if g != main_g() {
                (*g).status = GDEAD;
            }
            (*g).yielder = std::ptr::null();
            (*g).panic = std::ptr::null_mut();
            (*g).defer = std::ptr::null_mut();
            (*g).stack_lo = 0;
            (*g).stack_hi = 0;
            (*g).stackguard = 0;
        }
        // Reused in allocation order, so a test's goroutines appear in the deadlock report (in
        // allgs order, as Go prints) in id order.
        (*s).gfree = (*s)
            .allgs
            .iter()
            .rev()
            .copied()
            .filter(|&g| g != main_g())
            .collect();
        (*main_g()).status = crate::goroutine::GIDLE;
        (*s).schedtick = 0;
        (*s).runnext = std::ptr::null_mut();
        (*s).runq.clear();
        (*s).globrunq.clear();
        (*s).timers.clear();
        (*s).live = 0;
        (*s).main_exited = false;
        (*s).running = false;
        (*s).goidgen = FIRST_USER_GOID;
        setg(main_g());
    }
    crate::sema::reset();
}

/// Tests: (live goroutines, dead Gs available for reuse, Gs ever allocated).
#[cfg(test)]
pub(crate) fn counts() -> (usize, usize, usize) {
    // SAFETY: single-threaded scheduler state.
    unsafe {
        let s = sched();
        ((*s).live, (*s).gfree.len(), (*s).allgs.len())
    }
}
