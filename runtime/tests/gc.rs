//! The collector on a heap of its own: this test binary runs one test on one thread, so the
//! world is stopped whenever the test says so (the library's unit tests allocate from many
//! threads at once and cannot collect).

use deferc_runtime::mem::mgc::collect;
use deferc_runtime::mem::{find_object, mallocgc};
use deferc_runtime::types::{Kind, StaticType, Type};

/// A list node in the Go heap: {next, payload, value}.
#[repr(C)]
struct Node {
    next: *mut Node,
    payload: *mut u64,
    value: u64,
}

/// Node's descriptor: `next` and `payload` are pointers, `value` is not.
static NODE: StaticType = StaticType(Type {
    ptrdata: 16,
    gcdata: [0b11u8].as_ptr(),
    ..Type::new(Kind::Struct, 24, 8, 0, b"Node")
});

/// A word that may hold any pointer.
static WORD: StaticType = StaticType(Type::new(Kind::UnsafePointer, 8, 8, 0, b""));

const NOSCAN: Option<&Type> = None;

fn new_node(next: *mut Node, value: u64) -> *mut Node {
    let n = mallocgc(std::mem::size_of::<Node>(), 8, Some(&NODE.0)) as *mut Node;
    let payload = mallocgc(24, 8, NOSCAN) as *mut u64;
    // SAFETY: fresh objects of the right sizes.
    unsafe {
        *payload = value * 3;
        n.write(Node {
            next,
            payload,
            value,
        });
    }
    n
}

fn list(n: u64) -> *mut Node {
    let mut head = std::ptr::null_mut();
    for i in 0..n {
        head = new_node(head, i);
    }
    head
}

fn range_of<T>(x: &T) -> (usize, usize) {
    let p = x as *const T as usize;
    (p, p + std::mem::size_of::<T>())
}

#[test]
fn collection() {
    // Roots live outside the Go heap: a boxed array of words.
    let mut roots: Box<[usize; 4]> = Box::new([0; 4]);
    let kept = list(1000);
    roots[0] = kept as usize;
    // Garbage: lists nothing points to, and a large object.
    let mut garbage = Vec::new();
    for _ in 0..20 {
        let g = list(500);
        garbage.push(g as usize);
    }
    let big = mallocgc(1 << 20, 8, NOSCAN) as usize;
    // An interior pointer keeps its object.
    let inner = mallocgc(64, 8, Some(&WORD.0)) as usize;
    roots[1] = inner + 40;
    // A large object kept through a pointer into its middle.
    let big_kept = mallocgc(3 << 20, 8, Some(&WORD.0)) as usize;
    roots[2] = big_kept + (1 << 20);

    // SAFETY: one thread; roots hold every pointer still used.
    let st = unsafe { collect(&[range_of(&*roots)]) };
    // 1000 nodes and their payloads, `inner`, `big_kept`.
    assert_eq!(st.marked_objects, 2002, "{st:?}");
    assert!(st.freed_objects >= 20 * 1000, "{st:?}");

    // Everything reachable is intact.
    let mut n = kept;
    let mut count = 0;
    while !n.is_null() {
        // SAFETY: a kept node.
        unsafe {
            assert_eq!(find_object(n as usize), Some(n as usize));
            assert_eq!(*(*n).payload, (*n).value * 3);
            n = (*n).next;
        }
        count += 1;
    }
    assert_eq!(count, 1000);
    assert_eq!(find_object(inner + 8), Some(inner));
    assert_eq!(find_object(big_kept + 5), Some(big_kept));
    // The garbage is gone.
    for g in &garbage {
        assert_eq!(find_object(*g), None);
    }
    assert_eq!(find_object(big), None);

    // Freed slots are handed out again, cleared.
    let mut reused = 0;
    for _ in 0..20_000 {
        let p = mallocgc(std::mem::size_of::<Node>(), 8, Some(&NODE.0));
        // SAFETY: a fresh object of 24 bytes.
        let bytes = unsafe { std::slice::from_raw_parts(p, 24) };
        assert!(bytes.iter().all(|&b| b == 0));
        if garbage.contains(&(p as usize)) {
            reused += 1;
        }
    }
    assert!(reused > 0, "no freed node slot was reused");
    // The freed megabyte's pages come back for a large object.
    let again = mallocgc(1 << 20, 8, NOSCAN) as usize;
    // SAFETY: 1 MiB just allocated.
    let bytes = unsafe { std::slice::from_raw_parts(again as *const u8, 1 << 20) };
    assert!(bytes.iter().all(|&b| b == 0));

    // A second collection with no roots frees everything but the caches' spans.
    roots.fill(0);
    // SAFETY: as above.
    let st2 = unsafe { collect(&[range_of(&*roots)]) };
    assert_eq!(st2.marked_objects, 0, "{st2:?}");
    assert_eq!(find_object(kept as usize), None);

    heap_scan_is_precise();
}

/// Heap objects are scanned precisely: a word that is not a pointer in the object's type keeps
/// nothing alive, even when it holds an object's address. (Called by `collection`: one test
/// per binary.)
fn heap_scan_is_precise() {
    let mut roots: Box<[usize; 2]> = Box::new([0; 2]);
    let target = mallocgc(48, 8, NOSCAN) as usize;
    let followed = mallocgc(48, 8, NOSCAN) as usize;
    let n = new_node(followed as *mut Node, target as u64);
    roots[0] = n as usize;
    // An array of three nodes: the mask repeats per element.
    let arr = mallocgc(3 * 24, 8, Some(&NODE.0)) as *mut Node;
    let third = mallocgc(16, 8, NOSCAN) as usize;
    // SAFETY: three fresh nodes' worth of memory.
    unsafe { (*arr.add(2)).payload = third as *mut u64 };
    unsafe { (*arr.add(1)).value = followed as u64 };
    roots[1] = arr as usize;
    // SAFETY: one thread; roots hold every pointer still used.
    unsafe { collect(&[range_of(&*roots)]) };
    assert_eq!(find_object(n as usize), Some(n as usize));
    assert_eq!(find_object(followed), Some(followed), "next is a pointer");
    assert_eq!(find_object(third), Some(third), "element 2's payload");
    assert_eq!(find_object(target), None, "value is not a pointer");
}
