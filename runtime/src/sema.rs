//! Semaphores and notify lists for package sync (Go's sema.go: semacquire1 / semrelease1 and
//! notifyList*), on which sync.Mutex, RWMutex, WaitGroup and Cond are written in Go.
//!
//! A semaphore is a `uint32` in Go memory: acquire waits until it is > 0 and decrements it;
//! release increments it and wakes one waiter on that address (FIFO, or at the head for a
//! `lifo` acquire: sync.Mutex's starving waiters). A woken waiter tries again and waits again if
//! the count was taken meanwhile, unless the releaser handed the count to it (`handoff`, Go's
//! ticket). Waiters are keyed by address in a table of intrusive lists (Go's semtable).
//!
//! A notify list is Go's sync.notifyList `{wait, notify uint32; lock uintptr; head, tail
//! unsafe.Pointer}`: `notifyListAdd` takes a ticket, `notifyListWait` parks until that ticket is
//! notified, `notifyListNotifyOne` / `All` wake in ticket order.
//!
//! Ownership and invariants:
//! - A waiter record lives in the frame of the goroutine that waits (it stays put while the
//!   goroutine is parked, sched.rs); it is linked into exactly one list while waiting, and the
//!   releaser that unlinks it readies its goroutine.
//! - One thread, no preemption (sched.rs): the counts are plain memory, no locks.
//! - Table entries are removed when their list empties, so the table holds only addresses that
//!   have waiters.

use std::cell::UnsafeCell;
use std::collections::HashMap;

use crate::goroutine::{getg, WaitReason, G};
use crate::sched::{gopark, goready, goyield};

/// A goroutine waiting on a semaphore (Go's sudog in a semaRoot).
struct SemaWaiter {
    g: *mut G,
    next: *mut SemaWaiter,
    /// The releaser handed the count over: no need to acquire again.
    ticket: bool,
}

/// Waiters on one address, oldest first.
#[derive(Clone, Copy)]
struct WaitList {
    head: *mut SemaWaiter,
    tail: *mut SemaWaiter,
}

struct Table(UnsafeCell<Option<HashMap<usize, WaitList>>>);

// SAFETY: only the thread running Go code uses it (module invariants).
unsafe impl Sync for Table {}

static SEMTABLE: Table = Table(UnsafeCell::new(None));

fn table() -> *mut HashMap<usize, WaitList> {
    // SAFETY: single thread; the reference does not outlive this call.
    unsafe { (*SEMTABLE.0.get()).get_or_insert_with(HashMap::new) }
}

/// Go's cansemacquire: decrement `*addr` if it is positive.
unsafe fn cansemacquire(addr: *mut u32) -> bool {
    let v = *addr;
    if v == 0 {
        return false;
    }
    *addr = v - 1;
    true
}

unsafe fn queue(addr: *mut u32, w: *mut SemaWaiter, lifo: bool) {
    let t = table();
    let l = (*t).entry(addr as usize).or_insert(WaitList {
        head: std::ptr::null_mut(),
        tail: std::ptr::null_mut(),
    });
    (*w).next = std::ptr::null_mut();
    if l.head.is_null() {
        l.head = w;
        l.tail = w;
    } else if lifo {
        (*w).next = l.head;
        l.head = w;
    } else {
        (*l.tail).next = w;
        l.tail = w;
    }
}

/// The oldest waiter on `addr` (null if none), unlinked.
unsafe fn dequeue(addr: *mut u32) -> *mut SemaWaiter {
    let t = table();
    let Some(l) = (*t).get_mut(&(addr as usize)) else {
        return std::ptr::null_mut();
    };
    let w = l.head;
    l.head = (*w).next;
    if l.head.is_null() {
        (*t).remove(&(addr as usize));
    }
    (*w).next = std::ptr::null_mut();
    w
}

/// Go's semacquire1.
unsafe fn semacquire1(addr: *mut u32, lifo: bool, reason: WaitReason, fp: usize, pc: usize) {
    if cansemacquire(addr) {
        return;
    }
    let mut w = SemaWaiter {
        g: getg(),
        next: std::ptr::null_mut(),
        ticket: false,
    };
    let wp: *mut SemaWaiter = &mut w;
    loop {
        if cansemacquire(addr) {
            break;
        }
        queue(addr, wp, lifo);
        gopark(reason, fp, pc);
        if (*wp).ticket || cansemacquire(addr) {
            break;
        }
    }
}

/// `runtime_Semacquire(addr)` (entered through arch's `deferc_semacquire` shim): parks with
/// reason "semacquire".
pub(crate) unsafe extern "C" fn semacquire_impl(addr: *mut u32, fp: usize, pc: usize) {
    semacquire1(addr, false, WaitReason::Semacquire, fp, pc)
}

/// `runtime_SemacquireMutex(addr, lifo, ...)` and friends (entered through arch's
/// `deferc_semacquire1` shim): `lifo` != 0 queues at the head; `reason` is a Go 1.19
/// waitReason code (18 "semacquire", 20 "sync.Cond.Wait"; unknown codes read as semacquire).
pub(crate) unsafe extern "C" fn semacquire1_impl(
    addr: *mut u32,
    lifo: u8,
    reason: u8,
    fp: usize,
    pc: usize,
) {
    semacquire1(addr, lifo != 0, WaitReason::from_code(reason), fp, pc)
}

/// Go's semrelease1: `*addr += 1`, then wake the oldest waiter. With `handoff` the count goes
/// straight to it (if still there) and the releaser yields to it.
unsafe fn semrelease1(addr: *mut u32, handoff: bool) {
    *addr = (*addr).wrapping_add(1);
    let w = dequeue(addr);
    if w.is_null() {
        return;
    }
    if handoff && cansemacquire(addr) {
        (*w).ticket = true;
    }
    let ticket = (*w).ticket;
    goready((*w).g);
    if ticket {
        goyield();
    }
}

/// `runtime_Semrelease(addr, false, 0)`.
///
/// # Safety
/// `addr` must point at a live uint32 of the Go heap.
#[no_mangle]
pub unsafe extern "C" fn deferc_semrelease(addr: *mut u32) {
    semrelease1(addr, false)
}

/// `runtime_Semrelease(addr, handoff, skipframes)`.
///
/// # Safety
/// `addr` must point at a live uint32 of the Go heap.
#[no_mangle]
pub unsafe extern "C" fn deferc_semrelease1(addr: *mut u32, handoff: u8) {
    semrelease1(addr, handoff != 0)
}

/// Go's sync.notifyList (sync/runtime.go); the layout must match the Go declaration.
#[repr(C)]
pub struct NotifyList {
    pub wait: u32,
    pub notify: u32,
    pub lock: usize,
    pub head: *mut NotifyWaiter,
    pub tail: *mut NotifyWaiter,
}

/// A goroutine waiting in a notify list for its ticket.
pub struct NotifyWaiter {
    g: *mut G,
    next: *mut NotifyWaiter,
    ticket: u32,
}

/// Go's `less` on tickets, which wrap around.
fn less(a: u32, b: u32) -> bool {
    (a.wrapping_sub(b) as i32) < 0
}

/// `runtime_notifyListAdd`: a ticket for a later wait.
///
/// # Safety
/// `l` must point at a live notifyList.
#[no_mangle]
pub unsafe extern "C" fn deferc_notify_list_add(l: *mut NotifyList) -> u32 {
    let t = (*l).wait;
    (*l).wait = t.wrapping_add(1);
    t
}

/// `runtime_notifyListWait` (entered through arch's `deferc_notify_list_wait` shim): parks
/// with reason "sync.Cond.Wait" until ticket `t` is notified (at once if it already was).
pub(crate) unsafe extern "C" fn notify_list_wait_impl(
    l: *mut NotifyList,
    t: u32,
    fp: usize,
    pc: usize,
) {
    if less(t, (*l).notify) {
        return;
    }
    let mut w = NotifyWaiter {
        g: getg(),
        next: std::ptr::null_mut(),
        ticket: t,
    };
    let wp: *mut NotifyWaiter = &mut w;
    if (*l).tail.is_null() {
        (*l).head = wp;
    } else {
        (*(*l).tail).next = wp;
    }
    (*l).tail = wp;
    gopark(WaitReason::SyncCondWait, fp, pc);
}

/// `runtime_notifyListNotifyAll`: wakes every waiter.
///
/// # Safety
/// `l` must point at a live notifyList.
#[no_mangle]
pub unsafe extern "C" fn deferc_notify_list_notify_all(l: *mut NotifyList) {
    if (*l).wait == (*l).notify {
        return;
    }
    let mut s = (*l).head;
    (*l).head = std::ptr::null_mut();
    (*l).tail = std::ptr::null_mut();
    (*l).notify = (*l).wait;
    while !s.is_null() {
        let next = (*s).next;
        (*s).next = std::ptr::null_mut();
        goready((*s).g);
        s = next;
    }
}

/// `runtime_notifyListNotifyOne`: wakes the waiter holding the oldest unnotified ticket.
///
/// # Safety
/// `l` must point at a live notifyList.
#[no_mangle]
pub unsafe extern "C" fn deferc_notify_list_notify_one(l: *mut NotifyList) {
    if (*l).wait == (*l).notify {
        return;
    }
    let t = (*l).notify;
    (*l).notify = t.wrapping_add(1);
    let mut p: *mut NotifyWaiter = std::ptr::null_mut();
    let mut s = (*l).head;
    while !s.is_null() {
        if (*s).ticket == t {
            let n = (*s).next;
            if p.is_null() {
                (*l).head = n;
            } else {
                (*p).next = n;
            }
            if n.is_null() {
                (*l).tail = p;
            }
            (*s).next = std::ptr::null_mut();
            goready((*s).g);
            return;
        }
        p = s;
        s = (*s).next;
    }
}

/// Tests: forget every waiter (their goroutines were discarded).
#[cfg(test)]
pub(crate) fn reset() {
    // SAFETY: single thread, under the test lock.
    unsafe { *SEMTABLE.0.get() = None };
}
