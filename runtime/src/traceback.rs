//! Printing frames and ending the process: the byte sink crash output is written to (Out, which
//! the signal handler implements without allocating), decimal and hex numbers, traceback
//! frames in Go's layout, "created by" lines, and throw / exit2, the two ways the runtime ends
//! a program on a fatal error (Go's runtime/traceback.go and throw in runtime/panic.go); and
//! runtime.Caller's walk up the calling goroutine's frames.

use crate::funcdata::{find_site, findfunc, FuncInfo};
use crate::os::{flush_stdout, write_fd};
use crate::types::GoString;

/// Go's `_TracebackMaxFrames`: a traceback prints at most this many frames.
pub const TRACEBACK_MAX_FRAMES: usize = 100;

/// A byte sink for crash output: Vec<u8> for normal printing, a fixed buffer for the signal
/// handler (which may not allocate).
pub(crate) trait Out {
    fn put(&mut self, b: &[u8]);
    /// False in the signal handler: nothing may be allocated (file names print raw until
    /// GOROOT is known).
    fn may_allocate(&self) -> bool {
        true
    }
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

/// Go's showframe: whether a traceback prints a frame of `f` (`symtab::visible` ones only get
/// here). Go's own runtime functions are left out unless exported (runtime.Goexit) or the
/// panic that runs deferred calls (printed `panic`), and so are functions without a package
/// (deferc's program entry).
pub(crate) fn showframe(f: &FuncInfo) -> bool {
    let n = f.name();
    if n == b"runtime.gopanic" {
        return true;
    }
    if let Some(rest) = n.strip_prefix(b"runtime.") {
        return rest.first().is_some_and(u8::is_ascii_uppercase);
    }
    n.contains(&b'.')
}

/// One traceback frame, Go's layout: `main.f(...)\n\t/abs/file.go:12 +0x1d\n`. deferc keeps
/// no argument words: a function with parameters prints `(...)`, one without `()` (as Go).
pub(crate) fn put_frame(out: &mut impl Out, f: &FuncInfo, off: usize, line: u32) {
    let name = f.name();
    out.put(if name == b"runtime.gopanic" {
        b"panic"
    } else {
        name
    });
    out.put(if f.nparams == 0 {
        b"()\n\t"
    } else {
        b"(...)\n\t"
    });
    let (a, b) = crate::symtab::file_parts(f, out.may_allocate());
    out.put(a);
    out.put(b);
    out.put(b":");
    put_dec(out, line as u64);
    if f.nparams != crate::symtab::INLINED && off > 0 {
        out.put(b" +");
        put_hex(out, off as u64);
    }
    out.put(b"\n");
}

/// Prints the frame returning to `pc` if Go's traceback would (`visible` and `showframe`);
/// returns whether it did.
pub(crate) fn put_pc(out: &mut impl Out, pc: usize) -> bool {
    let Some(f) = findfunc(pc.wrapping_sub(1)) else {
        return false;
    };
    if !crate::symtab::visible(f, pc) || !showframe(f) {
        return false;
    }
    let off = pc - f.entry;
    let line = find_site(f, off as u32).map_or(0, |s| s.line);
    put_frame(out, f, off, line);
    true
}

/// The frames of a traceback from recorded return addresses (innermost first), at most
/// `TRACEBACK_MAX_FRAMES`, followed by Go's "...additional frames elided..." when there were
/// more (`total` counts the recorded ones, some of which may not be stored).
pub(crate) fn put_traceback(out: &mut impl Out, pcs: &[usize], total: usize) {
    let mut printed = 0;
    let mut more = total > pcs.len();
    for &pc in pcs {
        if printed == TRACEBACK_MAX_FRAMES {
            more = true;
            break;
        }
        if put_pc(out, pc) {
            printed += 1;
        }
    }
    if more {
        out.put(b"...additional frames elided...\n");
    }
}

/// The frames of goroutine `g` from (fp, pc) (symtab::walk), as a traceback prints them: at
/// most `TRACEBACK_MAX_FRAMES`, then "...additional frames elided..." if there are more.
///
/// # Safety
/// As for `symtab::walk`.
pub(crate) unsafe fn put_walk(
    out: &mut impl Out,
    g: *mut crate::goroutine::G,
    fp: usize,
    pc: usize,
    lo: usize,
    hi: usize,
) {
    put_walk_skip(out, g, fp, pc, lo, hi, 0)
}

/// `put_walk` leaving out the first `skip` logical frames.
///
/// # Safety
/// As for `symtab::walk`.
unsafe fn put_walk_skip(
    out: &mut impl Out,
    g: *mut crate::goroutine::G,
    fp: usize,
    pc: usize,
    lo: usize,
    hi: usize,
    mut skip: usize,
) {
    let mut printed = 0;
    let mut more = false;
    crate::symtab::walk(g, fp, pc, lo, hi, &mut |pc| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        let Some(f) = findfunc(pc.wrapping_sub(1)) else {
            return true;
        };
        if !showframe(f) {
            return true;
        }
        if printed == TRACEBACK_MAX_FRAMES {
            more = true;
            return false;
        }
        put_pc(out, pc);
        printed += 1;
        true
    });
    if more {
        out.put(b"...additional frames elided...\n");
    }
}

/// Go's "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x...]" line.
pub fn put_signal_line(out: &mut Vec<u8>, pc: usize) {
    out.put(b"[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=");
    put_hex(out, pc as u64);
    out.put(b"]\n");
}

pub(crate) fn exit2() -> ! {
    flush_stdout();
    // SAFETY: _exit has no preconditions; nothing needs to run at exit (stdout is flushed).
    unsafe { libc::_exit(2) }
}

/// Go's throw: "fatal error: msg" and exit 2. The program's buffered stdout goes first, so
/// that output written before the error comes before it, as with Go's unbuffered stdout.
pub(crate) fn throw(msg: &[u8]) -> ! {
    flush_stdout();
    let mut out = b"fatal error: ".to_vec();
    out.extend_from_slice(msg);
    out.extend_from_slice(b"\n");
    write_fd(2, &out);
    exit2()
}

/// Go's "created by main.main\n\t/file.go:7 +0x6a\n" for a goroutine created at `gopc`.
pub(crate) fn put_created_by(out: &mut impl Out, gopc: usize) {
    if gopc == 0 {
        return;
    }
    let Some(f) = findfunc(gopc - 1) else {
        return;
    };
    let off = gopc - f.entry;
    let line = find_site(f, off as u32).map_or(0, |s| s.line);
    out.put(b"created by ");
    out.put(f.name());
    out.put(b"\n\t");
    let (a, b) = crate::symtab::file_parts(f, out.may_allocate());
    out.put(a);
    out.put(b);
    out.put(b":");
    put_dec(out, line as u64);
    out.put(b" +");
    put_hex(out, off as u64);
    out.put(b"\n");
}

/// runtime.Caller's walk for packages log and testing (`caller(skip int, file *string, line
/// *int) uintptr` in compiler/golib/log and testing, reached through the `deferc_log_caller`
/// shim): frame 0 is the library function that called `caller` (standing for runtime.Caller,
/// which log and testing call in Go), frame 1 its caller (skip 0). A negative skip is -1. Stores
/// the file and line of frame `skip + 1` and returns its pc (the return address minus one, as
/// Go's Frame.PC), or 0 when the stack has fewer frames.
///
/// # Safety
/// Called through the shim by compiled code on a goroutine; `file` and `line` must be
/// writable.
pub(crate) unsafe extern "C" fn caller_impl(
    skip: isize,
    file: *mut GoString,
    line: *mut isize,
    fp: usize,
    pc: usize,
) -> usize {
    let mut left = (skip.max(-1) + 1) as usize;
    let mut found = 0;
    crate::symtab::walk_current(fp, pc, &mut |pc| {
        if left > 0 {
            left -= 1;
            return true;
        }
        found = pc;
        false
    });
    let Some(f) = findfunc(found.wrapping_sub(1)) else {
        return 0;
    };
    *file = crate::symtab::go_file(f);
    *line = crate::symtab::pc_line(f, found) as isize;
    found - 1
}

// ---------------------------------------------------------------------------------------------
// runtime.Stack, runtime.GoroutineProfile and the traceback level

/// `runtime.stack(buf, n, all)` (through the `deferc_runtime_stack` shim, called by the library's
/// runtime.Stack): Go's traceback of the running goroutine from runtime.Stack's caller, with
/// every other goroutine's after it when `all`, written into `buf[..n]` (cut there); returns
/// the bytes written.
///
/// # Safety
/// Called through the shim by compiled code on a goroutine; `buf` has room for `n` bytes.
pub(crate) unsafe extern "C" fn stack_impl(
    buf: *mut u8,
    n: isize,
    all: u8,
    fp: usize,
    pc: usize,
) -> isize {
    let g = crate::goroutine::getg();
    let mut out = Vec::new();
    out.put(b"goroutine ");
    put_dec(&mut out, (*g).goid as u64);
    out.put(b" [running]:\n");
    let (lo, hi) = stack_bounds(g);
    // The first logical frame is runtime.Stack itself, which Go's traceback starts above.
    put_walk_skip(&mut out, g, fp, pc, lo, hi, 1);
    put_created_by(&mut out, (*g).gopc);
    if all != 0 {
        put_others(&mut out, g);
    }
    let k = out.len().min(n.max(0) as usize);
    std::ptr::copy_nonoverlapping(out.as_ptr(), buf, k);
    k as isize
}

/// The bounds the walk of the running goroutine `g` reads frame records in.
unsafe fn stack_bounds(g: *mut crate::goroutine::G) -> (usize, usize) {
    if (*g).stack_hi == 0 {
        (0, usize::MAX)
    } else {
        ((*g).stack_lo, (*g).stack_hi)
    }
}

/// Every goroutine but `cur`, each after a blank line (Go's tracebackothers).
unsafe fn put_others(out: &mut Vec<u8>, cur: *mut crate::goroutine::G) {
    for (o, status) in crate::sched::other_goroutines(cur) {
        out.put(b"\n");
        crate::sched::put_goroutine(out, o, status);
    }
}

/// Words of Go's StackRecord (`Stack0 [32]uintptr`).
const STACK_RECORD_WORDS: usize = 32;

/// `runtime.goroutineProfile(records, n)` (through its shim, called by the library's
/// runtime.GoroutineProfile, which checked there is room): fills `n` StackRecords with the
/// stacks of the running goroutine (from GoroutineProfile's caller) and of every other
/// goroutine; returns how many it filled.
///
/// # Safety
/// Called through the shim by compiled code on a goroutine; `records` has room for `n`
/// records.
pub(crate) unsafe extern "C" fn goroutine_profile_impl(
    records: *mut usize,
    n: isize,
    fp: usize,
    pc: usize,
) -> isize {
    let n = n.max(0) as usize;
    if n == 0 {
        return 0;
    }
    let g = crate::goroutine::getg();
    let (lo, hi) = stack_bounds(g);
    // The first logical frame is runtime.GoroutineProfile itself.
    fill_record(records, g, fp, pc, lo, hi, 1);
    let mut k = 1;
    for (o, _) in crate::sched::other_goroutines(g) {
        if k == n {
            break;
        }
        let rec = records.add(k * STACK_RECORD_WORDS);
        fill_record(
            rec,
            o,
            (*o).park_fp,
            (*o).park_pc,
            (*o).stack_lo,
            (*o).stack_hi,
            0,
        );
        k += 1;
    }
    k as isize
}

/// Stores the pcs of `g`'s logical frames from (fp, pc), but the first `skip`, in the
/// StackRecord at `rec` (zero after the last; all zero for a goroutine not started).
///
/// # Safety
/// `rec` has room for a StackRecord; the rest as for `symtab::walk`.
unsafe fn fill_record(
    rec: *mut usize,
    g: *mut crate::goroutine::G,
    fp: usize,
    pc: usize,
    lo: usize,
    hi: usize,
    mut skip: usize,
) {
    std::ptr::write_bytes(rec, 0, STACK_RECORD_WORDS);
    if pc == 0 {
        return;
    }
    let mut k = 0;
    crate::symtab::walk(g, fp, pc, lo, hi, &mut |pc| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        *rec.add(k) = pc;
        k += 1;
        k < STACK_RECORD_WORDS
    });
}

/// Go's GOTRACEBACK levels: how much a fatal error prints.
pub(crate) const TRACEBACK_NONE: u8 = 0;
pub(crate) const TRACEBACK_SINGLE: u8 = 1;
pub(crate) const TRACEBACK_ALL: u8 = 2;

/// The level debug.SetTraceback set (u8::MAX: none set).
static TRACEBACK_SET: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(u8::MAX);

/// A GOTRACEBACK value's level (Go's setTraceback): none, single (or empty), all; system,
/// crash and numbers above 1 show all goroutines too (deferc has no runtime frames to add).
fn parse_traceback(s: &[u8]) -> u8 {
    match s {
        b"none" => TRACEBACK_NONE,
        b"single" | b"" => TRACEBACK_SINGLE,
        b"all" | b"system" | b"crash" => TRACEBACK_ALL,
        _ => match std::str::from_utf8(s)
            .ok()
            .and_then(|v| v.parse::<u32>().ok())
        {
            Some(0) => TRACEBACK_NONE,
            Some(1) => TRACEBACK_SINGLE,
            Some(_) => TRACEBACK_ALL,
            None => TRACEBACK_SINGLE,
        },
    }
}

/// The traceback level of a fatal error now: `$GOTRACEBACK`'s, raised (never lowered) by
/// debug.SetTraceback.
pub(crate) fn traceback_level() -> u8 {
    use std::os::unix::ffi::OsStrExt;
    let env =
        std::env::var_os("GOTRACEBACK").map_or(TRACEBACK_SINGLE, |v| parse_traceback(v.as_bytes()));
    match TRACEBACK_SET.load(std::sync::atomic::Ordering::Relaxed) {
        u8::MAX => env,
        set => set.max(env),
    }
}

/// `debug.SetTraceback(level)`.
///
/// # Safety
/// (p, n) is a Go string.
#[no_mangle]
pub unsafe extern "C" fn deferc_debug_setTraceback(p: *const u8, n: usize) {
    let s = GoString { ptr: p, len: n };
    TRACEBACK_SET.store(
        parse_traceback(s.as_bytes()),
        std::sync::atomic::Ordering::Relaxed,
    );
}

/// After a fatal panic's or throw's own goroutine: the others when the level says all.
///
/// # Safety
/// Called on the thread that runs Go code, `cur` the running goroutine.
pub(crate) unsafe fn put_others_if_all(out: &mut Vec<u8>, cur: *mut crate::goroutine::G) {
    if traceback_level() >= TRACEBACK_ALL {
        put_others(out, cur);
    }
}
