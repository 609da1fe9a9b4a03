//! The `deferc-bench` command, which `deferc bench` runs with `--deferc` set to itself.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Parser;

/// Run the benchmark programs (default: benches/*.go) with deferc's JIT and with Go, and print
/// one table of medians, ratios and defer overheads.
#[derive(Parser)]
#[command(name = "deferc bench", bin_name = "deferc bench", version)]
struct Cli {
    /// Only benchmarks whose name matches this regular expression.
    #[arg(long, value_name = "RE")]
    filter: Option<String>,
    /// Also run each program with Go (the default when `go` is on PATH).
    #[arg(long, overrides_with = "no_go")]
    go: bool,
    /// Do not run Go.
    #[arg(long, overrides_with = "go")]
    no_go: bool,
    /// Runs of each program under each implementation; the median is reported.
    #[arg(long, default_value_t = 5, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    runs: u32,
    /// Also write the results as JSON.
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Also draw a bar chart (deferc vs Go per benchmark) as SVG.
    #[arg(long, value_name = "FILE.svg")]
    plot: Option<PathBuf>,
    /// The deferc to measure (default: the one next to this program).
    #[arg(long, value_name = "PATH")]
    deferc: Option<PathBuf>,
    /// -benchtime for packages of `_test.go` benchmarks, passed to both `deferc test` and
    /// `go test` (shorter than go test's 1s default: Go's BenchmarkDeferMany keeps every
    /// iteration's deferred call alive until the function returns).
    #[arg(long, default_value = "200ms", value_name = "D|Nx")]
    benchtime: String,
    /// Benchmark programs, packages of `_test.go` benchmarks, or directories of them.
    #[arg(value_name = "DIR_OR_FILES")]
    paths: Vec<PathBuf>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let deferc = cli.deferc.unwrap_or_else(|| {
        std::env::current_exe()
            .ok()
            .and_then(|p| p.parent().map(|d| d.join("deferc")))
            .unwrap_or_else(|| PathBuf::from("deferc"))
    });
    let status = deferc_bench::main(&deferc_bench::Options {
        filter: cli.filter,
        go: if cli.go {
            Some(true)
        } else if cli.no_go {
            Some(false)
        } else {
            None
        },
        runs: cli.runs as usize,
        json: cli.json,
        plot: cli.plot,
        paths: cli.paths,
        deferc,
        benchtime: cli.benchtime,
    });
    ExitCode::from(status as u8)
}
