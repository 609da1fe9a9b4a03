//! mheap: arenas, pages and the span table (Go's mheap.go and malloc.go's arena code).
//!
//! Address space is reserved in whole 64 MiB arenas (`PROT_NONE`, `MAP_NORESERVE`), starting at
//! Go's hint 0x00c000000000 and growing upwards, each reservation asked for right after the
//! previous one so the heap stays contiguous when the kernel allows. Pages are committed
//! (remapped read-write, now counted by the kernel's overcommit accounting) a few MiB at a
//! time as spans are carved from the reservation, so an impossible request fails where Go's
//! fails: at the commit, with Go's "runtime: out of memory".
//!
//! The span table: every arena in use has a `HeapArena` with one span pointer per page, set for
//! every page of an in-use span. `ARENAS` indexes arenas by address in two levels (1024 x 4096
//! entries cover 48-bit addresses), so `span_of` is two loads and an index, without the lock.
//! Entries are written under the heap lock and never change while their span is in use.
//!
//! Locking: `HEAP` is a mutex, taken only on the allocator's slow paths (a new span, a large
//! object). Compiled Go code is M:1, so it is uncontended there; Rust tests allocate from many
//! threads at once.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::{Mutex, MutexGuard};

use super::sizeclasses::PAGE_SHIFT;
use super::span::{MSpan, SpanClass};

pub const PAGE_SIZE: usize = 1 << PAGE_SHIFT;
pub const ARENA_SHIFT: usize = 26;
pub const ARENA_BYTES: usize = 1 << ARENA_SHIFT;
const PAGES_PER_ARENA: usize = ARENA_BYTES / PAGE_SIZE;
/// Heap addresses are below 2^48 (x86-64 and aarch64 user space).
const HEAP_ADDR_BITS: usize = 48;
const L2_BITS: usize = 12;
const L1_ENTRIES: usize = 1 << (HEAP_ADDR_BITS - ARENA_SHIFT - L2_BITS);
const L2_ENTRIES: usize = 1 << L2_BITS;
/// Go's first arena hint on 64-bit Linux.
pub const ARENA_HINT: usize = 0x00c0_0000_0000;
/// Pages are committed at least this much at a time.
const COMMIT_STEP: usize = 4 << 20;

/// One arena's span table (Go's heapArena.spans).
struct HeapArena {
    spans: [AtomicPtr<MSpan>; PAGES_PER_ARENA],
}

struct L2([AtomicPtr<HeapArena>; L2_ENTRIES]);

static ARENAS: [AtomicPtr<L2>; L1_ENTRIES] =
    [const { AtomicPtr::new(std::ptr::null_mut()) }; L1_ENTRIES];

fn arena_index(p: usize) -> (usize, usize) {
    let ai = p >> ARENA_SHIFT;
    (ai >> L2_BITS, ai & (L2_ENTRIES - 1))
}

/// The span containing heap address `p`, or null (not a heap address, or a free page).
#[inline]
pub fn span_of(p: usize) -> *mut MSpan {
    if p >> HEAP_ADDR_BITS != 0 {
        return std::ptr::null_mut();
    }
    let (l1, l2) = arena_index(p);
    let t = ARENAS[l1].load(Ordering::Acquire);
    if t.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: L2 tables are never freed once published.
    let a = unsafe { (*t).0[l2].load(Ordering::Acquire) };
    if a.is_null() {
        return std::ptr::null_mut();
    }
    // SAFETY: arenas are never freed once published.
    unsafe { (*a).spans[(p >> PAGE_SHIFT) % PAGES_PER_ARENA].load(Ordering::Acquire) }
}

/// The start of the allocated object that contains `p` (an interior pointer included), or None
/// when `p` is not inside an allocated heap object. A pointer one past an object's end maps to
/// the next slot: that can only keep memory alive, never free a live object.
pub fn find_object(p: usize) -> Option<usize> {
    let (s, idx) = find_slot(p)?;
    // SAFETY: find_slot returns a live span.
    Some(unsafe { (*s).base + idx * (*s).elemsize })
}

/// The span and slot of the allocated object that contains `p` (see `find_object`).
#[inline]
pub fn find_slot(p: usize) -> Option<(*mut MSpan, usize)> {
    let sp = span_of(p);
    if sp.is_null() {
        return None;
    }
    // SAFETY: a span in the table is live; its fields other than the allocation state are
    // immutable, and the allocation bits are only written by the thread that owns the span.
    let s = unsafe { &*sp };
    if p < s.base || p >= s.limit() {
        return None;
    }
    let idx = s.object_index(p);
    s.is_allocated(idx).then_some((sp, idx))
}

/// The page allocator and the address space behind it.
pub struct MHeap {
    /// The part of the current reservation not yet carved into spans: [cur, end);
    /// [cur, committed) is already committed.
    cur: usize,
    end: usize,
    committed: usize,
    /// Where the next reservation is asked for.
    hint: usize,
    /// Free runs of committed pages that may hold old bytes, by base address (npages).
    free: BTreeMap<usize, usize>,
    /// Free runs given back to the OS (madvise'd: zero and not resident until touched).
    released: BTreeMap<usize, usize>,
    /// Bytes in `free` and in `released`; pages of in-use spans.
    pub free_bytes: usize,
    pub released_bytes: usize,
    pub inuse_pages: usize,
    /// The address ranges carved into pages so far, [lo, hi), in order (one unless a
    /// reservation was not contiguous): what incremental marking write-protects.
    pub ranges: Vec<(usize, usize)>,
    /// Every span in use (what sweep walks).
    pub spans: Vec<*mut MSpan>,
    /// Per span class, swept spans with free slots not in any cache (Go's mcentral partial
    /// lists).
    pub partial: Vec<Vec<*mut MSpan>>,
    /// Bytes reserved and committed (Go's heap_sys is the committed part).
    pub reserved: usize,
    pub sys: usize,
}

// SAFETY: the span pointers are owned by the heap (created by alloc_span, freed by free_span
// under the lock); the heap is only reached through its mutex.
unsafe impl Send for MHeap {}

static HEAP: Mutex<MHeap> = Mutex::new(MHeap {
    cur: 0,
    end: 0,
    committed: 0,
    hint: ARENA_HINT,
    free: BTreeMap::new(),
    released: BTreeMap::new(),
    ranges: Vec::new(),
    free_bytes: 0,
    released_bytes: 0,
    inuse_pages: 0,
    spans: Vec::new(),
    partial: Vec::new(),
    reserved: 0,
    sys: 0,
});

/// The heap, locked (a panic while holding it cannot leave it inconsistent for readers that
/// matter: the program is ending).
pub fn lock() -> MutexGuard<'static, MHeap> {
    HEAP.lock().unwrap_or_else(|e| e.into_inner())
}

impl MHeap {
    /// A new in-use span of `npages` pages for `spanclass`, registered in the span table. The
    /// span's memory is zeroed (fresh pages).
    pub fn alloc_span(&mut self, npages: usize, spanclass: SpanClass) -> *mut MSpan {
        let (base, fresh) = self.alloc_pages(npages);
        let mut span = MSpan::new(base, npages, spanclass);
        // Pages that held a freed span still hold its bytes.
        span.needzero = !fresh;
        let s = Box::into_raw(Box::new(span));
        self.set_spans(base, npages, s);
        self.spans.push(s);
        self.inuse_pages += npages;
        s
    }

    /// A span of `spanclass` with free slots from the partial lists, if any.
    pub fn take_partial(&mut self, spanclass: SpanClass) -> Option<*mut MSpan> {
        self.partial.get_mut(spanclass as usize)?.pop()
    }

    /// Gives a span's pages back to the page allocator (merged with free neighbours) and drops
    /// the span. Nothing may point into it any more.
    ///
    /// # Safety
    /// `s` is an in-use span of this heap that no cache holds and no partial list names.
    pub unsafe fn free_span(&mut self, s: *mut MSpan) {
        let span = Box::from_raw(s);
        self.set_spans(span.base, span.npages, std::ptr::null_mut());
        self.inuse_pages -= span.npages;
        self.free_bytes += span.npages * PAGE_SIZE;
        insert_run(&mut self.free, span.base, span.npages);
    }

    /// `npages` contiguous committed pages: a free run if one is big enough, otherwise carved
    /// from the reservation (growing it). Also says whether the pages are fresh (zero).
    fn alloc_pages(&mut self, npages: usize) -> (usize, bool) {
        if let Some(base) = take_run(&mut self.free, npages) {
            self.free_bytes -= npages * PAGE_SIZE;
            return (base, false);
        }
        // Released pages read as zero again (MADV_DONTNEED on private anonymous memory).
        if let Some(base) = take_run(&mut self.released, npages) {
            self.released_bytes -= npages * PAGE_SIZE;
            return (base, true);
        }
        let bytes = npages
            .checked_mul(PAGE_SIZE)
            .unwrap_or_else(|| crate::oom::out_of_address_space(usize::MAX));
        if self.end - self.cur < bytes {
            self.grow(bytes);
        }
        let base = self.cur;
        self.cur += bytes;
        match self.ranges.last_mut() {
            Some(r) if r.1 == base => r.1 = self.cur,
            _ => self.ranges.push((base, self.cur)),
        }
        if self.cur > self.committed {
            let want = self.cur.max(self.committed + COMMIT_STEP).min(self.end);
            commit(self.committed, want - self.committed, bytes);
            self.sys += want - self.committed;
            self.committed = want;
        }
        (base, true)
    }

    /// The carved ranges with the end of the reservation each may still grow into
    /// (lo, hi, end): what incremental marking can track.
    pub fn tracked_ranges(&self) -> Vec<(usize, usize, usize)> {
        let n = self.ranges.len();
        self.ranges
            .iter()
            .enumerate()
            .map(|(i, &(lo, hi))| (lo, hi, if i + 1 == n { self.end.max(hi) } else { hi }))
            .collect()
    }

    /// Gives free pages back to the OS until at most `keep` bytes of free pages stay resident
    /// (Go's scavenger, here run at the end of a collection and by debug.FreeOSMemory): the
    /// highest runs first, so that the low heap, where allocation looks first, stays warm.
    /// Returns the bytes released.
    pub fn scavenge(&mut self, keep: usize) -> usize {
        let mut done = 0;
        while self.free_bytes > keep {
            let Some((&base, &n)) = self.free.iter().next_back() else {
                break;
            };
            self.free.remove(&base);
            // SAFETY: [base, base + n pages) is a free run of committed heap memory that
            // nothing uses; MADV_DONTNEED drops its pages (reads give zero afterwards).
            unsafe {
                libc::madvise(
                    base as *mut libc::c_void,
                    n * PAGE_SIZE,
                    libc::MADV_DONTNEED,
                )
            };
            self.free_bytes -= n * PAGE_SIZE;
            self.released_bytes += n * PAGE_SIZE;
            done += n * PAGE_SIZE;
            insert_run(&mut self.released, base, n);
        }
        done
    }

    /// Reserves at least `bytes` more address space, contiguous with the current reservation
    /// when the kernel gives the hinted address. A discontiguous reservation abandons the
    /// rest of the old one (address space only: its uncommitted pages cost nothing; its
    /// committed ones become a free run).
    fn grow(&mut self, bytes: usize) {
        let size = bytes
            .checked_next_multiple_of(ARENA_BYTES)
            .unwrap_or_else(|| crate::oom::out_of_address_space(bytes));
        let Some(p) = reserve(self.hint, size) else {
            crate::oom::out_of_address_space(bytes)
        };
        self.reserved += size;
        if p != self.end {
            if self.committed > self.cur {
                let n = (self.committed - self.cur) / PAGE_SIZE;
                self.released_bytes += n * PAGE_SIZE;
                insert_run(&mut self.released, self.cur, n);
            }
            self.cur = p;
            self.committed = p;
        }
        self.end = p + size;
        self.hint = self.end;
    }

    /// Points every page of [base, base + npages pages) at `s` in the span table, creating the
    /// arenas' tables as needed.
    fn set_spans(&mut self, base: usize, npages: usize, s: *mut MSpan) {
        let mut p = base;
        let end = base + npages * PAGE_SIZE;
        while p < end {
            let arena = arena_for(p);
            let first = (p >> PAGE_SHIFT) % PAGES_PER_ARENA;
            let n = (PAGES_PER_ARENA - first).min((end - p) / PAGE_SIZE);
            for e in &arena.spans[first..first + n] {
                e.store(s, Ordering::Release);
            }
            p += n * PAGE_SIZE;
        }
    }
}

/// Adds the run [base, base + n pages) to `runs`, merged with the runs it touches.
fn insert_run(runs: &mut BTreeMap<usize, usize>, base: usize, n: usize) {
    let (mut base, mut n) = (base, n);
    if let Some((&pb, &pn)) = runs.range(..base).next_back() {
        if pb + pn * PAGE_SIZE == base {
            runs.remove(&pb);
            base = pb;
            n += pn;
        }
    }
    if let Some(nn) = runs.remove(&(base + n * PAGE_SIZE)) {
        n += nn;
    }
    runs.insert(base, n);
}

/// The lowest run of `runs` with at least `npages` pages, cut to `npages` (first fit, as Go's
/// page allocator finds the lowest free address); the rest stays in `runs`.
fn take_run(runs: &mut BTreeMap<usize, usize>, npages: usize) -> Option<usize> {
    let (&base, &n) = runs.iter().find(|(_, &n)| n >= npages)?;
    runs.remove(&base);
    if n > npages {
        runs.insert(base + npages * PAGE_SIZE, n - npages);
    }
    Some(base)
}

/// The span table of the arena containing `p`, created (zeroed) on first use.
fn arena_for(p: usize) -> &'static HeapArena {
    let (l1, l2) = arena_index(p);
    let mut t = ARENAS[l1].load(Ordering::Acquire);
    if t.is_null() {
        // SAFETY: an array of null AtomicPtrs is all zero bytes.
        let new: Box<L2> = unsafe { Box::new_zeroed().assume_init() };
        t = Box::into_raw(new);
        // Only the heap lock's holder publishes entries.
        ARENAS[l1].store(t, Ordering::Release);
    }
    // SAFETY: published tables are never freed.
    let slot = unsafe { &(*t).0[l2] };
    let mut a = slot.load(Ordering::Acquire);
    if a.is_null() {
        // SAFETY: as above; 64 KiB of null span pointers.
        let new: Box<HeapArena> = unsafe { Box::new_zeroed().assume_init() };
        a = Box::into_raw(new);
        slot.store(a, Ordering::Release);
    }
    // SAFETY: never freed.
    unsafe { &*a }
}

/// Reserves `size` bytes of address space aligned to ARENA_BYTES, at `hint` if possible.
fn reserve(hint: usize, size: usize) -> Option<usize> {
    let map = |addr: usize, len: usize| -> Option<usize> {
        // SAFETY: a new private anonymous mapping; without MAP_FIXED it replaces nothing.
        let p = unsafe {
            libc::mmap(
                addr as *mut libc::c_void,
                len,
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        (p != libc::MAP_FAILED).then_some(p as usize)
    };
    let p = map(hint, size)?;
    if p % ARENA_BYTES == 0 && (p + size) >> HEAP_ADDR_BITS == 0 {
        return Some(p);
    }
    // Not aligned: take a larger range and trim it to an aligned one.
    // SAFETY: unmapping exactly what was just mapped.
    unsafe { libc::munmap(p as *mut libc::c_void, size) };
    let big = size.checked_add(ARENA_BYTES)?;
    let p = map(0, big)?;
    let aligned = p.next_multiple_of(ARENA_BYTES);
    // SAFETY: both pieces lie inside the mapping just made.
    unsafe {
        if aligned > p {
            libc::munmap(p as *mut libc::c_void, aligned - p);
        }
        let tail = aligned + size;
        if p + big > tail {
            libc::munmap(tail as *mut libc::c_void, p + big - tail);
        }
    }
    Some(aligned)
}

/// Commits [addr, addr + len), part of a reservation, read-write; `request` is the allocation
/// that needed it (for the out-of-memory report).
fn commit(addr: usize, len: usize, request: usize) {
    // SAFETY: [addr, addr + len) is inside a reservation this heap owns and holds no data yet;
    // MAP_FIXED replaces exactly that range.
    let p = unsafe {
        libc::mmap(
            addr as *mut libc::c_void,
            len,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        crate::oom::out_of_memory(request);
    }
    crate::oom::note_sys(len);
}
