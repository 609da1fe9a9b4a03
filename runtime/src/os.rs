//! The process interface: buffered stdout, raw fd writes and os.Exit (os.Args and os.Getenv,
//! which allocate, are pkg_os.rs's, so this file sits below the allocator).
//!
//! Ordering invariant: fd 1 is buffered, fd 2 is not. Every write to any other fd (print,
//! fmt.Fprint(os.Stderr), panic messages) first flushes the stdout buffer, so when both go to
//! one file (`prog >out 2>&1`) the bytes appear in the order the program wrote them, as with
//! Go's unbuffered os.Stdout. The driver must call `deferc_flush` when main returns.
//!
//! Write errors (EPIPE after `| head`, a closed fd, a full disk) are ignored: the bytes are
//! dropped and the program goes on, never a Rust panic.

use std::sync::{Mutex, MutexGuard};

extern "C" {
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    fn _exit(status: i32) -> !;
}

/// Size of the stdout buffer; a write that does not fit flushes it, one at least this large
/// goes straight to the fd.
const STDOUT_BUF: usize = 64 * 1024;

/// The pending stdout bytes. A Mutex (not a thread-local) because the buffer is one per
/// process: whichever thread exits must flush what every thread wrote. It is never held while
/// Go code runs, so green-thread switches cannot deadlock on it.
static STDOUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());

fn stdout_buf() -> MutexGuard<'static, Vec<u8>> {
    // A poisoned lock only means a Rust panic elsewhere (tests); the bytes are still valid.
    STDOUT.lock().unwrap_or_else(|e| e.into_inner())
}

/// write(2) until all of `b` is written; retries EINTR and gives up silently on other errors.
pub(crate) fn raw_write(fd: i32, mut b: &[u8]) {
    while !b.is_empty() {
        // SAFETY: b is a valid readable buffer of b.len() bytes.
        let n = unsafe { write(fd, b.as_ptr(), b.len()) };
        if n < 0 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return;
        }
        if n == 0 {
            return;
        }
        b = &b[n as usize..];
    }
}

/// Appends to the stdout buffer, flushing it when full; large writes stream through.
pub fn write_stdout(b: &[u8]) {
    let mut buf = stdout_buf();
    if buf.len() + b.len() > STDOUT_BUF {
        raw_write(1, &buf);
        buf.clear();
        if b.len() >= STDOUT_BUF {
            raw_write(1, b);
            return;
        }
    }
    if buf.capacity() == 0 {
        buf.reserve_exact(STDOUT_BUF);
    }
    buf.extend_from_slice(b);
}

/// Writes the buffered stdout bytes to fd 1.
pub fn flush_stdout() {
    let mut buf = stdout_buf();
    if !buf.is_empty() {
        raw_write(1, &buf);
        buf.clear();
    }
}

/// Flushes stdout unless its lock is taken (oom.rs: an allocation may fail while this module
/// holds it, and the lock is not reentrant); never allocates.
pub(crate) fn try_flush_stdout() {
    let mut buf = match STDOUT.try_lock() {
        Ok(b) => b,
        Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => return,
    };
    if !buf.is_empty() {
        raw_write(1, &buf);
        buf.clear();
    }
}

/// Writes to a file descriptor as os.File.Write does: fd 1 through the buffer, anything else
/// directly after flushing stdout (the ordering invariant above).
pub fn write_fd(fd: i64, b: &[u8]) {
    if fd == 1 {
        write_stdout(b);
    } else {
        flush_stdout();
        raw_write(fd as i32, b);
    }
}

/// Flushes stdout; called by the driver when main returns and before the process exits.
#[no_mangle]
pub extern "C" fn deferc_flush() {
    flush_stdout();
}

/// runtime.NumCPU: the CPUs this process may run on (Go counts the affinity mask too, which
/// available_parallelism reads on Linux).
#[no_mangle]
pub extern "C" fn deferc_runtime_NumCPU() -> i64 {
    std::thread::available_parallelism().map_or(1, |n| n.get() as i64)
}

/// os.Exit: flushes stdout, then ends the process at once; deferred calls, atexit handlers and
/// Rust destructors do not run (Go's os.Exit does not run defers either).
#[no_mangle]
pub extern "C" fn deferc_os_exit(code: i64) -> ! {
    flush_stdout();
    // SAFETY: _exit has no preconditions.
    unsafe { _exit(code as i32) }
}
