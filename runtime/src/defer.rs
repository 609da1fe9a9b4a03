//! Defer records for the runtime path: `deferproc` pushes, `deferreturn` pops.
//!
//! Generated code owns the calling: a defer statement gets an operand area from deferproc and
//! fills it; a function exit calls deferreturn in a loop, which unlinks this frame's newest
//! record and hands back its site number and operand area, and the generated code copies the
//! operands out and makes the call itself. So the runtime never calls a deferred function, and
//! a record goes back to the pool the moment it is popped: its operand area stays readable
//! until the next deferproc of the same size class, and generated code reads it before any call.

use crate::goroutine::getg;

/// A pending deferred call (Go's `_defer`). The operand area follows the header.
///
/// Invariant (generated code relies on it, see codegen/defer.rs): the header is exactly four
/// words at these offsets, `G::defer` is at offset 8 and `G::pool` at offset 16 of G.
#[repr(C)]
pub struct Defer {
    pub link: *mut Defer,
    /// Frame pointer of the function that deferred: records of one frame are contiguous at the
    /// head of the list while that frame runs, because frames nest.
    pub fp: usize,
    /// Which defer statement of that function (its index in the function's site table).
    pub site: usize,
    /// A size class (`< NCLASSES`: pooled on pop), CLASS_UNPOOLED (a big record allocated
    /// exactly), or CLASS_FRAME (a record in the deferring function's frame, for a defer
    /// statement outside loops: Go's stack-allocated defer).
    pub class: usize,
}

/// Operand areas come in these sizes; bigger ones are allocated exactly and never pooled.
pub const CLASS_SIZES: [usize; 4] = [32, 64, 128, 256];
pub const NCLASSES: usize = CLASS_SIZES.len();
pub const CLASS_UNPOOLED: usize = NCLASSES;
pub const CLASS_FRAME: usize = NCLASSES + 1;

pub const HEADER: usize = std::mem::size_of::<Defer>();

// The layout compiled code reads and writes when it pushes and pops records inline
// (compiler/src/codegen/defer.rs takes these, so the two cannot drift apart).
pub const OFF_LINK: i32 = std::mem::offset_of!(Defer, link) as i32;
pub const OFF_FP: i32 = std::mem::offset_of!(Defer, fp) as i32;
pub const OFF_SITE: i32 = std::mem::offset_of!(Defer, site) as i32;
pub const OFF_CLASS: i32 = std::mem::offset_of!(Defer, class) as i32;
/// `G::defer` (the list head) and `G::pool` (the free list of each size class, one word each).
pub const G_OFF_DEFER: i32 = std::mem::offset_of!(crate::goroutine::G, defer) as i32;
pub const G_OFF_POOL: i32 = std::mem::offset_of!(crate::goroutine::G, pool) as i32;

const _: () = assert!(HEADER == 32);
const _: () = assert!(std::mem::offset_of!(crate::goroutine::G, defer) == 8);
const _: () = assert!(std::mem::offset_of!(crate::goroutine::G, pool) == 16);

fn class_of(n: usize) -> Option<usize> {
    CLASS_SIZES.iter().position(|&c| n <= c)
}

/// Push a record for site `site` of the frame `fp`; returns its operand area of `n` bytes.
/// (Generated code inlines the pooled case and calls `deferc_defernew` on a pool miss.)
#[no_mangle]
pub extern "C" fn deferc_deferproc(fp: usize, site: usize, n: usize) -> *mut u8 {
    let g = getg();
    // SAFETY: g is the running goroutine (single-threaded M:1), records are ours.
    unsafe {
        let d = match class_of(n) {
            Some(c) => {
                let free = (*g).pool[c];
                if !free.is_null() {
                    (*g).pool[c] = (*free).link;
                    free
                } else {
                    new_record(c, CLASS_SIZES[c])
                }
            }
            None => new_record(CLASS_UNPOOLED, n),
        };
        (*d).fp = fp;
        (*d).site = site;
        (*d).link = (*g).defer;
        (*g).defer = d;
        (d as *mut u8).add(HEADER)
    }
}

/// A fresh record of size class `class` (the pool was empty); generated code links it.
#[no_mangle]
pub extern "C" fn deferc_defernew(class: usize) -> *mut Defer {
    new_record(class, CLASS_SIZES[class.min(NCLASSES - 1)])
}

fn new_record(class: usize, cap: usize) -> *mut Defer {
    // Scanned word by word: the link, and arguments of whatever types the deferred calls
    // that use this record over its life take.
    let p = crate::alloc::alloc_typed(HEADER + cap, 8, &crate::alloc::WORDS.0) as *mut Defer;
    // SAFETY: p points at HEADER + cap fresh bytes.
    unsafe { (*p).class = class };
    p
}

#[repr(C)]
pub struct DeferAt {
    pub site: usize,
    /// Null when the frame has no pending record left.
    pub args: *mut u8,
}

/// Pop the newest record of frame `fp`, if any, returning pooled records to the pool.
#[no_mangle]
pub extern "C" fn deferc_deferreturn(fp: usize) -> DeferAt {
    let g = getg();
    // SAFETY: as in deferproc.
    unsafe {
        let d = (*g).defer;
        if d.is_null() || (*d).fp != fp {
            return DeferAt {
                site: 0,
                args: std::ptr::null_mut(),
            };
        }
        (*g).defer = (*d).link;
        let c = (*d).class;
        if c < NCLASSES {
            (*d).link = (*g).pool[c];
            (*g).pool[c] = d;
        }
        DeferAt {
            site: (*d).site,
            args: (d as *mut u8).add(HEADER),
        }
    }
}
