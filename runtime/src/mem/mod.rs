//! The Go heap (Go's malloc.go and mheap.go, single-threaded).
//!
//! Memory management in the large. The heap is address space reserved in 64 MiB arenas at
//! Go's hint address (0x00c000000000 and up, so heap addresses look like Go's and rarely
//! collide with integers) and committed as it is used. It is cut into 8 KiB pages, and runs of
//! pages into spans (`MSpan`):
//!
//!   - a small object (at most 32 KiB) is rounded up to one of Go 1.19's 67 size classes
//!     (sizeclasses.rs) and allocated from a span holding objects of that class only; the
//!     span's allocation bitmap says which slots are taken;
//!   - a large object gets a span of its own, a whole number of pages.
//!
//! Each span class is a size class together with a `noscan` bit: objects that hold no
//! pointers (string bytes, []int, ...) live in spans of their own, which a collector never
//! needs to scan.
//!
//! Allocation (malloc.rs) first takes a free slot of the span cached for its span class (Go's
//! mcache, here per thread: compiled Go code runs every goroutine on one thread, M:1, so in
//! practice there is one); only when that span is full does it take the heap lock to get a new
//! span from the page allocator (heap.rs), which grows the heap by reserving and committing
//! more address space.
//!
//! Every page of an in-use span maps back to its span through the arena's span table, so any
//! address inside the heap, interior pointers included (`&s.f`, `&a[i]`, `s[i:]`), leads to
//! the object that contains it (`find_object`): what a collector's mark phase needs.
//!
//! Running out: a reservation the system refuses ends the program with Go's "out of memory:
//! cannot allocate N-byte block" error, a commit it refuses with "runtime: out of memory"
//! (oom.rs), as Go's mheap.grow and sysMap do.
//!
//! The collector (mgc.rs and the files named after Go's: mgcmark.rs, mgcsweep.rs, mgcpacer.rs,
//! mbarrier.rs, mfinal.rs, mstats.rs) is non-moving mark-sweep with incremental marking: a
//! cycle starts when the heap has grown GOGC percent over what the last one left live (at
//! least 4 MiB), takes a snapshot (roots greyed, allocation black), marks in steps paid for by
//! allocation while a page-protection deletion barrier copies each page before its first store,
//! and ends with a short stop that sweeps every span. Freed slots are cleared when handed out
//! again; fresh pages are already zero. docs/MEMORY.md has the whole picture.

pub mod heap;
pub mod malloc;
pub mod mbarrier;
pub mod mbitmap;
pub mod mfinal;
pub mod mgc;
pub mod mgcmark;
pub mod mgcpacer;
pub mod mgcsweep;
pub mod mstats;
pub mod roots;
pub mod sizeclasses;
pub mod span;

pub use heap::{find_object, PAGE_SIZE};
pub use malloc::{mallocgc, mallocgc_parts, read_stats, roundupsize, MemStats, Part};
