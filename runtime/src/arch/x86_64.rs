//! x86_64 raise trampolines and the resume sequence (System V calls into the runtime; compiled
//! Go code keeps an rbp frame chain: saved rbp at [rbp], return address at [rbp + 8]).
//!
//! At a trampoline's first instruction rbp is still the caller's frame pointer and [rsp] is the
//! return address into the caller. Arguments arrive in rdi, rsi, rdx, rcx, r8, r9.

use crate::panic::{
    goexit_impl, gopanic_impl, gorepanic_impl, panic_bounds_impl, panic_divide_impl,
    panic_makeslice_impl, panic_mem_impl, panic_nilmap_impl, panic_shift_impl,
    panic_typeassert_impl, panic_uncomparable_impl, panic_unhashable_impl,
};
use crate::types::Type;

/// `panic(v)`; `typ` null is `panic(nil)`.
///
/// # Safety
/// Must be called by compiled Go code (see arch/mod.rs); `typ`/`data` form a valid eface.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_gopanic(typ: *const Type, data: *const u8) -> ! {
    core::arch::naked_asm!(
        "mov rdx, rbp",
        "mov rcx, qword ptr [rsp]",
        "jmp {f}",
        f = sym gopanic_impl,
    )
}

/// A landing pad found no recovery: continue the current panic from the pad frame's caller.
///
/// # Safety
/// Must be called by a landing pad's stub while G.panic is the panic the pad processed.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_gorepanic() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym gorepanic_impl,
    )
}

/// `runtime.Goexit()`.
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_goexit() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym goexit_impl,
    )
}

/// Go's boundsError: `code` 0..7 (runtime/error.go's order), `x` signed unless code has
/// `BOUNDS_UNSIGNED` set.
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_bounds(code: i64, x: i64, y: i64) -> ! {
    core::arch::naked_asm!(
        "mov rcx, rbp",
        "mov r8, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_bounds_impl,
    )
}

/// "integer divide by zero".
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_divide() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_divide_impl,
    )
}

/// "invalid memory address or nil pointer dereference".
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_mem() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_mem_impl,
    )
}

/// "negative shift amount".
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_shift() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_shift_impl,
    )
}

/// make([]T, len, cap) with a bad length (code 0) or capacity (code 1).
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_makeslice(code: i64) -> ! {
    core::arch::naked_asm!(
        "mov rsi, rbp",
        "mov rdx, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_makeslice_impl,
    )
}

/// An assignment to an entry of a nil map.
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_nilmap() -> ! {
    core::arch::naked_asm!(
        "mov rdi, rbp",
        "mov rsi, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_nilmap_impl,
    )
}

/// `==` on interfaces holding an uncomparable dynamic type: (type, data 1, data 2).
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_uncomparable(t: usize, d1: usize, d2: usize) -> ! {
    core::arch::naked_asm!(
        "mov rcx, rbp",
        "mov r8, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_uncomparable_impl,
    )
}

/// A map key whose dynamic type cannot be hashed: (that type).
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_unhashable(t: usize) -> ! {
    core::arch::naked_asm!(
        "mov rsi, rbp",
        "mov rdx, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_unhashable_impl,
    )
}

/// A failed `x.(T)`: (dynamic type, asserted type, interface type) -> Go's TypeAssertionError.
///
/// # Safety
/// Must be called by compiled Go code.
#[unsafe(naked)]
#[no_mangle]
pub unsafe extern "C" fn deferc_panic_typeassert(have: usize, want: usize, iface: usize) -> ! {
    core::arch::naked_asm!(
        "mov rcx, rbp",
        "mov r8, qword ptr [rsp]",
        "jmp {f}",
        f = sym panic_typeassert_impl,
    )
}

/// Continue execution at landing pad `pc` of the frame whose frame pointer is `fp`, with the
/// stack pointer `sp` and both exception payload registers (rax, rdx) zero.
///
/// # Safety
/// `pc`, `fp`, `sp` must describe a live frame's landing pad exactly as funcdata says
/// (sp = fp - frame_off of the try_call site). Every frame below `sp`, including the caller's
/// Rust frames, is abandoned: none of them may own anything that needs dropping or unlocking.
#[unsafe(naked)]
pub unsafe extern "C" fn resume(pc: usize, fp: usize, sp: usize) -> ! {
    core::arch::naked_asm!(
        "mov rsp, rdx",
        "mov rbp, rsi",
        "xor eax, eax",
        "xor edx, edx",
        "jmp rdi",
    )
}

// ---------------------------------------------------------------------------------------------
// Scheduler entry points. Each shim appends its caller's frame pointer and return address as two
// trailing arguments (in the registers named) and tail-jumps to the implementation, which
// returns straight to the Go caller: a blocking operation records where the goroutine parked
// (for deadlock tracebacks) and `go` where the goroutine was created ("created by"), at the cost
// of two register moves.

macro_rules! caller_shim {
    ($(#[$doc:meta])* fn $name:ident($($a:ident: $t:ty),*) $(-> $r:ty)?
        => $imp:path, $fp:literal, $pc:literal) => {
        $(#[$doc])*
        ///
        /// # Safety
        /// Called by compiled Go code on a goroutine (see sched.rs), with arguments as documented
        /// on the implementation.
        #[unsafe(naked)]
        #[no_mangle]
        pub unsafe extern "C" fn $name($($a: $t),*) $(-> $r)? {
            core::arch::naked_asm!(
                concat!("mov ", $fp, ", rbp"),
                concat!("mov ", $pc, ", qword ptr [rsp]"),
                "jmp {f}",
                f = sym $imp,
            )
        }
    };
}

caller_shim!(
    /// `go f(x)`: `trampoline(code, arg)` becomes a new runnable goroutine.
    fn deferc_newproc(code: usize, arg: usize) => crate::sched::newproc_impl, "rdx", "rcx"
);
caller_shim!(
    /// `c <- *elem`: 0 delivered, 1 the channel is or became closed.
    fn deferc_chansend(c: *mut crate::chan::Chan, elem: *const u8) -> isize
        => crate::chan::chansend_impl, "rdx", "rcx"
);
caller_shim!(
    /// `*out = <-c` (out may be null): returns Go's ok.
    fn deferc_chanrecv(c: *mut crate::chan::Chan, out: *mut u8) -> u8
        => crate::chan::chanrecv_impl, "rdx", "rcx"
);
caller_shim!(
    /// `select`: see chan.rs's selectgo_impl.
    fn deferc_selectgo(
        cases: *mut crate::chan::SelectCase,
        nsends: usize,
        nrecvs: usize,
        block: u8
    ) -> crate::chan::SelectResult
        => crate::chan::selectgo_impl, "r8", "r9"
);
caller_shim!(
    /// `select {}`: parks forever.
    fn deferc_block() -> ! => crate::chan::block_impl, "rdi", "rsi"
);
caller_shim!(
    /// `time.Sleep(ns)`.
    fn deferc_sleep(ns: i64) => crate::sched::sleep_impl, "rsi", "rdx"
);
caller_shim!(
    /// `runtime_Semacquire(addr)`.
    fn deferc_semacquire(addr: *mut u32) => crate::sema::semacquire_impl, "rsi", "rdx"
);
caller_shim!(
    /// `runtime_SemacquireMutex(addr, lifo, ...)` with a Go waitReason code.
    fn deferc_semacquire1(addr: *mut u32, lifo: u8, reason: u8)
        => crate::sema::semacquire1_impl, "rcx", "r8"
);
caller_shim!(
    /// `runtime_notifyListWait(l, t)`.
    fn deferc_notify_list_wait(l: *mut crate::sema::NotifyList, t: u32)
        => crate::sema::notify_list_wait_impl, "rdx", "rcx"
);
caller_shim!(
    /// Go's throw (`fatal error: msg`, exit 2) for library code: (message pointer, length).
    fn deferc_throw(msg: *const u8, len: usize) -> ! => crate::sched::throw_impl, "rdx", "rcx"
);

caller_shim!(
    /// `runtime.caller(skip, &file, &line)`: runtime.Caller's walk (traceback.rs).
    fn deferc_log_caller(skip: isize, file: *mut crate::types::GoString, line: *mut isize) -> usize
        => crate::traceback::caller_impl, "rcx", "r8"
);

/// Callee-saved integer registers (rbx, rbp, r12-r15): what `save_callee_saved` stores.
pub const CALLEE_SAVED: usize = 6;

/// Stores the callee-saved registers' current values in `out`, so that values the compiled
/// code above keeps in them are in memory a collection scans (sched::switch_out).
#[inline(always)]
pub fn save_callee_saved(out: &mut [usize; CALLEE_SAVED]) {
    // SAFETY: six stores into `out`; no register is changed.
    unsafe {
        core::arch::asm!(
            "mov [{p}], rbx",
            "mov [{p} + 8], rbp",
            "mov [{p} + 16], r12",
            "mov [{p} + 24], r13",
            "mov [{p} + 32], r14",
            "mov [{p} + 40], r15",
            p = in(reg) out.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
}
