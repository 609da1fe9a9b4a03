//! Tests of the code deferc generates (`harness = false`, libtest-mimic), in the manner of
//! wasmtime's disas tests: a change that makes the generated code worse fails a test.
//!
//! Each tests/codegen/NAME.go is an ordinary program whose leading comment names functions and
//! properties:
//! - `// codegen: F G ...`: the functions whose listings are expected, in NAME.clif (Cranelift IR
//!   as codegen produced it, for x86-64) and NAME.x86_64.asm / NAME.aarch64.asm (the machine
//!   code, as Cranelift prints it); both targets are compiled on any host.
//! - `// property: F PROP [N]`: a property of F's code, checked on every target:
//!   - `no-callee-saved`: the prologue saves no callee-saved register (no `unwind SaveReg`);
//!   - `defer-bits-stores N`: exactly N stores to F's defer_bits slot (CLIF);
//!   - `runtime-defer` / `no-runtime-defer`: F does / does not call the runtime's defer
//!     entry points (deferc_defer*).
//! - `// pending: REASON` before a property: it does not hold yet, for that reason. The trial
//!   checks that it still does not hold, so the day it does, the test fails and the mark goes.
//!
//! The listings are blessed with `DEFERC_BLESS=1 cargo test --release --test codegen` (which
//! rewrites NAME.clif and NAME.*.asm; properties are never blessed): review the diff as you would
//! a change of code. Module-wide function numbers (`u0:17`) are blanked, as they shift whenever
//! the runtime gains an entry point; every external name is shown as its symbol.

use libtest_mimic::{Arguments, Failed, Trial};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, OnceLock};

const TARGETS: [(&str, &str); 2] = [
    ("x86_64", "x86_64-unknown-linux-gnu"),
    ("aarch64", "aarch64-unknown-linux-gnu"),
];

struct Property {
    func: String,
    name: String,
    arg: Option<String>,
    pending: Option<String>,
}

struct Spec {
    funcs: Vec<String>,
    props: Vec<Property>,
}

fn parse_spec(src: &str, path: &Path) -> Result<Spec, String> {
    let mut spec = Spec {
        funcs: Vec::new(),
        props: Vec::new(),
    };
    let mut pending = None;
    for line in src.lines().take_while(|l| l.starts_with("//")) {
        let l = line.trim_start_matches('/').trim();
        if let Some(fs) = l.strip_prefix("codegen:") {
            spec.funcs.extend(fs.split_whitespace().map(str::to_string));
        } else if let Some(reason) = l.strip_prefix("pending:") {
            pending = Some(reason.trim().to_string());
        } else if let Some(p) = l.strip_prefix("property:") {
            let w: Vec<&str> = p.split_whitespace().collect();
            if w.len() < 2 || w.len() > 3 {
                return Err(format!("{}: bad property line: {}", path.display(), line));
            }
            spec.props.push(Property {
                func: w[0].to_string(),
                name: w[1].to_string(),
                arg: w.get(2).map(|s| s.to_string()),
                pending: pending.take(),
            });
        }
    }
    if spec.funcs.is_empty() && spec.props.is_empty() {
        return Err(format!(
            "{}: no `// codegen:` or `// property:` line",
            path.display()
        ));
    }
    Ok(spec)
}

/// `deferc build --emit KIND --target TRIPLE FILE`'s listing.
fn listing(deferc: &Path, file: &Path, kind: &str, triple: &str) -> Result<String, String> {
    let o = Command::new(deferc)
        .args(["build", "--emit", kind, "--target", triple])
        .arg(file)
        .env("DEFERC_VERIFY", "1")
        .output()
        .map_err(|e| format!("cannot run deferc: {}", e))?;
    if !o.status.success() {
        return Err(format!(
            "deferc build --emit {} --target {} failed: {}",
            kind,
            triple,
            String::from_utf8_lossy(&o.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&o.stdout).into_owned())
}

/// A program's listings (CLIF for x86-64, then the machine code for each of TARGETS), each
/// made once and shared by the program's trials.
struct Listings {
    deferc: Arc<PathBuf>,
    file: PathBuf,
    cells: [OnceLock<Result<String, String>>; 3],
}

impl Listings {
    /// 0: CLIF; 1 + i: the machine code for TARGETS[i].
    fn get(&self, k: usize) -> Result<String, String> {
        self.cells[k]
            .get_or_init(|| {
                let (kind, triple) = match k {
                    0 => ("clif", TARGETS[0].1),
                    _ => ("asm", TARGETS[k - 1].1),
                };
                listing(&self.deferc, &self.file, kind, triple)
            })
            .clone()
    }
}

/// The functions of a listing: `; NAME` at the start of a line opens one.
fn sections(text: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for line in text.lines() {
        let head = line
            .strip_prefix("; ")
            .filter(|n| !n.is_empty() && !n.contains(char::is_whitespace));
        match (head, out.last_mut()) {
            (Some(name), _) => out.push((name.to_string(), String::new())),
            (None, Some((_, body))) => {
                body.push_str(line);
                body.push('\n');
            }
            (None, None) => {}
        }
    }
    out
}

fn section<'a>(secs: &'a [(String, String)], func: &str) -> Result<&'a str, String> {
    secs.iter()
        .find(|(n, _)| n == func)
        .map(|(_, b)| b.as_str())
        .ok_or_else(|| format!("no function {} in the listing", func))
}

/// Blanks module-wide function numbers: `u0:191` -> `u0:?`.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("u0:") {
        out.push_str(&rest[..i + 3]);
        let after = &rest[i + 3..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        out.push_str(if digits > 0 { "?" } else { "" });
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// The expected listing of `funcs`, in their order.
fn expected_text(secs: &[(String, String)], funcs: &[String]) -> Result<String, String> {
    let mut s = String::new();
    for f in funcs {
        s.push_str(&format!("; {}\n{}", f, section(secs, f)?));
    }
    Ok(normalize(&s))
}

fn compare_or_bless(path: &Path, got: &str) -> Result<(), Failed> {
    if std::env::var_os("DEFERC_BLESS").is_some() {
        fs::write(path, got).map_err(|e| format!("write {}: {}", path.display(), e))?;
        return Ok(());
    }
    let want = fs::read_to_string(path).map_err(|e| {
        format!(
            "{}: {} (bless it: DEFERC_BLESS=1 cargo test --release --test codegen)",
            path.display(),
            e
        )
    })?;
    if want == got {
        return Ok(());
    }
    let diff = similar::TextDiff::from_lines(want.as_str(), got);
    Err(format!(
        "generated code differs from {} (- expected, + now; if better, bless it: \
         DEFERC_BLESS=1 cargo test --release --test codegen):\n{}",
        path.display(),
        diff.unified_diff().context_radius(4)
    )
    .into())
}

/// Number of stores in `clif` whose address is the slot named on its `; defer_bits: ssN` line.
fn defer_bits_stores(clif: &str) -> Result<usize, String> {
    let slot = clif
        .lines()
        .find_map(|l| l.strip_prefix("; defer_bits: "))
        .ok_or("the function has no defer_bits (its defers are not open-coded)")?
        .trim()
        .to_string();
    // Values holding the slot's address: `v7 = stack_addr.i64 ss1`.
    let mut addrs = Vec::new();
    let mut n = 0;
    for l in clif.lines() {
        let l = l.split(';').next().unwrap_or("");
        let l = l.trim_start_matches(|c: char| c == '@' || c.is_ascii_hexdigit() || c == ' ');
        if let Some((lhs, rhs)) = l.split_once(" = ") {
            let mut w = rhs.split_whitespace();
            if w.next().is_some_and(|op| op.starts_with("stack_addr")) && w.next() == Some(&slot) {
                addrs.push(lhs.trim().to_string());
            }
            continue;
        }
        let mut w = l.split_whitespace();
        match w.next() {
            // `store [flags] value, addr[+off]`
            Some(op) if op.starts_with("store") => {
                let addr = l.rsplit(',').next().unwrap_or("").trim();
                let base = addr.split('+').next().unwrap_or("");
                if addrs.iter().any(|a| a == base) {
                    n += 1;
                }
            }
            // `stack_store value, ssN[+off]`
            Some("stack_store") => {
                let addr = l.rsplit(',').next().unwrap_or("").trim();
                if addr.split('+').next() == Some(slot.as_str()) {
                    n += 1;
                }
            }
            _ => {}
        }
    }
    Ok(n)
}

/// Does the property hold (and what was found)? Err for a property that cannot be evaluated.
fn holds(p: &Property, clif: &str, asms: &[(&str, String)]) -> Result<(bool, String), String> {
    match (p.name.as_str(), p.arg.as_deref()) {
        ("no-callee-saved", None) => {
            let mut found = Vec::new();
            for (arch, asm) in asms {
                let saves = asm.lines().filter(|l| l.contains("unwind SaveReg")).count();
                if saves > 0 {
                    found.push(format!("{}: {} callee-saved registers saved", arch, saves));
                }
            }
            Ok((found.is_empty(), found.join("; ")))
        }
        ("defer-bits-stores", Some(n)) => {
            let want: usize = n
                .parse()
                .map_err(|_| format!("defer-bits-stores needs a count, got {}", n))?;
            let got = defer_bits_stores(clif)?;
            Ok((got == want, format!("{} stores to defer_bits", got)))
        }
        ("runtime-defer", None) | ("no-runtime-defer", None) => {
            let calls = clif
                .lines()
                .any(|l| l.trim_start().starts_with("fn") && l.contains("; deferc_defer"));
            let what = if calls { "calls" } else { "does not call" };
            Ok((
                calls == (p.name == "runtime-defer"),
                format!("{} the runtime's defer entry points", what),
            ))
        }
        _ => Err(format!(
            "unknown property `{} {}`",
            p.name,
            p.arg.as_deref().unwrap_or("")
        )),
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let deferc = Arc::new(PathBuf::from(env!("CARGO_BIN_EXE_deferc")));
    let dir = root.join("tests/codegen");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .expect("tests/codegen")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "go"))
        .collect();
    files.sort();
    let mut trials = Vec::new();
    for file in files {
        let stem = file.file_stem().unwrap().to_string_lossy().into_owned();
        let src = fs::read_to_string(&file).expect("read program");
        let spec = match parse_spec(&src, &file) {
            Ok(s) => Arc::new(s),
            Err(e) => {
                trials.push(Trial::test(format!("codegen::{}", stem), move || {
                    Err(e.into())
                }));
                continue;
            }
        };
        let lists = Arc::new(Listings {
            deferc: deferc.clone(),
            file: file.clone(),
            cells: Default::default(),
        });
        let file = Arc::new(file);
        if !spec.funcs.is_empty() {
            let (l, f, s) = (lists.clone(), file.clone(), spec.clone());
            trials.push(Trial::test(format!("codegen::{}::clif", stem), move || {
                let text = l.get(0)?;
                let got = expected_text(&sections(&text), &s.funcs)?;
                compare_or_bless(&f.with_extension("clif"), &got)
            }));
            for (i, (arch, _)) in TARGETS.into_iter().enumerate() {
                let (l, f, s) = (lists.clone(), file.clone(), spec.clone());
                trials.push(Trial::test(
                    format!("codegen::{}::{}", stem, arch),
                    move || {
                        let text = l.get(1 + i)?;
                        let got = expected_text(&sections(&text), &s.funcs)?;
                        compare_or_bless(&f.with_extension(format!("{}.asm", arch)), &got)
                    },
                ));
            }
        }
        for i in 0..spec.props.len() {
            let (l, s) = (lists.clone(), spec.clone());
            let p = &spec.props[i];
            let name = format!(
                "codegen::{}::{}::{}{}",
                stem,
                p.func,
                p.name,
                if p.pending.is_some() {
                    " (pending)"
                } else {
                    ""
                }
            );
            trials.push(Trial::test(name, move || {
                let p = &s.props[i];
                let clif = l.get(0)?;
                let clif = section(&sections(&clif), &p.func)?.to_string();
                let mut asms = Vec::new();
                for (j, (arch, _)) in TARGETS.into_iter().enumerate() {
                    let text = l.get(1 + j)?;
                    asms.push((arch, section(&sections(&text), &p.func)?.to_string()));
                }
                let (ok, found) = holds(p, &clif, &asms)?;
                match (ok, &p.pending) {
                    (true, None) | (false, Some(_)) => Ok(()),
                    (false, None) => {
                        Err(format!("{} does not hold for {}: {}", p.name, p.func, found).into())
                    }
                    (true, Some(_)) => Err(format!(
                        "{} now holds for {} ({}): remove its `// pending:` line",
                        p.name, p.func, found
                    )
                    .into()),
                }
            }));
        }
    }
    libtest_mimic::run(&args, trials).exit();
}
