//! The package graph of a program: the main package (files named on the command line, or a
//! directory: `.`, `./cmd/tool`, an import path of the main module) and every package of the
//! user's it imports, directly or not, found through the module (module.rs), their files
//! selected as the go command selects them (build.rs). Import cycles and imports of another
//! tree's `internal/` packages are reported as Go reports them.
//!
//! The packages are joined into the one `File` the checker sees (the main package's files
//! first, then the user's packages with dependencies before their importers, then the library:
//! golib.rs), each keeping its own package scope and its files their own import scopes.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use super::build::BuildContext;
use super::module::{self, Module};
use crate::diag::{Diags, Source, Span};
use crate::syntax::ast::{File, Import, LibPackage, SrcFile};

/// What to load: source files of one directory, or a package (a directory pattern like `.`,
/// `./cmd/tool`, or an import path of the main module).
#[derive(Clone, Debug)]
pub enum Input {
    Files(Vec<String>),
    Package(String),
}

impl Input {
    /// The input of a command line's first operand and the rest: leading `.go` operands are
    /// files (as `go run a.go b.go` takes them), otherwise the first operand is a package.
    /// Returns the input and how many operands it used.
    pub fn from_args(args: &[String]) -> (Input, usize) {
        let n = args.iter().take_while(|a| a.ends_with(".go")).count();
        if n > 0 {
            (Input::Files(args[..n].to_vec()), n)
        } else if let Some(p) = args.first() {
            (Input::Package(p.clone()), 1)
        } else {
            (Input::Package(".".into()), 0)
        }
    }
}

/// The name of the generated main under which `load_any` checks a package that is not main.
const CHECK_MAIN: &str = "_checkmain.go";

/// A program loaded: its sources (for positions), the joined file, and the main package's
/// directory and import path.
pub struct Loaded {
    pub src: Source,
    pub file: File,
    pub dir: PathBuf,
    pub path: String,
}

struct Pkg {
    path: String,
    name: String,
    files: Vec<File>,
}

struct Loader<'a> {
    ctx: &'a BuildContext,
    module: Option<Module>,
    cwd: PathBuf,
    src: Option<Source>,
    node_count: u32,
    diags: Diags,
    /// Loaded packages of the user's, in the order they finished (dependencies first).
    pkgs: Vec<Pkg>,
    done: HashMap<String, usize>,
    /// The import chain being loaded, from the main package (for cycles).
    stack: Vec<String>,
}

/// Load `input` and every package of the user's it imports, then join the library packages
/// they import. Err is the text to print: a problem with the command line, the module or the
/// package graph (`import cycle not allowed`), or rendered diagnostics.
pub fn load(input: &Input, ctx: &BuildContext) -> Result<Loaded, String> {
    load_any(input, ctx, false).map(|(l, _)| l)
}

/// `load`; with `allow_library`, for `deferc check` and `deferc build`, which also take a
/// package that is not main (as `go build ./lib` does): such a package is joined as one of the user's, under a
/// generated main that imports it (`_checkmain.go`), so that it is checked and compiled as
/// it would be for a program. The bool says whether the package is main.
pub fn load_any(
    input: &Input,
    ctx: &BuildContext,
    allow_library: bool,
) -> Result<(Loaded, bool), String> {
    let (mut l, main) = load_with(input, ctx, allow_library)?;
    join_library(&mut l, ctx)?;
    Ok((l, main))
}

/// What `deferc run INPUT` (or, with `test`, `deferc test`) compiles, without the library
/// joined yet: the user's files, found and parsed as for compiling. Enough for the build
/// cache's key (`Loaded::sources`); `join_library` completes it when the key is not cached.
/// None: a test package without test files.
pub fn load_user(input: &Input, ctx: &BuildContext, test: bool) -> Result<Option<Loaded>, String> {
    if test {
        load_test(input, ctx)
    } else {
        load_with(input, ctx, false).map(|(l, _)| Some(l))
    }
}

/// Joins the library packages to a program `load_user` loaded.
pub fn join_library(l: &mut Loaded, ctx: &BuildContext) -> Result<(), String> {
    let mut diags = Diags::default();
    super::golib::join(&mut l.file, &mut l.src, &mut diags, ctx);
    if diags.is_empty() {
        Ok(())
    } else {
        Err(l.src.render(&diags))
    }
}

impl Loaded {
    /// Every file of the program loaded so far: (name, contents), generated ones included.
    pub fn sources(&self) -> Vec<(String, Vec<u8>)> {
        let src = &self.src;
        let mut out = vec![(src.name.clone(), src.raw.clone())];
        out.extend(
            src.libs
                .iter()
                .map(|(_, s)| (s.name.clone(), s.raw.clone())),
        );
        out
    }
}

/// The user's packages of `input`, without the library (join_library adds it).
fn load_with(
    input: &Input,
    ctx: &BuildContext,
    allow_library: bool,
) -> Result<(Loaded, bool), String> {
    let mut l = Loader::new(ctx)?;
    let (dir, path, texts) = l.root(input)?;
    let files = l.parse_package(&dir, texts)?;
    let name = files[0].package.name.clone();
    if name != "main" && !matches!(input, Input::Files(_)) {
        if !allow_library {
            // `go run ./lib`: Go's wording. (A file named on the command line that is not
            // package main is the checker's to report, with its position.)
            return Err(format!("package {} is not a main package", path));
        }
        l.add_package(&path, &dir, name, files)?;
        let text = format!("package main\n\nimport _ {:?}\n\nfunc main() {{}}\n", path);
        return Ok((l.finish_with_main(CHECK_MAIN, &text, dir, path)?, false));
    }
    l.stack.push(path.clone());
    for f in &files {
        for imp in &f.imports {
            l.import(&path, &dir, imp)?;
        }
    }
    l.stack.pop();
    let Some(src) = l.src.take() else {
        return Err(format!("no Go files in {}", dir.display()));
    };
    if !l.diags.is_empty() {
        return Err(src.render(&l.diags));
    }
    let file = l.join(files);
    Ok((
        Loaded {
            src,
            file,
            dir,
            path,
        },
        true,
    ))
}

/// What `deferc test` runs (loader::testmain), without the library: the package `input`
/// names with its test files, and a generated main. Ok(None) when the package has no test
/// files (`[no test files]`). The Loaded's `path` is the package's import path.
fn load_test(input: &Input, ctx: &BuildContext) -> Result<Option<Loaded>, String> {
    let mut l = Loader::new(ctx)?;
    let (dir, path, texts) = l.root(input)?;
    if !texts.iter().any(|(n, _)| n.ends_with("_test.go")) {
        return Ok(None);
    }
    // Parse every file, then sort them into the package and its external test package.
    let mut parsed: Vec<(String, File, Vec<u8>, u32)> = Vec::new();
    for (name, raw) in texts {
        let base = l.register(&name, &raw);
        let f = crate::syntax::parser::parse_bytes_at(&raw, base, l.node_count, &mut l.diags);
        if let Some(f) = f {
            l.node_count = f.node_count;
            parsed.push((name, f, raw, base));
        }
    }
    if !l.diags.is_empty() {
        return Err(l.src.as_ref().expect("registered").render(&l.diags));
    }
    let base_name = |n: &str| {
        Path::new(n)
            .file_name()
            .map(|b| b.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let pkg_name = parsed
        .iter()
        .find(|(n, f, _, _)| !n.ends_with("_test.go") || !f.package.name.ends_with("_test"))
        .map(|(_, f, _, _)| f.package.name.clone())
        .unwrap_or_else(|| {
            let n = &parsed[0].1.package.name;
            n.strip_suffix("_test").unwrap_or(n).to_string()
        });
    let xname = format!("{}_test", pkg_name);
    let mut internal: Vec<File> = Vec::new();
    let mut external: Vec<File> = Vec::new();
    let mut found_in = super::testmain::Found::default();
    let mut found_x = super::testmain::Found::default();
    let first_name = parsed[0].0.clone();
    for (name, f, raw, base) in parsed {
        let test_file = name.ends_with("_test.go");
        if f.package.name == pkg_name {
            if test_file {
                super::testmain::scan(&f, &raw, base, &mut found_in);
            }
            internal.push(f);
        } else if test_file && f.package.name == xname {
            super::testmain::scan(&f, &raw, base, &mut found_x);
            external.push(f);
        } else {
            return Err(format!(
                "found packages {} ({}) and {} ({}) in {}",
                pkg_name,
                base_name(&first_name),
                f.package.name,
                base_name(&name),
                dir.display()
            ));
        }
    }
    // The package under test, then its external tests, each a package of the user's.
    l.add_package(&path, &dir, pkg_name, internal)?;
    let has_external = !external.is_empty();
    if has_external {
        l.add_package(&format!("{}_test", path), &dir, xname, external)?;
    }
    let text = super::testmain::source(&path, &found_in, has_external.then_some(&found_x));
    l.finish_with_main("_testmain.go", &text, dir, path)
        .map(Some)
}

impl<'a> Loader<'a> {
    /// A loader working from the current directory and the module governing it.
    fn new(ctx: &'a BuildContext) -> Result<Loader<'a>, String> {
        let cwd = std::env::current_dir().map_err(|e| format!("deferc: getwd: {}", e))?;
        let module = module::find(&cwd)?;
        Ok(Loader {
            ctx,
            module,
            cwd,
            src: None,
            node_count: 0,
            diags: Diags::default(),
            pkgs: Vec::new(),
            done: HashMap::new(),
            stack: Vec::new(),
        })
    }

    /// Adds a package of the user's, parsed, after loading what its files import.
    fn add_package(
        &mut self,
        path: &str,
        dir: &Path,
        name: String,
        files: Vec<File>,
    ) -> Result<(), String> {
        self.stack.push(path.to_string());
        let imports: Vec<Import> = files.iter().flat_map(|f| f.imports.clone()).collect();
        for i in &imports {
            self.import(path, dir, i)?;
        }
        self.stack.pop();
        self.done.insert(path.to_string(), self.pkgs.len());
        self.pkgs.push(Pkg {
            path: path.to_string(),
            name,
            files,
        });
        Ok(())
    }

    /// The program of the packages loaded so far under a generated main package (`text`,
    /// shown as `name`): deferc test's and check's of a package that is not main.
    fn finish_with_main(
        mut self,
        name: &str,
        text: &str,
        dir: PathBuf,
        path: String,
    ) -> Result<Loaded, String> {
        let base = self.register(name, text.as_bytes());
        let main = crate::syntax::parser::parse_bytes_at(
            text.as_bytes(),
            base,
            self.node_count,
            &mut self.diags,
        );
        let src = self.src.take().expect("registered");
        let Some(main) = main.filter(|_| self.diags.is_empty()) else {
            return Err(src.render(&self.diags));
        };
        self.node_count = main.node_count;
        let file = self.join(vec![main]);
        Ok(Loaded {
            src,
            file,
            dir,
            path,
        })
    }

    /// Registers a file's text with the sources; returns its first position.
    fn register(&mut self, name: &str, raw: &[u8]) -> u32 {
        match &mut self.src {
            None => {
                self.src = Some(Source::from_bytes(name.to_string(), raw.to_vec()));
                0
            }
            Some(s) => s.add_file(name, raw.to_vec()),
        }
    }

    /// The main package's directory, import path and files (display name, bytes).
    #[allow(clippy::type_complexity)]
    fn root(&mut self, input: &Input) -> Result<(PathBuf, String, Vec<(String, Vec<u8>)>), String> {
        match input {
            Input::Files(names) => {
                let mut dir: Option<PathBuf> = None;
                let mut texts = Vec::new();
                for n in names {
                    let p = Path::new(n);
                    let d = p.parent().map(Path::to_path_buf).unwrap_or_default();
                    let d = if d.as_os_str().is_empty() {
                        PathBuf::from(".")
                    } else {
                        d
                    };
                    match &dir {
                        None => dir = Some(d),
                        Some(prev) if !same_dir(prev, &d) => {
                            return Err(format!(
                                "named files must all be in one directory; have {} and {}",
                                prev.display(),
                                d.display()
                            ))
                        }
                        _ => {}
                    }
                    let raw = std::fs::read(p).map_err(|e| {
                        format!("open {}: {}", n, super::super::driver::io_reason(&e))
                    })?;
                    texts.push((n.clone(), raw));
                }
                let dir = dir.unwrap_or_else(|| PathBuf::from("."));
                let abs = self.cwd.join(&dir);
                Ok((abs, "command-line-arguments".to_string(), texts))
            }
            Input::Package(pat) => {
                let (dir, path) = self.resolve_pattern(pat)?;
                let texts = self.read_dir(&dir, true)?;
                Ok((dir, path, texts))
            }
        }
    }

    /// A package pattern's directory and import path.
    fn resolve_pattern(&self, pat: &str) -> Result<(PathBuf, String), String> {
        let is_dir = pat == "."
            || pat == ".."
            || pat.starts_with("./")
            || pat.starts_with("../")
            || pat.starts_with('/');
        let Some(m) = &self.module else {
            if is_dir || !module::is_std(pat) {
                return Err("go: go.mod file not found in current directory or any parent directory; see 'go help modules'".into());
            }
            return Err(format!("package {} is not a main package", pat));
        };
        if is_dir {
            let dir = normalize(&self.cwd.join(pat));
            if !dir.is_dir() {
                return Err(format!("stat {}: directory not found", dir.display()));
            }
            let Some(path) = m.import_path_of(&dir) else {
                return Err(format!(
                    "directory {} outside main module or its selected dependencies",
                    pat
                ));
            };
            return Ok((dir, path));
        }
        if module::is_std(pat) {
            return Err(format!("package {} is not a main package", pat));
        }
        let dir = m.package_dir(pat).map_err(|e| format!("deferc: {}", e))?;
        if !dir.is_dir() {
            return Err(format!(
                "package {} is not in the main module ({})",
                pat, m.path
            ));
        }
        Ok((dir, pat.to_string()))
    }

    /// The `.go` files of a directory that belong to the build, sorted by name, with the names
    /// diagnostics show (relative to the working directory when below it).
    /// `_test.go` files only for the package under test (`tests`), never for what it imports.
    fn read_dir(&self, dir: &Path, tests: bool) -> Result<Vec<(String, Vec<u8>)>, String> {
        let ctx = BuildContext {
            tests: tests && self.ctx.tests,
            ..self.ctx.clone()
        };
        let rd = std::fs::read_dir(dir).map_err(|e| {
            format!(
                "open {}: {}",
                dir.display(),
                super::super::driver::io_reason(&e)
            )
        })?;
        let mut names: Vec<String> = rd
            .flatten()
            .filter(|e| e.file_type().is_ok_and(|t| t.is_file() || t.is_symlink()))
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".go"))
            .collect();
        names.sort();
        let mut out = Vec::new();
        let mut any = false;
        for n in names {
            any = true;
            if !ctx.file_name_ok(&n) {
                continue;
            }
            let p = dir.join(&n);
            let raw = std::fs::read(&p).map_err(|e| {
                format!(
                    "open {}: {}",
                    p.display(),
                    super::super::driver::io_reason(&e)
                )
            })?;
            let shown = self.display(&p);
            match ctx.constraints_ok(&raw) {
                Ok(true) => out.push((shown, raw)),
                Ok(false) => {}
                Err(e) => return Err(format!("{}: {}", shown, e)),
            }
        }
        if out.is_empty() {
            let d = dir.display();
            return Err(if any {
                format!("build constraints exclude all Go files in {}", d)
            } else {
                format!("no Go files in {}", d)
            });
        }
        Ok(out)
    }

    /// How a file is named in diagnostics: relative to the working directory when below it.
    fn display(&self, p: &Path) -> String {
        match p.strip_prefix(&self.cwd) {
            Ok(r) => r.display().to_string(),
            Err(_) => p.display().to_string(),
        }
    }

    /// Parse a package's files (registering them with the sources) and check that they agree
    /// on the package name.
    fn parse_package(
        &mut self,
        dir: &Path,
        texts: Vec<(String, Vec<u8>)>,
    ) -> Result<Vec<File>, String> {
        let mut files: Vec<(String, File)> = Vec::new();
        for (name, raw) in texts {
            let base = self.register(&name, &raw);
            let f =
                crate::syntax::parser::parse_bytes_at(&raw, base, self.node_count, &mut self.diags);
            match f {
                Some(f) => {
                    self.node_count = f.node_count;
                    files.push((name, f));
                }
                None => {
                    if self.diags.is_empty() {
                        self.diags
                            .error(Span::new(base, base), "syntax error: no package clause");
                    }
                }
            }
        }
        if !self.diags.is_empty() {
            let src = self.src.as_ref().expect("a file was registered");
            return Err(src.render(&self.diags));
        }
        let (first_name, first) = &files[0];
        for (n, f) in &files[1..] {
            if f.package.name != first.package.name {
                let base = |s: &str| {
                    Path::new(s)
                        .file_name()
                        .map(|b| b.to_string_lossy().into_owned())
                        .unwrap_or_default()
                };
                return Err(format!(
                    "found packages {} ({}) and {} ({}) in {}",
                    first.package.name,
                    base(first_name),
                    f.package.name,
                    base(n),
                    dir.display()
                ));
            }
        }
        Ok(files.into_iter().map(|(_, f)| f).collect())
    }

    /// Load the package `imp` names (if it is the user's), reporting what stops it at the
    /// import. Err is a fatal error (an import cycle).
    fn import(&mut self, importer: &str, importer_dir: &Path, imp: &Import) -> Result<(), String> {
        let path = imp.path.as_str();
        if module::is_std(path) || path == "C" {
            // The library's (loader::golib, check::lib), or reported by the checker.
            return Ok(());
        }
        // `a/b/internal/c` may be imported only from below `a/b` (Go's rule; the main package
        // of a file list is below its directory's import path).
        if let Some(parent) = internal_parent(path) {
            let from = if importer == "command-line-arguments" {
                self.module
                    .as_ref()
                    .and_then(|m| m.import_path_of(importer_dir))
                    .unwrap_or_default()
            } else {
                importer.to_string()
            };
            if !module::has_path_prefix(&from, parent) {
                self.diags.error(
                    imp.span,
                    format!("use of internal package {} not allowed", path),
                );
                return Ok(());
            }
        }
        if self.stack.iter().any(|p| p == path) {
            let mut msg = format!("package {}", self.stack[0]);
            for p in &self.stack[1..] {
                msg.push_str(&format!("\n\timports {}", p));
            }
            msg.push_str(&format!("\n\timports {}: import cycle not allowed", path));
            return Err(msg);
        }
        if self.done.contains_key(path) {
            return Ok(());
        }
        let dir = match &self.module {
            None => {
                self.diags.error(
                    imp.span,
                    format!(
                        "no required module provides package {}: go.mod file not found in current directory or any parent directory; see 'go help modules'",
                        path
                    ),
                );
                return Ok(());
            }
            Some(m) => match m.package_dir(path) {
                Ok(d) => d,
                Err(e) => {
                    self.diags.error(imp.span, e);
                    return Ok(());
                }
            },
        };
        if !dir.is_dir() {
            let modpath = self
                .module
                .as_ref()
                .map(|m| m.path.clone())
                .unwrap_or_default();
            self.diags.error(
                imp.span,
                format!(
                    "package {} is not in std and not in module {} ({} does not exist)",
                    path,
                    modpath,
                    dir.display()
                ),
            );
            return Ok(());
        }
        let texts = match self.read_dir(&dir, false) {
            Ok(t) => t,
            Err(e) => {
                self.diags.error(imp.span, e);
                return Ok(());
            }
        };
        let files = self.parse_package(&dir, texts)?;
        let name = files[0].package.name.clone();
        if name == "main" && !self.ctx.tests {
            self.diags.error(
                imp.span,
                format!(
                    "import \"{}\" is a program, not an importable package",
                    path
                ),
            );
            return Ok(());
        }
        self.add_package(path, &dir, name, files)
    }

    /// The joined file: the main package's files, then the user's packages (dependencies
    /// first); join_library adds the library packages they import.
    fn join(&mut self, main: Vec<File>) -> File {
        let mut file = File {
            package: main[0].package.clone(),
            imports: Vec::new(),
            decls: Vec::new(),
            node_count: self.node_count,
            libs: Vec::new(),
            files: Vec::new(),
        };
        let (imports, files) = append_files(&mut file.decls, main);
        file.imports = imports;
        file.files = files;
        for p in std::mem::take(&mut self.pkgs) {
            let first = file.decls.len();
            let (imports, files) = append_files(&mut file.decls, p.files);
            let mut lib = LibPackage {
                path: p.path,
                name: p.name,
                imports,
                decls: 0..0,
                files,
            };
            lib.decls = first..file.decls.len();
            file.libs.push(lib);
        }
        file
    }
}

/// Appends the declarations of a package's files to `decls`: every import of the files, and
/// each file's imports and range of `decls`.
fn append_files(
    decls: &mut Vec<crate::syntax::ast::Decl>,
    files: Vec<File>,
) -> (Vec<Import>, Vec<SrcFile>) {
    let mut imports = Vec::new();
    let mut out = Vec::new();
    for f in files {
        let start = decls.len();
        imports.extend(f.imports.iter().cloned());
        decls.extend(f.decls);
        out.push(SrcFile {
            imports: f.imports,
            decls: start..decls.len(),
        });
    }
    (imports, out)
}

/// For `a/b/internal/c` (or `a/b/internal`), `a/b`: the tree that may import it. `internal/x`
/// alone is the standard library's.
fn internal_parent(path: &str) -> Option<&str> {
    let mut parent: Option<&str> = None;
    let mut off = 0;
    for elem in path.split('/') {
        if elem == "internal" {
            parent = Some(if off == 0 { "" } else { &path[..off - 1] });
        }
        off += elem.len() + 1;
    }
    parent
}

fn same_dir(a: &Path, b: &Path) -> bool {
    normalize(a) == normalize(b)
}

/// `a/./b/../c` as `a/c`, without touching the file system.
fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            c => out.push(c.as_os_str()),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn internal_parents() {
        assert_eq!(internal_parent("a/b/internal/c"), Some("a/b"));
        assert_eq!(internal_parent("a/b/internal"), Some("a/b"));
        assert_eq!(
            internal_parent("a/internal/b/internal/c"),
            Some("a/internal/b")
        );
        assert_eq!(internal_parent("a/b/c"), None);
        assert_eq!(internal_parent("a/internals/c"), None);
    }

    #[test]
    fn operands() {
        let s = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        let (i, n) = Input::from_args(&s(&["a.go", "b.go", "x", "y.go"]));
        assert!(matches!(i, Input::Files(f) if f.len() == 2) && n == 2);
        let (i, n) = Input::from_args(&s(&["./cmd/tool", "-v"]));
        assert!(matches!(i, Input::Package(p) if p == "./cmd/tool") && n == 1);
        let (i, n) = Input::from_args(&[]);
        assert!(matches!(i, Input::Package(p) if p == ".") && n == 0);
    }
}
