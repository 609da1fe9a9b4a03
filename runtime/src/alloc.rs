//! The Go heap: zeroed, never-freed memory for `new`, `make`, composite literals, escaping
//! variables and runtime-built strings (deferc has no garbage collector yet).
//!
//! Allocation is a bump pointer inside 1 MiB chunks obtained from `std::alloc`; requests of
//! more than a quarter chunk get a chunk of their own so a big slice does not waste the rest of
//! the current chunk. Chunks are zeroed when obtained and memory is never reused, so every
//! allocation is zeroed without a memset on the fast path.
//!
//! The bump state is thread-local: compiled Go code runs all goroutines on one OS thread (M:1
//! green threads), so in practice there is one arena; the thread-local keeps the allocator
//! sound when Rust tests (or a future multi-threaded driver) call it from several threads.
//! Memory from one thread's chunk may be used freely on another: it is never freed.

use std::alloc::{alloc_zeroed, Layout};
use std::cell::Cell;

/// Size of a bump chunk.
const CHUNK_SIZE: usize = 1 << 20;
/// Requests larger than this get their own allocation.
const LARGE: usize = CHUNK_SIZE / 4;
/// Alignment of chunks and of large allocations (enough for every Go type and for SIMD copies).
const CHUNK_ALIGN: usize = 16;

thread_local! {
    /// (next free address, end of current chunk). 0/0 before the first chunk.
    static ARENA: Cell<(usize, usize)> = const { Cell::new((0, 0)) };
}

/// Obtains `size` zeroed bytes aligned to `align` from the system allocator. Running out ends
/// the program with Go's fatal error (oom.rs): Go never reports it as a recoverable panic.
fn sys_alloc(size: usize, align: usize) -> *mut u8 {
    let layout = match Layout::from_size_align(size.max(1), align.max(CHUNK_ALIGN)) {
        Ok(l) => l,
        // Only a size near usize::MAX gets here (compiled code checks make's lengths first).
        Err(_) => crate::oom::out_of_memory(size),
    };
    // SAFETY: layout has non-zero size.
    let p = unsafe { alloc_zeroed(layout) };
    if p.is_null() {
        crate::oom::out_of_memory(size);
    }
    crate::oom::note_sys(layout.size());
    p
}

/// Where zero-size allocations point, like Go's runtime.zerobase: nothing is ever stored
/// through such a pointer, so sharing one address is sound.
#[repr(C, align(16))]
struct ZeroBase([u8; 16]);
static ZEROBASE: ZeroBase = ZeroBase([0; 16]);

/// Allocates `size` zeroed bytes aligned to `align` (a power of two) that are never freed.
/// A zero-size request returns the shared, non-null, aligned ZEROBASE (as Go does).
pub fn alloc_bytes(size: usize, align: usize) -> *mut u8 {
    debug_assert!(align.is_power_of_two());
    if size == 0 && align <= 16 {
        return std::ptr::addr_of!(ZEROBASE) as *mut u8;
    }
    if size > LARGE || align > CHUNK_ALIGN {
        return sys_alloc(size, align);
    }
    ARENA.with(|arena| {
        let (next, end) = arena.get();
        // Round up within the current chunk; `next` is 0 before the first chunk, which makes
        // `start + size > end` true (end is 0) and takes the refill path.
        let start = (next + align - 1) & !(align - 1);
        if next != 0 && start.checked_add(size).is_some_and(|e| e <= end) {
            arena.set((start + size, end));
            return start as *mut u8;
        }
        let chunk = sys_alloc(CHUNK_SIZE, CHUNK_ALIGN) as usize;
        // The chunk is CHUNK_ALIGN-aligned, so `chunk` satisfies any align <= CHUNK_ALIGN.
        arena.set((chunk + size, chunk + CHUNK_SIZE));
        chunk as *mut u8
    })
}

/// Go's mallocgc for compiled code: `size` zeroed bytes, 8-byte aligned (16 for sizes of 16 and
/// more, which covers every Go type's alignment and 16-byte vector stores).
/// Grow the most recent small allocation in place: if `end` is exactly the arena's next free
/// address and `extra` more bytes fit in the chunk, claim them and return true. String `+=` in a
/// loop appends to its own last result this way instead of copying it every time (the bytes of
/// the old string are not changed, so it stays valid).
pub fn try_extend(end: usize, extra: usize) -> bool {
    ARENA.with(|arena| {
        let (next, chunk_end) = arena.get();
        if next != 0 && next == end && end.checked_add(extra).is_some_and(|e| e <= chunk_end) {
            arena.set((end + extra, chunk_end));
            true
        } else {
            false
        }
    })
}

#[no_mangle]
pub extern "C" fn deferc_alloc(size: usize) -> *mut u8 {
    let align = if size >= 16 { 16 } else { 8 };
    alloc_bytes(size, align)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zeroed_aligned_distinct() {
        let mut prev = std::ptr::null_mut();
        for size in [0usize, 1, 7, 8, 15, 16, 17, 100, 4096, LARGE + 1, 3 << 20] {
            let p = deferc_alloc(size);
            assert!(!p.is_null());
            assert_eq!(p as usize % if size >= 16 { 16 } else { 8 }, 0);
            if size == 0 {
                continue;
            }
            // SAFETY: p points at `size` bytes just allocated.
            let s = unsafe { std::slice::from_raw_parts_mut(p, size) };
            assert!(s.iter().all(|&b| b == 0));
            s.fill(0xAB);
            assert_ne!(p, prev);
            prev = p;
        }
    }

    #[test]
    fn many_small_allocations_cross_chunks() {
        let mut last = 0usize;
        for _ in 0..200_000 {
            let p = deferc_alloc(24) as usize;
            assert_eq!(p % 16, 0);
            assert_ne!(p, last);
            last = p;
        }
        let p = alloc_bytes(3, 1);
        assert!(!p.is_null());
    }
}
