//! End-to-end tests of goroutines, channels, select, sleep and semaphores: a Rust trampoline
//! stands in for the compiled program's (`deferc_set_go_trampoline`), goroutine bodies are Rust
//! closures, and the blocking entry points are called through their real shims.
//!
//! There is one scheduler per process, so every test holds the G lock (`lock_g`) and starts
//! and ends with `sched::reset`.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};

use crate::arch::{
    deferc_block, deferc_chanrecv, deferc_chansend, deferc_newproc, deferc_notify_list_wait,
    deferc_selectgo, deferc_semacquire, deferc_semacquire1, deferc_sleep,
};
use crate::chan::{deferc_closechan, deferc_makechan, Chan, SelectCase, SelectResult};
use crate::goroutine::{getg, main_g, GDEAD};
use crate::panic::tests::lock_g;
use crate::sched::{
    counts, deferc_goid, deferc_gosched, deferc_numgoroutine, deferc_set_go_trampoline, reset, run,
    SchedEnd, FIRST_USER_GOID,
};
use crate::sema::{
    deferc_notify_list_add, deferc_notify_list_notify_all, deferc_notify_list_notify_one,
    deferc_semrelease, deferc_semrelease1, NotifyList,
};
use crate::types::{Kind, Type};

static GOROUTINE_PANICKED: AtomicBool = AtomicBool::new(false);

/// The test trampoline: `code` is a C function of one argument (`call_boxed` with a boxed
/// closure, or a hand-written "compiled" function). A Rust panic (a failed assertion) is caught
/// here: it must not unwind into corosensei's frames.
extern "C" fn test_trampoline(code: usize, arg: usize) {
    // SAFETY: code is the address of an extern "C" fn(usize) (set by `go` or a test).
    let f: extern "C" fn(usize) = unsafe { std::mem::transmute(code) };
    if std::panic::catch_unwind(|| f(arg)).is_err() {
        GOROUTINE_PANICKED.store(true, Ordering::Relaxed);
    }
}

extern "C" fn call_boxed(arg: usize) {
    // SAFETY: arg came from Box::into_raw in `go`, and each goroutine runs once.
    let f = unsafe { Box::from_raw(arg as *mut Box<dyn FnOnce()>) };
    f()
}

/// `go f()`.
fn go(f: impl FnOnce() + 'static) {
    let b: Box<Box<dyn FnOnce()>> = Box::new(Box::new(f));
    // SAFETY: the test trampoline is registered; call_boxed takes the box back.
    unsafe { deferc_newproc(call_boxed as *const () as usize, Box::into_raw(b) as usize) }
}

/// Runs `main` as the main goroutine on a fresh scheduler; checks no goroutine panicked.
fn run_test(main: impl FnOnce() + 'static) -> SchedEnd {
    reset();
    GOROUTINE_PANICKED.store(false, Ordering::Relaxed);
    deferc_set_go_trampoline(test_trampoline);
    let end = run(main);
    reset();
    assert!(
        !GOROUTINE_PANICKED.load(Ordering::Relaxed),
        "a goroutine panicked"
    );
    end
}

use crate::types::StaticType;

const fn basic(size: usize, kind: Kind) -> StaticType {
    StaticType(Type::new(kind, size, if size == 0 { 1 } else { 8 }, 0, b""))
}

static INT: StaticType = basic(8, Kind::Int);
static EMPTY_STRUCT: StaticType = basic(0, Kind::Struct);
/// A 24-byte element (three words), like a slice header.
static TRIPLE: StaticType = basic(24, Kind::Array);

/// A channel handle that closures can copy.
#[derive(Clone, Copy)]
struct Ch(*mut Chan);

impl Ch {
    fn new(size: isize) -> Ch {
        // SAFETY: INT is a valid descriptor.
        Ch(unsafe { deferc_makechan(&INT.0, size) })
    }
    fn nil() -> Ch {
        Ch(std::ptr::null_mut())
    }
    fn send(self, v: i64) -> isize {
        // SAFETY: a channel of ints; v lives across the call.
        unsafe { deferc_chansend(self.0, &v as *const i64 as *const u8) }
    }
    fn recv(self) -> (i64, bool) {
        let mut v = -1i64;
        // SAFETY: as above.
        let ok = unsafe { deferc_chanrecv(self.0, &mut v as *mut i64 as *mut u8) };
        (v, ok != 0)
    }
    fn close(self) -> isize {
        // SAFETY: a channel made by deferc_makechan, or nil.
        unsafe { deferc_closechan(self.0) }
    }
    fn len(self) -> isize {
        // SAFETY: as above.
        unsafe { crate::chan::deferc_chanlen(self.0) }
    }
}

fn log<T: 'static>() -> Rc<RefCell<Vec<T>>> {
    Rc::new(RefCell::new(Vec::new()))
}

#[test]
fn main_runs_as_goroutine_one_on_its_own_stack() {
    let _l = lock_g();
    let seen = log::<(isize, usize, usize, isize)>();
    let s = seen.clone();
    let end = run_test(move || {
        let local = 0u8;
        let sp = &local as *const u8 as usize;
        // SAFETY: getg() is valid.
        let (lo, hi) = unsafe { ((*getg()).stack_lo, (*getg()).stack_hi) };
        assert!(sp > lo && sp < hi, "main runs on its coroutine stack");
        s.borrow_mut()
            .push((deferc_goid(), hi - lo, sp, deferc_numgoroutine()));
    });
    assert_eq!(end, SchedEnd::MainReturned);
    let v = seen.borrow();
    assert_eq!(v[0].0, 1);
    assert_eq!(v[0].1, crate::stack::MAIN_STACK_SIZE);
    assert_eq!(v[0].3, 1);
    assert_eq!(getg(), main_g(), "curg is main again after the run");
}

#[test]
fn goroutines_get_fresh_ids_and_run_in_go_order() {
    let _l = lock_g();
    let order = log::<isize>();
    let o = order.clone();
    run_test(move || {
        let done = Ch::new(10);
        for _ in 0..3 {
            let o = o.clone();
            go(move || {
                o.borrow_mut().push(deferc_goid());
                done.send(1);
            });
        }
        assert_eq!(deferc_numgoroutine(), 4);
        for _ in 0..3 {
            done.recv();
        }
        // Ids are never reused, though Gs are.
        let o2 = o.clone();
        go(move || o2.borrow_mut().push(deferc_goid()));
        deferc_gosched();
        assert_eq!(deferc_numgoroutine(), 1);
    });
    // Go 1.19: the newest goroutine is in runnext and runs first, then the rest in order.
    assert_eq!(*order.borrow(), [7, 5, 6, 8]);
    assert_eq!(FIRST_USER_GOID, 5);
}

#[test]
fn many_goroutines_spill_to_the_global_queue() {
    let _l = lock_g();
    let order = log::<i64>();
    let o = order.clone();
    run_test(move || {
        let done = Ch::new(1000);
        for i in 0..300 {
            go(move || {
                done.send(i);
            });
        }
        for _ in 0..300 {
            let (v, _) = done.recv();
            o.borrow_mut().push(v);
        }
    });
    let v = order.borrow();
    let mut sorted = v.clone();
    sorted.sort();
    assert_eq!(sorted, (0..300).collect::<Vec<_>>());
    // As Go 1.19 with GOMAXPROCS=1: the newest first (runnext), then the local queue, which
    // kept the goroutines created after the first spill of 128 to the global queue. (Go prints
    // 299 127 128 ...: a system goroutine of its own sat in the local queue and spilled too.)
    assert_eq!(&v[..4], &[299, 128, 129, 130]);
    // The spilled ones run last, except when every 61st round takes one from the global queue.
    assert_eq!(v[299], 256);
}

/// A parked goroutine's scan range (what a collection reads) covers its own frames: a value
/// in a local of the blocked goroutine is found there, and nothing below sched_sp is needed.
#[test]
fn parked_goroutines_stacks_are_in_their_scan_range() {
    let _l = lock_g();
    let found = log::<bool>();
    let f2 = found.clone();
    run_test(move || {
        let ch = Ch::new(0);
        let gs: Rc<RefCell<Vec<(usize, u64)>>> = Rc::new(RefCell::new(Vec::new()));
        for k in 0..3u64 {
            let gs = gs.clone();
            go(move || {
                gs.borrow_mut().push((getg() as usize, k));
                // Escaped before the call, so it stays in this frame's memory across it.
                let mut marker = [0x5eed_0000_0000_0000u64 + k; 4];
                std::hint::black_box(&mut marker);
                let (v, _) = ch.recv();
                std::hint::black_box(&marker);
                assert_eq!(v, 1);
            });
        }
        deferc_gosched();
        for &(g, k) in gs.borrow().iter() {
            let g = g as *mut crate::goroutine::G;
            // SAFETY: a parked goroutine of this scheduler; its stack range is readable.
            let hit = unsafe {
                let (lo, hi) = crate::sched::stack_range(g, 0).expect("parked G has a range");
                assert!(lo >= (*g).stack_lo && hi == (*g).stack_hi);
                let words = std::slice::from_raw_parts(lo as *const u64, (hi - lo) / 8);
                words.contains(&(0x5eed_0000_0000_0000u64 + k))
            };
            f2.borrow_mut().push(hit);
        }
        for _ in 0..3 {
            assert_eq!(ch.send(1), 0);
        }
    });
    assert_eq!(*found.borrow(), vec![true, true, true]);
}

#[test]
fn unbuffered_ping_pong() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    run_test(move || {
        let ping = Ch::new(0);
        let pong = Ch::new(0);
        go(move || loop {
            let (v, ok) = ping.recv();
            if !ok {
                return;
            }
            assert_eq!(pong.send(v * 2), 0);
        });
        for i in 0..1000 {
            assert_eq!(ping.send(i), 0);
            let (v, ok) = pong.recv();
            assert!(ok);
            g2.borrow_mut().push(v);
        }
        ping.close();
    });
    assert_eq!(*got.borrow(), (0..1000).map(|i| i * 2).collect::<Vec<_>>());
}

#[test]
fn buffered_fifo_and_blocked_senders_keep_order() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    run_test(move || {
        let c = Ch::new(3);
        // Two senders block on the full buffer; their values come after the buffered ones.
        for i in 0..3 {
            assert_eq!(c.send(i), 0);
        }
        assert_eq!(c.len(), 3);
        go(move || {
            c.send(10);
        });
        go(move || {
            c.send(11);
        });
        deferc_gosched();
        assert_eq!(c.len(), 3);
        for _ in 0..5 {
            g2.borrow_mut().push(c.recv().0);
        }
        assert_eq!(c.len(), 0);
    });
    // 11 was created last, so it ran (and blocked) first.
    assert_eq!(*got.borrow(), [0, 1, 2, 11, 10]);
}

#[test]
fn close_semantics() {
    let _l = lock_g();
    let got = log::<(i64, bool)>();
    let g2 = got.clone();
    run_test(move || {
        let c = Ch::new(2);
        c.send(7);
        assert_eq!(c.close(), 0);
        assert_eq!(c.close(), 2, "close of closed channel");
        assert_eq!(Ch::nil().close(), 1, "close of nil channel");
        assert_eq!(c.send(1), 1, "send on closed channel");
        // Buffered values drain first, then zero values with ok == false.
        g2.borrow_mut().push(c.recv());
        g2.borrow_mut().push(c.recv());

        // Blocked receivers get zero/false; blocked senders get 1.
        let u = Ch::new(0);
        let results = log::<(char, i64)>();
        for _ in 0..2 {
            let r = results.clone();
            go(move || {
                let (v, ok) = u.recv();
                r.borrow_mut().push(('r', if ok { v } else { -100 + v }));
            });
        }
        let s = Ch::new(0);
        let r = results.clone();
        go(move || r.borrow_mut().push(('s', s.send(5) as i64)));
        deferc_gosched();
        u.close();
        s.close();
        deferc_gosched();
        let r = results.borrow();
        assert_eq!(r.len(), 3);
        assert!(r.iter().filter(|x| x.0 == 'r').all(|x| x.1 == -100));
        assert!(r.contains(&('s', 1)));
    });
    assert_eq!(*got.borrow(), [(7, true), (0, false)]);
}

#[test]
fn close_wakes_in_go_order() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    run_test(move || {
        let c = Ch::new(0);
        let done = Ch::new(10);
        for i in 0..4 {
            let g3 = g2.clone();
            go(move || {
                c.recv();
                g3.borrow_mut().push(i);
                done.send(1);
            });
        }
        deferc_gosched();
        c.close();
        for _ in 0..4 {
            done.recv();
        }
    });
    // What Go 1.19 prints for the same program (tests/programs would show it too).
    assert_eq!(*got.borrow(), [3, 2, 1, 0]);
}

#[test]
fn zero_size_and_wide_elements() {
    let _l = lock_g();
    run_test(move || {
        // SAFETY: valid descriptors; the values live across the calls.
        unsafe {
            let z = deferc_makechan(&EMPTY_STRUCT.0, 1 << 40);
            assert!(!z.is_null());
            for _ in 0..5 {
                assert_eq!(
                    deferc_chansend(z, std::ptr::NonNull::dangling().as_ptr()),
                    0
                );
            }
            assert_eq!(crate::chan::deferc_chanlen(z), 5);
            assert_eq!(deferc_chanrecv(z, std::ptr::null_mut()), 1);

            let w = deferc_makechan(&TRIPLE.0, 0);
            let wc = w as usize;
            go(move || {
                let v = [1u64, 2, 3];
                deferc_chansend(wc as *mut Chan, v.as_ptr() as *const u8);
            });
            let mut out = [0u64; 3];
            assert_eq!(deferc_chanrecv(w, out.as_mut_ptr() as *mut u8), 1);
            assert_eq!(out, [1, 2, 3]);
            // Too big for the address space: null (compiled code panics "makechan: size out
            // of range").
            assert!(deferc_makechan(&TRIPLE.0, isize::MAX / 8).is_null());
        }
    });
}

fn select(cases: &mut [SelectCase], nsends: usize, block: bool) -> SelectResult {
    // SAFETY: cases point at live channels and values.
    unsafe {
        deferc_selectgo(
            cases.as_mut_ptr(),
            nsends,
            cases.len() - nsends,
            block as u8,
        )
    }
}

#[test]
fn select_default_ready_and_closed() {
    let _l = lock_g();
    run_test(move || {
        let a = Ch::new(1);
        let b = Ch::new(0);
        let mut v = 0i64;
        let vp = &mut v as *mut i64 as *mut u8;
        // Nothing ready: the default case.
        let mut cases = [
            SelectCase { c: a.0, elem: vp },
            SelectCase { c: b.0, elem: vp },
        ];
        assert_eq!(select(&mut cases, 0, false).index, -1);
        // A nil channel is never ready.
        let mut nil = [SelectCase {
            c: std::ptr::null_mut(),
            elem: vp,
        }];
        assert_eq!(select(&mut nil, 0, false).index, -1);
        a.send(42);
        assert_eq!(
            select(&mut cases, 0, false),
            SelectResult { index: 0, flag: 1 }
        );
        // SAFETY: v was written by the select.
        assert_eq!(unsafe { *(vp as *const i64) }, 42);
        // Send case to a full channel vs. its receive: the send is not ready.
        a.send(1);
        let mut x = 9i64;
        let mut send_full = [SelectCase {
            c: a.0,
            elem: &mut x as *mut i64 as *mut u8,
        }];
        assert_eq!(select(&mut send_full, 1, false).index, -1);
        a.recv();
        assert_eq!(
            select(&mut send_full, 1, false),
            SelectResult { index: 0, flag: 0 }
        );
        assert_eq!(a.recv(), (9, true));
        // Closed: receive gets ok == false, send flags 2.
        b.close();
        assert_eq!(
            select(&mut cases, 0, true),
            SelectResult { index: 1, flag: 0 }
        );
        let mut send_closed = [SelectCase {
            c: b.0,
            elem: &mut x as *mut i64 as *mut u8,
        }];
        assert_eq!(
            select(&mut send_closed, 1, true),
            SelectResult { index: 0, flag: 2 }
        );
    });
}

#[test]
fn select_blocks_until_one_case_and_unlinks_the_rest() {
    let _l = lock_g();
    run_test(move || {
        let a = Ch::new(0);
        let b = Ch::new(0);
        let c = Ch::new(0);
        let res = log::<(SelectResult, i64)>();
        let r = res.clone();
        go(move || {
            let mut v = 0i64;
            let mut x = 77i64;
            let mut cases = [
                SelectCase {
                    c: c.0,
                    elem: &mut x as *mut i64 as *mut u8,
                },
                SelectCase {
                    c: a.0,
                    elem: &mut v as *mut i64 as *mut u8,
                },
                SelectCase {
                    c: b.0,
                    elem: &mut v as *mut i64 as *mut u8,
                },
            ];
            let sr = select(&mut cases, 1, true);
            r.borrow_mut().push((sr, v));
            // Again: now the send case fires.
            let sr = select(&mut cases, 1, true);
            r.borrow_mut().push((sr, v));
        });
        deferc_gosched();
        assert_eq!(b.send(5), 0);
        // The select's sudog on a was unlinked: a send on a now finds no receiver.
        let mut x = 1i64;
        let mut try_a = [SelectCase {
            c: a.0,
            elem: &mut x as *mut i64 as *mut u8,
        }];
        assert_eq!(select(&mut try_a, 1, false).index, -1);
        assert_eq!(c.recv(), (77, true));
        let r = res.borrow();
        assert_eq!(r[0], (SelectResult { index: 2, flag: 1 }, 5));
        assert_eq!(r[1].0, SelectResult { index: 0, flag: 0 });
    });
}

#[test]
fn select_close_wakes_a_blocked_select() {
    let _l = lock_g();
    run_test(move || {
        let a = Ch::new(0);
        let b = Ch::new(0);
        let res = log::<SelectResult>();
        let r = res.clone();
        go(move || {
            let mut v = 5i64;
            let mut cases = [
                SelectCase {
                    c: a.0,
                    elem: &mut v as *mut i64 as *mut u8,
                },
                SelectCase {
                    c: b.0,
                    elem: &mut v as *mut i64 as *mut u8,
                },
            ];
            r.borrow_mut().push(select(&mut cases, 1, true));
        });
        deferc_gosched();
        b.close();
        deferc_gosched();
        assert_eq!(*res.borrow(), [SelectResult { index: 1, flag: 0 }]);
        let r = res.clone();
        go(move || {
            let mut v = 5i64;
            let mut cases = [SelectCase {
                c: a.0,
                elem: &mut v as *mut i64 as *mut u8,
            }];
            r.borrow_mut().push(select(&mut cases, 1, true));
        });
        deferc_gosched();
        a.close();
        deferc_gosched();
        assert_eq!(res.borrow()[1], SelectResult { index: 0, flag: 2 });
    });
}

#[test]
fn select_chooses_uniformly_among_ready_cases() {
    let _l = lock_g();
    let counts = Rc::new(RefCell::new([0usize; 3]));
    let cn = counts.clone();
    run_test(move || {
        let chans = [Ch::new(1), Ch::new(1), Ch::new(1)];
        let mut v = 0i64;
        for _ in 0..3000 {
            for c in chans {
                if c.len() == 0 {
                    c.send(1);
                }
            }
            let mut cases = chans.map(|c| SelectCase {
                c: c.0,
                elem: &mut v as *mut i64 as *mut u8,
            });
            let r = select(&mut cases, 0, false);
            cn.borrow_mut()[r.index as usize] += 1;
        }
    });
    let c = counts.borrow();
    for &n in c.iter() {
        assert!((800..1200).contains(&n), "counts {c:?}");
    }
}

#[test]
fn sleep_wakes_in_deadline_order() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    let t0 = std::time::Instant::now();
    run_test(move || {
        let done = Ch::new(10);
        for i in 0..5i64 {
            let g3 = g2.clone();
            go(move || {
                // SAFETY: a plain call on a goroutine.
                unsafe { deferc_sleep((5 - i) * 2_000_000) };
                g3.borrow_mut().push(i);
                done.send(1);
            });
        }
        // Non-positive durations return at once.
        // SAFETY: as above.
        unsafe {
            deferc_sleep(0);
            deferc_sleep(-5);
        }
        for _ in 0..5 {
            done.recv();
        }
    });
    assert_eq!(*got.borrow(), [4, 3, 2, 1, 0]);
    let el = t0.elapsed();
    assert!(el >= std::time::Duration::from_millis(10), "{el:?}");
}

#[test]
fn semaphores_wake_fifo() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    run_test(move || {
        let sema: &'static mut u32 = Box::leak(Box::new(0u32));
        let addr = sema as *mut u32 as usize;
        let done = Ch::new(10);
        for i in 0..3i64 {
            let g3 = g2.clone();
            go(move || {
                // SAFETY: addr is a leaked u32.
                unsafe { deferc_semacquire(addr as *mut u32) };
                g3.borrow_mut().push(i);
                done.send(1);
            });
        }
        deferc_gosched();
        assert!(g2.borrow().is_empty());
        // SAFETY: as above.
        unsafe {
            for _ in 0..3 {
                deferc_semrelease(addr as *mut u32);
                done.recv();
            }
            assert_eq!(*(addr as *const u32), 0);
            // Acquire with a count available does not block.
            deferc_semrelease(addr as *mut u32);
            deferc_semacquire1(addr as *mut u32, 1, 18);
        }
    });
    // Queued 2, 0, 1 (runnext first); released in that order.
    assert_eq!(*got.borrow(), [2, 0, 1]);
}

#[test]
fn semrelease_handoff_yields_to_the_waiter() {
    let _l = lock_g();
    let got = log::<&'static str>();
    let g2 = got.clone();
    run_test(move || {
        let addr = Box::leak(Box::new(0u32)) as *mut u32 as usize;
        let g3 = g2.clone();
        go(move || {
            // SAFETY: a leaked u32.
            unsafe { deferc_semacquire1(addr as *mut u32, 0, 18) };
            g3.borrow_mut().push("waiter");
        });
        deferc_gosched();
        // SAFETY: as above.
        unsafe { deferc_semrelease1(addr as *mut u32, 1) };
        g2.borrow_mut().push("releaser");
    });
    assert_eq!(*got.borrow(), ["waiter", "releaser"]);
}

#[test]
fn notify_lists() {
    let _l = lock_g();
    let got = log::<i64>();
    let g2 = got.clone();
    run_test(move || {
        let l: &'static mut NotifyList = Box::leak(Box::new(NotifyList {
            wait: 0,
            notify: 0,
            lock: 0,
            head: std::ptr::null_mut(),
            tail: std::ptr::null_mut(),
        }));
        let lp = l as *mut NotifyList as usize;
        for i in 0..3i64 {
            let g3 = g2.clone();
            go(move || {
                // SAFETY: lp is a leaked NotifyList.
                unsafe {
                    let t = deferc_notify_list_add(lp as *mut NotifyList);
                    deferc_notify_list_wait(lp as *mut NotifyList, t);
                }
                g3.borrow_mut().push(i);
            });
        }
        deferc_gosched();
        // SAFETY: as above.
        unsafe { deferc_notify_list_notify_one(lp as *mut NotifyList) };
        deferc_gosched();
        assert_eq!(g2.borrow().len(), 1);
        // SAFETY: as above.
        unsafe { deferc_notify_list_notify_all(lp as *mut NotifyList) };
        deferc_gosched();
        assert_eq!(g2.borrow().len(), 3);
        // A ticket notified before its wait does not block.
        // SAFETY: as above.
        unsafe {
            let t = deferc_notify_list_add(lp as *mut NotifyList);
            deferc_notify_list_notify_one(lp as *mut NotifyList);
            deferc_notify_list_wait(lp as *mut NotifyList, t);
        }
    });
    // The first ticket (goroutine 2, which ran first) is notified first.
    assert_eq!(got.borrow()[0], 2);
}

#[test]
fn deadlock_is_detected_with_each_goroutines_wait_reason() {
    let _l = lock_g();
    let end = run_test(move || {
        let c = Ch::new(0);
        go(move || {
            c.send(1);
            c.send(2);
        });
        go(|| {
            Ch::nil().recv();
        });
        // SAFETY: a plain call on a goroutine.
        go(|| unsafe { deferc_block() });
        go(|| {
            let addr = Box::leak(Box::new(0u32)) as *mut u32;
            // SAFETY: a leaked u32.
            unsafe { deferc_semacquire(addr) };
        });
        c.recv();
        Ch::nil().send(1);
    });
    let SchedEnd::Deadlock(msg) = end else {
        panic!("expected a deadlock, got {end:?}")
    };
    let msg = String::from_utf8(msg).unwrap();
    // Go 1.19's report (frames are Rust here, so none are printed).
    assert_eq!(
        msg,
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 1 [chan send (nil chan)]:\n\n\
         goroutine 5 [chan send]:\n\n\
         goroutine 6 [chan receive (nil chan)]:\n\n\
         goroutine 7 [select (no cases)]:\n\n\
         goroutine 8 [semacquire]:\n"
    );
}

#[test]
fn pending_timers_are_not_a_deadlock() {
    let _l = lock_g();
    let end = run_test(move || {
        let c = Ch::new(0);
        go(move || {
            // SAFETY: a plain call on a goroutine.
            unsafe { deferc_sleep(3_000_000) };
            c.send(9);
        });
        assert_eq!(c.recv(), (9, true));
    });
    assert_eq!(end, SchedEnd::MainReturned);
}

#[test]
fn main_returning_abandons_blocked_goroutines() {
    let _l = lock_g();
    let end = run_test(move || {
        for _ in 0..10 {
            go(|| {
                Ch::nil().recv();
            });
        }
        deferc_gosched();
        assert_eq!(deferc_numgoroutine(), 11);
    });
    assert_eq!(end, SchedEnd::MainReturned);
}

#[test]
fn goexit_paths() {
    let _l = lock_g();
    // A goroutine whose Goexit reached its trampoline: goexit_top frees the records and says 1.
    let end = run_test(move || {
        let c = Ch::new(1);
        go(move || {
            // SAFETY: pushing a Goexit record as runtime.Goexit's walk would have left it.
            unsafe {
                let g = getg();
                let p = crate::alloc::alloc_typed(
                    std::mem::size_of::<crate::panic::Panic>(),
                    std::mem::align_of::<crate::panic::Panic>(),
                    &crate::alloc::WORDS.0,
                ) as *mut crate::panic::Panic;
                (*p).goexit = true;
                (*g).panic = p;
                assert_eq!(crate::panic::deferc_goexit_top(), 1);
                assert!((*g).panic.is_null());
            }
            c.send(1);
        });
        c.recv();
    });
    assert_eq!(end, SchedEnd::MainReturned);

    // Main's Goexit (deferc_fatalpanic with a Goexit record): the others go on; when they have
    // all ended, Go's "no goroutines" fatal error.
    let ran = Rc::new(RefCell::new(false));
    let r = ran.clone();
    let end = run_test(move || {
        go(move || {
            deferc_gosched();
            *r.borrow_mut() = true;
        });
        // SAFETY: as above, on the main goroutine.
        unsafe {
            let g = getg();
            let p = crate::alloc::alloc_typed(
                std::mem::size_of::<crate::panic::Panic>(),
                std::mem::align_of::<crate::panic::Panic>(),
                &crate::alloc::WORDS.0,
            ) as *mut crate::panic::Panic;
            (*p).goexit = true;
            (*g).panic = p;
        }
        crate::panic::deferc_fatalpanic();
    });
    assert!(*ran.borrow());
    assert_eq!(
        end,
        SchedEnd::Deadlock(
            b"fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n".to_vec()
        )
    );
    // SAFETY: reading the static main G.
    assert_eq!(unsafe { (*main_g()).status }, crate::goroutine::GIDLE);

    // Main's Goexit with another goroutine blocked: "all goroutines are asleep".
    let end = run_test(move || {
        go(|| {
            Ch::nil().recv();
        });
        // SAFETY: as above.
        unsafe {
            let g = getg();
            let p = crate::alloc::alloc_typed(
                std::mem::size_of::<crate::panic::Panic>(),
                std::mem::align_of::<crate::panic::Panic>(),
                &crate::alloc::WORDS.0,
            ) as *mut crate::panic::Panic;
            (*p).goexit = true;
            (*g).panic = p;
        }
        crate::panic::deferc_fatalpanic();
    });
    let SchedEnd::Deadlock(m) = end else {
        panic!("{end:?}")
    };
    assert_eq!(
        String::from_utf8(m).unwrap(),
        "fatal error: all goroutines are asleep - deadlock!\n\n\
         goroutine 5 [chan receive (nil chan)]:\n"
    );
}

#[test]
fn stacks_and_gs_are_recycled() {
    let _l = lock_g();
    reset();
    let before = crate::stack::stats();
    let end = run_test(move || {
        let all0 = counts().2;
        for round in 0..20 {
            let done = Ch::new(100);
            for _ in 0..100 {
                go(move || {
                    done.send(1);
                });
            }
            for _ in 0..100 {
                done.recv();
            }
            deferc_gosched();
            let (live, free, all) = counts();
            assert_eq!(live, 1, "round {round}");
            // Every goroutine's G came back; never more than 100 were needed.
            assert!(all <= all0 + 100, "{all0} -> {all} Gs");
            assert!(free >= 100);
        }
    });
    assert_eq!(end, SchedEnd::MainReturned);
    let after = crate::stack::stats();
    // 2000 goroutines used at most 100 stacks: at most two more chunks were mapped, and the
    // stacks beyond the hot cache were given back.
    assert!(after.2 <= before.2 + 2, "{before:?} -> {after:?}");
    assert_eq!(after.0, crate::stack::HOT_STACKS);
    // SAFETY: main_g is static.
    assert_eq!(unsafe { (*main_g()).stack_lo }, 0);
    let _ = GDEAD;
}

/// VmRSS or VmPTE of this process in KiB.
fn proc_status_kib(field: &str) -> usize {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines()
        .find(|l| l.starts_with(field))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(0)
}

#[test]
fn hundred_thousand_blocked_goroutines_fit_in_two_gib() {
    const N: usize = 100_000;
    let _l = lock_g();
    let rss0 = proc_status_kib("VmRSS:");
    let pte0 = proc_status_kib("VmPTE:");
    let figures = Rc::new(RefCell::new((0usize, 0usize, 0usize)));
    let f = figures.clone();
    let t0 = std::time::Instant::now();
    let end = run_test(move || {
        let c = Ch::new(0);
        let done = Ch::new(N as isize);
        for _ in 0..N {
            go(move || {
                let (v, ok) = c.recv();
                assert!(ok && v == 1);
                done.send(1);
            });
        }
        deferc_gosched();
        // Every goroutine is parked on c now.
        assert_eq!(deferc_numgoroutine(), N as isize + 1);
        let rss = proc_status_kib("VmRSS:");
        let pte = proc_status_kib("VmPTE:");
        *f.borrow_mut() = (rss, pte, 0);
        for _ in 0..N {
            c.send(1);
        }
        for _ in 0..N {
            done.recv();
        }
        deferc_gosched();
        assert_eq!(deferc_numgoroutine(), 1);
        f.borrow_mut().2 = proc_status_kib("VmRSS:");
    });
    assert_eq!(end, SchedEnd::MainReturned);
    let (rss, pte, rss_after) = *figures.borrow();
    let blocked = rss.saturating_sub(rss0);
    eprintln!(
        "{N} blocked goroutines: +{} MiB RSS ({} bytes each), +{} MiB page tables; \
         after they ended: {} MiB RSS total; {:?} for all",
        blocked / 1024,
        blocked * 1024 / N,
        pte.saturating_sub(pte0) / 1024,
        rss_after / 1024,
        t0.elapsed()
    );
    if emulated() {
        // qemu-user's own bookkeeping is in this process's RSS and its madvise does nothing:
        // the figures say nothing about the runtime there.
        return;
    }
    assert!(blocked < 2 << 20, "{blocked} KiB");
    assert!(
        rss_after < rss0 + blocked / 2,
        "memory returned: {rss0} -> {rss} -> {rss_after} KiB"
    );
}

/// Whether this test binary runs under user-mode emulation (an aarch64 build under qemu on an
/// x86_64 host: /proc/cpuinfo is the host's).
fn emulated() -> bool {
    cfg!(target_arch = "aarch64")
        && std::fs::read_to_string("/proc/cpuinfo").is_ok_and(|c| c.contains("vendor_id"))
}

/// Goroutine creation and switch costs (printed; run with --nocapture to see them).
#[test]
fn create_and_switch_cost() {
    let _l = lock_g();
    let out = Rc::new(RefCell::new((0f64, 0f64)));
    let o = out.clone();
    run_test(move || {
        const N: usize = 100_000;
        // Create + run to completion + recycle, one at a time.
        let done = Ch::new(1);
        let t = std::time::Instant::now();
        for _ in 0..N {
            go(move || {
                done.send(1);
            });
            done.recv();
        }
        let create = t.elapsed().as_nanos() as f64 / N as f64;
        // Unbuffered ping-pong: two switches there and two back per round trip.
        let ping = Ch::new(0);
        let pong = Ch::new(0);
        go(move || loop {
            let (v, ok) = ping.recv();
            if !ok {
                return;
            }
            pong.send(v);
        });
        let t = std::time::Instant::now();
        for i in 0..N as i64 {
            ping.send(i);
            pong.recv();
        }
        let pingpong = t.elapsed().as_nanos() as f64 / N as f64;
        ping.close();
        *o.borrow_mut() = (create, pingpong);
    });
    let (create, pingpong) = *out.borrow();
    eprintln!("goroutine create+run+exit: {create:.0} ns; unbuffered ping-pong round trip: {pingpong:.0} ns");
}

/// The exit paths that end the process: run in a child (this test binary, filtered).
#[test]
fn deadlock_exits_2_in_child() {
    if std::env::var_os("DEFERC_SCHED_CHILD").is_some() {
        reset();
        deferc_set_go_trampoline(test_trampoline);
        crate::sched::run_main_goroutine(|| {
            go(|| {
                Ch::new(0).send(1);
            });
            crate::os::write_stdout(b"before\n");
            Ch::new(0).recv();
        });
        unreachable!();
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "sched_tests::deadlock_exits_2_in_child",
            "--nocapture",
        ])
        .env("DEFERC_SCHED_CHILD", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("before\n"));
    assert!(
        err.ends_with(
            "fatal error: all goroutines are asleep - deadlock!\n\n\
             goroutine 1 [chan receive]:\n\n\
             goroutine 5 [chan send]:\n"
        ),
        "stderr: {err}"
    );
}

/// An unrecovered panic that reached a goroutine's trampoline: Go's crash output naming that
/// goroutine, exit 2, even while other goroutines could run.
#[test]
fn unrecovered_panic_in_goroutine_in_child() {
    if std::env::var_os("DEFERC_SCHED_PANIC").is_some() {
        reset();
        deferc_set_go_trampoline(test_trampoline);
        crate::sched::run_main_goroutine(|| {
            go(|| {
                // SAFETY: a panic record as gopanic's walk leaves it when it reaches the
                // trampoline (value nil: "panic: nil").
                unsafe {
                    let p = crate::alloc::alloc_typed(
                        std::mem::size_of::<crate::panic::Panic>(),
                        std::mem::align_of::<crate::panic::Panic>(),
                        &crate::alloc::WORDS.0,
                    ) as *mut crate::panic::Panic;
                    (*getg()).panic = p;
                }
                crate::panic::deferc_goexit_top();
                unreachable!();
            });
            go(|| {
                Ch::new(0).recv();
            });
            crate::os::write_stdout(b"main\n");
            Ch::new(0).recv();
        });
        unreachable!();
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "sched_tests::unrecovered_panic_in_goroutine_in_child",
            "--nocapture",
        ])
        .env("DEFERC_SCHED_PANIC", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("main\n"));
    // Goroutine 6 was created last, so it ran first and blocked; then 5 panicked.
    assert!(
        err.ends_with("panic: nil\n\ngoroutine 5 [running]:\n"),
        "stderr: {err}"
    );
}

/// Blocking with no scheduler running (Rust code calling in directly) is a deadlock too.
#[test]
fn blocking_without_scheduler_in_child() {
    if std::env::var_os("DEFERC_SCHED_CHILD2").is_some() {
        reset();
        Ch::new(0).recv();
        unreachable!();
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "sched_tests::blocking_without_scheduler_in_child",
            "--nocapture",
        ])
        .env("DEFERC_SCHED_CHILD2", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    assert!(
        err.ends_with(
            "fatal error: all goroutines are asleep - deadlock!\n\n\
             goroutine 1 [chan receive]:\n"
        ),
        "stderr: {err}"
    );
}

/// Goroutines in hand-written "compiled code" (frame pointers, registered in funcdata, as
/// Cranelift's output is): deadlock tracebacks and "created by" lines, and the stack-limit
/// check's trap on a goroutine stack.
#[cfg(target_arch = "x86_64")]
mod frames {
    use super::*;
    use crate::funcdata::{deferc_register_funcs, CallSite, FuncInfo, NO_HANDLER};
    use crate::types::GoString;

    // deferc_ts_park(arg): receives from a nil channel (parks forever).
    // deferc_ts_spawn(code, arg): `go code(arg)`.
    // deferc_ts_deep(n): recursion with a stack check against the running G's stackguard (at
    //   offset 96), trapping with ud2 as compiled prologues do.
    core::arch::global_asm!(
        ".text",
        ".p2align 4",
        ".globl deferc_ts_park",
        "deferc_ts_park:",
        "push rbp",
        "mov rbp, rsp",
        "xor edi, edi",
        "xor esi, esi",
        "call {recv}",
        ".globl deferc_ts_park_ret",
        "deferc_ts_park_ret:",
        "pop rbp",
        "ret",
        ".globl deferc_ts_park_end",
        "deferc_ts_park_end:",
        "",
        ".p2align 4",
        ".globl deferc_ts_spawn",
        "deferc_ts_spawn:",
        "push rbp",
        "mov rbp, rsp",
        "call {newproc}",
        ".globl deferc_ts_spawn_ret",
        "deferc_ts_spawn_ret:",
        "pop rbp",
        "ret",
        ".globl deferc_ts_spawn_end",
        "deferc_ts_spawn_end:",
        "",
        ".p2align 4",
        ".globl deferc_ts_deep",
        "deferc_ts_deep:",
        "push rbp",
        "mov rbp, rsp",
        "mov rax, qword ptr [rip + {curg}]",
        "cmp rsp, qword ptr [rax + 96]",
        "jb 1f",
        "sub rsp, 64",
        "inc rdi",
        "call deferc_ts_deep",
        ".globl deferc_ts_deep_ret",
        "deferc_ts_deep_ret:",
        "add rsp, 64",
        "pop rbp",
        "ret",
        "1:",
        "ud2",
        ".globl deferc_ts_deep_end",
        "deferc_ts_deep_end:",
        "",
        ".p2align 4",
        ".globl deferc_ts_throw",
        "deferc_ts_throw:",
        "push rbp",
        "mov rbp, rsp",
        "lea rdi, [rip + 2f]",
        "mov esi, 30",
        "call {throw}",
        ".globl deferc_ts_throw_ret",
        "deferc_ts_throw_ret:",
        "ud2",
        ".globl deferc_ts_throw_end",
        "deferc_ts_throw_end:",
        "2:",
        ".ascii \"sync: unlock of unlocked mutex\"",
        recv = sym crate::arch::deferc_chanrecv,
        newproc = sym crate::arch::deferc_newproc,
        curg = sym crate::goroutine::deferc_curg,
        throw = sym crate::arch::deferc_throw,
    );

    extern "C" {
        fn deferc_ts_park(arg: usize);
        static deferc_ts_park_ret: u8;
        static deferc_ts_park_end: u8;
        fn deferc_ts_spawn(code: usize, arg: usize);
        static deferc_ts_spawn_ret: u8;
        static deferc_ts_spawn_end: u8;
        fn deferc_ts_deep(n: usize);
        static deferc_ts_deep_ret: u8;
        static deferc_ts_deep_end: u8;
        fn deferc_ts_throw(arg: usize);
        static deferc_ts_throw_ret: u8;
        static deferc_ts_throw_end: u8;
    }

    fn gs(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    fn func(name: &'static str, entry: usize, end: usize, ret: usize, line: u32) -> FuncInfo {
        let sites: &'static [CallSite] = Box::leak(Box::new([CallSite {
            ret_off: (ret - entry) as u32,
            handler_off: NO_HANDLER,
            frame_off: 0,
            line,
        }]));
        FuncInfo {
            entry,
            size: end - entry,
            name: gs(name),
            file: gs("/t/main.go"),
            sites: sites.as_ptr(),
            nsites: 1,
            flags: 0,
        }
    }

    fn register() {
        static ONCE: std::sync::Once = std::sync::Once::new();
        // SAFETY: addresses of the labels above; the table is leaked.
        ONCE.call_once(|| unsafe {
            let a = |p: *const u8| p as usize;
            let funcs = vec![
                func(
                    "main.parked",
                    deferc_ts_park as *const () as usize,
                    a(&deferc_ts_park_end),
                    a(&deferc_ts_park_ret),
                    60,
                ),
                func(
                    "main.spawner",
                    deferc_ts_spawn as *const () as usize,
                    a(&deferc_ts_spawn_end),
                    a(&deferc_ts_spawn_ret),
                    70,
                ),
                func(
                    "main.thrower",
                    deferc_ts_throw as *const () as usize,
                    a(&deferc_ts_throw_end),
                    a(&deferc_ts_throw_ret),
                    90,
                ),
                func(
                    "main.deep",
                    deferc_ts_deep as *const () as usize,
                    a(&deferc_ts_deep_end),
                    a(&deferc_ts_deep_ret),
                    80,
                ),
            ];
            let funcs: &'static [FuncInfo] = Box::leak(funcs.into_boxed_slice());
            deferc_register_funcs(funcs.as_ptr(), funcs.len());
        });
    }

    /// Replaces `+0x..` offsets by `+OFF`.
    fn strip_offsets(s: &str) -> String {
        s.lines()
            .map(|l| match l.find(" +0x") {
                Some(i) => format!("{} +OFF", &l[..i]),
                None => l.to_string(),
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    /// deferc_throw from a goroutine: Go's fatal error with its frames and creator.
    #[test]
    fn throw_in_child() {
        if std::env::var_os("DEFERC_SCHED_THROW").is_some() {
            register();
            reset();
            deferc_set_go_trampoline(test_trampoline);
            crate::sched::run_main_goroutine(|| {
                // SAFETY: as above.
                unsafe { deferc_ts_spawn(deferc_ts_throw as *const () as usize, 0) };
                Ch::new(0).recv();
            });
            unreachable!();
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "sched_tests::frames::throw_in_child",
                "--nocapture",
            ])
            .env("DEFERC_SCHED_THROW", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        assert!(
            strip_offsets(&err).ends_with(
                "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 5 [running]:\n\
                 main.thrower(...)\n\t/t/main.go:90 +OFF\n\
                 created by main.spawner\n\t/t/main.go:70 +OFF"
            ),
            "stderr: {err}"
        );
    }

    #[test]
    fn deadlock_report_has_frames_and_creators() {
        let _l = lock_g();
        register();
        let end = run_test(|| {
            // SAFETY: the hand-written functions follow the calling convention.
            unsafe {
                deferc_ts_spawn(deferc_ts_park as *const () as usize, 0);
                deferc_ts_park(0);
            }
        });
        let SchedEnd::Deadlock(msg) = end else {
            panic!("{end:?}")
        };
        assert_eq!(
            strip_offsets(&String::from_utf8(msg).unwrap()),
            "fatal error: all goroutines are asleep - deadlock!\n\n\
             goroutine 1 [chan receive (nil chan)]:\n\
             main.parked(...)\n\t/t/main.go:60 +OFF\n\n\
             goroutine 5 [chan receive (nil chan)]:\n\
             main.parked(...)\n\t/t/main.go:60 +OFF\n\
             created by main.spawner\n\t/t/main.go:70 +OFF"
        );
    }

    /// A goroutine overflows its 8 MiB stack: the stack check traps, and the report names it.
    #[test]
    fn stack_overflow_on_a_goroutine_in_child() {
        if std::env::var_os("DEFERC_SCHED_DEEP").is_some() {
            register();
            reset();
            crate::signal::install_on_this_thread();
            deferc_set_go_trampoline(test_trampoline);
            crate::sched::run_main_goroutine(|| {
                // SAFETY: as above.
                unsafe { deferc_ts_spawn(deferc_ts_deep as *const () as usize, 0) };
                Ch::new(0).recv();
            });
            unreachable!();
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "sched_tests::frames::stack_overflow_on_a_goroutine_in_child",
                "--nocapture",
            ])
            .env("DEFERC_SCHED_DEEP", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        let lines: Vec<&str> = err.lines().collect();
        assert_eq!(
            lines[0], "runtime: goroutine stack exceeds 1000000000-byte limit",
            "{err}"
        );
        // runtime: sp=0x... stack=[lo, hi] with lo < sp < hi, an 8 MiB stack.
        let nums: Vec<usize> = lines[1]
            .split(|c: char| !c.is_ascii_hexdigit() && c != 'x')
            .filter_map(|w| w.strip_prefix("0x"))
            .map(|h| usize::from_str_radix(h, 16).unwrap())
            .collect();
        assert_eq!(nums.len(), 3, "{err}");
        assert_eq!(nums[2] - nums[1], crate::stack::STACK_SIZE, "{err}");
        assert!(nums[0] > nums[1] && nums[0] < nums[1] + crate::stack::GUARD_MARGIN);
        let rest = strip_offsets(&lines[2..].join("\n"));
        assert!(
            rest.starts_with(
                "fatal error: stack overflow\n\nruntime stack:\n\ngoroutine 5 [running]:\n\
                 main.deep(...)\n\t/t/main.go:0 +OFF\nmain.deep(...)\n\t/t/main.go:80 +OFF\n"
            ),
            "{rest}"
        );
        assert!(
            rest.ends_with(
                "...additional frames elided...\ncreated by main.spawner\n\t/t/main.go:70 +OFF"
            ),
            "{rest}"
        );
    }

    /// A wild pointer on a goroutine stack: Go's fault report with that goroutine's frames.
    #[test]
    fn fault_on_a_goroutine_in_child() {
        if std::env::var_os("DEFERC_SCHED_FAULT").is_some() {
            reset();
            crate::signal::install_on_this_thread();
            deferc_set_go_trampoline(test_trampoline);
            crate::sched::run_main_goroutine(|| {
                go(|| {
                    // SAFETY: deliberately invalid, to provoke the handler (the child exits 2).
                    unsafe { std::ptr::read_volatile(0xdead_b000usize as *const u64) };
                });
                Ch::new(0).recv();
            });
            unreachable!();
        }
        let exe = std::env::current_exe().unwrap();
        let out = std::process::Command::new(exe)
            .args([
                "--exact",
                "sched_tests::frames::fault_on_a_goroutine_in_child",
                "--nocapture",
            ])
            .env("DEFERC_SCHED_FAULT", "1")
            .output()
            .unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "stderr: {err}");
        assert!(
            err.starts_with("unexpected fault address 0xdeadb000\nfatal error: fault\n"),
            "{err}"
        );
        assert!(err.contains("\ngoroutine 5 [running]:\n"), "{err}");
    }
}
