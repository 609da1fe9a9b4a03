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
    out.put(f.file());
    out.put(b":");
    put_dec(out, line as u64);
    out.put(b" +");
    put_hex(out, off as u64);
    out.put(b"\n");
}

/// runtime.Caller's walk, which package log uses for Lshortfile (`log.caller(skip int, file
/// *string, line *int) uintptr` in compiler/golib/log, reached through the `deferc_log_caller`
/// shim; runtime.Caller itself is not in the subset yet): `pc` is the return address into the
/// thunk of `log.caller` and `fp` that thunk's frame pointer. Frames that
/// tracebacks hide (stubs, the program entry) and compiler-generated ones (thunks, method
/// wrappers, method-value closures: their calls have no source line) are not counted, as Go
/// elides its wrappers; frame 0 is then log.callerAt (standing for runtime.Caller) and frame 1 its caller (skip 0). A
/// negative skip is -1 (runtime.Caller itself, as in Go). Stores the file and line of the call
/// in frame `skip + 1` and returns its pc (the return address minus one, as Go's Frame.PC), or
/// 0 when the stack has fewer frames.
///
/// # Safety
/// Called through the shim by compiled code on a goroutine; `file` and `line` must be
/// writable.
pub(crate) unsafe extern "C" fn caller_impl(
    skip: isize,
    file: *mut GoString,
    line: *mut isize,
    mut fp: usize,
    mut pc: usize,
) -> usize {
    let g = crate::goroutine::getg();
    let (lo, hi) = if g.is_null() {
        (0, usize::MAX)
    } else {
        ((*g).stack_lo, (*g).stack_hi)
    };
    let mut left = (skip.max(-1) + 1) as usize;
    while let Some(f) = findfunc(pc.wrapping_sub(1)) {
        let l = find_site(f, (pc - f.entry) as u32).map_or(0, |s| s.line);
        if !crate::sched::hidden(f) && l != 0 {
            if left == 0 {
                *file = GoString {
                    ptr: f.file.ptr,
                    len: f.file.len,
                };
                *line = l as isize;
                return pc - 1;
            }
            left -= 1;
        }
        if fp < lo || !fp.is_multiple_of(8) || fp.checked_add(16).is_none_or(|e| e > hi) {
            break;
        }
        // SAFETY (of the reads): [fp, fp + 16) lies inside the goroutine's stack.
        let next_fp = *(fp as *const usize);
        pc = *((fp + 8) as *const usize);
        if next_fp <= fp {
            break;
        }
        fp = next_fp;
    }
    0
}
