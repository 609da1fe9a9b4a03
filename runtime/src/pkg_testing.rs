//! What package testing (compiler/golib/testing) needs of the system: capturing standard
//! output while an example runs (its `// Output:` comment is compared with what it printed),
//! and the entry of the function holding a pc (t.Helper marks functions, Go's by name).

use crate::pkg_os::ResultErrno;

/// `testing.redirectStdout() (saved, tmp int)`: flushes stdout, then points file descriptor 1
/// at a new anonymous temporary file. `saved` is a duplicate of the old descriptor 1 (or -1
/// with the errno in `tmp` when the redirection failed). A file, not a pipe: the example runs
/// on this thread, and nothing would drain a pipe it filled.
#[no_mangle]
pub extern "C" fn deferc_testing_redirectStdout() -> ResultErrno {
    crate::os::flush_stdout();
    let err = || ResultErrno {
        r: -1,
        errno: std::io::Error::last_os_error().raw_os_error().unwrap_or(5) as isize,
    };
    // SAFETY: plain system calls on descriptors this function owns; the name is a C string.
    unsafe {
        let tmp = libc::memfd_create(c"deferc-example-output".as_ptr(), libc::MFD_CLOEXEC);
        if tmp < 0 {
            return err();
        }
        let saved = libc::dup(1);
        if saved < 0 || libc::dup2(tmp, 1) < 0 {
            libc::close(tmp);
            return err();
        }
        ResultErrno {
            r: saved as isize,
            errno: tmp as isize,
        }
    }
}

/// `testing.restoreStdout(saved, tmp int) int`: flushes what the example printed, puts the
/// saved descriptor back as 1, and rewinds `tmp` for reading; returns its size.
#[no_mangle]
pub extern "C" fn deferc_testing_restoreStdout(saved: isize, tmp: isize) -> isize {
    crate::os::flush_stdout();
    // SAFETY: descriptors from deferc_testing_redirectStdout.
    unsafe {
        libc::dup2(saved as i32, 1);
        libc::close(saved as i32);
        let size = libc::lseek(tmp as i32, 0, libc::SEEK_END);
        libc::lseek(tmp as i32, 0, libc::SEEK_SET);
        size as isize
    }
}

/// `testing.funcEntry(pc uintptr) uintptr`: the entry of the compiled function holding `pc`
/// (0 when none does).
#[no_mangle]
pub extern "C" fn deferc_testing_funcEntry(pc: usize) -> usize {
    crate::funcdata::findfunc(pc).map_or(0, |f| f.entry)
}
