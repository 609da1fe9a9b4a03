//! Unit tests of panics without compiled code: Panic records, recover's frame rule, runtime
//! error messages and the crash output, through the runtime's C entry points (and the G lock
//! other tests share).

use super::*;
use crate::types::{StaticType, TFLAG_NAMED};
use std::sync::Mutex;

/// Tests that touch the (single, global) G's panic list run one at a time.
pub(crate) static G_LOCK: Mutex<()> = Mutex::new(());

pub(crate) fn lock_g() -> std::sync::MutexGuard<'static, ()> {
    G_LOCK.lock().unwrap_or_else(|e| e.into_inner())
}

fn s(b: Vec<u8>) -> String {
    String::from_utf8(b).unwrap()
}

// Every expected string is Go 1.19's output for the slice expression in the comment
// (recovered and printed with fmt.Println), with s = []int{1,2,3}, a = [3]int{},
// str = "abc", i, j, k := 5, 1, 0, neg := -1, u := uint(1<<64-1).
#[test]
fn bounds_messages() {
    let cases: &[(i64, i64, i64, &str)] = &[
        // s[i]
        (0, 5, 3, "index out of range [5] with length 3"),
        // s[neg]
        (0, -1, 3, "index out of range [-1]"),
        // s[u]
        (
            BOUNDS_UNSIGNED,
            -1,
            3,
            "index out of range [18446744073709551615] with length 3",
        ),
        // s[:i]
        (2, 5, 3, "slice bounds out of range [:5] with capacity 3"),
        // s[:neg]
        (2, -1, 3, "slice bounds out of range [:-1]"),
        // str[:i]
        (1, 5, 3, "slice bounds out of range [:5] with length 3"),
        // s[j:k]
        (3, 1, 0, "slice bounds out of range [1:0]"),
        // s[neg:]
        (3, -1, 3, "slice bounds out of range [-1:]"),
        // s[:1:i]
        (5, 5, 3, "slice bounds out of range [::5] with capacity 3"),
        // s[:i:j]
        (6, 5, 1, "slice bounds out of range [:5:1]"),
        // s[:j:k]
        (6, 1, 0, "slice bounds out of range [:1:0]"),
        // s[j:k:k]
        (7, 1, 0, "slice bounds out of range [1:0:]"),
        // a[:i:i]
        (4, 5, 3, "slice bounds out of range [::5] with length 3"),
        // str[i:]
        (3, 5, 3, "slice bounds out of range [5:3]"),
        // s[1:neg:3]
        (6, -1, 3, "slice bounds out of range [:-1:]"),
        // s[neg:1:3]
        (7, -1, 1, "slice bounds out of range [-1::]"),
        // s[:3:neg]
        (5, -1, 3, "slice bounds out of range [::-1]"),
        (0, i64::MIN, 1, "index out of range [-9223372036854775808]"),
    ];
    for &(code, x, y, want) in cases {
        assert_eq!(
            s(bounds_message(code, x, y)),
            format!("runtime error: {want}"),
            "code {code} x {x} y {y}"
        );
    }
}

fn line(t: &str, recovered: bool) -> PanicLine {
    PanicLine {
        text: Some(t.as_bytes().to_vec()),
        recovered,
    }
}
const GOEXIT: PanicLine = PanicLine {
    text: None,
    recovered: false,
};

fn pp(chain: &[PanicLine]) -> String {
    let mut out = Vec::new();
    printpanics(&mut out, chain);
    s(out)
}

// Go 1.19 outputs of /tmp programs (see the comments) up to the first blank line.
#[test]
fn printpanics_chains() {
    // panic("x") recovered and re-panicked, then two deferred panics.
    assert_eq!(
        pp(&[
            line("x", true),
            line("x", false),
            line("main.MyInt(7)", false),
            line("third", false),
        ]),
        "panic: x [recovered]\n\tpanic: x\n\tpanic: main.MyInt(7)\n\tpanic: third\n"
    );
    // One panic.
    assert_eq!(pp(&[line("boom", false)]), "panic: boom\n");
    // Goexit, then a deferred call panics: the Goexit prints nothing and no tab.
    assert_eq!(
        pp(&[GOEXIT, line("after goexit", false)]),
        "panic: after goexit\n"
    );
    // A panic, then Goexit in a deferred call, then a panic: Go prints the tab for the
    // record after the panic, nothing for the Goexit, and no tab after it.
    assert_eq!(
        pp(&[line("a", false), GOEXIT, line("c", false)]),
        "panic: a\n\tpanic: c\n"
    );
    assert_eq!(
        pp(&[
            line("+3.500000e+000", false),
            line("nil", false),
            line("stringer", false),
            line("custom err", false)
        ]),
        "panic: +3.500000e+000\n\tpanic: nil\n\tpanic: stringer\n\tpanic: custom err\n"
    );
}

#[test]
fn signal_line() {
    let mut out = Vec::new();
    put_signal_line(&mut out, 0x457c62);
    assert_eq!(
        s(out),
        "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x457c62]\n"
    );
}

#[test]
fn numbers() {
    let mut out = Vec::new();
    put_dec(&mut out, 0);
    out.put(b" ");
    put_dec(&mut out, u64::MAX);
    out.put(b" ");
    put_hex(&mut out, 0);
    out.put(b" ");
    put_hex(&mut out, 0x1d);
    assert_eq!(s(out), "0 18446744073709551615 0x0 0x1d");
}

#[test]
fn trace_push_and_splice() {
    // SAFETY: a zeroed Trace is valid (integers only).
    let mut old: Trace = unsafe { std::mem::zeroed() };
    // The old panic: raised in g (fp 0x100), processed by f (fp 0x200).
    old.push(0x100, 0x1111);
    old.push(0x200, 0x2222);
    // Re-walking from the pad's own frame records nothing new.
    old.push(0x180, 0x9999);
    old.push(0x200, 0x9999);
    assert_eq!(old.pcs(), &[0x1111, 0x2222]);
    // SAFETY: as above.
    let mut new: Trace = unsafe { std::mem::zeroed() };
    // The new panic: raised in the deferred call (fp 0x80), reached f's pad.
    new.push(0x80, 0x8888);
    new.push(0x200, 0x3333);
    new.splice(0x200, &old);
    assert_eq!(new.pcs(), &[0x8888, 0x1111, 0x2222]);
    assert_eq!(new.total, 3);
    // Continuing above f after a re-raise.
    new.push(0x200, 0x4444);
    new.push(0x300, 0x5555);
    assert_eq!(new.pcs(), &[0x8888, 0x1111, 0x2222, 0x5555]);

    // SAFETY: as above.
    let mut deep: Trace = unsafe { std::mem::zeroed() };
    for i in 0..10_000usize {
        deep.push(0x1000 + i * 16, i);
    }
    assert_eq!(deep.n, TRACEBACK_MAX_FRAMES);
    assert_eq!(deep.total, 10_000);
}

fn push_panic(arg: Eface, goexit: bool) -> *mut Panic {
    let g = getg();
    // SAFETY: test-only manipulation of the G's list under G_LOCK.
    unsafe {
        let p = newpanic();
        (*p).arg = arg;
        (*p).link = (*g).panic;
        (*p).recovered = false;
        (*p).aborted = false;
        (*p).goexit = goexit;
        (*p).frame_fp = 0;
        (*p).trace.clear();
        (*g).panic = p;
        p
    }
}

fn val(n: usize) -> Eface {
    Eface {
        typ: std::ptr::dangling::<Type>(),
        data: n as *const u8,
    }
}

fn reset_g() {
    // SAFETY: under G_LOCK.
    unsafe {
        (*getg()).panic = std::ptr::null_mut();
        (*getg()).sig = 0;
    }
}

#[test]
fn recover_rules() {
    let _l = lock_g();
    reset_g();
    // recover outside a panic
    assert!(deferc_gorecover(0x1000).typ.is_null());
    let p = push_panic(val(1), false);
    // No pad is processing it yet.
    assert!(deferc_gorecover(0).typ.is_null());
    deferc_panic_enter(0x1000);
    // Not called directly by the pad's deferred call.
    assert!(deferc_gorecover(0x800).typ.is_null());
    assert_eq!(deferc_panic_defer_done(0x1000), 0);
    // The direct one recovers, once.
    assert_eq!(deferc_gorecover(0x1000).data as usize, 1);
    assert!(deferc_gorecover(0x1000).typ.is_null());
    // Another frame's pad does not pop it.
    assert_eq!(deferc_panic_defer_done(0x2000), 0);
    assert_eq!(deferc_panic_defer_done(0x1000), 1);
    // SAFETY: under G_LOCK.
    unsafe {
        assert!((*getg()).panic.is_null());
        assert_eq!((*getg()).panicpool, p, "record returned to the pool");
    }
    // Goexit is never recovered.
    push_panic(NIL, true);
    deferc_panic_enter(0x1000);
    assert!(deferc_gorecover(0x1000).typ.is_null());
    assert_eq!(deferc_panic_defer_done(0x1000), 0);
    reset_g();
}

#[test]
fn nested_panics_abort_and_pop() {
    let _l = lock_g();
    reset_g();
    // p1 processed by frame F (fp 0x1000); its deferred call panics p2, which comes back
    // to F's pad: p1 is aborted; a later deferred call recovers p2: both go.
    let p1 = push_panic(val(1), false);
    deferc_panic_enter(0x1000);
    let p2 = push_panic(val(2), false);
    // A pad below F (inside the deferred call) does not abort p1.
    deferc_panic_enter(0x800);
    // SAFETY: records are live under G_LOCK.
    unsafe { assert!(!(*p1).aborted) };
    deferc_panic_enter(0x1000);
    // SAFETY: as above.
    unsafe {
        assert!((*p1).aborted);
        assert!(!(*p2).aborted);
    }
    assert_eq!(deferc_gorecover(0x1000).data as usize, 2);
    assert_eq!(deferc_panic_defer_done(0x1000), 1);
    // SAFETY: under G_LOCK.
    unsafe { assert!((*getg()).panic.is_null()) };

    // A recovered panic whose deferred call panics again stays on the list (printed with
    // " [recovered]"), aborted.
    let p1 = push_panic(val(1), false);
    deferc_panic_enter(0x1000);
    assert_eq!(deferc_gorecover(0x1000).data as usize, 1);
    let p2 = push_panic(val(2), false);
    deferc_panic_enter(0x1000);
    // SAFETY: as above.
    unsafe {
        assert!((*p1).recovered && (*p1).aborted);
        assert_eq!((*getg()).panic, p2);
    }
    // p2 is not recovered in F; F re-raises and an outer frame G (0x3000) recovers it.
    assert_eq!(deferc_panic_defer_done(0x1000), 0);
    deferc_panic_enter(0x3000);
    assert_eq!(deferc_gorecover(0x3000).data as usize, 2);
    assert_eq!(deferc_panic_defer_done(0x3000), 1);
    // SAFETY: under G_LOCK.
    unsafe { assert!((*getg()).panic.is_null()) };
    reset_g();
}

#[test]
fn recovered_panic_resumes_aborted_goexit() {
    let _l = lock_g();
    reset_g();
    // Goexit processed by F; a deferred call panics; F's next deferred call recovers:
    // the Goexit goes on (defer_done answers 0 and the Goexit is current again).
    let ge = push_panic(NIL, true);
    deferc_panic_enter(0x1000);
    push_panic(val(2), false);
    deferc_panic_enter(0x1000);
    // SAFETY: records are live under G_LOCK.
    unsafe { assert!((*ge).aborted) };
    assert_eq!(deferc_gorecover(0x1000).data as usize, 2);
    assert_eq!(deferc_panic_defer_done(0x1000), 0);
    // SAFETY: as above.
    unsafe {
        assert_eq!((*getg()).panic, ge);
        assert!(!(*ge).aborted);
        assert_eq!((*ge).frame_fp, 0x1000);
    }
    reset_g();
}

#[test]
fn signal_flag_cleared_when_list_empties() {
    let _l = lock_g();
    reset_g();
    push_panic(val(1), false);
    // SAFETY: under G_LOCK.
    unsafe { (*getg()).sig = SIGSEGV };
    deferc_panic_enter(0x1000);
    deferc_gorecover(0x1000);
    assert_eq!(deferc_panic_defer_done(0x1000), 1);
    // SAFETY: under G_LOCK.
    unsafe { assert_eq!((*getg()).sig, 0) };
    reset_g();
}

#[test]
fn catch_pops() {
    let _l = lock_g();
    reset_g();
    push_panic(val(1), false);
    deferc_panic_enter(0x1000);
    push_panic(val(7), false);
    deferc_panic_enter(0x1000);
    assert_eq!(deferc_panic_catch().data as usize, 7);
    // SAFETY: under G_LOCK.
    unsafe {
        assert!((*getg()).panic.is_null(), "aborted p1 popped too");
        assert_eq!((*getg()).caught.data as usize, 7);
    }
    reset_g();
}

static NAME_STRING: &[u8] = b"string";
pub(crate) static STRING_TYPE: StaticType =
    StaticType(Type::new(Kind::String, 16, 8, TFLAG_NAMED, NAME_STRING));

#[test]
fn panic_values_text() {
    // SAFETY: the efaces are valid for their types.
    unsafe {
        assert_eq!(panic_text(NIL).unwrap(), b"nil");
        let e = runtime_error(
            RuntimeError::ErrorString,
            b"runtime error: integer divide by zero",
        );
        assert_eq!(
            panic_text(e).unwrap(),
            b"runtime error: integer divide by zero"
        );
        let e = bounds_error(0, 5, 3);
        assert_eq!(
            panic_text(e).unwrap(),
            b"runtime error: index out of range [5] with length 3"
        );
        let gs = GoString::from_bytes(b"plain");
        let e = Eface {
            typ: &STRING_TYPE.0,
            data: &gs as *const GoString as *const u8,
        };
        assert_eq!(panic_text(e).unwrap(), b"plain");
    }
    let name = b"boom".to_vec();
    let gs = GoString::from_bytes(&name);
    let caught = Eface {
        typ: &STRING_TYPE.0,
        data: &gs as *const GoString as *const u8,
    };
    assert_eq!(
        s(panic_while_printing(caught)),
        "panic while printing panic value: boom"
    );
    let caught = Eface {
        typ: &FALLBACK_BOUNDS.0,
        data: std::ptr::null(),
    };
    assert_eq!(
        s(panic_while_printing(caught)),
        "panic while printing panic value: type runtime.boundsError"
    );
}
