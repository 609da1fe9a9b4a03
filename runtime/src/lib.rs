//! The deferc runtime: everything compiled Go code calls that is not generated inline.
//!
//! Entry points are `#[no_mangle] extern "C"` functions named `deferc_*`; the compiler's
//! codegen/runtime_abi.rs is the one table of their names and signatures. The crate is linked
//! into deferc as an rlib (the JIT calls these functions in-process) and into executables built
//! by `deferc build` as a staticlib.

pub mod alloc;
pub mod defer;
pub mod fmt;
pub mod goroutine;
pub mod os;
pub mod panic;
pub mod print;
pub mod strings;
pub mod time;
pub mod types;

// Every entry point at the crate root, so the compiler's table can name them all one way.
pub use alloc::*;
pub use defer::*;
pub use fmt::*;
pub use os::*;
pub use panic::*;
pub use print::*;
pub use strings::*;
pub use time::*;

/// Run a compiled program's entry (`deferc_program_main`) in this process and return the
/// exit status it ends with when it returns normally.
///
/// # Safety
/// `entry` must be the finalized address of a `deferc_program_main` compiled for this host.
pub unsafe fn run_main(entry: *const u8, args: Vec<Vec<u8>>) -> i32 {
    os::set_args(args);
    let f: extern "C" fn() = std::mem::transmute(entry);
    f();
    os::flush_stdout();
    0
}

/// The C `main` of executables built by `deferc build`.
#[cfg(feature = "aot-main")]
#[no_mangle]
pub extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    extern "C" {
        fn deferc_program_main();
    }
    // SAFETY: argv comes from the C runtime; deferc_program_main from the linked program object.
    unsafe {
        os::deferc_rt_args(argc as i64, argv);
        deferc_program_main();
    }
    os::flush_stdout();
    0
}
