//! End-to-end tests of raise, walk, resume and the landing-pad protocol on hand-written
//! "compiled code" that follows the Tail-stub contract: frame pointers everywhere, funcdata
//! registered, landing pads at try_call sites. The frames are in assembly so that the layout
//! is exactly what the unwinder assumes (what Cranelift produces for compiled Go code).

use super::tests::{lock_g, STRING_TYPE};
use super::*;
use crate::funcdata::{deferc_register_funcs, findfunc, CallSite, FuncInfo};
use std::cell::RefCell;
use std::sync::Once;

// dt_catch(a0, a1, a2, target, raise, n): a frame with a landing pad at its call of
//   `target` (frame_off 48). Normal return: 0. Pad: enter, one deferred call
//   (dt_deferred), then returns 10 + defer_done.
// dt_rethrow: a frame whose pad runs a deferred call that does not recover, then
//   re-raises through a stub (frame_off 16).
// dt_mid: a frame without handlers. dt_raise: calls the raise entry in r8 with the
//   arguments in rdi, rsi, rdx. dt_rec: r9 more frames of itself, then dt_raise.
core::arch::global_asm!(
    ".text",
    ".p2align 4",
    ".globl deferc_t_catch",
    "deferc_t_catch:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "push r12",
    "push r13",
    "push r14",
    "push r15",
    "sub rsp, 8",
    "call rcx",
    ".globl deferc_t_catch_ret",
    "deferc_t_catch_ret:",
    "xor eax, eax",
    "jmp 2f",
    ".globl deferc_t_catch_pad",
    "deferc_t_catch_pad:",
    "mov rdi, rbp",
    "call deferc_panic_enter",
    "mov rdi, rbp",
    "call deferc_t_deferred",
    ".globl deferc_t_catch_ret2",
    "deferc_t_catch_ret2:",
    "mov rdi, rbp",
    "call deferc_panic_defer_done",
    "movzx eax, al",
    "add eax, 10",
    "2:",
    "add rsp, 8",
    "pop r15",
    "pop r14",
    "pop r13",
    "pop r12",
    "pop rbx",
    "pop rbp",
    "ret",
    ".globl deferc_t_catch_end",
    "deferc_t_catch_end:",
    "",
    ".p2align 4",
    ".globl deferc_t_rethrow",
    "deferc_t_rethrow:",
    "push rbp",
    "mov rbp, rsp",
    "push rbx",
    "sub rsp, 8",
    "call deferc_t_mid",
    ".globl deferc_t_rethrow_ret",
    "deferc_t_rethrow_ret:",
    "add rsp, 8",
    "pop rbx",
    "pop rbp",
    "ret",
    ".globl deferc_t_rethrow_pad",
    "deferc_t_rethrow_pad:",
    "mov rdi, rbp",
    "call deferc_panic_enter",
    "mov rdi, rbp",
    "call deferc_t_deferred_norecover",
    "mov rdi, rbp",
    "call deferc_panic_defer_done",
    "call deferc_t_repanic_stub",
    ".globl deferc_t_rethrow_ret2",
    "deferc_t_rethrow_ret2:",
    "ud2",
    ".globl deferc_t_rethrow_end",
    "deferc_t_rethrow_end:",
    "",
    ".p2align 4",
    ".globl deferc_t_repanic_stub",
    "deferc_t_repanic_stub:",
    "push rbp",
    "mov rbp, rsp",
    "call deferc_gorepanic",
    ".globl deferc_t_repanic_stub_ret",
    "deferc_t_repanic_stub_ret:",
    "ud2",
    ".globl deferc_t_repanic_stub_end",
    "deferc_t_repanic_stub_end:",
    "",
    ".p2align 4",
    ".globl deferc_t_mid",
    "deferc_t_mid:",
    "push rbp",
    "mov rbp, rsp",
    "call deferc_t_raise",
    ".globl deferc_t_mid_ret",
    "deferc_t_mid_ret:",
    "pop rbp",
    "ret",
    ".globl deferc_t_mid_end",
    "deferc_t_mid_end:",
    "",
    ".p2align 4",
    ".globl deferc_t_raise",
    "deferc_t_raise:",
    "push rbp",
    "mov rbp, rsp",
    "call r8",
    ".globl deferc_t_raise_ret",
    "deferc_t_raise_ret:",
    "ud2",
    ".globl deferc_t_raise_end",
    "deferc_t_raise_end:",
    "",
    ".p2align 4",
    ".globl deferc_t_rec",
    "deferc_t_rec:",
    "push rbp",
    "mov rbp, rsp",
    "test r9, r9",
    "jz 3f",
    "dec r9",
    "call deferc_t_rec",
    ".globl deferc_t_rec_ret",
    "deferc_t_rec_ret:",
    "pop rbp",
    "ret",
    "3:",
    "call deferc_t_raise",
    ".globl deferc_t_rec_ret2",
    "deferc_t_rec_ret2:",
    "ud2",
    ".globl deferc_t_rec_end",
    "deferc_t_rec_end:",
);

extern "C" {
    fn deferc_t_catch(
        a0: usize,
        a1: usize,
        a2: usize,
        target: usize,
        raise: usize,
        n: usize,
    ) -> u64;
    static deferc_t_catch_ret: u8;
    static deferc_t_catch_pad: u8;
    static deferc_t_catch_ret2: u8;
    static deferc_t_catch_end: u8;
    fn deferc_t_rethrow();
    static deferc_t_rethrow_ret: u8;
    static deferc_t_rethrow_pad: u8;
    static deferc_t_rethrow_ret2: u8;
    static deferc_t_rethrow_end: u8;
    fn deferc_t_repanic_stub();
    static deferc_t_repanic_stub_ret: u8;
    static deferc_t_repanic_stub_end: u8;
    fn deferc_t_mid();
    static deferc_t_mid_ret: u8;
    static deferc_t_mid_end: u8;
    fn deferc_t_raise();
    static deferc_t_raise_ret: u8;
    static deferc_t_raise_end: u8;
    fn deferc_t_rec();
    static deferc_t_rec_ret: u8;
    static deferc_t_rec_ret2: u8;
    static deferc_t_rec_end: u8;
}

fn a<T>(p: *const T) -> usize {
    p as usize
}

fn gs(s: &'static str) -> GoString {
    GoString {
        ptr: s.as_ptr(),
        len: s.len(),
    }
}

fn site(entry: usize, ret: usize, pad: Option<(usize, u32)>, line: u32) -> CallSite {
    CallSite {
        ret_off: (ret - entry) as u32,
        handler_off: pad.map_or(NO_HANDLER, |(p, _)| (p - entry) as u32),
        frame_off: pad.map_or(0, |(_, f)| f),
        line,
    }
}

fn func(name: &'static str, entry: usize, end: usize, sites: Vec<CallSite>) -> FuncInfo {
    let sites: &'static [CallSite] = Box::leak(sites.into_boxed_slice());
    FuncInfo {
        entry,
        size: end - entry,
        name: gs(name),
        file: gs("/t/main.go"),
        sites: sites.as_ptr(),
        nsites: sites.len(),
        flags: 0,
    }
}

static REGISTER: Once = Once::new();

fn register() {
    // SAFETY: addresses of the labels above; the tables are leaked.
    REGISTER.call_once(|| unsafe {
        let c = a(deferc_t_catch as *const ());
        let r = a(deferc_t_rethrow as *const ());
        let s = a(deferc_t_repanic_stub as *const ());
        let m = a(deferc_t_mid as *const ());
        let x = a(deferc_t_raise as *const ());
        let q = a(deferc_t_rec as *const ());
        let funcs = vec![
            func(
                "deferc.catch",
                c,
                a(&deferc_t_catch_end),
                vec![
                    site(
                        c,
                        a(&deferc_t_catch_ret),
                        Some((a(&deferc_t_catch_pad), 48)),
                        1,
                    ),
                    site(c, a(&deferc_t_catch_ret2), None, 2),
                ],
            ),
            func(
                "main.rethrow",
                r,
                a(&deferc_t_rethrow_end),
                vec![
                    site(
                        r,
                        a(&deferc_t_rethrow_ret),
                        Some((a(&deferc_t_rethrow_pad), 16)),
                        20,
                    ),
                    site(r, a(&deferc_t_rethrow_ret2), None, 21),
                ],
            ),
            func(
                "deferc.repanic",
                s,
                a(&deferc_t_repanic_stub_end),
                vec![site(s, a(&deferc_t_repanic_stub_ret), None, 0)],
            ),
            func(
                "main.mid",
                m,
                a(&deferc_t_mid_end),
                vec![site(m, a(&deferc_t_mid_ret), None, 30)],
            ),
            func(
                "main.raise",
                x,
                a(&deferc_t_raise_end),
                vec![site(x, a(&deferc_t_raise_ret), None, 40)],
            ),
            func(
                "main.rec",
                q,
                a(&deferc_t_rec_end),
                vec![
                    site(q, a(&deferc_t_rec_ret), None, 50),
                    site(q, a(&deferc_t_rec_ret2), None, 51),
                ],
            ),
        ];
        let funcs: &'static [FuncInfo] = Box::leak(funcs.into_boxed_slice());
        deferc_register_funcs(funcs.as_ptr(), funcs.len());
    });
}

/// What the deferred calls saw.
#[derive(Default)]
struct Seen {
    recovered: Vec<Eface>,
    trace: Vec<String>,
    not_recovered: usize,
}

thread_local! {
    static SEEN: RefCell<Seen> = RefCell::new(Seen::default());
}

fn take_seen() -> Seen {
    SEEN.with(|s| std::mem::take(&mut *s.borrow_mut()))
}

/// A deferred function that calls recover() directly (its caller is the pad's frame).
#[no_mangle]
extern "C" fn deferc_t_deferred(caller_fp: usize) {
    // SAFETY: the G's current panic is live while its pad runs.
    let trace = unsafe {
        let p = (*getg()).panic;
        (*p).trace
            .pcs()
            .iter()
            .map(|&pc| String::from_utf8_lossy(findfunc(pc - 1).unwrap().name()).into_owned())
            .collect::<Vec<_>>()
    };
    let r = deferc_gorecover(caller_fp);
    SEEN.with(|s| {
        let mut s = s.borrow_mut();
        s.recovered.push(r);
        s.trace = trace;
    });
}

/// A deferred function whose recover() is not called directly by the deferred call.
#[no_mangle]
extern "C" fn deferc_t_deferred_norecover(caller_fp: usize) {
    let r = deferc_gorecover(caller_fp - 64);
    assert!(r.typ.is_null());
    SEEN.with(|s| s.borrow_mut().not_recovered += 1);
}

fn reset_g() {
    // SAFETY: under G_LOCK.
    unsafe {
        (*getg()).panic = std::ptr::null_mut();
        (*getg()).sig = 0;
    }
}

fn catch(a0: usize, a1: usize, a2: usize, target: usize, raise: usize, n: usize) -> u64 {
    register();
    // SAFETY: the asm frames follow the contract; the raise entries are ours.
    unsafe { deferc_t_catch(a0, a1, a2, target, raise, n) }
}

#[test]
fn panic_recovered_two_frames_up() {
    let _l = lock_g();
    reset_g();
    let msg = GoString::from_bytes(b"boom");
    let data = &msg as *const GoString as usize;
    let r = catch(
        &STRING_TYPE.0 as *const Type as usize,
        data,
        0,
        deferc_t_mid as *const () as usize,
        deferc_gopanic as *const () as usize,
        0,
    );
    assert_eq!(r, 11, "resumed at the pad, recovered");
    let seen = take_seen();
    assert_eq!(seen.recovered.len(), 1);
    assert_eq!(seen.recovered[0].data as usize, data);
    assert_eq!(seen.trace, ["main.raise", "main.mid"]);
    // SAFETY: under G_LOCK.
    unsafe { assert!((*getg()).panic.is_null()) };
}

#[test]
fn runtime_errors_are_recoverable_values() {
    let _l = lock_g();
    reset_g();
    let r = catch(
        0,
        7,
        3,
        deferc_t_mid as *const () as usize,
        deferc_panic_bounds as *const () as usize,
        0,
    );
    assert_eq!(r, 11);
    let seen = take_seen();
    // SAFETY: the recovered value is a runtime error built by panic_bounds_impl.
    let text = unsafe { panic_text(seen.recovered[0]).unwrap() };
    assert_eq!(text, b"runtime error: index out of range [7] with length 3");

    let r = catch(
        0,
        0,
        0,
        deferc_t_mid as *const () as usize,
        deferc_panic_mem as *const () as usize,
        0,
    );
    assert_eq!(r, 11);
    let seen = take_seen();
    // SAFETY: as above.
    let text = unsafe { panic_text(seen.recovered[0]).unwrap() };
    assert_eq!(
        text,
        b"runtime error: invalid memory address or nil pointer dereference"
    );
    // SAFETY: under G_LOCK.
    unsafe { assert_eq!((*getg()).sig, 0, "cleared by the recovery") };
}

#[test]
fn repanic_continues_past_the_pad_frame() {
    let _l = lock_g();
    reset_g();
    let r = catch(
        std::ptr::dangling::<Type>() as usize,
        42,
        0,
        deferc_t_rethrow as *const () as usize,
        deferc_gopanic as *const () as usize,
        0,
    );
    assert_eq!(r, 11);
    let seen = take_seen();
    assert_eq!(seen.not_recovered, 1, "rethrow's pad ran its deferred call");
    assert_eq!(seen.recovered[0].data as usize, 42);
    // The traceback goes through the rethrowing frame once.
    assert_eq!(seen.trace, ["main.raise", "main.mid", "main.rethrow"]);
}

#[test]
fn goexit_is_not_recovered() {
    let _l = lock_g();
    reset_g();
    let r = catch(
        0,
        0,
        0,
        deferc_t_mid as *const () as usize,
        deferc_goexit as *const () as usize,
        0,
    );
    assert_eq!(
        r, 10,
        "the pad ran, recover answered nil, the Goexit goes on"
    );
    let seen = take_seen();
    assert!(seen.recovered[0].typ.is_null());
    // SAFETY: under G_LOCK.
    unsafe { assert!((*(*getg()).panic).goexit) };
    reset_g();
}

#[test]
fn ten_thousand_frames() {
    let _l = lock_g();
    reset_g();
    let r = std::thread::Builder::new()
        .stack_size(8 << 20)
        .spawn(|| {
            let r = catch(
                std::ptr::dangling::<Type>() as usize,
                1,
                0,
                deferc_t_rec as *const () as usize,
                deferc_gopanic as *const () as usize,
                10_000,
            );
            (r, take_seen().trace)
        })
        .unwrap()
        .join()
        .unwrap();
    assert_eq!(r.0, 11);
    assert_eq!(r.1.len(), TRACEBACK_MAX_FRAMES);
    assert_eq!(r.1[0], "main.raise");
    assert_eq!(r.1[1], "main.rec");
}

/// An unrecovered panic whose walk leaves compiled code: Go's crash output, exit 2.
#[test]
fn fatal_in_child() {
    if std::env::var_os("DEFERC_FATAL_CHILD").is_some() {
        register();
        let msg = GoString::from_bytes(b"deep trouble");
        // SAFETY: the asm frames follow the contract; the walk ends at this Rust frame
        // (not compiled code), which makes the panic fatal: the process exits.
        unsafe {
            let f: extern "C" fn(usize, usize, usize, usize, usize) =
                std::mem::transmute(deferc_t_mid as *const ());
            f(
                &STRING_TYPE.0 as *const Type as usize,
                &msg as *const GoString as usize,
                0,
                0,
                deferc_gopanic as *const () as usize,
            );
        }
        unreachable!();
    }
    let exe = std::env::current_exe().unwrap();
    let out = std::process::Command::new(exe)
        .args([
            "--exact",
            "panic::unwind_tests::fatal_in_child",
            "--nocapture",
        ])
        .env("DEFERC_FATAL_CHILD", "1")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "stderr: {err}");
    let re = |s: &str| s.split(" +0x").next().unwrap().to_string();
    let lines: Vec<String> = err.lines().map(re).collect();
    assert_eq!(
        lines,
        [
            "panic: deep trouble",
            "",
            "goroutine 1 [running]:",
            "main.raise(...)",
            "\t/t/main.go:40",
            "main.mid(...)",
            "\t/t/main.go:30",
        ],
        "stderr: {err}"
    );
}
