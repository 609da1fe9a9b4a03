//! Lazy library files: a Go-source package's lazy files (golib.rs) contribute only the
//! package-level declarations that something names. unicode's hundreds of table variables and
//! the many functions and types of strings and strconv would otherwise be checked and
//! compiled with every program that imports the package (directly or through another
//! package), which is most of a small program's start-up time.
//!
//! "Names" is decided on the syntax, before anything is checked, and over-approximates: a
//! declaration is marked when an identifier in an expression or type of a text that can see
//! it is its name. Texts that can see package P's declarations are P's own joined files and
//! marked declarations (any identifier counts, but not a selector's `x.Name`, which is a
//! field, a method or another package's), and any file or marked declaration importing P
//! (only `alias.Name` counts). The program and the joined files of every package start the
//! search; each declaration marked adds its own syntax. A method goes with its receiver's
//! type name (a value of a type only comes from code that names the type, or from a
//! declaration that names it in its result). A local or parameter named like a declaration
//! may mark it needlessly, never miss one that is needed, so dropping the rest is invisible:
//! a lazy file must only hold declarations whose initialization has no effect beyond its own
//! variables (an `init` is always joined), as tables, functions and types are.
//!
//! The imports of a lazy file are joined only when a marked declaration of the file uses
//! them, so pruning never makes an import unused, and an unused part of a package costs the
//! packages only it imports too.

use super::golib::{Joined, LazyFile};
use crate::syntax::ast::{Decl, Expr, ExprKind, Import};
use crate::syntax::visit::{walk_decl, walk_expr, Flow, Visitor};
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
    /// The import aliases of its file it uses (known once kept).
    uses: Vec<String>,
}

/// Which declarations of the joined packages' lazy files something names (lazy::mark), and
/// which unparsed lazy files declare a name something names.
pub(super) struct Marks {
    units: Vec<Unit>,
    /// (package, index in Joined::unparsed), sorted, each once.
    parse: Vec<(usize, usize)>,
}

/// Marks the declarations of the lazy files of `pkgs` that something names; `roots` are the
/// user's files (their imports and declarations).
pub(super) fn mark<'a>(roots: &[(&[Import], &[Decl])], pkgs: &'a [Joined]) -> Marks {
    let mut units: Vec<Unit> = Vec::new();
    let mut parse: Vec<(usize, usize)> = Vec::new();
    if pkgs
        .iter()
        .all(|p| p.lazy.is_empty() && p.unparsed.is_empty())
    {
        return Marks { units, parse };
    }
    let by_path: HashMap<&str, usize> = pkgs
        .iter()
        .enumerate()
        .map(|(i, p)| (p.path.as_str(), i))
        .collect();
    // Units by name, per package, and unparsed files by the names they declare.
    let mut names: Vec<HashMap<&'a str, Vec<usize>>> = vec![HashMap::new(); pkgs.len()];
    let mut unparsed: Vec<HashMap<&'a str, Vec<usize>>> = vec![HashMap::new(); pkgs.len()];
    for (pi, p) in pkgs.iter().enumerate() {
        for (fi, (_, _, ns)) in p.unparsed.iter().enumerate() {
            for &n in ns {
                unparsed[pi].entry(n).or_default().push(fi);
            }
        }
    }
    let mut work: Vec<usize> = Vec::new();
    for (pi, p) in pkgs.iter().enumerate() {
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
                        uses: Vec::new(),
                    });
                    if always {
                        work.push(u);
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
    // The aliases under which some imports see packages with lazy files.
    let lazy = |pi: usize| !pkgs[pi].lazy.is_empty() || !pkgs[pi].unparsed.is_empty();
    let aliases = |imports: &[Import]| -> Vec<(String, usize)> {
        imports
            .iter()
            .filter_map(|imp| {
                let &pi = by_path.get(imp.path.as_str())?;
                lazy(pi).then(|| (alias(imp).to_string(), pi))
            })
            .collect()
    };
    let mut keep = |pi: usize, name: &str, units: &mut Vec<Unit>, work: &mut Vec<usize>| {
        for &u in names[pi].get(name).into_iter().flatten() {
            if !units[u].kept {
                units[u].kept = true;
                work.push(u);
            }
        }
        for &f in unparsed[pi].get(name).into_iter().flatten() {
            if !parse.contains(&(pi, f)) {
                parse.push((pi, f));
            }
        }
    };
    // What the program and the joined files name.
    for (imports, decls) in roots {
        let mut found = Refs::new(false, aliases(imports));
        decls.iter().for_each(|d| _ = found.visit_decl(d));
        for (ai, name) in found.qualified {
            keep(found.aliases[ai].1, &name, &mut units, &mut work);
        }
    }
    for (pi, p) in pkgs.iter().enumerate() {
        let mut found = Refs::new(lazy(pi), aliases(&p.imports));
        p.decls.iter().for_each(|d| _ = found.visit_decl(d));
        for name in found.own {
            keep(pi, &name, &mut units, &mut work);
        }
        for (ai, name) in found.qualified {
            keep(found.aliases[ai].1, &name, &mut units, &mut work);
        }
    }
    // What the marked declarations name, until nothing more is marked.
    while let Some(u) = work.pop() {
        let un = &units[u];
        let pi = un.pkg;
        let f = &pkgs[pi].lazy[un.file];
        let mut found = Refs::new(true, aliases(&f.imports));
        found.visit_unit(f, un);
        let mut uses: Vec<String> = Vec::new();
        for (ai, name) in found.qualified {
            keep(found.aliases[ai].1, &name, &mut units, &mut work);
        }
        for name in found.own {
            keep(pi, &name, &mut units, &mut work);
        }
        for a in found.selected {
            if !uses.contains(&a) {
                uses.push(a);
            }
        }
        units[u].uses = uses;
    }
    parse.sort_unstable();
    Marks { units, parse }
}

impl Marks {
    /// The unparsed lazy files something names a declaration of: (package, index in
    /// Joined::unparsed), last first (so that removing each leaves the others' indices).
    pub(super) fn to_parse(&self) -> Vec<(usize, usize)> {
        self.parse.iter().rev().copied().collect()
    }

    /// The paths of the packages the marked declarations import.
    pub(super) fn imported(&self, pkgs: &[Joined]) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for u in self.units.iter().filter(|u| u.kept) {
            for imp in &pkgs[u.pkg].lazy[u.file].imports {
                if u.uses.iter().any(|a| a == alias(imp)) && !out.contains(&imp.path) {
                    out.push(imp.path.clone());
                }
            }
        }
        out
    }

    /// Drops the declarations of lazy files that are not marked, and the imports no marked
    /// declaration of their file uses.
    pub(super) fn apply(self, pkgs: &mut [Joined]) {
        // Back to front, so that indices stay valid.
        for u in self.units.iter().rev().filter(|u| !u.kept) {
            let decls = &mut pkgs[u.pkg].lazy[u.file].decls;
            match (&mut decls[u.decl], u.spec) {
                (Decl::Var(g), Some(si)) => {
                    g.specs.remove(si);
                }
                (Decl::Type(g), Some(si)) => {
                    g.specs.remove(si);
                }
                _ => {
                    decls.remove(u.decl);
                }
            }
        }
        for (pi, p) in pkgs.iter_mut().enumerate() {
            for (fi, f) in p.lazy.iter_mut().enumerate() {
                let used = |a: &str| {
                    self.units.iter().any(|u| {
                        u.kept && u.pkg == pi && u.file == fi && u.uses.iter().any(|x| x == a)
                    })
                };
                f.imports.retain(|imp| used(alias(imp)));
                f.decls.retain(|d| match d {
                    Decl::Var(g) => !g.specs.is_empty(),
                    Decl::Type(g) => !g.specs.is_empty(),
                    _ => true,
                });
            }
        }
    }
}

/// The names a lazy file declares at package level (methods by their receiver's type name),
/// read from its text without parsing it: deferc's library files are gofmt'd, so a
/// declaration starts a line with its keyword, and a grouped spec starts a line of the group
/// with one tab. Extra names (a continuation line of a grouped spec) only make a file parsed
/// needlessly; the unit test `declared_names_are_the_parsers` checks every lazy file.
pub(super) fn declared_names(text: &'static str) -> Vec<&'static str> {
    let ident = |s: &'static str| -> &'static str {
        let end = s
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(s.len());
        &s[..end]
    };
    let mut out = Vec::new();
    let mut group = false;
    for line in text.lines() {
        if group {
            if line == ")" {
                group = false;
            } else if let Some(mut spec) = line.strip_prefix('\t') {
                // `A, B = ...`, `A T` or `A`.
                loop {
                    let n = ident(spec);
                    if n.is_empty() {
                        break;
                    }
                    out.push(n);
                    match spec[n.len()..].strip_prefix(", ") {
                        Some(r) => spec = r,
                        None => break,
                    }
                }
            }
            continue;
        }
        for kw in ["var ", "const ", "type "] {
            if let Some(rest) = line.strip_prefix(kw) {
                if rest.starts_with('(') {
                    group = true;
                } else {
                    out.push(ident(rest));
                }
            }
        }
        if let Some(rest) = line.strip_prefix("func ") {
            match rest.strip_prefix('(') {
                // A receiver: `(r *T)`, `(T)`, `(r T)`.
                Some(recv) => {
                    let recv = &recv[..recv.find(')').unwrap_or(recv.len())];
                    let ty = recv.rsplit([' ', '*']).next().unwrap_or("");
                    out.push(ident(ty));
                }
                None => out.push(ident(rest)),
            }
        }
    }
    out
}

/// The name a file refers to an import by.
fn alias(imp: &Import) -> &str {
    match &imp.name {
        Some(n) => &n.name,
        None => imp.path.rsplit('/').next().unwrap_or(&imp.path),
    }
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

/// The names a piece of syntax uses: identifiers (when `own`), `alias.Name` for the aliases
/// of packages with lazy files, and which aliases of any import it selects from.
struct Refs {
    own_names: bool,
    aliases: Vec<(String, usize)>,
    own: Vec<String>,
    qualified: Vec<(usize, String)>,
    selected: Vec<String>,
}

impl Refs {
    fn new(own_names: bool, aliases: Vec<(String, usize)>) -> Refs {
        Refs {
            own_names,
            aliases,
            own: Vec::new(),
            qualified: Vec::new(),
            selected: Vec::new(),
        }
    }

    /// Visits one unit of a lazy file: a var or type spec alone, else its declaration.
    fn visit_unit(&mut self, f: &LazyFile, u: &Unit) {
        match (&f.decls[u.decl], u.spec) {
            (Decl::Var(g), Some(si)) => {
                let s = &g.specs[si];
                s.ty.iter()
                    .chain(&s.values)
                    .for_each(|e| _ = self.visit_expr(e));
            }
            (Decl::Type(g), Some(si)) => {
                let s = &g.specs[si];
                s.type_params.iter().for_each(|p| _ = self.visit_field(p));
                _ = self.visit_expr(&s.ty);
            }
            (d, _) => _ = walk_decl(self, d),
        }
    }
}

impl Visitor for Refs {
    fn visit_expr(&mut self, e: &Expr) -> Flow {
        match &e.kind {
            ExprKind::Ident(n) => {
                if self.own_names {
                    self.own.push(n.clone());
                }
                // A dot import makes any identifier a possible name of its package.
                for (ai, (al, _)) in self.aliases.iter().enumerate() {
                    if al == "." {
                        self.qualified.push((ai, n.clone()));
                    }
                }
            }
            ExprKind::Selector(x, sel) => {
                if let ExprKind::Ident(a) = &x.kind {
                    if !self.selected.contains(a) {
                        self.selected.push(a.clone());
                    }
                    if let Some(ai) = self.aliases.iter().position(|(al, _)| al == a) {
                        self.qualified.push((ai, sel.name.clone()));
                    }
                }
            }
            _ => {}
        }
        walk_expr(self, e)
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Diags, Source};
    use crate::syntax::ast::{Decl, File};

    fn load(program: &str) -> File {
        let mut src = Source::new("t.go", program);
        let mut diags = Diags::default();
        crate::loader::load(&mut src, &mut diags).expect("loads")
    }

    /// The names of package `path`'s package-level declarations (methods as Type.Method),
    /// or None if the package is not joined.
    fn names(f: &File, path: &str) -> Option<Vec<String>> {
        let lib = f.libs.iter().find(|l| l.path == path)?;
        let mut out = Vec::new();
        for d in &f.decls[lib.decls.clone()] {
            match d {
                Decl::Func(fd) => out.push(match &fd.recv {
                    Some(r) => format!("{}.{}", super::recv_type_name(&r.ty), fd.name.name),
                    None => fd.name.name.clone(),
                }),
                Decl::Var(g) | Decl::Const(g) => out.extend(
                    g.specs
                        .iter()
                        .flat_map(|s| s.names.iter().map(|n| n.name.clone())),
                ),
                Decl::Type(g) => out.extend(g.specs.iter().map(|s| s.name.name.clone())),
            }
        }
        Some(out)
    }

    /// declared_names, which decides which lazy files to parse, finds every name the parser
    /// does in each of the library's lazy files.
    #[test]
    fn declared_names_are_the_parsers() {
        for pkg in crate::loader::golib::PACKAGES {
            for (fname, text) in pkg.lazy {
                let mut diags = Diags::default();
                let f =
                    crate::syntax::parser::parse_bytes_here_at(text.as_bytes(), 0, 0, &mut diags)
                        .expect("parses");
                let found = super::declared_names(text);
                for d in &f.decls {
                    let mut ns: Vec<&str> = Vec::new();
                    match d {
                        Decl::Func(fd) => ns.push(match &fd.recv {
                            Some(r) => super::recv_type_name(&r.ty),
                            None => &fd.name.name,
                        }),
                        Decl::Var(g) | Decl::Const(g) => ns.extend(
                            g.specs
                                .iter()
                                .flat_map(|s| s.names.iter().map(|n| n.name.as_str())),
                        ),
                        Decl::Type(g) => ns.extend(g.specs.iter().map(|s| s.name.name.as_str())),
                    }
                    for n in ns {
                        assert!(
                            found.contains(&n),
                            "{}/{}: {} not found",
                            pkg.path,
                            fname,
                            n
                        );
                    }
                }
            }
        }
    }

    fn program(imports: &str, body: &str) -> String {
        format!(
            "package main\nimport ({})\nfunc main() {{ {} }}\n",
            imports, body
        )
    }

    #[test]
    fn only_named_declarations_are_joined() {
        let f = load(&program(
            "\"strings\"",
            "println(strings.Contains(\"ab\", \"b\"))",
        ));
        assert_eq!(names(&f, "strings").unwrap(), vec!["Contains"]);
        // Nothing of strings' imports is needed.
        for p in ["io", "unicode", "unicode/utf8", "sync", "errors"] {
            assert!(names(&f, p).is_none(), "{} joined", p);
        }
    }

    #[test]
    fn what_a_declaration_uses_is_joined_with_it() {
        // Title uses Map, isSeparator and unicode's IsLetter, IsDigit, IsSpace and ToTitle.
        let f = load(&program("\"strings\"", "println(strings.Title(\"ab\"))"));
        let s = names(&f, "strings").unwrap();
        for n in ["Title", "Map", "isSeparator"] {
            assert!(s.contains(&n.to_string()), "{} missing from {:?}", n, s);
        }
        assert!(!s.contains(&"Split".to_string()));
        let u = names(&f, "unicode").unwrap();
        for n in ["IsLetter", "IsDigit", "IsSpace", "ToTitle"] {
            assert!(u.contains(&n.to_string()), "{} missing from {:?}", n, u);
        }
        // No table is joined: the functions are the runtime's.
        assert!(
            !u.contains(&"Han".to_string()) && !u.contains(&"table".to_string()),
            "{:?}",
            u
        );
        assert!(names(&f, "unicode/utf8").is_some());
    }

    #[test]
    fn a_type_brings_its_methods_and_an_alias_counts() {
        let f = load(&program(
            "s \"strings\"",
            "var b s.Builder; b.WriteString(\"x\"); println(b.String())",
        ));
        let s = names(&f, "strings").unwrap();
        for n in [
            "Builder",
            "Builder.String",
            "Builder.WriteString",
            "Builder.grow",
        ] {
            assert!(s.contains(&n.to_string()), "{} missing from {:?}", n, s);
        }
        assert!(!s.contains(&"Reader".to_string()) && !s.contains(&"Reader.Read".to_string()));
        assert!(names(&f, "io").is_none() && names(&f, "sync").is_none());
        // Replacer needs sync (its Once) and io.
        let f = load(&program(
            "\"strings\"",
            "println(strings.NewReplacer(\"a\", \"b\").Replace(\"a\"))",
        ));
        assert!(names(&f, "sync").is_some() && names(&f, "io").is_some());
    }

    #[test]
    fn tables_are_joined_by_name() {
        let f = load(&program(
            "\"unicode\"",
            "println(unicode.Is(unicode.Han, 'x'))",
        ));
        let u = names(&f, "unicode").unwrap();
        for n in [
            "Is",
            "Han",
            "table",
            "tables",
            "fillTable",
            "numTables",
            "isIn",
        ] {
            assert!(u.contains(&n.to_string()), "{} missing from {:?}", n, u);
        }
        for n in [
            "Latin",
            "Scripts",
            "Categories",
            "L",
            "Letter",
            "CaseRanges",
        ] {
            assert!(!u.contains(&n.to_string()), "{} joined", n);
        }
        // GraphicRanges names six tables.
        let f = load(&program(
            "\"unicode\"",
            "println(len(unicode.GraphicRanges))",
        ));
        let u = names(&f, "unicode").unwrap();
        for n in ["GraphicRanges", "L", "M", "N", "P", "S", "Zs"] {
            assert!(u.contains(&n.to_string()), "{} missing from {:?}", n, u);
        }
        assert!(!u.contains(&"Han".to_string()) && !u.contains(&"PrintRanges".to_string()));
    }

    #[test]
    fn comments_literals_fields_and_selectors_do_not_count() {
        // A comment or string naming a table does not keep it, nor a field of the same name.
        let f = load(
            "package main\nimport (\"strings\"; \"unicode\")\ntype T struct{ Han int }\n\
             // unicode.Latin\nfunc main() { var t T; println(t.Han, strings.ToUpper(\"x\"), \
             unicode.IsUpper('x'), \"unicode.Greek\", `unicode.Cyrillic`) }\n",
        );
        let u = names(&f, "unicode").unwrap();
        for n in ["Latin", "Han", "Greek", "Cyrillic"] {
            assert!(!u.contains(&n.to_string()), "{} joined", n);
        }
        assert!(u.contains(&"IsUpper".to_string()));
    }
}
