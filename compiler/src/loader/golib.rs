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
use crate::syntax::ast::{File, Import, LibPackage};

/// A library package written in Go: its import path and its files (name, text).
pub struct GoPackage {
    pub path: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

macro_rules! golib {
    ($($path:literal => [$($file:literal),*];)*) => {
        pub const PACKAGES: &[GoPackage] = &[
            $(GoPackage {
                path: $path,
                files: &[$(($file, include_str!(concat!("../../golib/", $path, "/", $file)))),*],
            }),*
        ];
    };
}

golib! {
    "bufio" => ["bufio.go", "scan.go"];
    "container/heap" => ["heap.go"];
    "container/list" => ["list.go"];
    "container/ring" => ["ring.go"];
    "errors" => ["errors.go"];
    "fmt" => ["fmt.go"];
    "internal/oserror" => ["oserror.go"];
    "io" => ["io.go"];
    "io/fs" => ["fs.go"];
    "math/bits" => ["bits.go"];
    "os" => ["os.go"];
    "path" => ["path.go"];
    "path/filepath" => ["filepath.go"];
    "runtime" => ["runtime.go"];
    "runtime/debug" => ["debug.go"];
    "sort" => ["sort.go"];
    "strconv" => ["strconv.go"];
    "strings" => ["strings.go"];
    "sync" => ["sync.go"];
    "sync/atomic" => ["atomic.go"];
    "syscall" => ["syscall.go"];
    "time" => ["time.go"];
    "unicode/utf8" => ["utf8.go"];
}

/// The Go-source package with this import path.
pub fn package(path: &str) -> Option<&'static GoPackage> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// Join every Go-source package the program imports (and those they import) to `file`,
/// registering their files with `src`. Errors in a library file are reported at their place
/// in it (they are deferc bugs, not the user's).
pub fn join(file: &mut File, src: &mut Source, diags: &mut Diags) {
    let mut queue: Vec<String> = file.imports.iter().map(|i| i.path.clone()).collect();
    let mut seen: Vec<String> = Vec::new();
    while let Some(path) = queue.pop() {
        if seen.contains(&path) {
            continue;
        }
        seen.push(path.clone());
        let Some(pkg) = package(&path) else {
            continue;
        };
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        let first = file.decls.len();
        let mut imports = Vec::new();
        for (fname, text) in pkg.files {
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
            path: path.clone(),
            name,
            imports,
            decls: first..file.decls.len(),
        });
    }
}
