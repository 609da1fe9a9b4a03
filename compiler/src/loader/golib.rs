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

use std::borrow::Cow;
use std::collections::HashSet;

use crate::diag::{Diags, Source};
use crate::syntax::ast::{File, Import, LibPackage};

/// A library package written in Go: its import path and its files.
pub struct GoPackage {
    pub path: &'static str,
    pub files: &'static [GoFile],
}

/// One file of a library package. A file with `needs` is optional: it is joined only when one
/// of those words (the names it declares that other files may use) occurs as a whole word in
/// the program or in a library file already joined, so that a program importing math for
/// Sqrt does not parse and check the Bessel functions. Sound because Go code can only refer to
/// a name by spelling it (deferc has no dot imports and no reflection); a false match only
/// costs time. A file another file always needs must have no `needs`.
pub struct GoFile {
    pub name: &'static str,
    pub text: &'static str,
    pub needs: &'static [&'static str],
}

macro_rules! golib {
    ($($path:literal => [$($file:literal $(if [$($need:literal),* $(,)?])?),* $(,)?];)*) => {
        pub const PACKAGES: &[GoPackage] = &[
            $(GoPackage {
                path: $path,
                files: &[$(GoFile {
                    name: $file,
                    text: include_str!(concat!("../../golib/", $path, "/", $file)),
                    needs: &[$($($need),*)?],
                }),*],
            }),*
        ];
    };
}

golib! {
    "bufio" => ["bufio.go", "scan.go"];
    "bytes" => [
        "bytes.go",
        "split.go" if ["Split", "SplitN", "SplitAfter", "SplitAfterN", "Fields", "FieldsFunc", "Join"],
        "map.go" if ["Map", "Repeat", "ToUpper", "ToLower", "ToValidUTF8", "Runes", "Replace", "ReplaceAll"],
        "trim.go" if [
            "Trim", "TrimLeft", "TrimRight", "TrimFunc", "TrimLeftFunc", "TrimRightFunc", "TrimPrefix",
            "TrimSuffix", "TrimSpace",
        ],
        "buffer.go" if ["Buffer", "NewBuffer", "NewBufferString", "MinRead", "ErrTooLarge"],
        "reader.go" if ["Reader", "NewReader"],
        "unicode.go" if ["Title", "ToTitle", "ToUpperSpecial", "ToLowerSpecial", "ToTitleSpecial"],
    ];
    "container/heap" => ["heap.go"];
    "container/list" => ["list.go"];
    "container/ring" => ["ring.go"];
    "errors" => ["errors.go"];
    "fmt" => ["fmt.go"];
    "internal/oserror" => ["oserror.go"];
    "io" => ["io.go"];
    "io/fs" => ["fs.go"];
    "math" => [
        "math.go",
        "exp.go" if ["Exp2", "Expm1", "Log1p", "Pow10"],
        "trig.go" if ["Asin", "Acos", "Atan", "Atan2", "Sinh", "Cosh", "Tanh", "Asinh", "Acosh", "Atanh"],
        "special.go" if ["Erf", "Erfc", "Erfinv", "Erfcinv", "Gamma", "Lgamma"],
        "bessel.go" if ["J0", "J1", "Jn", "Y0", "Y1", "Yn"],
    ];
    "math/bits" => ["bits.go"];
    "math/rand" => ["rand.go", "dist.go" if ["NormFloat64", "ExpFloat64", "NewZipf", "Zipf"]];
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
    "text/tabwriter" => ["tabwriter.go"];
    "time" => ["time.go"];
    "unicode/utf8" => ["utf8.go"];
}

/// The Go-source package with this import path.
pub fn package(path: &str) -> Option<&'static GoPackage> {
    PACKAGES.iter().find(|p| p.path == path)
}

/// The identifiers of the texts seen so far (the program and the joined library files),
/// tokenized only when an optional file's fate is asked: most programs import no package
/// with optional files and never pay for the scan.
struct Words {
    set: HashSet<Vec<u8>>,
    pending: Vec<Cow<'static, [u8]>>,
}

impl Words {
    fn contains(&mut self, w: &str) -> bool {
        for text in self.pending.drain(..) {
            words(&text, &mut self.set);
        }
        self.set.contains(w.as_bytes())
    }
}

/// The identifiers of Go source `text`: maximal runs of letters, digits, `_` and non-ASCII
/// bytes outside comments and string and rune literals (names there refer to nothing).
fn words(text: &[u8], into: &mut HashSet<Vec<u8>>) {
    let is_word = |c: u8| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
    let mut i = 0;
    while i < text.len() {
        let c = text[i];
        if c == b'/' && text.get(i + 1) == Some(&b'/') {
            while i < text.len() && text[i] != b'\n' {
                i += 1;
            }
        } else if c == b'/' && text.get(i + 1) == Some(&b'*') {
            i += 2;
            while i < text.len() && !(text[i] == b'*' && text.get(i + 1) == Some(&b'/')) {
                i += 1;
            }
            i += 2;
        } else if c == b'"' || c == b'\'' || c == b'`' {
            i += 1;
            while i < text.len() && text[i] != c && (c == b'`' || text[i] != b'\n') {
                if text[i] == b'\\' && c != b'`' {
                    i += 1;
                }
                i += 1;
            }
            i += 1;
        } else if is_word(c) {
            let start = i;
            while i < text.len() && is_word(text[i]) {
                i += 1;
            }
            if !c.is_ascii_digit() && !into.contains(&text[start..i]) {
                into.insert(text[start..i].to_vec());
            }
        } else {
            i += 1;
        }
    }
}

/// Join every Go-source package the program imports (and those they import) to `file`,
/// registering their files with `src`; optional files (GoFile::needs) only when needed.
/// Errors in a library file are reported at their place in it (they are deferc bugs, not the
/// user's).
pub fn join(file: &mut File, src: &mut Source, diags: &mut Diags) {
    struct Joined {
        pkg: &'static GoPackage,
        /// The parsed file of each of pkg.files that is joined.
        parsed: Vec<Option<File>>,
        /// Which of pkg.files are decided (joined, or failed to parse).
        done: Vec<bool>,
    }
    let mut queue: Vec<String> = file.imports.iter().map(|i| i.path.clone()).collect();
    let mut seen: Vec<String> = Vec::new();
    let mut joined: Vec<Joined> = Vec::new();
    let mut names = Words {
        set: HashSet::new(),
        pending: vec![Cow::Owned(src.raw.clone())],
    };
    // Parse one file of a joined package, noting its imports and its words.
    let mut parse = |j: &mut Joined,
                     i: usize,
                     file: &mut File,
                     src: &mut Source,
                     names: &mut Words,
                     queue: &mut Vec<String>| {
        let f = &j.pkg.files[i];
        j.done[i] = true;
        let base = src.add_lib(&format!("$DEFERC/golib/{}/{}", j.pkg.path, f.name), f.text);
        let Some(parsed) = crate::syntax::parser::parse_bytes_here_at(
            f.text.as_bytes(),
            base,
            file.node_count,
            diags,
        ) else {
            return;
        };
        file.node_count = parsed.node_count;
        names.pending.push(Cow::Borrowed(f.text.as_bytes()));
        queue.extend(parsed.imports.iter().map(|i| i.path.clone()));
        j.parsed[i] = Some(parsed);
    };
    loop {
        while let Some(path) = queue.pop() {
            if seen.contains(&path) {
                continue;
            }
            seen.push(path.clone());
            let Some(pkg) = package(&path) else {
                continue;
            };
            let n = pkg.files.len();
            let mut j = Joined {
                pkg,
                parsed: (0..n).map(|_| None).collect(),
                done: vec![false; n],
            };
            for i in 0..n {
                if pkg.files[i].needs.is_empty() {
                    parse(&mut j, i, file, src, &mut names, &mut queue);
                }
            }
            joined.push(j);
        }
        // Optional files whose names occur somewhere by now; their own words and imports may
        // call for more, so go round until nothing changes.
        let mut more = false;
        for j in &mut joined {
            for i in 0..j.pkg.files.len() {
                if j.done[i] {
                    continue;
                }
                let needed = j.pkg.files[i].needs.iter().any(|w| names.contains(w));
                if needed {
                    parse(j, i, file, src, &mut names, &mut queue);
                    more = true;
                }
            }
        }
        if !more && queue.is_empty() {
            break;
        }
    }
    for j in joined {
        let path = j.pkg.path.to_string();
        let name = path.rsplit('/').next().unwrap_or(&path).to_string();
        let first = file.decls.len();
        let mut imports = Vec::new();
        for f in j.parsed.into_iter().flatten() {
            if f.package.name != name {
                diags.error(
                    f.package.span,
                    format!("library file declares package {}", f.package.name),
                );
            }
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
            path,
            name,
            imports,
            decls: first..file.decls.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ws(text: &str) -> Vec<String> {
        let mut set = HashSet::new();
        words(text.as_bytes(), &mut set);
        let mut v: Vec<String> = set
            .into_iter()
            .map(|w| String::from_utf8(w).unwrap())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn words_skip_comments_and_literals() {
        assert_eq!(
            ws("x := math.J0(y) // Gamma\n/* Erf */ s := \"Jn \\\" Yn\" + `Y0` + 'a' + '\\''; z2 := 1e10 + 0x1F"),
            ["J0", "math", "s", "x", "y", "z2"]
        );
        assert_eq!(ws("\"unterminated\nErf"), ["Erf"]);
        assert_eq!(ws("héllo wörld_2"), ["héllo", "wörld_2"]);
    }
}
