//! `deferc test`: the go test command. For each package named (`.` by default; `./...` for
//! every package below), it runs the package's test program (loader::testmain) in a child
//! `deferc run --test` with go test's flags turned into the test binary's `-test.*` flags,
//! then prints the go command's summary line: `ok  \tpath\t0.012s`, `FAIL\tpath\t0.012s`, or
//! `?   \tpath\t[no test files]`, and a last `FAIL` when a package failed (exit status 1;
//! without package operands, go test's local directory mode, the test binary's exit status
//! instead).
//! A child process, because the program ends the process (os.Exit, a panic).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::loader::{module, BuildContext};

/// go test's flags that take a value, and the `-test.` flag each becomes.
const VALUE_FLAGS: &[&str] = &[
    "run",
    "bench",
    "benchtime",
    "count",
    "cpu",
    "timeout",
    "parallel",
    "list",
];
/// go test's boolean flags passed to the test binary.
const BOOL_FLAGS: &[&str] = &["v", "benchmem", "short", "failfast"];

/// Runs `deferc test ARGS`; returns the exit status.
pub fn main(args: &[String]) -> i32 {
    let mut binary_args: Vec<String> = Vec::new();
    let mut patterns: Vec<String> = Vec::new();
    // `-exec xprog`: run the test program through xprog (an emulator), as go test does.
    let mut exec: Vec<String> = Vec::new();
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        i += 1;
        if a == "-args" || a == "--args" {
            binary_args.extend(args[i..].iter().cloned());
            break;
        }
        let Some(flag) = a.strip_prefix("--").or_else(|| a.strip_prefix('-')) else {
            patterns.push(a.clone());
            continue;
        };
        let (name, value) = match flag.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (flag, None),
        };
        let name = name.strip_prefix("test.").unwrap_or(name);
        if BOOL_FLAGS.contains(&name) {
            let v = value.unwrap_or_else(|| "true".into());
            binary_args.push(format!("-test.{}={}", name, v));
            continue;
        }
        if name != "exec" && !VALUE_FLAGS.contains(&name) {
            eprintln!("flag provided but not defined: -{}", name);
            eprintln!("usage: deferc test [-exec XPROG] [-run RE] [-bench RE] [-benchtime D|Nx] [-count N] [-cpu LIST] [-benchmem] [-short] [-failfast] [-v] [PACKAGE ...] [-args ...]");
            return 2;
        }
        // `-flag=value` or `-flag value`.
        let v = match value {
            Some(v) => v,
            None if i < args.len() => {
                i += 1;
                args[i - 1].clone()
            }
            None => {
                eprintln!("flag needs an argument: -{}", name);
                return 2;
            }
        };
        if name == "exec" {
            exec = v.split_whitespace().map(String::from).collect();
        } else {
            binary_args.push(format!("-test.{}={}", name, v));
        }
    }
    // Without package operands, go test is in "local directory mode": a failing package
    // shows the test binary's exit status and there is no closing FAIL line.
    let local = patterns.is_empty();
    if local {
        patterns.push(".".into());
    }
    let cwd = match std::env::current_dir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("deferc test: getwd: {}", e);
            return 1;
        }
    };
    let mut dirs: Vec<String> = Vec::new();
    for p in &patterns {
        match p.strip_suffix("/...") {
            Some(root) => {
                let mut found = Vec::new();
                walk(&cwd.join(root), &mut found);
                found.sort();
                if found.is_empty() {
                    eprintln!("deferc test: warning: \"{}\" matched no packages", p);
                }
                for d in found {
                    let rel = d.strip_prefix(&cwd).map(Path::to_path_buf).unwrap_or(d);
                    let s = rel.to_string_lossy().into_owned();
                    dirs.push(if s.is_empty() {
                        ".".into()
                    } else if rel.is_absolute() {
                        s
                    } else {
                        format!("./{}", s)
                    });
                }
            }
            None => dirs.push(p.clone()),
        }
    }
    let me = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("deferc test: current_exe: {}", e);
            return 1;
        }
    };
    let ctx = BuildContext::for_target(None, true);
    let mut failed = false;
    let mut build_failed = false;
    for d in dirs {
        let path = import_path(&cwd, &d);
        if !has_test_files(&cwd.join(&d), &ctx) {
            println!("?   \t{}\t[no test files]", path);
            continue;
        }
        // Compile here (into the build cache, where the child finds it), so that a package
        // that does not build is reported as go test reports it.
        let input = crate::loader::Input::Package(d.clone());
        if let Err(e) = super::program_object(&input, true, true) {
            use std::io::Write;
            let _ = std::io::stdout().flush();
            eprintln!("# {}", path);
            eprint!("{}", if e.ends_with('\n') { e } else { e + "\n" });
            println!("FAIL\t{} [build failed]", path);
            build_failed = true;
            continue;
        }
        let start = Instant::now();
        let mut cmd = match exec.split_first() {
            Some((x, rest)) => {
                let mut c = Command::new(x);
                c.args(rest).arg(&me);
                c
            }
            None => Command::new(&me),
        };
        let status = cmd
            .arg("run")
            .arg("--test")
            .arg(&d)
            .arg("--")
            .args(&binary_args)
            .status();
        let secs = start.elapsed().as_secs_f64();
        match status {
            Ok(s) if s.success() => println!("ok  \t{}\t{:.3}s", path, secs),
            Ok(s) => {
                if local {
                    match s.code() {
                        Some(c) => println!("exit status {}", c),
                        None => println!("{}", crate::driver::describe_signal(&s)),
                    }
                }
                println!("FAIL\t{}\t{:.3}s", path, secs);
                failed = true;
            }
            Err(e) => {
                eprintln!("deferc test: {}: {}", me.display(), e);
                failed = true;
            }
        }
    }
    if build_failed {
        println!("FAIL");
        2
    } else if failed {
        if !local {
            println!("FAIL");
        }
        1
    } else {
        0
    }
}

/// The import path go test shows for a package directory operand.
fn import_path(cwd: &Path, d: &str) -> String {
    let dir = cwd.join(d);
    let dir = dir.canonicalize().unwrap_or(dir);
    match module::find(&dir) {
        Ok(Some(m)) => m.import_path_of(&dir).unwrap_or_else(|| d.to_string()),
        _ => d.to_string(),
    }
}

/// Whether a directory has `_test.go` files for the build.
fn has_test_files(dir: &Path, ctx: &BuildContext) -> bool {
    std::fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten().any(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            n.ends_with("_test.go") && ctx.file_name_ok(&n)
        })
    })
}

/// The directories below `root` (itself included) that hold .go files, skipping vendor/,
/// testdata/ and names starting with `.` or `_`, as the go command's `...` does.
fn walk(root: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(root) else {
        return;
    };
    let mut has_go = false;
    let mut subdirs = Vec::new();
    for e in rd.flatten() {
        let n = e.file_name().to_string_lossy().into_owned();
        let p = e.path();
        if p.is_dir() {
            if !(n.starts_with('.') || n.starts_with('_') || n == "vendor" || n == "testdata") {
                subdirs.push(p);
            }
        } else if n.ends_with(".go") {
            has_go = true;
        }
    }
    if has_go {
        out.push(root.to_path_buf());
    }
    for s in subdirs {
        walk(&s, out);
    }
}
