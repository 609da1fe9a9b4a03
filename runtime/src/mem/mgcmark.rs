//! Marking (Go's mgcmark.go): the roots, greying objects, draining the mark work, the barrier's
//! page copies, and the mark verifier.
//!
//! Marking is precise in the heap and conservative in the roots. It starts from every word of
//! the root ranges (globals, goroutine stacks and saved registers, the runtime's records of
//! each G, finalizers) and follows, in each marked object, only the words its heap bits mark
//! as pointers (mbitmap.rs; noscan spans have none). A word is taken as a pointer when it
//! lands inside an allocated heap object (`find_slot`: interior pointers count). Roots are
//! conservative because compiled code keeps no stack maps (Cranelift's stack maps would make
//! every pointer value a spill and a reload around each call): an integer on a stack that
//! looks like a heap address keeps an object alive, which costs memory but never frees a live
//! object, and since nothing moves, a conservative root is always safe. The mark work is an
//! explicit stack of grey objects (no recursion: deep lists and trees must not overflow the
//! Rust stack under the lowest Go frame).

use super::heap::{self, find_slot};
use super::mgc::GcStats;

/// The grey objects and what marking has found (Go's gcWork and work.bytesMarked).
#[derive(Default)]
pub(super) struct Marker {
    pub work: Vec<usize>,
    pub stats: GcStats,
    /// Bytes of objects scanned (the pacer's measure of mark work done).
    pub scanned: usize,
}

impl Marker {
    /// Marks the object `w` points into, if it is one, queueing it when it is newly marked
    /// and may hold pointers (Go's greyobject).
    #[inline]
    pub unsafe fn mark_word(&mut self, w: usize) {
        if let Some((s, idx)) = find_slot(w) {
            if (*s).mark(idx) {
                self.stats.marked_objects += 1;
                self.stats.marked_bytes += (*s).elemsize;
                if !(*s).noscan() {
                    self.work.push((*s).base + idx * (*s).elemsize);
                }
            }
        }
    }

    /// Marks the object each word of [lo, hi) points into (a conservative root range).
    pub unsafe fn scan_block(&mut self, lo: usize, hi: usize) {
        let mut p = lo.next_multiple_of(8);
        while p + 8 <= hi {
            self.mark_word(*(p as *const usize));
            p += 8;
        }
    }

    /// Scans the pointer words of one grey object.
    #[inline]
    unsafe fn scan_object(&mut self, obj: usize) {
        let s = &*heap::span_of(obj);
        self.scanned += s.elemsize;
        s.for_each_pointer(obj, |p| self.mark_word(*(p as *const usize)));
    }

    /// Scans grey objects until none is left (Go's gcDrain).
    pub unsafe fn drain(&mut self) {
        while let Some(obj) = self.work.pop() {
            self.scan_object(obj);
        }
    }

    /// Scans grey objects until none is left (true) or `bytes` more have been scanned, or
    /// `deadline` has passed (false): one incremental mark step.
    pub unsafe fn drain_some(&mut self, bytes: usize, deadline: std::time::Instant) -> bool {
        let stop = self.scanned + bytes;
        let mut n = 0u32;
        while let Some(obj) = self.work.pop() {
            self.scan_object(obj);
            n += 1;
            if self.scanned >= stop
                || (n.is_multiple_of(64) && std::time::Instant::now() >= deadline)
            {
                return self.work.is_empty();
            }
        }
        true
    }

    /// Finalizers' roots and specials (mfinal.rs): func values and queued objects are marked;
    /// objects with finalizers have what they point to marked, but not themselves.
    pub unsafe fn mark_finalizer_roots(&mut self) {
        for w in super::mfinal::root_words() {
            self.mark_word(w);
        }
        for obj in super::mfinal::special_objects() {
            if let Some((s, _)) = find_slot(obj) {
                if !(*s).noscan() {
                    (*s).for_each_pointer(obj, |p| self.mark_word(*(p as *const usize)));
                }
            }
        }
    }

    /// The deletion barrier's work (mbarrier.rs): greys what every pointer word of the heap
    /// page at `lo` held at the snapshot, read from its copy at `copy` (one OS page).
    pub unsafe fn shade_copy(&mut self, lo: usize, copy: usize) {
        let hi = lo + super::mbarrier::os_page();
        let mut p = lo;
        while p < hi {
            let sp = heap::span_of(p);
            if sp.is_null() {
                p = (p & !(heap::PAGE_SIZE - 1)) + heap::PAGE_SIZE;
                continue;
            }
            let s = &*sp;
            let end = hi.min(s.limit());
            // Free slots hold stale words of freed objects: nothing to keep (no slot is freed
            // while a cycle marks, so a slot free now was free at the snapshot).
            s.for_each_pointer_word(p, end, |w| {
                if s.is_allocated(s.object_index(w)) {
                    self.mark_word(*((copy + (w - lo)) as *const usize));
                }
            });
            p = end;
        }
    }
}

/// The roots of the running program: the registered globals, every G's record and stack (the
/// running one's from `sp` up), os.Args' slice (`args`, a word the caller keeps alive).
///
/// # Safety
/// Called on the thread running Go code; `sp` is an address in the running G's stack below
/// every frame that may hold a pointer the program still uses, its callee-saved registers
/// stored below or at it.
pub(super) unsafe fn program_roots(sp: usize, args: &[usize; 1]) -> Vec<(usize, usize)> {
    use crate::goroutine::G;
    let mut roots: Vec<(usize, usize)> = super::roots::globals()
        .iter()
        .map(|r| (r.addr, r.addr + r.size))
        .collect();
    for gp in crate::sched::all_gs() {
        roots.push((gp as usize, gp as usize + std::mem::size_of::<G>()));
        if let Some(r) = crate::sched::stack_range(gp, sp) {
            roots.push(r);
        }
    }
    roots.push((args.as_ptr() as usize, args.as_ptr() as usize + 8));
    roots
}

/// Whether this runs on a goroutine's stack (collections only happen there: a Rust test's
/// thread or the scheduler's own stack has no program frames to scan).
pub(super) fn on_goroutine_stack() -> bool {
    let here = 0usize;
    let sp = std::ptr::addr_of!(here) as usize;
    let g = crate::goroutine::getg();
    // SAFETY: getg() is always a valid G.
    unsafe { (*g).stack_hi != 0 && sp >= (*g).stack_lo && sp < (*g).stack_hi }
}

/// Calls `f` with the program's roots (`program_roots`), this function's frame holding the
/// callee-saved registers (the caller's pointers may be in them) at the bottom of the running
/// goroutine's scanned range. None when not on a goroutine's stack (nothing is collected
/// then: a Rust test's thread, the scheduler's own stack).
///
/// # Safety
/// As `program_roots`: called on the thread running Go code.
#[inline(never)]
pub(super) unsafe fn with_roots<R>(f: impl FnOnce(&[(usize, usize)]) -> R) -> Option<R> {
    let mut regs = [0usize; crate::arch::CALLEE_SAVED];
    crate::arch::save_callee_saved(&mut regs);
    let sp = regs.as_ptr() as usize;
    let g = crate::goroutine::getg();
    if (*g).stack_hi == 0 || sp < (*g).stack_lo || sp >= (*g).stack_hi {
        return None;
    }
    let args = [crate::pkg_os::args_root()];
    let roots = program_roots(sp, &args);
    let r = f(&roots);
    std::hint::black_box(&regs);
    std::hint::black_box(&args);
    Some(r)
}

/// GODEBUG=gccheckmark=1 (Go's name for its own mark verifier): after marking, reads every
/// word of every marked object, pointer or not, and ends the program if one points into an
/// allocated object that is not marked while its heap bit is clear: a pointer the compiler or
/// the runtime did not describe, which sweep would turn into a dangling one; and if one with
/// its heap bit set points to an unmarked object: a store the write barrier missed. (An
/// integer that happens to look like a heap address is reported too; in practice they are
/// rare.)
pub(super) unsafe fn checkmark() {
    let h = heap::lock();
    let spans = h.spans.clone();
    drop(h);
    for sp in spans {
        let s = &*sp;
        if s.noscan() {
            continue;
        }
        for idx in 0..s.nelems {
            if !s.is_marked(idx) {
                continue;
            }
            let obj = s.base + idx * s.elemsize;
            let mut described = std::collections::HashSet::new();
            s.for_each_pointer(obj, |p| {
                described.insert(p);
            });
            for w in 0..s.elemsize / 8 {
                let p = obj + w * 8;
                let v = *(p as *const usize);
                if let Some((t, ti)) = find_slot(v) {
                    if !(*t).is_marked(ti) {
                        let what = if described.contains(&p) {
                            "a pointer the write barrier missed"
                        } else {
                            "an undescribed pointer"
                        };
                        let line = format!(
                            "runtime: checkmark: word {} of object {:#x} (size class {}, {} bytes) points to unmarked object {:#x} (size class {}): {}\n",
                            w,
                            obj,
                            s.sizeclass(),
                            s.elemsize,
                            v,
                            (*t).sizeclass(),
                            what
                        );
                        crate::os::write_fd(2, line.as_bytes());
                        crate::traceback::throw(b"checkmark found an unmarked reachable object");
                    }
                }
            }
        }
    }
}
