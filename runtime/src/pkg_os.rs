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

/// Go's syscall.Stat_t as deferc lays it out (linux/amd64's struct stat, on every
/// architecture: compiler/golib/syscall/syscall.go declares it so).
#[repr(C)]
pub struct GoStat {
    pub dev: u64,
    pub ino: u64,
    pub nlink: u64,
    pub mode: u32,
    pub uid: u32,
    pub gid: u32,
    pub pad0: i32,
    pub rdev: u64,
    pub size: i64,
    pub blksize: i64,
    pub blocks: i64,
    pub atim: [i64; 2],
    pub mtim: [i64; 2],
    pub ctim: [i64; 2],
    pub unused: [i64; 3],
}

/// `os.sysStat(name string, fd int, lstat bool, out *syscall.Stat_t) int`: fstat of fd when
/// fd >= 0, else stat of name (lstat: without following a final symlink), into *out.
///
/// # Safety
/// `p` must point at `n` readable bytes and `out` at a writable GoStat.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysStat(
    p: *const u8,
    n: usize,
    fd: isize,
    lstat: u8,
    out: *mut GoStat,
) -> isize {
    // The kernel writes into a local (a Go heap page may be write-protected by the
    // collector's barrier, where the kernel would fail with EFAULT); the copy below is an
    // ordinary store.
    let mut st: libc::stat = std::mem::zeroed();
    let r = if fd >= 0 {
        retry(|| libc::fstat(fd as i32, &mut st) as isize)
    } else {
        let Some(c) = cpath(p, n) else {
            return EINVAL;
        };
        if lstat != 0 {
            retry(|| libc::lstat(c.as_ptr(), &mut st) as isize)
        } else {
            retry(|| libc::stat(c.as_ptr(), &mut st) as isize)
        }
    };
    if r.errno != 0 {
        return r.errno;
    }
    out.write(GoStat {
        dev: st.st_dev as u64,
        ino: st.st_ino as u64,
        nlink: st.st_nlink as u64,
        mode: st.st_mode as u32,
        uid: st.st_uid as u32,
        gid: st.st_gid as u32,
        pad0: 0,
        rdev: st.st_rdev as u64,
        size: st.st_size as i64,
        blksize: st.st_blksize as i64,
        blocks: st.st_blocks as i64,
        atim: [st.st_atime as i64, st.st_atime_nsec as i64],
        mtim: [st.st_mtime as i64, st.st_mtime_nsec as i64],
        ctim: [st.st_ctime as i64, st.st_ctime_nsec as i64],
        unused: [0; 3],
    });
    0
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

/// A Go byte slice as a writable buffer for a system call, its pages touched for the
/// collector's barrier (see `prepare_syscall_write`).
///
/// # Safety
/// `p` must point at `len` writable bytes.
unsafe fn syscall_buf<'a>(p: *mut u8, len: usize) -> &'a mut [u8] {
    if len == 0 {
        return &mut [];
    }
    crate::mem::mbarrier::prepare_syscall_write(p, len);
    std::slice::from_raw_parts_mut(p, len)
}

/// `os.sysReadDirent(fd int, buf []byte) (n, errno int)`: getdents64 into buf.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysReadDirent(
    fd: isize,
    p: *mut u8,
    len: usize,
    _cap: usize,
) -> ResultErrno {
    let b = syscall_buf(p, len);
    retry(|| libc::syscall(libc::SYS_getdents64, fd as i32, b.as_mut_ptr(), b.len()) as isize)
}

/// Runs a system call of two paths; returns 0 or the errno.
///
/// # Safety
/// `(p1, n1)` and `(p2, n2)` must be readable buffers.
unsafe fn path2_call(
    p1: *const u8,
    n1: usize,
    p2: *const u8,
    n2: usize,
    f: impl Fn(*const std::ffi::c_char, *const std::ffi::c_char) -> i32,
) -> isize {
    let (Some(a), Some(b)) = (cpath(p1, n1), cpath(p2, n2)) else {
        return EINVAL;
    };
    retry(|| f(a.as_ptr(), b.as_ptr()) as isize).errno
}

/// `os.sysRename(oldname, newname string) int`.
///
/// # Safety
/// The strings must be readable buffers.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysRename(
    p1: *const u8,
    n1: usize,
    p2: *const u8,
    n2: usize,
) -> isize {
    path2_call(p1, n1, p2, n2, |a, b| libc::rename(a, b))
}

/// `os.sysLink(oldname, newname string) int`.
///
/// # Safety
/// The strings must be readable buffers.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysLink(
    p1: *const u8,
    n1: usize,
    p2: *const u8,
    n2: usize,
) -> isize {
    path2_call(p1, n1, p2, n2, |a, b| libc::link(a, b))
}

/// `os.sysSymlink(oldname, newname string) int`.
///
/// # Safety
/// The strings must be readable buffers.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysSymlink(
    p1: *const u8,
    n1: usize,
    p2: *const u8,
    n2: usize,
) -> isize {
    path2_call(p1, n1, p2, n2, |a, b| libc::symlink(a, b))
}

/// `os.sysReadlink(name string, buf []byte) (n, errno int)`.
///
/// # Safety
/// `p` must point at `n` readable bytes and `bp` at `blen` writable ones.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysReadlink(
    p: *const u8,
    n: usize,
    bp: *mut u8,
    blen: usize,
    _bcap: usize,
) -> ResultErrno {
    let Some(c) = cpath(p, n) else {
        return ResultErrno {
            r: -1,
            errno: EINVAL,
        };
    };
    let b = syscall_buf(bp, blen);
    retry(|| libc::readlink(c.as_ptr(), b.as_mut_ptr().cast(), b.len()))
}

/// `os.sysChmod(name string, fd int, mode int) int`: fchmod of fd when fd >= 0.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysChmod(
    p: *const u8,
    n: usize,
    fd: isize,
    mode: isize,
) -> isize {
    if fd >= 0 {
        return retry(|| libc::fchmod(fd as i32, mode as libc::mode_t) as isize).errno;
    }
    path_call(p, n, |c| libc::chmod(c, mode as libc::mode_t))
}

/// `os.sysChown(name string, fd int, uid, gid int, follow bool) int`: fchown of fd when
/// fd >= 0, lchown when not following links.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysChown(
    p: *const u8,
    n: usize,
    fd: isize,
    uid: isize,
    gid: isize,
    follow: u8,
) -> isize {
    let (u, g) = (uid as libc::uid_t, gid as libc::gid_t);
    if fd >= 0 {
        return retry(|| libc::fchown(fd as i32, u, g) as isize).errno;
    }
    if follow != 0 {
        path_call(p, n, |c| libc::chown(c, u, g))
    } else {
        path_call(p, n, |c| libc::lchown(c, u, g))
    }
}

/// `os.sysTruncate(name string, fd int, size int64) int`: ftruncate of fd when fd >= 0.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysTruncate(
    p: *const u8,
    n: usize,
    fd: isize,
    size: i64,
) -> isize {
    if fd >= 0 {
        return retry(|| libc::ftruncate(fd as i32, size as libc::off_t) as isize).errno;
    }
    path_call(p, n, |c| libc::truncate(c, size as libc::off_t))
}

/// `os.sysChtimes(name string, atime, mtime int64) int`: utimensat with nanosecond times.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysChtimes(
    p: *const u8,
    n: usize,
    atime: i64,
    mtime: i64,
) -> isize {
    // Go's NsecToTimespec: seconds rounded toward minus infinity, nanoseconds in [0, 1e9).
    let ts = |ns: i64| libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as _,
    };
    let times = [ts(atime), ts(mtime)];
    path_call(p, n, |c| {
        libc::utimensat(libc::AT_FDCWD, c, times.as_ptr(), 0)
    })
}

/// `os.sysChdir(name string, fd int) int`: fchdir of fd when fd >= 0.
///
/// # Safety
/// `p` must point at `n` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysChdir(p: *const u8, n: usize, fd: isize) -> isize {
    if fd >= 0 {
        return retry(|| libc::fchdir(fd as i32) as isize).errno;
    }
    path_call(p, n, |c| libc::chdir(c))
}

/// `os.sysGetwd(buf []byte) (n, errno int)`: the working directory's path, without the NUL.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysGetwd(p: *mut u8, len: usize, _cap: usize) -> ResultErrno {
    let b = syscall_buf(p, len);
    if libc::getcwd(b.as_mut_ptr().cast(), b.len()).is_null() {
        return ResultErrno {
            r: -1,
            errno: errno(),
        };
    }
    let n = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    ResultErrno {
        r: n as isize,
        errno: 0,
    }
}

/// `os.sysHostname(buf []byte) (n, errno int)`: uname's node name (up to its NUL or 65
/// bytes), copied into buf.
///
/// # Safety
/// `p` must point at `len` writable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_os_sysHostname(p: *mut u8, len: usize, _cap: usize) -> ResultErrno {
    let mut un: libc::utsname = std::mem::zeroed();
    if libc::uname(&mut un) < 0 {
        return ResultErrno {
            r: -1,
            errno: errno(),
        };
    }
    let name = &un.nodename;
    let n = name
        .iter()
        .position(|&c| c == 0)
        .unwrap_or(name.len())
        .min(len);
    for (i, &c) in name[..n].iter().enumerate() {
        *p.add(i) = c as u8;
    }
    ResultErrno {
        r: n as isize,
        errno: 0,
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
}
