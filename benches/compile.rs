//! `cargo bench`: the compiler's own speed (divan).
//!
//! - `frontend` and `compile_object`: lex+parse+check, and that plus Cranelift code generation
//!   to an ELF object (`driver::aot::compile_object`), on a generated program of N lines
//!   (functions with arithmetic, loops, open-coded and loop defers, closures); the throughput
//!   column is lines per second, and the `1000` argument is the time per 1,000 lines.
//! - `first_output`: wall time from starting `deferc run hello.go` (the release binary) to its
//!   first byte of output — compile with the JIT, then run; `go_run` is the same for
//!   `go run hello.go` when Go is on PATH (with its build cache warm).
//!
//! The Go programs the compiler produces are benchmarked by `deferc bench` instead.

use std::io::Read;
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use deferc::diag::Source;
use deferc::driver;
use divan::counter::ItemsCount;
use divan::Bencher;

fn main() {
    divan::main();
}

/// One generated function: about 24 lines with a named result written by an open-coded closure
/// defer, loops, a closure capturing a local, a defer in a loop and a call to its predecessor.
fn gen_function(out: &mut String, i: usize) {
    let m = i % 7 + 1;
    let prev = if i == 0 {
        "n % 3".to_string()
    } else {
        format!("f{}(n - 1)", i - 1)
    };
    out.push_str(&format!(
        "func f{i}(n int) (r int) {{
\tdefer func() {{ r += {i} }}()
\tif n <= 0 {{
\t\treturn {m}
\t}}
\tx := n*{m} + {i}
\tfor j := 0; j < n; j++ {{
\t\tx += j ^ (x >> 3)
\t\tif x > 1000000 {{
\t\t\tx -= 999999
\t\t}} else {{
\t\t\tx = x*3 + j%{m}
\t\t}}
\t}}
\tadd := func(a int) int {{ return a + x - {m} }}
\tfor k := 0; k < 3; k++ {{
\t\tdefer func(k int) {{ r ^= k }}(k)
\t}}
\tvar arr [8]int
\tfor k := range arr {{
\t\tarr[k] = add(k) % 100
\t}}
\tr = add(arr[n%8]) + {prev}
\treturn r % 1000003
}}

"
    ));
}

/// A valid Go program (Go runs it too, printing what deferc's build prints) of about `lines`
/// lines (rounded up to whole functions).
fn gen_program(lines: usize) -> String {
    let mut s = String::from("package main\n\nimport \"fmt\"\n\n");
    let mut i = 0;
    while s.lines().count() + 4 < lines {
        gen_function(&mut s, i);
        i += 1;
    }
    s.push_str(&format!(
        "func main() {{\n\tfmt.Println(f{}(5))\n}}\n",
        i.saturating_sub(1)
    ));
    s
}

/// The generated program and its exact line count (the throughput counter).
fn source(lines: usize) -> (Source, usize) {
    let text = gen_program(lines);
    let n = text.lines().count();
    (Source::from_bytes("gen.go", text.into_bytes()), n)
}

const SIZES: [usize; 2] = [1_000, 10_000];

/// Lex, parse and type-check.
#[divan::bench(args = SIZES, sample_count = 20)]
fn frontend(bencher: Bencher, lines: usize) {
    let n = source(lines).1;
    bencher
        .counter(ItemsCount::new(n))
        .with_inputs(|| source(lines).0)
        .bench_local_values(|mut src| {
            driver::frontend(&mut src).expect("generated program checks")
        });
}

/// Lex, parse, check and generate an ELF object with Cranelift (what `deferc build --emit obj`
/// does, without writing the file).
#[divan::bench(args = SIZES, sample_count = 10)]
fn compile_object(bencher: Bencher, lines: usize) {
    let n = source(lines).1;
    bencher
        .counter(ItemsCount::new(n))
        .with_inputs(|| source(lines).0)
        .bench_local_values(|mut src| {
            let fe = driver::frontend(&mut src).expect("generated program checks");
            driver::aot::compile_object(&src, &fe, None, false, false, true)
                .expect("generated program compiles")
        });
}

/// The release deferc, built with cargo when missing; None (with a message) when it can't be.
fn deferc_binary() -> Option<&'static PathBuf> {
    static BIN: OnceLock<Option<PathBuf>> = OnceLock::new();
    BIN.get_or_init(|| {
        let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let target = std::env::var_os("CARGO_TARGET_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| root.join("target"));
        let bin = target.join("release").join("deferc");
        if !bin.is_file() {
            eprintln!("first_output: building {} ...", bin.display());
            let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
            let ok = Command::new(cargo)
                .args(["build", "--release", "--bin", "deferc"])
                .current_dir(&root)
                .status()
                .is_ok_and(|s| s.success());
            if !ok || !bin.is_file() {
                eprintln!("first_output: skipped: no {}", bin.display());
                return None;
            }
        }
        Some(bin)
    })
    .as_ref()
}

fn hello_go() -> &'static PathBuf {
    static HELLO: OnceLock<PathBuf> = OnceLock::new();
    HELLO.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("deferc-compile-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let p = dir.join("hello.go");
        std::fs::write(
            &p,
            "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello, world\")\n}\n",
        )
        .expect("write hello.go");
        p
    })
}

/// Starts `cmd`, returns the time until the first byte on its stdout, then reaps it.
fn time_to_first_output(cmd: &mut Command) -> Duration {
    let start = Instant::now();
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .stdin(Stdio::null())
        .spawn()
        .expect("spawn");
    let mut byte = [0u8; 1];
    let n = child
        .stdout
        .as_mut()
        .expect("piped stdout")
        .read(&mut byte)
        .expect("read stdout");
    let t = start.elapsed();
    assert_eq!(n, 1, "no output");
    let status = child.wait().expect("wait");
    assert!(status.success(), "{:?}", status);
    t
}

/// `deferc run hello.go` from process start to "hello, world".
#[divan::bench(sample_count = 30, sample_size = 1)]
fn first_output(bencher: Bencher) {
    let Some(bin) = deferc_binary() else {
        return;
    };
    let hello = hello_go();
    bencher.bench(|| time_to_first_output(Command::new(bin).arg("run").arg(hello)));
}

/// `go run hello.go` the same way (skipped without Go).
#[divan::bench(sample_count = 10, sample_size = 1)]
fn go_run(bencher: Bencher) {
    let hello = hello_go();
    if !Command::new("go")
        .arg("version")
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
    {
        eprintln!("go_run: skipped: go is not on PATH");
        return;
    }
    bencher.bench(|| time_to_first_output(Command::new("go").arg("run").arg(hello)));
}
