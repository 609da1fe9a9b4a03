//! Tests of map.rs: Go's map semantics (growth, iteration during writes, NaN keys, clear).

use super::*;
use crate::types::StructField;
use std::collections::HashSet;

fn leak<T: 'static>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn gs(s: &[u8]) -> GoString {
    // A fresh copy, so equal strings never share a pointer.
    let b: &'static [u8] = Box::leak(s.to_vec().into_boxed_slice());
    GoString {
        ptr: if b.is_empty() {
            std::ptr::null()
        } else {
            b.as_ptr()
        },
        len: b.len(),
    }
}

fn ty(kind: Kind, name: &str, size: usize, align: u8) -> Type {
    // A fresh copy of the name, so equal names never share a pointer.
    let name: &'static [u8] = Box::leak(name.as_bytes().to_vec().into_boxed_slice());
    Type::new(kind, size, align, 0, name)
}

fn basic(k: Kind, name: &str, size: usize) -> &'static Type {
    leak(ty(k, name, size, size.clamp(1, 8) as u8))
}

fn array_of(elem: &'static Type, n: usize) -> &'static Type {
    let mut t = ty(Kind::Array, "[n]T", elem.size * n, elem.align);
    t.elem = elem;
    t.len = n;
    leak(t)
}

fn struct_of(size: usize, fields: &[(&str, &'static Type, usize)]) -> &'static Type {
    let fs: Vec<StructField> = fields
        .iter()
        .map(|&(n, ft, off)| StructField {
            name: gs(n.as_bytes()),
            typ: ft,
            offset: off,
            embedded: 0,
            tag: GoString::EMPTY,
        })
        .collect();
    let align = fields.iter().map(|f| f.1.align).max().unwrap_or(1);
    let mut t = ty(Kind::Struct, "struct", size, align);
    t.nfields = fs.len();
    t.fields = Box::leak(fs.into_boxed_slice()).as_ptr();
    leak(t)
}

fn map_of(k: &'static Type, v: &'static Type) -> &'static Type {
    let mut t = ty(Kind::Map, "map", 8, 8);
    t.key = k;
    t.elem = v;
    leak(t)
}

fn int_t() -> &'static Type {
    basic(Kind::Int, "int", 8)
}

fn new(t: &Type, hint: i64) -> *mut u8 {
    // SAFETY: t is a valid map descriptor.
    unsafe { deferc_makemap(t, hint) }
}

fn set<K, V>(t: &Type, m: *mut u8, k: K, v: V) {
    // SAFETY: t describes K -> V maps; the slot has room for a V.
    unsafe { (deferc_mapassign(t, m, &k as *const K as *const u8) as *mut V).write_unaligned(v) }
}

fn get<K, V: Copy>(t: &Type, m: *const u8, k: K) -> Option<V> {
    // SAFETY: as in set.
    let r = unsafe { deferc_mapaccess2(t, m, &k as *const K as *const u8) };
    // SAFETY: val points at a V (or at zeroed memory of at least its size).
    let v = unsafe { (r.val as *const V).read_unaligned() };
    // mapaccess1 agrees with mapaccess2.
    // SAFETY: as above.
    let v1 = unsafe { deferc_mapaccess1(t, m, &k as *const K as *const u8) };
    assert_eq!(v1, r.val);
    (r.ok != 0).then_some(v)
}

fn del<K>(t: &Type, m: *mut u8, k: K) {
    // SAFETY: as in set.
    unsafe { deferc_mapdelete(t, m, &k as *const K as *const u8) }
}

fn len(m: *const u8) -> usize {
    // SAFETY: m is null or a map.
    let n = unsafe { deferc_maplen(m) } as usize;
    if !m.is_null() {
        // The count is the first word (codegen may read it directly).
        // SAFETY: m is a map header.
        assert_eq!(unsafe { *(m as *const i64) } as usize, n);
    }
    n
}

/// Every (key, value) in iteration order, calling `body` after each one is read.
fn range<K: Copy, V: Copy>(t: &Type, m: *mut u8, mut body: impl FnMut(K, V)) -> Vec<(K, V)> {
    let mut out = Vec::new();
    let mut it = std::mem::MaybeUninit::<MapIter>::uninit();
    // SAFETY: 64 writable bytes; t describes K -> V.
    unsafe {
        deferc_mapiterinit(t, m, it.as_mut_ptr());
        let it = it.assume_init_mut();
        while !it.key.is_null() {
            let k = (it.key as *const K).read_unaligned();
            let v = (it.val as *const V).read_unaligned();
            out.push((k, v));
            body(k, v);
            deferc_mapiternext(it);
        }
        // Stays at the end.
        deferc_mapiternext(it);
        assert!(it.key.is_null());
    }
    out
}

fn all<K: Copy, V: Copy>(t: &Type, m: *mut u8) -> Vec<(K, V)> {
    range(t, m, |_: K, _: V| {})
}

/// Bytes the map occupies: header, entries (with control bytes) and index.
fn footprint(m: *const u8) -> usize {
    // SAFETY: m is a map.
    let m = unsafe { &*(m as *const Map) };
    let ents = if m.entries.is_null() {
        0
    } else {
        m.cap * (m.stride + 1)
    };
    let idx = if m.index.is_null() {
        0
    } else {
        8 * (m.mask + 1)
    };
    std::mem::size_of::<Map>() + ents + idx
}

#[test]
fn int_int() {
    let t = map_of(int_t(), int_t());
    let m = new(t, 0);
    assert_eq!(len(m), 0);
    assert_eq!(get::<i64, i64>(t, m, 1), None);
    for i in 0..1000i64 {
        set(t, m, i * 7, i);
    }
    assert_eq!(len(m), 1000);
    for i in 0..1000i64 {
        assert_eq!(get(t, m, i * 7), Some(i));
        assert_eq!(get::<i64, i64>(t, m, i * 7 + 1), None);
    }
    // Overwrite, then delete the even keys (twice: the second is a no-op).
    for i in 0..1000i64 {
        set(t, m, i * 7, -i);
    }
    assert_eq!(len(m), 1000);
    for _ in 0..2 {
        for i in (0..1000i64).step_by(2) {
            del(t, m, i * 7);
        }
    }
    assert_eq!(len(m), 500);
    for i in 0..1000i64 {
        let want = (i % 2 == 1).then_some(-i);
        assert_eq!(get(t, m, i * 7), want);
    }
    let mut seen: Vec<(i64, i64)> = all(t, m);
    seen.sort();
    let want: Vec<(i64, i64)> = (0..1000i64)
        .filter(|i| i % 2 == 1)
        .map(|i| (i * 7, -i))
        .collect();
    assert_eq!(seen, want);
    // Deleted positions are reused: churning does not grow the table.
    let fp = footprint(m);
    for round in 0..50i64 {
        for i in 0..400i64 {
            set(t, m, 1_000_000 + round * 1000 + i, i);
        }
        for i in 0..400i64 {
            del(t, m, 1_000_000 + round * 1000 + i);
        }
    }
    assert_eq!(len(m), 500);
    assert_eq!(footprint(m), fp);
    // Deleting everything resets the positions.
    for i in (1..1000i64).step_by(2) {
        del(t, m, i * 7);
    }
    assert_eq!(len(m), 0);
    assert!(all::<i64, i64>(t, m).is_empty());
    set(t, m, 5i64, 6i64);
    assert_eq!(all::<i64, i64>(t, m), vec![(5, 6)]);
}

#[test]
fn nil_map() {
    let t = map_of(int_t(), int_t());
    let m = std::ptr::null_mut();
    assert_eq!(len(m), 0);
    assert_eq!(get::<i64, i64>(t, m, 3), None);
    del(t, m, 3i64);
    // SAFETY: clearing a nil map is a no-op.
    unsafe { deferc_mapclear(t, m) };
    assert!(all::<i64, i64>(t, m).is_empty());
}

#[test]
fn small_keys_and_values() {
    // map[bool]int8, map[int8]struct{}, map[struct{}]int16: strides below 4 bytes.
    let bool_t = basic(Kind::Bool, "bool", 1);
    let i8_t = basic(Kind::Int8, "int8", 1);
    let empty = struct_of(0, &[]);
    let t = map_of(bool_t, i8_t);
    let m = new(t, 0);
    set(t, m, 1u8, 5i8);
    set(t, m, 0u8, -5i8);
    set(t, m, 1u8, 6i8);
    assert_eq!(
        (len(m), get(t, m, 1u8), get(t, m, 0u8)),
        (2, Some(6i8), Some(-5i8))
    );
    del(t, m, 0u8);
    assert_eq!(all::<u8, i8>(t, m), vec![(1, 6)]);
    let t = map_of(i8_t, empty);
    let m = new(t, 0);
    for i in -128..=127i8 {
        set(t, m, i, ());
    }
    for i in (-128..=127i8).step_by(3) {
        del(t, m, i);
    }
    assert_eq!(len(m), 256 - 86);
    assert_eq!(get::<i8, ()>(t, m, -127), Some(()));
    assert_eq!(get::<i8, ()>(t, m, -128), None);
    let t = map_of(empty, basic(Kind::Int16, "int16", 2));
    let m = new(t, 0);
    set(t, m, (), 7i16);
    set(t, m, (), 8i16);
    assert_eq!((len(m), get(t, m, ())), (1, Some(8i16)));
}

#[test]
fn string_keys() {
    let str_t = basic(Kind::String, "string", 16);
    let t = map_of(str_t, int_t());
    let m = new(t, 0);
    let words: Vec<String> = (0..300)
        .map(|i| "w".repeat(i % 40) + &i.to_string())
        .collect();
    for (i, w) in words.iter().enumerate() {
        set(t, m, gs(w.as_bytes()), i as i64);
    }
    set(t, m, GoString::EMPTY, -1i64);
    assert_eq!(len(m), 301);
    // Lookups with other copies of the same bytes.
    for (i, w) in words.iter().enumerate() {
        assert_eq!(get(t, m, gs(w.as_bytes())), Some(i as i64));
    }
    assert_eq!(get(t, m, gs(b"")), Some(-1i64));
    assert_eq!(get::<GoString, i64>(t, m, gs(b"nope")), None);
    del(t, m, gs(words[7].as_bytes()));
    assert_eq!(get::<GoString, i64>(t, m, gs(words[7].as_bytes())), None);
    assert_eq!(len(m), 300);
}

#[test]
fn float_keys() {
    let f64_t = basic(Kind::Float64, "float64", 8);
    let str_t = basic(Kind::String, "string", 16);
    let t = map_of(f64_t, str_t);
    let m = new(t, 0);
    let nan = f64::NAN;
    // m[NaN] = "a"; m[NaN] = "b": two entries, neither findable nor deletable.
    set(t, m, nan, gs(b"a"));
    set(t, m, nan, gs(b"b"));
    assert_eq!(len(m), 2);
    assert!(get::<f64, GoString>(t, m, nan).is_none());
    del(t, m, nan);
    assert_eq!(len(m), 2);
    // +0 and -0 are one key; assigning through -0 stores -0 as the key (Go does too:
    // m[0] = 2; m[math.Copysign(0, -1)] = 3; fmt.Println(m) prints map[NaN:… NaN:… -0:3]).
    set(t, m, 0.0f64, gs(b"p"));
    set(t, m, -0.0f64, gs(b"n"));
    assert_eq!(len(m), 3);
    // SAFETY: values are strings made by gs.
    let v = get::<f64, GoString>(t, m, 0.0).map(|s| unsafe { s.as_bytes() });
    assert_eq!(v, Some(&b"n"[..]));
    let zs: Vec<u64> = all::<f64, GoString>(t, m)
        .iter()
        .filter(|(k, _)| !k.is_nan())
        .map(|(k, _)| k.to_bits())
        .collect();
    assert_eq!(zs, vec![(-0.0f64).to_bits()]);
    assert_eq!(
        all::<f64, GoString>(t, m)
            .iter()
            .filter(|(k, _)| k.is_nan())
            .count(),
        2
    );
    // Many NaNs do not make the table quadratic (they hash randomly).
    for _ in 0..20_000 {
        set(t, m, nan, gs(b"x"));
    }
    assert_eq!(len(m), 20_003);
    del(t, m, 0.0f64);
    assert_eq!(len(m), 20_002);
    // Only clear removes NaNs.
    // SAFETY: m is a map of type t.
    unsafe { deferc_mapclear(t, m) };
    assert_eq!(len(m), 0);
    assert!(all::<f64, GoString>(t, m).is_empty());
    set(t, m, 1.5f64, gs(b"z"));
    assert_eq!(len(m), 1);
    // float32 keys too.
    let f32_t = basic(Kind::Float32, "float32", 4);
    let t = map_of(f32_t, int_t());
    let m = new(t, 0);
    set(t, m, -0.0f32, 1i64);
    set(t, m, 0.0f32, 2i64);
    set(t, m, f32::NAN, 3i64);
    assert_eq!((len(m), get(t, m, -0.0f32)), (2, Some(2i64)));
}

#[test]
fn array_keys() {
    // map[[2]int]bool
    let t = map_of(array_of(int_t(), 2), basic(Kind::Bool, "bool", 1));
    let m = new(t, 0);
    for a in 0..30i64 {
        for b in 0..30i64 {
            set(t, m, [a, b], (a + b) % 2 == 0);
        }
    }
    assert_eq!(len(m), 900);
    assert_eq!(get(t, m, [3i64, 5i64]), Some(true));
    assert_eq!(get(t, m, [3i64, 4i64]), Some(false));
    assert_eq!(get::<[i64; 2], bool>(t, m, [30, 0]), None);
    // Float arrays compare element-wise: [-0, 1] == [0, 1].
    let t = map_of(array_of(basic(Kind::Float64, "float64", 8), 2), int_t());
    let m = new(t, 0);
    set(t, m, [-0.0f64, 1.0], 1i64);
    set(t, m, [0.0f64, 1.0], 2i64);
    set(t, m, [f64::NAN, 1.0], 3i64);
    set(t, m, [f64::NAN, 1.0], 4i64);
    assert_eq!((len(m), get(t, m, [0.0f64, 1.0])), (3, Some(2i64)));
}

#[test]
fn struct_keys() {
    // struct { a int8; b int64; _ int32; s string }: padding after a, a blank field.
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct K {
        a: i8,
        pad: [u8; 7],
        b: i64,
        blank: i32,
        pad2: u32,
        s: GoString,
    }
    let kt = struct_of(
        40,
        &[
            ("a", basic(Kind::Int8, "int8", 1), 0),
            ("b", int_t(), 8),
            ("_", basic(Kind::Int32, "int32", 4), 16),
            ("s", basic(Kind::String, "string", 16), 24),
        ],
    );
    assert!(!is_mem_key(kt));
    let t = map_of(kt, int_t());
    let m = new(t, 0);
    let k = |a, b, junk: u8, s: &[u8]| K {
        a,
        pad: [junk; 7],
        b,
        blank: junk as i32,
        pad2: junk as u32,
        s: gs(s),
    };
    set(t, m, k(1, 2, 0, b"x"), 10i64);
    set(t, m, k(1, 2, 0xAA, b"x"), 11i64); // same key: padding and `_` do not count
    set(t, m, k(1, 3, 0, b"x"), 12i64);
    set(t, m, k(1, 2, 0, b"y"), 13i64);
    assert_eq!(len(m), 3);
    assert_eq!(get(t, m, k(1, 2, 0x55, b"x")), Some(11i64));
    del(t, m, k(1, 3, 9, b"x"));
    assert_eq!(len(m), 2);
    // A padding-free struct of integers is a memory key.
    let pt = struct_of(16, &[("X", int_t(), 0), ("Y", int_t(), 8)]);
    assert!(is_mem_key(pt));
    let t = map_of(pt, int_t());
    let m = new(t, 0);
    set(t, m, [1i64, 2], 3i64);
    set(t, m, [2i64, 1], 4i64);
    assert_eq!((len(m), get(t, m, [1i64, 2])), (2, Some(3i64)));
}

#[test]
fn interface_keys() {
    let any_t = leak(ty(Kind::Interface, "interface {}", 16, 8));
    let i = int_t();
    let i64_t = basic(Kind::Int64, "int64", 8);
    let s = basic(Kind::String, "string", 16);
    let f = basic(Kind::Float64, "float64", 8);
    let arr = array_of(i, 2);
    let mut pt = ty(Kind::Pointer, "*int", 8, 8);
    pt.elem = i;
    let pt = leak(pt);
    let slice_t = leak(ty(Kind::Slice, "[]int", 24, 8));
    let mut mt = ty(Kind::Map, "map[int]int", 8, 8);
    mt.key = i;
    mt.elem = i;
    let mt = leak(mt);
    let holder = struct_of(16, &[("X", any_t, 0)]);
    let bad_struct = struct_of(24, &[("S", slice_t, 0)]);
    let e = |t: &'static Type, data: *const u8| Eface { typ: t, data };
    let boxed = |t: &'static Type, v: i64| e(t, leak(v) as *const i64 as *const u8);
    let nil = Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    };
    let target = leak(5i64) as *const i64 as *const u8;

    let t = map_of(any_t, i);
    let m = new(t, 0);
    let keys = [
        nil,
        boxed(i, 1),
        boxed(i64_t, 1), // a different dynamic type: a different key
        e(s, leak(gs(b"1")) as *const GoString as *const u8),
        e(arr, leak([1i64, 2]) as *const [i64; 2] as *const u8),
        e(pt, target), // pointer-shaped: data is the pointer itself
        e(holder, leak(boxed(i, 0)) as *const Eface as *const u8),
        e(f, leak(-0.0f64) as *const f64 as *const u8),
    ];
    for (n, k) in keys.iter().enumerate() {
        // SAFETY: every key is a valid eface of a comparable type.
        let r = unsafe { deferc_mapkeyunhashable(t, k as *const Eface as *const u8) };
        assert!(r.is_null());
        set(t, m, *k, n as i64);
    }
    assert_eq!(len(m), keys.len());
    // Equal keys built from separate copies of the values.
    assert_eq!(get(t, m, nil), Some(0i64));
    assert_eq!(get(t, m, boxed(i, 1)), Some(1i64));
    assert_eq!(get(t, m, boxed(i64_t, 1)), Some(2i64));
    assert_eq!(
        get(t, m, e(s, leak(gs(b"1")) as *const GoString as *const u8)),
        Some(3i64)
    );
    assert_eq!(
        get(
            t,
            m,
            e(arr, leak([1i64, 2]) as *const [i64; 2] as *const u8)
        ),
        Some(4i64)
    );
    assert_eq!(get(t, m, e(pt, target)), Some(5i64));
    assert_eq!(
        get::<Eface, i64>(t, m, e(pt, leak(5i64) as *const i64 as *const u8)),
        None
    );
    assert_eq!(
        get(t, m, e(f, leak(0.0f64) as *const f64 as *const u8)),
        Some(7i64)
    );
    assert_eq!(get::<Eface, i64>(t, m, boxed(i, 2)), None);
    let nan = e(f, leak(f64::NAN) as *const f64 as *const u8);
    set(t, m, nan, 8i64);
    set(t, m, nan, 9i64);
    assert_eq!(len(m), keys.len() + 2);
    assert_eq!(get::<Eface, i64>(t, m, nan), None);
    del(t, m, nil);
    del(t, m, boxed(i, 1));
    assert_eq!(len(m), keys.len());
    assert_eq!(get::<Eface, i64>(t, m, nil), None);
    assert_eq!(get(t, m, boxed(i64_t, 1)), Some(2i64));

    // Unhashable dynamic types: the type Go's message names.
    let unh = |k: Eface| {
        // SAFETY: k is a valid eface.
        unsafe { deferc_mapkeyunhashable(t, &k as *const Eface as *const u8) }
    };
    let sl = e(slice_t, leak([0u64; 3]) as *const [u64; 3] as *const u8);
    assert_eq!(unh(sl), slice_t as *const Type);
    assert_eq!(unh(e(mt, std::ptr::null())), mt as *const Type);
    let bs = e(bad_struct, leak([0u64; 3]) as *const [u64; 3] as *const u8);
    assert_eq!(unh(bs), bad_struct as *const Type);
    // struct{X any}{X: []int(nil)} hashes X: []int is named.
    let hs = e(holder, leak(sl) as *const Eface as *const u8);
    assert_eq!(unh(hs), slice_t as *const Type);
    // map[[2]any]int: the second element is checked too.
    let t2 = map_of(array_of(any_t, 2), i);
    let k2 = [boxed(i, 1), sl];
    // SAFETY: k2 is a valid [2]any.
    let r = unsafe { deferc_mapkeyunhashable(t2, &k2 as *const [Eface; 2] as *const u8) };
    assert_eq!(r, slice_t as *const Type);
    // Key types without interfaces are always hashable.
    let t3 = map_of(i, i);
    // SAFETY: a valid int key.
    assert!(unsafe { deferc_mapkeyunhashable(t3, &1i64 as *const i64 as *const u8) }.is_null());
}

#[test]
fn grows_to_a_million() {
    let t = map_of(int_t(), int_t());
    let m = new(t, 0);
    const N: i64 = 1_000_000;
    for i in 0..N {
        set(t, m, i.wrapping_mul(0x9E37_79B9), i);
    }
    assert_eq!(len(m), N as usize);
    for i in 0..N {
        assert_eq!(get(t, m, i.wrapping_mul(0x9E37_79B9)), Some(i));
    }
    let per_entry = footprint(m) as f64 / N as f64;
    eprintln!("map[int]int with {N} entries: {per_entry:.1} bytes/entry");
    assert!(per_entry < 40.0, "{per_entry}");
    let mut seen = vec![false; N as usize];
    for (_, v) in all::<i64, i64>(t, m) {
        assert!(!seen[v as usize]);
        seen[v as usize] = true;
    }
    assert!(seen.iter().all(|&b| b));
    // A hint preallocates: no growth up to it.
    let m = new(t, 1000);
    let fp = footprint(m);
    for i in 0..1000i64 {
        set(t, m, i, i);
    }
    assert_eq!(footprint(m), fp);
}

#[test]
fn delete_during_iteration() {
    let t = map_of(int_t(), int_t());
    for round in 0..20 {
        let m = new(t, 0);
        for i in 0..200i64 {
            set(t, m, i, i * 2);
        }
        let mut deleted = HashSet::new();
        let mut produced = HashSet::new();
        let out = range(t, m, |k: i64, v: i64| {
            assert_eq!(v, k * 2);
            assert!(!deleted.contains(&k), "deleted key {k} produced");
            assert!(produced.insert(k), "key {k} produced twice");
            // Delete the current key and a few others (some not reached yet).
            del(t, m, k);
            for d in [(k * 7 + round) % 200, (k + 1) % 200] {
                if deleted.insert(d) {
                    del(t, m, d);
                }
            }
            deleted.insert(k);
        });
        // Every key is either produced or was deleted before being reached.
        for i in 0..200 {
            assert!(produced.contains(&i) || deleted.contains(&i));
        }
        assert!(out.len() < 200);
        assert_eq!(len(m), 0);
    }
    // Delete everything at the first step: nothing else is produced.
    let m = new(t, 0);
    for i in 0..50i64 {
        set(t, m, i, i);
    }
    let out = range(t, m, |_: i64, _: i64| {
        for i in 0..50i64 {
            del(t, m, i);
        }
    });
    assert_eq!(out.len(), 1);
}

#[test]
fn insert_during_iteration() {
    let t = map_of(int_t(), int_t());
    for start in [1i64, 5, 8, 100] {
        let m = new(t, 0);
        for i in 0..start {
            set(t, m, i, i);
        }
        let mut produced = HashSet::new();
        let mut next = 1_000_000i64;
        let out = range(t, m, |k: i64, v: i64| {
            assert!(produced.insert(k), "key {k} produced twice");
            assert!(k == v);
            // Insert 50 new keys per step (growing the table under the iterator) and
            // update an existing one.
            for _ in 0..50 {
                set(t, m, next, next);
                next += 1;
            }
            set(t, m, k, k);
        });
        for i in 0..start {
            assert!(produced.contains(&i));
        }
        assert!(out.len() < 2 * start as usize + 50, "{}", out.len());
        assert_eq!(len(m), (start + (next - 1_000_000)) as usize);
    }
    // Delete and re-insert during iteration reuses positions; still terminates and
    // produces each entry at most once per position.
    let m = new(t, 0);
    for i in 0..64i64 {
        set(t, m, i, i);
    }
    let mut steps = 0;
    range(t, m, |k: i64, _: i64| {
        steps += 1;
        del(t, m, k);
        set(t, m, k + 1000, 0);
    });
    assert!(steps <= 128);
    assert_eq!(len(m), 64);
}

#[test]
fn clear_during_iteration() {
    let t = map_of(int_t(), int_t());
    let m = new(t, 0);
    for i in 0..100i64 {
        set(t, m, i, i);
    }
    let mut first = true;
    let out = range(t, m, |_: i64, _: i64| {
        if first {
            first = false;
            // SAFETY: m is a map of type t.
            unsafe { deferc_mapclear(t, m) };
            set(t, m, 500i64, 500i64);
        }
    });
    // Nothing from before the clear after the first; maybe the new key.
    assert!(out.len() == 1 || (out.len() == 2 && out[1].0 == 500));
    assert_eq!(len(m), 1);
    assert_eq!(get(t, m, 500i64), Some(500i64));
    assert_eq!(get::<i64, i64>(t, m, 5), None);
}

#[test]
fn order_is_randomized() {
    let t = map_of(int_t(), int_t());
    let m = new(t, 0);
    for i in 0..5i64 {
        set(t, m, i, i);
    }
    let orders: HashSet<Vec<i64>> = (0..200)
        .map(|_| all::<i64, i64>(t, m).iter().map(|e| e.0).collect())
        .collect();
    assert!(orders.len() >= 3, "{orders:?}");
    assert!(orders.iter().all(|o| o.len() == 5));
}

#[test]
fn big_values_and_aliasing_keys() {
    // Absent keys of a big value type read a zeroed area at least that big.
    let big = array_of(basic(Kind::Uint8, "uint8", 1), 5000);
    let t = map_of(int_t(), big);
    let m = new(t, 0);
    // SAFETY: valid key; the area has 5000 readable bytes.
    let z = unsafe {
        std::slice::from_raw_parts(
            deferc_mapaccess1(t, m, &1i64 as *const i64 as *const u8),
            5000,
        )
    };
    assert!(z.iter().all(|&b| b == 0));
    set(t, m, 1i64, [7u8; 5000]);
    assert_eq!(get::<i64, [u8; 5000]>(t, m, 1).map(|v| v[4999]), Some(7));

    // m[m[k]] = … where the key lives in the map's own entries and the insert grows it.
    let t = map_of(int_t(), int_t());
    let m = new(t, 0);
    for i in 0..8i64 {
        set(t, m, i, i + 100);
    }
    // SAFETY: key 3 is present; its value (103) is the new key, read during the insert.
    unsafe {
        let p = deferc_mapaccess1(t, m, &3i64 as *const i64 as *const u8);
        *(deferc_mapassign(t, m, p) as *mut i64) = 1;
    }
    assert_eq!((len(m), get(t, m, 103i64)), (9, Some(1i64)));
}
