//! The library packages deferc writes in Go (compiler/golib/<path>/*.go, embedded in the
//! binary), and joining the ones a program imports, directly or through each other, to its
//! parsed file: linking at the level of syntax, before anything is checked.
//!
//! A joined package is checked and compiled like the program itself: its declarations follow
//! the program's in `File::decls`, its node ids and positions continue after the program's
//! (so every id and span stays unique; `diag::Source::libs` maps positions back to the library
//! file), and `File::libs` records which declarations it owns. The checker gives each package
//! its own scope (check::Checker::enter_pkg). A function declared without a body is
//! implemented by the runtime entry `deferc_<pkg>_<name>` (codegen/runtime_abi.rs), the way Go
//! implements some functions in assembly. Packages implemented by the runtime alone
//! (check::lib) and packages written here may share a path: `pkg.Name` looks in the Go source
//! first, then in check::lib's table.

use crate::diag::{Diags, Source};
use crate::syntax::ast::{Decl, File, Import, LibPackage};

/// A library package written in Go: its import path, its files (name, text), and its lazy
/// files, whose package-level functions, variables and constants are joined only when
/// something refers to them (lazy.rs): generated tables and rarely used functions cost a
/// program nothing unless it uses them.
pub struct GoPackage {
    pub path: &'static str,
    pub files: &'static [(&'static str, &'static str)],
    pub lazy: &'static [(&'static str, &'static str)],
}

macro_rules! golib {
    ($($path:literal => [$($file:literal),*] $(lazy [$($lazy:literal),*])?;)*) => {
        pub const PACKAGES: &[GoPackage] = &[
            $(GoPackage {
                path: $path,
                files: &[$(($file, include_str!(concat!("../../golib/", $path, "/", $file)))),*],
                lazy: &[$($(($lazy, include_str!(concat!("../../golib/", $path, "/", $lazy)))),*)?],
            }),*
        ];
    };
}

golib! {
    "bufio" => ["bufio.go", "scan.go"];
    "errors" => ["errors.go"];
    "fmt" => ["fmt.go"];
    "internal/oserror" => ["oserror.go"];
    "io" => ["io.go"];
    "io/fs" => ["fs.go"];
    "os" => ["os.go"];
    "path" => ["path.go"];
    "path/filepath" => ["filepath.go"];
    "runtime" => ["runtime.go"];
    "runtime/debug" => ["debug.go"];
    "sort" => ["sort.go"];
    "strconv" => [] lazy ["strconv.go", "quote.go"];
    "strings" => [] lazy ["strings.go", "funcs.go", "replace.go"];
    "sync" => ["sync.go"];
    "sync/atomic" => ["atomic.go"];
    "syscall" => ["syscall.go"];
    "time" => ["time.go"];
    "unicode" => ["unicode.go"] lazy ["letter.go", "tables.go"];
    "unicode/utf16" => ["utf16.go"];
    "unicode/utf8" => ["utf8.go"];
}

/// The Go-source package with this import path.
pub fn package(path: &str) -> Option<&'static GoPackage> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// A library package parsed, before its declarations are joined.
pub(super) struct Parsed {
    pub path: String,
    /// The package name: the last element of the path.
    pub name: String,
    pub files: Vec<ParsedFile>,
}

pub(super) struct ParsedFile {
    pub lazy: bool,
    pub text: &'static str,
    /// Position of the file's first byte (diag::Source::add_lib).
    pub base: u32,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

/// Join every Go-source package the program imports (and those they import) to `file`,
/// registering their files with `src`. Errors in a library file are reported at their place
/// in it (they are deferc bugs, not the user's). Every package is parsed first; then the
/// declarations of lazy files nothing refers to are dropped (lazy::prune), and the rest are
/// appended package by package.
pub fn join(file: &mut File, src: &mut Source, diags: &mut Diags) {
    let mut queue: Vec<String> = file.imports.iter().map(|i| i.path.clone()).collect();
    let mut seen: Vec<String> = Vec::new();
    let mut pkgs: Vec<Parsed> = Vec::new();
    while let Some(path) = queue.pop() {
        if seen.contains(&path) {
            continue;
        }
        seen.push(path.clone());
        let Some(pkg) = package(&path) else {
            continue;
        };
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        let mut files = Vec::new();
        let all = pkg.files.iter().map(|f| (false, f));
        for (lazy, (fname, text)) in all.chain(pkg.lazy.iter().map(|f| (true, f))) {
            let base = src.add_lib(&format!("$DEFERC/golib/{}/{}", path, fname), text);
            let Some(f) = crate::syntax::parser::parse_bytes_here_at(
                text.as_bytes(),
                base,
                file.node_count,
                diags,
            ) else {
                continue;
            };
            file.node_count = f.node_count;
            if f.package.name != name {
                diags.error(
                    f.package.span,
                    format!("library file declares package {}", f.package.name),
                );
            }
            queue.extend(f.imports.iter().map(|i| i.path.clone()));
            files.push(ParsedFile {
                lazy,
                text,
                base,
                imports: f.imports,
                decls: f.decls,
            });
        }
        pkgs.push(Parsed { path, name, files });
    }
    super::lazy::prune(&src.raw, &file.imports, &mut pkgs);
    for pkg in pkgs {
        let first = file.decls.len();
        let mut imports: Vec<Import> = Vec::new();
        for f in pkg.files {
            // The checker gives a package one scope for the imports of all its files (Go's
            // are per file), so an import repeated by a second file is joined once.
            for imp in f.imports {
                let same = |i: &Import| {
                    i.path == imp.path
                        && i.name.as_ref().map(|n| &n.name) == imp.name.as_ref().map(|n| &n.name)
                };
                if !imports.iter().any(same) {
                    imports.push(imp);
                }
            }
            file.decls.extend(f.decls);
        }
        file.libs.push(LibPackage {
            path: pkg.path,
            name: pkg.name,
            imports,
            decls: first..file.decls.len(),
        });
    }
}
