//! Finalizers (Go's mfinal.go and the finalizer specials of mheap.go): runtime.SetFinalizer's
//! table, what a collection does with it, and the queue the finalizer goroutine drains.
//!
//! An object with a finalizer is a *special*: the table maps its address to the finalizer
//! (the func value, and how to pass the object to it). During marking (mgc.rs `collect`),
//! after the roots, every special contributes, as in Go's markroot of specials:
//!
//!   - its finalizer func value, which is always reachable (the table holds it);
//!   - everything the object points to, but not the object itself.
//!
//! So when the object is found unreachable its referents are still marked: the finalizer sees
//! a whole object. Only then does the collection mark the object too (it must survive this
//! cycle: the finalizer will use it), drop the special, and queue the finalizer. The object is
//! freed by a later collection, if the finalizer did not make it reachable again
//! (resurrection). Go's consequences follow: in a chain A -> B where both have finalizers,
//! B is reachable from A's special and so only A's finalizer runs in the first cycle, B's in a
//! later one; an object reachable from its own finalizer's func value, or on a cycle of
//! objects with finalizers, is never finalized.
//!
//! The finalizer goroutine (Go's fing) is plain Go (compiler/golib/runtime/runtime.go
//! `runfinq`), started by the first SetFinalizer that adds one. It loops on `finnext`: an
//! entry taken from the queue becomes the "current" one, whose func value and argument it
//! then reads (`finfn1`/`finptr` for a pointer parameter, `finfn2`/`finiface` for an
//! interface one) and calls; an empty queue parks it on `finsema`, which a collection that
//! queued finalizers releases. Finalizers run one after another on that goroutine, as in Go,
//! newest first (Go's runfinq walks each block of its queue backwards).
//! While it waits it is a runtime goroutine (`is_idle_fing`): NumGoroutine and the deadlock
//! report leave it out, as Go leaves out fing unless it is running a finalizer.
//!
//! Roots: the table and the queue live in Rust memory, so `root_words` gives a collection
//! every word that must keep something alive (func values, queued and current objects).

use std::collections::{BTreeMap, VecDeque};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;

use crate::goroutine::G;
use crate::types::{Eface, Kind, Type, TFLAG_NAMED};

/// How a finalizer takes its object: a pointer (its parameter is the object's pointer type, or
/// an unnamed pointer type with the same element), or an interface (the object boxed with its
/// own type; deferc's interface values carry the dynamic type, not an itab).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum ArgKind {
    Pointer = 1,
    Interface = 2,
}

#[derive(Clone, Copy, Debug)]
struct Finalizer {
    /// The finalizer's func value (a closure record).
    fn_: usize,
    kind: ArgKind,
    /// The object's pointer type (for an interface parameter).
    ot: usize,
}

/// An object whose finalizer is due, with its finalizer.
#[derive(Clone, Copy, Debug)]
struct Queued {
    obj: usize,
    fin: Finalizer,
}

struct Fin {
    /// Objects with finalizers, by address (Go's specials of kind _KindSpecialFinalizer).
    specials: BTreeMap<usize, Finalizer>,
    /// Finalizers due, in the order they were queued (Go's finq; run newest first).
    queue: VecDeque<Queued>,
    /// The entry the finalizer goroutine is running (kept alive until it asks for the next).
    current: Option<Queued>,
    /// The finalizer goroutine and its semaphore (runtime.go's finsema), once it runs.
    fing: usize,
    sema: usize,
    /// Whether the finalizer goroutine is running a finalizer (Go's fingRunning).
    running: bool,
    /// The message of the last SetFinalizer that failed.
    err: Vec<u8>,
    /// The first finalizer was added: runtime.go creates the finalizer goroutine.
    created: bool,
}

/// A collection queued finalizers (Go's fingwake).
static WAKE: AtomicBool = AtomicBool::new(false);

static FIN: Mutex<Fin> = Mutex::new(Fin {
    specials: BTreeMap::new(),
    queue: VecDeque::new(),
    current: None,
    fing: 0,
    sema: 0,
    running: false,
    err: Vec::new(),
    created: false,
});

fn fin() -> std::sync::MutexGuard<'static, Fin> {
    FIN.lock().unwrap_or_else(|e| e.into_inner())
}

/// How many live goroutines are runtime goroutines that count for nobody (Go's
/// isSystemGoroutine): the finalizer goroutine, from its creation (before it first runs, it
/// is not yet known by its G) except while it runs a finalizer (Go's fingRunning: user code).
///
/// # Safety
/// Single-threaded scheduler state.
pub unsafe fn system_goroutines() -> usize {
    let f = fin();
    if !f.created || f.running {
        return 0;
    }
    let g = f.fing as *mut G;
    (g.is_null() || (*g).status != crate::goroutine::GDEAD) as usize
}

/// Whether `g` is the finalizer goroutine waiting for work.
pub fn is_idle_fing(g: *mut G) -> bool {
    let f = fin();
    f.fing == g as usize && !f.running
}

/// Whether any object has a finalizer or any finalizer is queued (a collection's fast check).
pub(super) fn any() -> bool {
    let f = fin();
    !f.specials.is_empty() || !f.queue.is_empty() || f.current.is_some()
}

/// Every word a collection must treat as a root: the func values of all finalizers, and the
/// objects (and func values) of queued and running ones.
pub(super) fn root_words() -> Vec<usize> {
    let f = fin();
    let mut w: Vec<usize> = f.specials.values().map(|s| s.fn_).collect();
    for q in f.queue.iter().chain(f.current.iter()) {
        w.push(q.obj);
        w.push(q.fin.fn_);
    }
    w
}

/// The objects that have finalizers (marking scans what each points to).
pub(super) fn special_objects() -> Vec<usize> {
    fin().specials.keys().copied().collect()
}

/// After marking: every object with a finalizer that is not marked gets marked by `mark`
/// (it survives this cycle), loses its special, and has its finalizer queued. Returns how many
/// were queued.
pub(super) fn queue_unreachable(
    is_marked: impl Fn(usize) -> bool,
    mut mark: impl FnMut(usize),
) -> usize {
    let mut f = fin();
    let due: Vec<usize> = f
        .specials
        .keys()
        .copied()
        .filter(|&o| !is_marked(o))
        .collect();
    for &obj in &due {
        let fin = f.specials.remove(&obj).expect("special");
        mark(obj);
        f.queue.push_back(Queued { obj, fin });
    }
    due.len()
}

/// After a collection that queued finalizers: the finalizer goroutine is to be woken. Like
/// Go's fingwake, the scheduler does it at its next scheduling round (`wakefing`): a
/// collection runs inside an allocation, anywhere in the runtime, where readying a goroutine
/// is not safe.
pub(super) fn note_wake() {
    WAKE.store(true, Ordering::Relaxed);
}

/// Go's wakefing, called by the scheduler: releases the finalizer goroutine's semaphore if a
/// collection queued finalizers since the last call.
///
/// # Safety
/// Called by the scheduler between goroutines.
pub unsafe fn wakefing() {
    // A load first: the scheduler asks at every round, and nothing is due almost always.
    if !WAKE.load(Ordering::Relaxed) || !WAKE.swap(false, Ordering::Relaxed) {
        return;
    }
    let sema = fin().sema;
    if sema != 0 {
        crate::sema::deferc_semrelease(sema as *mut u32);
    }
}

/// Whether `p` is inside one of the program's globals.
fn in_globals(p: usize) -> bool {
    super::roots::globals()
        .iter()
        .any(|r| p >= r.addr && p < r.addr + r.size)
}

/// Go's SetFinalizer checks and addfinalizer/removefinalizer. Returns 0 when there was nothing
/// to do (a nil finalizer removed one; an object not in the heap), 1 when a finalizer was
/// added (the caller starts the finalizer goroutine if it has not), 2 on an error whose
/// message `finerr` then gives (the caller throws it, as Go does).
unsafe fn set_finalizer(obj: Eface, f: Eface) -> Result<bool, String> {
    let Some(et) = obj.typ.as_ref() else {
        return Err("first argument is nil".into());
    };
    let name = |t: &Type| String::from_utf8_lossy(t.name()).into_owned();
    if et.kind() != Kind::Pointer {
        return Err(format!("first argument is {}, not pointer", name(et)));
    }
    let p = obj.data as usize;
    let Some((s, idx)) = super::heap::find_slot(p) else {
        // Zero-size objects and globals (Go's linker-allocated data) never get finalizers.
        if p == super::malloc::zerobase() || in_globals(p) || p == 0 {
            return Ok(false);
        }
        return Err("pointer not in allocated block".into());
    };
    if (*s).base + idx * (*s).elemsize != p {
        return Err("pointer not at beginning of allocated block".into());
    }
    let Some(ft) = f.typ.as_ref() else {
        fin().specials.remove(&p);
        return Ok(false);
    };
    if ft.kind() != Kind::Func {
        return Err(format!("second argument is {}, not a function", name(ft)));
    }
    let cannot = || format!("cannot pass {} to finalizer {}", name(et), name(ft));
    if ft.flags & crate::types::TFLAG_VARIADIC != 0 {
        return Err(cannot() + " because dotdotdot");
    }
    if ft.len != 1 || ft.elem.is_null() {
        return Err(cannot());
    }
    let fint = &*ft.elem;
    // Go's okarg cases: the object's own pointer type; an unnamed pointer type with the same
    // element (either side unnamed); an interface the object's type implements.
    let same_pointer = std::ptr::eq(fint, et)
        || (fint.kind() == Kind::Pointer
            && (fint.flags & TFLAG_NAMED == 0 || et.flags & TFLAG_NAMED == 0)
            && std::ptr::eq(fint.elem, et.elem));
    let kind = if same_pointer {
        ArgKind::Pointer
    } else if fint.kind() == Kind::Interface
        && (fint.nmethods == 0 || crate::types::missing_method(et, fint).is_none())
    {
        ArgKind::Interface
    } else {
        return Err(cannot());
    };
    let mut g = fin();
    if g.specials.contains_key(&p) {
        return Err("finalizer already set".into());
    }
    g.specials.insert(
        p,
        Finalizer {
            fn_: f.data as usize,
            kind,
            ot: et as *const Type as usize,
        },
    );
    Ok(true)
}

/// runtime.SetFinalizer's work (runtime.go): 0 nothing to do, 1 added, 2 error (`finerr`).
///
/// # Safety
/// Both are interface values built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_setFinalizer(
    ot: *const Type,
    od: *const u8,
    ft: *const Type,
    fd: *const u8,
) -> isize {
    match set_finalizer(Eface { typ: ot, data: od }, Eface { typ: ft, data: fd }) {
        Ok(false) => 0,
        Ok(true) => {
            fin().created = true;
            1
        }
        Err(m) => {
            fin().err = m.into_bytes();
            2
        }
    }
}

/// The message of the SetFinalizer that failed.
#[no_mangle]
pub extern "C" fn deferc_runtime_finerr() -> crate::types::GoString {
    let m = std::mem::take(&mut fin().err);
    crate::types::GoString::from_bytes(&m)
}

/// The finalizer goroutine asks for work (runtime.go `runfinq`): the next queued finalizer
/// becomes the current one and its argument kind is returned (1 pointer, 2 interface); 0 when
/// the queue is empty (it then parks on `sema`). The first call makes the caller the finalizer
/// goroutine.
///
/// # Safety
/// Called by runfinq on its goroutine; `sema` is its semaphore, a Go global.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_finnext(sema: *mut u32) -> isize {
    let g = crate::goroutine::getg();
    let mut f = fin();
    if f.fing == 0 {
        f.fing = g as usize;
        f.sema = sema as usize;
    }
    // Newest first, as Go's runfinq walks its finq blocks from the last entry back.
    f.current = f.queue.pop_back();
    f.running = f.current.is_some();
    match f.current {
        None => 0,
        Some(q) => q.fin.kind as isize,
    }
}

fn current() -> Queued {
    fin()
        .current
        .unwrap_or_else(|| crate::traceback::throw(b"runfinq: no current finalizer"))
}

/// The current finalizer's func value (runtime.go's finfn1 and finfn2: its `func(*byte)` and
/// `func(any)` views).
#[no_mangle]
pub extern "C" fn deferc_runtime_finfn() -> usize {
    current().fin.fn_
}

/// The current finalizer's object, for a pointer parameter.
#[no_mangle]
pub extern "C" fn deferc_runtime_finptr() -> usize {
    current().obj
}

/// The current finalizer's object as an interface value of its own type.
#[no_mangle]
pub extern "C" fn deferc_runtime_finiface() -> Eface {
    let q = current();
    Eface {
        typ: q.fin.ot as *const Type,
        data: q.obj as *const u8,
    }
}

/// runtime.KeepAlive: an opaque call, so the value is held in a register or stack slot (where
/// the conservative stack scan sees it) up to this point.
#[no_mangle]
pub extern "C" fn deferc_runtime_KeepAlive(_t: usize, _d: usize) {}
