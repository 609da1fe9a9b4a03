//! `difftest`: generates random defer/panic/recover programs (gen/mod.rs), many of them
//! allocation-heavy for the garbage collector (gen/alloc.rs), runs each through Go 1.19 and
//! through deferc (JIT and AOT), and reports every program whose outcome differs; with `--save`
//! a mismatching program is minimized and kept as a regression program.
//!
//!   difftest gen --seed 7                      # print one program
//!   difftest run --count 200 --seed 1          # seeds 1..=200
//!   difftest run --count 10000 --generics      # every program uses generics (gen/generics.rs)
//!   difftest run --count 2000 --generics --go-only  # check the generator against Go alone
//!   difftest run --count 10000 --seed 100000 --save tests/programs/difftest
//!   DEFERC_GCSTRESS=1 difftest run --count 300 # deferc collects at every allocation
//!
//! About a third of the programs use generics (`--generics-percent`, default 33; `--generics`
//! is 100, `--generics-percent 0` gives exactly the programs of before generics existed).
//!
//! Every process inherits difftest's environment (`Command` as is, nothing cleared), so
//! DEFERC_GCSTRESS reaches `deferc run` and the executables `deferc build` makes; Go ignores it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use clap::{Parser, Subcommand};
use deferc_difftest::gen;
use deferc_difftest::outcome::{run_with_timeout, Observed};

#[derive(Parser)]
#[command(about = "Differential testing of deferc against Go 1.19")]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

/// How programs are generated beyond their seeds.
#[derive(clap::Args, Clone, Copy)]
struct GenArgs {
    /// Every program uses generics (the same as --generics-percent 100).
    #[arg(long)]
    generics: bool,
    /// The share of programs (percent) that use generics; with 0, every program is the one its
    /// seed gave before generics existed.
    #[arg(long, default_value_t = gen::DEFAULT_GENERICS_PERCENT,
          value_parser = clap::value_parser!(u64).range(0..=100))]
    generics_percent: u64,
}

impl GenArgs {
    fn options(self) -> gen::Options {
        gen::Options {
            generics_percent: if self.generics {
                100
            } else {
                self.generics_percent
            },
        }
    }
}

#[derive(Subcommand)]
enum Cmd {
    /// Print the program generated from a seed.
    Gen {
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[command(flatten)]
        gen: GenArgs,
    },
    /// Generate COUNT programs from seeds SEED.. and compare deferc with Go on each.
    Run {
        #[arg(long, default_value_t = 200)]
        count: u64,
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The deferc to test (default: target/release/deferc next to this binary).
        #[arg(long)]
        deferc: Option<PathBuf>,
        /// Programs checked at once.
        #[arg(long, default_value_t = 2)]
        jobs: usize,
        /// Programs per `go build` (one go command builds a batch: its start-up is the
        /// largest cost per program).
        #[arg(long, default_value_t = 25)]
        batch: usize,
        /// Minimize each mismatching program and write it here as seed_<SEED>.go (then bless
        /// it with scripts/bless-goldens to make it a regression program).
        #[arg(long)]
        save: Option<PathBuf>,
        /// Working directory (default: a new one under the system's temp dir, removed after).
        #[arg(long)]
        work: Option<PathBuf>,
        /// Check the generator, not deferc: each program must build with Go, run twice with
        /// the same outcome, and take under GO_ONLY_SLOW.
        #[arg(long)]
        go_only: bool,
        #[command(flatten)]
        gen: GenArgs,
    },
}

const RUN_TIMEOUT: Duration = Duration::from_secs(10);

/// With --go-only, a program whose Go binary runs longer than this is reported.
const GO_ONLY_SLOW: Duration = Duration::from_secs(1);

fn main() {
    let cli = Cli::parse();
    match cli.cmd {
        Cmd::Gen { seed, gen } => print!("{}", gen::generate_with(seed, &gen.options()).source),
        Cmd::Run {
            count,
            seed,
            deferc,
            jobs,
            batch,
            save,
            work,
            go_only,
            gen,
        } => {
            // Every deferc started from here runs Cranelift's IR verifier (driver::make_isa).
            std::env::set_var("DEFERC_VERIFY", "1");
            // Generated programs run once each: nothing to keep in deferc's build cache.
            if std::env::var_os("DEFERC_CACHE").is_none() {
                std::env::set_var("DEFERC_CACHE", "off");
            }
            let deferc = deferc.unwrap_or_else(default_deferc);
            if !go_only && !deferc.exists() {
                eprintln!(
                    "difftest: {} not found (cargo build --release)",
                    deferc.display()
                );
                std::process::exit(2);
            }
            let keep = work.is_some();
            let work = work.unwrap_or_else(|| {
                std::env::temp_dir().join(format!("deferc-difftest-{}", std::process::id()))
            });
            let r = Runner {
                deferc,
                work: work.clone(),
                save,
                go_only,
                opts: gen.options(),
            };
            let failed = r.run(seed, count, jobs.max(1), batch.max(1));
            if !keep {
                let _ = fs::remove_dir_all(&work);
            }
            std::process::exit(if failed { 1 } else { 0 });
        }
    }
}

fn default_deferc() -> PathBuf {
    let me = std::env::current_exe().unwrap_or_default();
    me.parent().map(|d| d.join("deferc")).unwrap_or_default()
}

struct Runner {
    deferc: PathBuf,
    work: PathBuf,
    save: Option<PathBuf>,
    /// Only Go runs (twice): the generator is checked, not deferc.
    go_only: bool,
    opts: gen::Options,
}

/// One program's verdict.
enum Verdict {
    Agree,
    /// Go itself could not build it: a bug of the generator's.
    GoRejects(String),
    /// Go 1.19's runtime found its own heap corrupt ("runtime: pointer 0x... to unallocated
    /// span", "found bad pointer in Go heap"): a Go bug, so there is no reference output.
    GoCrashes(String),
    Mismatch(String),
}

/// Whether Go's stderr is its runtime reporting a corrupt heap (a bug of Go's, not a Go
/// outcome a program can have).
fn go_runtime_corrupt(stderr: &[u8]) -> bool {
    let e = String::from_utf8_lossy(stderr);
    e.starts_with("runtime: pointer ") || e.contains("found bad pointer in Go heap")
}

impl Runner {
    /// Returns true when anything failed.
    fn run(&self, first: u64, count: u64, jobs: usize, batch: usize) -> bool {
        let start = Instant::now();
        let seeds: Vec<u64> = (first..first + count).collect();
        let mut features: BTreeMap<&'static str, u64> = BTreeMap::new();
        let (mut agree, mut mismatches, mut go_rejects) = (0u64, Vec::new(), Vec::new());
        let mut go_crashes = Vec::new();
        for (b, chunk) in seeds.chunks(batch).enumerate() {
            let dir = self.work.join(format!("b{b}"));
            let _ = fs::remove_dir_all(&dir);
            fs::create_dir_all(&dir).expect("create work dir");
            for &s in chunk {
                let p = gen::generate_with(s, &self.opts);
                for (f, _) in p.features {
                    *features.entry(f).or_insert(0) += 1;
                }
                let pd = dir.join(format!("p{s}"));
                fs::create_dir_all(&pd).expect("create program dir");
                fs::write(pd.join("main.go"), p.source).expect("write program");
            }
            let built = go_build_batch(&dir);
            let verdicts: Mutex<Vec<(u64, Verdict)>> = Mutex::new(Vec::new());
            let next = AtomicUsize::new(0);
            std::thread::scope(|sc| {
                for _ in 0..jobs {
                    sc.spawn(|| loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(&s) = chunk.get(i) else { break };
                        let pd = dir.join(format!("p{s}"));
                        let gobin = dir.join("bin").join(format!("p{s}"));
                        let v = if built && gobin.exists() {
                            self.check(&pd.join("main.go"), &gobin)
                        } else {
                            // The batch failed: build this one alone for its message.
                            match go_build_one(&pd.join("main.go"), &pd.join("go.bin")) {
                                Ok(()) => self.check(&pd.join("main.go"), &pd.join("go.bin")),
                                Err(e) => Verdict::GoRejects(e),
                            }
                        };
                        verdicts.lock().unwrap().push((s, v));
                    });
                }
            });
            let mut verdicts = verdicts.into_inner().unwrap();
            verdicts.sort_by_key(|(s, _)| *s);
            for (s, v) in verdicts {
                match v {
                    Verdict::Agree => agree += 1,
                    Verdict::GoRejects(e) => {
                        println!(
                            "seed {s}: Go rejects the generated program (generator bug):\n{e}"
                        );
                        go_rejects.push(s);
                    }
                    Verdict::GoCrashes(e) => {
                        println!("seed {s}: Go 1.19 crashes on its own heap (not compared):\n{e}");
                        go_crashes.push(s);
                    }
                    Verdict::Mismatch(e) if self.go_only => {
                        println!("seed {s}: Go alone:\n{e}");
                        let src = dir.join(format!("p{s}")).join("main.go");
                        let keep = self.work.join(format!("go_only_seed_{s}.go"));
                        let _ = fs::copy(&src, &keep);
                        println!("  kept as {}", keep.display());
                        mismatches.push(s);
                    }
                    Verdict::Mismatch(e) => {
                        println!("seed {s}: MISMATCH\n{e}");
                        let src = dir.join(format!("p{s}")).join("main.go");
                        if let Some(save) = &self.save {
                            self.minimize_and_save(s, &src, save);
                        } else {
                            let keep = self.work.join(format!("mismatch_seed_{s}.go"));
                            let _ = fs::copy(&src, &keep);
                            println!("  kept as {}", keep.display());
                        }
                        mismatches.push(s);
                    }
                }
            }
            let _ = fs::remove_dir_all(&dir);
            let done = (b + 1) * batch;
            if done.is_multiple_of(500) {
                eprintln!(
                    "difftest: {} programs, {} mismatches, {:.0} s",
                    done.min(seeds.len()),
                    mismatches.len(),
                    start.elapsed().as_secs_f64()
                );
            }
        }
        println!(
            "\nfeature coverage (programs using each, of {}):",
            seeds.len()
        );
        for (f, n) in &features {
            println!("  {n:>7}  {f}");
        }
        let what = if self.go_only {
            "go-only: build, run twice alike and take under 1 s with Go 1.19; the others are nondeterministic or slow:"
        } else {
            "agree with Go 1.19 in both modes,"
        };
        println!(
            "\ndifftest: seeds {}..={}: {} {what} {} mismatch {:?}, {} rejected by Go {:?}, {} crash Go 1.19's runtime {:?} ({:.0} s)",
            first,
            first + count - 1,
            agree,
            mismatches.len(),
            mismatches,
            go_rejects.len(),
            go_rejects,
            go_crashes.len(),
            go_crashes,
            start.elapsed().as_secs_f64()
        );
        // The closing line CI reads.
        println!(
            "{} passed, {} failed",
            agree,
            mismatches.len() + go_rejects.len()
        );
        !mismatches.is_empty() || !go_rejects.is_empty()
    }

    /// Go's outcome against deferc's, JIT and AOT.
    fn check(&self, src: &Path, gobin: &Path) -> Verdict {
        let dir = src.parent().expect("program dir");
        let want = match run_with_timeout(cmd_in(gobin, dir), RUN_TIMEOUT, "go binary") {
            Ok(o) if go_runtime_corrupt(&o.stderr) => {
                let e = String::from_utf8_lossy(&o.stderr);
                return Verdict::GoCrashes(e.lines().take(3).collect::<Vec<_>>().join("\n"));
            }
            Ok(o) => Observed::of(&o),
            Err(e) => return Verdict::GoRejects(e),
        };
        if self.go_only {
            return go_alone(gobin, dir, &want);
        }
        let mut report = String::new();
        let mut jit = cmd_in(&self.deferc, dir);
        jit.arg("run").arg(src);
        compare(
            "jit",
            &want,
            run_with_timeout(jit, RUN_TIMEOUT, "deferc run"),
            &mut report,
        );
        let exe = dir.join("deferc.bin");
        let mut build = Command::new(&self.deferc);
        build.arg("build").arg(src).arg("-o").arg(&exe);
        match run_with_timeout(build, RUN_TIMEOUT * 3, "deferc build") {
            Ok(o) if o.status.success() => compare(
                "aot",
                &want,
                run_with_timeout(cmd_in(&exe, dir), RUN_TIMEOUT, "executable"),
                &mut report,
            ),
            Ok(o) => report.push_str(&format!(
                "  aot: deferc build failed:\n{}",
                String::from_utf8_lossy(&o.stderr)
            )),
            Err(e) => report.push_str(&format!("  aot: {e}\n")),
        }
        if report.is_empty() {
            Verdict::Agree
        } else {
            Verdict::Mismatch(report)
        }
    }

    /// Shrinks a mismatching program line by line and block by block (each candidate must
    /// still build with Go and still mismatch), then writes it to `save`.
    fn minimize_and_save(&self, seed: u64, src: &Path, save: &Path) {
        let tmp = self.work.join(format!("min{seed}"));
        let _ = fs::create_dir_all(&tmp);
        let mut lines: Vec<String> = fs::read_to_string(src)
            .unwrap_or_default()
            .lines()
            .map(String::from)
            .collect();
        let deadline = Instant::now() + Duration::from_secs(300);
        let mut tries = 0;
        let still_fails = |cand: &[String]| -> bool {
            let f = tmp.join("main.go");
            let _ = fs::write(&f, cand.join("\n") + "\n");
            let gobin = tmp.join("go.bin");
            if go_build_one(&f, &gobin).is_err() || !go_repeats_itself(&gobin, &tmp) {
                return false;
            }
            matches!(self.check(&f, &gobin), Verdict::Mismatch(_))
        };
        let mut progress = true;
        while progress && Instant::now() < deadline {
            progress = false;
            let mut i = 0;
            while i < lines.len() && Instant::now() < deadline {
                // The block opened on line i (through its closing line), else line i alone.
                let mut spans = vec![];
                if lines[i].trim_end().ends_with('{') {
                    let mut depth = 0i32;
                    for (j, l) in lines.iter().enumerate().skip(i) {
                        depth += l.matches('{').count() as i32 - l.matches('}').count() as i32;
                        if depth <= 0 {
                            spans.push(j + 1);
                            break;
                        }
                    }
                }
                spans.push(i + 1);
                let mut removed = false;
                for end in spans {
                    let mut cand = lines.clone();
                    cand.drain(i..end);
                    tries += 1;
                    if still_fails(&cand) {
                        lines = cand;
                        removed = true;
                        progress = true;
                        break;
                    }
                }
                if !removed {
                    i += 1;
                }
            }
        }
        let _ = fs::create_dir_all(save);
        let out = save.join(format!("seed_{seed}.go"));
        let mut text = lines.join("\n") + "\n";
        if !text.starts_with("//") {
            text = format!("// Found by tools/difftest (seed {seed}), minimized.\n{text}");
        }
        let _ = fs::write(&out, text);
        println!(
            "  minimized in {tries} tries to {} lines: {} (bless it: scripts/bless-goldens {})",
            lines.len(),
            out.display(),
            out.display()
        );
        let _ = fs::remove_dir_all(&tmp);
    }
}

/// --go-only: a second run must give the same outcome, and neither may be slow.
fn go_alone(gobin: &Path, dir: &Path, first: &Observed) -> Verdict {
    let start = Instant::now();
    let again = run_with_timeout(cmd_in(gobin, dir), RUN_TIMEOUT, "go binary");
    let took = start.elapsed();
    let mut report = String::new();
    match again {
        Ok(o) => {
            let o = Observed::of(&o);
            for (what, differs) in [
                ("exit status", o.status != first.status),
                ("stdout", o.stdout != first.stdout),
                ("stderr", o.stderr != first.stderr),
            ] {
                if differs {
                    report.push_str(&format!(
                        "  nondeterministic: a second run's {what} differs\n"
                    ));
                }
            }
        }
        Err(e) => report.push_str(&format!("  second go run: {e}\n")),
    }
    if took > GO_ONLY_SLOW {
        report.push_str(&format!(
            "  slow: the go binary took {:.2} s\n",
            took.as_secs_f64()
        ));
    }
    if report.is_empty() {
        Verdict::Agree
    } else {
        Verdict::Mismatch(report)
    }
}

/// Removing lines can make a program racy (a dropped channel receive lets main exit before a
/// goroutine): a candidate counts only if Go gives the same outcome three times.
fn go_repeats_itself(gobin: &Path, dir: &Path) -> bool {
    let run =
        || run_with_timeout(cmd_in(gobin, dir), RUN_TIMEOUT, "go binary").map(|o| Observed::of(&o));
    match run() {
        Ok(first) => (0..2).all(|_| run().is_ok_and(|o| o == first)),
        Err(_) => false,
    }
}

fn cmd_in(program: &Path, dir: &Path) -> Command {
    let mut c = Command::new(program);
    c.current_dir(dir);
    c
}

fn compare(
    mode: &str,
    want: &Observed,
    got: Result<deferc_difftest::outcome::Output, String>,
    report: &mut String,
) {
    let got = match got {
        Ok(o) => Observed::of(&o),
        Err(e) => {
            report.push_str(&format!("  {mode}: {e}\n"));
            return;
        }
    };
    if got == *want {
        return;
    }
    report.push_str(&format!("  {mode}:\n"));
    if got.status != want.status {
        report.push_str(&format!(
            "    status: go {}, deferc {}\n",
            want.status, got.status
        ));
    }
    for (what, w, g) in [
        ("stdout", &want.stdout, &got.stdout),
        ("stderr", &want.stderr, &got.stderr),
    ] {
        if w != g {
            let (w, g) = (String::from_utf8_lossy(w), String::from_utf8_lossy(g));
            let first = w
                .lines()
                .zip(g.lines())
                .position(|(a, b)| a != b)
                .unwrap_or_else(|| w.lines().count().min(g.lines().count()));
            report.push_str(&format!(
                "    {what} differs from line {}: go {:?}, deferc {:?}\n",
                first + 1,
                w.lines().nth(first).unwrap_or("<end>"),
                g.lines().nth(first).unwrap_or("<end>")
            ));
        }
    }
}

/// `go build` of every program of a batch (one module, one package per program) into
/// `dir/bin`; false if any failed.
fn go_build_batch(dir: &Path) -> bool {
    let _ = fs::write(dir.join("go.mod"), "module difftest\n\ngo 1.19\n");
    let mut c = Command::new("go");
    c.current_dir(dir)
        .args(["build", "-o", "bin/", "./..."])
        .env("GO111MODULE", "on")
        .env("GOFLAGS", "-mod=mod");
    matches!(run_with_timeout(c, Duration::from_secs(600), "go build"), Ok(o) if o.status.success())
}

fn go_build_one(src: &Path, out: &Path) -> Result<(), String> {
    let mut c = Command::new("go");
    c.current_dir(src.parent().expect("dir"))
        .arg("build")
        .arg("-o")
        .arg(out)
        .arg(src)
        .env("GO111MODULE", "off");
    let o = run_with_timeout(c, Duration::from_secs(120), "go build")?;
    if o.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&o.stderr).into_owned())
    }
}
