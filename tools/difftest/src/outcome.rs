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

/// A whole traceback as compared for programs marked `// traceback` (tests/programs.rs,
/// scripts/bless-goldens does the same to Go's): function names and file:line stay, what
/// differs between runs and builds is masked:
/// - a frame's location `\t/dir/file.go:12 +0x1d` loses its offset, and its path becomes the
///   file's base name when the file is in one of `dirs` (the program's directory), else
///   `$GOROOT/src/...` when it is under a `/src/` directory (Go's own files);
/// - a frame's argument words `main.f(0x1, {0xc000012345, 0x3})` become `main.f(...)` (an
///   empty list stays `()`);
/// - goroutine numbers other than 1 become `N` (Go's depend on its system goroutines);
/// - every other hex number becomes `0x?`, as `cut_stderr` does.
pub fn mask_traceback(s: &[u8], dirs: &[&str]) -> Vec<u8> {
    let text = String::from_utf8_lossy(s);
    let mut out = String::with_capacity(text.len());
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&mask_line(line, dirs));
    }
    blank_hex(out.as_bytes())
}

fn mask_line(line: &str, dirs: &[&str]) -> String {
    if let Some(loc) = line.strip_prefix('\t') {
        let loc = match loc.rfind(" +0x") {
            Some(k) if loc[k + 4..].bytes().all(|b| b.is_ascii_hexdigit()) => &loc[..k],
            _ => loc,
        };
        if let Some((path, num)) = loc.rsplit_once(':') {
            if !num.is_empty() && num.bytes().all(|b| b.is_ascii_digit()) {
                let (dir, base) = path.rsplit_once('/').unwrap_or(("", path));
                let shown = if dirs.contains(&dir) {
                    base.to_string()
                } else if let Some(k) = path.rfind("/src/") {
                    format!("$GOROOT{}", &path[k..])
                } else {
                    path.to_string()
                };
                return format!("\t{shown}:{num}");
            }
        }
        return line.to_string();
    }
    if let Some(rest) = line.strip_prefix("goroutine ") {
        if let Some((n, tail)) = rest.split_once(' ') {
            if n != "1" && !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) {
                return format!("goroutine N {tail}");
            }
        }
        return line.to_string();
    }
    if line.ends_with(')') {
        if let Some(k) = line.rfind('(') {
            let (name, args) = (&line[..k], &line[k + 1..line.len() - 1]);
            if !name.is_empty()
                && !name.contains(char::is_whitespace)
                && !args.is_empty()
                && !args.contains(['(', ')'])
            {
                return format!("{name}(...)");
            }
        }
    }
    line.to_string()
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

    #[test]
    fn traceback_masks() {
        let go = "panic: boom (x)\n\ngoroutine 1 [running]:\nmain.(*T).M(0xc000012345, {0x1?, 0x2})\n\t/p/d/x.go:9 +0x9a\nmain.g()\n\t/p/d/x.go:12 +0x1b\npanic({0x4, 0x5})\n\t/usr/lib/go-1.19/src/runtime/panic.go:884 +0x212\ngoroutine 17 [chan receive]:\ncreated by main.main\n\t/p/d/x.go:3 +0x25\n";
        let want = "panic: boom (x)\n\ngoroutine 1 [running]:\nmain.(*T).M(...)\n\tx.go:9\nmain.g()\n\tx.go:12\npanic(...)\n\t$GOROOT/src/runtime/panic.go:884\ngoroutine N [chan receive]:\ncreated by main.main\n\tx.go:3\n";
        assert_eq!(
            String::from_utf8(mask_traceback(go.as_bytes(), &["/p/d"])).unwrap(),
            want
        );
    }
}
