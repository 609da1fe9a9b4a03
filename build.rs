//! Builds the runtime crate as a staticlib (with its C `main`) and leaves it in OUT_DIR, where
//! driver/link.rs embeds it into the deferc binary.

use std::path::PathBuf;
use std::process::Command;

fn main() {
    println!("cargo:rerun-if-changed=runtime/src");
    println!("cargo:rerun-if-changed=runtime/Cargo.toml");
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap());
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
    let status = cmd.status().expect("run cargo for the runtime staticlib");
    assert!(status.success(), "building the runtime staticlib failed");
    let lib = target_dir.join("release").join("libdeferc_runtime.a");
    std::fs::copy(&lib, out.join("libdeferc_runtime.a")).expect("copy runtime staticlib");
}
