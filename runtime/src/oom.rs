//! Running out of memory: Go 1.19's fatal errors for it, and the global allocator wrapper that
//! routes the Rust side's allocation failures (scheduler queues, maps, fmt buffers) to them.
//!
//! Go has two messages, and which one a program gets depends on what the system refused:
//!
//! - Reserving address space failed (an address-space limit, `ulimit -v` / RLIMIT_AS, or the
//!   address space itself is full): mheap.grow prints
//!   `runtime: out of memory: cannot allocate N-byte block (M in use)` and throws
//!   `fatal error: out of memory`. Measured with Go 1.19 under a 4 GiB RLIMIT_AS, both for
//!   goroutines blocked forever (the failure is a 4 MiB stack span) and for a slice appended to
//!   forever.
//! - The kernel refused to commit reserved memory (sysMap's mmap returned ENOMEM: with the
//!   default heuristic overcommit, a single request larger than RAM plus swap, such as
//!   `make([]byte, 1<<40)` on a small machine): `fatal error: runtime: out of memory`.
//!
//! deferc does not reserve and commit in two steps (the heap comes from `std::alloc`, stacks
//! from MAP_NORESERVE mappings), so `out_of_memory` tells the two apart the way the system
//! would have: when an address-space limit is set and the request does not fit under it beside
//! what the process already maps, it is the first case; otherwise the second. N is the request
//! that failed, M the bytes the runtime has obtained for the Go heap and goroutine stacks
//! (Go's numbers are its own heap's, so only the shape of the line can match).
//!
//! Go prints a traceback after the throw; deferc stops after the fatal error line(s) (they are
//! what the conformance tests compare, up to the first blank line): the failing request is made
//! by Rust code, which keeps no frame records to walk back to the Go caller.
//!
//! Nothing here allocates: the report is formatted into a stack buffer, stdout is flushed only
//! if its lock is free (the failure may have happened while os.rs held it), and the process ends
//! with `_exit(2)`, Go's status for a fatal error.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// Bytes obtained for the Go heap (alloc.rs) and goroutine stacks (stack.rs): the "in use"
/// figure of the report.
static SYS_BYTES: AtomicUsize = AtomicUsize::new(0);

/// Whether `GoAlloc` reports a failed allocation as Go does (set once a Go program starts;
/// before that, e.g. while deferc compiles, a failure is Rust's usual abort).
static REPORT: AtomicBool = AtomicBool::new(false);

/// Counts `n` bytes as obtained from the system for Go memory.
pub fn note_sys(n: usize) {
    SYS_BYTES.fetch_add(n, Ordering::Relaxed);
}

/// Bytes obtained from the system for Go memory so far (MemStats.Sys's main part).
pub fn sys_bytes() -> usize {
    SYS_BYTES.load(Ordering::Relaxed)
}

/// From now on, any allocation failure in this process ends it with Go's fatal error.
pub fn enable_report() {
    REPORT.store(true, Ordering::Relaxed);
}

/// A small fixed buffer the report is formatted into (no heap: the heap just failed).
struct Buf {
    b: [u8; 256],
    n: usize,
}

impl Buf {
    fn put(&mut self, s: &[u8]) {
        let k = s.len().min(self.b.len() - self.n);
        self.b[self.n..self.n + k].copy_from_slice(&s[..k]);
        self.n += k;
    }

    fn put_dec(&mut self, mut v: u64) {
        let mut d = [0u8; 20];
        let mut i = d.len();
        loop {
            i -= 1;
            d[i] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        self.put(&d[i..]);
    }
}

/// The process's address-space limit (RLIMIT_AS soft limit), if one is set. (`rlim_t` is u64 on
/// every target deferc supports.)
fn address_space_limit() -> Option<libc::rlim_t> {
    let mut r = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit writes the struct we pass.
    let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut r) } == 0;
    (ok && r.rlim_cur != libc::RLIM_INFINITY).then_some(r.rlim_cur)
}

/// The process's mapped address space in bytes (/proc/self/statm's first field), read without
/// allocating.
fn mapped_bytes() -> Option<u64> {
    // SAFETY: open/read/close on a NUL-terminated path and a stack buffer.
    let (buf, n) = unsafe {
        let fd = libc::open(
            c"/proc/self/statm".as_ptr(),
            libc::O_RDONLY | libc::O_CLOEXEC,
        );
        if fd < 0 {
            return None;
        }
        let mut buf = [0u8; 64];
        let n = libc::read(fd, buf.as_mut_ptr().cast(), buf.len());
        libc::close(fd);
        (buf, n)
    };
    if n <= 0 {
        return None;
    }
    let mut pages: u64 = 0;
    for &c in &buf[..n as usize] {
        if !c.is_ascii_digit() {
            break;
        }
        pages = pages.checked_mul(10)?.checked_add((c - b'0') as u64)?;
    }
    // SAFETY: sysconf has no preconditions.
    let page = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    Some(pages.saturating_mul(page.max(4096) as u64))
}

/// Whether a failed request of `size` bytes was refused by the address-space limit (Go's
/// failed reservation) rather than by the kernel's commit accounting.
fn refused_by_address_space_limit(size: usize) -> bool {
    let Some(limit) = address_space_limit() else {
        return false;
    };
    // Unreadable statm (no /proc): with a limit set, the limit is the likely cause.
    mapped_bytes().is_none_or(|m| m.saturating_add(size as u64) > limit)
}

/// Ends the process with Go's fatal error for a failed request of `size` bytes (module doc).
pub fn out_of_memory(size: usize) -> ! {
    report(size, refused_by_address_space_limit(size))
}

/// Ends the process with Go's fatal error for a failed reservation of `size` bytes of address
/// space (a MAP_NORESERVE mapping: it commits nothing, so the address space refused it).
pub fn out_of_address_space(size: usize) -> ! {
    report(size, true)
}

fn report(size: usize, reservation: bool) -> ! {
    crate::os::try_flush_stdout();
    let mut out = Buf { b: [0; 256], n: 0 };
    if reservation {
        out.put(b"runtime: out of memory: cannot allocate ");
        out.put_dec(size as u64);
        out.put(b"-byte block (");
        out.put_dec(SYS_BYTES.load(Ordering::Relaxed) as u64);
        out.put(b" in use)\nfatal error: out of memory\n");
    } else {
        out.put(b"fatal error: runtime: out of memory\n");
    }
    crate::os::raw_write(2, &out.b[..out.n]);
    // SAFETY: _exit has no preconditions; nothing may run at exit (it could allocate).
    unsafe { libc::_exit(2) }
}

/// The global allocator of deferc and of the executables it builds: the system allocator, but
/// a failure while a Go program runs is Go's fatal error instead of Rust's
/// "memory allocation of N bytes failed" and SIGABRT.
pub struct GoAlloc;

impl GoAlloc {
    fn check(p: *mut u8, size: usize) -> *mut u8 {
        if p.is_null() && REPORT.load(Ordering::Relaxed) {
            out_of_memory(size);
        }
        p
    }
}

// SAFETY: every method forwards to System with the caller's arguments; a null result either
// ends the process or is returned as System returned it.
unsafe impl GlobalAlloc for GoAlloc {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        Self::check(System.alloc(layout), layout.size())
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        Self::check(System.alloc_zeroed(layout), layout.size())
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        Self::check(System.realloc(ptr, layout, new_size), new_size)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn buf_formats_without_allocating() {
        let mut b = Buf { b: [0; 256], n: 0 };
        b.put(b"x ");
        b.put_dec(0);
        b.put(b" ");
        b.put_dec(18446744073709551615);
        assert_eq!(&b.b[..b.n], b"x 0 18446744073709551615");
    }

    #[test]
    fn statm_is_readable() {
        // Any process maps at least its own code.
        assert!(mapped_bytes().is_some_and(|m| m > 4096));
    }
}
