//! The directory listing of package io/ioutil's ReadDir (compiler/golib/io/ioutil): the
//! names in an open directory, read with getdents64 as Go's os.File.Readdir reads them.

use crate::types::GoString;

/// `ioutil.readdirnames(fd int, errno *int) string`: the names of the entries of directory
/// `fd` except "." and "..", in the order the system gives them, each followed by a NUL; on
/// failure `*errno` is set (ENOTDIR for a file that is not a directory) and the names read so
/// far are returned.
///
/// # Safety
/// `errno` must point at a writable int.
#[no_mangle]
pub unsafe extern "C" fn deferc_ioutil_readdirnames(fd: isize, errno: *mut isize) -> GoString {
    let mut out = Vec::new();
    let mut buf = vec![0u8; 8192];
    loop {
        let n = libc::syscall(
            libc::SYS_getdents64,
            fd as libc::c_long,
            buf.as_mut_ptr(),
            buf.len(),
        );
        if n < 0 {
            *errno = *libc::__errno_location() as isize;
            break;
        }
        if n == 0 {
            break;
        }
        // struct linux_dirent64 { u64 d_ino; i64 d_off; u16 d_reclen; u8 d_type; char d_name[]; }
        let mut off = 0usize;
        while off < n as usize {
            let rec = &buf[off..];
            let reclen = u16::from_ne_bytes([rec[16], rec[17]]) as usize;
            let name = &rec[19..reclen];
            let name = &name[..name.iter().position(|&c| c == 0).unwrap_or(name.len())];
            if name != b"." && name != b".." {
                out.extend_from_slice(name);
                out.push(0);
            }
            off += reclen;
        }
    }
    GoString::from_bytes(&out)
}
