//! Panics: Panic records, gopanic / gorecover / Goexit, the frame-pointer unwinder that resumes
//! at landing pads, runtime errors (Go's boundsError and errorString), and Go's crash output
//! (printpanics, fatalpanic). Also interface equality and method lookup for compiled code.
//!
//! The model (see shared/design/UNWINDING.md): a raise entry (arch/*.rs) hands its caller's
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

use crate::alloc::alloc_bytes;
use crate::arch;
use crate::fmt::{find_method, find_method_sig, method_trampoline, METHOD_PANICKED};
use crate::funcdata::{find_site, findfunc, lookup_return, FuncInfo, NO_HANDLER};
use crate::goroutine::getg;
use crate::os::{flush_stdout, write_fd};
use crate::print::{capture, is_predeclared_basic, printpanicval};
use crate::types::{Eface, GoString, Kind, Type, TFLAG_NAMED};
use std::sync::atomic::{AtomicBool, AtomicPtr, Ordering};

pub use crate::arch::{
    deferc_goexit, deferc_gopanic, deferc_gorepanic, deferc_panic_bounds, deferc_panic_divide,
    deferc_panic_makeslice, deferc_panic_mem, deferc_panic_nilmap, deferc_panic_shift,
    deferc_panic_typeassert, deferc_panic_uncomparable, deferc_panic_unhashable,
};

const NIL: Eface = Eface {
    typ: std::ptr::null(),
    data: std::ptr::null(),
};

/// Go's `_TracebackMaxFrames`: a traceback prints at most this many frames.
pub const TRACEBACK_MAX_FRAMES: usize = 100;

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
    alloc_bytes(std::mem::size_of::<Panic>(), std::mem::align_of::<Panic>()) as *mut Panic
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

/// Set by the compiler at start: the types of runtime.errorString and runtime.boundsError,
/// both string-shaped (data points at a GoString with the full "runtime error: ..." message)
/// and compiled with an Error method.
static ERRSTR_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());
static BOUNDS_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());
/// *runtime.TypeAssertionError: pointer-shaped, data points at its message GoString.
static TYPEASSERT_TYPE: AtomicPtr<Type> = AtomicPtr::new(std::ptr::null_mut());

/// Registers the runtime error types.
#[no_mangle]
pub extern "C" fn deferc_set_runtime_error_types(
    errstr: *const Type,
    bounds: *const Type,
    typeassert: *const Type,
) {
    ERRSTR_TYPE.store(errstr as *mut Type, Ordering::Relaxed);
    BOUNDS_TYPE.store(bounds as *mut Type, Ordering::Relaxed);
    TYPEASSERT_TYPE.store(typeassert as *mut Type, Ordering::Relaxed);
}

pub(crate) struct StaticType(Type);
// SAFETY: the descriptor is immutable and its pointers point at static data.
unsafe impl Sync for StaticType {}

const fn fallback_type(name: &'static [u8]) -> StaticType {
    StaticType(Type {
        size: 16,
        kind: Kind::String as u8,
        align: 8,
        flags: TFLAG_NAMED,
        _pad: 0,
        name: GoString {
            ptr: name.as_ptr(),
            len: name.len(),
        },
        elem: std::ptr::null(),
        key: std::ptr::null(),
        len: 0,
        fields: std::ptr::null(),
        nfields: 0,
        methods: std::ptr::null(),
        nmethods: 0,
    })
}

/// Used when the program did not register its types (it then cannot call Error on a
/// recovered runtime error, but the crash output is still right).
static FALLBACK_ERRSTR: StaticType = fallback_type(b"runtime.errorString");
static FALLBACK_BOUNDS: StaticType = fallback_type(b"runtime.boundsError");
static FALLBACK_TYPEASSERT: StaticType = fallback_type(b"*runtime.TypeAssertionError");

#[derive(Clone, Copy)]
enum RuntimeError {
    ErrorString,
    Bounds,
    TypeAssertion,
}

fn runtime_error_type(k: RuntimeError) -> *const Type {
    let (reg, fallback) = match k {
        RuntimeError::ErrorString => (&ERRSTR_TYPE, &FALLBACK_ERRSTR),
        RuntimeError::Bounds => (&BOUNDS_TYPE, &FALLBACK_BOUNDS),
        RuntimeError::TypeAssertion => (&TYPEASSERT_TYPE, &FALLBACK_TYPEASSERT),
    };
    let t = reg.load(Ordering::Relaxed);
    if t.is_null() {
        &fallback.0
    } else {
        t
    }
}

fn is_runtime_error_type(t: *const Type) -> bool {
    !t.is_null()
        && (std::ptr::eq(t, ERRSTR_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, BOUNDS_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, TYPEASSERT_TYPE.load(Ordering::Relaxed))
            || std::ptr::eq(t, &FALLBACK_TYPEASSERT.0)
            || std::ptr::eq(t, &FALLBACK_ERRSTR.0)
            || std::ptr::eq(t, &FALLBACK_BOUNDS.0))
}

/// The panic value of a runtime error with message `msg` (which includes "runtime error: ").
/// Everything owned is dropped when this returns (see the SAFETY invariants).
fn runtime_error(k: RuntimeError, msg: &[u8]) -> Eface {
    let s = GoString::from_bytes(msg);
    let cell = alloc_bytes(std::mem::size_of::<GoString>(), 8) as *mut GoString;
    // SAFETY: cell is fresh, aligned memory for one GoString.
    unsafe { cell.write(s) };
    Eface {
        typ: runtime_error_type(k),
        data: cell as *const u8,
    }
}

/// Or'ed into deferc_panic_bounds's code: x is unsigned (an index of unsigned type), so it is
/// printed as such and never takes the "negative" formats (Go's boundsError.signed == false).
pub const BOUNDS_UNSIGNED: i64 = 16;

/// Go 1.19's boundsErrorFmts / boundsNegErrorFmts (runtime/error.go), indexed by code.
const BOUNDS_FMTS: [&[u8]; 9] = [
    b"index out of range [%x] with length %y",
    b"slice bounds out of range [:%x] with length %y",
    b"slice bounds out of range [:%x] with capacity %y",
    b"slice bounds out of range [%x:%y]",
    b"slice bounds out of range [::%x] with length %y",
    b"slice bounds out of range [::%x] with capacity %y",
    b"slice bounds out of range [:%x:%y]",
    b"slice bounds out of range [%x:%y:]",
    b"cannot convert slice with length %y to pointer to array with length %x",
];
const BOUNDS_NEG_FMTS: [&[u8]; 8] = [
    b"index out of range [%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [:%x]",
    b"slice bounds out of range [%x:]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [::%x]",
    b"slice bounds out of range [:%x:]",
    b"slice bounds out of range [%x::]",
];

/// Go's appendIntStr.
fn append_int(b: &mut Vec<u8>, v: i64, signed: bool) {
    if signed && v < 0 {
        b.push(b'-');
        put_dec(b, v.unsigned_abs());
    } else {
        put_dec(b, v as u64);
    }
}

/// boundsError.Error(): the full message of a bounds failure.
pub fn bounds_message(code: i64, x: i64, y: i64) -> Vec<u8> {
    let signed = code & BOUNDS_UNSIGNED == 0;
    let k = (code & !BOUNDS_UNSIGNED) as usize;
    let k = if k < BOUNDS_FMTS.len() { k } else { 0 };
    let fmt = if signed && x < 0 && k < BOUNDS_NEG_FMTS.len() {
        BOUNDS_NEG_FMTS[k]
    } else {
        BOUNDS_FMTS[k]
    };
    let mut b = Vec::with_capacity(100);
    b.extend_from_slice(b"runtime error: ");
    let mut i = 0;
    while i < fmt.len() {
        if fmt[i] == b'%' && i + 1 < fmt.len() {
            match fmt[i + 1] {
                b'x' => append_int(&mut b, x, signed),
                _ => append_int(&mut b, y, true),
            }
            i += 2;
        } else {
            b.push(fmt[i]);
            i += 1;
        }
    }
    b
}

fn bounds_error(code: i64, x: i64, y: i64) -> Eface {
    runtime_error(RuntimeError::Bounds, &bounds_message(code, x, y))
}

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
            crate::sched::goexit_main();
        }
        fatal(p)
    }
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

/// A byte sink for crash output: Vec<u8> for normal printing, a fixed buffer for the signal
/// handler (which may not allocate).
pub(crate) trait Out {
    fn put(&mut self, b: &[u8]);
}

impl Out for Vec<u8> {
    fn put(&mut self, b: &[u8]) {
        self.extend_from_slice(b);
    }
}

pub(crate) fn put_dec(out: &mut impl Out, mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        v /= 10;
        if v == 0 {
            break;
        }
    }
    out.put(&buf[i..]);
}

/// `0x` and lowercase hex digits, as Go's print(hex(v)).
pub(crate) fn put_hex(out: &mut impl Out, mut v: u64) {
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b"0123456789abcdef"[(v & 15) as usize];
        v >>= 4;
        if v == 0 {
            break;
        }
    }
    out.put(b"0x");
    out.put(&buf[i..]);
}

/// One traceback frame, Go's layout: `main.f(...)\n\t/abs/file.go:12 +0x1d\n`.
pub(crate) fn put_frame(out: &mut impl Out, f: &FuncInfo, off: usize, line: u32) {
    out.put(f.name());
    out.put(b"(...)\n\t");
    out.put(f.file());
    out.put(b":");
    put_dec(out, line as u64);
    out.put(b" +");
    put_hex(out, off as u64);
    out.put(b"\n");
}

/// The frames of a traceback from recorded return addresses (innermost first), followed by
/// Go's "...additional frames elided..." when `total` exceeds what was recorded.
pub(crate) fn put_traceback(out: &mut impl Out, pcs: &[usize], total: usize) {
    for &pc in pcs {
        if let Some(f) = findfunc(pc.wrapping_sub(1)) {
            let off = pc - f.entry;
            let line = find_site(f, off as u32).map_or(0, |s| s.line);
            put_frame(out, f, off, line);
        }
    }
    if total > pcs.len() {
        out.put(b"...additional frames elided...\n");
    }
}

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

/// Go's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]" line.
pub fn put_signal_line(out: &mut Vec<u8>, pc: usize) {
    out.put(b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    put_hex(out, pc as u64);
    out.put(b"]\n");
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

fn exit2() -> ! {
    flush_stdout();
    // SAFETY: _exit has no preconditions; nothing needs to run at exit (stdout is flushed).
    unsafe { libc::_exit(2) }
}

/// Go's throw: "fatal error: msg", the goroutine header, exit 2.
pub(crate) fn throw(msg: &[u8]) -> ! {
    let mut out = b"fatal error: ".to_vec();
    out.extend_from_slice(msg);
    out.extend_from_slice(b"\n");
    write_fd(2, &out);
    exit2()
}

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
    crate::sched::put_created_by(&mut out, (*g).gopc);
    write_fd(2, &out);
    exit2()
}

// ---------------------------------------------------------------------------------------------
// Interfaces

/// Interface equality: same dynamic type and equal values.
///
/// # Safety
/// Both pairs must be efaces built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_ifaceeq(
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    match iface_eq(t1, d1, t2, d2) {
        Ok(eq) => eq as u8,
        Err(_) => 2,
    }
}

/// Interface equality: Ok(equal), or Err(the uncomparable dynamic type met first).
/// `d1`/`d2` are eface data words (the value itself for pointer-shaped types).
unsafe fn iface_eq(
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> Result<bool, *const Type> {
    if t1 != t2 {
        return Ok(false);
    }
    if t1.is_null() {
        return Ok(true);
    }
    let t = &*t1;
    if t.is_direct() {
        return match t.kind() {
            Kind::Func | Kind::Map => Err(t1),
            _ => Ok(d1 == d2),
        };
    }
    value_eq(t, d1, d2)
}

/// Go's == on two values of type `t` in memory, element by element in order, so that a
/// difference found before an uncomparable part decides (as in Go, which panics only when the
/// comparison reaches a slice, map or func inside an interface).
unsafe fn value_eq(t: &Type, a: *const u8, b: *const u8) -> Result<bool, *const Type> {
    use crate::types::Kind::*;
    Ok(match t.kind() {
        Func | Map | Slice => return Err(t),
        String => {
            let x = *(a as *const GoString);
            let y = *(b as *const GoString);
            x.as_bytes() == y.as_bytes()
        }
        Float64 => *(a as *const f64) == *(b as *const f64),
        Float32 => *(a as *const f32) == *(b as *const f32),
        Array => {
            let e = &*t.elem;
            for i in 0..t.len {
                if !value_eq(e, a.add(i * e.size), b.add(i * e.size))? {
                    return Ok(false);
                }
            }
            true
        }
        Struct => {
            for f in t.fields() {
                if f.name.as_bytes() == b"_" {
                    continue;
                }
                if !value_eq(&*f.typ, a.add(f.offset), b.add(f.offset))? {
                    return Ok(false);
                }
            }
            true
        }
        Interface => {
            let x = *(a as *const Eface);
            let y = *(b as *const Eface);
            return iface_eq(x.typ, x.data, y.typ, y.data);
        }
        _ => std::slice::from_raw_parts(a, t.size) == std::slice::from_raw_parts(b, t.size),
    })
}

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

/// Does dynamic type `typ` have every method named in interface type `iface`'s table? (Type
/// switches and assertions to interface types; signatures were checked at compile time.)
///
/// # Safety
/// Both must be descriptors emitted by the compiler (`typ` may be null: a nil interface).
#[no_mangle]
pub unsafe extern "C" fn deferc_implements(typ: *const Type, iface: *const Type) -> u8 {
    if typ.is_null() {
        return 0;
    }
    crate::types::missing_method(&*typ, &*iface).is_none() as u8
}

/// The code of method `name` of dynamic type `typ` (the compiler guarantees it exists).
///
/// # Safety
/// `typ` must be a descriptor emitted by the compiler; `name` a valid string.
#[no_mangle]
pub unsafe extern "C" fn deferc_find_method(
    typ: *const Type,
    name: *const u8,
    len: usize,
) -> *const u8 {
    let n = std::slice::from_raw_parts(name, len);
    match find_method(&*typ, n) {
        Some(m) => m.code,
        None => std::ptr::null(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::sync::Mutex;

    /// Tests that touch the (single, global) G's panic list run one at a time.
    pub(crate) static G_LOCK: Mutex<()> = Mutex::new(());

    pub(crate) fn lock_g() -> std::sync::MutexGuard<'static, ()> {
        G_LOCK.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn s(b: Vec<u8>) -> String {
        String::from_utf8(b).unwrap()
    }

    // Every expected string is Go 1.19's output for the slice expression in the comment
    // (recovered and printed with fmt.Println), with s = []int{1,2,3}, a = [3]int{},
    // str = "abc", i, j, k := 5, 1, 0, neg := -1, u := uint(1<<64-1).
    #[test]
    fn bounds_messages() {
        let cases: &[(i64, i64, i64, &str)] = &[
            // s[i]
            (0, 5, 3, "index out of range [5] with length 3"),
            // s[neg]
            (0, -1, 3, "index out of range [-1]"),
            // s[u]
            (
                BOUNDS_UNSIGNED,
                -1,
                3,
                "index out of range [18446744073709551615] with length 3",
            ),
            // s[:i]
            (2, 5, 3, "slice bounds out of range [:5] with capacity 3"),
            // s[:neg]
            (2, -1, 3, "slice bounds out of range [:-1]"),
            // str[:i]
            (1, 5, 3, "slice bounds out of range [:5] with length 3"),
            // s[j:k]
            (3, 1, 0, "slice bounds out of range [1:0]"),
            // s[neg:]
            (3, -1, 3, "slice bounds out of range [-1:]"),
            // s[:1:i]
            (5, 5, 3, "slice bounds out of range [::5] with capacity 3"),
            // s[:i:j]
            (6, 5, 1, "slice bounds out of range [:5:1]"),
            // s[:j:k]
            (6, 1, 0, "slice bounds out of range [:1:0]"),
            // s[j:k:k]
            (7, 1, 0, "slice bounds out of range [1:0:]"),
            // a[:i:i]
            (4, 5, 3, "slice bounds out of range [::5] with length 3"),
            // str[i:]
            (3, 5, 3, "slice bounds out of range [5:3]"),
            // s[1:neg:3]
            (6, -1, 3, "slice bounds out of range [:-1:]"),
            // s[neg:1:3]
            (7, -1, 1, "slice bounds out of range [-1::]"),
            // s[:3:neg]
            (5, -1, 3, "slice bounds out of range [::-1]"),
            (0, i64::MIN, 1, "index out of range [-9223372036854775808]"),
        ];
        for &(code, x, y, want) in cases {
            assert_eq!(
                s(bounds_message(code, x, y)),
                format!("runtime error: {want}"),
                "code {code} x {x} y {y}"
            );
        }
    }

    fn line(t: &str, recovered: bool) -> PanicLine {
        PanicLine {
            text: Some(t.as_bytes().to_vec()),
            recovered,
        }
    }
    const GOEXIT: PanicLine = PanicLine {
        text: None,
        recovered: false,
    };

    fn pp(chain: &[PanicLine]) -> String {
        let mut out = Vec::new();
        printpanics(&mut out, chain);
        s(out)
    }

    // Go 1.19 outputs of /tmp programs (see the comments) up to the first blank line.
    #[test]
    fn printpanics_chains() {
        // panic("x") recovered and re-panicked, then two deferred panics.
        assert_eq!(
            pp(&[
                line("x", true),
                line("x", false),
                line("main.MyInt(7)", false),
                line("third", false),
            ]),
            "panic: x [recovered]\n\tpanic: x\n\tpanic: main.MyInt(7)\n\tpanic: third\n"
        );
        // One panic.
        assert_eq!(pp(&[line("boom", false)]), "panic: boom\n");
        // Goexit, then a deferred call panics: the Goexit prints nothing and no tab.
        assert_eq!(
            pp(&[GOEXIT, line("after goexit", false)]),
            "panic: after goexit\n"
        );
        // A panic, then Goexit in a deferred call, then a panic: Go prints the tab for the
        // record after the panic, nothing for the Goexit, and no tab after it.
        assert_eq!(
            pp(&[line("a", false), GOEXIT, line("c", false)]),
            "panic: a\n\tpanic: c\n"
        );
        assert_eq!(
            pp(&[
                line("+3.500000e+000", false),
                line("nil", false),
                line("stringer", false),
                line("custom err", false)
            ]),
            "panic: +3.500000e+000\n\tpanic: nil\n\tpanic: stringer\n\tpanic: custom err\n"
        );
    }

    #[test]
    fn signal_line() {
        let mut out = Vec::new();
        put_signal_line(&mut out, 0x457c62);
        assert_eq!(
            s(out),
            "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x457c62]\n"
        );
    }

    #[test]
    fn numbers() {
        let mut out = Vec::new();
        put_dec(&mut out, 0);
        out.put(b" ");
        put_dec(&mut out, u64::MAX);
        out.put(b" ");
        put_hex(&mut out, 0);
        out.put(b" ");
        put_hex(&mut out, 0x1d);
        assert_eq!(s(out), "0 18446744073709551615 0x0 0x1d");
    }

    #[test]
    fn trace_push_and_splice() {
        // SAFETY: a zeroed Trace is valid (integers only).
        let mut old: Trace = unsafe { std::mem::zeroed() };
        // The old panic: raised in g (fp 0x100), processed by f (fp 0x200).
        old.push(0x100, 0x1111);
        old.push(0x200, 0x2222);
        // Re-walking from the pad's own frame records nothing new.
        old.push(0x180, 0x9999);
        old.push(0x200, 0x9999);
        assert_eq!(old.pcs(), &[0x1111, 0x2222]);
        // SAFETY: as above.
        let mut new: Trace = unsafe { std::mem::zeroed() };
        // The new panic: raised in the deferred call (fp 0x80), reached f's pad.
        new.push(0x80, 0x8888);
        new.push(0x200, 0x3333);
        new.splice(0x200, &old);
        assert_eq!(new.pcs(), &[0x8888, 0x1111, 0x2222]);
        assert_eq!(new.total, 3);
        // Continuing above f after a re-raise.
        new.push(0x200, 0x4444);
        new.push(0x300, 0x5555);
        assert_eq!(new.pcs(), &[0x8888, 0x1111, 0x2222, 0x5555]);

        // SAFETY: as above.
        let mut deep: Trace = unsafe { std::mem::zeroed() };
        for i in 0..10_000usize {
            deep.push(0x1000 + i * 16, i);
        }
        assert_eq!(deep.n, TRACEBACK_MAX_FRAMES);
        assert_eq!(deep.total, 10_000);
    }

    fn push_panic(arg: Eface, goexit: bool) -> *mut Panic {
        let g = getg();
        // SAFETY: test-only manipulation of the G's list under G_LOCK.
        unsafe {
            let p = newpanic();
            (*p).arg = arg;
            (*p).link = (*g).panic;
            (*p).recovered = false;
            (*p).aborted = false;
            (*p).goexit = goexit;
            (*p).frame_fp = 0;
            (*p).trace.clear();
            (*g).panic = p;
            p
        }
    }

    fn val(n: usize) -> Eface {
        Eface {
            typ: std::ptr::dangling::<Type>(),
            data: n as *const u8,
        }
    }

    fn reset_g() {
        // SAFETY: under G_LOCK.
        unsafe {
            (*getg()).panic = std::ptr::null_mut();
            (*getg()).sig = 0;
        }
    }

    #[test]
    fn recover_rules() {
        let _l = lock_g();
        reset_g();
        // recover outside a panic
        assert!(deferc_gorecover(0x1000).typ.is_null());
        let p = push_panic(val(1), false);
        // No pad is processing it yet.
        assert!(deferc_gorecover(0).typ.is_null());
        deferc_panic_enter(0x1000);
        // Not called directly by the pad's deferred call.
        assert!(deferc_gorecover(0x800).typ.is_null());
        assert_eq!(deferc_panic_defer_done(0x1000), 0);
        // The direct one recovers, once.
        assert_eq!(deferc_gorecover(0x1000).data as usize, 1);
        assert!(deferc_gorecover(0x1000).typ.is_null());
        // Another frame's pad does not pop it.
        assert_eq!(deferc_panic_defer_done(0x2000), 0);
        assert_eq!(deferc_panic_defer_done(0x1000), 1);
        // SAFETY: under G_LOCK.
        unsafe {
            assert!((*getg()).panic.is_null());
            assert_eq!((*getg()).panicpool, p, "record returned to the pool");
        }
        // Goexit is never recovered.
        push_panic(NIL, true);
        deferc_panic_enter(0x1000);
        assert!(deferc_gorecover(0x1000).typ.is_null());
        assert_eq!(deferc_panic_defer_done(0x1000), 0);
        reset_g();
    }

    #[test]
    fn nested_panics_abort_and_pop() {
        let _l = lock_g();
        reset_g();
        // p1 processed by frame F (fp 0x1000); its deferred call panics p2, which comes back
        // to F's pad: p1 is aborted; a later deferred call recovers p2: both go.
        let p1 = push_panic(val(1), false);
        deferc_panic_enter(0x1000);
        let p2 = push_panic(val(2), false);
        // A pad below F (inside the deferred call) does not abort p1.
        deferc_panic_enter(0x800);
        // SAFETY: records are live under G_LOCK.
        unsafe { assert!(!(*p1).aborted) };
        deferc_panic_enter(0x1000);
        // SAFETY: as above.
        unsafe {
            assert!((*p1).aborted);
            assert!(!(*p2).aborted);
        }
        assert_eq!(deferc_gorecover(0x1000).data as usize, 2);
        assert_eq!(deferc_panic_defer_done(0x1000), 1);
        // SAFETY: under G_LOCK.
        unsafe { assert!((*getg()).panic.is_null()) };

        // A recovered panic whose deferred call panics again stays on the list (printed with
        // " [recovered]"), aborted.
        let p1 = push_panic(val(1), false);
        deferc_panic_enter(0x1000);
        assert_eq!(deferc_gorecover(0x1000).data as usize, 1);
        let p2 = push_panic(val(2), false);
        deferc_panic_enter(0x1000);
        // SAFETY: as above.
        unsafe {
            assert!((*p1).recovered && (*p1).aborted);
            assert_eq!((*getg()).panic, p2);
        }
        // p2 is not recovered in F; F re-raises and an outer frame G (0x3000) recovers it.
        assert_eq!(deferc_panic_defer_done(0x1000), 0);
        deferc_panic_enter(0x3000);
        assert_eq!(deferc_gorecover(0x3000).data as usize, 2);
        assert_eq!(deferc_panic_defer_done(0x3000), 1);
        // SAFETY: under G_LOCK.
        unsafe { assert!((*getg()).panic.is_null()) };
        reset_g();
    }

    #[test]
    fn recovered_panic_resumes_aborted_goexit() {
        let _l = lock_g();
        reset_g();
        // Goexit processed by F; a deferred call panics; F's next deferred call recovers:
        // the Goexit goes on (defer_done answers 0 and the Goexit is current again).
        let ge = push_panic(NIL, true);
        deferc_panic_enter(0x1000);
        push_panic(val(2), false);
        deferc_panic_enter(0x1000);
        // SAFETY: records are live under G_LOCK.
        unsafe { assert!((*ge).aborted) };
        assert_eq!(deferc_gorecover(0x1000).data as usize, 2);
        assert_eq!(deferc_panic_defer_done(0x1000), 0);
        // SAFETY: as above.
        unsafe {
            assert_eq!((*getg()).panic, ge);
            assert!(!(*ge).aborted);
            assert_eq!((*ge).frame_fp, 0x1000);
        }
        reset_g();
    }

    #[test]
    fn signal_flag_cleared_when_list_empties() {
        let _l = lock_g();
        reset_g();
        push_panic(val(1), false);
        // SAFETY: under G_LOCK.
        unsafe { (*getg()).sig = SIGSEGV };
        deferc_panic_enter(0x1000);
        deferc_gorecover(0x1000);
        assert_eq!(deferc_panic_defer_done(0x1000), 1);
        // SAFETY: under G_LOCK.
        unsafe { assert_eq!((*getg()).sig, 0) };
        reset_g();
    }

    #[test]
    fn catch_pops() {
        let _l = lock_g();
        reset_g();
        push_panic(val(1), false);
        deferc_panic_enter(0x1000);
        push_panic(val(7), false);
        deferc_panic_enter(0x1000);
        assert_eq!(deferc_panic_catch().data as usize, 7);
        // SAFETY: under G_LOCK.
        unsafe {
            assert!((*getg()).panic.is_null(), "aborted p1 popped too");
            assert_eq!((*getg()).caught.data as usize, 7);
        }
        reset_g();
    }

    static NAME_STRING: &[u8] = b"string";
    pub(crate) static STRING_TYPE: StaticType = StaticType(Type {
        size: 16,
        kind: Kind::String as u8,
        align: 8,
        flags: TFLAG_NAMED,
        _pad: 0,
        name: GoString {
            ptr: NAME_STRING.as_ptr(),
            len: 6,
        },
        elem: std::ptr::null(),
        key: std::ptr::null(),
        len: 0,
        fields: std::ptr::null(),
        nfields: 0,
        methods: std::ptr::null(),
        nmethods: 0,
    });

    #[test]
    fn panic_values_text() {
        // SAFETY: the efaces are valid for their types.
        unsafe {
            assert_eq!(panic_text(NIL).unwrap(), b"nil");
            let e = runtime_error(
                RuntimeError::ErrorString,
                b"runtime error: integer divide by zero",
            );
            assert_eq!(
                panic_text(e).unwrap(),
                b"runtime error: integer divide by zero"
            );
            let e = bounds_error(0, 5, 3);
            assert_eq!(
                panic_text(e).unwrap(),
                b"runtime error: index out of range [5] with length 3"
            );
            let gs = GoString::from_bytes(b"plain");
            let e = Eface {
                typ: &STRING_TYPE.0,
                data: &gs as *const GoString as *const u8,
            };
            assert_eq!(panic_text(e).unwrap(), b"plain");
        }
        let name = b"boom".to_vec();
        let gs = GoString::from_bytes(&name);
        let caught = Eface {
            typ: &STRING_TYPE.0,
            data: &gs as *const GoString as *const u8,
        };
        assert_eq!(
            s(panic_while_printing(caught)),
            "panic while printing panic value: boom"
        );
        let caught = Eface {
            typ: &FALLBACK_BOUNDS.0,
            data: std::ptr::null(),
        };
        assert_eq!(
            s(panic_while_printing(caught)),
            "panic while printing panic value: type runtime.boundsError"
        );
    }
}

/// End-to-end tests of raise, walk, resume and the landing-pad protocol on hand-written
/// "compiled code" that follows the Tail-stub contract: frame pointers everywhere, funcdata
/// registered, landing pads at try_call sites. The frames are in assembly so that the layout
/// is exactly what the unwinder assumes (what Cranelift produces for compiled Go code).
#[cfg(all(test, target_arch = "x86_64"))]
mod unwind_tests {
    use super::tests::{lock_g, STRING_TYPE};
    use super::*;
    use crate::funcdata::{deferc_register_funcs, CallSite};
    use std::cell::RefCell;
    use std::sync::Once;

    // dt_catch(a0, a1, a2, target, raise, n): a frame with a landing pad at its call of
    //   `target` (frame_off 48). Normal return: 0. Pad: enter, one deferred call
    //   (dt_deferred), then returns 10 + defer_done.
    // dt_rethrow: a frame whose pad runs a deferred call that does not recover, then
    //   re-raises through a stub (frame_off 16).
    // dt_mid: a frame without handlers. dt_raise: calls the raise entry in r8 with the
    //   arguments in rdi, rsi, rdx. dt_rec: r9 more frames of itself, then dt_raise.
    core::arch::global_asm!(
        ".text",
        ".p2align 4",
        ".globl deferc_t_catch",
        "deferc_t_catch:",
        "push rbp",
        "mov rbp, rsp",
        "push rbx",
        "push r12",
        "push r13",
        "push r14",
        "push r15",
        "sub rsp, 8",
        "call rcx",
        ".globl deferc_t_catch_ret",
        "deferc_t_catch_ret:",
        "xor eax, eax",
        "jmp 2f",
        ".globl deferc_t_catch_pad",
        "deferc_t_catch_pad:",
        "mov rdi, rbp",
        "call deferc_panic_enter",
        "mov rdi, rbp",
        "call deferc_t_deferred",
        ".globl deferc_t_catch_ret2",
        "deferc_t_catch_ret2:",
        "mov rdi, rbp",
        "call deferc_panic_defer_done",
        "movzx eax, al",
        "add eax, 10",
        "2:",
        "add rsp, 8",
        "pop r15",
        "pop r14",
        "pop r13",
        "pop r12",
        "pop rbx",
        "pop rbp",
        "ret",
        ".globl deferc_t_catch_end",
        "deferc_t_catch_end:",
        "",
        ".p2align 4",
        ".globl deferc_t_rethrow",
        "deferc_t_rethrow:",
        "push rbp",
        "mov rbp, rsp",
        "push rbx",
        "sub rsp, 8",
        "call deferc_t_mid",
        ".globl deferc_t_rethrow_ret",
        "deferc_t_rethrow_ret:",
        "add rsp, 8",
        "pop rbx",
        "pop rbp",
        "ret",
        ".globl deferc_t_rethrow_pad",
        "deferc_t_rethrow_pad:",
        "mov rdi, rbp",
        "call deferc_panic_enter",
        "mov rdi, rbp",
        "call deferc_t_deferred_norecover",
        "mov rdi, rbp",
        "call deferc_panic_defer_done",
        "call deferc_t_repanic_stub",
        ".globl deferc_t_rethrow_ret2",
        "deferc_t_rethrow_ret2:",
        "ud2",
        ".globl deferc_t_rethrow_end",
        "deferc_t_rethrow_end:",
        "",
        ".p2align 4",
        ".globl deferc_t_repanic_stub",
        "deferc_t_repanic_stub:",
        "push rbp",
        "mov rbp, rsp",
        "call deferc_gorepanic",
        ".globl deferc_t_repanic_stub_ret",
        "deferc_t_repanic_stub_ret:",
        "ud2",
        ".globl deferc_t_repanic_stub_end",
        "deferc_t_repanic_stub_end:",
        "",
        ".p2align 4",
        ".globl deferc_t_mid",
        "deferc_t_mid:",
        "push rbp",
        "mov rbp, rsp",
        "call deferc_t_raise",
        ".globl deferc_t_mid_ret",
        "deferc_t_mid_ret:",
        "pop rbp",
        "ret",
        ".globl deferc_t_mid_end",
        "deferc_t_mid_end:",
        "",
        ".p2align 4",
        ".globl deferc_t_raise",
        "deferc_t_raise:",
        "push rbp",
        "mov rbp, rsp",
        "call r8",
        ".globl deferc_t_raise_ret",
        "deferc_t_raise_ret:",
        "ud2",
        ".globl deferc_t_raise_end",
        "deferc_t_raise_end:",
        "",
        ".p2align 4",
        ".globl deferc_t_rec",
        "deferc_t_rec:",
        "push rbp",
        "mov rbp, rsp",
        "test r9, r9",
        "jz 3f",
        "dec r9",
        "call deferc_t_rec",
        ".globl deferc_t_rec_ret",
        "deferc_t_rec_ret:",
        "pop rbp",
        "ret",
        "3:",
        "call deferc_t_raise",
        ".globl deferc_t_rec_ret2",
        "deferc_t_rec_ret2:",
        "ud2",
        ".globl deferc_t_rec_end",
        "deferc_t_rec_end:",
    );

    extern "C" {
        fn deferc_t_catch(
            a0: usize,
            a1: usize,
            a2: usize,
            target: usize,
            raise: usize,
            n: usize,
        ) -> u64;
        static deferc_t_catch_ret: u8;
        static deferc_t_catch_pad: u8;
        static deferc_t_catch_ret2: u8;
        static deferc_t_catch_end: u8;
        fn deferc_t_rethrow();
        static deferc_t_rethrow_ret: u8;
        static deferc_t_rethrow_pad: u8;
        static deferc_t_rethrow_ret2: u8;
        static deferc_t_rethrow_end: u8;
        fn deferc_t_repanic_stub();
        static deferc_t_repanic_stub_ret: u8;
        static deferc_t_repanic_stub_end: u8;
        fn deferc_t_mid();
        static deferc_t_mid_ret: u8;
        static deferc_t_mid_end: u8;
        fn deferc_t_raise();
        static deferc_t_raise_ret: u8;
        static deferc_t_raise_end: u8;
        fn deferc_t_rec();
        static deferc_t_rec_ret: u8;
        static deferc_t_rec_ret2: u8;
        static deferc_t_rec_end: u8;
    }

    fn a<T>(p: *const T) -> usize {
        p as usize
    }

    fn gs(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    fn site(entry: usize, ret: usize, pad: Option<(usize, u32)>, line: u32) -> CallSite {
        CallSite {
            ret_off: (ret - entry) as u32,
            handler_off: pad.map_or(NO_HANDLER, |(p, _)| (p - entry) as u32),
            frame_off: pad.map_or(0, |(_, f)| f),
            line,
        }
    }

    fn func(name: &'static str, entry: usize, end: usize, sites: Vec<CallSite>) -> FuncInfo {
        let sites: &'static [CallSite] = Box::leak(sites.into_boxed_slice());
        FuncInfo {
            entry,
            size: end - entry,
            name: gs(name),
            file: gs("/t/main.go"),
            sites: sites.as_ptr(),
            nsites: sites.len(),
        }
    }

    static REGISTER: Once = Once::new();

    fn register() {
        // SAFETY: addresses of the labels above; the tables are leaked.
        REGISTER.call_once(|| unsafe {
            let c = a(deferc_t_catch as *const ());
            let r = a(deferc_t_rethrow as *const ());
            let s = a(deferc_t_repanic_stub as *const ());
            let m = a(deferc_t_mid as *const ());
            let x = a(deferc_t_raise as *const ());
            let q = a(deferc_t_rec as *const ());
            let funcs = vec![
                func(
                    "deferc.catch",
                    c,
                    a(&deferc_t_catch_end),
                    vec![
                        site(
                            c,
                            a(&deferc_t_catch_ret),
                            Some((a(&deferc_t_catch_pad), 48)),
                            1,
                        ),
                        site(c, a(&deferc_t_catch_ret2), None, 2),
                    ],
                ),
                func(
                    "main.rethrow",
                    r,
                    a(&deferc_t_rethrow_end),
                    vec![
                        site(
                            r,
                            a(&deferc_t_rethrow_ret),
                            Some((a(&deferc_t_rethrow_pad), 16)),
                            20,
                        ),
                        site(r, a(&deferc_t_rethrow_ret2), None, 21),
                    ],
                ),
                func(
                    "deferc.repanic",
                    s,
                    a(&deferc_t_repanic_stub_end),
                    vec![site(s, a(&deferc_t_repanic_stub_ret), None, 0)],
                ),
                func(
                    "main.mid",
                    m,
                    a(&deferc_t_mid_end),
                    vec![site(m, a(&deferc_t_mid_ret), None, 30)],
                ),
                func(
                    "main.raise",
                    x,
                    a(&deferc_t_raise_end),
                    vec![site(x, a(&deferc_t_raise_ret), None, 40)],
                ),
                func(
                    "main.rec",
                    q,
                    a(&deferc_t_rec_end),
                    vec![
                        site(q, a(&deferc_t_rec_ret), None, 50),
                        site(q, a(&deferc_t_rec_ret2), None, 51),
                    ],
                ),
            ];
            let funcs: &'static [FuncInfo] = Box::leak(funcs.into_boxed_slice());
            deferc_register_funcs(funcs.as_ptr(), funcs.len());
        });
    }

    /// What the deferred calls saw.
    #[derive(Default)]
    struct Seen {
        recovered: Vec<Eface>,
        trace: Vec<String>,
        not_recovered: usize,
    }

    thread_local! {
        static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
    }

    fn take_seen() -> Seen {
        SEEN.with(|s| std::mem::take(&mut *s.borrow_mut()))
    }

    /// A deferred function that calls recover() directly (its caller is the pad's frame).
    #[no_mangle]
    extern "C" fn deferc_t_deferred(caller_fp: usize) {
        // SAFETY: the G's current panic is live while its pad runs.
        let trace = unsafe {
            let p = (*getg()).panic;
            (*p).trace
                .pcs()
                .iter()
                .map(|&pc| String::from_utf8_lossy(findfunc(pc - 1).unwrap().name()).into_owned())
                .collect::<Vec<_>>()
        };
        let r = deferc_gorecover(caller_fp);
        SEEN.with(|s| {
            let mut s = s.borrow_mut();
            s.recovered.push(r);
            s.trace = trace;
        });
    }

    /// A deferred function whose recover() is not called directly by the deferred call.
    #[no_mangle]
    extern "C" fn deferc_t_deferred_norecover(caller_fp: usize) {
        let r = deferc_gorecover(caller_fp - 64);
        assert!(r.typ.is_null());
        SEEN.with(|s| s.borrow_mut().not_recovered += 1);
    }

    fn reset_g() {
        // SAFETY: under G_LOCK.
        unsafe {
            (*getg()).panic = std::ptr::null_mut();
            (*getg()).sig = 0;
        }
    }

    fn catch(a0: usize, a1: usize, a2: usize, target: usize, raise: usize, n: usize) -> u64 {
        register();
        // SAFETY: the asm frames follow the contract; the raise entries are ours.
        unsafe { deferc_t_catch(a0, a1, a2, target, raise, n) }
    }

    #[test]
    fn panic_recovered_two_frames_up() {
        let _l = lock_g();
        reset_g();
        let msg = GoString::from_bytes(b"boom");
        let data = &msg as *const GoString as usize;
        let r = catch(
            &STRING_TYPE.0 as *const Type as usize,
            data,
            0,
            deferc_t_mid as *const () as usize,
            deferc_gopanic as *const () as usize,
            0,
        );
        assert_eq!(r, 11, "resumed at the pad, recovered");
        let seen = take_seen();
        assert_eq!(seen.recovered.len(), 1);
        assert_eq!(seen.recovered[0].data as usize, data);
        assert_eq!(seen.trace, ["main.raise", "main.mid"]);
        // SAFETY: under G_LOCK.
        unsafe { assert!((*getg()).panic.is_null()) };
    }

    #[test]
    fn runtime_errors_are_recoverable_values() {
        let _l = lock_g();
        reset_g();
        let r = catch(
            0,
            7,
            3,
            deferc_t_mid as *const () as usize,
            deferc_panic_bounds as *const () as usize,
            0,
        );
        assert_eq!(r, 11);
        let seen = take_seen();
        // SAFETY: the recovered value is a runtime error built by panic_bounds_impl.
        let text = unsafe { panic_text(seen.recovered[0]).unwrap() };
        assert_eq!(text, b"runtime error: index out of range [7] with length 3");

        let r = catch(
            0,
            0,
            0,
            deferc_t_mid as *const () as usize,
            deferc_panic_mem as *const () as usize,
            0,
        );
        assert_eq!(r, 11);
        let seen = take_seen();
        // SAFETY: as above.
        let text = unsafe { panic_text(seen.recovered[0]).unwrap() };
        assert_eq!(
            text,
            b"runtime error: invalid memory address or nil pointer dereference"
        );
        // SAFETY: under G_LOCK.
        unsafe { assert_eq!((*getg()).sig, 0, "cleared by the recovery") };
    }

    #[test]
    fn repanic_continues_past_the_pad_frame() {
        let _l = lock_g();
        reset_g();
        let r = catch(
            std::ptr::dangling::<Type>() as usize,
            42,
            0,
            deferc_t_rethrow as *const () as usize,
            deferc_gopanic as *const () as usize,
            0,
        );
        assert_eq!(r, 11);
        let seen = take_seen();
        assert_eq!(seen.not_recovered, 1, "rethrow's pad ran its deferred call");
        assert_eq!(seen.recovered[0].data as usize, 42);
        // The traceback goes through the rethrowing frame once.
        assert_eq!(seen.trace, ["main.raise", "main.mid", "main.rethrow"]);
    }

    #[test]
    fn goexit_is_not_recovered() {
        let _l = lock_g();
        reset_g();
        let r = catch(
            0,
            0,
            0,
            deferc_t_mid as *const () as usize,
            deferc_goexit as *const () as usize,
            0,
        );
        assert_eq!(
            r, 10,
            "the pad ran, recover answered nil, the Goexit goes on"
        );
        let seen = take_seen();
        assert!(seen.recovered[0].typ.is_null());
        // SAFETY: under G_LOCK.
        unsafe { assert!((*(*getg()).panic).goexit) };
        reset_g();
    }

    #[test]
    fn ten_thousand_frames() {
        let _l = lock_g();
        reset_g();
        let r = std::thread::Builder::new()
            .stack_size(8 << 20)
            .spawn(|| {
                let r = catch(
                    std::ptr::dangling::<Type>() as usize,
                    1,
                    0,
                    deferc_t_rec as *const () as usize,
                    deferc_gopanic as *const () as usize,
                    10_000,
                );
                (r, take_seen().trace)
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(r.0, 11);
        assert_eq!(r.1.len(), TRACEBACK_MAX_FRAMES);
        assert_eq!(r.1[0], "main.raise");
        assert_eq!(r.1[1], "main.rec");
    }

    /// An unrecovered panic whose walk leaves compiled code: Go's crash output, exit 2.
    #[test]
    fn fatal_in_child() {
        if std::env::var_os("DEFERC_FATAL_CHILD").is_some() {
            register();
            let msg = GoString::from_bytes(b"deep trouble");
            // SAFETY: the asm frames follow the contract; the walk ends at this Rust frame
            // (not compiled code), which makes the panic fatal: the process exits.
            unsafe {
                let f: extern "C" fn(usize, usize, usize, usize, usize) =
                    std::mem::transmute(deferc_t_mid as *const ());
                f(
                    &STRING_TYPE.0 as *const Type as usize,
                    &msg as *const GoString as usize,
                    0,
                    0,
                    deferc_gopanic as *const () as usize,
                );
            }
            unreachable!();
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "panic::unwind_tests::fatal_in_child",
                "--nocapture",
            ])
            .env("DEFERC_FATAL_CHILD", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        let re = |s: &str| s.split(" +0x").next().unwrap().to_string();
        let lines: Vec<String> = err.lines().map(re).collect();
        assert_eq!(
            lines,
            [
                "panic: deep trouble",
                "",
                "goroutine 1 [running]:",
                "main.raise(...)",
                "\t/t/main.go:40",
                "main.mid(...)",
                "\t/t/main.go:30",
            ],
            "stderr: {err}"
        );
    }
}
