//! G: the goroutine. Every defer record and panic belongs to one; the main goroutine's G exists
//! from the start (id 1, as in Go), even while it is the only one.

use std::cell::UnsafeCell;

use crate::defer::{Defer, NCLASSES};

#[repr(C)]
pub struct G {
    /// Go's goroutine id: 1 for main.
    pub goid: i64,
    /// Newest pending runtime defer record of this goroutine (a linked list through `link`).
    pub defer: *mut Defer,
    /// Free Defer records by size class: a defer in a loop reuses records instead of allocating.
    pub pool: [*mut Defer; NCLASSES],
}

struct GCell(UnsafeCell<G>);

// SAFETY: deferc runs goroutines M:1 on the thread that runs Go code; no G is touched from two
// threads at once.
unsafe impl Sync for GCell {}

static G0: GCell = GCell(UnsafeCell::new(G {
    goid: 1,
    defer: std::ptr::null_mut(),
    pool: [std::ptr::null_mut(); NCLASSES],
}));

/// The running goroutine.
#[inline]
pub fn getg() -> *mut G {
    G0.0.get()
}
