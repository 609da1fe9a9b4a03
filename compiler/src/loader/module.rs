//! Modules: the main module's go.mod (its path, go directive, requirements and local
//! replacements) and where the directory of an imported package is: in the main module, in
//! vendor/, in a `replace` directory, or in the module cache (GOMODCACHE, else
//! GOPATH/pkg/mod, else ~/go/pkg/mod). deferc never downloads: a module that is not on disk is
//! an error naming it.

use std::path::{Path, PathBuf};

/// The main module: the directory of its go.mod and what the file says.
#[derive(Clone, Debug)]
pub struct Module {
    pub root: PathBuf,
    pub path: String,
    pub go: Option<String>,
    /// `require path version`, in the file's order.
    pub requires: Vec<(String, String)>,
    /// `replace path [version] => target [version]`: a target starting with `./`, `../` or `/`
    /// is a directory, anything else another module (path, version).
    pub replaces: Vec<(String, Replacement)>,
}

#[derive(Clone, Debug)]
pub enum Replacement {
    Dir(PathBuf),
    Module(String, String),
}

/// The go.mod governing `dir`: the nearest one in `dir` or a parent. Err is a go.mod that
/// cannot be read or parsed.
pub fn find(dir: &Path) -> Result<Option<Module>, String> {
    let mut d = Some(dir);
    while let Some(cur) = d {
        let gomod = cur.join("go.mod");
        if gomod.is_file() {
            let text = std::fs::read_to_string(&gomod)
                .map_err(|e| format!("go: reading {}: {}", gomod.display(), e))?;
            return parse(cur, &text, &gomod.display().to_string()).map(Some);
        }
        d = cur.parent();
    }
    Ok(None)
}

/// A go.mod's text: the directives deferc needs (`exclude` and `retract` are read and ignored,
/// as they only matter when choosing versions, which deferc never does).
pub fn parse(root: &Path, text: &str, name: &str) -> Result<Module, String> {
    let mut m = Module {
        root: root.to_path_buf(),
        path: String::new(),
        go: None,
        requires: Vec::new(),
        replaces: Vec::new(),
    };
    let mut block: Option<String> = None;
    for (i, raw) in text.lines().enumerate() {
        let line = match raw.find("//") {
            Some(c) => &raw[..c],
            None => raw,
        }
        .trim();
        if line.is_empty() {
            continue;
        }
        let err = |msg: &str| format!("go: errors parsing go.mod:\n{}:{}: {}", name, i + 1, msg);
        let (verb, rest) = match &block {
            Some(b) => {
                if line == ")" {
                    block = None;
                    continue;
                }
                (b.clone(), line.to_string())
            }
            None => {
                let (v, r) = line.split_once([' ', '\t']).unwrap_or((line, ""));
                let r = r.trim();
                if r == "(" {
                    block = Some(v.to_string());
                    continue;
                }
                (v.to_string(), r.to_string())
            }
        };
        let words: Vec<String> = rest.split_whitespace().map(unquote).collect();
        match verb.as_str() {
            "module" => {
                let Some(p) = words.first() else {
                    return Err(err("usage: module module/path"));
                };
                m.path = p.clone();
            }
            "go" => m.go = words.first().cloned(),
            "require" => {
                if words.len() != 2 {
                    return Err(err("usage: require module/path v1.2.3"));
                }
                m.requires.push((words[0].clone(), words[1].clone()));
            }
            "replace" => {
                let Some(arrow) = words.iter().position(|w| w == "=>") else {
                    return Err(err(
                        "usage: replace module/path [v1.2.3] => other/module v1.4",
                    ));
                };
                let (Some(from), Some(to)) = (words.first(), words.get(arrow + 1)) else {
                    return Err(err(
                        "usage: replace module/path [v1.2.3] => other/module v1.4",
                    ));
                };
                let r = if to.starts_with("./") || to.starts_with("../") || to.starts_with('/') {
                    Replacement::Dir(root.join(to))
                } else {
                    let v = words.get(arrow + 2).cloned().unwrap_or_default();
                    Replacement::Module(to.clone(), v)
                };
                m.replaces.push((from.clone(), r));
            }
            "exclude" | "retract" | "toolchain" => {}
            v => return Err(err(&format!("unknown directive: {}", v))),
        }
    }
    if m.path.is_empty() {
        return Err(format!(
            "go: error reading {}: missing module declaration. To specify the module path:\n\tgo mod edit -module=example.com/mod",
            name
        ));
    }
    Ok(m)
}

fn unquote(w: &str) -> String {
    w.strip_prefix('"')
        .and_then(|w| w.strip_suffix('"'))
        .unwrap_or(w)
        .to_string()
}

/// Whether a go directive's version (`1.19`, `1.21.3`) is at least 1.`minor`.
fn go_at_least(v: &str, minor: u32) -> bool {
    let mut parts = v.split('.');
    let major = parts
        .next()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(1);
    let m = parts
        .next()
        .and_then(|p| p.parse::<u32>().ok())
        .unwrap_or(0);
    major > 1 || m >= minor
}

/// Whether `path` is `prefix` or below it (`a/b` is below `a`, `ab` is not).
pub fn has_path_prefix(path: &str, prefix: &str) -> bool {
    path == prefix || (path.starts_with(prefix) && path.as_bytes().get(prefix.len()) == Some(&b'/'))
}

/// Whether an import path names a standard-library package: Go's rule, no dot in its first
/// element.
pub fn is_std(path: &str) -> bool {
    let first = path.split('/').next().unwrap_or("");
    !first.contains('.')
}

/// The module cache: GOMODCACHE, else the first GOPATH entry's pkg/mod, else ~/go/pkg/mod.
pub fn mod_cache() -> Option<PathBuf> {
    if let Some(d) = std::env::var_os("GOMODCACHE").filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(d));
    }
    if let Some(gp) = std::env::var_os("GOPATH").filter(|d| !d.is_empty()) {
        if let Some(first) = std::env::split_paths(&gp).next() {
            return Some(first.join("pkg").join("mod"));
        }
    }
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join("go").join("pkg").join("mod"))
}

/// A module path or version as the module cache spells it: every upper-case letter becomes
/// `!` and its lower case (Go's module.EscapePath), so that case-insensitive file systems keep
/// `github.com/Azure` and `github.com/azure` apart.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_uppercase() {
            out.push('!');
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

impl Module {
    /// The directory of the non-standard package `path`, or the error to report at the import.
    pub fn package_dir(&self, path: &str) -> Result<PathBuf, String> {
        if has_path_prefix(path, &self.path) {
            let rel = path[self.path.len()..].trim_start_matches('/');
            return Ok(self.root.join(rel));
        }
        // The required module providing the package: the longest path prefix.
        let req = self
            .requires
            .iter()
            .filter(|(m, _)| has_path_prefix(path, m))
            .max_by_key(|(m, _)| m.len());
        let repl = self
            .replaces
            .iter()
            .filter(|(m, _)| has_path_prefix(path, m))
            .max_by_key(|(m, _)| m.len());
        let Some((modpath, version)) = req else {
            return Err(format!(
                "no required module provides package {}; to add it:\n\tgo get {}",
                path, path
            ));
        };
        // With a vendor directory (go 1.14 and later), every package of another module comes
        // from it, replaced ones too (`go mod vendor` copies them).
        let vendor = self.root.join("vendor");
        if vendor.is_dir() && self.go.as_deref().is_none_or(|g| go_at_least(g, 14)) {
            let d = vendor.join(path);
            if d.is_dir() {
                return Ok(d);
            }
            return Err(format!(
                "cannot find package {} in vendor/: run `go mod vendor`",
                path
            ));
        }
        if let Some((m, Replacement::Dir(d))) = repl {
            let rel = path[m.len()..].trim_start_matches('/');
            return Ok(d.join(rel));
        }
        let rel = path[modpath.len()..].trim_start_matches('/');
        let (cmod, cver) = match repl {
            Some((_, Replacement::Module(to, v))) => (to.as_str(), v.as_str()),
            _ => (modpath.as_str(), version.as_str()),
        };
        let Some(cache) = mod_cache() else {
            return Err(format!(
                "module {}@{} is not in the module cache (no GOMODCACHE, GOPATH or HOME); deferc does not download modules",
                cmod, cver
            ));
        };
        let dir = cache.join(format!("{}@{}", escape(cmod), escape(cver)));
        if !dir.is_dir() {
            return Err(format!(
                "module {}@{} providing package {} is not in vendor/ or the module cache ({}); deferc does not download modules: run `go mod download {}`",
                cmod,
                cver,
                path,
                cache.display(),
                cmod
            ));
        }
        Ok(dir.join(rel))
    }

    /// The import path of a directory inside the main module.
    pub fn import_path_of(&self, dir: &Path) -> Option<String> {
        let rel = dir.strip_prefix(&self.root).ok()?;
        if rel.components().any(|c| c.as_os_str() == "vendor") {
            return None;
        }
        let rel = rel.to_string_lossy().replace('\\', "/");
        Some(if rel.is_empty() {
            self.path.clone()
        } else {
            format!("{}/{}", self.path, rel)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_go_mod() {
        let m = parse(
            Path::new("/r"),
            "// comment\nmodule example.com/app\n\ngo 1.19\n\nrequire (\n\tgithub.com/A/b v1.2.3 // indirect\n\tx.org/y v0.1.0\n)\nrequire z.io/q v2.0.0\nreplace x.org/y => ../y\nexclude x.org/y v0.0.1\n",
            "go.mod",
        )
        .unwrap();
        assert_eq!(m.path, "example.com/app");
        assert_eq!(m.go.as_deref(), Some("1.19"));
        assert_eq!(m.requires.len(), 3);
        assert_eq!(m.requires[0], ("github.com/A/b".into(), "v1.2.3".into()));
        assert!(matches!(&m.replaces[0].1, Replacement::Dir(d) if d == Path::new("/r/../y")));
        assert_eq!(
            m.package_dir("example.com/app/internal/store").unwrap(),
            Path::new("/r/internal/store")
        );
        assert_eq!(
            m.package_dir("x.org/y/sub").unwrap(),
            Path::new("/r/../y/sub")
        );
        assert!(m
            .package_dir("other.org/p")
            .unwrap_err()
            .contains("no required module provides package other.org/p"));
        assert!(parse(Path::new("/r"), "go 1.19\n", "go.mod").is_err());
        assert!(parse(Path::new("/r"), "module m\nfrobnicate x\n", "go.mod").is_err());
    }

    #[test]
    fn finds_modules_in_the_cache() {
        let tmp = std::env::temp_dir().join(format!("deferc-modcache-{}", std::process::id()));
        let pkg = tmp.join("cache/example.org/!big@v1.0.0/sub");
        std::fs::create_dir_all(&pkg).unwrap();
        std::env::set_var("GOMODCACHE", tmp.join("cache"));
        let m = parse(
            &tmp.join("app"),
            "module app\ngo 1.19\nrequire example.org/Big v1.0.0\nrequire example.org/gone v1.0.0\n",
            "go.mod",
        )
        .unwrap();
        assert_eq!(m.package_dir("example.org/Big/sub").unwrap(), pkg);
        let e = m.package_dir("example.org/gone/x").unwrap_err();
        assert!(e.contains("module example.org/gone@v1.0.0"), "{e}");
        assert!(e.contains("does not download"), "{e}");
        let _ = std::fs::remove_dir_all(&tmp);
    }

    #[test]
    fn escapes_and_prefixes() {
        assert_eq!(escape("github.com/Azure/go"), "github.com/!azure/go");
        assert!(has_path_prefix("a/b/c", "a/b") && has_path_prefix("a/b", "a/b"));
        assert!(!has_path_prefix("a/bc", "a/b"));
        assert!(is_std("fmt") && is_std("math/rand") && !is_std("example.com/x"));
    }
}
