//! Goroutine stacks: fixed-size regions carved out of big `MAP_NORESERVE` chunks, recycled
//! through a free list. corosensei runs each goroutine's coroutine on one (`GoStack` implements
//! its `Stack` trait).
//!
//! Why not one mmap with a guard page per goroutine (what corosensei's DefaultStack does):
//! Linux allows a process 65,530 memory mappings (vm.max_map_count) and a guarded stack costs
//! two, so 100,000 blocked goroutines would not fit. Here a chunk of `STACKS_PER_CHUNK` stacks
//! is one mapping and stacks have no guard pages; an overflow is caught instead by compiled
//! code's stack-limit check in every function prologue (SP below `G::stackguard` traps, and
//! signal.rs reports Go's "stack overflow"). `GUARD_MARGIN` bytes above the low end stay below
//! the guard so the Rust runtime code that Go code calls (fmt, maps, the scheduler's own
//! parking path) always has room: Rust code has no check of its own.
//!
//! Sizes: a goroutine stack is `STACK_SIZE` = 8 MiB of address space (the usual thread stack
//! size: recursion some 100,000 frames deep works, as programmers expect of a thread, where Go
//! would grow the stack up to 1 GB). The memory is `MAP_NORESERVE` and only touched pages are
//! ever resident: a blocked goroutine costs a page or two. 100,000 goroutines take 800 GB of
//! address space, well inside x86_64's and aarch64's 47/48-bit user space (about 16 million
//! goroutines fit). The main goroutine gets `MAIN_STACK_SIZE` = 1 GiB (Go's limit for any stack)
//! in its own mapping, with a PROT_NONE guard below it.
//! Chunks are `MADV_NOHUGEPAGE`: with transparent huge pages the one touched page at the top
//! of each stack could otherwise become a 2 MiB page.
//!
//! Running out: each goroutine takes `STACK_SIZE` of address space whether it uses it or not,
//! so under an address-space limit (RLIMIT_AS, `ulimit -v`) goroutines run out long before
//! memory does: under 4 GiB, the main stack's 1 GiB leaves room for five chunks, some 320
//! goroutines (Go, whose stacks start at 8 KiB and move as they grow, gets to about 1.3
//! million). A chunk that cannot be mapped ends the program with Go's report for a failed
//! reservation, `fatal error: out of memory` (oom.rs), as Go's does when its stacks run out.
//!
//! Recycling: a dead goroutine's stack goes to a hot list (its pages stay resident: the next
//! goroutine reuses them at no cost) of at most `HOT_STACKS`; beyond that it is
//! `MADV_DONTNEED`ed (its memory returns to the system) and kept on a cold list. Stacks are
//! never unmapped (a chunk's address range stays reserved for the life of the process).
//!
//! Ownership: the pool is one per process and only the thread running Go code uses it (M:1);
//! every function here runs on that thread (the scheduler's or a goroutine's stack).

use std::cell::UnsafeCell;
use std::num::NonZeroUsize;

/// Address space of one goroutine stack.
pub const STACK_SIZE: usize = 8 << 20;
/// The main goroutine's stack (Go's 1 GB maximum stack size, as 1 GiB).
pub const MAIN_STACK_SIZE: usize = 1 << 30;
/// PROT_NONE pages below the main stack (a fault there is a stack overflow, signal.rs).
pub const MAIN_GUARD: usize = 64 << 10;
/// `G::stackguard` is this far above a stack's low end.
pub const GUARD_MARGIN: usize = 256 << 10;
/// Stacks per mapping: 64 x 8 MiB = 512 MiB of address space per chunk.
pub const STACKS_PER_CHUNK: usize = 64;
/// Dead goroutines' stacks kept resident for reuse.
pub const HOT_STACKS: usize = 16;

/// A goroutine stack [lo, hi).
#[derive(Debug, PartialEq, Eq)]
pub struct GoStack {
    pub lo: usize,
    pub hi: usize,
}

// SAFETY: base and limit are the bounds of memory mapped read/write for the life of the process,
// page-aligned (so 16-aligned), at least MIN_STACK_SIZE apart. The trait asks for a guard page;
// these stacks rely on compiled code's stack checks instead (module doc), and the Rust code that
// runs on them (the runtime) stays within GUARD_MARGIN below the lowest Go frame.
unsafe impl corosensei::stack::Stack for GoStack {
    fn base(&self) -> corosensei::stack::StackPointer {
        // hi is never 0 (a mapped address plus a size).
        NonZeroUsize::new(self.hi).unwrap_or(NonZeroUsize::MIN)
    }

    fn limit(&self) -> corosensei::stack::StackPointer {
        NonZeroUsize::new(self.lo).unwrap_or(NonZeroUsize::MIN)
    }
}

struct Pool {
    /// The not yet carved part of the newest chunk: [next, end).
    next: usize,
    end: usize,
    /// Returned stacks whose pages are still resident (reused first, newest first).
    hot: Vec<GoStack>,
    /// Returned stacks whose pages were given back (MADV_DONTNEED).
    cold: Vec<GoStack>,
    /// The main goroutine's stack, mapped once: (lo, hi), 0/0 before.
    main: (usize, usize),
    /// Chunks mapped so far (statistics for tests).
    chunks: usize,
}

struct PoolCell(UnsafeCell<Pool>);

// SAFETY: only the thread running Go code uses the pool (module doc).
unsafe impl Sync for PoolCell {}

static POOL: PoolCell = PoolCell(UnsafeCell::new(Pool {
    next: 0,
    end: 0,
    hot: Vec::new(),
    cold: Vec::new(),
    main: (0, 0),
    chunks: 0,
}));

fn pool() -> &'static mut Pool {
    // SAFETY: one thread uses the pool and no caller holds the reference across another call
    // into this module (every function below takes it once and drops it before returning).
    unsafe { &mut *POOL.0.get() }
}

/// Maps `size` bytes of address space, read/write, reserved lazily.
fn map_noreserve(size: usize) -> usize {
    // SAFETY: an anonymous private mapping at an address the kernel picks; no existing memory
    // is affected.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            size,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        // Address space is all a MAP_NORESERVE mapping takes, so this is Go's failed
        // reservation (under an RLIMIT_AS, the usual case): oom.rs prints Go's report.
        crate::oom::out_of_address_space(size);
    }
    crate::oom::note_sys(size);
    // SAFETY: advice on the mapping just made; failure (a kernel without THP) is harmless.
    unsafe { libc::madvise(p, size, libc::MADV_NOHUGEPAGE) };
    p as usize
}

/// A stack for a new goroutine: a hot one, else a cold one, else a fresh one.
pub fn alloc() -> GoStack {
    let p = pool();
    if let Some(s) = p.hot.pop() {
        return s;
    }
    if let Some(s) = p.cold.pop() {
        return s;
    }
    if p.next == p.end {
        let size = STACK_SIZE * STACKS_PER_CHUNK;
        p.next = map_noreserve(size);
        p.end = p.next + size;
        p.chunks += 1;
    }
    let lo = p.next;
    p.next += STACK_SIZE;
    GoStack {
        lo,
        hi: lo + STACK_SIZE,
    }
}

/// Takes back a dead goroutine's stack (nothing on it is used any more).
pub fn free(s: GoStack) {
    let p = pool();
    if p.hot.len() < HOT_STACKS {
        p.hot.push(s);
        return;
    }
    // SAFETY: the stack's memory is ours and unused; DONTNEED on a private anonymous mapping
    // drops the pages, and the range reads as zeros afterwards.
    unsafe { libc::madvise(s.lo as *mut libc::c_void, s.hi - s.lo, libc::MADV_DONTNEED) };
    p.cold.push(s);
}

/// The main goroutine's stack (mapped on first use, the same one afterwards).
pub fn main_stack() -> GoStack {
    let p = pool();
    if p.main.0 == 0 {
        let base = map_noreserve(MAIN_STACK_SIZE + MAIN_GUARD);
        // SAFETY: the lowest MAIN_GUARD bytes of the mapping just made become inaccessible.
        unsafe { libc::mprotect(base as *mut libc::c_void, MAIN_GUARD, libc::PROT_NONE) };
        p.main = (base + MAIN_GUARD, base + MAIN_GUARD + MAIN_STACK_SIZE);
    }
    GoStack {
        lo: p.main.0,
        hi: p.main.1,
    }
}

/// (hot, cold, chunks): the pool's state, for tests and statistics.
pub fn stats() -> (usize, usize, usize) {
    let p = pool();
    (p.hot.len(), p.cold.len(), p.chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn carve_and_recycle() {
        let _l = crate::panic::tests::lock_g();
        let a = alloc();
        let b = alloc();
        assert_eq!(a.hi - a.lo, STACK_SIZE);
        assert_ne!(a, b);
        assert_eq!(a.lo % 4096, 0);
        // SAFETY: the stacks are mapped read/write.
        unsafe {
            *((a.hi - 8) as *mut u64) = 7;
            *((b.lo) as *mut u64) = 9;
        }
        let alo = a.lo;
        free(a);
        let c = alloc();
        assert_eq!(c.lo, alo, "the hot stack comes back first");
        free(c);
        free(b);
        let m = main_stack();
        assert_eq!(m.hi - m.lo, MAIN_STACK_SIZE);
        assert_eq!(main_stack(), m);
    }
}
