//! Go maps: `make`, `len`, `m[k]`, `v, ok := m[k]`, `m[k] = v`, `delete`, the range-delete
//! clear idiom and `range` iteration, over keys of any comparable type.
//!
//! # Design: a dense entry array plus an open-addressing index
//!
//! A map is a `Map` header (allocated once from the Go heap and never moved: the header's
//! address *is* the map value) with two side tables, also Go heap objects (the entries are
//! scanned by the collector, the index is noscan); a growing map leaves its smaller tables to
//! the collector:
//!
//! - `entries`: `cap` entries of `stride` bytes, `[key][pad][value][pad]`, followed by `cap`
//!   control bytes (1 = the entry at that position is live, 0 = free). Positions `0..len` have
//!   been used; a deleted position goes on a free list (its link, position+1, is stored in the
//!   entry's first 4 bytes, which is why `stride >= 4`) and is reused by the next insert.
//!   Positions never change: growth copies the array into a bigger one *at the same positions*.
//! - `index`: `mask + 1` u64 slots (a power of two, always `2 * cap`), linear probing. A slot
//!   is 0 when empty, else `(h32 << 32) | (position + 1)` where h32 is the key's 32-bit hash;
//!   a slot's home is `h32 & mask`. Deletion shifts the following run back (no tombstones).
//!
//! Invariants:
//! - `count` (the first word: codegen may read it for `len(m)`) == live positions == non-empty
//!   index slots <= `len` <= `cap`, so the index is at most half full: probing always meets
//!   an empty slot and stays short.
//! - A key is live iff exactly one index slot refers to its position, reachable from the key's
//!   home slot without crossing an empty slot.
//! - The free list links exactly the positions `< len` whose control byte is 0.
//! - When `count` drops to 0 the map resets `len` and the free list to empty (cheap
//!   compaction: every position is free then).
//!
//! # Iteration (`MapIter`) and mutation during `range`
//!
//! An iterator holds the map and a *position*, never a pointer into the tables, so the map may
//! grow (move its entries) under it. `mapiterinit` draws a pseudo-random start position `r` in
//! `0..n0` (`n0` = `len` at the start) and visits positions `r..n0`, then `0..r`, each once,
//! producing those that are live when reached. Hence, like Go:
//! - every entry present for the whole loop is produced exactly once, and no position (so no
//!   entry: entries never move) is produced twice;
//! - an entry deleted before it is reached is not produced (its control byte is 0, or the
//!   position is `>= len` after the map emptied/was cleared);
//! - an entry inserted during the loop may be produced (it reused a free position not yet
//!   reached) or not (it was appended at `>= n0`, or reused a position already passed);
//! - the loop ends after at most `n0` steps, whatever the body inserts.
//!
//! The order is the insertion order rotated by a random amount, which is what Go's order is
//! for a map of up to 8 entries (one bucket, random start offset); for bigger maps Go's order
//! looks more random, but programs cannot tell a rotation from any other order.
//!
//! Pointers handed out (`mapaccess*` values, `mapassign` slots, `MapIter::{key, val}`) point
//! into `entries` and stay valid until the next insertion into the same map (which may move
//! the array), exactly as with Go's buckets: compiled code uses them at once.
//!
//! # Keys
//!
//! Equality is Go's `==` for the key type: floats by value (+0 == -0, NaN != NaN), strings by
//! content, arrays and structs element/field-wise (blank `_` fields skipped), interfaces by
//! identical dynamic type descriptor and then that type's `==`. The hash agrees with it (−0 is
//! hashed as +0; a NaN gets a fresh random hash so that many NaN keys do not share one probe
//! run). Key types whose bytes fully determine equality ("memory keys": integers, bools,
//! pointers, and padding-free arrays/structs of them) are hashed and compared as raw bytes.
//!
//! Runtime errors are raised by compiled code, never here (see panic.rs): codegen checks
//! `m != nil` before `mapassign` ("assignment to entry in nil map") and, for key types that
//! contain an interface, calls `deferc_mapkeyunhashable` before every access, assign and
//! delete ("runtime error: hash of unhashable type []int"; Go raises it even on a nil or
//! empty map).
//!
//! Limits: at most 2^31 positions per map (a Go program reaching that is out of memory anyway:
//! it ends with Go's out-of-memory fatal error, oom.rs).

use crate::oom::out_of_memory;
use crate::types::{Eface, GoString, Kind, Type};
use std::alloc::{alloc_zeroed, Layout};
use std::cell::Cell;
use std::sync::Mutex;

// ---------------------------------------------------------------------------------------------
// Layout

/// Keys compared and hashed as their raw bytes.
const KEY_MEM: u8 = 0;
/// String keys.
const KEY_STR: u8 = 1;
/// Anything else (floats, interfaces, composites of them, padded structs): walk the type.
const KEY_GENERIC: u8 = 2;

/// Entry capacity of a map's first table.
const MIN_CAP: usize = 8;
/// Most positions a map can have (positions + 1 must fit the low 32 bits of an index slot).
const MAX_CAP: usize = 1 << 31;
/// `make(map[K]V, hint)` preallocates at most this many entries; beyond it the map grows.
const MAX_HINT_CAP: usize = 1 << 24;

/// The map header. `count` must stay the first field (codegen reads `len(m)` from it).
#[repr(C)]
pub struct Map {
    /// Number of live entries: `len(m)`.
    pub count: i64,
    /// `cap * stride` entry bytes, then `cap` control bytes; null until the first insert.
    entries: *mut u8,
    /// `mask + 1` index slots; null exactly when `entries` is.
    index: *mut u64,
    mask: usize,
    /// Entry positions allocated / used so far.
    cap: usize,
    len: usize,
    /// Head of the free list: a free position + 1, or 0 when the list is empty.
    free: usize,
    stride: usize,
    val_off: usize,
    key_size: usize,
    val_size: usize,
    /// Alignment of the entries block.
    align: usize,
    key_t: *const Type,
    val_t: *const Type,
    seed: u64,
    class: u8,
}

/// The descriptor of a map's header: its pointers into the heap are the two tables (words 1
/// and 2); the key and value descriptors are static.
static MAP_HEADER: crate::types::StaticType = crate::types::StaticType(Type {
    ptrdata: 24,
    gcdata: [0b110u8].as_ptr(),
    ..Type::new(Kind::Struct, std::mem::size_of::<Map>(), 8, 0, b"")
});

const _: () = assert!(std::mem::offset_of!(Map, entries) == 8);
const _: () = assert!(std::mem::offset_of!(Map, index) == 16);

/// `v, ok := m[k]`: two words, returned in registers (rax:rdx on x86-64, x0:x1 on arm64).
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct MapAccess {
    pub val: *const u8,
    pub ok: u8,
}

/// A `range` iterator. Exactly 8 words (64 bytes, 8-aligned): codegen reserves that much stack
/// and reads `key` and `val` (offsets 0 and 8) after `mapiterinit` / `mapiternext`; a null
/// `key` means the iteration is over. The other words are private to this file.
#[repr(C)]
pub struct MapIter {
    pub key: *const u8,
    pub val: *const u8,
    /// The map (null when iterating a nil or empty map).
    m: *mut Map,
    /// Next position to examine.
    pos: usize,
    /// End (exclusive) of the current phase.
    end: usize,
    /// The random start position: phase 1 is `start..n0`, phase 2 `0..start`.
    start: usize,
    /// 1 or 2 (0 = done).
    phase: usize,
    _reserved: usize,
}

const _: () = assert!(std::mem::size_of::<MapIter>() == 64);
const _: () = assert!(std::mem::offset_of!(Map, count) == 0);

fn round_up(n: usize, a: usize) -> usize {
    (n + a - 1) & !(a - 1)
}

/// The name of a struct field, for the blank-field check.
fn is_blank(f: &crate::types::StructField) -> bool {
    // SAFETY: field names are static strings emitted by the compiler.
    unsafe { f.name.as_bytes() == b"_" }
}

/// Whether values of `t` are equal exactly when their bytes are: no floats, strings or
/// interfaces anywhere, no padding and no blank fields (whose bytes `==` ignores).
fn is_mem_key(t: &Type) -> bool {
    match t.kind() {
        Kind::Bool
        | Kind::Int
        | Kind::Int8
        | Kind::Int16
        | Kind::Int32
        | Kind::Int64
        | Kind::Uint
        | Kind::Uint8
        | Kind::Uint16
        | Kind::Uint32
        | Kind::Uint64
        | Kind::Uintptr
        | Kind::Pointer
        | Kind::Chan
        | Kind::UnsafePointer => true,
        // SAFETY: array descriptors carry their element type.
        Kind::Array => is_mem_key(unsafe { &*t.elem }),
        Kind::Struct => {
            let mut end = 0;
            for f in t.fields() {
                // SAFETY: field descriptors carry their type.
                let ft = unsafe { &*f.typ };
                if is_blank(f) || f.offset != end || !is_mem_key(ft) {
                    return false;
                }
                end = f.offset + ft.size;
            }
            end == t.size
        }
        _ => false,
    }
}

// ---------------------------------------------------------------------------------------------
// Randomness (iteration start, NaN hashes, per-map seeds)

thread_local! {
    static RNG: Cell<u64> = const { Cell::new(0) };
}

/// A xorshift64* step on a thread-local state seeded from std's random hasher keys.
pub fn fastrand() -> u64 {
    RNG.with(|c| {
        let mut x = c.get();
        if x == 0 {
            use std::hash::{BuildHasher, Hasher};
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_usize(c as *const Cell<u64> as usize);
            x = h.finish() | 1;
        }
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        c.set(x);
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    })
}

// ---------------------------------------------------------------------------------------------
// Hashing (wyhash-style folded multiplies)

const K0: u64 = 0xa076_1d64_78bd_642f;
const K1: u64 = 0xe703_7ed1_a0b4_28db;
const K2: u64 = 0x8ebc_6af0_9c88_c6e3;

#[inline]
fn fold(a: u64, b: u64) -> u64 {
    let r = (a as u128).wrapping_mul(b as u128);
    (r as u64) ^ ((r >> 64) as u64)
}

/// Mixes one 64-bit word into a running hash (order-sensitive).
#[inline]
fn mix(h: u64, x: u64) -> u64 {
    fold(h ^ K0, x ^ K1)
}

#[inline]
unsafe fn r4(p: *const u8) -> u64 {
    (p as *const u32).read_unaligned() as u64
}

#[inline]
unsafe fn r8(p: *const u8) -> u64 {
    (p as *const u64).read_unaligned()
}

/// Hash of a byte string (wyhash's structure: 16 bytes per folded multiply).
fn hash_bytes(seed: u64, b: &[u8]) -> u64 {
    let n = b.len();
    let p = b.as_ptr();
    let mut h = seed ^ K0;
    // SAFETY: every read below stays inside b (the branches are by length).
    let (a, c) = unsafe {
        if n <= 16 {
            if n >= 4 {
                let q = (n >> 3) << 2;
                (
                    (r4(p) << 32) | r4(p.add(q)),
                    (r4(p.add(n - 4)) << 32) | r4(p.add(n - 4 - q)),
                )
            } else if n > 0 {
                let w = ((*p as u64) << 16) | ((*p.add(n >> 1) as u64) << 8) | *p.add(n - 1) as u64;
                (w, 0)
            } else {
                (0, 0)
            }
        } else {
            let mut i = 0;
            while n - i > 16 {
                h = fold(r8(p.add(i)) ^ K1, r8(p.add(i + 8)) ^ h);
                i += 16;
            }
            (r8(p.add(n - 16)), r8(p.add(n - 8)))
        }
    };
    fold(K1 ^ n as u64, fold(a ^ K1, c ^ h) ^ K2)
}

/// The bytes at `p` (an empty slice for n == 0, where `p` may be null).
///
/// # Safety
/// `p` must point at `n` readable bytes that outlive the use.
unsafe fn bytes<'a>(p: *const u8, n: usize) -> &'a [u8] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(p, n)
    }
}

fn hash_f64(h: u64, f: f64) -> u64 {
    if f == 0.0 {
        mix(h, 0) // +0 and -0 are the same key
    } else if f.is_nan() {
        mix(h, fastrand()) // never found again anyway; spread NaNs over the table
    } else {
        mix(h, f.to_bits())
    }
}

/// Hash of the value of type `t` at `p`, consistent with `eq_value`.
///
/// # Safety
/// `p` must point at a valid value of `t`.
unsafe fn hash_value(t: &Type, p: *const u8, h: u64) -> u64 {
    match t.kind() {
        Kind::Float32 => hash_f64(h, (p as *const f32).read_unaligned() as f64),
        Kind::Float64 => hash_f64(h, (p as *const f64).read_unaligned()),
        Kind::Complex64 => {
            let c = (p as *const [f32; 2]).read_unaligned();
            hash_f64(hash_f64(h, c[0] as f64), c[1] as f64)
        }
        Kind::Complex128 => {
            let c = (p as *const [f64; 2]).read_unaligned();
            hash_f64(hash_f64(h, c[0]), c[1])
        }
        Kind::String => hash_bytes(h, (p as *const GoString).read_unaligned().as_bytes()),
        Kind::Interface => {
            let e = (p as *const Eface).read_unaligned();
            if e.typ.is_null() {
                return mix(h, 0);
            }
            let dt = &*e.typ;
            let h = mix(h, e.typ as u64);
            if dt.is_direct() {
                mix(h, e.data as u64)
            } else {
                hash_value(dt, e.data, h)
            }
        }
        Kind::Array => {
            let et = &*t.elem;
            let mut h = h;
            for i in 0..t.len {
                h = hash_value(et, p.add(i * et.size), h);
            }
            h
        }
        Kind::Struct => {
            let mut h = h;
            for f in t.fields() {
                if !is_blank(f) {
                    h = hash_value(&*f.typ, p.add(f.offset), h);
                }
            }
            h
        }
        Kind::Pointer | Kind::Chan | Kind::UnsafePointer | Kind::Func | Kind::Map => {
            mix(h, (p as *const usize).read_unaligned() as u64)
        }
        _ => hash_bytes(h, bytes(p, t.size)),
    }
}

/// Go's `==` on two values of type `t`.
///
/// # Safety
/// `a` and `b` must point at valid values of `t`.
unsafe fn eq_value(t: &Type, a: *const u8, b: *const u8) -> bool {
    match t.kind() {
        Kind::Float32 => (a as *const f32).read_unaligned() == (b as *const f32).read_unaligned(),
        Kind::Float64 => (a as *const f64).read_unaligned() == (b as *const f64).read_unaligned(),
        Kind::Complex64 => {
            (a as *const [f32; 2]).read_unaligned() == (b as *const [f32; 2]).read_unaligned()
        }
        Kind::Complex128 => {
            (a as *const [f64; 2]).read_unaligned() == (b as *const [f64; 2]).read_unaligned()
        }
        Kind::String => {
            let x = (a as *const GoString).read_unaligned();
            let y = (b as *const GoString).read_unaligned();
            x.len == y.len && (x.ptr == y.ptr || x.as_bytes() == y.as_bytes())
        }
        Kind::Interface => {
            let x = (a as *const Eface).read_unaligned();
            let y = (b as *const Eface).read_unaligned();
            if x.typ != y.typ {
                return false;
            }
            if x.typ.is_null() {
                return true;
            }
            let dt = &*x.typ;
            if dt.is_direct() {
                x.data == y.data
            } else {
                eq_value(dt, x.data, y.data)
            }
        }
        Kind::Array => {
            let et = &*t.elem;
            (0..t.len).all(|i| eq_value(et, a.add(i * et.size), b.add(i * et.size)))
        }
        Kind::Struct => t
            .fields()
            .iter()
            .all(|f| is_blank(f) || eq_value(&*f.typ, a.add(f.offset), b.add(f.offset))),
        Kind::Pointer | Kind::Chan | Kind::UnsafePointer | Kind::Func | Kind::Map => {
            (a as *const usize).read_unaligned() == (b as *const usize).read_unaligned()
        }
        _ => bytes(a, t.size) == bytes(b, t.size),
    }
}

// ---------------------------------------------------------------------------------------------
// The table

impl Map {
    #[inline]
    unsafe fn entry(&self, pos: usize) -> *mut u8 {
        self.entries.add(pos * self.stride)
    }

    #[inline]
    unsafe fn ctrl(&self, pos: usize) -> *mut u8 {
        self.entries.add(self.cap * self.stride + pos)
    }

    /// The 32-bit hash stored in index slots.
    #[inline]
    unsafe fn hash(&self, key: *const u8) -> u32 {
        let h = match self.class {
            KEY_MEM if self.key_size == 8 => mix(self.seed, r8(key)),
            KEY_MEM => hash_bytes(self.seed, bytes(key, self.key_size)),
            KEY_STR => hash_bytes(
                self.seed,
                (key as *const GoString).read_unaligned().as_bytes(),
            ),
            _ => hash_value(&*self.key_t, key, self.seed),
        };
        (h ^ (h >> 32)) as u32
    }

    #[inline]
    unsafe fn key_eq(&self, a: *const u8, b: *const u8) -> bool {
        match self.class {
            KEY_MEM if self.key_size == 8 => r8(a) == r8(b),
            KEY_MEM => bytes(a, self.key_size) == bytes(b, self.key_size),
            _ => eq_value(&*self.key_t, a, b),
        }
    }

    /// Probes for `key` (index allocated): `(slot, Some(position))` when found, else
    /// `(first empty slot of the run, None)`.
    unsafe fn find(&self, key: *const u8, h: u32) -> (usize, Option<usize>) {
        let mut i = h as usize & self.mask;
        loop {
            let s = *self.index.add(i);
            if s == 0 {
                return (i, None);
            }
            if (s >> 32) as u32 == h {
                let pos = (s as u32 as usize) - 1;
                if self.key_eq(self.entry(pos), key) {
                    return (i, Some(pos));
                }
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The position of `key`, if present.
    unsafe fn lookup(&self, key: *const u8) -> Option<usize> {
        if self.count == 0 {
            return None;
        }
        self.find(key, self.hash(key)).1
    }

    fn entries_layout(&self, cap: usize) -> Layout {
        cap.checked_mul(self.stride + 1)
            .and_then(|n| Layout::from_size_align(n, self.align).ok())
            .unwrap_or_else(|| out_of_memory(usize::MAX))
    }

    fn index_layout(slots: usize) -> Layout {
        slots
            .checked_mul(8)
            .and_then(|n| Layout::from_size_align(n, 8).ok())
            .unwrap_or_else(|| out_of_memory(usize::MAX))
    }

    /// Moves the tables to `new_cap` entries (> cap, a power of two) and `2 * new_cap` index
    /// slots. Returns the old entries block (with its layout), which the caller frees once it
    /// no longer needs it: the key being inserted may point into it.
    unsafe fn grow_to(&mut self, new_cap: usize) -> Option<(*mut u8, Layout)> {
        if new_cap > MAX_CAP {
            out_of_memory(new_cap.saturating_mul(self.stride + 1));
        }
        // Both tables are Go heap objects: the entries (keys and values may be pointers) are
        // scanned by the collector, the index (hashes and positions) is not. The old tables
        // become garbage once nothing points into them.
        let lay = self.entries_layout(new_cap);
        let part = |off, typ| crate::mem::Part {
            off,
            typ,
            count: new_cap,
            stride: self.stride,
        };
        let ents = crate::mem::mallocgc_parts(
            lay.size(),
            lay.align().min(8),
            &[part(0, &*self.key_t), part(self.val_off, &*self.val_t)],
        );
        let ilay = Map::index_layout(2 * new_cap);
        let index = crate::alloc::alloc_noscan(ilay.size()) as *mut u64;
        // Entries keep their positions; control bytes move with the end of the array.
        std::ptr::copy_nonoverlapping(self.entries, ents, self.len * self.stride);
        std::ptr::copy_nonoverlapping(self.ctrl(0), ents.add(new_cap * self.stride), self.len);
        let new_mask = 2 * new_cap - 1;
        for i in 0..=self.mask {
            let s = if self.index.is_null() {
                0
            } else {
                *self.index.add(i)
            };
            if s != 0 {
                let mut j = (s >> 32) as usize & new_mask;
                while *index.add(j) != 0 {
                    j = (j + 1) & new_mask;
                }
                *index.add(j) = s;
            }
        }
        let old = if self.entries.is_null() {
            None
        } else {
            Some((self.entries, self.entries_layout(self.cap)))
        };
        self.entries = ents;
        self.index = index;
        self.mask = new_mask;
        self.cap = new_cap;
        old
    }

    /// Inserts `key` (absent, with hash `h`) at the empty index slot `slot` and returns its
    /// zeroed value. There must be a free or unused position.
    unsafe fn insert_at(&mut self, slot: usize, key: *const u8, h: u32) -> *mut u8 {
        let pos = if self.free != 0 {
            let p = self.free - 1;
            self.free = (self.entry(p) as *const u32).read_unaligned() as usize;
            p
        } else {
            self.len += 1;
            self.len - 1
        };
        *self.index.add(slot) = ((h as u64) << 32) | (pos as u64 + 1);
        let e = self.entry(pos);
        std::ptr::copy(key, e, self.key_size);
        let v = e.add(self.val_off);
        std::ptr::write_bytes(v, 0, self.val_size);
        *self.ctrl(pos) = 1;
        self.count += 1;
        v
    }

    /// Empties index slot `i`, shifting the rest of its run back so every key stays reachable
    /// from its home slot.
    unsafe fn remove_slot(&mut self, i: usize) {
        let mask = self.mask;
        let mut hole = i;
        let mut j = (i + 1) & mask;
        loop {
            let s = *self.index.add(j);
            if s == 0 {
                break;
            }
            let home = (s >> 32) as usize & mask;
            // s may fill the hole when its home is not cyclically inside (hole, j].
            if (j.wrapping_sub(home) & mask) >= (j.wrapping_sub(hole) & mask) {
                *self.index.add(hole) = s;
                hole = j;
            }
            j = (j + 1) & mask;
        }
        *self.index.add(hole) = 0;
    }
}

// ---------------------------------------------------------------------------------------------
// Zero values for absent keys

/// mapaccess of an absent key returns a pointer to zeroed memory of the value's size: this
/// buffer, or for bigger values a larger zeroed Go-heap area (never written, never freed).
#[repr(C, align(16))]
struct ZeroBuf([u8; 1024]);
static ZERO: ZeroBuf = ZeroBuf([0; 1024]);
/// (address, size) of the biggest zero area handed out so far beyond ZERO.
static BIG_ZERO: Mutex<(usize, usize)> = Mutex::new((0, 0));

fn zero_area(size: usize) -> *const u8 {
    if size <= ZERO.0.len() {
        return ZERO.0.as_ptr();
    }
    let mut big = BIG_ZERO.lock().unwrap_or_else(|e| e.into_inner());
    if big.1 < size {
        // Never written, so it needs no collector: system memory.
        let lay = Layout::from_size_align(size, 16).unwrap_or_else(|_| out_of_memory(size));
        // SAFETY: lay has a non-zero size (size > 1024).
        let p = unsafe { alloc_zeroed(lay) };
        if p.is_null() {
            out_of_memory(size);
        }
        *big = (p as usize, size);
    }
    big.0 as *const u8
}

// ---------------------------------------------------------------------------------------------
// Entry points

/// `make(map[K]V, hint)`. A hint <= 0 (or absurdly large: Go ignores those too) allocates
/// nothing up front.
///
/// # Safety
/// `t` must be a Map descriptor with valid `key` and `elem`.
#[no_mangle]
pub unsafe extern "C" fn deferc_makemap(t: *const Type, hint: i64) -> *mut u8 {
    let t = &*t;
    let kt = &*t.key;
    let vt = &*t.elem;
    let ka = (kt.align as usize).max(1);
    let va = (vt.align as usize).max(1);
    let val_off = round_up(kt.size, va);
    let align = ka.max(va).max(4);
    let stride = round_up(val_off + vt.size, align).max(align);
    let class = if kt.kind() == Kind::String {
        KEY_STR
    } else if is_mem_key(kt) {
        KEY_MEM
    } else {
        KEY_GENERIC
    };
    let m = crate::alloc::alloc_typed(std::mem::size_of::<Map>(), 8, &MAP_HEADER.0) as *mut Map;
    m.write(Map {
        count: 0,
        entries: std::ptr::null_mut(),
        index: std::ptr::null_mut(),
        mask: 0,
        cap: 0,
        len: 0,
        free: 0,
        stride,
        val_off,
        key_size: kt.size,
        val_size: vt.size,
        align: align.max(8),
        key_t: kt,
        val_t: vt,
        seed: fastrand(),
        class,
    });
    if hint > MIN_CAP as i64 && hint <= MAX_HINT_CAP as i64 {
        // A fresh map owns no old tables.
        let _ = (*m).grow_to((hint as usize).next_power_of_two());
    }
    m as *mut u8
}

/// `len(m)`; 0 for a nil map.
///
/// # Safety
/// `m` must be null or a map from `deferc_makemap`.
#[no_mangle]
pub unsafe extern "C" fn deferc_maplen(m: *const u8) -> i64 {
    if m.is_null() {
        0
    } else {
        (*(m as *const Map)).count
    }
}

/// `m[key]`: a pointer to the value, or to zeroed memory when the key is absent (nil map
/// included). Valid until the next insertion into `m`.
///
/// # Safety
/// `t` must be the map's descriptor, `m` null or a map of that type, `key` a valid key value.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapaccess1(
    t: *const Type,
    m: *const u8,
    key: *const u8,
) -> *const u8 {
    deferc_mapaccess2(t, m, key).val
}

/// `v, ok := m[key]`.
///
/// # Safety
/// As for `deferc_mapaccess1`.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapaccess2(
    t: *const Type,
    m: *const u8,
    key: *const u8,
) -> MapAccess {
    if !m.is_null() {
        let m = &*(m as *const Map);
        if let Some(pos) = m.lookup(key) {
            return MapAccess {
                val: m.entry(pos).add(m.val_off),
                ok: 1,
            };
        }
    }
    MapAccess {
        val: zero_area((*(*t).elem).size),
        ok: 0,
    }
}

/// `m[key] = …`: the address where the caller stores the value; an absent key is inserted
/// with a zero value first. For key types whose `==` does not mean equal bytes (floats,
/// strings, interfaces…) an existing entry's key is overwritten with `key`, as Go does
/// (`m[0.0] = 1; m[math.Copysign(0, -1)] = 2` leaves the key -0). Valid until the next
/// insertion into `m`.
///
/// # Safety
/// `m` must be a non-nil map of type `t` (codegen raises Go's nil-map error before calling);
/// `key` a valid key value (it may point into `m`'s own entries).
#[no_mangle]
pub unsafe extern "C" fn deferc_mapassign(t: *const Type, m: *mut u8, key: *const u8) -> *mut u8 {
    let _ = t;
    let m = &mut *(m as *mut Map);
    let h = m.hash(key);
    if !m.index.is_null() {
        let (slot, found) = m.find(key, h);
        if let Some(pos) = found {
            let e = m.entry(pos);
            if m.class != KEY_MEM && !std::ptr::eq(e, key) {
                std::ptr::copy_nonoverlapping(key, e, m.key_size);
            }
            return e.add(m.val_off);
        }
        if m.free != 0 || m.len < m.cap {
            return m.insert_at(slot, key, h);
        }
    }
    let old = m.grow_to((m.cap * 2).max(MIN_CAP));
    let (slot, _) = m.find(key, h);
    let v = m.insert_at(slot, key, h);
    // The old entries stay alive until here (the key may point into them); after this they
    // are garbage for the collector.
    std::hint::black_box(old);
    v
}

/// `delete(m, key)`: a no-op for a nil map or an absent key.
///
/// # Safety
/// `m` must be null or a map of type `t`; `key` a valid key value.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapdelete(t: *const Type, m: *mut u8, key: *const u8) {
    let _ = t;
    if m.is_null() {
        return;
    }
    let m = &mut *(m as *mut Map);
    if m.count == 0 {
        return;
    }
    let (slot, found) = m.find(key, m.hash(key));
    let Some(pos) = found else {
        return;
    };
    m.remove_slot(slot);
    *m.ctrl(pos) = 0;
    m.count -= 1;
    if m.count == 0 {
        // Every position is free: start over at position 0 (iterators skip positions >= len).
        m.len = 0;
        m.free = 0;
    } else {
        (m.entry(pos) as *mut u32).write_unaligned(m.free as u32);
        m.free = pos + 1;
    }
}

/// Removes every entry (Go's mapclear, for `for k := range m { delete(m, k) }`). Keeps the
/// tables for reuse.
///
/// # Safety
/// `m` must be null or a map of type `t`.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapclear(t: *const Type, m: *mut u8) {
    let _ = t;
    if m.is_null() {
        return;
    }
    let m = &mut *(m as *mut Map);
    if !m.index.is_null() {
        std::ptr::write_bytes(m.index, 0, m.mask + 1);
    }
    m.count = 0;
    m.len = 0;
    m.free = 0;
}

/// Starts `range m`: fills `*it` and positions it on the first entry (`it.key` null if none).
///
/// # Safety
/// `m` must be null or a map of type `t`; `it` must point at 64 writable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapiterinit(t: *const Type, m: *const u8, it: *mut MapIter) {
    let _ = t;
    let mut i = MapIter {
        key: std::ptr::null(),
        val: std::ptr::null(),
        m: std::ptr::null_mut(),
        pos: 0,
        end: 0,
        start: 0,
        phase: 0,
        _reserved: 0,
    };
    if !m.is_null() && (*(m as *const Map)).count > 0 {
        let n0 = (*(m as *const Map)).len;
        let r = (fastrand() % n0 as u64) as usize;
        i.m = m as *mut Map;
        i.pos = r;
        i.end = n0;
        i.start = r;
        i.phase = 1;
    }
    it.write(i);
    deferc_mapiternext(it);
}

/// Advances `it` to the next entry; `it.key` becomes null at the end (and stays null).
///
/// # Safety
/// `it` must have been set up by `deferc_mapiterinit` (its map is still alive: maps are never
/// freed).
#[no_mangle]
pub unsafe extern "C" fn deferc_mapiternext(it: *mut MapIter) {
    let it = &mut *it;
    loop {
        if it.pos >= it.end {
            if it.phase == 1 {
                it.phase = 2;
                it.pos = 0;
                it.end = it.start;
                continue;
            }
            it.phase = 0;
            it.key = std::ptr::null();
            it.val = std::ptr::null();
            return;
        }
        let p = it.pos;
        it.pos += 1;
        let m = &*it.m;
        if p < m.len && *m.ctrl(p) != 0 {
            let e = m.entry(p);
            it.key = e;
            it.val = e.add(m.val_off);
            return;
        }
    }
}

/// Whether a Go value of type `t` can be compared at all (slices, maps and funcs cannot).
pub(crate) fn comparable(t: &Type) -> bool {
    match t.kind() {
        Kind::Slice | Kind::Map | Kind::Func => false,
        // SAFETY: array descriptors carry their element type.
        Kind::Array => comparable(unsafe { &*t.elem }),
        // SAFETY: field descriptors carry their type.
        Kind::Struct => t.fields().iter().all(|f| comparable(unsafe { &*f.typ })),
        _ => true,
    }
}

fn contains_interface(t: &Type) -> bool {
    match t.kind() {
        Kind::Interface => true,
        // SAFETY: array descriptors carry their element type.
        Kind::Array => t.len > 0 && contains_interface(unsafe { &*t.elem }),
        // SAFETY: field descriptors carry their type.
        Kind::Struct => t
            .fields()
            .iter()
            .any(|f| contains_interface(unsafe { &*f.typ })),
        _ => false,
    }
}

/// The first dynamic type met while hashing the value of `t` at `p` (in Go's hashing order)
/// that cannot be hashed, or null.
unsafe fn unhashable(t: &Type, p: *const u8) -> *const Type {
    match t.kind() {
        Kind::Interface => {
            let e = (p as *const Eface).read_unaligned();
            if e.typ.is_null() {
                return std::ptr::null();
            }
            let dt = &*e.typ;
            if !comparable(dt) {
                e.typ
            } else if dt.is_direct() {
                std::ptr::null()
            } else {
                unhashable(dt, e.data)
            }
        }
        Kind::Array if contains_interface(t) => {
            let et = &*t.elem;
            for i in 0..t.len {
                let r = unhashable(et, p.add(i * et.size));
                if !r.is_null() {
                    return r;
                }
            }
            std::ptr::null()
        }
        Kind::Struct if contains_interface(t) => {
            for f in t.fields() {
                if !is_blank(f) {
                    let r = unhashable(&*f.typ, p.add(f.offset));
                    if !r.is_null() {
                        return r;
                    }
                }
            }
            std::ptr::null()
        }
        _ => std::ptr::null(),
    }
}

/// For keys whose type contains an interface: null if `key` can be hashed, else the dynamic
/// type Go's "runtime error: hash of unhashable type T" names (codegen raises it, before any
/// access, assignment or delete, nil map included).
///
/// # Safety
/// `t` must be a Map descriptor and `key` a valid value of its key type.
#[no_mangle]
pub unsafe extern "C" fn deferc_mapkeyunhashable(t: *const Type, key: *const u8) -> *const Type {
    unhashable(&*(*t).key, key)
}

// ---------------------------------------------------------------------------------------------
// For fmt

/// A copy of every entry of a map (fmt prints from it, so String methods that the printing
/// calls cannot disturb it even if they modify the map). Entry `i` is at `i * stride`.
pub struct Snapshot {
    buf: Vec<u64>,
    pub n: usize,
    pub stride: usize,
    pub val_off: usize,
}

impl Snapshot {
    pub fn key(&self, i: usize) -> *const u8 {
        // SAFETY: i < n entries of stride bytes are in buf.
        unsafe { (self.buf.as_ptr() as *const u8).add(i * self.stride) }
    }
    pub fn val(&self, i: usize) -> *const u8 {
        // SAFETY: as in key.
        unsafe { self.key(i).add(self.val_off) }
    }
}

/// Copies the entries of map `m` (non-null, of type `t`) in iteration order.
///
/// # Safety
/// `t` must be `m`'s map descriptor.
pub unsafe fn snapshot(t: *const Type, m: *const u8) -> Snapshot {
    let t = &*t;
    let (ksize, vsize) = ((*t.key).size, (*t.elem).size);
    let va = ((*t.elem).align as usize).clamp(1, 8);
    let val_off = round_up(ksize, va);
    let stride = round_up(val_off + vsize, 8).max(8);
    let n = deferc_maplen(m) as usize;
    let mut buf = vec![0u64; n * stride / 8];
    let base = buf.as_mut_ptr() as *mut u8;
    let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
    deferc_mapiterinit(t, m, it.as_mut_ptr());
    let it = it.assume_init_mut();
    let mut i = 0;
    while !it.key.is_null() && i < n {
        std::ptr::copy_nonoverlapping(it.key, base.add(i * stride), ksize);
        std::ptr::copy_nonoverlapping(it.val, base.add(i * stride + val_off), vsize);
        i += 1;
        deferc_mapiternext(it);
    }
    Snapshot {
        buf,
        n: i,
        stride,
        val_off,
    }
}

#[cfg(test)]
#[path = "map_tests.rs"]
mod tests;
