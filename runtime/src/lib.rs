//! The deferc runtime: everything compiled Go code calls that is not generated inline.
//!
//! Entry points are `#[no_mangle] extern "C"` functions named `deferc_*`; the compiler's
//! codegen/runtime_abi.rs is the one table of their names and signatures. The crate is linked
//! into deferc as an rlib (the JIT calls these functions in-process) and into executables built
//! by `deferc build` as a staticlib.

pub mod alloc;
pub mod arch;
pub mod chan;
pub mod complex;
pub mod defer;
pub mod error;
pub mod fmt;
pub mod funcdata;
pub mod goroutine;
pub mod iface;
pub mod map;
pub mod mem;
pub mod oom;
pub mod os;
pub mod panic;
pub mod pkg_binary;
pub mod pkg_bits;
pub mod pkg_errors;
pub mod pkg_exec;
pub mod pkg_flag;
pub mod pkg_log;
pub mod pkg_math;
pub mod pkg_os;
pub mod pkg_rand_tables;
pub mod pkg_reflect;
pub mod pkg_sort;
pub mod pkg_strconv;
pub mod pkg_strings;
pub mod pkg_syscall;
pub mod pkg_testing;
pub mod pkg_unicode;
pub mod pkg_utf8;
pub mod print;
pub mod sched;
#[cfg(test)]
mod sched_tests;
pub mod sema;
pub mod signal;
pub mod slice;
pub mod stack;
pub mod strings;
pub mod time;
pub mod traceback;
pub mod types;

// Every entry point at the crate root, so the compiler's table can name them all one way.
pub use alloc::*;
pub use arch::{
    deferc_block, deferc_chanrecv, deferc_chansend, deferc_log_caller, deferc_newproc,
    deferc_notify_list_wait, deferc_selectgo, deferc_semacquire, deferc_semacquire1, deferc_sleep,
    deferc_throw,
};
pub use chan::{
    deferc_chancap, deferc_chanlen, deferc_closechan, deferc_makechan, Chan, SelectCase,
    SelectResult,
};
pub use complex::deferc_complex128div;
pub use defer::*;
pub use error::*;
pub use fmt::*;
pub use funcdata::deferc_register_funcs;
pub use iface::*;
pub use map::{
    deferc_makemap, deferc_mapaccess1, deferc_mapaccess2, deferc_mapassign, deferc_mapclear,
    deferc_mapdelete, deferc_mapiterinit, deferc_mapiternext, deferc_mapkeyunhashable,
    deferc_maplen, MapAccess, MapIter,
};
pub use mem::mfinal::{
    deferc_runtime_KeepAlive, deferc_runtime_finerr, deferc_runtime_finfn, deferc_runtime_finiface,
    deferc_runtime_finnext, deferc_runtime_finptr, deferc_runtime_setFinalizer,
};
pub use mem::mgc::{deferc_debug_freeOSMemory, deferc_gc};
pub use mem::mgcpacer::deferc_debug_setGCPercent;
pub use mem::mstats::deferc_runtime_readMemStats;
pub use os::*;
pub use panic::*;
pub use pkg_binary::*;
pub use pkg_bits::*;
pub use pkg_errors::*;
pub use pkg_exec::*;
pub use pkg_flag::*;
pub use pkg_log::*;
pub use pkg_math::*;
pub use pkg_os::*;
pub use pkg_rand_tables::deferc_rand_randTables;
pub use pkg_reflect::*;
pub use pkg_sort::*;
pub use pkg_strconv::*;
pub use pkg_strings::*;
pub use pkg_syscall::*;
pub use pkg_testing::*;
pub use pkg_unicode::{
    deferc_unicode_IsControl, deferc_unicode_IsDigit, deferc_unicode_IsGraphic,
    deferc_unicode_IsLetter, deferc_unicode_IsLower, deferc_unicode_IsMark,
    deferc_unicode_IsNumber, deferc_unicode_IsPrint, deferc_unicode_IsPunct,
    deferc_unicode_IsSpace, deferc_unicode_IsSymbol, deferc_unicode_IsTitle,
    deferc_unicode_IsUpper, deferc_unicode_SimpleFold, deferc_unicode_To, deferc_unicode_ToLower,
    deferc_unicode_ToTitle, deferc_unicode_ToUpper, deferc_unicode_fillTable, deferc_unicode_isIn,
    deferc_unicode_loadCaseRanges, deferc_unicode_mapKey, deferc_unicode_mapTable,
};
pub use pkg_utf8::*;
pub use print::*;
pub use sched::{deferc_goid, deferc_gosched, deferc_numgoroutine, deferc_set_go_trampoline};
pub use sema::{
    deferc_notify_list_add, deferc_notify_list_notify_all, deferc_notify_list_notify_one,
    deferc_semrelease, deferc_semrelease1, NotifyList,
};
pub use signal::deferc_install_signal_handlers;
pub use slice::*;
pub use strings::*;
pub use time::*;

/// Run a compiled program's entry (`deferc_program_main`) in this process and return the
/// exit status it ends with when it returns normally.
///
/// # Safety
/// `entry` must be the finalized address of a `deferc_program_main` compiled for this host.
///
/// The entry runs as the main goroutine (id 1) on a coroutine of its own, and the calling
/// thread runs the scheduler (sched.rs) until it returns; goroutines still running or blocked
/// then are abandoned, as Go abandons them when main returns. A deadlock, an unrecovered panic,
/// a stack overflow or os.Exit end the process from inside.
pub unsafe fn run_main(entry: *const u8, args: Vec<Vec<u8>>) -> i32 {
    pkg_os::set_args(args);
    // Stack overflow and running out of memory must end with Go's fatal errors, not Rust's
    // abort (deferc's binary uses oom::GoAlloc as its global allocator).
    signal::install_on_this_thread();
    oom::enable_report();
    mem::mgc::enable();
    let f: extern "C" fn() = std::mem::transmute(entry);
    sched::run_main_goroutine(move || f());
    os::flush_stdout();
    0
}

/// Executables built by `deferc build` report a failed allocation anywhere in the runtime the
/// way Go does (oom.rs); deferc's own binary installs the same allocator (compiler/src/main.rs).
#[cfg(feature = "aot-main")]
#[global_allocator]
static GLOBAL: oom::GoAlloc = oom::GoAlloc;

// An empty funcdata table, weak, so an executable whose object has no `deferc_funcdata` (an
// older compiler) still links; the program's own strong definition replaces it.
#[cfg(feature = "aot-main")]
core::arch::global_asm!(
    ".pushsection .data.deferc_funcdata_weak,\"aw\"",
    ".weak deferc_funcdata",
    ".p2align 3",
    "deferc_funcdata:",
    ".quad 0",
    ".popsection",
);

// The same for the table of globals the collector scans (`deferc_gcroots`, mem/roots.rs).
#[cfg(feature = "aot-main")]
core::arch::global_asm!(
    ".pushsection .data.deferc_gcroots_weak,\"aw\"",
    ".weak deferc_gcroots",
    ".p2align 3",
    "deferc_gcroots:",
    ".quad 0",
    ".popsection",
);

/// The C `main` of executables built by `deferc build`: registers the program's funcdata
/// (the `deferc_funcdata` object the compiler emits: `{ n: usize, funcs: [FuncInfo; n] }`)
/// and its globals (`deferc_gcroots`),
/// prepares this thread for faults (signal.rs), then runs the program as the main goroutine
/// with this thread running the scheduler (as `run_main`).
#[cfg(feature = "aot-main")]
#[no_mangle]
// argv is the C runtime's, valid by the C standard's contract for main.
#[allow(clippy::not_unsafe_ptr_arg_deref)]
pub extern "C" fn main(argc: i32, argv: *const *const u8) -> i32 {
    extern "C" {
        fn deferc_program_main();
        static deferc_funcdata: funcdata::FuncTable;
        static deferc_gcroots: mem::roots::RootTable;
    }
    // SAFETY: argv comes from the C runtime; deferc_program_main and deferc_funcdata from the
    // linked program object (the table lives in its data, so for the whole run).
    unsafe {
        pkg_os::deferc_rt_args(argc as i64, argv);
        funcdata::register_table(std::ptr::addr_of!(deferc_funcdata));
        mem::roots::register_table(std::ptr::addr_of!(deferc_gcroots));
        signal::install_on_this_thread();
    }
    oom::enable_report();
    mem::mgc::enable();
    // SAFETY: deferc_program_main is the linked program's entry, run as the main goroutine.
    sched::run_main_goroutine(|| unsafe { deferc_program_main() });
    os::flush_stdout();
    0
}
