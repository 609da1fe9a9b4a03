//! Panics: Panic records, gopanic / gorecover / Goexit, the frame-pointer unwinder that resumes
//! at landing pads, and the end of a program that did not recover (printpanics, fatalpanic).
//! Runtime errors are error.rs's, crash output traceback.rs's, interface equality iface.rs's.
//!
//! The model (docs/UNWINDING.md): a raise entry (arch/*.rs) hands its caller's
//! (FP, return address) to an `*_impl` here, which pushes a `Panic` on the G and walks the frame
//! chain. The first frame whose call site has a handler (a try_call into the frame's landing
//! pad) is resumed there with `arch::resume`. The landing pad runs the frame's pending defers,
//! telling the runtime `deferc_panic_enter(fp)` first and `deferc_panic_defer_done(fp)` after
//! every deferred call; if none recovers it re-raises with `deferc_gorepanic`, which continues
//! the walk past the pad's frame. A walk that reaches code without funcdata, or a panic that
//! reaches the program's entry trampoline (`deferc_fatalpanic`), ends the program with Go's
//! crash output and exit status 2.
//!
//! Recover follows Go 1.19's rule by frame identity: the pad that is processing the newest
//! panic records its FP in `Panic::frame_fp` (Go's argp); `recover()` passes the FP of its
//! caller and only matches when it was called directly by that pad's deferred call.
//!
//! SAFETY invariants of the unwinder:
//! - Resuming abandons every frame below the landing pad, including the Rust frames of the
//!   `*_impl` function and the walker: their destructors never run. So from the moment a raise
//!   impl starts until `resume`, no owned value (Vec, Box, lock guard, RefCell borrow) may be
//!   alive in those frames. Values that need building (runtime error messages) are built in
//!   helper functions that return plain `Eface`s, dropping their temporaries before the walk.
//! - The walk only reads the frame record of a frame whose pc lies in a registered compiled
//!   function (compiled code keeps frame pointers), and only while the chain goes strictly up
//!   the stack (each caller FP above the previous one, 8-byte aligned); anything else ends the
//!   program, so the loop always terminates and never reads memory the chain does not give.
//! - Panic records live outside the stack (the G's pool), because the raising frames are
//!   overwritten as soon as the pad runs; the traceback is recorded during the walk for the
//!   same reason (the frames are dead when the entry trampoline reports the panic).
//! - Go code runs on one OS thread (M:1), so the G and its records are never shared.
//!
//! What compiled code must do for this to hold (the compiler side of the contract):
//! - Every function that the walk can meet is registered in funcdata, stubs and trampolines
//!   included (stubs and trampolines named `deferc.*` or `go.*`, which tracebacks leave out).
//!   The walk looks a return address up as `findfunc(ret - 1)` and its call site by exact
//!   `ret_off`; a site without a handler (or without an entry) is passed through.
//! - The raise entries are C functions reached through a Tail stub that has a frame record;
//!   a function with defers calls that stub with a try_call into its own landing pad (so its
//!   own defers run), and the pad calls the `deferc_gorepanic` stub with a plain call.
//! - Trampolines that turn a panic into a status (the method trampoline fmt uses) call
//!   `deferc_panic_catch` in their catch-all handler; the program's entry trampoline calls
//!   `deferc_fatalpanic`.
//! - Runtime errors need `deferc_set_runtime_error_types` at start; without it they still
//!   print right, but recovered values have method-less fallback types.
//! - `deferc_panic_bounds`'s code may have `BOUNDS_UNSIGNED` (16) or'ed in for an index of
//!   unsigned type (Go prints it unsigned: `index out of range [18446744073709551615] ...`).

use crate::alloc::{alloc_typed, WORDS};
use crate::arch;
use crate::error::*;
use crate::fmt::{find_method_sig, method_trampoline, METHOD_PANICKED};
use crate::funcdata::{lookup_return, NO_HANDLER};
use crate::goroutine::getg;
use crate::iface::iface_eq;
use crate::os::{flush_stdout, write_fd};
use crate::print::{capture, is_predeclared_basic, printpanicval};
use crate::traceback::*;
use crate::types::{Eface, GoString, Kind, Type};
use std::sync::atomic::{AtomicBool, Ordering};

pub use crate::arch::{
    deferc_goexit, deferc_gopanic, deferc_gorepanic, deferc_panic_bounds, deferc_panic_divide,
    deferc_panic_makeslice, deferc_panic_mem, deferc_panic_nilmap, deferc_panic_shift,
    deferc_panic_typeassert, deferc_panic_uncomparable, deferc_panic_unhashable,
};

const NIL: Eface = Eface {
    typ: std::ptr::null(),
    data: std::ptr::null(),
};

/// The frames a panic unwound through, innermost first (stubs left out): the traceback printed
/// if it is fatal. Only the first `TRACEBACK_MAX_FRAMES` are kept; `total` counts all.
#[repr(C)]
pub struct Trace {
    pub n: usize,
    pub total: usize,
    /// FP of the outermost frame recorded; a frame is recorded only above it, so a re-raise
    /// that walks from the pad's own frame again does not record it twice.
    pub last_fp: usize,
    pub pcs: [usize; TRACEBACK_MAX_FRAMES],
    pub fps: [usize; TRACEBACK_MAX_FRAMES],
}

impl Trace {
    fn clear(&mut self) {
        self.n = 0;
        self.total = 0;
        self.last_fp = 0;
    }

    /// Records the frame `fp` whose return address (or raise point) is `pc`.
    fn push(&mut self, fp: usize, pc: usize) {
        if self.total > 0 && fp <= self.last_fp {
            return;
        }
        self.last_fp = fp;
        if self.n < TRACEBACK_MAX_FRAMES {
            self.pcs[self.n] = pc;
            self.fps[self.n] = fp;
            self.n += 1;
        }
        self.total += 1;
    }

    /// `self` is a new panic that just reached the frame `fp` that was processing the older
    /// panic `older` (whose trace ends at that frame). As in Go, where the new panic runs on top
    /// of the old one's deferred call, the traceback is: the new panic's frames below `fp`, then
    /// all of the old panic's frames (ending at `fp`).
    fn splice(&mut self, fp: usize, older: &Trace) {
        let keep = self.fps[..self.n].iter().take_while(|&&f| f < fp).count();
        let mut n = keep;
        for i in 0..older.n {
            if n == TRACEBACK_MAX_FRAMES {
                break;
            }
            self.pcs[n] = older.pcs[i];
            self.fps[n] = older.fps[i];
            n += 1;
        }
        self.n = n;
        self.total = keep + older.total;
        self.last_fp = older.last_fp.max(fp);
    }

    pub fn pcs(&self) -> &[usize] {
        &self.pcs[..self.n]
    }
}

/// A panic in progress (Go's `_panic`). Linked newest first from `G::panic`.
#[repr(C)]
pub struct Panic {
    /// The value passed to panic (nil for Goexit and panic(nil)).
    pub arg: Eface,
    /// The next older panic.
    pub link: *mut Panic,
    /// recover() stopped it; popped when the deferred call that recovered returns.
    pub recovered: bool,
    /// A newer panic unwound through the frame processing it; it will never continue.
    pub aborted: bool,
    /// This is runtime.Goexit, which recover never stops.
    pub goexit: bool,
    /// FP of the frame whose landing pad is processing it (Go's argp); 0 while it is unwinding.
    pub frame_fp: usize,
    /// The raise point: FP and return address of the raising entry's caller.
    pub raise_fp: usize,
    pub raise_pc: usize,
    pub trace: Trace,
}

/// A record from the G's pool or a new one, not yet linked.
unsafe fn newpanic() -> *mut Panic {
    let g = getg();
    let p = (*g).panicpool;
    if !p.is_null() {
        (*g).panicpool = (*p).link;
        return p;
    }
    // Zeroed memory is a valid Panic (null pointers, false, 0).
    // Every word is scanned: `arg` and `link` are pointers, the rest small integers.
    alloc_typed(
        std::mem::size_of::<Panic>(),
        std::mem::align_of::<Panic>(),
        &WORDS.0,
    ) as *mut Panic
}

unsafe fn freepanic(p: *mut Panic) {
    let g = getg();
    (*p).arg = NIL;
    (*p).link = (*g).panicpool;
    (*g).panicpool = p;
}

// ---------------------------------------------------------------------------------------------
// Raising and the unwinder

/// Pushes a new panic for `arg` raised at (fp, pc) and unwinds.
///
/// # Safety
/// (fp, pc) must be the raise trampoline's caller's frame pointer and return address.
unsafe fn raise(arg: Eface, goexit: bool, fp: usize, pc: usize) -> ! {
    let g = getg();
    let p = newpanic();
    (*p).arg = arg;
    (*p).link = (*g).panic;
    (*p).recovered = false;
    (*p).aborted = false;
    (*p).goexit = goexit;
    (*p).frame_fp = 0;
    (*p).raise_fp = fp;
    (*p).raise_pc = pc;
    (*p).trace.clear();
    (*g).panic = p;
    unwind(p, fp, pc)
}

/// Walks the frame chain from (fp, pc) and resumes at the first landing pad; never returns.
///
/// # Safety
/// `p` is the G's current panic; (fp, pc) a frame of compiled code or of unknown code (then the
/// panic is fatal). See the module's SAFETY invariants.
unsafe fn unwind(p: *mut Panic, mut fp: usize, mut pc: usize) -> ! {
    loop {
        // pc is a return address: the call may be the function's last instruction.
        let r = match lookup_return(pc) {
            Some(r) => r,
            None => fatal(p),
        };
        let f = r.func;
        if fp == 0 || !fp.is_multiple_of(8) {
            fatal(p);
        }
        if !r.stub {
            (*p).trace.push(fp, pc);
        }
        if let Some(s) = r.site {
            if s.handler_off != NO_HANDLER {
                let sp = fp - s.frame_off as usize;
                // SAFETY: the frame is live (it is on the chain from the raise point) and
                // funcdata gives its pad and SP; this function holds nothing owned.
                arch::resume(f.entry + s.handler_off as usize, fp, sp);
            }
        }
        // SAFETY: f is compiled Go code, which keeps a frame record at fp.
        let next_fp = *(fp as *const usize);
        let next_pc = *((fp + 8) as *const usize);
        if next_fp <= fp || !next_fp.is_multiple_of(8) {
            fatal(p);
        }
        fp = next_fp;
        pc = next_pc;
    }
}

/// `panic(v)` (entered from arch's `deferc_gopanic`).
pub(crate) unsafe extern "C" fn gopanic_impl(
    typ: *const Type,
    data: *const u8,
    fp: usize,
    pc: usize,
) -> ! {
    raise(Eface { typ, data }, false, fp, pc)
}

/// Continue the current panic (or Goexit) from the caller of the landing pad's frame: the pad
/// calls its stub, which calls the trampoline with a plain call (no handler), so the walk from
/// the stub passes the pad's frame and goes on with its caller.
pub(crate) unsafe extern "C" fn gorepanic_impl(fp: usize, pc: usize) -> ! {
    let p = (*getg()).panic;
    if p.is_null() {
        throw(b"deferc_gorepanic without a panic in progress");
    }
    (*p).frame_fp = 0;
    unwind(p, fp, pc)
}

/// `runtime.Goexit()`: a panic that recover never stops; at the top it ends the goroutine.
pub(crate) unsafe extern "C" fn goexit_impl(fp: usize, pc: usize) -> ! {
    raise(NIL, true, fp, pc)
}

// ---------------------------------------------------------------------------------------------
// Runtime errors

pub(crate) unsafe extern "C" fn panic_bounds_impl(
    code: i64,
    x: i64,
    y: i64,
    fp: usize,
    pc: usize,
) -> ! {
    raise(bounds_error(code, x, y), false, fp, pc)
}

/// `m[k] = v` on a nil map: Go's plainError, printed without "runtime error: ".
pub(crate) unsafe extern "C" fn panic_nilmap_impl(fp: usize, pc: usize) -> ! {
    let e = runtime_error(RuntimeError::ErrorString, b"assignment to entry in nil map");
    raise(e, false, fp, pc)
}

/// make([]T, len, cap) with len or cap negative or too big, or len > cap.
pub(crate) unsafe extern "C" fn panic_makeslice_impl(code: i64, fp: usize, pc: usize) -> ! {
    // Code 2 is append's length overflow (Go's growslice check); 3 and up are the channel
    // operations' plainErrors (codegen/chan.rs), printed without "runtime error: ".
    let msg: &[u8] = match code {
        0 => b"runtime error: makeslice: len out of range",
        1 => b"runtime error: makeslice: cap out of range",
        3 => b"makechan: size out of range",
        4 => b"send on closed channel",
        5 => b"close of nil channel",
        6 => b"close of closed channel",
        crate::error::MAKESLICE_UNSAFE_LEN => b"runtime error: unsafe.Slice: len out of range",
        crate::error::MAKESLICE_UNSAFE_NIL => {
            b"runtime error: unsafe.Slice: ptr is nil and len is not zero"
        }
        _ => b"runtime error: growslice: cap out of range",
    };
    raise(runtime_error(RuntimeError::ErrorString, msg), false, fp, pc)
}

/// `x.(T)` failed: Go's TypeAssertionError ("interface conversion: interface {} is string, not
/// int"), whose %T is *runtime.TypeAssertionError and whose text has no "runtime error: ".
pub(crate) unsafe extern "C" fn panic_typeassert_impl(
    have: *const Type,
    want: *const Type,
    iface: *const Type,
    fp: usize,
    pc: usize,
) -> ! {
    let name = |t: *const Type| -> &[u8] {
        if t.is_null() {
            b"nil"
        } else {
            (*t).name()
        }
    };
    let mut msg = b"interface conversion: ".to_vec();
    if !want.is_null() && (*want).kind() == Kind::Interface {
        // x.(I): Go names the first method the dynamic type lacks.
        if have.is_null() {
            msg.extend_from_slice(b"interface is nil, not ");
            msg.extend_from_slice(name(want));
        } else {
            let missing = crate::types::missing_method(&*have, &*want)
                .map(|m| m.name.as_bytes().to_vec())
                .unwrap_or_default();
            msg.extend_from_slice(name(have));
            msg.extend_from_slice(b" is not ");
            msg.extend_from_slice(name(want));
            msg.extend_from_slice(b": missing method ");
            msg.extend_from_slice(&missing);
        }
        raise(
            runtime_error(RuntimeError::TypeAssertion, &msg),
            false,
            fp,
            pc,
        )
    }
    msg.extend_from_slice(if iface.is_null() {
        b"interface"
    } else {
        name(iface)
    });
    msg.extend_from_slice(b" is ");
    msg.extend_from_slice(name(have));
    msg.extend_from_slice(b", not ");
    msg.extend_from_slice(name(want));
    if !have.is_null() && name(have) == name(want) {
        // Two types of one name: declared in different functions (package-qualified names
        // tell packages apart, so Go's "different packages" case cannot arise here).
        msg.extend_from_slice(b" (types from different scopes)");
    }
    raise(
        runtime_error(RuntimeError::TypeAssertion, &msg),
        false,
        fp,
        pc,
    )
}

pub(crate) unsafe extern "C" fn panic_divide_impl(fp: usize, pc: usize) -> ! {
    let e = runtime_error(
        RuntimeError::ErrorString,
        b"runtime error: integer divide by zero",
    );
    raise(e, false, fp, pc)
}

/// Go's SIGSEGV number, for the `[signal SIGSEGV: ...]` line.
const SIGSEGV: u32 = 11;

pub(crate) unsafe extern "C" fn panic_mem_impl(fp: usize, pc: usize) -> ! {
    let e = runtime_error(
        RuntimeError::ErrorString,
        b"runtime error: invalid memory address or nil pointer dereference",
    );
    let g = getg();
    (*g).sig = SIGSEGV;
    (*g).sigpc = pc;
    raise(e, false, fp, pc)
}

pub(crate) unsafe extern "C" fn panic_shift_impl(fp: usize, pc: usize) -> ! {
    let e = runtime_error(
        RuntimeError::ErrorString,
        b"runtime error: negative shift amount",
    );
    raise(e, false, fp, pc)
}

// ---------------------------------------------------------------------------------------------
// The landing-pad protocol (plain C calls; none of these raise)

/// A landing pad of the frame `fp` starts processing the current panic. Older panics that
/// were being processed by this frame or by a frame below it are aborted: the new panic
/// unwound through the deferred call that was running for them (Go marks them aborted when it
/// finds their started defer).
#[no_mangle]
pub extern "C" fn deferc_panic_enter(fp: usize) {
    let g = getg();
    // SAFETY: single-threaded G; records on the list are valid.
    unsafe {
        let p = (*g).panic;
        if p.is_null() {
            return;
        }
        (*p).frame_fp = fp;
        let mut spliced = false;
        let mut q = (*p).link;
        while !q.is_null() {
            if (*q).frame_fp != 0 && (*q).frame_fp <= fp {
                if !spliced && !(*q).aborted && (*q).frame_fp == fp {
                    (*p).trace.splice(fp, &(*q).trace);
                    spliced = true;
                }
                (*q).aborted = true;
            }
            q = (*q).link;
        }
    }
}

/// After each deferred call a landing pad of frame `fp` made: 1 if the current panic was
/// recovered (the pad then runs its remaining defers normally and returns to its caller),
/// 0 to go on in panic mode.
///
/// A recovered panic is popped together with the aborted panics directly beneath it, as in Go.
/// Goexit: if the panic beneath the recovered one is an aborted Goexit, Go resumes the Goexit
/// instead of returning normally. Here the Goexit becomes the current panic again, processed by
/// this same frame (un-aborted, `frame_fp = fp`), and the answer is 0: the pad runs its
/// remaining defers for the Goexit and re-raises it with `deferc_gorepanic`.
#[no_mangle]
pub extern "C" fn deferc_panic_defer_done(fp: usize) -> u8 {
    let g = getg();
    // SAFETY: single-threaded G; records on the list are valid.
    unsafe {
        let p = (*g).panic;
        if p.is_null() || !(*p).recovered || (*p).frame_fp != fp {
            return 0;
        }
        let mut next = (*p).link;
        freepanic(p);
        if !next.is_null() && (*next).goexit && (*next).aborted {
            (*next).aborted = false;
            (*next).frame_fp = fp;
            (*g).panic = next;
            return 0;
        }
        while !next.is_null() && (*next).aborted {
            let l = (*next).link;
            freepanic(next);
            next = l;
        }
        (*g).panic = next;
        if next.is_null() {
            (*g).sig = 0;
        }
        1
    }
}

/// `recover()`: `caller_fp` is the FP of the function that called the function containing the
/// recover (for a deferred call run by a landing pad: that pad's frame).
#[no_mangle]
pub extern "C" fn deferc_gorecover(caller_fp: usize) -> Eface {
    let g = getg();
    // SAFETY: single-threaded G; records on the list are valid.
    unsafe {
        let p = (*g).panic;
        if !p.is_null()
            && !(*p).goexit
            && !(*p).recovered
            && (*p).frame_fp != 0
            && (*p).frame_fp == caller_fp
        {
            (*p).recovered = true;
            return (*p).arg;
        }
    }
    NIL
}

/// `recover()` as compiled code calls it: `fp` is the frame of the function containing the
/// recover. It recovers when that function's caller is the frame running the deferred call
/// (`deferc_gorecover`), or when every frame between them is a wrapper: a receiver wrapper
/// the compiler generated (`defer i.M()` of a value method through an interface), or package
/// reflect's (a method value made by reflect, a function made by MakeFunc, Value.Call), which
/// Go's recover looks through as well.
///
/// # Safety
/// `fp` is a compiled Go function's frame pointer (its frame record: caller's FP, then the
/// return address).
#[no_mangle]
pub unsafe extern "C" fn deferc_gorecover_at(fp: usize) -> Eface {
    let caller_fp = *(fp as *const usize);
    let r = deferc_gorecover(caller_fp);
    if !r.typ.is_null() {
        return r;
    }
    let g = getg();
    let p = (*g).panic;
    if p.is_null() || (*p).goexit || (*p).recovered || (*p).frame_fp == 0 {
        return NIL;
    }
    let mut cur = fp;
    for _ in 0..32 {
        let ret = *((cur + 8) as *const usize);
        let next = *(cur as *const usize);
        match crate::funcdata::findfunc(ret.wrapping_sub(1)) {
            Some(f) if f.is_wrapper() || f.name().starts_with(b"reflect.") => {}
            _ => return NIL,
        }
        if next == 0 {
            return NIL;
        }
        if *(next as *const usize) == (*p).frame_fp {
            (*p).recovered = true;
            return (*p).arg;
        }
        cur = next;
    }
    NIL
}

/// For trampolines that turn a panic into a status instead of running defers (the method
/// trampoline fmt uses: Go's fmt recovers panics in String/Error methods): removes the current
/// panic (with the aborted ones directly beneath it) and returns its value, which is also kept
/// in `G::caught`. A Goexit caught this way ends there (deferc cannot continue it through Rust).
#[no_mangle]
pub extern "C" fn deferc_panic_catch() -> Eface {
    let g = getg();
    // SAFETY: single-threaded G; records on the list are valid.
    unsafe {
        let p = (*g).panic;
        if p.is_null() {
            return NIL;
        }
        let arg = (*p).arg;
        let mut next = (*p).link;
        freepanic(p);
        while !next.is_null() && (*next).aborted {
            let l = (*next).link;
            freepanic(next);
            next = l;
        }
        (*g).panic = next;
        if next.is_null() {
            (*g).sig = 0;
        }
        (*g).caught = arg;
        arg
    }
}

/// The program's entry trampoline caught a panic: print Go's crash output and exit 2. A Goexit
/// of the main goroutine instead ends main alone: the other goroutines go on running (sched.rs
/// `goexit_main`; the call then never returns either).
#[no_mangle]
pub extern "C" fn deferc_fatalpanic() -> ! {
    // SAFETY: the G's panic list is valid.
    unsafe {
        let p = (*getg()).panic;
        if !p.is_null() && (*p).goexit {
            free_panics(getg());
            crate::sched::goexit_main();
        }
        fatal(p)
    }
}

/// Called by the goroutine trampoline's catch-all handler when a panic or Goexit reached the
/// top of the goroutine. A Goexit: its records are freed and the answer is 1 (the trampoline
/// returns and the goroutine ends: sched.rs `goexit_top`). Anything else is an unrecovered
/// panic: Go's crash output naming this goroutine, exit 2.
#[no_mangle]
pub extern "C" fn deferc_goexit_top() -> u8 {
    let g = getg();
    // SAFETY: the G's panic list is valid; single-threaded scheduler state.
    unsafe {
        let p = (*g).panic;
        if p.is_null() || !(*p).goexit {
            fatal(p);
        }
        free_panics(g);
        crate::sched::goexit_top(g);
    }
    1
}

/// Returns every record on `g`'s panic list to its pool (a Goexit that reached the top).
///
/// # Safety
/// `g` must be the running G and its list valid.
pub(crate) unsafe fn free_panics(g: *mut crate::goroutine::G) {
    let mut p = (*g).panic;
    while !p.is_null() {
        let next = (*p).link;
        freepanic(p);
        p = next;
    }
    (*g).panic = std::ptr::null_mut();
    (*g).sig = 0;
}

// ---------------------------------------------------------------------------------------------
// Crash output

/// One entry of the panic chain, ready to print.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PanicLine {
    /// The printed value; None for a Goexit record (which prints nothing).
    pub text: Option<Vec<u8>>,
    pub recovered: bool,
}

/// Go's printpanics for a chain given oldest first.
pub fn printpanics(out: &mut Vec<u8>, chain: &[PanicLine]) {
    for (i, p) in chain.iter().enumerate() {
        if i > 0 && chain[i - 1].text.is_some() {
            out.put(b"\t");
        }
        let Some(text) = &p.text else { continue };
        out.put(b"panic: ");
        out.put(text);
        if p.recovered {
            out.put(b" [recovered]");
        }
        out.put(b"\n");
    }
}

/// Why a panic value could not be printed: Go's preprintpanics throws.
fn panic_while_printing(caught: Eface) -> Vec<u8> {
    let mut m = b"panic while printing panic value".to_vec();
    if !caught.typ.is_null() {
        // SAFETY: a caught eface was built by compiled code.
        let t = unsafe { &*caught.typ };
        if t.kind() == Kind::String && is_predeclared_basic(t) {
            m.extend_from_slice(b": ");
            // SAFETY: string-kind eface data points at a GoString.
            m.extend_from_slice(unsafe { (*(caught.data as *const GoString)).as_bytes() });
        } else {
            m.extend_from_slice(b": type ");
            m.extend_from_slice(t.name());
        }
    }
    m
}

/// The text printpanicval prints for `arg`, after preprintpanics's Error/String calls.
/// Err: a method panicked (the message of Go's throw).
///
/// # Safety
/// `arg` must be an eface built by compiled code.
unsafe fn panic_text(arg: Eface) -> Result<Vec<u8>, Vec<u8>> {
    if arg.typ.is_null() {
        return Ok(b"nil".to_vec());
    }
    if is_runtime_error_type(arg.typ) {
        return Ok((*(arg.data as *const GoString)).as_bytes().to_vec());
    }
    let t = &*arg.typ;
    for name in [&b"Error"[..], &b"String"[..]] {
        if let (Some(m), Some(tr)) = (
            find_method_sig(t, name, crate::fmt::STRING_METHOD),
            method_trampoline(),
        ) {
            let s: GoString = tr(m.code, arg.data);
            if s.len == METHOD_PANICKED && s.ptr.is_null() {
                return Err(panic_while_printing((*getg()).caught));
            }
            return Ok(s.as_bytes().to_vec());
        }
    }
    Ok(capture(|| printpanicval(arg.typ, arg.data)))
}

/// Set while the crash output is being prepared (Error/String methods run then): a panic that
/// escapes one of them must not start printing again.
static PRINTING_PANICS: AtomicBool = AtomicBool::new(false);

/// The chain oldest first, values converted to text (runs Error/String methods).
///
/// # Safety
/// `p` heads a valid panic list.
unsafe fn preprintpanics(p: *mut Panic) -> Result<Vec<PanicLine>, Vec<u8>> {
    let mut chain = Vec::new();
    let mut q = p;
    while !q.is_null() {
        let text = if (*q).goexit {
            None
        } else {
            Some(panic_text((*q).arg)?)
        };
        chain.push(PanicLine {
            text,
            recovered: (*q).recovered,
        });
        q = (*q).link;
    }
    chain.reverse();
    Ok(chain)
}

/// Go's fatalpanic for the list headed by `p`: prints the chain, the signal line, the
/// traceback of the newest panic, and exits 2. A Goexit that reached the top of the main
/// goroutine is Go's "no goroutines" deadlock instead.
///
/// # Safety
/// `p` heads the G's valid panic list (or is null).
pub(crate) unsafe fn fatal(p: *mut Panic) -> ! {
    flush_stdout();
    if PRINTING_PANICS.swap(true, Ordering::Relaxed) {
        throw(b"panic while printing panic value");
    }
    if p.is_null() {
        throw(b"fatal panic without a panic in progress");
    }
    if (*p).goexit {
        throw(b"no goroutines (main called runtime.Goexit) - deadlock!");
    }
    let chain = match preprintpanics(p) {
        Ok(c) => c,
        Err(msg) => throw(&msg),
    };
    let g = getg();
    let mut out = Vec::new();
    printpanics(&mut out, &chain);
    if (*g).sig != 0 {
        put_signal_line(&mut out, (*g).sigpc);
    }
    out.put(b"\ngoroutine ");
    put_dec(&mut out, (*g).goid as u64);
    out.put(b" [running]:\n");
    put_traceback(&mut out, (*p).trace.pcs(), (*p).trace.total);
    put_created_by(&mut out, (*g).gopc);
    write_fd(2, &out);
    exit2()
}

// ---------------------------------------------------------------------------------------------
// Interfaces

/// A map key holds a dynamic type that cannot be hashed (the type deferc_mapkeyunhashable
/// found): raise Go's "runtime error: hash of unhashable type T".
pub(crate) unsafe extern "C" fn panic_unhashable_impl(t: *const Type, fp: usize, pc: usize) -> ! {
    let mut msg = b"runtime error: hash of unhashable type ".to_vec();
    if !t.is_null() {
        msg.extend_from_slice((*t).name());
    }
    raise(
        runtime_error(RuntimeError::ErrorString, &msg),
        false,
        fp,
        pc,
    )
}

/// `==` on interfaces reached an uncomparable dynamic type: find it again and raise Go's
/// "runtime error: comparing uncomparable type T".
pub(crate) unsafe extern "C" fn panic_uncomparable_impl(
    t1: *const Type,
    d1: *const u8,
    d2: *const u8,
    fp: usize,
    pc: usize,
) -> ! {
    let bad = match iface_eq(t1, d1, t1, d2) {
        Err(t) => t,
        Ok(_) => t1,
    };
    let mut msg = b"runtime error: comparing uncomparable type ".to_vec();
    if !bad.is_null() {
        msg.extend_from_slice((*bad).name());
    }
    raise(
        runtime_error(RuntimeError::ErrorString, &msg),
        false,
        fp,
        pc,
    )
}

#[cfg(test)]
#[path = "panic_tests.rs"]
pub(crate) mod tests;

#[cfg(all(test, target_arch = "x86_64"))]
#[path = "panic_unwind_tests.rs"]
mod unwind_tests;
