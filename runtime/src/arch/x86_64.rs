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
