//! Builds the runtime crate as a staticlib (with its C `main`) for every target deferc can link
//! executables for, and leaves them in OUT_DIR, where driver/link.rs embeds them into the
//! deferc binary: the target deferc itself is built for, and aarch64 when deferc runs on x86-64
//! (if that Rust target is installed: `rustup target add aarch64-unknown-linux-gnu`). A target
//! whose library could not be built gets an empty file, and `deferc build --target` says how to
//! get it.

use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=runtime/src");
    println!("cargo:rerun-if-changed=runtime/Cargo.toml");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
    let target = std::env::var("TARGET").unwrap();
    build_runtime(&target, &out, true);
    for cross in ["aarch64-unknown-linux-gnu", "x86_64-unknown-linux-gnu"] {
        if cross != target {
            build_runtime(cross, &out, false);
        }
    }
}

fn rustlib_dir() -> Option<PathBuf> {
    let rustc = std::env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let o = Command::new(rustc)
        .args(["--print", "sysroot"])
        .output()
        .ok()?;
    let sysroot = String::from_utf8_lossy(&o.stdout).trim().to_string();
    Some(Path::new(&sysroot).join("lib/rustlib"))
}

/// Is the Rust standard library for `triple` installed next to the compiler?
fn target_installed(triple: &str) -> bool {
    rustlib_dir().is_some_and(|d| d.join(triple).join("lib").is_dir())
}

fn build_runtime(triple: &str, out: &Path, required: bool) {
    let dest = out.join(format!("libdeferc_runtime-{triple}.a"));
    if !required && !target_installed(triple) {
        // Rebuild when the target gets installed later (rustup adds a directory here).
        if let Some(rustlib) = rustlib_dir() {
            println!("cargo:rerun-if-changed={}", rustlib.display());
        }
        std::fs::write(&dest, b"").expect("write placeholder");
        return;
    }
    let target_dir = out.join("rt-target");
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut cmd = Command::new(cargo);
    cmd.args([
        "build",
        "--release",
        "--offline",
        "--lib",
        "--features",
        "aot-main",
    ])
    .args(["--target", triple])
    .arg("--manifest-path")
    .arg("runtime/Cargo.toml")
    .arg("--target-dir")
    .arg(&target_dir);
    // The inner build is a plain release build whatever the outer one is (clippy, coverage).
    for v in [
        "RUSTC_WRAPPER",
        "RUSTC_WORKSPACE_WRAPPER",
        "CARGO_ENCODED_RUSTFLAGS",
        "RUSTFLAGS",
        "CARGO_TARGET_DIR",
        "CARGO_BUILD_TARGET",
        "CARGO_MAKEFLAGS",
        "MAKEFLAGS",
    ] {
        cmd.env_remove(v);
    }
    let ok = cmd.status().map(|s| s.success()).unwrap_or(false);
    let lib = target_dir
        .join(triple)
        .join("release")
        .join("libdeferc_runtime.a");
    if ok {
        std::fs::copy(&lib, &dest).expect("copy runtime staticlib");
    } else if required {
        panic!("building the runtime staticlib for {triple} failed");
    } else {
        println!("cargo:warning=no deferc runtime for {triple}: its build failed");
        std::fs::write(&dest, b"").expect("write placeholder");
    }
}
