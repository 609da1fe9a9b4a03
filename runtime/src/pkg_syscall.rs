//! The runtime entries of package syscall (compiler/golib/syscall/syscall.go): the process
//! environment and the process ids. The environment is the C library's own (`environ`,
//! setenv(3), unsetenv(3), clearenv(3)), so that os.Getenv, os.Setenv and a program's view
//! of `environ` agree, and glibc keeps Go's order: a changed variable stays in its place, a
//! new one goes last, an unset one leaves the others in order.
//!
//! Go code runs on one thread at a time (M:1), so these calls never race with each other;
//! they go through std::env (whose lock the rest of the runtime's environment reads take)
//! except the walks of `environ`.

use crate::types::GoString;

extern "C" {
    static mut environ: *const *const std::ffi::c_char;
}

/// A Go string's bytes as a C string; None if they hold a NUL.
///
/// # Safety
/// `p` must point at `n` readable bytes.
unsafe fn cstring(p: *const u8, n: usize) -> Option<std::ffi::CString> {
    let b = if n == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(p, n)
    };
    std::ffi::CString::new(b).ok()
}

/// `syscall.getenv(key string, found *bool) string`: the value of key and whether it is set.
///
/// # Safety
/// `p` must point at `n` readable bytes and `found` at a writable bool.
#[no_mangle]
pub unsafe extern "C" fn deferc_syscall_getenv(p: *const u8, n: usize, found: *mut u8) -> GoString {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    *found = 0;
    let k = GoString { ptr: p, len: n }.as_bytes();
    if k.is_empty() || k.contains(&b'=') || k.contains(&0) {
        return GoString::EMPTY;
    }
    match std::env::var_os(std::ffi::OsStr::from_bytes(k)) {
        Some(v) => {
            *found = 1;
            GoString::from_bytes(&v.into_vec())
        }
        None => GoString::EMPTY,
    }
}

/// `syscall.setenv(key, value string) int`: setenv(3); the Go side has checked the names.
///
/// # Safety
/// The strings must be readable buffers.
#[no_mangle]
pub unsafe extern "C" fn deferc_syscall_setenv(
    kp: *const u8,
    kn: usize,
    vp: *const u8,
    vn: usize,
) -> isize {
    use std::os::unix::ffi::OsStrExt;
    let (Some(k), Some(v)) = (cstring(kp, kn), cstring(vp, vn)) else {
        return libc::EINVAL as isize;
    };
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return libc::EINVAL as isize;
    }
    std::env::set_var(
        std::ffi::OsStr::from_bytes(k.as_bytes()),
        std::ffi::OsStr::from_bytes(v.as_bytes()),
    );
    0
}

/// `syscall.unsetenv(key string) int`.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_syscall_unsetenv(p: *const u8, n: usize) -> isize {
    use std::os::unix::ffi::OsStrExt;
    let Some(k) = cstring(p, n) else {
        return libc::EINVAL as isize;
    };
    if k.as_bytes().is_empty() || k.as_bytes().contains(&b'=') {
        return libc::EINVAL as isize;
    }
    std::env::remove_var(std::ffi::OsStr::from_bytes(k.as_bytes()));
    0
}

/// `syscall.clearenv()`.
#[no_mangle]
pub extern "C" fn deferc_syscall_clearenv() {
    // SAFETY: clearenv has no preconditions; compiled Go code is the only user of the
    // environment while a program runs (std::env::remove_var would panic on odd entries).
    unsafe { libc::clearenv() };
}

/// `syscall.envCount() int`: the number of entries of `environ`.
#[no_mangle]
pub extern "C" fn deferc_syscall_envCount() -> isize {
    // SAFETY: environ is a NULL-terminated array (or NULL after clearenv).
    unsafe {
        let e = environ;
        if e.is_null() {
            return 0;
        }
        let mut n = 0;
        while !(*e.add(n)).is_null() {
            n += 1;
        }
        n as isize
    }
}

/// `syscall.envAt(i int) string`: entry i of `environ` ("" past the end).
#[no_mangle]
pub extern "C" fn deferc_syscall_envAt(i: isize) -> GoString {
    if i < 0 || i >= deferc_syscall_envCount() {
        return GoString::EMPTY;
    }
    // SAFETY: i is below the entry count just read.
    unsafe {
        let s = *environ.add(i as usize);
        GoString::from_bytes(std::ffi::CStr::from_ptr(s).to_bytes())
    }
}

/// `syscall.getid(which int) int`: 0 pid, 1 ppid, 2 uid, 3 euid, 4 gid, 5 egid, 6 page size.
#[no_mangle]
pub extern "C" fn deferc_syscall_getid(which: isize) -> isize {
    // SAFETY: these calls have no preconditions.
    unsafe {
        match which {
            0 => libc::getpid() as isize,
            1 => libc::getppid() as isize,
            2 => libc::getuid() as isize,
            3 => libc::geteuid() as isize,
            4 => libc::getgid() as isize,
            5 => libc::getegid() as isize,
            _ => libc::sysconf(libc::_SC_PAGESIZE) as isize,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn get(k: &str) -> Option<Vec<u8>> {
        let mut found = 0u8;
        // SAFETY: k is a valid buffer and found a valid bool.
        let v = unsafe { deferc_syscall_getenv(k.as_ptr(), k.len(), &mut found) };
        // SAFETY: v is a GoString the entry built.
        (found != 0).then(|| unsafe { v.as_bytes() }.to_vec())
    }

    #[test]
    fn env_roundtrip() {
        let (k, v) = ("DEFERC_PKG_SYSCALL_TEST", "a=b c");
        // SAFETY: valid buffers.
        assert_eq!(
            unsafe { deferc_syscall_setenv(k.as_ptr(), k.len(), v.as_ptr(), v.len()) },
            0
        );
        assert_eq!(get(k).as_deref(), Some(v.as_bytes()));
        let n = deferc_syscall_envCount();
        let all: Vec<Vec<u8>> = (0..n)
            // SAFETY: envAt returns GoStrings it built.
            .map(|i| unsafe { deferc_syscall_envAt(i).as_bytes() }.to_vec())
            .collect();
        assert!(all.contains(&b"DEFERC_PKG_SYSCALL_TEST=a=b c".to_vec()));
        // SAFETY: a valid buffer.
        assert_eq!(unsafe { deferc_syscall_unsetenv(k.as_ptr(), k.len()) }, 0);
        assert_eq!(get(k), None);
        assert_eq!(get("A=B"), None);
        assert_eq!(deferc_syscall_getid(0), std::process::id() as isize);
    }
}
