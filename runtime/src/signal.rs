//! Fatal signals: SIGSEGV/SIGBUS/SIGILL handling on an alternate signal stack, so a stack
//! overflow ends the program with Go's "fatal error: stack overflow" (exit status 2), and any
//! other fault with Go's "unexpected fault address" / "fatal error: fault", never a bare SIGSEGV.
//!
//! Stack overflow is detected two ways. Goroutine stacks have no guard pages (stack.rs): every
//! compiled function's prologue compares SP with the running G's `stackguard` and traps (a
//! SIGILL in compiled code, `stack_check_trap`). Stacks with a guard below them (the main
//! goroutine's, and threads' own stacks) also fault there (SIGSEGV near the low end). Either way
//! the report names the running goroutine and its stack bounds.
//!
//! Compiled code checks nil pointers, bounds and divisors explicitly (a faulting instruction is
//! not a call site and has no landing pad), so every fault that reaches this handler is fatal.
//!
//! Setup: `install_on_this_thread()` (or the C entry `deferc_install_signal_handlers`) on every
//! thread that runs Go code: it gives the thread an alternate signal stack, records the
//! thread's stack bounds (pthread_getattr_np) and installs the process-wide handlers once.
//! Goroutine stacks are too many for that table: the handler reads the running G's bounds
//! instead (`goroutine_stack`); `register_stack` remains for other stacks.
//!
//! The handler only does async-signal-safe things: atomic loads, reads of the faulting
//! thread's stack inside its recorded bounds, lock-free funcdata lookups (funcdata.rs keeps an
//! immutable published snapshot), write(2) from a fixed buffer, and _exit. Buffered stdout is
//! flushed only when the fault is in compiled Go code: os.rs never holds the stdout lock while
//! Go code runs, so taking it cannot deadlock there.

use crate::funcdata::{find_site, findfunc};
use crate::goroutine::getg;
use crate::traceback::{put_dec, put_frame, put_hex, Out, TRACEBACK_MAX_FRAMES};
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Once;

/// Size of each thread's alternate signal stack (the handler formats a traceback on it).
const ALTSTACK_SIZE: usize = 64 * 1024;
/// A fault this far below the stack's low end (the guard region) is an overflow.
const GUARD_BELOW: usize = 64 * 1024;
/// ... and so is one in the first page of the stack itself.
const GUARD_ABOVE: usize = 4096;
/// A fault while SP is this close above the low end is an overflow wherever it faults.
const SP_SLACK: usize = 64 * 1024;
/// How far below the low end an SP still counts (a large frame may skip the guard).
const SP_BELOW: usize = 1024 * 1024;

/// Known stacks as [lo, hi) pairs; lo == 0 marks a free slot.
const MAX_STACKS: usize = 256;
struct StackSlot {
    lo: AtomicUsize,
    hi: AtomicUsize,
}
#[allow(clippy::declare_interior_mutable_const)]
const FREE_SLOT: StackSlot = StackSlot {
    lo: AtomicUsize::new(0),
    hi: AtomicUsize::new(0),
};
static STACKS: [StackSlot; MAX_STACKS] = [FREE_SLOT; MAX_STACKS];

/// Records a stack [lo, hi) (lowest and one-past-highest address) so faults near its low end
/// are reported as stack overflows. Returns false if the table is full.
pub fn register_stack(lo: usize, hi: usize) -> bool {
    if lo == 0 || hi <= lo {
        return false;
    }
    for s in STACKS.iter() {
        if s.lo.load(Ordering::Relaxed) == lo {
            s.hi.store(hi, Ordering::Release);
            return true;
        }
    }
    for s in STACKS.iter() {
        // Publish hi before lo: a reader that sees lo != 0 sees the right hi.
        if s.lo.load(Ordering::Relaxed) == 0 {
            s.hi.store(hi, Ordering::Release);
            if s.lo
                .compare_exchange(0, lo, Ordering::AcqRel, Ordering::Relaxed)
                .is_ok()
            {
                return true;
            }
        }
    }
    false
}

/// Forgets the stack whose low end is `lo` (a finished coroutine's).
pub fn unregister_stack(lo: usize) {
    for s in STACKS.iter() {
        if lo != 0 && s.lo.load(Ordering::Relaxed) == lo {
            s.lo.store(0, Ordering::Release);
        }
    }
}

/// Whether a fault at `addr` with stack pointer `sp` is an overflow of the stack [lo, hi).
pub fn is_overflow(addr: usize, sp: usize, lo: usize, hi: usize) -> bool {
    let _ = hi;
    let fault_in_guard = addr >= lo.saturating_sub(GUARD_BELOW) && addr < lo + GUARD_ABOVE;
    let sp_at_end = sp >= lo.saturating_sub(SP_BELOW) && sp < lo + SP_SLACK;
    fault_in_guard || sp_at_end
}

/// The running goroutine's stack [lo, hi), if it has one of its own (sched.rs gives every
/// goroutine one; only they are too many for the registry).
fn goroutine_stack() -> Option<(usize, usize)> {
    let g = getg();
    // SAFETY: deferc_curg always points at a valid G; the handler runs on the thread that runs
    // Go code (the signal is synchronous), so the fields are not changing under it.
    let (lo, hi) = unsafe { ((*g).stack_lo, (*g).stack_hi) };
    (lo != 0 && hi > lo).then_some((lo, hi))
}

/// The stack that the fault overflowed, if any: the running goroutine's, or a registered one.
fn overflowed_stack(addr: usize, sp: usize) -> Option<(usize, usize)> {
    if let Some((lo, hi)) = goroutine_stack() {
        if is_overflow(addr, sp, lo, hi) {
            return Some((lo, hi));
        }
    }
    STACKS.iter().find_map(|s| {
        let lo = s.lo.load(Ordering::Acquire);
        let hi = s.hi.load(Ordering::Acquire);
        (lo != 0 && is_overflow(addr, sp, lo, hi)).then_some((lo, hi))
    })
}

/// The stack containing `sp` (or whose guard it is in): the running goroutine's, or a
/// registered one.
fn stack_of(sp: usize) -> Option<(usize, usize)> {
    if let Some((lo, hi)) = goroutine_stack() {
        if sp >= lo.saturating_sub(SP_BELOW) && sp < hi {
            return Some((lo, hi));
        }
    }
    STACKS.iter().find_map(|s| {
        let lo = s.lo.load(Ordering::Acquire);
        let hi = s.hi.load(Ordering::Acquire);
        (lo != 0 && sp >= lo.saturating_sub(SP_BELOW) && sp < hi).then_some((lo, hi))
    })
}

thread_local! {
    static THREAD_DONE: Cell<bool> = const { Cell::new(false) };
}

static HANDLERS: Once = Once::new();
static INSTALLED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Whether the fault handlers are installed (incremental marking needs them).
pub fn installed() -> bool {
    INSTALLED.load(Ordering::Acquire)
}

/// Prepares the calling thread to run Go code: alternate signal stack, stack bounds, and (once
/// per process) the SIGSEGV/SIGBUS handlers. Idempotent per thread.
pub fn install_on_this_thread() {
    if THREAD_DONE.with(|d| d.replace(true)) {
        return;
    }
    // SAFETY: plain libc calls with valid arguments; the alternate stack is mapped for the
    // life of the process (a thread's exit leaves it unused, not dangling, since it is never
    // unmapped).
    unsafe {
        let page = 4096;
        let total = ALTSTACK_SIZE + page;
        let mem = libc::mmap(
            std::ptr::null_mut(),
            total,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        );
        if mem != libc::MAP_FAILED {
            // A guard page under the alternate stack.
            libc::mprotect(mem, page, libc::PROT_NONE);
            let ss = libc::stack_t {
                ss_sp: (mem as usize + page) as *mut libc::c_void,
                ss_flags: 0,
                ss_size: ALTSTACK_SIZE,
            };
            libc::sigaltstack(&ss, std::ptr::null_mut());
        }

        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) == 0 {
            let mut addr: *mut libc::c_void = std::ptr::null_mut();
            let mut size: libc::size_t = 0;
            if libc::pthread_attr_getstack(&attr, &mut addr, &mut size) == 0 {
                register_stack(addr as usize, addr as usize + size);
            }
            libc::pthread_attr_destroy(&mut attr);
        }

        HANDLERS.call_once(|| {
            for sig in [libc::SIGSEGV, libc::SIGBUS, libc::SIGILL] {
                let mut sa: libc::sigaction = std::mem::zeroed();
                sa.sa_sigaction = handler as *const () as usize;
                sa.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
                libc::sigemptyset(&mut sa.sa_mask);
                libc::sigaction(sig, &sa, std::ptr::null_mut());
            }
            INSTALLED.store(true, Ordering::Release);
        });
    }
}

/// C entry for drivers: `install_on_this_thread` for the calling thread.
#[no_mangle]
pub extern "C" fn deferc_install_signal_handlers() {
    install_on_this_thread();
}

/// A fixed-buffer writer to fd 2 for the signal handler (no allocation).
struct FdOut {
    buf: [u8; 512],
    n: usize,
}

impl FdOut {
    fn flush(&mut self) {
        let mut off = 0;
        while off < self.n {
            // SAFETY: the range is inside buf.
            let w = unsafe { libc::write(2, self.buf[off..].as_ptr().cast(), self.n - off) };
            if w <= 0 {
                break;
            }
            off += w as usize;
        }
        self.n = 0;
    }
}

impl Out for FdOut {
    fn put(&mut self, mut b: &[u8]) {
        while !b.is_empty() {
            if self.n == self.buf.len() {
                self.flush();
            }
            let k = b.len().min(self.buf.len() - self.n);
            self.buf[self.n..self.n + k].copy_from_slice(&b[..k]);
            self.n += k;
            b = &b[k..];
        }
    }
}

/// (pc, sp, fp) of the interrupted context.
///
/// # Safety
/// `ctx` must be the ucontext_t a SA_SIGINFO handler received.
unsafe fn context_regs(ctx: *mut libc::c_void) -> (usize, usize, usize) {
    let uc = ctx as *const libc::ucontext_t;
    #[cfg(target_arch = "x86_64")]
    {
        let g = &(*uc).uc_mcontext.gregs;
        (
            g[libc::REG_RIP as usize] as usize,
            g[libc::REG_RSP as usize] as usize,
            g[libc::REG_RBP as usize] as usize,
        )
    }
    #[cfg(target_arch = "aarch64")]
    {
        let m = &(*uc).uc_mcontext;
        (m.pc as usize, m.sp as usize, m.regs[29] as usize)
    }
}

/// The goroutine's frames from the fault: the faulting function, then the frame chain from
/// `fp`, reading only inside the stack [lo, hi) and only upwards.
fn put_fault_traceback(out: &mut FdOut, pc: usize, fp: usize, stack: Option<(usize, usize)>) {
    out.put(b"\ngoroutine ");
    // SAFETY: goid is a plain integer field of the static G.
    put_dec(out, unsafe { (*getg()).goid } as u64);
    out.put(b" [running]:\n");
    let mut printed = 0;
    if let Some(f) = findfunc(pc) {
        put_frame(out, f, pc - f.entry, 0);
        printed += 1;
    }
    let Some((lo, hi)) = stack else { return };
    let mut fp = fp;
    let mut total = printed;
    while fp >= lo && fp.is_multiple_of(8) && fp.checked_add(16).is_some_and(|e| e <= hi) {
        // SAFETY: [fp, fp + 16) lies inside the thread's stack, which is mapped.
        let (next_fp, ret) = unsafe { (*(fp as *const usize), *((fp + 8) as *const usize)) };
        if let Some(f) = findfunc(ret.wrapping_sub(1)) {
            if !f.is_stub() {
                total += 1;
                if printed < TRACEBACK_MAX_FRAMES {
                    let off = ret - f.entry;
                    let line = find_site(f, off as u32).map_or(0, |s| s.line);
                    put_frame(out, f, off, line);
                    printed += 1;
                }
            }
        }
        if next_fp <= fp {
            break;
        }
        fp = next_fp;
    }
    if total > printed {
        out.put(b"...additional frames elided...\n");
    }
    // SAFETY: as in goroutine_stack.
    crate::traceback::put_created_by(out, unsafe { (*getg()).gopc });
}

/// A SIGILL at `pc` with stack pointer `sp` is compiled code's stack-limit check tripping:
/// the function traps (x86_64 `ud2`, aarch64 `udf`) at entry when SP (or SP less the frame it is
/// about to allocate, as Cranelift's own prologue check does) is below the running goroutine's
/// `stackguard`. No other trap instruction in compiled code is ever executed, so any trap in a
/// registered function with SP below the guard, or at most `ILL_SLACK` above it, is one; its
/// stack is the running goroutine's.
fn stack_check_trap(pc: usize, sp: usize) -> Option<(usize, usize)> {
    let (lo, hi) = goroutine_stack()?;
    findfunc(pc)?;
    // SAFETY: as in goroutine_stack.
    let guard = unsafe { (*getg()).stackguard };
    (sp < guard.saturating_add(ILL_SLACK)).then_some((lo, hi))
}

/// How far above the guard SP may be at a stack-check trap (a frame at most this big).
const ILL_SLACK: usize = 16 << 20;

/// Go's stack overflow report for the stack [lo, hi) and the running goroutine's frames.
fn put_overflow(out: &mut FdOut, pc: usize, sp: usize, fp: usize, lo: usize, hi: usize) {
    out.put(b"runtime: goroutine stack exceeds 1000000000-byte limit\n");
    out.put(b"runtime: sp=");
    put_hex(out, sp as u64);
    out.put(b" stack=[");
    put_hex(out, lo as u64);
    out.put(b", ");
    put_hex(out, hi as u64);
    out.put(b"]\n");
    out.put(b"fatal error: stack overflow\n\nruntime stack:\n");
    put_fault_traceback(out, pc, fp, Some((lo, hi)));
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: the kernel passes a valid siginfo and ucontext to a SA_SIGINFO handler.
    let (addr, code, (pc, sp, fp)) = unsafe {
        (
            (*info).si_addr() as usize,
            (*info).si_code,
            context_regs(ctx),
        )
    };
    // A store to a heap page write-protected by incremental marking (mem/mbarrier.rs): the
    // page is recorded and writable again, and the store runs again on return.
    if sig == libc::SIGSEGV && crate::mem::mbarrier::on_fault(addr) {
        return;
    }
    let mut out = FdOut {
        buf: [0; 512],
        n: 0,
    };
    if sig == libc::SIGILL {
        let Some((lo, hi)) = stack_check_trap(pc, sp) else {
            // Not ours (a trap in Rust code: an abort): the default action, as before the
            // handler existed, when the instruction runs again.
            // SAFETY: restoring SIG_DFL is async-signal-safe.
            unsafe { libc::signal(libc::SIGILL, libc::SIG_DFL) };
            return;
        };
        // In Go code the stdout lock is free (os.rs's invariant), so this cannot deadlock.
        crate::os::flush_stdout();
        put_overflow(&mut out, pc, sp, fp, lo, hi);
        out.flush();
        // SAFETY: _exit is async-signal-safe.
        unsafe { libc::_exit(2) }
    }
    if findfunc(pc).is_some() {
        // In Go code the stdout lock is free (os.rs's invariant), so this cannot deadlock.
        crate::os::flush_stdout();
    }
    if let Some((lo, hi)) = overflowed_stack(addr, sp) {
        put_overflow(&mut out, pc, sp, fp, lo, hi);
    } else {
        out.put(b"unexpected fault address ");
        put_hex(&mut out, addr as u64);
        out.put(b"\nfatal error: fault\n[signal ");
        if sig == libc::SIGBUS {
            out.put(b"SIGBUS: bus error");
        } else {
            out.put(b"SIGSEGV: segmentation violation");
        }
        out.put(b" code=");
        put_hex(&mut out, code as u32 as u64);
        out.put(b" addr=");
        put_hex(&mut out, addr as u64);
        out.put(b" pc=");
        put_hex(&mut out, pc as u64);
        out.put(b"]\n");
        put_fault_traceback(&mut out, pc, fp, stack_of(sp));
    }
    out.flush();
    // SAFETY: _exit is async-signal-safe.
    unsafe { libc::_exit(2) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overflow_predicate() {
        let (lo, hi) = (0x7fff_0000_0000usize, 0x7fff_0080_0000usize);
        // Fault in the guard below the stack, or in its first page.
        assert!(is_overflow(lo - 8, lo + 0x1000, lo, hi));
        assert!(is_overflow(lo - GUARD_BELOW, lo + 0x100_000, lo, hi));
        assert!(is_overflow(lo + 100, lo + 0x100_000, lo, hi));
        // SP at the end of the stack: overflow wherever it faults.
        assert!(is_overflow(0xdead_beef, lo + 100, lo, hi));
        assert!(is_overflow(0xdead_beef, lo - 4096, lo, hi));
        // An ordinary wild pointer with SP well inside the stack is not.
        assert!(!is_overflow(0xdead_beef, lo + 0x100_000, lo, hi));
        assert!(!is_overflow(lo - GUARD_BELOW - 1, lo + 0x100_000, lo, hi));
        assert!(!is_overflow(lo + GUARD_ABOVE, lo + 0x100_000, lo, hi));
    }

    #[test]
    fn stack_table() {
        let lo = 0x5555_0000_0000usize;
        assert!(register_stack(lo, lo + 0x10000));
        assert_eq!(
            overflowed_stack(lo - 16, lo + 0x8000),
            Some((lo, lo + 0x10000))
        );
        assert_eq!(stack_of(lo + 0x8000), Some((lo, lo + 0x10000)));
        unregister_stack(lo);
        assert_eq!(stack_of(lo + 0x8000), None);
        assert!(!register_stack(0, 10));
    }

    #[test]
    fn install_is_idempotent() {
        install_on_this_thread();
        install_on_this_thread();
        // The calling thread's stack is now known.
        let local = 0u8;
        let sp = &local as *const u8 as usize;
        assert!(stack_of(sp).is_some());
    }

    /// A real stack overflow in a child process ends with Go's message and status 2.
    #[test]
    fn stack_overflow_in_child() {
        if std::env::var_os("DEFERC_SIGNAL_CHILD").is_some() {
            return;
        }
        // Re-run this test binary filtered to the child helper below.
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args(["--exact", "signal::tests::overflow_child", "--nocapture"])
            .env("DEFERC_SIGNAL_CHILD", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        assert!(
            err.starts_with(
                "runtime: goroutine stack exceeds 1000000000-byte limit\nruntime: sp=0x"
            ),
            "stderr: {err}"
        );
        assert!(
            err.contains("]\nfatal error: stack overflow\n\nruntime stack:\n"),
            "stderr: {err}"
        );
    }

    #[test]
    fn overflow_child() {
        if std::env::var_os("DEFERC_SIGNAL_CHILD").is_none() {
            return;
        }
        #[allow(unconditional_recursion)]
        fn recurse(n: u64, buf: &mut [u8; 256]) -> u64 {
            let mut mine = [n as u8; 256];
            std::hint::black_box(&mut mine);
            buf[0] = buf[0].wrapping_add(1);
            recurse(n + 1, &mut mine) + mine[(n % 256) as usize] as u64
        }
        // A thread of its own: the test harness's thread is a spawned one either way.
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                install_on_this_thread();
                let mut b = [0u8; 256];
                recurse(0, &mut b)
            })
            .unwrap()
            .join()
            .unwrap();
    }

    #[test]
    fn wild_fault_in_child() {
        if std::env::var_os("DEFERC_SIGNAL_CHILD").is_some() {
            // The child side: fault on an unmapped address.
            if std::env::var_os("DEFERC_SIGNAL_WILD").is_some() {
                install_on_this_thread();
                // SAFETY: deliberately invalid, to provoke the handler (this process exits 2).
                unsafe { std::ptr::read_volatile(0xdead_b000usize as *const u64) };
            }
            return;
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "signal::tests::wild_fault_in_child",
                "--nocapture",
            ])
            .env("DEFERC_SIGNAL_CHILD", "1")
            .env("DEFERC_SIGNAL_WILD", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        assert!(
            err.starts_with(
                "unexpected fault address 0xdeadb000\nfatal error: fault\n\
                 [signal SIGSEGV: segmentation violation code=0x1 addr=0xdeadb000 pc=0x"
            ),
            "stderr: {err}"
        );
    }
}
