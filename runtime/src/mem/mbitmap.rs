//! Heap bits: which words of the Go heap hold pointers (Go's mbitmap.go, one bit per word).
//!
//! The collector scans heap objects precisely. Every scan span keeps one bit per word of its
//! memory (`MSpan::heapbits`), set for a word that holds a pointer. Allocation writes an
//! object's bits from its type's pointer mask (`Type::gcdata`, emitted by the compiler for
//! every type it allocates), repeated every `Type::size` bytes for the elements of an array
//! allocation (`make([]T, n)`, append's growth, `new([4]T)`), and clears the rest of the slot:
//! a slot freed by sweep keeps its old object's bits until it is handed out again. Memory the
//! runtime lays out itself (a channel's header and buffer, a map's entries) is described part
//! by part (`or_heap_bits`). Noscan spans have no bits: their objects hold no pointers.
//!
//! So a word of a heap object that holds an integer, a float or a string's length never keeps
//! anything alive, and the collector reads only the words that can point (a string's bytes
//! pointer, not its length). Stacks, globals and the runtime's records outside the heap are
//! still scanned conservatively (mgc.rs says why).
//!
//! Invariant: the bits of an allocated object are exactly its type's pointer words. Sweep does
//! not touch them; allocation rewrites the whole slot's bits.

use super::span::MSpan;
use crate::types::Type;

/// Word `i` of the pointer mask of `typ`, 64 bits from bit `i` (zero beyond ptrdata).
///
/// # Safety
/// `typ.gcdata` has `typ.ptrdata / 8` bits.
unsafe fn mask_chunk(typ: &Type, i: usize) -> u64 {
    let n = typ.ptrdata / 8;
    if i >= n {
        return 0;
    }
    let take = (n - i).min(64);
    let mut m = 0u64;
    // i is a multiple of 64 in every caller, so the chunk starts on a byte.
    for b in 0..take.div_ceil(8) {
        m |= (*typ.gcdata.add(i / 8 + b) as u64) << (8 * b);
    }
    if take < 64 {
        m &= (1u64 << take) - 1;
    }
    m
}

/// ORs the 64 bits of `m` into `bits` from bit `at`.
#[inline]
fn or_word(bits: &mut [u64], at: usize, m: u64) {
    if m == 0 {
        return;
    }
    let (w, sh) = (at / 64, at % 64);
    bits[w] |= m << sh;
    if sh != 0 && m >> (64 - sh) != 0 {
        bits[w + 1] |= m >> (64 - sh);
    }
}

/// Sets (or clears) the `n` bits of `bits` from bit `at`.
fn fill_run(bits: &mut [u64], mut at: usize, mut n: usize, set: bool) {
    while n > 0 {
        let (w, sh) = (at / 64, at % 64);
        let take = (64 - sh).min(n);
        let m = if take == 64 {
            u64::MAX
        } else {
            ((1u64 << take) - 1) << sh
        };
        if set {
            bits[w] |= m;
        } else {
            bits[w] &= !m;
        }
        at += take;
        n -= take;
    }
}

impl MSpan {
    /// Writes the heap bits of the slot at `obj` for `size` bytes of values of type `typ`
    /// (one value, or an array of `size / typ.size` of them); the rest of the slot gets none.
    ///
    /// # Safety
    /// `obj` is a slot of this scan span just handed out; `typ` is a valid descriptor.
    #[inline]
    pub unsafe fn set_heap_bits(&mut self, obj: usize, size: usize, typ: &Type) {
        let n = self.elemsize / 8;
        if self.sizeclass() != 0 && n <= 64 && size == typ.size {
            // The common case, one small object: its slot's bits are at most two words, cleared
            // and set at once.
            let at = (obj - self.base) / 8;
            let m = mask_chunk(typ, 0);
            let slot = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
            let (w, sh) = (at / 64, at % 64);
            let bits = &mut self.heapbits;
            bits[w] = (bits[w] & !(slot << sh)) | (m << sh);
            if sh != 0 && sh + n > 64 {
                bits[w + 1] = (bits[w + 1] & !(slot >> (64 - sh))) | (m >> (64 - sh));
            }
            return;
        }
        self.clear_heap_bits(obj);
        let count = size.checked_div(typ.size).unwrap_or(0);
        self.or_heap_bits(obj, 0, typ, count, typ.size);
    }

    /// Clears the heap bits of the slot at `obj`, just handed out.
    #[inline]
    pub fn clear_heap_bits(&mut self, obj: usize) {
        if self.sizeclass() != 0 {
            // A small slot may hold a freed object's bits; a large object's span is new.
            fill_run(
                &mut self.heapbits,
                (obj - self.base) / 8,
                self.elemsize / 8,
                false,
            );
        }
    }

    /// Adds the pointer words of `count` values of type `typ` at `obj + off`, `stride` bytes
    /// apart, to the bits of the object at `obj`.
    ///
    /// # Safety
    /// As `set_heap_bits`; the values lie inside the slot; `off` and `stride` are multiples of 8.
    pub unsafe fn or_heap_bits(
        &mut self,
        obj: usize,
        off: usize,
        typ: &Type,
        count: usize,
        stride: usize,
    ) {
        let words = typ.ptrdata / 8;
        if words == 0 || count == 0 {
            return;
        }
        let at = (obj - self.base + off) / 8;
        let bits = &mut self.heapbits;
        if words == 1 && stride == 8 {
            // []*T, []map[K]V, ...: one run.
            fill_run(bits, at, count, true);
        } else if words <= 64 {
            let m = mask_chunk(typ, 0);
            for e in 0..count {
                or_word(bits, at + e * stride / 8, m);
            }
        } else {
            for e in 0..count {
                for i in (0..words).step_by(64) {
                    or_word(bits, at + e * stride / 8 + i, mask_chunk(typ, i));
                }
            }
        }
    }

    /// Calls `f` with the address of every pointer word of the object at `obj`.
    ///
    /// # Safety
    /// `obj` is an allocated object of this scan span.
    #[inline]
    pub unsafe fn for_each_pointer(&self, obj: usize, f: impl FnMut(usize)) {
        self.walk_bits(obj, obj + self.elemsize, f);
    }

    /// Calls `f` with the address of every pointer word in [lo, hi) (a part of this span,
    /// word-aligned, across object boundaries): how the write barrier's page copies are read.
    /// Nothing for a noscan span.
    ///
    /// # Safety
    /// [lo, hi) lies inside this span.
    pub unsafe fn for_each_pointer_word(&self, lo: usize, hi: usize, f: impl FnMut(usize)) {
        if !self.noscan() {
            self.walk_bits(lo, hi, f);
        }
    }

    /// The heap bits of [lo, hi) (inside this scan span), a bitmap word at a time.
    #[inline]
    fn walk_bits(&self, lo: usize, hi: usize, mut f: impl FnMut(usize)) {
        let mut i = (lo - self.base) / 8;
        let end = (hi - self.base) / 8;
        while i < end {
            let (w, sh) = (i / 64, i % 64);
            let take = (64 - sh).min(end - i);
            let mut m = self.heapbits[w] >> sh;
            if take < 64 {
                m &= (1u64 << take) - 1;
            }
            while m != 0 {
                let tz = m.trailing_zeros() as usize;
                m &= m - 1;
                f(self.base + (i + tz) * 8);
            }
            i += take;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::span::span_class;
    use super::*;
    use crate::types::Kind;

    fn words_of(s: &MSpan, obj: usize) -> Vec<usize> {
        let mut v = Vec::new();
        // SAFETY: test spans own no memory; for_each_pointer only reads the bits.
        unsafe { s.for_each_pointer(obj, |p| v.push((p - obj) / 8)) };
        v
    }

    #[test]
    fn masks_repeat_per_element_and_slots_are_cleared() {
        // Class 5 (48-byte slots), scan.
        let mut s = MSpan::new(0x00c0_0000_0000, 1, span_class(5, false));
        let str_t = Type::new(Kind::String, 16, 8, 0, b"string");
        let obj = s.base + 48;
        // SAFETY: obj is a slot of s; the descriptors are valid.
        unsafe { s.set_heap_bits(obj, 48, &str_t) };
        assert_eq!(words_of(&s, obj), vec![0, 2, 4]);
        // Reused for an interface: the old bits go.
        let mut iface = Type::new(Kind::Interface, 16, 8, 0, b"any");
        unsafe { s.set_heap_bits(obj, 16, &iface) };
        assert_eq!(words_of(&s, obj), vec![0, 1]);
        // The neighbours are untouched.
        assert_eq!(words_of(&s, s.base), Vec::<usize>::new());
        assert_eq!(words_of(&s, obj + 48), Vec::<usize>::new());
        // A struct { a int; p *T; b [70]int; q *T }: a mask over 73 words.
        let mask: [u8; 10] = {
            let mut m = [0u8; 10];
            m[0] = 0b10;
            m[72 / 8] |= 1 << (72 % 8);
            m
        };
        iface.size = 73 * 8;
        iface.ptrdata = 73 * 8;
        iface.gcdata = mask.as_ptr();
        let mut big = MSpan::new(0x00c0_0010_0000, 2, span_class(0, false));
        unsafe { big.set_heap_bits(big.base, 2 * 73 * 8, &iface) };
        assert_eq!(words_of(&big, big.base), vec![1, 72, 74, 145]);
    }

    /// One small object whose slot's bits straddle two bitmap words (the fast path): its own
    /// bits are exactly its mask, its neighbours' bits stay.
    #[test]
    fn one_object_across_bitmap_words() {
        // Class 5 (48-byte slots, 6 words): slot 10 covers words 60..66.
        let mut s = MSpan::new(0x00c0_0000_0000, 1, span_class(5, false));
        let words = Type::new(Kind::Interface, 16, 8, 0, b"any");
        let mask = [0b10_0101u8];
        let t = Type {
            size: 48,
            ptrdata: 48,
            gcdata: mask.as_ptr(),
            ..Type::new(Kind::Struct, 48, 8, 0, b"T")
        };
        let (a, b, c) = (s.base + 9 * 48, s.base + 10 * 48, s.base + 11 * 48);
        // SAFETY: slots of s; the descriptors are valid.
        unsafe {
            s.set_heap_bits(a, 16, &words);
            s.set_heap_bits(c, 16, &words);
            s.set_heap_bits(b, 48, &words);
            s.set_heap_bits(b, 48, &t);
        }
        assert_eq!(words_of(&s, b), vec![0, 2, 5]);
        assert_eq!(words_of(&s, a), vec![0, 1]);
        assert_eq!(words_of(&s, c), vec![0, 1]);
    }

    #[test]
    fn runs_cross_bitmap_words() {
        let mut s = MSpan::new(0x00c0_0000_0000, 1, span_class(0, false));
        let p = Type::new(Kind::Pointer, 8, 8, 0, b"*int");
        // SAFETY: as above.
        unsafe { s.or_heap_bits(s.base, 8 * 60, &p, 10, 8) };
        assert_eq!(words_of(&s, s.base), (60..70).collect::<Vec<_>>());
    }
}
