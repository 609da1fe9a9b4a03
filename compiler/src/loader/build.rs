//! File selection as the go command does it (go/build): which `.go` files of a directory belong
//! to a build for the target, by name (`_test.go`, `_linux.go`, `_arm64.go`, `_linux_arm64.go`,
//! names starting with `_` or `.`) and by build constraints (`//go:build linux && amd64`, and
//! the older `// +build` lines when a file has no `//go:build`).

/// What a build is for: the operating system and architecture (Go's GOOS and GOARCH names),
/// extra tags (`-tags`) and whether `_test.go` files are part of it.
#[derive(Clone, Debug)]
pub struct BuildContext {
    pub goos: &'static str,
    pub goarch: &'static str,
    pub tags: Vec<String>,
    pub tests: bool,
}

/// Go's known operating systems and architectures (go/build's syslist.go, Go 1.19): a file
/// name's last `_` element selects the file only when it is one of these.
const KNOWN_OS: &[&str] = &[
    "aix",
    "android",
    "darwin",
    "dragonfly",
    "freebsd",
    "hurd",
    "illumos",
    "ios",
    "js",
    "linux",
    "nacl",
    "netbsd",
    "openbsd",
    "plan9",
    "solaris",
    "windows",
    "zos",
];
const KNOWN_ARCH: &[&str] = &[
    "386",
    "amd64",
    "amd64p32",
    "arm",
    "armbe",
    "arm64",
    "arm64be",
    "loong64",
    "mips",
    "mipsle",
    "mips64",
    "mips64le",
    "mips64p32",
    "mips64p32le",
    "ppc",
    "ppc64",
    "ppc64le",
    "riscv",
    "riscv64",
    "s390",
    "s390x",
    "sparc",
    "sparc64",
    "wasm",
];

impl BuildContext {
    /// The context for a target triple (None: the host).
    pub fn for_target(triple: Option<&str>, tests: bool) -> BuildContext {
        let arm = match triple {
            Some(t) => t.starts_with("aarch64"),
            None => cfg!(target_arch = "aarch64"),
        };
        BuildContext {
            goos: "linux",
            goarch: if arm { "arm64" } else { "amd64" },
            tags: Vec::new(),
            tests,
        }
    }

    /// Whether a build tag holds: the OS, the architecture, `unix` (Linux is one), `gc`
    /// (deferc behaves as gc does: its output is gc's), the Go release tags up to go1.19 and
    /// the user's tags. `cgo` does not.
    pub fn tag(&self, tag: &str) -> bool {
        if tag == self.goos || tag == self.goarch || tag == "unix" || tag == "gc" {
            return true;
        }
        if let Some(minor) = tag.strip_prefix("go1.") {
            return minor.parse::<u32>().is_ok_and(|m| (1..=19).contains(&m));
        }
        self.tags.iter().any(|t| t == tag)
    }

    /// Whether a file name selects the file: not hidden (`_x.go`, `.x.go`), a `_test.go` file
    /// only for tests, and its `_GOOS`, `_GOARCH` or `_GOOS_GOARCH` suffix the target's.
    pub fn file_name_ok(&self, name: &str) -> bool {
        let Some(stem) = name.strip_suffix(".go") else {
            return false;
        };
        if name.starts_with('_') || name.starts_with('.') {
            return false;
        }
        let stem = match stem.strip_suffix("_test") {
            Some(s) => {
                if !self.tests {
                    return false;
                }
                s
            }
            None => stem,
        };
        let parts: Vec<&str> = stem.split('_').collect();
        let n = parts.len();
        if n >= 3 && KNOWN_OS.contains(&parts[n - 2]) && KNOWN_ARCH.contains(&parts[n - 1]) {
            return self.os_ok(parts[n - 2]) && parts[n - 1] == self.goarch;
        }
        if n >= 2 {
            let last = parts[n - 1];
            if KNOWN_OS.contains(&last) {
                return self.os_ok(last);
            }
            if KNOWN_ARCH.contains(&last) {
                return last == self.goarch;
            }
        }
        true
    }

    /// `_android.go` is not for linux (the android tag implies linux, not the other way).
    fn os_ok(&self, os: &str) -> bool {
        os == self.goos
    }

    /// Whether a file's build constraints hold: its `//go:build` line, or else all of its
    /// `// +build` lines. Constraints are only read in the file's header: the comments and
    /// blank lines before the package clause. Err is a malformed expression.
    pub fn constraints_ok(&self, text: &[u8]) -> Result<bool, String> {
        let mut go_build: Option<String> = None;
        let mut plus: Vec<String> = Vec::new();
        let mut in_block = false;
        for line in text.split(|&b| b == b'\n') {
            let line = String::from_utf8_lossy(line);
            let t = line.trim();
            if in_block {
                if let Some((_, rest)) = t.split_once("*/") {
                    in_block = false;
                    if !rest.trim().is_empty() {
                        break;
                    }
                }
                continue;
            }
            if t.is_empty() {
                continue;
            }
            if let Some(c) = t.strip_prefix("//") {
                if let Some(e) = c.strip_prefix("go:build") {
                    if e.is_empty() || e.starts_with([' ', '\t']) {
                        if go_build.is_some() {
                            return Err("multiple //go:build comments".into());
                        }
                        go_build = Some(e.trim().to_string());
                    }
                } else if let Some(e) = c.trim_start().strip_prefix("+build") {
                    if e.is_empty() || e.starts_with([' ', '\t']) {
                        plus.push(e.trim().to_string());
                    }
                }
                continue;
            }
            if let Some(rest) = t.strip_prefix("/*") {
                if !rest.contains("*/") {
                    in_block = true;
                }
                continue;
            }
            break;
        }
        if let Some(e) = go_build {
            let mut p = ExprParser {
                toks: tokenize(&e)?,
                pos: 0,
                ctx: self,
            };
            let v = p.or()?;
            if p.pos != p.toks.len() {
                return Err(format!("unexpected {} in //go:build", p.toks[p.pos]));
            }
            return Ok(v);
        }
        // `// +build a,b !c`: a line holds when one of its space-separated options does, an
        // option when all of its comma-separated terms do; every line must hold.
        Ok(plus.iter().all(|line| {
            line.split_whitespace().any(|opt| {
                opt.split(',').all(|term| match term.strip_prefix('!') {
                    Some(t) => !self.tag(t),
                    None => self.tag(term),
                })
            })
        }))
    }
}

fn tokenize(e: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let b = e.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' || c == b'\t' {
            i += 1;
        } else if c == b'(' || c == b')' || c == b'!' {
            out.push((c as char).to_string());
            i += 1;
        } else if b[i..].starts_with(b"&&") || b[i..].starts_with(b"||") {
            out.push(e[i..i + 2].to_string());
            i += 2;
        } else if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' {
            let s = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                i += 1;
            }
            out.push(e[s..i].to_string());
        } else {
            return Err(format!("invalid //go:build expression: {}", e));
        }
    }
    Ok(out)
}

/// `//go:build` expressions: `||` binds loosest, then `&&`, then `!`, with parentheses.
struct ExprParser<'a> {
    toks: Vec<String>,
    pos: usize,
    ctx: &'a BuildContext,
}

impl ExprParser<'_> {
    fn peek(&self) -> Option<&str> {
        self.toks.get(self.pos).map(String::as_str)
    }
    fn or(&mut self) -> Result<bool, String> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.pos += 1;
            let r = self.and()?;
            v = v || r;
        }
        Ok(v)
    }
    fn and(&mut self) -> Result<bool, String> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.pos += 1;
            let r = self.not()?;
            v = v && r;
        }
        Ok(v)
    }
    fn not(&mut self) -> Result<bool, String> {
        match self.peek() {
            Some("!") => {
                self.pos += 1;
                Ok(!self.not()?)
            }
            Some("(") => {
                self.pos += 1;
                let v = self.or()?;
                if self.peek() != Some(")") {
                    return Err("missing ) in //go:build expression".into());
                }
                self.pos += 1;
                Ok(v)
            }
            Some(t) if t != ")" && t != "&&" && t != "||" => {
                let v = self.ctx.tag(t);
                self.pos += 1;
                Ok(v)
            }
            _ => Err("invalid //go:build expression".into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::BuildContext;

    fn ctx(arch: &'static str) -> BuildContext {
        BuildContext {
            goos: "linux",
            goarch: arch,
            tags: vec!["extra".into()],
            tests: false,
        }
    }

    #[test]
    fn file_names() {
        let c = ctx("amd64");
        assert!(c.file_name_ok("a.go"));
        assert!(c.file_name_ok("a_linux.go"));
        assert!(c.file_name_ok("a_amd64.go"));
        assert!(c.file_name_ok("a_linux_amd64.go"));
        assert!(c.file_name_ok("linux.go"));
        assert!(c.file_name_ok("my_file.go"));
        assert!(!c.file_name_ok("a_arm64.go"));
        assert!(!c.file_name_ok("a_windows.go"));
        assert!(!c.file_name_ok("a_linux_arm64.go"));
        assert!(!c.file_name_ok("a_test.go"));
        assert!(!c.file_name_ok("_a.go"));
        assert!(!c.file_name_ok(".a.go"));
        assert!(!c.file_name_ok("a.txt"));
        assert!(ctx("arm64").file_name_ok("a_linux_arm64.go"));
        let t = BuildContext {
            tests: true,
            ..ctx("amd64")
        };
        assert!(t.file_name_ok("a_test.go") && !t.file_name_ok("a_windows_test.go"));
    }

    #[test]
    fn constraints() {
        let c = ctx("amd64");
        let ok = |s: &str| c.constraints_ok(s.as_bytes()).unwrap();
        assert!(ok("package p\n"));
        assert!(ok("//go:build linux && amd64\n\npackage p\n"));
        assert!(!ok("//go:build linux && arm64\n\npackage p\n"));
        assert!(ok("//go:build !windows\n\npackage p\n"));
        assert!(ok("//go:build (darwin || linux) && !cgo\n\npackage p\n"));
        assert!(ok("// Copyright\n\n//go:build go1.18\n\npackage p\n"));
        assert!(!ok("//go:build go1.20\n\npackage p\n"));
        assert!(ok("//go:build extra\n\npackage p\n"));
        assert!(!ok("//go:build ignore\n\npackage p\n"));
        assert!(ok("// +build linux darwin\n\npackage p\n"));
        assert!(!ok("// +build windows\n\npackage p\n"));
        assert!(!ok("// +build linux\n// +build arm64\n\npackage p\n"));
        assert!(ok("// +build linux,amd64 windows\n\npackage p\n"));
        // The go:build line wins over +build lines.
        assert!(ok("//go:build linux\n// +build windows\n\npackage p\n"));
        // Only the header counts.
        assert!(ok("package p\n//go:build windows\n"));
        assert!(c
            .constraints_ok(b"//go:build linux &&\n\npackage p\n")
            .is_err());
    }
}
