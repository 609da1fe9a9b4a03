//! Linking executables: the system `cc` links the program object with the runtime staticlib,
//! which deferc carries inside its own binary (build.rs builds it) so `deferc build` works from
//! any directory on a fresh machine, as `go build` does.

use std::path::{Path, PathBuf};
use std::process::Command;

/// The runtime staticlib for the host, built with the `aot-main` feature by build.rs.
static RUNTIME_HOST: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/libdeferc_runtime.a"));

/// Write the embedded runtime library to a per-version cache file (once) and return its path.
fn runtime_lib() -> Result<PathBuf, String> {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in RUNTIME_HOST.iter().step_by(97) {
        h = (h ^ *b as u64).wrapping_mul(0x100000001b3);
    }
    let dir = std::env::temp_dir().join(format!(
        "deferc-{}-{:016x}",
        env!("CARGO_PKG_VERSION"),
        h ^ RUNTIME_HOST.len() as u64
    ));
    let path = dir.join("libdeferc_runtime.a");
    if path
        .metadata()
        .map(|m| m.len() == RUNTIME_HOST.len() as u64)
        .unwrap_or(false)
    {
        return Ok(path);
    }
    std::fs::create_dir_all(&dir)
        .map_err(|e| format!("deferc: cannot create {}: {}", dir.display(), e))?;
    let tmp = dir.join(format!("libdeferc_runtime.a.{}", std::process::id()));
    std::fs::write(&tmp, RUNTIME_HOST)
        .map_err(|e| format!("deferc: cannot write {}: {}", tmp.display(), e))?;
    std::fs::rename(&tmp, &path)
        .map_err(|e| format!("deferc: cannot write {}: {}", path.display(), e))?;
    Ok(path)
}

/// Link `obj` into the executable `out` with the system C compiler.
pub fn link(obj: &Path, out: &Path) -> Result<(), String> {
    let rt = runtime_lib()?;
    let cc = std::env::var("CC").unwrap_or_else(|_| "cc".into());
    let output = Command::new(&cc)
        .arg(obj)
        .arg(&rt)
        .arg("-o")
        .arg(out)
        .args(["-lpthread", "-ldl", "-lm"])
        .output()
        .map_err(|e| format!("deferc: cannot run the linker `{}`: {} (install a C toolchain, e.g. apt-get install gcc)", cc, e))?;
    if !output.status.success() {
        return Err(format!(
            "deferc: linking failed:\n{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    Ok(())
}
