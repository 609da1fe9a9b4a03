//! From a source file to something that runs: the front end shared by every command, the ISA
//! settings every function is compiled with, and the two back ends (jit.rs, aot.rs).

pub mod aot;
pub mod cache;
pub mod fuzz;
pub mod gotest;
pub mod jit;
pub mod link;
pub mod load;

use std::sync::Arc;

use cranelift_codegen::isa::{self, TargetIsa};
use cranelift_codegen::settings::{self, Configurable};

use crate::analyze::Plan;
use crate::check::Info;
use crate::diag::{Diags, Source};
use crate::syntax::ast::File;

/// Stack for compiling (deep but legal nesting recurses) and for running JIT code.
pub const BIG_STACK: usize = 512 << 20;

/// A program through the front end: parsed and joined with its library packages (loader),
/// checked (check) and analyzed (analyze), ready for either back end.
pub struct Frontend {
    pub file: File,
    pub info: Info,
    pub plan: Plan,
}

/// Load (parse, join the imported library packages: loader), check and analyze; on failure,
/// the rendered diagnostics.
pub fn frontend(src: &mut Source) -> Result<Frontend, String> {
    let mut diags = Diags::default();
    let Some(file) = crate::loader::load(src, &mut diags) else {
        return Err(src.render(&diags));
    };
    check_and_analyze(file, src)
}

/// Check and analyze a loaded program; on failure, the rendered diagnostics.
fn check_and_analyze(file: File, src: &Source) -> Result<Frontend, String> {
    let mut diags = Diags::default();
    match crate::check::check(&file, &mut diags) {
        Some(mut info) => {
            let plan = crate::analyze::analyze(&file, &mut info);
            Ok(Frontend { file, info, plan })
        }
        None => Err(src.render(&diags)),
    }
}

/// Load a program's packages (loader::packages: files or a package, the user's packages it
/// imports, the library), check and analyze it; on failure, the text to print. A package
/// that is not main is taken too, as `go build ./lib` does (for `deferc check` and `deferc
/// build`); the bool says whether the program is main.
pub fn load_program(
    input: &crate::loader::Input,
    ctx: &crate::loader::BuildContext,
) -> Result<(Source, Frontend, bool), String> {
    let (crate::loader::Loaded { src, file, .. }, main) =
        crate::loader::packages::load_any(input, ctx, true)?;
    let fe = check_and_analyze(file, &src)?;
    Ok((src, fe, main))
}

/// The object of the program `deferc run` runs (with `test`, `deferc test`'s program): from the
/// build cache (cache.rs) when this deferc compiled these sources before, else compiled now
/// and cached. None: a test package without test files. Err: what to print.
pub fn program_object(
    input: &crate::loader::Input,
    test: bool,
    landing_pads: bool,
) -> Result<Option<Vec<u8>>, String> {
    let ctx = crate::loader::BuildContext::for_target(None, test);
    let Some(mut loaded) = crate::loader::packages::load_user(input, &ctx, test)? else {
        return Ok(None);
    };
    let cwd = std::env::current_dir()
        .map(|d| d.to_string_lossy().into_owned())
        .unwrap_or_default();
    let what = [
        link::host_triple(),
        if landing_pads { "pads" } else { "no-pads" },
        if test { "test" } else { "run" },
        cwd.as_str(),
    ];
    let key = cache::key(&what, &loaded.sources());
    if let Some(obj) = cache::get(&key) {
        return Ok(Some(obj));
    }
    crate::loader::packages::join_library(&mut loaded, &ctx)?;
    let fe = check_and_analyze(loaded.file, &loaded.src)?;
    let obj = aot::compile_object(&loaded.src, &fe, None, false, false, landing_pads)?;
    cache::put(&key, &obj.bytes);
    Ok(Some(obj.bytes))
}

/// How the go command describes a child killed by a signal (`signal: killed`).
pub fn describe_signal(s: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match s.signal() {
        Some(9) => "signal: killed".into(),
        Some(11) => "signal: segmentation fault".into(),
        Some(6) => "signal: aborted".into(),
        Some(n) => format!("signal: {}", n),
        None => "exit status unknown".into(),
    }
}

/// Read a source file as bytes (the lexer reports invalid UTF-8 where it occurs).
pub fn read_source(path: &str) -> Result<Source, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("open {}: {}", path, io_reason(&e)))?;
    Ok(Source::from_bytes(path, bytes))
}

pub(crate) fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The target ISA with deferc's settings: frame pointers everywhere (the unwinder walks them),
/// implicit result areas for many results, optimized code.
pub fn make_isa(triple: Option<&str>, pic: bool) -> Result<Arc<dyn TargetIsa>, String> {
    let mut flags = settings::builder();
    let set = |f: &mut settings::Builder, k: &str, v: &str| {
        f.set(k, v)
            .map_err(|e| format!("internal compiler error: setting {}: {}", k, e))
    };
    set(&mut flags, "opt_level", "speed")?;
    set(&mut flags, "preserve_frame_pointers", "true")?;
    set(&mut flags, "enable_multi_ret_implicit_sret", "true")?;
    set(&mut flags, "is_pic", if pic { "true" } else { "false" })?;
    // Cranelift's IR verifier costs about a fifth of compiling a small program. It runs where
    // bad IR is looked for: debug and fuzz builds, and the test suites, which set
    // DEFERC_VERIFY=1 (tests/programs.rs, tools/difftest); elsewhere bad IR would be a bug
    // those have missed.
    let verify =
        cfg!(debug_assertions) || cfg!(fuzzing) || std::env::var_os("DEFERC_VERIFY").is_some();
    set(
        &mut flags,
        "enable_verifier",
        if verify { "true" } else { "false" },
    )?;
    let flags = settings::Flags::new(flags);
    let builder = match triple {
        None => cranelift_native::builder()
            .map_err(|e| format!("host machine is not supported: {}", e))?,
        Some(t) => {
            let triple: target_lexicon::Triple = t
                .parse()
                .map_err(|e| format!("invalid target {}: {}", t, e))?;
            isa::lookup(triple).map_err(|e| format!("unsupported target {}: {}", t, e))?
        }
    };
    builder
        .finish(flags)
        .map_err(|e| format!("internal compiler error: {}", e))
}

/// Run `f` on a thread with a big stack (deep nesting in the compiler, deep recursion in JIT
/// code), returning its result.
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .name("deferc".into())
        .stack_size(BIG_STACK)
        .spawn(f)
        .expect("spawn compiler thread")
        .join()
        .unwrap_or_else(|_| {
            eprintln!("deferc: please report this program");
            std::process::exit(3)
        })
}
