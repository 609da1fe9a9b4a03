//! Diagnostics: `file.go:LINE:COL: message`, the source line, and a caret under the column.
//!
//! Columns count bytes from 1, as Go's compiler does. Every phase pushes into one `Diags` so a
//! run reports several errors at once; the driver stops after the first phase that reported any.

/// Byte offsets `[lo, hi)` into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub lo: u32,
    pub hi: u32,
}

impl Span {
    pub fn new(lo: u32, hi: u32) -> Span {
        Span { lo, hi }
    }
    pub fn to(self, other: Span) -> Span {
        Span {
            lo: self.lo.min(other.lo),
            hi: self.hi.max(other.hi),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    pub span: Span,
    pub msg: String,
}

#[derive(Default, Debug)]
pub struct Diags {
    pub list: Vec<Diag>,
}

/// Go's compiler stops after 10 errors ("too many errors"); so do we.
pub const MAX_ERRORS: usize = 10;

impl Diags {
    pub fn error(&mut self, span: Span, msg: impl Into<String>) {
        let msg = msg.into();
        // One report per position and message: cascades from one mistake stay quiet.
        if self
            .list
            .iter()
            .any(|d| d.span.lo == span.lo && d.msg == msg)
        {
            return;
        }
        self.list.push(Diag { span, msg });
    }
    pub fn unsupported(&mut self, span: Span, what: impl AsRef<str>) {
        self.error(span, format!("unsupported: {}", what.as_ref()));
    }
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
    /// A position inside a message (`cannot infer T (prog.go:3:10)`): a marker that
    /// `Source::render` replaces with the file:line:col of `span`'s start.
    pub fn position_string(&self, span: Span) -> String {
        format!("\u{1}{}\u{1}", span.lo)
    }
    pub fn len(&self) -> usize {
        self.list.len()
    }
}

/// A source file: its name as the user gave it and its text.
pub struct Source {
    pub name: String,
    /// The text for display: every byte that is not valid UTF-8 shows as one '?', so byte
    /// offsets into `raw` are offsets into `text` too.
    pub text: String,
    /// The file's bytes as read (what the lexer sees).
    pub raw: Vec<u8>,
    line_starts: Vec<u32>,
    /// Library package files joined to the program (check::golib), each with the position of
    /// its first byte: their spans start where the previous file's end, so one `Span` type
    /// covers every file and positions never collide.
    pub libs: Vec<(u32, Source)>,
}

impl Source {
    pub fn from_bytes(name: impl Into<String>, raw: Vec<u8>) -> Source {
        let mut text = String::with_capacity(raw.len());
        for chunk in raw.utf8_chunks() {
            text.push_str(chunk.valid());
            for _ in chunk.invalid() {
                text.push('?');
            }
        }
        let mut s = Source::new(name, text);
        s.raw = raw;
        s
    }

    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Source {
        let text: String = text.into();
        let raw = text.as_bytes().to_vec();
        let mut line_starts = vec![0u32];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        Source {
            name: name.into(),
            text,
            raw,
            line_starts,
            libs: Vec::new(),
        }
    }

    /// The position the next joined file starts at.
    pub fn end(&self) -> u32 {
        match self.libs.last() {
            Some((b, s)) => b + s.text.len() as u32 + 1,
            None => self.text.len() as u32 + 1,
        }
    }

    /// Join a library file; returns the position of its first byte.
    pub fn add_lib(&mut self, name: &str, text: &str) -> u32 {
        let base = self.end();
        self.libs.push((base, Source::new(name, text)));
        base
    }

    /// Join another source file of the program (a package's second file, another package's
    /// file), read as bytes; returns the position of its first byte.
    pub fn add_file(&mut self, name: &str, raw: Vec<u8>) -> u32 {
        let base = self.end();
        self.libs.push((base, Source::from_bytes(name, raw)));
        base
    }

    /// The file holding position `off`, and `off` relative to it.
    pub fn file_of(&self, off: u32) -> (&Source, u32) {
        for (b, s) in self.libs.iter().rev() {
            if off >= *b {
                return (s, off - b);
            }
        }
        (self, off)
    }

    /// The name of the file holding position `off`.
    pub fn name_at(&self, off: u32) -> &str {
        &self.file_of(off).0.name
    }

    /// 1-based line and byte column of an offset.
    pub fn line_col(&self, off: u32) -> (u32, u32) {
        if !self.libs.is_empty() {
            let (f, o) = self.file_of(off);
            if !std::ptr::eq(f, self) {
                return f.line_col(o);
            }
        }
        let off = off.min(self.text.len() as u32);
        let line = match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        (line as u32 + 1, off - self.line_starts[line] + 1)
    }

    pub fn line_text(&self, line: u32) -> &str {
        let i = (line - 1) as usize;
        let start = self.line_starts[i] as usize;
        let end = self
            .line_starts
            .get(i + 1)
            .map(|&e| e as usize - 1)
            .unwrap_or(self.text.len());
        self.text[start..end.max(start)].trim_end_matches('\r')
    }

    pub fn position(&self, span: Span) -> String {
        let (l, c) = self.line_col(span.lo);
        format!("{}:{}:{}", self.name_at(span.lo), l, c)
    }

    /// A message with Diags::position_string's markers replaced by positions.
    fn expand_positions(&self, msg: &str) -> String {
        let mut parts = msg.split('\u{1}');
        let mut out = parts.next().unwrap_or("").to_string();
        while let Some(lo) = parts.next() {
            match lo.parse::<u32>() {
                Ok(lo) => {
                    let (f, off) = self.file_of(lo);
                    let (l, c) = f.line_col(off);
                    out.push_str(&format!("{}:{}:{}", f.name, l, c));
                }
                Err(_) => out.push_str(lo),
            }
            out.push_str(parts.next().unwrap_or(""));
        }
        out
    }

    /// Render diagnostics sorted by position, at most MAX_ERRORS of them.
    pub fn render(&self, diags: &Diags) -> String {
        let mut list = diags.list.clone();
        // A program that uses Go outside the subset is reported by its unsupported constructs
        // alone, the first first: what deferc did not understand (a use of package reflect,
        // a complex number) may well cause other errors that valid Go does not have ("imported
        // and not used" by that code), and those must not come before the real reason.
        if list.iter().any(|d| d.msg.starts_with("unsupported: ")) {
            list.retain(|d| d.msg.starts_with("unsupported: "));
        }
        list.sort_by_key(|d| d.span.lo);
        let mut out = String::new();
        for d in list.iter().take(MAX_ERRORS) {
            let (f, off) = self.file_of(d.span.lo);
            let (l, c) = f.line_col(off);
            out.push_str(&format!(
                "{}:{}:{}: {}\n",
                f.name,
                l,
                c,
                self.expand_positions(&d.msg)
            ));
            let text = f.line_text(l);
            // Keep tabs so the caret lines up under the same indentation.
            let pad: String = text
                .bytes()
                .take((c - 1) as usize)
                .map(|b| if b == b'\t' { '\t' } else { ' ' })
                .collect();
            if text.len() <= 300 {
                out.push_str(&format!("    {}\n    {}^\n", text, pad));
            }
        }
        if list.len() > MAX_ERRORS {
            let (f, off) = self.file_of(list[MAX_ERRORS].span.lo);
            let (l, c) = f.line_col(off);
            out.push_str(&format!("{}:{}:{}: too many errors\n", f.name, l, c));
        }
        out
    }
}
