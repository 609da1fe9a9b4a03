//! Per-architecture machine code of the unwinder: the naked raise trampolines (`deferc_gopanic`,
//! `deferc_panic_*`, ...) that capture their caller's frame pointer and return address and jump
//! to the Rust implementations in panic.rs, and `resume`, which jumps into a landing pad.
//!
//! The trampolines' contract (x86_64 and aarch64 alike):
//! - They are called (a plain call, C convention) by compiled code: by a generated Tail stub, or
//!   by a Go function itself. Either way the caller keeps a frame record ({saved FP, return
//!   address} at FP), so the unwinder can walk from (caller FP, return address).
//! - They add two trailing arguments, `fp` (the caller's FP) and `pc` (the return address into
//!   the caller), and tail-jump to the implementation, which never returns. The stack pointer is
//!   left as it was at the call, so the implementation starts with the alignment of a freshly
//!   called function and runs on top of the raising frames (which stay intact until `resume`).
//!
//! `resume(pc, fp, sp)` sets SP and FP, zeroes the two payload registers and jumps to `pc`.

#[cfg(target_arch = "aarch64")]
mod aarch64;
#[cfg(target_arch = "aarch64")]
pub use aarch64::*;

#[cfg(target_arch = "x86_64")]
mod x86_64;
#[cfg(target_arch = "x86_64")]
pub use x86_64::*;

#[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
compile_error!("deferc's runtime supports x86_64 and aarch64 only");
