//! Running a program and what of its outcome is compared with Go's: stdout, stderr up to the
//! first blank line with hex numbers blanked, and the exit status. tests/programs.rs and
//! scripts/bless-goldens compare the same way.

use std::io::Read;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

pub struct Output {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
}

/// Runs `cmd` with stdin null, capturing stdout/stderr (reader threads, so a chatty child cannot
/// block on a full pipe), polling `try_wait` until `timeout`; on timeout the child is killed and
/// an error returned.
pub fn run_with_timeout(cmd: Command, timeout: Duration, what: &str) -> Result<Output, String> {
    run_with_input(cmd, None, timeout, what)
}

/// `run_with_timeout` with `input` as the child's stdin (written by a thread of its own, then
/// closed), or stdin null when None.
pub fn run_with_input(
    mut cmd: Command,
    input: Option<Vec<u8>>,
    timeout: Duration,
    what: &str,
) -> Result<Output, String> {
    cmd.stdin(if input.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    if let (Some(data), Some(mut pipe)) = (input, child.stdin.take()) {
        // A child that exits without reading all of it closes the pipe: the error is ignored.
        thread::spawn(move || {
            use std::io::Write;
            let _ = pipe.write_all(&data);
        });
    }
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {
                if start.elapsed() >= timeout {
                    let _ = child.kill();
                    let _ = child.wait();
                    // The readers finish once every holder of the pipes is gone; a grandchild
                    // that inherited them could keep them open, so do not join the readers.
                    return Err(format!(
                        "{what}: timed out after {} s (killed)",
                        timeout.as_secs()
                    ));
                }
                thread::sleep(Duration::from_millis(2));
            }
            Err(e) => {
                let _ = child.kill();
                return Err(format!("{what}: wait failed: {e}"));
            }
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Output {
        status,
        stdout,
        stderr,
    })
}

pub fn describe_status(status: &ExitStatus) -> String {
    if let Some(code) = status.code() {
        return format!("exit status {code}");
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(sig) = status.signal() {
            return format!("killed by signal {sig}");
        }
    }
    format!("{status}")
}

/// Stderr as compared: everything before the first blank line (the rest of a Go traceback has
/// addresses and goroutine numbers), with every hex number blanked (`pc=0x4810b3` in Go's
/// `[signal SIGSEGV: ... pc=0x...]` line, `sp=0xc020100398 stack=[...]`) to `0x?`.
pub fn cut_stderr(s: &[u8]) -> Vec<u8> {
    let kept = if s.first() == Some(&b'\n') {
        &s[..0]
    } else if let Some(i) = s.windows(2).position(|w| w == b"\n\n") {
        &s[..i + 1]
    } else {
        s
    };
    blank_hex(kept)
}

fn blank_hex(s: &[u8]) -> Vec<u8> {
    const PAT: &[u8] = b"0x";
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let word_before = i > 0 && (s[i - 1].is_ascii_alphanumeric() || s[i - 1] == b'_');
        if !word_before && s[i..].starts_with(PAT) {
            let mut j = i + PAT.len();
            while j < s.len() && matches!(s[j], b'0'..=b'9' | b'a'..=b'f') {
                j += 1;
            }
            if j > i + PAT.len() {
                out.extend_from_slice(b"0x?");
                i = j;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    out
}

/// What is compared of a run.
#[derive(PartialEq, Eq, Debug, Clone)]
pub struct Observed {
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub status: String,
}

impl Observed {
    pub fn of(o: &Output) -> Observed {
        Observed {
            stdout: o.stdout.clone(),
            stderr: cut_stderr(&o.stderr),
            status: describe_status(&o.status),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stderr_is_cut_at_the_blank_line_and_hex_blanked() {
        let s = b"panic: x\n[signal SIGSEGV pc=0x4810b3]\n\ngoroutine 1 [running]:\n";
        assert_eq!(
            cut_stderr(s),
            b"panic: x\n[signal SIGSEGV pc=0x?]\n".to_vec()
        );
        assert_eq!(cut_stderr(b"\nrest"), b"".to_vec());
    }
}
