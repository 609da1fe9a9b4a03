//! Conformance harness (`harness = false`, libtest-mimic).
//!
//! Programs are tests/programs/<area>/*.go and examples/*.go. Trials:
//! - `jit::<area>/<name>`: `deferc run tests/programs/<area>/<name>.go`
//! - `aot::<area>/<name>`: `deferc build <file> -o <tmp>/<area>_<name>`, then run the executable
//! - `explain::<area>/<name>`: for programs with `// want-defer: open-coded|runtime` annotations
//!   (taken from Go 1.19's `go build -gcflags=-d=defer`, see scripts/check-defer-classes.sh),
//!   `deferc check --explain-defers` must classify exactly those lines the same way.
//! - `compile_fail::<name>`: `deferc check tests/compile_fail/<name>.go` must exit with status 1
//!   and report exactly the errors annotated in the file (see `check_compile_fail`).
//! - `jit::projects/<name>`, `aot::projects/<name>`: a project of several files or packages,
//!   tests/projects/<name>/, whose `RUN` file says what follows `go run` (the package or the .go
//!   files, then the program's arguments). Its goldens (scripts/bless-projects, from the go
//!   command) are those of a program, or `<name>.build`: the errors `go build` reports, which
//!   deferc must report too (see `run_project`).
//! - `test::projects/<name>`: a project with a `TEST` file, one `go test` command line per
//!   line: `deferc test` with those flags must print what go test printed (`<name>.test`,
//!   written by scripts/bless-projects), durations and ns/op figures masked (`mask_go_test`).
//!
//! Programs run from their own directory with a 10 s timeout, stdin null and no arguments unless
//! the program says otherwise with directives, lines of the source (scripts/bless-goldens reads
//! the same ones):
//! - `// args: a b c`: command-line arguments (split at whitespace), after `--` for the JIT;
//! - `// stdin: FILE`: the contents of FILE (relative to the program's directory) as stdin;
//! - `// env: K=V K2=V2`: environment variables set for the run (split at whitespace; each
//!   entry is NAME=VALUE, the value may be empty), e.g. `// env: TZ=America/New_York`;
//! - `// gcstress: N`: when the run is under GC stress (DEFERC_GCSTRESS set), collect at every
//!   N-th allocation instead (for programs with a million frames or 100,000 goroutines, which a
//!   collection at every allocation would rescan each time).
//!
//! Expected results are
//! the goldens written by `scripts/bless-goldens` from Go 1.19: `<name>.stdout` (required),
//! `<name>.stderr` (compared up to the first blank line; missing means empty) and `<name>.exit`
//! (missing means 0). `tests/pending` is not run.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

/// Timeout for running a program (and for `deferc run`, which compiles and runs it).
const RUN_TIMEOUT: Duration = Duration::from_secs(10);
/// Timeout for `deferc build` and `deferc check`.
const COMPILE_TIMEOUT: Duration = Duration::from_secs(60);

struct Env {
    deferc: PathBuf,
    tmp: PathBuf,
    /// Cross-testing (scripts/test-aarch64.sh): `DEFERC_TEST_TARGET` is passed to
    /// `deferc build --target`, executables and the JIT run under `DEFERC_TEST_RUNNER`
    /// (e.g. `qemu-aarch64 -L /usr/aarch64-linux-gnu`), and `DEFERC_TEST_JIT` is a deferc built
    /// for that target, used for `run`.
    target: Option<String>,
    runner: Vec<String>,
    jit: Option<PathBuf>,
    /// RUN_TIMEOUT, or 6x that under an emulator.
    run_timeout: Duration,
}

impl Env {
    /// A command that runs `program` on the tested target (through the runner if any).
    fn command(&self, program: &Path) -> Command {
        match self.runner.split_first() {
            None => Command::new(program),
            Some((r, rest)) => {
                let mut c = Command::new(r);
                c.args(rest).arg(program);
                c
            }
        }
    }
}

fn main() {
    // Every deferc started from here runs Cranelift's IR verifier (driver::make_isa).
    std::env::set_var("DEFERC_VERIFY", "1");
    // And keeps its build cache (driver::cache) in this run's temporary directory: every
    // `deferc run` compiles, caches and loads its object, and nothing outlives the run.
    let cache = std::env::temp_dir().join(format!("deferc-tests-cache-{}", std::process::id()));
    std::env::set_var("DEFERC_CACHE", &cache);
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let tmp = std::env::temp_dir().join(format!("deferc-tests-{}", std::process::id()));
    let env = Arc::new(Env {
        deferc: PathBuf::from(env!("CARGO_BIN_EXE_deferc")),
        tmp: tmp.clone(),
        target: std::env::var("DEFERC_TEST_TARGET")
            .ok()
            .filter(|s| !s.is_empty()),
        runner: std::env::var("DEFERC_TEST_RUNNER")
            .unwrap_or_default()
            .split_whitespace()
            .map(String::from)
            .collect(),
        jit: std::env::var_os("DEFERC_TEST_JIT").map(PathBuf::from),
        run_timeout: if std::env::var("DEFERC_TEST_RUNNER").is_ok_and(|r| !r.trim().is_empty()) {
            RUN_TIMEOUT * 6
        } else {
            RUN_TIMEOUT
        },
    });

    let mut trials = Vec::new();

    let programs_dir = root.join("tests").join("programs");
    let mut programs = Vec::new();
    collect_go_files(&programs_dir, &mut programs);
    // The examples a newcomer runs first are conformance programs too (goldens beside them).
    let examples_dir = root.join("examples");
    collect_go_files(&examples_dir, &mut programs);
    programs.sort();
    for path in programs {
        let id = path
            .strip_prefix(&programs_dir)
            .map(Path::to_path_buf)
            .unwrap_or_else(|_| {
                Path::new("examples").join(path.strip_prefix(&examples_dir).unwrap())
            })
            .with_extension("")
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect::<Vec<_>>()
            .join("/");
        for mode in [Mode::Jit, Mode::Aot] {
            let env = Arc::clone(&env);
            let path = path.clone();
            let id2 = id.clone();
            trials.push(Trial::test(format!("{}::{}", mode.name(), id), move || {
                run_program(&env, mode, &path, &id2)
            }));
        }
    }

    // Projects: tests/projects/*, and the example module a newcomer runs first.
    let mut projects: Vec<PathBuf> = Vec::new();
    for d in [root.join("tests").join("projects"), examples_dir.clone()] {
        if let Ok(rd) = fs::read_dir(&d) {
            projects.extend(
                rd.flatten()
                    .map(|e| e.path())
                    .filter(|p| p.join("RUN").is_file() || p.join("TEST").is_file()),
            );
        }
    }
    projects.sort();
    for dir in projects {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        if dir.join("TEST").is_file() {
            let env = Arc::clone(&env);
            let dir = dir.clone();
            let name = name.clone();
            trials.push(Trial::test(format!("test::projects/{name}"), move || {
                run_go_test(&env, &dir, &name)
            }));
        }
        if !dir.join("RUN").is_file() {
            continue;
        }
        for mode in [Mode::Jit, Mode::Aot] {
            let env = Arc::clone(&env);
            let dir = dir.clone();
            let name = name.clone();
            trials.push(Trial::test(
                format!("{}::projects/{}", mode.name(), name),
                move || run_project(&env, mode, &dir, &name),
            ));
        }
    }

    let mut annotated = Vec::new();
    collect_go_files(&programs_dir, &mut annotated);
    annotated.sort();
    for path in annotated {
        let Ok(src) = fs::read_to_string(&path) else {
            continue;
        };
        if !src.contains("// want-defer:") {
            continue;
        }
        let id = path
            .strip_prefix(&programs_dir)
            .unwrap_or(&path)
            .with_extension("")
            .to_string_lossy()
            .into_owned();
        let env = Arc::clone(&env);
        trials.push(Trial::test(format!("explain::{id}"), move || {
            check_explain_defers(&env, &path, &src)
        }));
    }

    let cf_dir = root.join("tests").join("compile_fail");
    let mut cf = Vec::new();
    if let Ok(rd) = fs::read_dir(&cf_dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.extension().is_some_and(|x| x == "go") && p.is_file() {
                cf.push(p);
            }
        }
    }
    cf.sort();
    for path in cf {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let env = Arc::clone(&env);
        trials.push(Trial::test(format!("compile_fail::{name}"), move || {
            check_compile_fail(&env, &path)
        }));
    }

    if trials.is_empty() {
        eprintln!(
            "no conformance programs found under {}",
            programs_dir.display()
        );
        std::process::exit(1);
    }

    if let Err(e) = fs::create_dir_all(&tmp) {
        eprintln!("cannot create {}: {e}", tmp.display());
        std::process::exit(1);
    }
    let conclusion = libtest_mimic::run(&args, trials);
    let _ = fs::remove_dir_all(&tmp);
    let _ = fs::remove_dir_all(&cache);
    conclusion.exit();
}

fn collect_go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            // A module is a project (run_project), not single-file programs.
            if !p.join("go.mod").is_file() {
                collect_go_files(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

#[derive(Clone, Copy)]
enum Mode {
    Jit,
    Aot,
}

impl Mode {
    fn name(self) -> &'static str {
        match self {
            Mode::Jit => "jit",
            Mode::Aot => "aot",
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Running processes and what of their outcome is compared: one implementation, shared with the
// differential tester (tools/difftest/src/outcome.rs).

use deferc_difftest::outcome::{cut_stderr, describe_status};

fn run_with_timeout(cmd: Command, timeout: Duration, what: &str) -> Result<Output, Failed> {
    deferc_difftest::outcome::run_with_timeout(cmd, timeout, what).map_err(Failed::from)
}

/// A conformance program's `// args:`, `// stdin:`, `// env:` and `// gcstress:` directives
/// (see the module docs).
#[derive(Default)]
struct Directives {
    args: Vec<String>,
    stdin: Option<Vec<u8>>,
    env: Vec<(String, String)>,
    gcstress: Option<String>,
}

fn directives(path: &Path) -> Result<Directives, Failed> {
    let src = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut d = Directives::default();
    for line in src.lines() {
        let line = line.trim();
        if let Some(a) = line.strip_prefix("// args:") {
            d.args = a.split_whitespace().map(String::from).collect();
        } else if let Some(f) = line.strip_prefix("// stdin:") {
            let p = path.parent().unwrap_or(Path::new(".")).join(f.trim());
            d.stdin = Some(fs::read(&p).map_err(|e| format!("stdin file {}: {e}", p.display()))?);
        } else if let Some(e) = line.strip_prefix("// env:") {
            for kv in e.split_whitespace() {
                let (k, v) = kv.split_once('=').ok_or_else(|| {
                    format!(
                        "{}: `// env:` entry {kv:?} is not NAME=VALUE",
                        path.display()
                    )
                })?;
                d.env.push((k.to_string(), v.to_string()));
            }
        } else if let Some(n) = line.strip_prefix("// gcstress:") {
            d.gcstress = Some(n.trim().to_string());
        }
    }
    Ok(d)
}

use deferc_difftest::outcome::Output;

fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, Failed> {
    match fs::read(path) {
        Ok(b) => Ok(Some(b)),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("cannot read {}: {e}", path.display()).into()),
    }
}

fn diff_text(label: &str, expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let diff = similar::TextDiff::from_lines(exp.as_ref(), act.as_ref());
    let mut s = format!("=== {label} differs (-expected +actual):\n");
    let _ = write!(
        s,
        "{}",
        diff.unified_diff()
            .context_radius(5)
            .header(&format!("expected {label}"), &format!("actual {label}"))
    );
    if !s.ends_with('\n') {
        s.push('\n');
    }
    if exp == act {
        // Only invalid UTF-8 differs: show the bytes.
        let _ = writeln!(
            s,
            "expected bytes: {expected:?}\nactual bytes:   {actual:?}"
        );
    } else if !exp.is_empty() && !act.is_empty() && exp.ends_with('\n') != act.ends_with('\n') {
        let _ = writeln!(
            s,
            "(expected ends with newline: {}, actual ends with newline: {})",
            exp.ends_with('\n'),
            act.ends_with('\n')
        );
    }
    s
}

fn run_program(env: &Env, mode: Mode, path: &Path, id: &str) -> Result<(), Failed> {
    let dir = path.parent().expect("program has a directory");
    let stem = path.with_extension("");
    let golden = |ext: &str| PathBuf::from(format!("{}.{ext}", stem.display()));

    let expected_stdout = read_optional(&golden("stdout"))?.ok_or_else(|| {
        Failed::from(format!(
            "no golden {}: run scripts/bless-goldens {} (needs Go 1.19)",
            golden("stdout").display(),
            path.display()
        ))
    })?;
    let expected_stderr = read_optional(&golden("stderr"))?.unwrap_or_default();
    let expected_exit: i32 = match read_optional(&golden("exit"))? {
        None => 0,
        Some(b) => {
            let t = String::from_utf8_lossy(&b);
            t.trim().parse().map_err(|_| {
                Failed::from(format!(
                    "bad exit golden {}: {t:?}",
                    golden("exit").display()
                ))
            })?
        }
    };

    let d = directives(path)?;
    // Under GC stress, a program's own `// gcstress: N` overrides the setting.
    let stress = std::env::var_os("DEFERC_GCSTRESS")
        .filter(|v| !v.is_empty() && v != "0")
        .and(d.gcstress.clone());
    let run = |mut cmd: Command, what: &str| {
        if let Some(n) = &stress {
            cmd.env("DEFERC_GCSTRESS", n);
        }
        cmd.envs(d.env.iter().map(|(k, v)| (k, v)));
        deferc_difftest::outcome::run_with_input(cmd, d.stdin.clone(), env.run_timeout, what)
            .map_err(Failed::from)
    };
    let out = match mode {
        Mode::Jit => {
            let mut cmd = env.command(env.jit.as_deref().unwrap_or(&env.deferc));
            cmd.arg("run").arg(path).current_dir(dir);
            if !d.args.is_empty() {
                cmd.arg("--").args(&d.args);
            }
            run(cmd, "deferc run")?
        }
        Mode::Aot => {
            let exe = env.tmp.join(id.replace('/', "_"));
            let mut cmd = Command::new(&env.deferc);
            cmd.arg("build")
                .arg(path)
                .arg("-o")
                .arg(&exe)
                .current_dir(dir);
            if let Some(t) = &env.target {
                cmd.arg("--target").arg(t);
            }
            let built = run_with_timeout(cmd, COMPILE_TIMEOUT, "deferc build")?;
            if !built.status.success() {
                return Err(format!(
                    "deferc build failed ({}):\n{}{}",
                    describe_status(&built.status),
                    String::from_utf8_lossy(&built.stdout),
                    String::from_utf8_lossy(&built.stderr)
                )
                .into());
            }
            let cmd = {
                let mut c = env.command(&exe);
                c.current_dir(dir).args(&d.args);
                c
            };
            let res = run(cmd, "compiled program");
            let _ = fs::remove_file(&exe);
            res?
        }
    };

    compare_outcome(
        &out,
        &expected_stdout,
        &expected_stderr,
        expected_exit,
        path,
        mode,
    )
}

/// Compares a run's stdout, stderr (up to the first blank line) and exit status with the
/// goldens.
fn compare_outcome(
    out: &Output,
    expected_stdout: &[u8],
    expected_stderr: &[u8],
    expected_exit: i32,
    path: &Path,
    mode: Mode,
) -> Result<(), Failed> {
    let actual_stderr = cut_stderr(&out.stderr);
    let mut report = String::new();
    if out.stdout != expected_stdout {
        report.push_str(&diff_text("stdout", expected_stdout, &out.stdout));
    }
    if actual_stderr != expected_stderr {
        report.push_str(&diff_text(
            "stderr (up to the first blank line)",
            expected_stderr,
            &actual_stderr,
        ));
    }
    if out.status.code() != Some(expected_exit) {
        let _ = writeln!(
            report,
            "=== exit status differs: expected exit status {expected_exit}, actual {}",
            describe_status(&out.status)
        );
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("{} ({} mode):\n{report}", path.display(), mode.name()).into())
    }
}

// ---------------------------------------------------------------------------------------------
// Projects

/// The golden of `name` with extension `ext` (tests/projects/<name>.<ext>).
fn project_golden(dir: &Path, ext: &str) -> PathBuf {
    dir.with_extension(ext)
}

/// Runs project `dir` (see the module docs) the way its RUN file says, with `deferc run` or
/// `deferc build` and the executable, from the project's directory.
fn run_project(env: &Env, mode: Mode, dir: &Path, name: &str) -> Result<(), Failed> {
    let run_file = fs::read_to_string(dir.join("RUN")).map_err(|e| format!("RUN: {e}"))?;
    let words: Vec<String> = run_file.split_whitespace().map(String::from).collect();
    // As `go run` splits them: leading .go operands are files, otherwise the first operand is
    // the package; the rest are the program's.
    let nfiles = words.iter().take_while(|w| w.ends_with(".go")).count();
    let nops = nfiles.max(1).min(words.len());
    let (ops, args) = words.split_at(nops);
    let exe = env.tmp.join(format!("project_{name}"));
    let build_golden = read_optional(&project_golden(dir, "build"))?;
    let (out, what) = match mode {
        Mode::Jit => {
            let mut cmd = env.command(env.jit.as_deref().unwrap_or(&env.deferc));
            // A project Go does not build: its errors from `deferc check`, which like go build
            // takes a package that is not main.
            if build_golden.is_some() {
                cmd.arg("check").args(ops).current_dir(dir);
            } else {
                cmd.arg("run")
                    .args(ops)
                    .arg("--")
                    .args(args)
                    .current_dir(dir);
            }
            (
                deferc_difftest::outcome::run_with_input(cmd, None, env.run_timeout, "deferc run")
                    .map_err(Failed::from)?,
                "deferc run",
            )
        }
        Mode::Aot => {
            let mut cmd = Command::new(&env.deferc);
            cmd.arg("build")
                .arg("-o")
                .arg(&exe)
                .args(ops)
                .current_dir(dir);
            if let Some(t) = &env.target {
                cmd.arg("--target").arg(t);
            }
            (
                run_with_timeout(cmd, COMPILE_TIMEOUT, "deferc build")?,
                "deferc build",
            )
        }
    };
    if let Some(want) = build_golden {
        return check_build_errors(&out, &String::from_utf8_lossy(&want), what);
    }
    let out = match mode {
        Mode::Jit => out,
        Mode::Aot => {
            if !out.status.success() {
                return Err(format!(
                    "deferc build failed ({}):\n{}{}",
                    describe_status(&out.status),
                    String::from_utf8_lossy(&out.stdout),
                    String::from_utf8_lossy(&out.stderr)
                )
                .into());
            }
            let mut c = env.command(&exe);
            c.current_dir(dir).args(args);
            let res = deferc_difftest::outcome::run_with_input(
                c,
                None,
                env.run_timeout,
                "compiled program",
            )
            .map_err(Failed::from);
            let _ = fs::remove_file(&exe);
            res?
        }
    };
    let expected_stdout = read_optional(&project_golden(dir, "stdout"))?.ok_or_else(|| {
        Failed::from(format!(
            "no golden for {}: run scripts/bless-projects {name} (needs Go 1.19)",
            dir.display()
        ))
    })?;
    let expected_stderr = read_optional(&project_golden(dir, "stderr"))?.unwrap_or_default();
    let expected_exit = match read_optional(&project_golden(dir, "exit"))? {
        None => 0,
        Some(b) => String::from_utf8_lossy(&b).trim().parse().unwrap_or(-1),
    };
    compare_outcome(
        &out,
        &expected_stdout,
        &expected_stderr,
        expected_exit,
        dir,
        mode,
    )
}

/// What varies between runs of go test (and deferc test): durations, ns/op figures, the
/// machine's cpu and architecture lines. scripts/bless-projects masks Go's output the same way.
fn mask_go_test(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.to_string();
        if l.starts_with("cpu: ") {
            l = "cpu: ?".into();
        } else if l.starts_with("goarch: ") {
            l = "goarch: ?".into();
        }
        // `(0.00s)`
        let mut masked = String::new();
        let mut rest = l.as_str();
        while let Some(i) = rest.find('(') {
            masked.push_str(&rest[..i]);
            let after = &rest[i + 1..];
            let end = after.find("s)");
            let is_dur = end.is_some_and(|e| {
                let d = &after[..e];
                d.contains('.') && d.bytes().all(|b| b.is_ascii_digit() || b == b'.')
            });
            if is_dur {
                masked.push_str("(?s)");
                rest = &after[end.unwrap() + 2..];
            } else {
                masked.push('(');
                rest = after;
            }
        }
        masked.push_str(rest);
        l = masked;
        // `ok  \tpath\t0.012s`
        if l.starts_with("ok  \t") || l.starts_with("FAIL\t") {
            let parts: Vec<&str> = l.splitn(3, '\t').collect();
            if parts.len() == 3
                && parts[2].ends_with('s')
                && parts[2][..parts[2].len() - 1]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.')
            {
                l = format!("{}\t{}\t?s", parts[0], parts[1]);
            }
        }
        // `   12.5 ns/op`
        while let Some(i) = l.find(" ns/op") {
            let head = &l[..i];
            let num_start = head
                .trim_end_matches(|c: char| c.is_ascii_digit() || c == '.')
                .len();
            if num_start == head.len() {
                break;
            }
            let ws_start = head[..num_start].trim_end().len();
            l = format!("{} ? ns~op{}", &l[..ws_start], &l[i + 6..]);
        }
        out.push_str(&l.replace(" ns~op", " ns/op"));
        out.push('\n');
    }
    out
}

/// Runs each `deferc test` command line of a project's TEST file and compares the masked
/// output and exit status with go test's (`<name>.test`).
fn run_go_test(env: &Env, dir: &Path, name: &str) -> Result<(), Failed> {
    let lines = fs::read_to_string(dir.join("TEST")).map_err(|e| format!("TEST: {e}"))?;
    let want = read_optional(&project_golden(dir, "test"))?.ok_or_else(|| {
        Failed::from(format!(
            "no golden for {}: run scripts/bless-projects {name} (needs Go 1.19)",
            dir.display()
        ))
    })?;
    let mut got = String::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        // Both streams into one, in order, as the golden's `2>&1`.
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg("exec \"$@\" 2>&1").arg("sh");
        cmd.args(&env.runner);
        cmd.arg(env.jit.as_deref().unwrap_or(&env.deferc))
            .arg("test");
        if !env.runner.is_empty() {
            cmd.arg("-exec").arg(env.runner.join(" "));
        }
        cmd.args(line.split_whitespace()).current_dir(dir);
        let out = run_with_timeout(cmd, COMPILE_TIMEOUT, "deferc test")?;
        got.push_str(&format!("== go test {line}\n"));
        got.push_str(&mask_go_test(&String::from_utf8_lossy(&out.stdout)));
        got.push_str(&format!("== exit {}\n", out.status.code().unwrap_or(-1)));
    }
    let want = String::from_utf8_lossy(&want);
    if got == want {
        Ok(())
    } else {
        Err(diff_text("go test output", want.as_bytes(), got.as_bytes()).into())
    }
}

/// A project Go does not build: deferc must fail with status 1 and report Go's errors, each
/// positioned line (`file:line:col: message`) exactly, or every line when Go positions none
/// (an import cycle). File names compare without a leading `./`.
fn check_build_errors(out: &Output, want: &str, what: &str) -> Result<(), Failed> {
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    let norm = |l: &str| l.trim().trim_start_matches("./").to_string();
    let got: Vec<String> = text.lines().map(norm).collect();
    let want: Vec<String> = want.lines().map(norm).filter(|l| !l.is_empty()).collect();
    let positioned: Vec<&String> = want
        .iter()
        .filter(|l| parse_diagnostic(l).is_some())
        .collect();
    let required: Vec<&String> = if positioned.is_empty() {
        want.iter().collect()
    } else {
        positioned
    };
    let mut problems = Vec::new();
    if out.status.code() != Some(1) {
        problems.push(format!(
            "expected exit status 1, got {}",
            describe_status(&out.status)
        ));
    }
    for w in required {
        if !got.contains(w) {
            problems.push(format!("missing Go's error line {w:?}"));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!("{what}: {}\noutput:\n{text}", problems.join("\n")).into())
    }
}

// ---------------------------------------------------------------------------------------------
// Compile-fail programs

/// `// ERROR "substring"` annotations: line number (1-based) -> substring. The substring is a
/// double-quoted string in which `\"` and `\\` are escapes.
fn parse_annotations(src: &str) -> Result<Vec<(usize, String)>, String> {
    const MARK: &str = "// ERROR \"";
    let mut anns = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let Some(pos) = line.find(MARK) else { continue };
        let mut sub = String::new();
        let mut chars = line[pos + MARK.len()..].chars();
        let mut closed = false;
        while let Some(c) = chars.next() {
            match c {
                '\\' => match chars.next() {
                    Some(n @ ('"' | '\\')) => sub.push(n),
                    Some(n) => {
                        sub.push('\\');
                        sub.push(n);
                    }
                    None => break,
                },
                '"' => {
                    closed = true;
                    break;
                }
                c => sub.push(c),
            }
        }
        if !closed {
            return Err(format!("line {}: unterminated ERROR annotation", i + 1));
        }
        anns.push((i + 1, sub));
    }
    Ok(anns)
}

/// If `line` is a diagnostic (`^\S+\.go:\d+:\d+: `), returns (file, line number).
fn parse_diagnostic(line: &str) -> Option<(&str, usize)> {
    let token_end = line.find(char::is_whitespace)?;
    if !line[token_end..].starts_with(' ') {
        return None;
    }
    let token = line[..token_end].strip_suffix(':')?;
    let mut parts = token.rsplitn(3, ':');
    let col = parts.next()?;
    let lno = parts.next()?;
    let file = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(col) || !digits(lno) || file.len() <= 3 || !file.ends_with(".go") {
        return None;
    }
    Some((file, lno.parse().ok()?))
}

fn check_compile_fail(env: &Env, path: &Path) -> Result<(), Failed> {
    let dir = path.parent().expect("file has a directory");
    let file_name = path.file_name().unwrap().to_string_lossy().into_owned();
    let expect_path = path.with_extension("expect");
    let expect = read_optional(&expect_path)?;
    let src = fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let anns = if expect.is_some() {
        Vec::new()
    } else {
        parse_annotations(&String::from_utf8_lossy(&src))
            .map_err(|e| format!("{}: {e}", path.display()))?
    };
    if expect.is_none() && anns.is_empty() {
        return Err(format!(
            "{}: no `// ERROR \"...\"` annotation and no {}",
            path.display(),
            expect_path.display()
        )
        .into());
    }

    let mut cmd = Command::new(&env.deferc);
    cmd.arg("check").arg(&file_name).current_dir(dir);
    let out = run_with_timeout(cmd, COMPILE_TIMEOUT, "deferc check")?;
    let mut text = String::from_utf8_lossy(&out.stdout).into_owned();
    text.push_str(&String::from_utf8_lossy(&out.stderr));

    let mut problems = Vec::new();
    if out.status.code() != Some(1) {
        problems.push(format!(
            "expected exit status 1, got {}",
            describe_status(&out.status)
        ));
    }
    if text.contains("panicked at") || text.contains("RUST_BACKTRACE") {
        problems.push("deferc crashed (Rust panic)".to_string());
    }

    if let Some(expect) = expect {
        for want in String::from_utf8_lossy(&expect).lines() {
            if !want.is_empty() && !text.contains(want) {
                problems.push(format!("output does not contain {want:?}"));
            }
        }
    } else {
        let diags: Vec<(usize, &str)> = text
            .lines()
            .filter_map(|l| parse_diagnostic(l).map(|(_, n)| (n, l)))
            .collect();
        for (lno, sub) in &anns {
            let prefix = format!("{file_name}:{lno}:");
            let found = text.lines().any(|l| {
                l.starts_with(&prefix)
                    && parse_diagnostic(l).is_some_and(|(_, n)| n == *lno)
                    && l.contains(sub.as_str())
            });
            if !found {
                problems.push(format!(
                    "missing error at {file_name}:{lno}: containing {sub:?}"
                ));
            }
        }
        for (lno, l) in &diags {
            if !anns.iter().any(|(a, _)| a == lno) {
                problems.push(format!("unexpected error on unannotated line {lno}: {l}"));
            }
        }
    }

    if problems.is_empty() {
        Ok(())
    } else {
        let mut msg = format!("{}:\n", path.display());
        for p in &problems {
            let _ = writeln!(msg, "  - {p}");
        }
        let _ = write!(msg, "deferc check output:\n{text}");
        Err(msg.into())
    }
}

/// Compare `deferc check --explain-defers` with the file's `// want-defer:` annotations.
fn check_explain_defers(env: &Env, path: &Path, src: &str) -> Result<(), Failed> {
    let mut want: Vec<(usize, String)> = Vec::new();
    for (i, line) in src.lines().enumerate() {
        if let Some((_, w)) = line.split_once("// want-defer:") {
            want.push((i + 1, w.trim().to_string()));
        }
    }
    let mut cmd = Command::new(&env.deferc);
    cmd.arg("check").arg("--explain-defers").arg(path);
    let out = run_with_timeout(cmd, COMPILE_TIMEOUT, "deferc check --explain-defers")?;
    if !out.status.success() {
        return Err(format!(
            "deferc check failed:\n{}",
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    let mut got: Vec<(usize, String)> = Vec::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        let Some((pos, what)) = line.split_once(": ") else {
            continue;
        };
        let Some((_, lc)) = pos.split_once(".go:") else {
            continue;
        };
        let Some(l) = lc.split(':').next().and_then(|l| l.parse::<usize>().ok()) else {
            continue;
        };
        let class = if what.starts_with("open-coded") {
            "open-coded"
        } else {
            "runtime"
        };
        got.push((l, class.to_string()));
    }
    if got != want {
        return Err(format!(
            "defer classification differs from Go 1.19's\n  want (line, class): {want:?}\n  got:  {got:?}\n{}",
            String::from_utf8_lossy(&out.stdout)
        )
        .into());
    }
    Ok(())
}
