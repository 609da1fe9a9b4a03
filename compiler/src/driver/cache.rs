//! The build cache: compiled programs (the ELF objects `deferc run` loads, load.rs) under the
//! user's cache directory, keyed by everything the compilation depends on — deferc itself
//! (its version and its executable's size and modification time, so that a rebuilt deferc
//! never reads another's objects), the target, the options, the working directory (the
//! absolute file names tracebacks print) and every file of the user's it compiles, names and
//! contents. The library packages are part of deferc, so deferc's key covers them. A run
//! whose key is in the cache compiles nothing: it maps the object and starts.
//!
//! The directory is $DEFERC_CACHE (`off` disables the cache), else $XDG_CACHE_HOME/deferc,
//! else ~/.cache/deferc, as Go's build cache lives in the user cache directory; `deferc clean
//! -cache` removes it. Entries unused for five days are removed (at most once a day, when an
//! entry is added), as Go trims its cache.

use std::hash::{Hash, Hasher};
use std::path::PathBuf;

/// The cache directory, or None when caching is off or there is no home.
pub fn dir() -> Option<PathBuf> {
    match std::env::var_os("DEFERC_CACHE") {
        Some(v) if v == "off" => return None,
        Some(v) if !v.is_empty() => return Some(PathBuf::from(v)),
        _ => {}
    }
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|x| !x.is_empty()) {
        return Some(PathBuf::from(x).join("deferc"));
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache").join("deferc"))
}

/// What identifies this deferc: its version and its executable's size and modification time.
fn fingerprint() -> Vec<u8> {
    let mut v = env!("CARGO_PKG_VERSION").as_bytes().to_vec();
    if let Some(m) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    {
        v.extend_from_slice(&m.len().to_le_bytes());
        if let Ok(t) = m.modified() {
            if let Ok(d) = t.duration_since(std::time::UNIX_EPOCH) {
                v.extend_from_slice(&d.as_nanos().to_le_bytes());
            }
        }
    }
    v
}

/// The key of a compilation: a 128-bit hash (two SipHash passes with different prefixes) of
/// deferc's fingerprint, the `what` strings (target, options, directory) and the sources.
pub fn key(what: &[&str], sources: &[(String, Vec<u8>)]) -> String {
    let mut out = String::new();
    let me = fingerprint();
    for seed in [0x9e37_79b9_7f4a_7c15u64, 0xc2b2_ae3d_27d4_eb4f] {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        seed.hash(&mut h);
        me.hash(&mut h);
        what.hash(&mut h);
        for (name, text) in sources {
            name.hash(&mut h);
            text.hash(&mut h);
        }
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

fn path_of(key: &str) -> Option<PathBuf> {
    dir().map(|d| d.join(&key[..2]).join(format!("{}.o", key)))
}

/// The cached object for `key`, if any. A hit marks the entry used (its modification time,
/// at most once an hour), which is what trimming goes by.
pub fn get(key: &str) -> Option<Vec<u8>> {
    let p = path_of(key)?;
    let bytes = std::fs::read(&p).ok()?;
    let now = std::time::SystemTime::now();
    let stale = std::fs::metadata(&p)
        .and_then(|m| m.modified())
        .is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d > HOUR));
    if stale {
        if let Ok(f) = std::fs::File::options().append(true).open(&p) {
            let _ = f.set_modified(now);
        }
    }
    Some(bytes)
}

const HOUR: std::time::Duration = std::time::Duration::from_secs(3600);
/// Entries unused for this long are removed, as Go's build cache removes its own.
const TRIM_AGE: std::time::Duration = std::time::Duration::from_secs(5 * 24 * 3600);

/// Removes entries unused for five days, at most once a day (a `trim.txt` in the cache
/// directory records when it last ran, as in Go's cache).
fn trim(dir: &std::path::Path) {
    let now = std::time::SystemTime::now();
    let marker = dir.join("trim.txt");
    let recent = std::fs::metadata(&marker)
        .and_then(|m| m.modified())
        .is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d < 24 * HOUR));
    if recent || std::fs::write(&marker, b"").is_err() {
        return;
    }
    let Ok(subdirs) = std::fs::read_dir(dir) else {
        return;
    };
    for sub in subdirs.flatten().filter(|e| e.path().is_dir()) {
        let Ok(entries) = std::fs::read_dir(sub.path()) else {
            continue;
        };
        for e in entries.flatten() {
            let old = e
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|t| now.duration_since(t).is_ok_and(|d| d > TRIM_AGE));
            if old {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }
}

/// Stores an object under `key` (written to a temporary name and renamed, so that a reader
/// never sees half of one). Failures are ignored: the cache is an optimization.
pub fn put(key: &str, bytes: &[u8]) {
    let Some(p) = path_of(key) else { return };
    let Some(d) = p.parent() else { return };
    if std::fs::create_dir_all(d).is_err() {
        return;
    }
    let tmp = d.join(format!(".{}.{}", key, std::process::id()));
    if std::fs::write(&tmp, bytes).is_ok() && std::fs::rename(&tmp, &p).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    if let Some(root) = d.parent() {
        trim(root);
    }
}

/// `deferc clean -cache`: removes the cache directory.
pub fn clean() -> Result<(), String> {
    let Some(d) = dir() else { return Ok(()) };
    match std::fs::remove_dir_all(&d) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("deferc clean: {}: {}", d.display(), e)),
    }
}
