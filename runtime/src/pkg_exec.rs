//! Package os/exec's one entry: run a command to completion (compiler/golib/os/exec). The
//! runtime is one thread for every goroutine, so the command runs while the caller waits:
//! its stdin is written, its stdout and stderr read (one pipe for both when the program
//! gave the same writer for both, as CombinedOutput does) and its status collected.

use crate::types::{GoSlice, GoString};
use std::ffi::OsStr;
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::process::{Command, Stdio};

/// compiler/golib/os/exec's spawnReq, field for field.
#[repr(C)]
pub struct SpawnReq {
    path: GoString,
    argv: GoSlice,
    env: GoSlice,
    dir: GoString,
    stdin: GoSlice,
    combined: u8,
    stdout: GoSlice,
    stderr: GoSlice,
    pid: isize,
    status: isize,
    errno: isize,
}

/// The strings of a Go []string.
///
/// # Safety
/// `s` is a valid []string.
unsafe fn strings<'a>(s: GoSlice) -> Vec<&'a [u8]> {
    (0..s.len)
        .map(|i| (*(s.ptr as *const GoString).add(i)).as_bytes())
        .collect()
}

/// A Go []byte holding `b` (nil when empty).
fn byte_slice(b: &[u8]) -> GoSlice {
    if b.is_empty() {
        return GoSlice {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        };
    }
    let p = crate::alloc::alloc_noscan(b.len());
    // SAFETY: p has room for b.len() bytes.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    GoSlice {
        ptr: p,
        len: b.len(),
        cap: b.len(),
    }
}

fn errno_of(e: &std::io::Error) -> isize {
    e.raw_os_error().unwrap_or(libc::EIO) as isize
}

/// Runs `r`'s command and fills in its output, pid and wait status, or `errno` when it could
/// not be started.
///
/// # Safety
/// `r` points at a valid spawnReq.
#[no_mangle]
pub unsafe extern "C" fn deferc_exec_spawn(r: *mut SpawnReq) {
    crate::mem::mbarrier::prepare_syscall_write(r as *mut u8, std::mem::size_of::<SpawnReq>());
    let r = &mut *r;
    let argv = strings(r.argv);
    let mut cmd = Command::new(OsStr::from_bytes(r.path.as_bytes()));
    if let Some((first, rest)) = argv.split_first() {
        cmd.arg0(OsStr::from_bytes(first));
        cmd.args(rest.iter().map(|a| OsStr::from_bytes(a)));
    }
    cmd.env_clear();
    for e in strings(r.env) {
        if let Some(i) = e.iter().position(|&c| c == b'=') {
            cmd.env(OsStr::from_bytes(&e[..i]), OsStr::from_bytes(&e[i + 1..]));
        }
    }
    let dir = r.dir.as_bytes();
    if !dir.is_empty() {
        cmd.current_dir(OsStr::from_bytes(dir));
    }
    let input = if r.stdin.len > 0 {
        std::slice::from_raw_parts(r.stdin.ptr, r.stdin.len).to_vec()
    } else {
        Vec::new()
    };
    cmd.stdin(if input.is_empty() {
        Stdio::null()
    } else {
        Stdio::piped()
    });
    let combined = r.combined != 0;
    let mut reader = None;
    if combined {
        match std::io::pipe() {
            Ok((rd, wr)) => {
                let wr2 = match wr.try_clone() {
                    Ok(w) => w,
                    Err(e) => {
                        r.errno = errno_of(&e);
                        return;
                    }
                };
                cmd.stdout(wr);
                cmd.stderr(wr2);
                reader = Some(rd);
            }
            Err(e) => {
                r.errno = errno_of(&e);
                return;
            }
        }
    } else {
        cmd.stdout(Stdio::piped());
        cmd.stderr(Stdio::piped());
    }
    let mut child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => {
            r.errno = errno_of(&e);
            return;
        }
    };
    // The parent's copies of the combined pipe's write end go with the Command.
    drop(cmd);
    r.pid = child.id() as isize;
    // stdin from its own thread, so that a command writing a lot before reading does not
    // block us both.
    let writer = child.stdin.take().map(|mut w| {
        std::thread::spawn(move || {
            let _ = w.write_all(&input);
        })
    });
    let (out, err) = if let Some(mut rd) = reader {
        let mut out = Vec::new();
        let _ = rd.read_to_end(&mut out);
        (out, Vec::new())
    } else {
        let mut so = child.stdout.take();
        let mut se = child.stderr.take();
        let err_thread = std::thread::spawn(move || {
            let mut v = Vec::new();
            if let Some(s) = se.as_mut() {
                let _ = s.read_to_end(&mut v);
            }
            v
        });
        let mut out = Vec::new();
        if let Some(s) = so.as_mut() {
            let _ = s.read_to_end(&mut out);
        }
        (out, err_thread.join().unwrap_or_default())
    };
    if let Some(w) = writer {
        let _ = w.join();
    }
    let status = match child.wait() {
        Ok(s) => s.into_raw() as isize,
        Err(e) => {
            r.errno = errno_of(&e);
            return;
        }
    };
    r.status = status;
    r.stdout = byte_slice(&out);
    r.stderr = byte_slice(&err);
}
