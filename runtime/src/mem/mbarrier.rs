//! The write barrier of incremental marking, made of page protection: a snapshot-at-the-
//! beginning (Yuasa) deletion barrier at the granularity of a page, with no code in compiled
//! Go or in the Rust runtime (Go's mbarrier.go has a compiled barrier at every pointer store).
//!
//! While a cycle marks incrementally the program runs between mark steps. Marking traces the
//! heap as it was when the cycle's snapshot was taken (the roots scanned at that moment); what
//! the program allocates afterwards is black (allocated marked). The danger is a pointer the
//! program deletes from the heap (overwrites) before marking has read it: the object it
//! pointed to may still be reachable through a copy held somewhere marking has already
//! passed. The deletion barrier shades every pointer before it is overwritten.
//!
//! Here: before the snapshot the whole heap is write-protected (`extend`, a piece per step).
//! After it (`begin_snapshot`), the first store to each protected page faults; the SIGSEGV
//! handler (signal.rs) calls `on_fault`, which copies the page, still as it was at the
//! snapshot, into the snapshot buffer, and makes the page writable, so the store runs as if
//! nothing happened. The next mark step greys every pointer word of each copied page
//! (`drain_snapshot`). Each page faults at most once a cycle, and a page's copy holds every
//! value any later store on it can delete: every object reachable at the snapshot is marked.
//! Termination needs no rescan of roots or pages, so its pause does not depend on what the
//! program wrote during the cycle.
//!
//! Why pages and not a compiled barrier: stores into the Go heap come from compiled code and
//! from every part of the Rust runtime (maps, channels, append's copies, fmt); protection
//! catches them all with no code at each store and no cost outside marking. What it costs:
//! one fault and a page copy per page written during a cycle (a few microseconds each), a
//! snapshot buffer as large as the pages written between two steps, and system calls that
//! write into the heap must touch their buffer first (`prepare_syscall_write`: the kernel
//! returns EFAULT instead of faulting).
//!
//! Async-signal safety: `on_fault` only reads and writes atomics, copies a page into the
//! buffer (reserved when the snapshot begins, large enough for every protected page) and
//! calls mprotect. Everything it reads is set up before protection starts and torn down after
//! it ends (`unprotect`).

use std::sync::atomic::{AtomicBool, AtomicU64, AtomicUsize, Ordering};

/// Heap ranges tracked at once: the heap is one contiguous reservation unless the kernel
/// refused a hint, so a few suffice; more ranges than this turn incremental marking off.
const MAX_RANGES: usize = 16;

/// A tracked range: the bitmaps cover [lo, end); [lo, hi) is protected so far (`extend`
/// protects what is carved later, up to `end`).
struct Range {
    lo: AtomicUsize,
    hi: AtomicUsize,
    end: AtomicUsize,
    /// Index of this range's first OS page in the bitmaps.
    first: AtomicUsize,
}

#[allow(clippy::declare_interior_mutable_const)]
const EMPTY: Range = Range {
    lo: AtomicUsize::new(0),
    hi: AtomicUsize::new(0),
    end: AtomicUsize::new(0),
    first: AtomicUsize::new(0),
};

static RANGES: [Range; MAX_RANGES] = [EMPTY; MAX_RANGES];
static NRANGES: AtomicUsize = AtomicUsize::new(0);
/// The heap is protected: faults on protected pages are barrier faults.
static ACTIVE: AtomicBool = AtomicBool::new(false);
/// One bit per OS page of the ranges, each: protected now (PROT), written since it was last
/// protected (DIRTY).
static PROT: AtomicUsize = AtomicUsize::new(0);
static DIRTY: AtomicUsize = AtomicUsize::new(0);
static WORDS: AtomicUsize = AtomicUsize::new(0);
/// Faults taken in all.
pub static FAULTS: AtomicUsize = AtomicUsize::new(0);
/// The snapshot buffer (after `begin_snapshot`): room for SNAP_CAP page copies at SNAP_BASE,
/// their pages' addresses at SNAP_ADDRS, SNAP_N of them filled.
static SNAPSHOT: AtomicBool = AtomicBool::new(false);
static SNAP_BASE: AtomicUsize = AtomicUsize::new(0);
static SNAP_ADDRS: AtomicUsize = AtomicUsize::new(0);
static SNAP_CAP: AtomicUsize = AtomicUsize::new(0);
static SNAP_N: AtomicUsize = AtomicUsize::new(0);

/// The OS page size (4 KiB on x86-64; aarch64 kernels may use 16 or 64 KiB).
pub fn os_page() -> usize {
    static PAGE: AtomicUsize = AtomicUsize::new(0);
    let p = PAGE.load(Ordering::Relaxed);
    if p != 0 {
        return p;
    }
    // SAFETY: sysconf has no preconditions.
    let p = unsafe { libc::sysconf(libc::_SC_PAGESIZE) }.max(4096) as usize;
    PAGE.store(p, Ordering::Relaxed);
    p
}

fn bits(which: &AtomicUsize) -> &'static [AtomicU64] {
    let p = which.load(Ordering::Relaxed) as *const AtomicU64;
    if p.is_null() {
        return &[];
    }
    // SAFETY: the bitmaps live from `protect` to `unprotect`, WORDS long.
    unsafe { std::slice::from_raw_parts(p, WORDS.load(Ordering::Relaxed)) }
}

fn new_bits(words: usize) -> usize {
    let b: Box<[AtomicU64]> = (0..words).map(|_| AtomicU64::new(0)).collect();
    Box::into_raw(b) as *mut AtomicU64 as usize
}

fn get(b: &[AtomicU64], i: usize) -> bool {
    b[i / 64].load(Ordering::Relaxed) & (1 << (i % 64)) != 0
}

/// The OS pages [i, j) (bitmap indices, inside range r) protected read-only, or made
/// writable; their PROT bits follow.
unsafe fn set_prot(r: &Range, i: usize, j: usize, on: bool) {
    if j <= i {
        return;
    }
    let page = os_page();
    let first = r.first.load(Ordering::Relaxed);
    let lo = r.lo.load(Ordering::Relaxed) + (i - first) * page;
    let prot = if on {
        libc::PROT_READ
    } else {
        libc::PROT_READ | libc::PROT_WRITE
    };
    libc::mprotect(lo as *mut libc::c_void, (j - i) * page, prot);
    let b = bits(&PROT);
    let mut k = i;
    while k < j {
        let n = (64 - k % 64).min(j - k);
        let m = if n == 64 {
            !0
        } else {
            ((1u64 << n) - 1) << (k % 64)
        };
        if on {
            b[k / 64].fetch_or(m, Ordering::Relaxed);
        } else {
            b[k / 64].fetch_and(!m, Ordering::Relaxed);
        }
        k += n;
    }
}

/// Starts tracking `ranges` (lo, hi, end: heap memory carved in [lo, hi), which may grow up
/// to end; all OS-page aligned). Nothing is protected yet: `extend` protects [lo, hi) piece
/// by piece. Returns false when there are too many ranges.
///
/// # Safety
/// [lo, hi) of each range is committed heap memory; nothing else protects or unprotects it
/// until `unprotect`.
pub unsafe fn protect(ranges: &[(usize, usize, usize)]) -> bool {
    if ranges.len() > MAX_RANGES || ACTIVE.load(Ordering::Relaxed) {
        return false;
    }
    let page = os_page();
    let mut pages = 0;
    for (i, &(lo, hi, end)) in ranges.iter().enumerate() {
        RANGES[i].lo.store(lo, Ordering::Relaxed);
        RANGES[i].hi.store(lo, Ordering::Relaxed);
        RANGES[i].end.store(end, Ordering::Relaxed);
        RANGES[i].first.store(pages, Ordering::Relaxed);
        pages += (end - lo) / page;
        debug_assert!(hi <= end);
    }
    let words = pages.div_ceil(64).max(1);
    WORDS.store(words, Ordering::Relaxed);
    PROT.store(new_bits(words), Ordering::Relaxed);
    DIRTY.store(new_bits(words), Ordering::Relaxed);
    NRANGES.store(ranges.len(), Ordering::Relaxed);
    ACTIVE.store(true, Ordering::SeqCst);
    true
}

/// Protects range `i` up to `hi` (heap carved since it was protected; at most its end).
///
/// # Safety
/// Tracking is on; [old hi, hi) is committed heap memory.
pub unsafe fn extend(i: usize, hi: usize) {
    let r = &RANGES[i];
    let (lo, old) = (r.lo.load(Ordering::Relaxed), r.hi.load(Ordering::Relaxed));
    let hi = hi.min(r.end.load(Ordering::Relaxed));
    if hi <= old {
        return;
    }
    let page = os_page();
    let first = r.first.load(Ordering::Relaxed);
    set_prot(r, first + (old - lo) / page, first + (hi - lo) / page, true);
    r.hi.store(hi, Ordering::Relaxed);
}

/// How far range `i` can be tracked (the end of its bitmaps).
pub fn tracked_end(i: usize) -> usize {
    RANGES[i].end.load(Ordering::Relaxed)
}

/// The tracked ranges' protected extents [lo, hi), by range.
pub fn covered() -> Vec<(usize, usize)> {
    RANGES
        .iter()
        .take(NRANGES.load(Ordering::Relaxed))
        .map(|r| (r.lo.load(Ordering::Relaxed), r.hi.load(Ordering::Relaxed)))
        .collect()
}

/// The SIGSEGV handler asks: was this fault a store to a protected heap page? If so the page
/// is recorded and writable again, and the faulting instruction can run again.
pub fn on_fault(addr: usize) -> bool {
    if !ACTIVE.load(Ordering::SeqCst) {
        return false;
    }
    let page = os_page();
    for r in RANGES.iter().take(NRANGES.load(Ordering::Relaxed)) {
        let lo = r.lo.load(Ordering::Relaxed);
        if addr < lo || addr >= r.hi.load(Ordering::Relaxed) {
            continue;
        }
        let i = r.first.load(Ordering::Relaxed) + (addr - lo) / page;
        let (prot, dirty) = (bits(&PROT), bits(&DIRTY));
        let m = 1u64 << (i % 64);
        if prot[i / 64].fetch_and(!m, Ordering::Relaxed) & m == 0 {
            // Not protected by us: a genuine fault.
            return false;
        }
        let p = addr & !(page - 1);
        let n = SNAP_N.load(Ordering::Relaxed);
        if SNAPSHOT.load(Ordering::Relaxed) && n < SNAP_CAP.load(Ordering::Relaxed) {
            // SAFETY: the buffer has SNAP_CAP pages and addresses, reserved for the cycle;
            // the page is readable heap memory.
            unsafe {
                std::ptr::copy_nonoverlapping(
                    p as *const u8,
                    (SNAP_BASE.load(Ordering::Relaxed) + n * page) as *mut u8,
                    page,
                );
                *(SNAP_ADDRS.load(Ordering::Relaxed) as *mut usize).add(n) = p;
            }
            SNAP_N.store(n + 1, Ordering::Relaxed);
        } else {
            dirty[i / 64].fetch_or(m, Ordering::Relaxed);
        }
        // SAFETY: mprotect is async-signal-safe; the page is heap memory we protected.
        unsafe {
            libc::mprotect(
                p as *mut libc::c_void,
                page,
                libc::PROT_READ | libc::PROT_WRITE,
            )
        };
        FAULTS.fetch_add(1, Ordering::Relaxed);
        return true;
    }
    false
}

/// Runs of set bits of `b` in [i, j), as (start, end) index pairs.
fn runs(b: &[AtomicU64], i: usize, j: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut k = i;
    while k < j {
        let w = b[k / 64].load(Ordering::Relaxed) >> (k % 64);
        if w == 0 {
            k = (k / 64 + 1) * 64;
            continue;
        }
        k += w.trailing_zeros() as usize;
        if k >= j {
            break;
        }
        let s = k;
        while k < j && get(b, k) {
            k += 1;
        }
        out.push((s, k));
    }
    out
}

/// Protects again every page written since it was last protected, clearing its dirty bit
/// (the snapshot forgets the stores made before it).
///
/// # Safety
/// Tracking is on; called on the thread running Go code.
unsafe fn reprotect_dirty() {
    let page = os_page();
    let dirty = bits(&DIRTY);
    for r in RANGES.iter().take(NRANGES.load(Ordering::Relaxed)) {
        let (lo, hi) = (r.lo.load(Ordering::Relaxed), r.hi.load(Ordering::Relaxed));
        let first = r.first.load(Ordering::Relaxed);
        for (s, e) in runs(dirty, first, first + (hi - lo) / page) {
            for k in s..e {
                dirty[k / 64].fetch_and(!(1 << (k % 64)), Ordering::Relaxed);
            }
            set_prot(r, s, e, true);
        }
    }
}

/// The snapshot: from here on, the first store to each protected page copies it first. Pages
/// written while protection was being set up are protected again (their stores happened
/// before the snapshot: nothing to keep). The buffer gets room for every protected page, so
/// it cannot overflow (a page faults once a cycle, and nothing is protected afterwards).
///
/// # Safety
/// Tracking is on and every carved page is protected (`extend`); called on the thread
/// running Go code.
pub unsafe fn begin_snapshot() {
    reprotect_dirty();
    let page = os_page();
    let pages: usize = covered().iter().map(|&(lo, hi)| (hi - lo) / page).sum();
    let cap = pages.max(1);
    let map = |len: usize| -> usize {
        let p = libc::mmap(
            std::ptr::null_mut(),
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        );
        if p == libc::MAP_FAILED {
            crate::oom::out_of_address_space(len);
        }
        p as usize
    };
    SNAP_BASE.store(map(cap * page), Ordering::Relaxed);
    SNAP_ADDRS.store(map(cap * 8), Ordering::Relaxed);
    SNAP_CAP.store(cap, Ordering::Relaxed);
    SNAP_N.store(0, Ordering::Relaxed);
    SNAPSHOT.store(true, Ordering::SeqCst);
}

/// Calls `f(page, copy)` for every page copied since the last call (its address, and the
/// address of its contents as they were at the snapshot), then empties the buffer.
///
/// # Safety
/// Called on the thread running Go code, between faults (`f` must not write the Go heap).
pub unsafe fn drain_snapshot(mut f: impl FnMut(usize, usize)) {
    let n = SNAP_N.load(Ordering::Relaxed);
    let page = os_page();
    let (base, addrs) = (
        SNAP_BASE.load(Ordering::Relaxed),
        SNAP_ADDRS.load(Ordering::Relaxed) as *const usize,
    );
    for k in 0..n {
        f(*addrs.add(k), base + k * page);
    }
    SNAP_N.store(0, Ordering::Relaxed);
    if n > 64 {
        // Give the copies' memory back: the buffer is as large as the heap.
        libc::madvise(base as *mut libc::c_void, n * page, libc::MADV_DONTNEED);
    }
}

/// Page copies waiting for `drain_snapshot`.
pub fn snapshot_pending() -> usize {
    SNAP_N.load(Ordering::Relaxed)
}

/// Ends tracking: every protected page is writable again. Returns the dirty pages.
///
/// # Safety
/// Called on the thread running Go code after `protect`.
pub unsafe fn unprotect() -> Vec<usize> {
    if !ACTIVE.load(Ordering::Relaxed) {
        return Vec::new();
    }
    let page = os_page();
    let n = NRANGES.load(Ordering::Relaxed);
    let mut dirty_pages = Vec::new();
    for r in RANGES.iter().take(n) {
        let (lo, hi) = (r.lo.load(Ordering::Relaxed), r.hi.load(Ordering::Relaxed));
        let first = r.first.load(Ordering::Relaxed);
        let last = first + (hi - lo) / page;
        for (s, e) in runs(bits(&PROT), first, last) {
            set_prot(r, s, e, false);
        }
        for (s, e) in runs(bits(&DIRTY), first, last) {
            dirty_pages.extend((s..e).map(|k| lo + (k - first) * page));
        }
    }
    ACTIVE.store(false, Ordering::SeqCst);
    if SNAPSHOT.swap(false, Ordering::SeqCst) {
        let cap = SNAP_CAP.swap(0, Ordering::Relaxed);
        libc::munmap(
            SNAP_BASE.swap(0, Ordering::Relaxed) as *mut libc::c_void,
            cap * page,
        );
        libc::munmap(
            SNAP_ADDRS.swap(0, Ordering::Relaxed) as *mut libc::c_void,
            cap * 8,
        );
        SNAP_N.store(0, Ordering::Relaxed);
    }
    let words = WORDS.swap(0, Ordering::Relaxed);
    for which in [&PROT, &DIRTY] {
        let p = which.swap(0, Ordering::Relaxed) as *mut AtomicU64;
        drop(Box::from_raw(std::ptr::slice_from_raw_parts_mut(p, words)));
    }
    NRANGES.store(0, Ordering::Relaxed);
    dirty_pages
}

/// Whether the heap is protected now.
pub fn active() -> bool {
    ACTIVE.load(Ordering::Relaxed)
}

/// Before a system call writes into [p, p + len) (read(2) into a Go buffer): the kernel does
/// not fault on a protected page, it fails with EFAULT, so each page is touched first (read
/// and written back), taking the barrier fault here.
///
/// # Safety
/// [p, p + len) is writable memory of the caller's.
pub unsafe fn prepare_syscall_write(p: *mut u8, len: usize) {
    if !active() || len == 0 {
        return;
    }
    let page = os_page();
    let mut a = p as usize;
    let end = p as usize + len;
    while a < end {
        let q = a as *mut u8;
        q.write_volatile(q.read_volatile());
        a = (a & !(page - 1)) + page;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A store to a protected page after the snapshot faults once: the page's contents from
    /// before the store reach `drain_snapshot`, the store itself lands, and later stores to
    /// the page do not fault again. Stores before the snapshot are forgotten.
    #[test]
    fn first_store_after_snapshot_copies_the_page() {
        let _l = crate::panic::tests::lock_g();
        crate::signal::install_on_this_thread();
        let page = os_page();
        let len = 4 * page;
        // SAFETY: a fresh private mapping, ours alone.
        let lo = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        } as usize;
        let word = |i: usize| (lo + i * page) as *mut usize;
        // SAFETY: the pages are ours; the fault handler makes protected ones writable.
        unsafe {
            for i in 0..4 {
                *word(i) = 100 + i;
            }
            assert!(protect(&[(lo, lo + len, lo + len)]));
            extend(0, lo + len);
            assert_eq!(covered(), vec![(lo, lo + len)]);
            *word(0) = 7; // before the snapshot: not kept
            begin_snapshot();
            let before = FAULTS.load(Ordering::Relaxed);
            *word(2) = 42;
            *word(2) = 43;
            assert_eq!(*word(2), 43);
            assert_eq!(FAULTS.load(Ordering::Relaxed) - before, 1);
            let mut seen = Vec::new();
            drain_snapshot(|p, copy| seen.push((p, *(copy as *const usize))));
            assert_eq!(seen, vec![(lo + 2 * page, 102)]);
            assert_eq!(snapshot_pending(), 0);
            *word(0) = 8; // protected again at the snapshot: copied as 7
            let mut seen = Vec::new();
            drain_snapshot(|p, copy| seen.push((p, *(copy as *const usize))));
            assert_eq!(seen, vec![(lo, 7)]);
            assert!(unprotect().is_empty());
            assert!(!active());
            *word(3) = 9; // writable again, no fault
            assert_eq!(*word(3), 9);
            libc::munmap(lo as *mut libc::c_void, len);
        }
    }
}
