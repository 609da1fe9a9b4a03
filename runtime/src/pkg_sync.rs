//! The runtime entries behind the Go-written packages sync, time and runtime
//! (compiler/golib/{sync,time,runtime}): each forwards to the scheduler (sched.rs, sema.rs)
//! under the `deferc_<pkg>_<name>` symbol that package's body-less declaration names.

use crate::panic::throw;
use crate::types::GoString;

/// `sync.semacquire(addr *uint32)`: Go's runtime_Semacquire.
///
/// # Safety
/// `addr` must point at a live uint32 field of a sync type.
#[no_mangle]
pub unsafe extern "C" fn deferc_sync_semacquire(addr: *mut u32) {
    crate::deferc_semacquire(addr)
}

/// `sync.semrelease(addr *uint32)`: Go's runtime_Semrelease.
///
/// # Safety
/// As deferc_sync_semacquire.
#[no_mangle]
pub unsafe extern "C" fn deferc_sync_semrelease(addr: *mut u32) {
    crate::deferc_semrelease(addr)
}

/// `sync.fatal(msg string)`: Go's throw (`fatal error: sync: unlock of unlocked mutex`).
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_sync_fatal(p: *const u8, n: usize) {
    let s = GoString { ptr: p, len: n };
    throw(s.as_bytes())
}

/// `time.sleep(ns int64)`.
#[no_mangle]
pub extern "C" fn deferc_time_sleep(ns: i64) {
    crate::deferc_sleep(ns)
}

/// `runtime.Gosched()`.
#[no_mangle]
pub extern "C" fn deferc_runtime_Gosched() {
    crate::deferc_gosched()
}

/// `runtime.NumGoroutine() int`.
#[no_mangle]
pub extern "C" fn deferc_runtime_NumGoroutine() -> isize {
    crate::deferc_numgoroutine()
}
