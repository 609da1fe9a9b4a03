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
//!
//! A package file may be joined on demand (`OnDemand`): only when the program or another
//! joined package names one of its members. That keeps what every program pays for fmt to what
//! printing needs. A package's lazy files are parsed only when something names one of their
//! declarations, and only the declarations something names are joined (lazy.rs), with their
//! imports only when those use them: unicode's hundreds of tables and the many functions of
//! strings and strconv cost a program only what it uses.

use crate::diag::{Diags, Source};
use crate::syntax::ast::{Decl, Expr, ExprKind, File, Import, LibPackage};
use crate::syntax::visit::{walk_expr, Flow, Visitor};

/// A library package written in Go: its import path, its files (name, text), its lazy files
/// (lazy.rs), and the files joined on demand.
pub struct GoPackage {
    pub path: &'static str,
    pub files: &'static [(&'static str, &'static str)],
    pub lazy: &'static [(&'static str, &'static str)],
    pub on_demand: &'static [OnDemand],
}

/// A file of a package joined only to programs that name one of `members` (`pkg.Member` in
/// the program or in a joined library file, or any use of a dot import of the package). Every
/// program imports fmt, and checking a file costs start-up time whether or not the program
/// calls anything in it: fmt's scanning is such a file. The members are the file's exported
/// declarations, plus those of the package's other on-demand files that use it.
pub struct OnDemand {
    pub name: &'static str,
    pub text: &'static str,
    pub members: &'static [&'static str],
}

macro_rules! golib {
    ($($path:literal => [$($file:literal),*]
        $(lazy [$($lazy:literal),*])?
        $(+ [$($od:literal if [$($member:ident),*]),*])?;)*) => {
        pub const PACKAGES: &[GoPackage] = &[
            $(GoPackage {
                path: $path,
                files: &[$(($file, include_str!(concat!("../../golib/", $path, "/", $file)))),*],
                lazy: &[$($(($lazy, include_str!(concat!("../../golib/", $path, "/", $lazy)))),*)?],
                on_demand: &[$($(OnDemand {
                    name: $od,
                    text: include_str!(concat!("../../golib/", $path, "/", $od)),
                    members: &[$(stringify!($member)),*],
                }),*)?],
            }),*
        ];
    };
}

golib! {
    "bufio" => ["bufio.go", "scan.go"];
    "bytes" => ["bytes.go"] lazy ["split.go", "map.go", "trim.go", "buffer.go", "reader.go",
        "unicode.go"];
    "container/heap" => ["heap.go"];
    "container/list" => ["list.go"];
    "container/ring" => ["ring.go"];
    "context" => ["context.go"];
    "crypto/md5" => ["md5.go", "consts.go"];
    "crypto/sha256" => ["sha256.go", "consts.go"];
    "encoding" => ["encoding.go"];
    "encoding/base64" => ["base64.go"];
    "encoding/binary" => ["binary.go", "varint.go"];
    "encoding/hex" => ["hex.go"];
    "encoding/json" => ["encode.go", "decode.go", "fields.go", "indent.go", "scanner.go",
        "stream.go", "string.go"];
    "errors" => ["errors.go"];
    "flag" => ["flag.go"];
    "fmt" => ["fmt.go"]
        + ["scan.go" if [Scan, Scanf, Scanln, Sscan, Sscanf, Sscanln, Fscan, Fscanf, Fscanln,
                         Scanner, ScanState],
           "stdin.go" if [Scan, Scanf, Scanln]];
    "hash" => ["hash.go"];
    "hash/adler32" => ["adler32.go"];
    "hash/crc32" => ["crc32.go"];
    "hash/fnv" => ["fnv.go"];
    "internal/oserror" => ["oserror.go"];
    "io" => ["io.go"];
    "io/fs" => ["fs.go", "walk.go"];
    "io/ioutil" => ["ioutil.go"];
    "log" => ["log.go"];
    "math" => ["native.go", "math.go"] lazy ["exp.go", "trig.go", "special.go", "bessel.go"];
    "math/bits" => ["bits.go"];
    "math/cmplx" => [] lazy ["cmplx.go", "exp.go", "trig.go", "tan.go", "asin.go", "invpi.go"];
    "math/rand" => ["rand.go"] lazy ["dist.go"];
    "os" => ["os.go", "dir.go", "file.go", "env.go", "native.go"] lazy ["proc.go"];
    "os/exec" => ["exec.go"];
    "path" => ["path.go", "match.go"];
    "path/filepath" => ["filepath.go", "match.go", "walk.go"];
    "reflect" => ["type.go", "value.go", "call.go", "makefunc.go", "deepequal.go", "native.go"];
    "runtime" => ["runtime.go", "extern.go", "goarch_amd64.go", "goarch_arm64.go"];
    "runtime/debug" => ["debug.go"];
    "sort" => ["sort.go"];
    "strconv" => [] lazy ["strconv.go", "native.go", "append.go", "quote.go", "complex.go"];
    "strings" => [] lazy ["strings.go", "native.go", "builder.go", "reader.go", "funcs.go",
        "replace.go"];
    "sync" => ["sync.go"];
    "sync/atomic" => ["atomic.go"];
    "syscall" => ["syscall.go"];
    "testing" => ["testing.go", "benchmark.go", "match.go", "native.go"];
    "text/tabwriter" => ["tabwriter.go"];
    "time" => ["time.go", "duration.go", "format.go", "zoneinfo.go", "sleep.go"];
    "unicode" => [] lazy ["unicode.go", "native.go", "letter.go", "tables.go"];
    "unicode/utf16" => ["utf16.go"];
    "unicode/utf8" => ["utf8.go", "native.go"];
}

/// The Go-source package with this import path.
pub fn package(path: &str) -> Option<&'static GoPackage> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// A joined package: its path and name, its files' imports (one of each) and declarations.
pub(super) struct Joined {
    pub path: String,
    pub name: String,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Its on-demand files not joined yet (indices into `GoPackage::on_demand`).
    waiting: Vec<usize>,
    /// Its lazy files parsed so far, whole; lazy::mark decides which declarations are joined.
    pub lazy: Vec<LazyFile>,
    /// Its lazy files not parsed yet: name, text, and the names they declare
    /// (lazy::declared_names).
    pub unparsed: Vec<(&'static str, &'static str, Vec<&'static str>)>,
}

/// A lazy file, parsed.
pub(super) struct LazyFile {
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
}

/// Join every Go-source package the program imports (and those they import) to `file`,
/// registering their files with `src`, the on-demand files something names, and the
/// declarations of lazy files something names. Errors in a library file are reported at
/// their place in it (they are deferc bugs, not the user's).
pub fn join(file: &mut File, src: &mut Source, diags: &mut Diags, ctx: &super::BuildContext) {
    let mut queue: Vec<String> = roots(file)
        .iter()
        .flat_map(|(imports, _)| imports.iter().map(|i| i.path.clone()))
        .collect();
    queue.reverse();
    let mut seen: Vec<String> = Vec::new();
    let mut joined: Vec<Joined> = Vec::new();
    let mut marks;
    loop {
        while let Some(path) = queue.pop() {
            if seen.contains(&path) {
                continue;
            }
            seen.push(path.clone());
            let Some(pkg) = package(&path) else {
                continue;
            };
            let name = path.rsplit('/').next().unwrap_or(&path).to_string();
            let mut j = Joined {
                path: path.clone(),
                name,
                imports: Vec::new(),
                decls: Vec::new(),
                waiting: (0..pkg.on_demand.len()).collect(),
                lazy: Vec::new(),
                unparsed: Vec::new(),
            };
            for (fname, text) in pkg.files.iter().filter(|(f, _)| ctx.file_name_ok(f)) {
                join_file(file, src, diags, &mut j, fname, text, &mut queue);
            }
            for (fname, text) in pkg.lazy.iter().filter(|(f, _)| ctx.file_name_ok(f)) {
                let names = super::lazy::declared_names(text);
                if names.iter().any(|&n| n == "init" || n == "_") {
                    parse_lazy(file, src, diags, &mut j, fname, text);
                } else {
                    j.unparsed.push((fname, text, names));
                }
            }
            joined.push(j);
        }
        // Join the on-demand files now named; their imports may bring more packages (and
        // those may name more on-demand members), so go round until nothing changes.
        let mut more = false;
        for k in 0..joined.len() {
            let pkg = package(&joined[k].path).expect("joined packages are Go-source packages");
            for w in std::mem::take(&mut joined[k].waiting) {
                let od = &pkg.on_demand[w];
                if names_member(file, &joined, pkg.path, od.members) {
                    let j = &mut joined[k];
                    join_file(file, src, diags, j, od.name, od.text, &mut queue);
                    more = true;
                } else {
                    joined[k].waiting.push(w);
                }
            }
        }
        // The lazy declarations named so far, the lazy files to parse for more, and the
        // packages their imports bring.
        marks = super::lazy::mark(&roots(file), &joined);
        for (k, f) in marks.to_parse() {
            let (fname, text, _) = joined[k].unparsed.remove(f);
            parse_lazy(file, src, diags, &mut joined[k], fname, text);
            more = true;
        }
        for path in marks.imported(&joined) {
            if !seen.contains(&path) {
                queue.push(path);
                more = true;
            }
        }
        if !more {
            break;
        }
    }
    marks.apply(&mut joined);
    for j in joined {
        let first = file.decls.len();
        let mut imports = j.imports;
        let mut decls = j.decls;
        for lf in j.lazy {
            for imp in lf.imports {
                add_import(&mut imports, imp);
            }
            decls.extend(lf.decls);
        }
        file.decls.extend(decls);
        file.libs.push(LibPackage {
            path: j.path,
            name: j.name,
            imports,
            decls: first..file.decls.len(),
            files: Vec::new(),
        });
    }
}

/// The user's files, with the imports each sees: where the search for what the library must
/// provide starts (the program's packages are joined before the library's).
fn roots(file: &File) -> Vec<(&[Import], &[Decl])> {
    let mut out: Vec<(&[Import], &[Decl])> = Vec::new();
    if file.files.is_empty() {
        let end = file
            .libs
            .first()
            .map_or(file.decls.len(), |l| l.decls.start);
        out.push((&file.imports, &file.decls[..end]));
    }
    let user = file.libs.iter().flat_map(|l| &l.files);
    for f in file.files.iter().chain(user) {
        out.push((&f.imports, &file.decls[f.decls.clone()]));
    }
    out
}

/// Adds `imp` to a package's imports unless it is there: the checker gives a package one
/// scope for the imports of all its files (Go's are per file), so an import repeated by a
/// second file is joined once.
fn add_import(imports: &mut Vec<Import>, imp: Import) {
    let same = |i: &Import| {
        i.path == imp.path && i.name.as_ref().map(|n| &n.name) == imp.name.as_ref().map(|n| &n.name)
    };
    if !imports.iter().any(same) {
        imports.push(imp);
    }
}

/// Parses one lazy file of package `j` (its imports are joined only when a declaration
/// joined uses them).
fn parse_lazy(
    file: &mut File,
    src: &mut Source,
    diags: &mut Diags,
    j: &mut Joined,
    fname: &str,
    text: &'static str,
) {
    let base = src.add_lib(&format!("$DEFERC/golib/{}/{}", j.path, fname), text);
    let Some(f) =
        crate::syntax::parser::parse_bytes_here_at(text.as_bytes(), base, file.node_count, diags)
    else {
        return;
    };
    file.node_count = f.node_count;
    if f.package.name != j.name {
        diags.error(
            f.package.span,
            format!("library file declares package {}", f.package.name),
        );
    }
    j.lazy.push(LazyFile {
        imports: f.imports,
        decls: f.decls,
    });
}

/// Parses one library file into its package `j`, queueing its imports.
fn join_file(
    file: &mut File,
    src: &mut Source,
    diags: &mut Diags,
    j: &mut Joined,
    fname: &str,
    text: &'static str,
    queue: &mut Vec<String>,
) {
    let base = src.add_lib(&format!("$DEFERC/golib/{}/{}", j.path, fname), text);
    let Some(f) =
        crate::syntax::parser::parse_bytes_here_at(text.as_bytes(), base, file.node_count, diags)
    else {
        return;
    };
    file.node_count = f.node_count;
    if f.package.name != j.name {
        diags.error(
            f.package.span,
            format!("library file declares package {}", f.package.name),
        );
    }
    queue.extend(f.imports.iter().map(|i| i.path.clone()));
    for imp in f.imports {
        add_import(&mut j.imports, imp);
    }
    j.decls.extend(f.decls);
}

/// Whether the program or a joined package other than `path` itself names one of `members`
/// of package `path`: as `x.Member` where x is the name it imports `path` under, or anywhere
/// when it dot-imports it. (A local variable shadowing the package name can only make this
/// say yes when no is right, which costs time, not correctness.)
fn names_member(file: &File, joined: &[Joined], path: &str, members: &[&str]) -> bool {
    let user = roots(file).into_iter();
    let libs = joined.iter().filter(|j| j.path != path).flat_map(|j| {
        let lazy = j.lazy.iter().map(|l| (&l.imports[..], &l.decls[..]));
        std::iter::once((&j.imports[..], &j.decls[..])).chain(lazy)
    });
    user.chain(libs).any(|(imports, decls)| {
        imports.iter().filter(|i| i.path == path).any(|i| {
            let local = match &i.name {
                Some(n) if n.name == "_" => return false,
                Some(n) if n.name == "." => return true,
                Some(n) => n.name.as_str(),
                None => path.rsplit('/').next().unwrap_or(path),
            };
            let mut v = FindSelector {
                pkg: local,
                members,
            };
            decls.iter().any(|d| v.visit_decl(d).is_break())
        })
    })
}

/// Finds a selector `pkg.M` with M in `members`.
struct FindSelector<'a> {
    pkg: &'a str,
    members: &'a [&'a str],
}

impl Visitor for FindSelector<'_> {
    fn visit_expr(&mut self, e: &Expr) -> Flow {
        if let ExprKind::Selector(x, sel) = &e.kind {
            if matches!(&x.kind, ExprKind::Ident(n) if n == self.pkg)
                && self.members.contains(&sel.name.as_str())
            {
                return Flow::Break(());
            }
        }
        walk_expr(self, e)
    }
}

#[cfg(test)]
mod tests {
    use crate::diag::{Diags, Source};

    /// The libraries joined to `program` and the number of their declarations.
    fn joined(program: &str) -> Vec<(String, usize)> {
        let mut src = Source::new("t.go", program);
        let mut diags = Diags::default();
        let file = crate::loader::load(&mut src, &mut diags).expect("loads");
        file.libs
            .iter()
            .map(|l| (l.path.clone(), l.decls.len()))
            .collect()
    }

    fn has(libs: &[(String, usize)], path: &str) -> bool {
        libs.iter().any(|(p, _)| p == path)
    }

    #[test]
    fn fmt_scanning_is_joined_on_demand() {
        let print = joined("package main\nimport \"fmt\"\nfunc main() { fmt.Println(1) }\n");
        let sscan = joined(
            "package main\nimport f \"fmt\"\nfunc main() { var a int; f.Sscan(\"1\", &a) }\n",
        );
        let scan =
            joined("package main\nimport \"fmt\"\nfunc main() { var a int; fmt.Scan(&a) }\n");
        let fmt_decls = |l: &[(String, usize)]| l.iter().find(|(p, _)| p == "fmt").unwrap().1;
        // Printing joins neither the scanner nor what it imports.
        assert!(!has(&print, "strconv") && !has(&print, "os"));
        assert!(fmt_decls(&sscan) > fmt_decls(&print));
        assert!(has(&sscan, "strconv") && has(&sscan, "unicode/utf8") && !has(&sscan, "os"));
        // Scan needs stdin.go (and os) as well as scan.go.
        assert!(fmt_decls(&scan) > fmt_decls(&sscan));
        assert!(has(&scan, "os") && has(&scan, "strconv"));
        // A method named Scan, or a Scan of another package, does not count.
        let other = joined(
            "package main\nimport (\"bufio\"; \"fmt\"; \"os\")\nfunc main() { s := \
             bufio.NewScanner(os.Stdin); for s.Scan() { fmt.Println(s.Text()) } }\n",
        );
        assert_eq!(fmt_decls(&other), fmt_decls(&print));
        // Naming the interface is enough.
        let iface = joined("package main\nimport \"fmt\"\nvar _ fmt.ScanState\nfunc main() {}\n");
        assert_eq!(fmt_decls(&iface), fmt_decls(&sscan));
    }
}
