//! Linking executables: the system `cc` links the program object with the runtime staticlib,
//! which deferc carries inside its own binary (build.rs builds it) so `deferc build` works from
//! any directory on a fresh machine, as `go build` does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Runtime staticlibs (built with the `aot-main` feature by build.rs), by target triple. An
/// empty one was not available when deferc was built.
static RUNTIMES: &[(&str, &[u8])] = &[
    (
        "x86_64-unknown-linux-gnu",
        include_bytes!(concat!(
            env!("OUT_DIR"),
            "/libdeferc_runtime-x86_64-unknown-linux-gnu.a"
        )),
    ),
    (
        "aarch64-unknown-linux-gnu",
        include_bytes!(concat!(
            env!("OUT_DIR"),
            "/libdeferc_runtime-aarch64-unknown-linux-gnu.a"
        )),
    ),
];

/// The triple deferc itself runs on (executables default to it).
pub fn host_triple() -> &'static str {
    if cfg!(target_arch = "aarch64") {
        "aarch64-unknown-linux-gnu"
    } else {
        "x86_64-unknown-linux-gnu"
    }
}

fn arch_of(triple: &str) -> &str {
    triple.split('-').next().unwrap_or(triple)
}

/// Write the embedded runtime library for `triple` to a per-version cache file (once) and
/// return its path.
fn runtime_lib(triple: &str) -> Result<PathBuf, String> {
    let lib = RUNTIMES
        .iter()
        .find(|(t, _)| arch_of(t) == arch_of(triple))
        .map(|(_, b)| *b)
        .unwrap_or(&[]);
    if lib.is_empty() {
        return Err(format!(
            "deferc: no runtime library for {triple} in this deferc; install the Rust target \
             (rustup target add {triple}) and rebuild deferc"
        ));
    }
    let mut h: u64 = 0xcbf29ce484222325;
    for b in lib.iter().step_by(97) {
        h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    let dir = std::env::temp_dir().join(format!(
        "deferc-{}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        h ^ lib.len() as u64
    ));
    let path = dir.join(format!("libdeferc_runtime-{}.a", arch_of(triple)));
    if path
        .metadata()
        .map(|m| m.len() == lib.len() as u64)
        .unwrap_or(false)
    {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("deferc: cannot create {}: {}", dir.display(), e))?;
    let tmp = dir.join(format!("rt.{}.tmp", std::process::id()));
    std::fs::write(&tmp, lib)
        .map_err(|e| format!("deferc: cannot write {}: {}", tmp.display(), e))?;
    std::fs::rename(&tmp, &path)
        .map_err(|e| format!("deferc: cannot write {}: {}", path.display(), e))?;
    Ok(path)
}

/// The C compiler that links for `triple`: $CC for the host, a Debian cross compiler
/// (gcc-<arch>-linux-gnu) otherwise; `CC_<triple with underscores>` overrides, as cc-rs does.
fn linker_for(triple: &str) -> String {
    let var = format!("CC_{}", triple.replace('-', "_"));
    if let Ok(cc) = std::env::var(&var) {
        return cc;
    }
    if arch_of(triple) == arch_of(host_triple()) {
        std::env::var("CC").unwrap_or_else(|_| "cc".into())
    } else {
        format!("{}-linux-gnu-gcc", arch_of(triple))
    }
}

/// Link `obj` into the executable `out` for `triple` with the system C compiler.
pub fn link(obj: &Path, out: &Path, triple: &str) -> Result<(), String> {
    let rt = runtime_lib(triple)?;
    let cc = linker_for(triple);
    let output = Command::new(&cc)
        .arg(obj)
        .arg(&rt)
        .arg("-o")
        .arg(out)
        // A position-dependent executable, as gc links them: code and data at low
        // addresses (0x400000 and up), where programs that look at them expect them.
        .arg("-no-pie")
        .args(["-lpthread", "-ldl", "-lm"])
        .output()
        .map_err(|e| {
            let hint = if arch_of(triple) == arch_of(host_triple()) {
                "install a C toolchain, e.g. apt-get install gcc".to_string()
            } else {
                format!(
                    "install a cross linker, e.g. apt-get install gcc-{}-linux-gnu",
                    arch_of(triple)
                )
            };
            format!("deferc: cannot run the linker `{}`: {} ({})", cc, e, hint)
        })?;
    if !output.status.success() {
        return Err(format!(
            "deferc: linking failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
