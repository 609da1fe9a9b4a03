//! The deferc command line: run (JIT), build (object or executable), check, bench.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use deferc::diag::Source;
use deferc::driver;
use deferc::loader::{BuildContext, Input};

/// `deferc run` runs the program in this process: once it starts, a failed allocation in the
/// runtime must end it with Go's "out of memory" fatal error (runtime/src/oom.rs), as it does
/// in executables built by `deferc build`. Before that (while compiling) it is Rust's abort.
#[global_allocator]
static GLOBAL: deferc_runtime::oom::GoAlloc = deferc_runtime::oom::GoAlloc;

#[derive(Parser)]
#[command(
    name = "deferc",
    version,
    about = "A compiler for the defer language: a subset of Go, on Cranelift"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Emit {
    /// A linked executable.
    Exe,
    /// An ELF object file (link it with the runtime staticlib yourself).
    Obj,
    /// Cranelift IR text of every function.
    Clif,
    /// Machine code of every function, as Cranelift prints it.
    Asm,
}

#[derive(Subcommand)]
enum Cmd {
    /// Compile a program in memory and run it; its exit status becomes deferc's. The program
    /// is .go files of one directory (`deferc run main.go util.go`) or a package of the
    /// module (`deferc run .`, `deferc run ./cmd/tool`); the arguments after it (or after a
    /// `--` that follows it) are the program's (os.Args[1:]).
    Run {
        /// FILES.go... or PACKAGE, then the program's arguments.
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "FILES|PACKAGE [ARGS]"
        )]
        operands: Vec<String>,
        /// For measuring only: compile calls in functions with defers as plain calls, so a
        /// panic does not run deferred calls. Compares what landing pads cost a program that
        /// never panics.
        #[arg(long, hide = true)]
        no_landing_pads: bool,
        /// Run the package's test program (what `deferc test` runs, loader::testmain).
        #[arg(long, hide = true)]
        test: bool,
    },
    /// Compile a program (.go files of one directory, or a package: default `.`) to an
    /// executable (default: named after the first file or the package), object or IR.
    Build {
        #[arg(value_name = "FILES|PACKAGE")]
        operands: Vec<String>,
        #[arg(short, long)]
        output: Option<PathBuf>,
        #[arg(long, value_enum, default_value = "exe")]
        emit: Emit,
        /// Target triple (default: the host), e.g. aarch64-unknown-linux-gnu.
        #[arg(long)]
        target: Option<String>,
        /// Print how each defer statement is compiled (open-coded or runtime, and why).
        #[arg(long)]
        explain_defers: bool,
    },
    /// Parse and type-check a program (.go files or a package) only.
    Check {
        #[arg(value_name = "FILES|PACKAGE")]
        operands: Vec<String>,
        #[arg(long)]
        explain_defers: bool,
    },
    /// Run the benchmark programs (default: benches/*.go) with deferc's JIT and with Go, and
    /// print one table of medians, ratios and defer overheads (`deferc bench --help` for its
    /// options; the work is done by the deferc-bench program installed next to deferc).
    /// Remove deferc's build cache (`deferc clean -cache`, as `go clean -cache`).
    Clean {
        /// -cache
        #[arg(allow_hyphen_values = true, value_name = "-cache")]
        args: Vec<String>,
    },
    /// Test packages as `go test` does: `deferc test [-v] [-run RE] [-bench RE]
    /// [-benchtime D|Nx] [-count N] [-cpu LIST] [-benchmem] [-short] [-failfast]
    /// [PACKAGE ...] [-args ...]` (default `.`; `./...` for every package below).
    #[command(disable_help_flag = true)]
    Test {
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "FLAGS|PACKAGES"
        )]
        args: Vec<String>,
    },
    #[command(disable_help_flag = true)]
    Bench {
        #[arg(
            trailing_var_arg = true,
            allow_hyphen_values = true,
            value_name = "ARGS"
        )]
        args: Vec<std::ffi::OsString>,
    },
}

fn main() -> ExitCode {
    // A bug in deferc must read as one line asking for a report, not a Rust backtrace.
    std::panic::set_hook(Box::new(|info| {
        let at = info
            .location()
            .map(|l| format!(" at {}:{}", l.file(), l.line()))
            .unwrap_or_default();
        let msg = info
            .payload()
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| info.payload().downcast_ref::<String>().cloned())
            .unwrap_or_default();
        eprintln!("deferc: internal compiler error: {}{}", msg, at);
        if let Some(cx) = deferc::codegen::ice::context() {
            eprintln!("  {}", cx);
        }
    }));
    let cli = Cli::parse();
    let code = driver::on_big_stack(move || real_main(cli));
    ExitCode::from(code.clamp(0, 255) as u8)
}

/// Load, check and analyze the program `input` names, for `target` (None: the host). A
/// package that is not main is checked (and compiled) too, as
/// `go build ./lib` does; the bool says whether the program is main.
fn front_any(input: &Input, target: Option<&str>) -> Result<(Source, driver::Frontend, bool), i32> {
    let ctx = BuildContext::for_target(target, false);
    driver::load_program(input, &ctx).map_err(|e| {
        eprint!("{}", if e.ends_with('\n') { e } else { e + "\n" });
        1
    })
}

/// The name `deferc build` gives an executable: the first file's stem, or the package's last
/// import path element (as `go build` names it).
fn default_output(input: &Input) -> String {
    let name = match input {
        Input::Files(f) => std::path::Path::new(&f[0])
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned()),
        Input::Package(p) => {
            let dir = std::env::current_dir().unwrap_or_default().join(p);
            match deferc::loader::module::find(&dir) {
                Ok(Some(m)) => m
                    .import_path_of(&dir.canonicalize().unwrap_or(dir))
                    .and_then(|ip| ip.rsplit('/').next().map(String::from)),
                _ => None,
            }
        }
    };
    name.unwrap_or_else(|| "a".into())
}

fn explain(src: &Source, fe: &driver::Frontend) {
    let mut lines: Vec<(u32, String)> = Vec::new();
    // Go's -d=defer reports the package being compiled: the program, not the library.
    for (f, plan) in fe
        .info
        .funcs
        .iter()
        .zip(&fe.plan.funcs)
        .filter(|(f, _)| f.name.starts_with("main."))
    {
        // Go's classification, plus what deferc does where it open-codes beyond Go's limits.
        let note = if plan.open_coded && !plan.go_open_coded() {
            " [deferc: open-coded]"
        } else {
            ""
        };
        for (d, c) in f
            .defers
            .iter()
            .zip(&plan.defer_classes)
            .filter(|(d, _)| d.reachable)
        {
            lines.push((
                d.span.lo,
                format!("{}: {}{}", src.position(d.span), c.explain(), note),
            ));
        }
    }
    lines.sort();
    for (_, l) in lines {
        println!("{}", l);
    }
}

/// `deferc bench`: runs deferc-bench from deferc's own directory (cargo builds both into
/// target/<profile>/), telling it which deferc to measure.
fn bench(args: Vec<std::ffi::OsString>) -> i32 {
    let me = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => return fail(format!("deferc bench: current_exe: {}", e)),
    };
    let tool = me.with_file_name("deferc-bench");
    if !tool.exists() {
        return fail(format!(
            "deferc bench: {} not found (build it: cargo build --release -p deferc-bench)",
            tool.display()
        ));
    }
    match std::process::Command::new(&tool)
        .arg("--deferc")
        .arg(&me)
        .args(args)
        .status()
    {
        Ok(s) => s.code().unwrap_or(2),
        Err(e) => fail(format!("deferc bench: {}: {}", tool.display(), e)),
    }
}

fn fail(msg: String) -> i32 {
    eprintln!("{}", msg.trim_end());
    1
}

fn real_main(cli: Cli) -> i32 {
    match cli.cmd {
        Cmd::Bench { args } => bench(args),
        Cmd::Test { args } => driver::gotest::main(&args),
        Cmd::Clean { args } => {
            if args.len() != 1 || !matches!(args[0].as_str(), "-cache" | "--cache") {
                return fail("usage: deferc clean -cache".into());
            }
            match driver::cache::clean() {
                Ok(()) => 0,
                Err(e) => fail(e),
            }
        }
        Cmd::Check {
            operands,
            explain_defers,
        } => match front_any(&Input::from_args(&operands).0, None) {
            Ok((src, fe, _)) => {
                if explain_defers {
                    explain(&src, &fe);
                }
                0
            }
            Err(c) => c,
        },
        Cmd::Run {
            operands,
            no_landing_pads,
            test,
        } => {
            let (input, used) = Input::from_args(&operands);
            let mut args = &operands[used..];
            if args.first().is_some_and(|a| a == "--") {
                args = &args[1..];
            }
            // os.Args[0]: go run's is the temporary executable, named after the first file or
            // the package; deferc's is that name.
            let arg0 = match &input {
                Input::Files(f) => f[0].clone(),
                Input::Package(_) => default_output(&input),
            };
            let mut argv: Vec<Vec<u8>> = vec![arg0.into_bytes()];
            argv.extend(args.iter().map(|a| a.clone().into_bytes()));
            match driver::program_object(&input, test, !no_landing_pads) {
                Ok(Some(obj)) => match driver::jit::run_object(&obj, argv) {
                    Ok(code) => code,
                    Err(e) => fail(e),
                },
                Ok(None) => 0,
                Err(e) if e.is_empty() => 1,
                Err(e) => fail(e),
            }
        }
        Cmd::Build {
            operands,
            output,
            emit,
            target,
            explain_defers,
        } => {
            let (input, used) = Input::from_args(&operands);
            if used < operands.len() {
                return fail(format!(
                    "deferc build: unexpected argument {:?} after the program",
                    operands[used]
                ));
            }
            let (src, fe, main) = match front_any(&input, target.as_deref()) {
                Ok(x) => x,
                Err(c) => return c,
            };
            if !main && emit == Emit::Exe {
                // `go build ./lib`: the package compiles; there is no executable to write.
                return 0;
            }
            if explain_defers {
                explain(&src, &fe);
            }
            let obj = match driver::aot::compile_object(
                &src,
                &fe,
                target.as_deref(),
                emit == Emit::Clif,
                emit == Emit::Asm,
                true,
            ) {
                Ok(o) => o,
                Err(e) => return fail(e),
            };
            let stem = default_output(&input);
            match emit {
                Emit::Clif | Emit::Asm => {
                    let text = if emit == Emit::Clif {
                        obj.clif
                    } else {
                        obj.asm
                    };
                    match output {
                        Some(p) => {
                            if let Err(e) = std::fs::write(&p, text) {
                                return fail(format!("deferc: write {}: {}", p.display(), e));
                            }
                        }
                        None => print!("{}", text),
                    }
                    0
                }
                Emit::Obj => {
                    let p = output.unwrap_or_else(|| PathBuf::from(format!("{}.o", stem)));
                    match std::fs::write(&p, &obj.bytes) {
                        Ok(()) => 0,
                        Err(e) => fail(format!("deferc: write {}: {}", p.display(), e)),
                    }
                }
                Emit::Exe => {
                    let out = output.unwrap_or_else(|| PathBuf::from(&stem));
                    let dir =
                        std::env::temp_dir().join(format!("deferc-build-{}", std::process::id()));
                    if let Err(e) = std::fs::create_dir_all(&dir) {
                        return fail(format!("deferc: {}: {}", dir.display(), e));
                    }
                    let objp = dir.join(format!("{}.o", stem));
                    if let Err(e) = std::fs::write(&objp, &obj.bytes) {
                        return fail(format!("deferc: write {}: {}", objp.display(), e));
                    }
                    let triple = target.as_deref().unwrap_or(driver::link::host_triple());
                    let r = driver::link::link(&objp, &out, triple);
                    let _ = std::fs::remove_dir_all(&dir);
                    match r {
                        Ok(()) => 0,
                        Err(e) => fail(e),
                    }
                }
            }
        }
    }
}
