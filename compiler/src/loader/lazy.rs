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

use super::golib::Parsed;
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

/// Drop the declarations of lazy files in `pkgs` that nothing refers to; `prog` and
/// `prog_imports` are the program's text and imports.
pub(super) fn prune(prog: &[u8], prog_imports: &[Import], pkgs: &mut [Parsed]) {
    if pkgs.iter().all(|p| p.files.iter().all(|f| !f.lazy)) {
        return;
    }
    let by_path: HashMap<&str, usize> = pkgs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    // Units by name, per package; units to scan once kept.
    let mut units: Vec<Unit> = Vec::new();
    let mut names: Vec<HashMap<String, Vec<usize>>> = vec![HashMap::new(); pkgs.len()];
    let mut work: Vec<Text> = Vec::new();
    for (pi, p) in pkgs.iter().enumerate() {
        for (fi, f) in p.files.iter().enumerate() {
            if !f.lazy {
                work.push(Text::File(pi, fi));
                continue;
            }
            for (di, d) in f.decls.iter().enumerate() {
                let mut unit = |spec: Option<usize>, ns: Vec<&str>| {
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
                        names[pi].entry(n.to_string()).or_default().push(u);
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
    // Aliases under which each file sees the packages that have lazy files.
    let has_lazy: Vec<bool> = pkgs.iter().map(|p| p.files.iter().any(|f| f.lazy)).collect();
    let aliases = |imports: &[Import]| -> Vec<(String, usize)> {
        imports
            .iter()
            .filter_map(|imp| {
                let &pi = by_path.get(imp.path.as_str())?;
                if !has_lazy[pi] {
                    return None;
                }
                let alias = match &imp.name {
                    Some(n) => n.name.clone(),
                    None => pkgs[pi].name.clone(),
                };
                Some((alias, pi))
            })
            .collect()
    };
    let file_aliases: Vec<Vec<Vec<(String, usize)>>> = pkgs
        .iter()
        .map(|p| p.files.iter().map(|f| aliases(&f.imports)).collect())
        .collect();
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
    scan(prog, &prog_aliases, |own, name| {
        if let Some(pi) = own {
            keep(pi, name, &mut units, &mut work);
        }
    });
    while let Some(t) = work.pop() {
        let (pi, fi, text) = match t {
            Text::File(pi, fi) => (pi, fi, pkgs[pi].files[fi].text),
            Text::Unit(u) => {
                let un = &units[u];
                let f = &pkgs[un.pkg].files[un.file];
                let sp = match (&f.decls[un.decl], un.spec) {
                    (Decl::Var(g), Some(si)) => g.specs[si].span,
                    (Decl::Type(g), Some(si)) => g.specs[si].span,
                    (d, _) => decl_span(d),
                };
                (un.pkg, un.file, span_text(f.text, f.base, sp))
            }
        };
        let fa = &file_aliases[pi][fi];
        let mut found: Vec<(Option<usize>, String)> = Vec::new();
        let own = has_lazy[pi];
        // Own names are plain words; a package that is not lazy itself only needs `alias.`.
        scan_own(text.as_bytes(), own, fa, |q, name| {
            found.push((q, name.to_string()))
        });
        for (q, name) in found {
            match q {
                None => keep(pi, &name, &mut units, &mut work),
                Some(ai) => keep(fa[ai].1, &name, &mut units, &mut work),
            }
        }
    }
    // Drop what was not kept, back to front so indices stay valid.
    for u in units.iter().rev() {
        if u.kept {
            continue;
        }
        let decls = &mut pkgs[u.pkg].files[u.file].decls;
        match u.spec {
            Some(si) => match &mut decls[u.decl] {
                Decl::Var(g) => {
                    g.specs.remove(si);
                }
                Decl::Type(g) => {
                    g.specs.remove(si);
                }
                _ => {}
            },
            None => {
                decls.remove(u.decl);
            }
        }
    }
    for f in pkgs.iter_mut().flat_map(|p| p.files.iter_mut()) {
        if !f.lazy {
            continue;
        }
        f.decls.retain(|d| match d {
            Decl::Var(g) => !g.specs.is_empty(),
            Decl::Type(g) => !g.specs.is_empty(),
            _ => true,
        });
        let (text, base, decls) = (f.text, f.base, &f.decls);
        f.imports.retain(|imp| {
            let alias = match &imp.name {
                Some(n) => n.name.as_str(),
                None => imp.path.rsplit('/').next().unwrap_or(&imp.path),
            };
            mentions(text, decls, base, alias)
        });
    }
}

/// A text to scan for references.
enum Text {
    /// A whole eager file (package, file).
    File(usize, usize),
    /// A kept unit.
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

fn span_text(text: &str, base: u32, sp: crate::diag::Span) -> &str {
    let lo = (sp.lo.saturating_sub(base) as usize).min(text.len());
    let hi = (sp.hi.saturating_sub(base) as usize).clamp(lo, text.len());
    &text[lo..hi]
}

/// Whether any kept declaration of a lazy file mentions `alias.`.
fn mentions(text: &str, decls: &[Decl], base: u32, alias: &str) -> bool {
    decls.iter().any(|d| {
        let t = span_text(text, base, decl_span(d)).as_bytes();
        let mut hit = false;
        words(t, |w, next| {
            if w == alias.as_bytes() && next == Some(b'.') {
                hit = true;
            }
        });
        hit
    })
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

/// The program's references: `alias.Name` for each alias (the program has no lazy names).
fn scan(t: &[u8], aliases: &[(String, usize)], mut f: impl FnMut(Option<usize>, &str)) {
    scan_own(t, false, aliases, |q, name| {
        if let Some(ai) = q {
            f(Some(aliases[ai].1), name)
        }
    });
}

/// The references in a text of some package: every word when `own` (the package has lazy
/// names of its own; reported with None), and `alias.Name` as (Some(alias index), Name).
fn scan_own(
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
