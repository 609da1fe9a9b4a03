//! `deferc bench` (this crate's `deferc-bench` binary, which `deferc bench` runs): run the Go
//! benchmark programs (`benches/*.go`) with `deferc run` and, when Go is installed, with Go, and
//! compare them side by side. A crate of its own so that the compiler does not depend on
//! regex, serde and plotters.
//!
//! Every program times itself and prints lines `BenchmarkName <iterations> <ns/op> ns/op`
//! (benches/defer_basic.go shows the pattern). A directory with `_test.go` files (benches/gotest)
//! is a package of Go-style benchmarks (`func BenchmarkX(b *testing.B)`): it runs as
//! `deferc test -run ^$ -bench RE -benchtime D -cpu 1` and `go test` with the same flags, whose
//! result lines have the same shape. Each program runs `runs` times under each
//! implementation as a separate process — deferc through `DEFERC run FILE`, Go as one
//! `go build` executable — and a benchmark's figure is the median ns/op over those runs. The
//! report is one table with the ratio deferc/Go, the overhead of each defer benchmark over the
//! direct-call baseline measured in the same run, and the figures documented by Go's open-coded
//! defers design (~35 ns per defer before Go 1.14, ~6 ns for a direct call, open-coded ≈ free);
//! optionally also JSON (`--json`) and an SVG bar chart (`--plot`).
//!
//! Timings on a shared machine are noisy: nothing here passes or fails on a timing.

use std::collections::HashMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::Command;

use regex::Regex;
use serde::Serialize;

/// The benchmark every defer benchmark's overhead is measured against.
pub const BASELINE: &str = "BenchmarkDirectCall";

/// What the command line asked for.
#[derive(Debug, Clone)]
pub struct Options {
    /// Only benchmarks whose name matches (files none of whose benchmarks can match are skipped).
    pub filter: Option<String>,
    /// Some(true): run Go (an error per file when it is missing); Some(false): don't;
    /// None: when `go` is on PATH.
    pub go: Option<bool>,
    /// Runs of each program under each implementation (at least 1).
    pub runs: usize,
    pub json: Option<PathBuf>,
    pub plot: Option<PathBuf>,
    /// Directories (their `*.go` files) and files; empty means `benches/`.
    pub paths: Vec<PathBuf>,
    /// The deferc measured.
    pub deferc: PathBuf,
    /// -benchtime for packages of `_test.go` benchmarks (go test's default is 1s).
    pub benchtime: String,
}

/// One `BenchmarkName N X ns/op` line.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub name: String,
    pub iterations: u64,
    pub ns_per_op: f64,
}

/// The Benchmark lines of a program's standard output, in order; other lines are ignored.
pub fn parse_output(stdout: &str) -> Vec<Sample> {
    stdout.lines().filter_map(parse_line).collect()
}

fn parse_line(line: &str) -> Option<Sample> {
    let mut it = line.split_whitespace();
    let name = it.next()?;
    if !name.starts_with("Benchmark") || name.len() == "Benchmark".len() {
        return None;
    }
    let iterations = it.next()?.parse::<u64>().ok()?;
    let ns_per_op = it.next()?.parse::<f64>().ok()?;
    if it.next()? != "ns/op" || !ns_per_op.is_finite() || ns_per_op < 0.0 {
        return None;
    }
    Some(Sample {
        name: name.to_string(),
        iterations,
        ns_per_op,
    })
}

/// The median (the mean of the two middle values for an even count); None when empty.
pub fn median(values: &[f64]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let mut v = values.to_vec();
    v.sort_by(|a, b| a.total_cmp(b));
    let m = v.len() / 2;
    Some(if v.len() % 2 == 1 {
        v[m]
    } else {
        (v[m - 1] + v[m]) / 2.0
    })
}

/// How a benchmark relates to the direct-call baseline and to Go's documented figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// BenchmarkDirectCall itself.
    Baseline,
    /// A defer that Go 1.14+ (and deferc) open-code.
    OpenCoded,
    /// A defer through the runtime (in a loop, or more than 8 in a frame); reported per defer.
    Runtime,
    /// Anything else: no overhead column, no reference.
    Other,
}

/// The kind of the benchmarks in benches/*.go; unknown names are `Other`.
pub fn kind_of(name: &str) -> Kind {
    match name {
        BASELINE => Kind::Baseline,
        "BenchmarkOpenCodedDefer" | "BenchmarkClosureDeferNamedResult" | "BenchmarkDefer" => {
            Kind::OpenCoded
        }
        "BenchmarkNineDefers"
        | "BenchmarkDeferInLoop"
        | "BenchmarkDefer10"
        | "BenchmarkDeferMany" => Kind::Runtime,
        _ => Kind::Other,
    }
}

/// The figure Go's open-coded defers design documents for this kind of benchmark.
pub fn reference(kind: Kind) -> Option<&'static str> {
    match kind {
        Kind::Baseline => Some("~6 ns direct call"),
        Kind::OpenCoded => Some("open-coded ~free"),
        Kind::Runtime => Some("~35 ns/defer (<1.14)"),
        Kind::Other => None,
    }
}

/// One benchmark's results.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub name: String,
    pub file: String,
    /// Medians in ns/op.
    pub deferc_ns: Option<f64>,
    pub go_ns: Option<f64>,
    /// deferc / go.
    pub ratio: Option<f64>,
    /// Median minus the same implementation's BenchmarkDirectCall median (defer benchmarks only).
    pub deferc_overhead_ns: Option<f64>,
    pub go_overhead_ns: Option<f64>,
    pub reference: Option<&'static str>,
    /// Every run's ns/op, in run order.
    pub deferc_samples: Vec<f64>,
    pub go_samples: Vec<f64>,
}

/// A program that could not be measured under one implementation.
#[derive(Debug, Clone, Serialize)]
pub struct FileError {
    pub file: String,
    pub runner: &'static str,
    pub message: String,
}

/// Everything `--json` writes.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub runs: usize,
    pub deferc_version: String,
    /// `go version`, when Go ran.
    pub go_version: Option<String>,
    pub deferc_baseline_ns: Option<f64>,
    pub go_baseline_ns: Option<f64>,
    pub benchmarks: Vec<Row>,
    pub errors: Vec<FileError>,
}

/// Samples of one program under one implementation: name -> ns/op per run, in first-seen order.
#[derive(Debug, Default, Clone)]
pub struct Collected {
    order: Vec<String>,
    samples: HashMap<String, Vec<f64>>,
}

impl Collected {
    pub fn add(&mut self, run: &[Sample]) {
        for s in run {
            if !self.samples.contains_key(&s.name) {
                self.order.push(s.name.clone());
            }
            self.samples
                .entry(s.name.clone())
                .or_default()
                .push(s.ns_per_op);
        }
    }
    pub fn get(&self, name: &str) -> &[f64] {
        self.samples.get(name).map(Vec::as_slice).unwrap_or(&[])
    }
}

/// Builds the rows of one file from its deferc and Go samples (names in deferc's order, then
/// any only Go printed), keeping those the filter selects. Overheads are filled in later.
pub fn rows_for_file(
    file: &str,
    deferc: &Collected,
    go: &Collected,
    filter: Option<&Regex>,
) -> Vec<Row> {
    let mut names: Vec<&String> = deferc.order.iter().collect();
    for n in &go.order {
        if !deferc.samples.contains_key(n) {
            names.push(n);
        }
    }
    names
        .into_iter()
        .filter(|n| filter.is_none_or(|re| re.is_match(n)))
        .map(|n| {
            let d = deferc.get(n).to_vec();
            let g = go.get(n).to_vec();
            let (dm, gm) = (median(&d), median(&g));
            Row {
                name: n.clone(),
                file: file.to_string(),
                deferc_ns: dm,
                go_ns: gm,
                ratio: match (dm, gm) {
                    (Some(a), Some(b)) if b > 0.0 => Some(a / b),
                    _ => None,
                },
                deferc_overhead_ns: None,
                go_overhead_ns: None,
                reference: reference(kind_of(n)),
                deferc_samples: d,
                go_samples: g,
            }
        })
        .collect()
}

/// Fills in each defer benchmark's overhead over its implementation's baseline median.
pub fn fill_overheads(rows: &mut [Row], deferc_base: Option<f64>, go_base: Option<f64>) {
    for r in rows {
        if matches!(kind_of(&r.name), Kind::OpenCoded | Kind::Runtime) {
            r.deferc_overhead_ns = r.deferc_ns.zip(deferc_base).map(|(a, b)| a - b);
            r.go_overhead_ns = r.go_ns.zip(go_base).map(|(a, b)| a - b);
        }
    }
}

/// ns/op with precision that suits its size (thousands separated from 10,000 on).
pub fn fmt_ns(v: f64) -> String {
    let a = v.abs();
    if a < 100.0 {
        format!("{:.2}", v)
    } else if a < 10_000.0 {
        format!("{:.1}", v)
    } else {
        let digits = format!("{:.0}", a);
        let mut out = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        if v < 0.0 {
            out.insert(0, '-');
        }
        out
    }
}

/// A duration in ns with a unit, 3 significant digits (chart labels).
pub fn human_ns(v: f64) -> String {
    let (x, unit) = if v >= 1e9 {
        (v / 1e9, "s")
    } else if v >= 1e6 {
        (v / 1e6, "ms")
    } else if v >= 1e3 {
        (v / 1e3, "µs")
    } else {
        (v, "ns")
    };
    let digits = if x >= 100.0 {
        0
    } else if x >= 10.0 {
        1
    } else {
        2
    };
    let s = format!("{:.*}", digits, x);
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    format!("{} {}", s, unit)
}

fn opt(v: Option<f64>, f: impl Fn(f64) -> String) -> String {
    v.map(f).unwrap_or_else(|| "-".into())
}

/// The text table (also what the README shows).
pub fn render_table(report: &Report) -> String {
    let header = [
        "benchmark",
        "deferc ns/op",
        "go ns/op",
        "deferc/go",
        "deferc over call",
        "go over call",
        "reference (Go design doc)",
    ];
    let mut cells: Vec<[String; 7]> = vec![header.map(String::from)];
    for r in &report.benchmarks {
        let over = |v: Option<f64>| {
            opt(v, |x| {
                format!("{}{}", if x >= 0.0 { "+" } else { "" }, fmt_ns(x))
            })
        };
        cells.push([
            r.name.trim_start_matches("Benchmark").to_string(),
            opt(r.deferc_ns, fmt_ns),
            opt(r.go_ns, fmt_ns),
            opt(r.ratio, |x| format!("{:.2}x", x)),
            over(r.deferc_overhead_ns),
            over(r.go_overhead_ns),
            r.reference.unwrap_or("-").to_string(),
        ]);
    }
    let mut width = [0usize; 7];
    for row in &cells {
        for (w, c) in width.iter_mut().zip(row) {
            *w = (*w).max(c.chars().count());
        }
    }
    let mut out = String::new();
    for (i, row) in cells.iter().enumerate() {
        let mut line = String::new();
        for (j, c) in row.iter().enumerate() {
            let pad = width[j] - c.chars().count();
            if j == 0 || j == 6 {
                line.push_str(c);
                line.push_str(&" ".repeat(pad));
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(c);
            }
            if j < 6 {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if i == 0 {
            let total: usize = width.iter().sum::<usize>() + 2 * 6;
            out.push_str(&"-".repeat(total));
            out.push('\n');
        }
    }
    out
}

/// The `.go` files named by `paths` (directories contribute their `*.go` files, sorted).
pub fn collect_files(paths: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let default = [PathBuf::from("benches")];
    let paths = if paths.is_empty() {
        &default[..]
    } else {
        paths
    };
    let mut files = Vec::new();
    for p in paths {
        if p.is_dir() && is_test_package(p) {
            files.push(p.clone());
        } else if p.is_dir() {
            let rd = std::fs::read_dir(p)
                .map_err(|e| format!("deferc bench: {}: {}", p.display(), e))?;
            let mut fs: Vec<PathBuf> = rd
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| {
                    (f.extension().is_some_and(|x| x == "go") && f.is_file())
                        || (f.is_dir() && is_test_package(f))
                })
                .collect();
            fs.sort();
            files.extend(fs);
        } else if p.is_file() {
            files.push(p.clone());
        } else {
            return Err(format!(
                "deferc bench: {}: no such file or directory",
                p.display()
            ));
        }
    }
    Ok(files)
}

/// Whether a directory is a package with `_test.go` files (measured through go test).
pub fn is_test_package(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|rd| {
        rd.flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with("_test.go"))
    })
}

/// Benchmark names a program's source spells as string literals ("BenchmarkX").
pub fn names_in_source(src: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in src.split('"').skip(1).step_by(2) {
        let ident = part.len() > "Benchmark".len()
            && part.starts_with("Benchmark")
            && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
        if ident {
            out.push(part.to_string());
        }
    }
    out
}

/// Whether a file may print a benchmark the filter selects: false only when its source names
/// its benchmarks literally and none matches (a file that builds names at run time is run).
pub fn may_match(src: &str, filter: &Regex) -> bool {
    let names = names_in_source(src);
    names.is_empty() || names.iter().any(|n| filter.is_match(n))
}

/// Which files to run under a filter: those that may print a selected benchmark, and the one
/// with the baseline when a selected benchmark is a defer benchmark (or unknown).
pub fn select_files(sources: &[String], filter: &Regex) -> Vec<bool> {
    let mut wanted: Vec<bool> = sources.iter().map(|s| may_match(s, filter)).collect();
    let needs_base = sources.iter().zip(&wanted).any(|(s, w)| {
        let names = names_in_source(s);
        *w && (names.is_empty()
            || names.iter().any(|n| {
                filter.is_match(n) && matches!(kind_of(n), Kind::OpenCoded | Kind::Runtime)
            }))
    });
    if needs_base {
        for (s, w) in sources.iter().zip(wanted.iter_mut()) {
            if names_in_source(s).iter().any(|n| n == BASELINE) {
                *w = true;
            }
        }
    }
    wanted
}

fn on_path(prog: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(prog))
        .find(|p| p.is_file())
}

/// Runs a command to completion; Ok(stdout) when it exits 0 and printed Benchmark lines.
fn run_program(cmd: &mut Command) -> Result<Vec<Sample>, String> {
    let out = cmd
        .stdin(std::process::Stdio::null())
        .output()
        .map_err(|e| format!("cannot start: {}", e))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        let first: Vec<&str> = stderr
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .take(3)
            .collect();
        return Err(format!("{}: {}", out.status, first.join(" | ")));
    }
    let samples = parse_output(&stdout);
    if samples.is_empty() {
        return Err("no Benchmark lines in its output".into());
    }
    Ok(samples)
}

/// Runs one program's command `runs` times under one implementation, collecting its samples;
/// the first failure is recorded and ends the runs.
struct Runs<'a> {
    runs: usize,
    file: &'a str,
    progress: &'a mut Progress,
    step: &'a dyn Fn(&str) -> String,
    errors: &'a mut Vec<FileError>,
}

impl Runs<'_> {
    fn collect(
        &mut self,
        what: &str,
        runner: &'static str,
        into: &mut Collected,
        command: &mut dyn FnMut() -> Command,
    ) {
        for r in 1..=self.runs {
            self.progress
                .show(&(self.step)(&format!("{}, run {}/{}", what, r, self.runs)));
            match run_program(&mut command()) {
                Ok(s) => into.add(&s),
                Err(e) => {
                    self.errors.push(FileError {
                        file: self.file.to_string(),
                        runner,
                        message: e,
                    });
                    break;
                }
            }
        }
    }
}

struct Progress {
    tty: bool,
    last_len: usize,
}

impl Progress {
    fn show(&mut self, msg: &str) {
        let mut e = std::io::stderr().lock();
        if self.tty {
            let pad = self.last_len.saturating_sub(msg.chars().count());
            let _ = write!(e, "\r{}{}", msg, " ".repeat(pad));
        } else {
            let _ = writeln!(e, "{}", msg);
        }
        let _ = e.flush();
        self.last_len = msg.chars().count();
    }
    fn clear(&mut self) {
        if self.tty && self.last_len > 0 {
            let _ = write!(std::io::stderr(), "\r{}\r", " ".repeat(self.last_len));
            self.last_len = 0;
        }
    }
}

/// Measures every file and returns the report (errors inside it, per file).
pub fn measure(opts: &Options) -> Result<Report, String> {
    let runs = opts.runs.max(1);
    let filter = match &opts.filter {
        Some(f) => Some(Regex::new(f).map_err(|e| format!("deferc bench: --filter: {}", e))?),
        None => None,
    };
    let files = collect_files(&opts.paths)?;
    if files.is_empty() {
        return Err("deferc bench: no .go files".into());
    }
    let go = match opts.go {
        Some(false) => None,
        Some(true) => Some(on_path("go").unwrap_or_else(|| PathBuf::from("go"))),
        None => on_path("go"),
    };
    let exe = &opts.deferc;
    let deferc_version = Command::new(exe)
        .arg("--version")
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .ok_or_else(|| format!("deferc bench: cannot run {}", exe.display()))?;
    let tmp = std::env::temp_dir().join(format!("deferc-bench-{}", std::process::id()));
    let go_version = go.as_ref().and_then(|g| {
        let o = Command::new(g).arg("version").output().ok()?;
        o.status
            .success()
            .then(|| String::from_utf8_lossy(&o.stdout).trim().to_string())
    });

    let wanted = match &filter {
        None => vec![true; files.len()],
        Some(re) => {
            let sources: Vec<String> = files
                .iter()
                .map(|f| std::fs::read_to_string(f).unwrap_or_default())
                .collect();
            select_files(&sources, re)
        }
    };
    let mut progress = Progress {
        tty: std::io::stderr().is_terminal(),
        last_len: 0,
    };
    let mut rows = Vec::new();
    let mut errors = Vec::new();
    let (mut deferc_base, mut go_base) = (None, None);
    let total = files.len();
    for (i, file) in files.iter().enumerate() {
        let name = file.display().to_string();
        if !wanted[i] {
            continue;
        }
        let step = |what: &str| format!("[{}/{}] {} ({})", i + 1, total, name, what);

        let mut deferc = Collected::default();
        // A package of `_test.go` benchmarks runs through go test's flags, the same for both.
        let test_args = |cmd: &mut Command| {
            let re = opts.filter.clone().unwrap_or_else(|| ".".into());
            cmd.args([
                "test",
                "-run",
                "^$",
                "-bench",
                &re,
                "-benchtime",
                &opts.benchtime,
            ])
            .args(["-cpu", "1"])
            .current_dir(file);
        };
        let mut runner = Runs {
            runs,
            file: &name,
            progress: &mut progress,
            step: &step,
            errors: &mut errors,
        };
        runner.collect("deferc", "deferc", &mut deferc, &mut || {
            let mut cmd = Command::new(exe);
            if file.is_dir() {
                test_args(&mut cmd);
            } else {
                cmd.arg("run").arg(file);
            }
            cmd
        });

        let mut gos = Collected::default();
        if let (Some(g), true) = (&go, file.is_dir()) {
            runner.collect("go test", "go", &mut gos, &mut || {
                let mut cmd = Command::new(g);
                test_args(&mut cmd);
                cmd
            });
        } else if let Some(g) = &go {
            runner.progress.show(&step("go build"));
            let bin = tmp.join(format!("prog{}", i));
            let built = std::fs::create_dir_all(&tmp)
                .map_err(|e| format!("{}: {}", tmp.display(), e))
                .and_then(|_| {
                    let o = Command::new(g)
                        .arg("build")
                        .arg("-o")
                        .arg(&bin)
                        .arg(file)
                        .stdin(std::process::Stdio::null())
                        .output()
                        .map_err(|e| format!("cannot start go: {}", e))?;
                    if o.status.success() {
                        Ok(())
                    } else {
                        let stderr = String::from_utf8_lossy(&o.stderr);
                        Err(format!(
                            "go build: {}",
                            stderr.lines().take(3).collect::<Vec<_>>().join(" | ")
                        ))
                    }
                });
            match built {
                Err(e) => runner.errors.push(FileError {
                    file: name.clone(),
                    runner: "go",
                    message: e,
                }),
                Ok(()) => runner.collect("go", "go", &mut gos, &mut || Command::new(&bin)),
            }
            let _ = std::fs::remove_file(&bin);
        }
        rows.extend(rows_for_file(&name, &deferc, &gos, filter.as_ref()));
        // The baseline counts even when the filter leaves it out of the table.
        deferc_base = deferc_base.or(median(deferc.get(BASELINE)));
        go_base = go_base.or(median(gos.get(BASELINE)));
    }
    progress.clear();
    let _ = std::fs::remove_dir_all(&tmp);
    fill_overheads(&mut rows, deferc_base, go_base);
    Ok(Report {
        runs,
        deferc_version,
        go_version: if go.is_some() { go_version } else { None },
        deferc_baseline_ns: deferc_base,
        go_baseline_ns: go_base,
        benchmarks: rows,
        errors,
    })
}

/// `deferc bench`: measure, print the table (stdout) and errors (stderr), write --json and
/// --plot. Exit status 1 when any program failed, 2 for bad options.
pub fn main(opts: &Options) -> i32 {
    let report = match measure(opts) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("{}", e);
            return 2;
        }
    };
    print!("{}", render_table(&report));
    let go = match &report.go_version {
        Some(v) => v.clone(),
        None => "go: not run".into(),
    };
    println!(
        "median of {} run{} each; {} (deferc run); {}",
        report.runs,
        if report.runs == 1 { "" } else { "s" },
        report.deferc_version,
        go
    );
    let mut status = 0;
    for e in &report.errors {
        eprintln!("deferc bench: {} ({}): {}", e.file, e.runner, e.message);
        status = 1;
    }
    if let Some(p) = &opts.json {
        let text = serde_json::to_string_pretty(&report).expect("serializable report");
        if let Err(e) = std::fs::write(p, text + "\n") {
            eprintln!("deferc bench: write {}: {}", p.display(), e);
            status = 1;
        }
    }
    if let Some(p) = &opts.plot {
        if let Err(e) = plot(&report, p) {
            eprintln!("deferc bench: plot {}: {}", p.display(), e);
            status = 1;
        }
    }
    status
}

/// Whether values spread over enough orders of magnitude to need a log scale.
pub fn wants_log_scale(values: &[f64]) -> bool {
    let pos: Vec<f64> = values.iter().copied().filter(|v| *v > 0.0).collect();
    let (lo, hi) = pos.iter().fold((f64::INFINITY, 0f64), |(lo, hi), v| {
        (lo.min(*v), hi.max(*v))
    });
    !pos.is_empty() && hi / lo > 50.0
}

/// A grouped bar chart, deferc against Go per benchmark, as SVG.
pub fn plot(report: &Report, path: &Path) -> Result<(), String> {
    use plotters::prelude::*;
    use plotters::style::text_anchor::{HPos, Pos, VPos};

    let rows: Vec<&Row> = report
        .benchmarks
        .iter()
        .filter(|r| r.deferc_ns.is_some() || r.go_ns.is_some())
        .collect();
    if rows.is_empty() {
        return Err("no results to plot".into());
    }
    let values: Vec<f64> = rows
        .iter()
        .flat_map(|r| [r.deferc_ns, r.go_ns])
        .flatten()
        .collect();
    let log = wants_log_scale(&values);
    // Bars are drawn in a linear coordinate over log10(ns) when the scale is logarithmic.
    let tr = |v: f64| if log { v.max(1e-3).log10() } else { v };
    let hi = values.iter().copied().fold(0f64, f64::max);
    let lo = values
        .iter()
        .copied()
        .filter(|v| *v > 0.0)
        .fold(f64::INFINITY, f64::min);
    let (y0, y1) = if log {
        (lo.log10().floor().min(0.0), hi.log10().ceil() + 0.2)
    } else {
        (0.0, hi * 1.1)
    };
    let n = rows.len();
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let width = (160 + 90 * n as u32).max(760);
    let root = SVGBackend::new(path, (width, 620)).into_drawing_area();
    root.fill(&WHITE).map_err(|e| err(&e))?;
    let go_label = report
        .go_version
        .as_deref()
        .and_then(|v| v.split_whitespace().nth(2))
        .unwrap_or("go")
        .to_string();
    let caption = format!(
        "deferc vs {}: time per op{}, median of {} run{} (lower is better)",
        go_label,
        if log { " (log scale)" } else { "" },
        report.runs,
        if report.runs == 1 { "" } else { "s" }
    );
    let mut chart = ChartBuilder::on(&root)
        .caption(caption, ("sans-serif", 18))
        .margin(12)
        .x_label_area_size(170)
        .y_label_area_size(70)
        .build_cartesian_2d(0f64..n as f64, y0..y1)
        .map_err(|e| err(&e))?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .disable_x_axis()
        .x_labels(0)
        .light_line_style(TRANSPARENT)
        .y_desc("time per op")
        .y_label_formatter(&|y| {
            if log {
                let v = 10f64.powf(*y);
                if (y - y.round()).abs() < 1e-6 {
                    human_ns(v)
                } else {
                    String::new()
                }
            } else {
                human_ns(*y)
            }
        })
        .draw()
        .map_err(|e| err(&e))?;
    let deferc_color = RGBColor(0x1f, 0x77, 0xb4);
    let go_color = RGBColor(0x2c, 0xa0, 0x2c);
    let bar = |i: usize, v: f64, left: bool| {
        let x = i as f64 + if left { 0.12 } else { 0.5 };
        (x, x + 0.38, tr(v))
    };
    let deferc_bars: Vec<_> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.deferc_ns.map(|v| bar(i, v, true)))
        .collect();
    let go_bars: Vec<_> = rows
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.go_ns.map(|v| bar(i, v, false)))
        .collect();
    chart
        .draw_series(
            deferc_bars
                .iter()
                .map(|&(a, b, h)| Rectangle::new([(a, y0), (b, h)], deferc_color.filled())),
        )
        .map_err(|e| err(&e))?
        .label("deferc run")
        .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], deferc_color.filled()));
    if !go_bars.is_empty() {
        chart
            .draw_series(
                go_bars
                    .iter()
                    .map(|&(a, b, h)| Rectangle::new([(a, y0), (b, h)], go_color.filled())),
            )
            .map_err(|e| err(&e))?
            .label(go_label.clone())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], go_color.filled()));
    }
    // Value labels above the bars.
    let small = ("sans-serif", 10)
        .into_font()
        .color(&BLACK)
        .pos(Pos::new(HPos::Center, VPos::Bottom));
    for (bars, vals) in [
        (
            &deferc_bars,
            rows.iter().filter_map(|r| r.deferc_ns).collect::<Vec<_>>(),
        ),
        (
            &go_bars,
            rows.iter().filter_map(|r| r.go_ns).collect::<Vec<_>>(),
        ),
    ] {
        chart
            .draw_series(
                bars.iter().zip(vals).map(|(&(a, b, h), v)| {
                    Text::new(human_ns(v), ((a + b) / 2.0, h), small.clone())
                }),
            )
            .map_err(|e| err(&e))?;
    }
    chart
        .configure_series_labels()
        .position(SeriesLabelPosition::UpperLeft)
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()
        .map_err(|e| err(&e))?;
    // Benchmark names under each group, rotated.
    let label = ("sans-serif", 13)
        .into_font()
        .transform(FontTransform::Rotate90)
        .color(&BLACK);
    for (i, r) in rows.iter().enumerate() {
        let (px, py) = chart.backend_coord(&(i as f64 + 0.5, y0));
        root.draw(&Text::new(
            r.name.trim_start_matches("Benchmark").to_string(),
            (px + 6, py + 8),
            label.clone(),
        ))
        .map_err(|e| err(&e))?;
    }
    root.present().map_err(|e| err(&e))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_benchmark_lines_only() {
        let out = "starting\nBenchmarkDirectCall 134217728 2.73 ns/op\n\
                   BenchmarkX 8 1.5e3 ns/op\nBenchmark 1 2 ns/op\nBenchmarkBad x 2 ns/op\n\
                   BenchmarkNoUnit 1 2\nBenchmarkMs 1 2 ms/op\nfib(32) = 2178309\n\
                   \tBenchmarkIndented   16   31234567.00   ns/op  \n";
        let s = parse_output(out);
        assert_eq!(
            s,
            vec![
                Sample {
                    name: "BenchmarkDirectCall".into(),
                    iterations: 134217728,
                    ns_per_op: 2.73
                },
                Sample {
                    name: "BenchmarkX".into(),
                    iterations: 8,
                    ns_per_op: 1500.0
                },
                Sample {
                    name: "BenchmarkIndented".into(),
                    iterations: 16,
                    ns_per_op: 31234567.0
                },
            ]
        );
        assert!(parse_output("BenchmarkNeg 1 -2 ns/op\nBenchmarkNan 1 NaN ns/op\n").is_empty());
    }

    #[test]
    fn medians() {
        assert_eq!(median(&[]), None);
        assert_eq!(median(&[3.0]), Some(3.0));
        assert_eq!(median(&[5.0, 1.0, 3.0]), Some(3.0));
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), Some(2.5));
        assert_eq!(median(&[9.0, 1.0, 1.0, 1.0, 100.0]), Some(1.0));
    }

    fn collected(runs: &[&str]) -> Collected {
        let mut c = Collected::default();
        for r in runs {
            c.add(&parse_output(r));
        }
        c
    }

    #[test]
    fn rows_ratios_and_overheads() {
        let d = collected(&[
            "BenchmarkDirectCall 1 2 ns/op\nBenchmarkDeferInLoop 1 10 ns/op\nBenchmarkFib32 1 100 ns/op\n",
            "BenchmarkDirectCall 1 4 ns/op\nBenchmarkDeferInLoop 1 12 ns/op\nBenchmarkFib32 1 300 ns/op\n",
            "BenchmarkDirectCall 1 3 ns/op\nBenchmarkDeferInLoop 1 11 ns/op\nBenchmarkFib32 1 200 ns/op\n",
        ]);
        let g = collected(&["BenchmarkDirectCall 1 2 ns/op\nBenchmarkDeferInLoop 1 33 ns/op\nBenchmarkGoOnly 1 5 ns/op\n"]);
        let mut rows = rows_for_file("f.go", &d, &g, None);
        let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "BenchmarkDirectCall",
                "BenchmarkDeferInLoop",
                "BenchmarkFib32",
                "BenchmarkGoOnly"
            ]
        );
        let (db, gb) = (rows[0].deferc_ns, rows[0].go_ns);
        fill_overheads(&mut rows, db, gb);
        assert_eq!(rows[0].deferc_ns, Some(3.0));
        assert_eq!(rows[0].deferc_overhead_ns, None);
        assert_eq!(rows[1].deferc_ns, Some(11.0));
        assert_eq!(rows[1].ratio, Some(11.0 / 33.0));
        assert_eq!(rows[1].deferc_overhead_ns, Some(8.0));
        assert_eq!(rows[1].go_overhead_ns, Some(31.0));
        assert_eq!(rows[1].reference, Some("~35 ns/defer (<1.14)"));
        assert_eq!(rows[2].go_ns, None);
        assert_eq!(rows[2].ratio, None);
        assert_eq!(rows[2].deferc_overhead_ns, None);
        assert_eq!(rows[3].deferc_ns, None);
        assert_eq!(rows[3].deferc_samples, Vec::<f64>::new());

        let re = Regex::new("Defer").unwrap();
        let rows = rows_for_file("f.go", &d, &g, Some(&re));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].name, "BenchmarkDeferInLoop");
    }

    #[test]
    fn table_without_go() {
        let d =
            collected(&["BenchmarkDirectCall 1 2.5 ns/op\nBenchmarkOpenCodedDefer 1 2.75 ns/op\n"]);
        let mut rows = rows_for_file("f.go", &d, &Collected::default(), None);
        fill_overheads(&mut rows, Some(2.5), None);
        let report = Report {
            runs: 1,
            deferc_version: "deferc 0".into(),
            go_version: None,
            deferc_baseline_ns: Some(2.5),
            go_baseline_ns: None,
            benchmarks: rows,
            errors: vec![],
        };
        let t = render_table(&report);
        let lines: Vec<&str> = t.lines().collect();
        assert_eq!(lines.len(), 4);
        assert!(lines[0].starts_with("benchmark "));
        assert!(lines[1].chars().all(|c| c == '-'));
        let cols: Vec<&str> = lines[3].split_whitespace().collect();
        assert_eq!(
            cols[..6],
            ["OpenCodedDefer", "2.75", "-", "-", "+0.25", "-"]
        );
        assert!(lines[3].ends_with("open-coded ~free"));
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["benchmarks"][1]["deferc_overhead_ns"], 0.25);
        assert!(json["benchmarks"][1]["go_ns"].is_null());
    }

    #[test]
    fn number_formats() {
        assert_eq!(fmt_ns(2.731), "2.73");
        assert_eq!(fmt_ns(123.45), "123.5");
        assert_eq!(fmt_ns(31234567.4), "31,234,567");
        assert_eq!(fmt_ns(123456.0), "123,456");
        assert_eq!(fmt_ns(-12345.0), "-12,345");
        assert_eq!(fmt_ns(-0.5), "-0.50");
        assert_eq!(human_ns(2.731), "2.73 ns");
        assert_eq!(human_ns(10.0), "10 ns");
        assert_eq!(human_ns(123.4), "123 ns");
        assert_eq!(human_ns(1000.0), "1 µs");
        assert_eq!(human_ns(19628459.0), "19.6 ms");
    }

    #[test]
    fn filter_skips_files_by_literal_names() {
        let src = r#"run("BenchmarkFib32", f); run("BenchmarkSieve2M", g); fmt.Println("x")"#;
        assert_eq!(names_in_source(src), ["BenchmarkFib32", "BenchmarkSieve2M"]);
        assert!(may_match(src, &Regex::new("Sieve").unwrap()));
        assert!(!may_match(src, &Regex::new("Defer").unwrap()));
        assert!(may_match(
            "fmt.Println(name)",
            &Regex::new("Defer").unwrap()
        ));
    }

    #[test]
    fn filter_keeps_the_baseline_file_for_defer_benchmarks() {
        let sources: Vec<String> = [
            r#"run("BenchmarkDirectCall", 1, f); run("BenchmarkOpenCodedDefer", 1, g)"#,
            r#"run("BenchmarkDeferInLoop", 10, f)"#,
            r#"run("BenchmarkFib32", f)"#,
        ]
        .map(String::from)
        .to_vec();
        let sel = |re: &str| select_files(&sources, &Regex::new(re).unwrap());
        assert_eq!(sel("InLoop"), [true, true, false]);
        assert_eq!(sel("Fib"), [false, false, true]);
        assert_eq!(sel("."), [true, true, true]);
    }

    #[test]
    fn log_scale_when_spread() {
        assert!(!wants_log_scale(&[2.0, 30.0]));
        assert!(wants_log_scale(&[2.0, 3.0e7]));
        assert!(!wants_log_scale(&[]));
    }

    #[test]
    fn plot_writes_svg() {
        let d = collected(&["BenchmarkDirectCall 1 2.5 ns/op\nBenchmarkFib32 1 12345678 ns/op\n"]);
        let g = collected(&["BenchmarkDirectCall 1 2.0 ns/op\nBenchmarkFib32 1 9345678 ns/op\n"]);
        let report = Report {
            runs: 1,
            deferc_version: "deferc 0".into(),
            go_version: Some("go version go1.19.8 linux/amd64".into()),
            deferc_baseline_ns: None,
            go_baseline_ns: None,
            benchmarks: rows_for_file("f.go", &d, &g, None),
            errors: vec![],
        };
        let p = std::env::temp_dir().join(format!("deferc-bench-test-{}.svg", std::process::id()));
        plot(&report, &p).unwrap();
        let svg = std::fs::read_to_string(&p).unwrap();
        let _ = std::fs::remove_file(&p);
        assert!(svg.starts_with("<svg"));
        assert!(svg.contains("DirectCall") && svg.contains("Fib32") && svg.contains("go1.19.8"));
    }
}
