//! os.Args and os.Getenv, the system calls behind package os (compiler/golib/os/os.go) and the
//! errno messages of package syscall: each system call returns its result and an errno
//! (0 = success), never raises; the Go code turns errnos into Go's error values
//! (*fs.PathError wrapping syscall.Errno).
//!
//! Ordering invariant (see os.rs): fd 1 goes through the stdout buffer; a write to any other fd
//! flushes that buffer first, so os.Stdout/os.Stderr/fmt output interleave as in Go.

use crate::os::{flush_stdout, write_stdout};
use crate::types::{GoSlice, GoString};
use std::ffi::CString;
use std::os::unix::fs::MetadataExt;
use std::sync::Mutex;

extern "C" {
    fn open(path: *const std::ffi::c_char, flags: i32, mode: u32) -> i32;
    fn read(fd: i32, buf: *mut u8, count: usize) -> isize;
    fn write(fd: i32, buf: *const u8, count: usize) -> isize;
    fn lseek(fd: i32, off: i64, whence: i32) -> i64;
    fn close(fd: i32) -> i32;
    fn fsync(fd: i32) -> i32;
    fn unlink(path: *const std::ffi::c_char) -> i32;
    fn rmdir(path: *const std::ffi::c_char) -> i32;
    fn mkdir(path: *const std::ffi::c_char, mode: u32) -> i32;
}

const EINTR: isize = 4;
const EINVAL: isize = 22;

/// Two words returned in registers: (result, errno).
#[repr(C)]
pub struct ResultErrno {
    pub r: isize,
    pub errno: isize,
}

fn errno() -> isize {
    std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(EINVAL as i32) as isize
}

/// A Go string as a C path; None (EINVAL, as Go's syscall.BytePtrFromString) if it holds a NUL.
///
/// # Safety
/// `p` must point at `n` readable bytes.
unsafe fn cpath(p: *const u8, n: usize) -> Option<CString> {
    let b = if n == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(p, n)
    };
    CString::new(b).ok()
}

/// Runs `f` until it does not fail with EINTR; returns its result or -errno.
fn retry(mut f: impl FnMut() -> isize) -> ResultErrno {
    loop {
        let r = f();
        if r >= 0 {
            return ResultErrno { r, errno: 0 };
        }
        let e = errno();
        if e != EINTR {
            return ResultErrno { r: -1, errno: e };
        }
    }
}

/// `os.sysOpen(name string, flag, perm int) (fd, errno int)`; Go always adds O_CLOEXEC.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysOpen(
    p: *const u8,
    n: usize,
    flag: isize,
    perm: isize,
) -> ResultErrno {
    const O_CLOEXEC: i32 = 0o2000000;
    let Some(c) = cpath(p, n) else {
        return ResultErrno {
            r: -1,
            errno: EINVAL,
        };
    };
    retry(|| open(c.as_ptr(), flag as i32 | O_CLOEXEC, perm as u32) as isize)
}

/// `os.sysRead(fd int, b []byte) (n, errno int)`.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysRead(
    fd: isize,
    p: *mut u8,
    len: usize,
    _cap: usize,
) -> ResultErrno {
    if fd == 0 {
        // Anything the program printed before reading stdin is visible first, as in Go.
        flush_stdout();
    }
    crate::mem::mbarrier::prepare_syscall_write(p, len);
    retry(|| read(fd as i32, p, len))
}

/// `os.sysWriteString(fd int, s string) (n, errno int)`: sysWrite of the bytes of s, which
/// File.WriteString passes without copying them (as Go 1.19 does: a copy would be garbage
/// for the collector, so printing 100 MB would churn 100 MB).
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysWriteString(
    fd: isize,
    p: *const u8,
    len: usize,
) -> ResultErrno {
    deferc_os_sysWrite(fd, p, len, len)
}

/// `os.sysWrite(fd int, b []byte) (n, errno int)`: writes all of b unless an error stops it.
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysWrite(
    fd: isize,
    p: *const u8,
    len: usize,
    _cap: usize,
) -> ResultErrno {
    let b = if len == 0 {
        &[][..]
    } else {
        std::slice::from_raw_parts(p, len)
    };
    if fd == 1 {
        write_stdout(b);
        return ResultErrno {
            r: len as isize,
            errno: 0,
        };
    }
    flush_stdout();
    let mut done = 0usize;
    while done < b.len() {
        let r = retry(|| write(fd as i32, b.as_ptr().add(done), b.len() - done));
        if r.errno != 0 {
            return ResultErrno {
                r: done as isize,
                errno: r.errno,
            };
        }
        if r.r == 0 {
            break;
        }
        done += r.r as usize;
    }
    ResultErrno {
        r: done as isize,
        errno: 0,
    }
}

/// `os.sysSeek(fd int, offset int64, whence int) (int64, int)`.
#[no_mangle]
pub extern "C" fn deferc_os_sysSeek(fd: isize, off: i64, whence: isize) -> ResultErrno {
    if fd == 1 {
        flush_stdout();
    }
    // SAFETY: lseek on any fd is memory-safe.
    let r = unsafe { lseek(fd as i32, off, whence as i32) };
    if r < 0 {
        ResultErrno {
            r: -1,
            errno: errno(),
        }
    } else {
        ResultErrno {
            r: r as isize,
            errno: 0,
        }
    }
}

/// `os.sysClose(fd int) int`. EINTR is not retried (the fd is gone either way on Linux).
#[no_mangle]
pub extern "C" fn deferc_os_sysClose(fd: isize) -> isize {
    if fd == 1 {
        flush_stdout();
    }
    // SAFETY: closing an fd owned by the Go *File.
    if unsafe { close(fd as i32) } < 0 {
        errno()
    } else {
        0
    }
}

/// `os.sysFsync(fd int) int`.
#[no_mangle]
pub extern "C" fn deferc_os_sysFsync(fd: isize) -> isize {
    if fd == 1 {
        flush_stdout();
    }
    // SAFETY: fsync on any fd is memory-safe.
    if unsafe { fsync(fd as i32) } < 0 {
        errno()
    } else {
        0
    }
}

/// `os.sysStat(name string, fd int, lstat bool, out *statBuf) int`: stat of fd when fd >= 0,
/// else of name (lstat: without following a final symlink). Fills out with st_size, st_mode
/// and the modification time in Unix nanoseconds.
///
/// # Safety
/// `p` must point at `n` readable bytes and `out` at three writable words.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysStat(
    p: *const u8,
    n: usize,
    fd: isize,
    lstat: u8,
    out: *mut [i64; 3],
) -> isize {
    let md = if fd >= 0 {
        use std::os::fd::FromRawFd;
        // The File must not close the fd it borrows.
        let f = std::mem::ManuallyDrop::new(std::fs::File::from_raw_fd(fd as i32));
        f.metadata()
    } else {
        let b = std::slice::from_raw_parts(p, n);
        if b.contains(&0) {
            return EINVAL;
        }
        let path = std::ffi::OsStr::from_encoded_bytes_unchecked(b);
        if lstat != 0 {
            std::fs::symlink_metadata(path)
        } else {
            std::fs::metadata(path)
        }
    };
    match md {
        Ok(m) => {
            *out = [
                m.size() as i64,
                m.mode() as i64,
                m.mtime().wrapping_mul(1_000_000_000) + m.mtime_nsec(),
            ];
            0
        }
        Err(e) => e.raw_os_error().unwrap_or(EINVAL as i32) as isize,
    }
}

/// Runs a path system call; returns 0 or the errno.
///
/// # Safety
/// `p` must point at `n` readable bytes.
unsafe fn path_call(p: *const u8, n: usize, f: impl Fn(*const std::ffi::c_char) -> i32) -> isize {
    let Some(c) = cpath(p, n) else {
        return EINVAL;
    };
    retry(|| f(c.as_ptr()) as isize).errno
}

/// `os.sysUnlink(name string) int`.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysUnlink(p: *const u8, n: usize) -> isize {
    path_call(p, n, |c| unlink(c))
}

/// `os.sysRmdir(name string) int`.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysRmdir(p: *const u8, n: usize) -> isize {
    path_call(p, n, |c| rmdir(c))
}

/// `os.sysMkdir(name string, perm int) int`.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysMkdir(p: *const u8, n: usize, perm: isize) -> isize {
    path_call(p, n, |c| mkdir(c, perm as u32))
}

/// `os.sysRemoveAll(path string) int`: removes path and everything below it; a path that does
/// not exist is not an error (os.RemoveAll's contract).
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysRemoveAll(p: *const u8, n: usize) -> isize {
    let b = std::slice::from_raw_parts(p, n);
    if b.contains(&0) {
        return EINVAL;
    }
    let path = std::ffi::OsStr::from_encoded_bytes_unchecked(b);
    let r = match std::fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return 0,
        Err(e) => Err(e),
        Ok(m) if m.is_dir() => std::fs::remove_dir_all(path),
        Ok(_) => std::fs::remove_file(path),
    };
    match r {
        Ok(()) => 0,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
        Err(e) => e.raw_os_error().unwrap_or(EINVAL as i32) as isize,
    }
}

/// `os.fastrand() int`: 32 random bits (os.MkdirTemp's names).
#[no_mangle]
pub extern "C" fn deferc_os_fastrand() -> isize {
    (crate::map::fastrand() as u32) as isize
}

/// `syscall.errstr(e int) string`: errno e's message as Go prints it (the C library's text
/// with a lower-case first letter, which is how Go's zerrors tables read), "" if unknown.
#[no_mangle]
pub extern "C" fn deferc_syscall_errstr(e: isize) -> GoString {
    if e <= 0 || e > 4095 {
        return GoString::EMPTY;
    }
    let s = std::io::Error::from_raw_os_error(e as i32).to_string();
    // std appends " (os error N)".
    let s = match s.rfind(" (os error ") {
        Some(i) => &s[..i],
        None => &s[..],
    };
    if s.starts_with("Unknown error") {
        return GoString::EMPTY;
    }
    let mut b = s.as_bytes().to_vec();
    if let Some(c) = b.first_mut() {
        c.make_ascii_lowercase();
    }
    GoString::from_bytes(&b)
}

/// os.Args as a Go slice header (ptr as usize so the static is Send): (ptr, len).
static ARGS: Mutex<(usize, usize)> = Mutex::new((0, 0));

/// os.Args' backing array, for the collector's roots: (address, 8) of a word pointing at it.
pub(crate) fn args_root() -> usize {
    ARGS.lock().unwrap_or_else(|e| e.into_inner()).0
}

/// Sets os.Args (argv[0] first, as Go does). Used by the JIT driver, which passes the program
/// path and the user's arguments.
pub fn set_args(args: Vec<Vec<u8>>) {
    let n = args.len();
    let size = n * std::mem::size_of::<GoString>();
    let p = crate::alloc::alloc_typed(size, 8, &crate::alloc::STRING.0) as *mut GoString;
    for (i, a) in args.iter().enumerate() {
        // SAFETY: p has room for n GoStrings; i < n.
        unsafe { p.add(i).write(GoString::from_bytes(a)) };
    }
    *ARGS.lock().unwrap_or_else(|e| e.into_inner()) = (p as usize, n);
}

/// Records the C main's argc/argv as os.Args (executables built by `deferc build`).
///
/// # Safety
/// `argv` must hold `argc` pointers to NUL-terminated strings.
#[no_mangle]
pub unsafe extern "C" fn deferc_rt_args(argc: i64, argv: *const *const u8) {
    let mut args = Vec::new();
    for i in 0..argc.max(0) as usize {
        let s = *argv.add(i);
        if s.is_null() {
            break;
        }
        args.push(std::ffi::CStr::from_ptr(s.cast()).to_bytes().to_vec());
    }
    set_args(args);
}

/// Returns os.Args, a []string (nil if never set).
#[no_mangle]
pub extern "C" fn deferc_os_args() -> GoSlice {
    let (p, n) = *ARGS.lock().unwrap_or_else(|e| e.into_inner());
    GoSlice {
        ptr: p as *mut u8,
        len: n,
        cap: n,
    }
}

/// os.Getenv: the value, or "" when unset (also for names the OS cannot hold).
///
/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_getenv(p: *const u8, len: usize) -> GoString {
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    let name = GoString { ptr: p, len }.as_bytes();
    if name.is_empty() || name.contains(&b'=') || name.contains(&0) {
        return GoString::EMPTY;
    }
    match std::env::var_os(std::ffi::OsStr::from_bytes(name)) {
        Some(v) => GoString::from_bytes(&v.into_vec()),
        None => GoString::EMPTY,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn args_roundtrip() {
        set_args(vec![b"/tmp/prog".to_vec(), b"a b".to_vec(), Vec::new()]);
        let s = deferc_os_args();
        assert_eq!(s.len, 3);
        let strs = s.ptr as *const GoString;
        // SAFETY: set_args stored 3 GoStrings there.
        unsafe {
            assert_eq!((*strs).as_bytes(), b"/tmp/prog");
            assert_eq!((*strs.add(1)).as_bytes(), b"a b");
            assert_eq!((*strs.add(2)).as_bytes(), b"");
        }
    }

    #[test]
    fn getenv() {
        let name = b"PATH";
        // SAFETY: name is a valid buffer.
        let v = unsafe { deferc_os_getenv(name.as_ptr(), name.len()) };
        // SAFETY: v is a GoString built by from_bytes.
        let got = unsafe { v.as_bytes() }.to_vec();
        assert_eq!(
            got,
            std::env::var_os("PATH")
                .map(|s| s.into_encoded_bytes())
                .unwrap_or_default()
        );
        let bad = b"NO_SUCH_VAR_DEFERC_1234";
        // SAFETY: bad is a valid buffer.
        assert_eq!(unsafe { deferc_os_getenv(bad.as_ptr(), bad.len()) }.len, 0);
        let eq = b"A=B";
        // SAFETY: eq is a valid buffer.
        assert_eq!(unsafe { deferc_os_getenv(eq.as_ptr(), eq.len()) }.len, 0);
    }
}
