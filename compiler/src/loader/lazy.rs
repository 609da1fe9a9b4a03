//! Lazy library files: a Go-source package's lazy files (golib.rs) contribute only the
//! package-level declarations that something refers to. unicode's hundreds of table variables
//! and strings' rarely used functions and types would otherwise be checked and compiled with
//! every program that imports the package (directly or through another package), which is
//! most of a small program's start-up time.
//!
//! "Refers to" is decided on the text, before anything is checked, and over-approximates: a
//! declaration is kept when its name appears as a word in a text that can see it. Texts that
//! can see package P's names are P's own files and kept declarations (every word counts), and
//! any file or kept declaration importing P (only words written `alias.Name` count). The
//! program and the eager files of every package start the search; each declaration kept adds
//! its own text. A method goes with its receiver's type name (a value of a type can only come
//! from code that names the type, or from a declaration that names it in its result).
//! Comments and strings may keep a declaration needlessly, never drop one that is needed, so
//! dropping is invisible: a lazy file must only hold declarations whose initialization has no
//! effect beyond its own variables (no `init`, which is kept anyway), as tables, functions
//! and types are.
//!
//! An import of a lazy file that no kept declaration of that file uses is dropped too, so
//! pruning never makes an import unused.

use super::golib::Joined;
use crate::syntax::ast::{Decl, Expr, ExprKind, Import};
use std::collections::HashMap;

/// One droppable piece of a lazy file: a function, a method, one var or type spec, or a whole
/// const group (the specs of a const group share iota and implicit repetition, so they stay
/// together).
struct Unit {
    pkg: usize,
    file: usize,
    decl: usize,
    /// The var or type spec, or None for the whole declaration.
    spec: Option<usize>,
    kept: bool,
}

/// Which declarations of the joined packages' lazy files something names (lazy::mark).
pub(super) struct Marks {
    units: Vec<Unit>,
}

/// Marks the declarations of the lazy files of `pkgs` that something names; `prog` and
/// `prog_imports` are the program's text and imports.
pub(super) fn mark<'a>(prog: &[u8], prog_imports: &[Import], pkgs: &'a [Joined]) -> Marks {
    let mut units: Vec<Unit> = Vec::new();
    if pkgs.iter().all(|p| p.lazy.is_empty()) {
        return Marks { units };
    }
    let by_path: HashMap<&str, usize> = pkgs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    // Units by name, per package; texts to scan.
    let mut names: Vec<HashMap<&'a str, Vec<usize>>> = vec![HashMap::new(); pkgs.len()];
    let mut work: Vec<Text> = Vec::new();
    for (pi, p) in pkgs.iter().enumerate() {
        for fi in 0..p.texts.len() {
            work.push(Text::File(pi, fi));
        }
        for (fi, f) in p.lazy.iter().enumerate() {
            for (di, d) in f.decls.iter().enumerate() {
                let mut unit = |spec: Option<usize>, ns: Vec<&'a str>| {
                    let u = units.len();
                    let always = ns.iter().any(|&n| n == "_" || n == "init");
                    units.push(Unit {
                        pkg: pi,
                        file: fi,
                        decl: di,
                        spec,
                        kept: always,
                    });
                    if always {
                        work.push(Text::Unit(u));
                    }
                    for n in ns {
                        names[pi].entry(n).or_default().push(u);
                    }
                };
                match d {
                    Decl::Func(fd) => match &fd.recv {
                        None => unit(None, vec![&fd.name.name]),
                        Some(r) => unit(None, vec![recv_type_name(&r.ty)]),
                    },
                    Decl::Type(g) => {
                        for (si, s) in g.specs.iter().enumerate() {
                            unit(Some(si), vec![&s.name.name]);
                        }
                    }
                    Decl::Var(g) => {
                        for (si, s) in g.specs.iter().enumerate() {
                            unit(Some(si), s.names.iter().map(|n| n.name.as_str()).collect());
                        }
                    }
                    Decl::Const(g) => unit(
                        None,
                        g.specs
                            .iter()
                            .flat_map(|s| s.names.iter().map(|n| n.name.as_str()))
                            .collect(),
                    ),
                }
            }
        }
    }
    // Aliases under which a file sees the packages that have lazy files.
    let has_lazy: Vec<bool> = pkgs.iter().map(|p| !p.lazy.is_empty()).collect();
    let aliases = |imports: &[Import]| -> Vec<(String, usize)> {
        imports
            .iter()
            .filter_map(|imp| {
                let &pi = by_path.get(imp.path.as_str())?;
                if !has_lazy[pi] {
                    return None;
                }
                Some((alias(imp).to_string(), pi))
            })
            .collect()
    };
    let keep = |pi: usize, name: &str, units: &mut Vec<Unit>, work: &mut Vec<Text>| {
        if let Some(us) = names[pi].get(name) {
            for &u in us {
                if !units[u].kept {
                    units[u].kept = true;
                    work.push(Text::Unit(u));
                }
            }
        }
    };
    let prog_aliases = aliases(prog_imports);
    scan(prog, false, &prog_aliases, |q, name| {
        if let Some(ai) = q {
            keep(prog_aliases[ai].1, name, &mut units, &mut work);
        }
    });
    while let Some(t) = work.pop() {
        let (pi, text, imports) = match t {
            Text::File(pi, fi) => {
                let (text, imports) = &pkgs[pi].texts[fi];
                (pi, *text, imports)
            }
            Text::Unit(u) => {
                let un = &units[u];
                let f = &pkgs[un.pkg].lazy[un.file];
                (un.pkg, unit_text(f, un), &f.imports)
            }
        };
        let fa = aliases(imports);
        let mut found: Vec<(Option<usize>, String)> = Vec::new();
        // Own names are plain words; other packages' need `alias.`.
        scan(text.as_bytes(), has_lazy[pi], &fa, |q, name| {
            found.push((q, name.to_string()))
        });
        for (q, name) in found {
            match q {
                None => keep(pi, &name, &mut units, &mut work),
                Some(ai) => keep(fa[ai].1, &name, &mut units, &mut work),
            }
        }
    }
    Marks { units }
}

impl Marks {
    /// The paths of the packages the marked declarations import.
    pub(super) fn imported(&self, pkgs: &[Joined]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (pi, p) in pkgs.iter().enumerate() {
            for (fi, f) in p.lazy.iter().enumerate() {
                let kept: Vec<&str> = self
                    .units
                    .iter()
                    .filter(|u| u.kept && u.pkg == pi && u.file == fi)
                    .map(|u| unit_text(f, u))
                    .collect();
                for imp in &f.imports {
                    if !out.contains(&imp.path) && kept.iter().any(|t| mentions(t, alias(imp))) {
                        out.push(imp.path.clone());
                    }
                }
            }
        }
        out
    }

    /// Drops the declarations of lazy files that are not marked, and the imports no marked
    /// declaration of their file uses.
    pub(super) fn apply(self, pkgs: &mut [Joined]) {
        for (pi, p) in pkgs.iter_mut().enumerate() {
            for (fi, f) in p.lazy.iter_mut().enumerate() {
                let units: Vec<&Unit> = self
                    .units
                    .iter()
                    .filter(|u| u.pkg == pi && u.file == fi)
                    .collect();
                let kept: Vec<&str> = units
                    .iter()
                    .filter(|u| u.kept)
                    .map(|u| unit_text(f, u))
                    .collect();
                f.imports
                    .retain(|imp| kept.iter().any(|t| mentions(t, alias(imp))));
                // Back to front, so that indices stay valid.
                for u in units.iter().rev().filter(|u| !u.kept) {
                    match (&mut f.decls[u.decl], u.spec) {
                        (Decl::Var(g), Some(si)) => {
                            g.specs.remove(si);
                        }
                        (Decl::Type(g), Some(si)) => {
                            g.specs.remove(si);
                        }
                        _ => {
                            f.decls.remove(u.decl);
                        }
                    }
                }
                f.decls.retain(|d| match d {
                    Decl::Var(g) => !g.specs.is_empty(),
                    Decl::Type(g) => !g.specs.is_empty(),
                    _ => true,
                });
            }
        }
    }
}

/// The name a file refers to an import by.
fn alias(imp: &Import) -> &str {
    match &imp.name {
        Some(n) => &n.name,
        None => imp.path.rsplit('/').next().unwrap_or(&imp.path),
    }
}

/// The source text of a unit.
fn unit_text(f: &super::golib::LazyFile, u: &Unit) -> &'static str {
    let sp = match (&f.decls[u.decl], u.spec) {
        (Decl::Var(g), Some(si)) => g.specs[si].span,
        (Decl::Type(g), Some(si)) => g.specs[si].span,
        (d, _) => decl_span(d),
    };
    span_text(f.text, f.base, sp)
}

/// A text to look for names in.
enum Text {
    /// A joined file (package, index in Joined::texts).
    File(usize, usize),
    /// A marked unit.
    Unit(usize),
}

/// The name of a method's receiver type: `T`, `*T`, `(T)`.
fn recv_type_name(t: &Expr) -> &str {
    match &t.kind {
        ExprKind::Ident(n) => n,
        ExprKind::Star(x) | ExprKind::Paren(x) => recv_type_name(x),
        ExprKind::Index(x, _) => recv_type_name(x),
        _ => "_",
    }
}

fn decl_span(d: &Decl) -> crate::diag::Span {
    match d {
        Decl::Func(f) => f.span,
        Decl::Var(g) | Decl::Const(g) => g.span,
        Decl::Type(g) => g.span,
    }
}

fn span_text(text: &'static str, base: u32, sp: crate::diag::Span) -> &'static str {
    let lo = (sp.lo.saturating_sub(base) as usize).min(text.len());
    let hi = (sp.hi.saturating_sub(base) as usize).clamp(lo, text.len());
    &text[lo..hi]
}

/// Whether `text` mentions `alias.`.
fn mentions(text: &str, alias: &str) -> bool {
    let mut hit = false;
    words(text.as_bytes(), |w, next| {
        if w == alias.as_bytes() && next == Some(b'.') {
            hit = true;
        }
    });
    hit
}

fn is_word(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Call `f` with every maximal run of identifier bytes and the byte after it.
fn words(t: &[u8], mut f: impl FnMut(&[u8], Option<u8>)) {
    let mut i = 0;
    while i < t.len() {
        if !is_word(t[i]) {
            i += 1;
            continue;
        }
        let s = i;
        while i < t.len() && is_word(t[i]) {
            i += 1;
        }
        f(&t[s..i], t.get(i).copied());
    }
}

/// The references in a text of some package: every word when `own` (the package has lazy
/// names of its own; reported with None), and `alias.Name` as (Some(alias index), Name).
fn scan(
    t: &[u8],
    own: bool,
    aliases: &[(String, usize)],
    mut f: impl FnMut(Option<usize>, &str),
) {
    if !own && aliases.is_empty() {
        return;
    }
    let mut qual: Option<usize> = None;
    words(t, |w, next| {
        let Ok(w) = std::str::from_utf8(w) else {
            qual = None;
            return;
        };
        if let Some(ai) = qual.take() {
            f(Some(ai), w);
        }
        if own {
            f(None, w);
        }
        if next == Some(b'.') {
            qual = aliases.iter().position(|(a, _)| a == w);
        }
    });
}
