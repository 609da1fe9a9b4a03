//! G: the goroutine. Every defer record and panic belongs to one; the main goroutine's G exists
//! from the start (id 1, as in Go), even while it is the only one.

use std::cell::UnsafeCell;

use crate::defer::{Defer, NCLASSES};
use crate::panic::Panic;
use crate::types::Eface;

#[repr(C)]
pub struct G {
    /// Go's goroutine id: 1 for main.
    pub goid: i64,
    /// Newest pending runtime defer record of this goroutine (a linked list through `link`).
    pub defer: *mut Defer,
    /// Free Defer records by size class: a defer in a loop reuses records instead of allocating.
    pub pool: [*mut Defer; NCLASSES],
    /// Newest panic in progress (Go's `_panic` list, linked through `Panic::link`).
    pub panic: *mut Panic,
    /// Free Panic records (linked through `link`): a recover loop allocates nothing.
    pub panicpool: *mut Panic,
    /// Go's gp.sig: the signal (SIGSEGV = 11) that raised a panic still on the list, for the
    /// `[signal ...]` line of the crash output; cleared when a recovery empties the list.
    pub sig: u32,
    /// The pc reported in that line.
    pub sigpc: usize,
    /// The value of the last panic caught by a status-returning trampoline
    /// (`deferc_panic_catch`), for messages such as "panic while printing panic value: ...".
    pub caught: Eface,
    pub stackguard: usize,
}

struct GCell(UnsafeCell<G>);

// SAFETY: deferc runs goroutines M:1 on the thread that runs Go code; no G is touched from two
// threads at once.
unsafe impl Sync for GCell {}

static G0: GCell = GCell(UnsafeCell::new(G {
    goid: 1,
    defer: std::ptr::null_mut(),
    pool: [std::ptr::null_mut(); NCLASSES],
    panic: std::ptr::null_mut(),
    panicpool: std::ptr::null_mut(),
    sig: 0,
    sigpc: 0,
    caught: Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    },
    stackguard: 0,
}));

/// The running goroutine, as a symbol generated code reads (it inlines defer record pushes and
/// pops): `deferc_curg` holds a pointer to the current G.
#[repr(transparent)]
pub struct CurG(UnsafeCell<*mut G>);

// SAFETY: as for GCell: only the thread running Go code reads or writes it.
unsafe impl Sync for CurG {}

#[no_mangle]
pub static deferc_curg: CurG = CurG(UnsafeCell::new(G0.0.get()));

/// The running goroutine.
#[inline]
pub fn getg() -> *mut G {
    // SAFETY: deferc_curg always holds a valid G pointer.
    unsafe { *deferc_curg.0.get() }
}
