//! The lexer: Go source bytes to tokens, with Go's automatic semicolon insertion.
//!
//! It follows the scanner of Go 1.19's gc compiler (cmd/compile/internal/syntax) closely so
//! that error messages, their positions, and which tokens exist (e.g. `op=` and `opop` as
//! classes) match what `go build` reports. Differences from gc: positions are byte offsets,
//! literal values are decoded here (runes to code points, strings to bytes), and the only
//! directive recorded is `//go:noinline`.
//!
//! Bytes gc skips after complaining (NUL, invalid UTF-8, a BOM past the start) are skipped here
//! too, so the token stream after such an error is the one gc would see.

use crate::syntax::ast::{BinOp, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Tok {
    Eof,
    Name,
    Literal,
    /// A unary or binary operator; `op` and `prec` say which.
    Operator,
    /// `op=`, e.g. `+=`, `<<=`.
    AssignOp,
    /// `++` or `--` (`op` is Add or Sub).
    IncOp,
    Assign,
    Define,
    Arrow,
    /// `*` is its own token: it is both a binary operator and the pointer/dereference prefix.
    Star,
    Lparen,
    Lbrack,
    Lbrace,
    Rparen,
    Rbrack,
    Rbrace,
    Comma,
    Semi,
    Colon,
    Dot,
    DotDotDot,
    Break,
    Case,
    Chan,
    Const,
    Continue,
    Default,
    Defer,
    Else,
    Fallthrough,
    For,
    Func,
    Go,
    Goto,
    If,
    Import,
    Interface,
    Map,
    Package,
    Range,
    Return,
    Select,
    Struct,
    Switch,
    Type,
    Var,
}

impl Tok {
    /// gc's token names, as they appear in "unexpected X" messages.
    pub fn as_str(self) -> &'static str {
        match self {
            Tok::Eof => "EOF",
            Tok::Name => "name",
            Tok::Literal => "literal",
            Tok::Operator => "op",
            Tok::AssignOp => "op=",
            Tok::IncOp => "opop",
            Tok::Assign => "=",
            Tok::Define => ":=",
            Tok::Arrow => "<-",
            Tok::Star => "*",
            Tok::Lparen => "(",
            Tok::Lbrack => "[",
            Tok::Lbrace => "{",
            Tok::Rparen => ")",
            Tok::Rbrack => "]",
            Tok::Rbrace => "}",
            Tok::Comma => ",",
            Tok::Semi => ";",
            Tok::Colon => ":",
            Tok::Dot => ".",
            Tok::DotDotDot => "...",
            Tok::Break => "break",
            Tok::Case => "case",
            Tok::Chan => "chan",
            Tok::Const => "const",
            Tok::Continue => "continue",
            Tok::Default => "default",
            Tok::Defer => "defer",
            Tok::Else => "else",
            Tok::Fallthrough => "fallthrough",
            Tok::For => "for",
            Tok::Func => "func",
            Tok::Go => "go",
            Tok::Goto => "goto",
            Tok::If => "if",
            Tok::Import => "import",
            Tok::Interface => "interface",
            Tok::Map => "map",
            Tok::Package => "package",
            Tok::Range => "range",
            Tok::Return => "return",
            Tok::Select => "select",
            Tok::Struct => "struct",
            Tok::Switch => "switch",
            Tok::Type => "type",
            Tok::Var => "var",
        }
    }
}

fn keyword(s: &[u8]) -> Option<Tok> {
    Some(match s {
        b"break" => Tok::Break,
        b"case" => Tok::Case,
        b"chan" => Tok::Chan,
        b"const" => Tok::Const,
        b"continue" => Tok::Continue,
        b"default" => Tok::Default,
        b"defer" => Tok::Defer,
        b"else" => Tok::Else,
        b"fallthrough" => Tok::Fallthrough,
        b"for" => Tok::For,
        b"func" => Tok::Func,
        b"go" => Tok::Go,
        b"goto" => Tok::Goto,
        b"if" => Tok::If,
        b"import" => Tok::Import,
        b"interface" => Tok::Interface,
        b"map" => Tok::Map,
        b"package" => Tok::Package,
        b"range" => Tok::Range,
        b"return" => Tok::Return,
        b"select" => Tok::Select,
        b"struct" => Tok::Struct,
        b"switch" => Tok::Switch,
        b"type" => Tok::Type,
        b"var" => Tok::Var,
        _ => return None,
    })
}

/// Operators carried by `Operator`, `AssignOp`, `IncOp` and `Star` tokens.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Op {
    Not,
    Tilde,
    OrOr,
    AndAnd,
    Eql,
    Neq,
    Lss,
    Leq,
    Gtr,
    Geq,
    Add,
    Sub,
    Or,
    Xor,
    Mul,
    Div,
    Rem,
    And,
    AndNot,
    Shl,
    Shr,
}

impl Op {
    pub fn as_str(self) -> &'static str {
        match self {
            Op::Not => "!",
            Op::Tilde => "~",
            Op::OrOr => "||",
            Op::AndAnd => "&&",
            Op::Eql => "==",
            Op::Neq => "!=",
            Op::Lss => "<",
            Op::Leq => "<=",
            Op::Gtr => ">",
            Op::Geq => ">=",
            Op::Add => "+",
            Op::Sub => "-",
            Op::Or => "|",
            Op::Xor => "^",
            Op::Mul => "*",
            Op::Div => "/",
            Op::Rem => "%",
            Op::And => "&",
            Op::AndNot => "&^",
            Op::Shl => "<<",
            Op::Shr => ">>",
        }
    }

    /// The binary operator, for every operator except the purely unary `!` and `~`.
    pub fn binop(self) -> Option<BinOp> {
        Some(match self {
            Op::Not | Op::Tilde => return None,
            Op::OrOr => BinOp::LOr,
            Op::AndAnd => BinOp::LAnd,
            Op::Eql => BinOp::Eq,
            Op::Neq => BinOp::Ne,
            Op::Lss => BinOp::Lt,
            Op::Leq => BinOp::Le,
            Op::Gtr => BinOp::Gt,
            Op::Geq => BinOp::Ge,
            Op::Add => BinOp::Add,
            Op::Sub => BinOp::Sub,
            Op::Or => BinOp::Or,
            Op::Xor => BinOp::Xor,
            Op::Mul => BinOp::Mul,
            Op::Div => BinOp::Div,
            Op::Rem => BinOp::Rem,
            Op::And => BinOp::And,
            Op::AndNot => BinOp::AndNot,
            Op::Shl => BinOp::Shl,
            Op::Shr => BinOp::Shr,
        })
    }
}

/// Binary precedences, as in the Go spec: higher binds tighter; 0 means "not binary".
pub const PREC_OROR: u8 = 1;
pub const PREC_ANDAND: u8 = 2;
pub const PREC_CMP: u8 = 3;
pub const PREC_ADD: u8 = 4;
pub const PREC_MUL: u8 = 5;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LitKind {
    Int,
    Float,
    Imag,
    Rune,
    String,
}

/// The decoded value of a rune or string literal; numbers stay as text for the checker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LitValue {
    None,
    Rune(u32),
    Bytes(Vec<u8>),
}

#[derive(Clone, Debug)]
pub struct Token {
    pub tok: Tok,
    pub span: Span,
    /// Name: the identifier. Literal: the source text. Semi: "semicolon", "newline" or "EOF"
    /// (the words gc puts in "unexpected ..." messages). Empty otherwise.
    pub lit: String,
    pub kind: LitKind,
    /// The literal had a lexical error (already reported); its value is a best effort.
    pub bad: bool,
    pub value: LitValue,
    pub op: Op,
    pub prec: u8,
    /// A `//go:noinline` directive appeared between the previous token and this one.
    pub noinline: bool,
}

impl Token {
    pub fn eof(at: u32) -> Token {
        Token {
            tok: Tok::Eof,
            span: Span::new(at, at),
            lit: String::new(),
            kind: LitKind::Int,
            bad: false,
            value: LitValue::None,
            op: Op::Add,
            prec: 0,
            noinline: false,
        }
    }
}

/// End-of-input marker for `Lexer::ch`.
const EOF: i32 = -1;

pub struct Lexer<'a> {
    src: &'a [u8],
    /// Offset of `ch` in `src`.
    off: usize,
    /// Current character (a Unicode scalar value), or EOF.
    ch: i32,
    /// Width in bytes of `ch`.
    chw: usize,
    /// The last token allows a semicolon to be inserted at the next newline or at EOF.
    nlsemi: bool,
    noinline: bool,
    /// Errors found so far, in order; the parser drains them.
    pub errors: Vec<(Span, String)>,
    /// Added to every position: a library file's spans follow the program's (diag::Source).
    pub base: u32,
    /// Spans of the `//go:noinline` comments seen so far.
    pub directives: Vec<Span>,
}

fn lower(ch: i32) -> i32 {
    ('a' as i32 - 'A' as i32) | ch
}
fn is_letter(ch: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&lower(ch)) || ch == b'_' as i32
}
fn is_decimal(ch: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&ch)
}
fn is_hex(ch: i32) -> bool {
    is_decimal(ch) || (b'a' as i32..=b'f' as i32).contains(&lower(ch))
}
fn as_char(ch: i32) -> char {
    u32::try_from(ch)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{FFFD}')
}

/// Go's `%#U`: `U+0040 '@'`, without the quoted character when strconv.IsPrint says it is
/// not printable (Go 1.19's Unicode 13 tables, from the runtime).
pub fn fmt_unicode(ch: u32) -> String {
    if deferc_runtime::pkg_strconv::is_print(ch) {
        format!("U+{:04X} '{}'", ch, as_char(ch as i32))
    } else {
        format!("U+{:04X}", ch)
    }
}

/// Go's `%q` of a rune: strconv.QuoteRune.
fn quote_rune(ch: i32) -> String {
    let mut b = Vec::new();
    deferc_runtime::pkg_strconv::append_quoted_rune(&mut b, ch as u32, false);
    String::from_utf8_lossy(&b).into_owned()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first misplaced `_` in a number literal, as gc's invalidSep.
fn invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a [u8]) -> Lexer<'a> {
        let mut lx = Lexer {
            src,
            off: 0,
            ch: EOF,
            chw: 0,
            nlsemi: false,
            noinline: false,
            errors: Vec::new(),
            directives: Vec::new(),
            base: 0,
        };
        lx.nextch();
        lx
    }

    fn pos32(&self, off: usize) -> u32 {
        u32::try_from(off)
            .unwrap_or(u32::MAX)
            .saturating_add(self.base)
    }

    fn error_at(&mut self, off: usize, msg: impl Into<String>) {
        let at = self.pos32(off);
        self.errors.push((Span::new(at, at), msg.into()));
    }

    /// Error at the current character.
    fn error(&mut self, msg: impl Into<String>) {
        self.error_at(self.off, msg);
    }

    /// Advance to the next character, skipping (after reporting) what gc skips.
    fn nextch(&mut self) {
        self.off += self.chw;
        loop {
            let Some(&b) = self.src.get(self.off) else {
                self.ch = EOF;
                self.chw = 0;
                return;
            };
            if b < 0x80 {
                if b == 0 {
                    self.error("invalid NUL character");
                    self.off += 1;
                    continue;
                }
                self.ch = b as i32;
                self.chw = 1;
                return;
            }
            let end = (self.off + 4).min(self.src.len());
            let chunk = &self.src[self.off..end];
            let valid = match std::str::from_utf8(chunk) {
                Ok(s) => s,
                Err(e) => std::str::from_utf8(&chunk[..e.valid_up_to()]).unwrap_or(""),
            };
            match valid.chars().next() {
                None => {
                    self.error("invalid UTF-8 encoding");
                    self.off += 1;
                }
                Some('\u{FEFF}') => {
                    if self.off > 0 {
                        self.error("invalid BOM in the middle of the file");
                    }
                    self.off += 3;
                }
                Some(c) => {
                    self.ch = c as i32;
                    self.chw = c.len_utf8();
                    return;
                }
            }
        }
    }

    /// Go's scanner: letters and digits are unicode.IsLetter and unicode.IsDigit, by Go
    /// 1.19's Unicode 13 tables (the runtime's), not Rust's newer ones.
    fn at_ident_char(&mut self, first: bool) -> bool {
        if deferc_runtime::pkg_unicode::is_letter(self.ch) || self.ch == '_' as i32 {
            return true;
        }
        if deferc_runtime::pkg_unicode::is_digit(self.ch) {
            if first {
                self.error(format!(
                    "identifier cannot begin with digit {}",
                    fmt_unicode(self.ch as u32)
                ));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error(format!(
                "invalid character {} in identifier",
                fmt_unicode(self.ch as u32)
            ));
            return true;
        }
        false
    }

    fn tok(&self, tok: Tok, start: usize) -> Token {
        Token {
            tok,
            span: Span::new(self.pos32(start), self.pos32(self.off)),
            lit: String::new(),
            kind: LitKind::Int,
            bad: false,
            value: LitValue::None,
            op: Op::Add,
            prec: 0,
            noinline: self.noinline,
        }
    }

    fn op_tok(&self, tok: Tok, start: usize, op: Op, prec: u8) -> Token {
        let mut t = self.tok(tok, start);
        t.op = op;
        t.prec = prec;
        t
    }

    fn semi(&self, start: usize, end: usize, lit: &str) -> Token {
        let mut t = self.tok(Tok::Semi, start);
        t.span = Span::new(self.pos32(start), self.pos32(end));
        t.lit = lit.to_string();
        t
    }

    /// The next token. After EOF it keeps returning EOF.
    pub fn scan(&mut self) -> Token {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        self.noinline = false;
        loop {
            while self.ch == b' ' as i32
                || self.ch == b'\t' as i32
                || (self.ch == b'\n' as i32 && !nlsemi)
                || self.ch == b'\r' as i32
            {
                self.nextch();
            }
            let start = self.off;
            if is_letter(self.ch) || (self.ch >= 0x80 && self.at_ident_char(true)) {
                self.nextch();
                return self.ident(start);
            }
            if self.ch == EOF {
                if nlsemi {
                    return self.semi(start, start, "EOF");
                }
                return self.tok(Tok::Eof, start);
            }
            let c = self.ch as u8;
            // Every non-EOF character is ASCII here: non-ASCII ones went to `ident` above or
            // were reported by at_ident_char and are handled by the `_` arm below.
            let c = if self.ch >= 0x80 { 0 } else { c };
            match c {
                b'\n' => {
                    self.nextch();
                    return self.semi(start, start + 1, "newline");
                }
                b'0'..=b'9' => return self.number(start, false),
                b'"' => return self.std_string(start),
                b'`' => return self.raw_string(start),
                b'\'' => return self.rune(start),
                b'(' => return self.simple(Tok::Lparen, start, false),
                b'[' => return self.simple(Tok::Lbrack, start, false),
                b'{' => return self.simple(Tok::Lbrace, start, false),
                b',' => return self.simple(Tok::Comma, start, false),
                b';' => {
                    self.nextch();
                    return self.semi(start, start + 1, "semicolon");
                }
                b')' => return self.simple(Tok::Rparen, start, true),
                b']' => return self.simple(Tok::Rbrack, start, true),
                b'}' => return self.simple(Tok::Rbrace, start, true),
                b':' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.tok(Tok::Define, start);
                    }
                    return self.tok(Tok::Colon, start);
                }
                b'.' => {
                    self.nextch();
                    if is_decimal(self.ch) {
                        return self.number(start, true);
                    }
                    if self.ch == b'.' as i32 && self.src.get(self.off + 1) == Some(&b'.') {
                        self.nextch();
                        self.nextch();
                        return self.tok(Tok::DotDotDot, start);
                    }
                    return self.tok(Tok::Dot, start);
                }
                b'+' | b'-' => {
                    let op = if c == b'+' { Op::Add } else { Op::Sub };
                    self.nextch();
                    if self.ch == c as i32 {
                        self.nextch();
                        self.nlsemi = true;
                        return self.op_tok(Tok::IncOp, start, op, PREC_ADD);
                    }
                    return self.assign_op(start, op, PREC_ADD);
                }
                b'*' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::AssignOp, start, Op::Mul, PREC_MUL);
                    }
                    return self.op_tok(Tok::Star, start, Op::Mul, PREC_MUL);
                }
                b'/' => {
                    self.nextch();
                    if self.ch == b'/' as i32 {
                        self.nextch();
                        self.line_comment(start);
                        continue;
                    }
                    if self.ch == b'*' as i32 {
                        self.nextch();
                        let had_newline = self.full_comment(start);
                        if had_newline && nlsemi {
                            // gc reports this semicolon at the comment's start.
                            return self.semi(start, start + 1, "newline");
                        }
                        continue;
                    }
                    return self.assign_op(start, Op::Div, PREC_MUL);
                }
                b'%' => {
                    self.nextch();
                    return self.assign_op(start, Op::Rem, PREC_MUL);
                }
                b'&' => {
                    self.nextch();
                    if self.ch == b'&' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::AndAnd, PREC_ANDAND);
                    }
                    if self.ch == b'^' as i32 {
                        self.nextch();
                        return self.assign_op(start, Op::AndNot, PREC_MUL);
                    }
                    return self.assign_op(start, Op::And, PREC_MUL);
                }
                b'|' => {
                    self.nextch();
                    if self.ch == b'|' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::OrOr, PREC_OROR);
                    }
                    return self.assign_op(start, Op::Or, PREC_ADD);
                }
                b'^' => {
                    self.nextch();
                    return self.assign_op(start, Op::Xor, PREC_ADD);
                }
                b'<' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::Leq, PREC_CMP);
                    }
                    if self.ch == b'<' as i32 {
                        self.nextch();
                        return self.assign_op(start, Op::Shl, PREC_MUL);
                    }
                    if self.ch == b'-' as i32 {
                        self.nextch();
                        return self.tok(Tok::Arrow, start);
                    }
                    return self.op_tok(Tok::Operator, start, Op::Lss, PREC_CMP);
                }
                b'>' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::Geq, PREC_CMP);
                    }
                    if self.ch == b'>' as i32 {
                        self.nextch();
                        return self.assign_op(start, Op::Shr, PREC_MUL);
                    }
                    return self.op_tok(Tok::Operator, start, Op::Gtr, PREC_CMP);
                }
                b'=' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::Eql, PREC_CMP);
                    }
                    return self.tok(Tok::Assign, start);
                }
                b'!' => {
                    self.nextch();
                    if self.ch == b'=' as i32 {
                        self.nextch();
                        return self.op_tok(Tok::Operator, start, Op::Neq, PREC_CMP);
                    }
                    return self.op_tok(Tok::Operator, start, Op::Not, 0);
                }
                b'~' => {
                    self.nextch();
                    return self.op_tok(Tok::Operator, start, Op::Tilde, 0);
                }
                _ => {
                    self.error(format!("invalid character {}", fmt_unicode(self.ch as u32)));
                    self.nextch();
                    continue;
                }
            }
        }
    }

    fn simple(&mut self, tok: Tok, start: usize, nlsemi: bool) -> Token {
        self.nextch();
        self.nlsemi = nlsemi;
        self.tok(tok, start)
    }

    fn assign_op(&mut self, start: usize, op: Op, prec: u8) -> Token {
        if self.ch == b'=' as i32 {
            self.nextch();
            return self.op_tok(Tok::AssignOp, start, op, prec);
        }
        self.op_tok(Tok::Operator, start, op, prec)
    }

    fn ident(&mut self, start: usize) -> Token {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.ch >= 0 && self.at_ident_char(false) {
                self.nextch();
            }
        }
        let text = &self.src[start..self.off];
        if let Some(kw) = keyword(text) {
            self.nlsemi = matches!(
                kw,
                Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return
            );
            return self.tok(kw, start);
        }
        self.nlsemi = true;
        let mut t = self.tok(Tok::Name, start);
        t.lit = String::from_utf8_lossy(text).into_owned();
        t
    }

    fn lit(&mut self, start: usize, kind: LitKind, ok: bool, value: LitValue) -> Token {
        self.nlsemi = true;
        let mut t = self.tok(Tok::Literal, start);
        t.lit = String::from_utf8_lossy(&self.src[start..self.off]).into_owned();
        t.kind = kind;
        t.bad = !ok;
        t.value = value;
        t
    }

    /// Digits of `base` (and `_`); bit 0 of the result: a digit was seen, bit 1: a `_` was.
    /// `invalid` receives the offset of the first digit too large for a base <= 10.
    fn digits(&mut self, base: i32, invalid: &mut Option<usize>) -> u32 {
        let mut digsep = 0;
        if base <= 10 {
            let max = b'0' as i32 + base;
            while is_decimal(self.ch) || self.ch == b'_' as i32 {
                let mut ds = 1;
                if self.ch == b'_' as i32 {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.off);
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == b'_' as i32 {
                digsep |= if self.ch == b'_' as i32 { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, start: usize, mut seen_point: bool) -> Token {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0;
        let mut invalid = None;

        if !seen_point {
            if self.ch == b'0' as i32 {
                self.nextch();
                match lower(self.ch) {
                    0x78 => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    0x6f => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    0x62 => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid);
            if self.ch == b'.' as i32 {
                if prefix == b'o' || prefix == b'b' {
                    self.error(format!(
                        "invalid radix point in {} literal",
                        base_name(base as u32)
                    ));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }
        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, &mut invalid);
        }
        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base as u32)));
            ok = false;
        }
        let e = lower(self.ch);
        if e == b'e' as i32 || e == b'p' as i32 {
            if ok {
                if e == b'e' as i32 && prefix != 0 && prefix != b'0' {
                    self.error(format!(
                        "{} exponent requires decimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                } else if e == b'p' as i32 && prefix != b'x' {
                    self.error(format!(
                        "{} exponent requires hexadecimal mantissa",
                        quote_rune(self.ch)
                    ));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == b'+' as i32 || self.ch == b'-' as i32 {
                self.nextch();
            }
            let mut none = None;
            digsep = self.digits(10, &mut none) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error("exponent has no digits");
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent");
            ok = false;
        }
        if self.ch == b'i' as i32 {
            kind = LitKind::Imag;
            self.nextch();
        }
        if kind == LitKind::Int && ok {
            if let Some(at) = invalid {
                let d = self.src[at];
                self.error_at(
                    at,
                    format!(
                        "invalid digit {} in {} literal",
                        quote_rune(d as i32),
                        base_name(base as u32)
                    ),
                );
                ok = false;
            }
        }
        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(&self.src[start..self.off]) {
                self.error_at(start + i, "'_' must separate successive digits");
                ok = false;
            }
        }
        self.lit(start, kind, ok, LitValue::None)
    }

    /// An escape after the backslash. Returns the decoded value and whether it denotes a
    /// single byte (`\x`, octal) rather than a code point; None after an error (reported) or
    /// at EOF (which the caller reports as an unterminated literal).
    fn escape(&mut self, quote: u8) -> Result<(u32, bool), bool> {
        let simple = match self.ch {
            0x61 => Some(7),
            0x62 => Some(8),
            0x66 => Some(12),
            0x6e => Some(10),
            0x72 => Some(13),
            0x74 => Some(9),
            0x76 => Some(11),
            0x5c => Some(0x5c),
            c if c == quote as i32 => Some(quote as u32),
            _ => None,
        };
        if let Some(v) = simple {
            self.nextch();
            return Ok((v, false));
        }
        let (n, base, max): (u32, u32, u32) = match self.ch {
            0x30..=0x37 => (3, 8, 255),
            0x78 => {
                self.nextch();
                (2, 16, 255)
            }
            0x75 => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            0x55 => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            _ => {
                if self.ch < 0 {
                    return Err(true);
                }
                self.error("unknown escape");
                return Err(false);
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return Err(true);
            }
            let d = if is_decimal(self.ch) {
                (self.ch - b'0' as i32) as u32
            } else if (b'a' as i32..=b'f' as i32).contains(&lower(self.ch)) {
                (lower(self.ch) - b'a' as i32 + 10) as u32
            } else {
                base
            };
            if d >= base {
                self.error(format!(
                    "invalid character {} in {} escape",
                    quote_rune(self.ch),
                    base_name(base)
                ));
                return Err(false);
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }
        if x > max && base == 8 {
            self.error(format!("octal escape value {} > 255", x));
            return Err(false);
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!(
                "escape is invalid Unicode code point {}",
                fmt_unicode(x)
            ));
            return Err(false);
        }
        Ok((x, max == 255))
    }

    fn rune(&mut self, start: usize) -> Token {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        let mut value = 0u32;
        loop {
            if self.ch == b'\'' as i32 {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '");
                        ok = false;
                    } else if n != 1 {
                        self.error_at(start, "more than one character in rune literal");
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                match self.escape(b'\'') {
                    Ok((v, _)) => {
                        if n == 0 {
                            value = v;
                        }
                    }
                    Err(_) => ok = false,
                }
                n += 1;
                continue;
            }
            if self.ch == b'\n' as i32 {
                if ok {
                    self.error("newline in rune literal");
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_at(start, "rune literal not terminated");
                    ok = false;
                }
                break;
            }
            if n == 0 {
                value = self.ch as u32;
            }
            n += 1;
            self.nextch();
        }
        self.lit(start, LitKind::Rune, ok, LitValue::Rune(value))
    }

    fn std_string(&mut self, start: usize) -> Token {
        let mut ok = true;
        let mut bytes = Vec::new();
        self.nextch();
        loop {
            if self.ch == b'"' as i32 {
                self.nextch();
                break;
            }
            if self.ch == b'\\' as i32 {
                self.nextch();
                match self.escape(b'"') {
                    Ok((v, true)) => bytes.push(v as u8),
                    Ok((v, false)) => {
                        let c = char::from_u32(v).unwrap_or('\u{FFFD}');
                        let mut buf = [0u8; 4];
                        bytes.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                    }
                    Err(_) => ok = false,
                }
                continue;
            }
            if self.ch == b'\n' as i32 {
                self.error("newline in string");
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                ok = false;
                break;
            }
            bytes.extend_from_slice(&self.src[self.off..self.off + self.chw]);
            self.nextch();
        }
        self.lit(start, LitKind::String, ok, LitValue::Bytes(bytes))
    }

    fn raw_string(&mut self, start: usize) -> Token {
        let mut ok = true;
        let mut bytes = Vec::new();
        self.nextch();
        loop {
            if self.ch == b'`' as i32 {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_at(start, "string not terminated");
                ok = false;
                break;
            }
            // Carriage returns are discarded from raw strings (Go spec).
            if self.ch != b'\r' as i32 {
                bytes.extend_from_slice(&self.src[self.off..self.off + self.chw]);
            }
            self.nextch();
        }
        self.lit(start, LitKind::String, ok, LitValue::Bytes(bytes))
    }

    /// A `//` comment whose `//` has been consumed; stops before the newline so that the newline
    /// can still become a semicolon.
    fn line_comment(&mut self, start: usize) {
        let text_start = self.off;
        while self.ch >= 0 && self.ch != b'\n' as i32 {
            self.nextch();
        }
        let text = &self.src[text_start..self.off];
        let text = text.strip_suffix(b"\r").unwrap_or(text);
        let verb = text
            .split(|&b| b == b' ' || b == b'\t')
            .next()
            .unwrap_or(&[]);
        if verb == b"go:noinline" {
            self.noinline = true;
            let (lo, hi) = (self.pos32(start), self.pos32(self.off));
            self.directives.push(Span::new(lo, hi));
        }
    }

    /// A `/*` comment whose `/*` has been consumed. Returns whether it contained a newline.
    fn full_comment(&mut self, start: usize) -> bool {
        let mut newline = false;
        while self.ch >= 0 {
            if self.ch == b'*' as i32 {
                self.nextch();
                if self.ch == b'/' as i32 {
                    self.nextch();
                    return newline;
                }
                continue;
            }
            if self.ch == b'\n' as i32 {
                newline = true;
            }
            self.nextch();
        }
        self.error_at(start, "comment not terminated");
        newline
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(src: &str) -> Vec<Token> {
        let mut lx = Lexer::new(src.as_bytes());
        let mut out = Vec::new();
        for _ in 0..10_000 {
            let t = lx.scan();
            let eof = t.tok == Tok::Eof;
            out.push(t);
            if eof {
                break;
            }
        }
        out
    }

    fn kinds(src: &str) -> Vec<Tok> {
        toks(src).iter().map(|t| t.tok).collect()
    }

    fn errors(src: &[u8]) -> Vec<(u32, String)> {
        let mut lx = Lexer::new(src);
        for _ in 0..10_000 {
            if lx.scan().tok == Tok::Eof {
                break;
            }
        }
        lx.errors.iter().map(|(s, m)| (s.lo, m.clone())).collect()
    }

    fn one_lit(src: &str) -> Token {
        let t = toks(src);
        assert_eq!(t[0].tok, Tok::Literal, "{src}");
        t[0].clone()
    }

    #[test]
    fn semicolon_insertion() {
        use Tok::*;
        assert_eq!(kinds("x\n"), vec![Name, Semi, Eof]);
        assert_eq!(kinds("x"), vec![Name, Semi, Eof]);
        assert_eq!(kinds("x +\ny"), vec![Name, Operator, Name, Semi, Eof]);
        assert_eq!(kinds("return\n"), vec![Return, Semi, Eof]);
        assert_eq!(kinds("break\ncontinue\nfallthrough\n").len(), 7);
        assert_eq!(kinds("if\n"), vec![If, Eof]);
        assert_eq!(kinds("x++\n"), vec![Name, IncOp, Semi, Eof]);
        assert_eq!(
            kinds(")\n]\n}\n"),
            vec![Rparen, Semi, Rbrack, Semi, Rbrace, Semi, Eof]
        );
        assert_eq!(kinds("1\n'a'\n\"s\"\n`r`\n").len(), 9);
        // A line comment keeps the newline; a block comment with a newline acts as one.
        assert_eq!(kinds("x // c\ny"), vec![Name, Semi, Name, Semi, Eof]);
        assert_eq!(kinds("x /* a\nb */ y"), vec![Name, Semi, Name, Semi, Eof]);
        assert_eq!(kinds("x /* a b */ y"), vec![Name, Name, Semi, Eof]);
        let t = toks("x /* a\nb */ y");
        assert_eq!(t[1].lit, "newline");
        assert_eq!(t[1].span.lo, 2);
        let t = toks("x;y\n");
        assert_eq!(t[1].lit, "semicolon");
        let t = toks("x");
        assert_eq!(t[1].lit, "EOF");
        assert_eq!(toks("a\n")[1].span, Span::new(1, 2));
    }

    #[test]
    fn operators() {
        use Tok::*;
        let t = toks("a &^= b &^ c <<= d <- e ... f := g && h || i != j");
        let k: Vec<Tok> = t.iter().map(|t| t.tok).collect();
        assert_eq!(
            k,
            vec![
                Name, AssignOp, Name, Operator, Name, AssignOp, Name, Arrow, Name, DotDotDot, Name,
                Define, Name, Operator, Name, Operator, Name, Operator, Name, Semi, Eof
            ]
        );
        assert_eq!(t[1].op, Op::AndNot);
        assert_eq!(t[3].op, Op::AndNot);
        assert_eq!(t[5].op, Op::Shl);
        assert_eq!(kinds(".."), vec![Dot, Dot, Eof]);
        assert_eq!(kinds("x.5"), vec![Name, Literal, Semi, Eof]);
    }

    #[test]
    fn numbers() {
        for (src, kind) in [
            ("0", LitKind::Int),
            ("1_000", LitKind::Int),
            ("0x1F", LitKind::Int),
            ("0X_1f", LitKind::Int),
            ("0o17", LitKind::Int),
            ("0b1011", LitKind::Int),
            ("017", LitKind::Int),
            ("1.5", LitKind::Float),
            (".5", LitKind::Float),
            ("1e10", LitKind::Float),
            ("1E-3", LitKind::Float),
            ("0x1p-2", LitKind::Float),
            ("0x1.8p3", LitKind::Float),
            ("1i", LitKind::Imag),
            ("0.5i", LitKind::Imag),
            ("089.5", LitKind::Float),
        ] {
            let t = one_lit(src);
            assert_eq!(t.kind, kind, "{src}");
            assert!(!t.bad, "{src}");
            assert_eq!(t.lit, src);
            assert!(errors(src.as_bytes()).is_empty(), "{src}");
        }
        let e = |s: &str| {
            errors(s.as_bytes())
                .first()
                .map(|e| e.1.clone())
                .unwrap_or_default()
        };
        assert_eq!(e("089"), "invalid digit '8' in octal literal");
        assert_eq!(e("0b102"), "invalid digit '2' in binary literal");
        assert_eq!(e("1__0"), "'_' must separate successive digits");
        assert_eq!(e("1_"), "'_' must separate successive digits");
        assert_eq!(e("0x"), "hexadecimal literal has no digits");
        assert_eq!(e("0x1.5"), "hexadecimal mantissa requires a 'p' exponent");
        assert_eq!(e("1e"), "exponent has no digits");
        assert_eq!(e("0b1.0"), "invalid radix point in binary literal");
        assert_eq!(e("1p3"), "'p' exponent requires hexadecimal mantissa");
    }

    #[test]
    fn runes() {
        for (src, v) in [
            ("'a'", 'a' as u32),
            ("'ä'", 'ä' as u32),
            ("'本'", 0x672c),
            ("'\\a'", 7),
            ("'\\b'", 8),
            ("'\\f'", 12),
            ("'\\n'", 10),
            ("'\\r'", 13),
            ("'\\t'", 9),
            ("'\\v'", 11),
            ("'\\\\'", 92),
            ("'\\''", 39),
            ("'\\000'", 0),
            ("'\\377'", 255),
            ("'\\x7f'", 127),
            ("'\\u12e4'", 0x12e4),
            ("'\\U00101234'", 0x101234),
        ] {
            let t = one_lit(src);
            assert_eq!(t.kind, LitKind::Rune);
            assert_eq!(t.value, LitValue::Rune(v), "{src}");
            assert!(!t.bad, "{src}");
        }
        let e = |s: &str| {
            errors(s.as_bytes())
                .first()
                .map(|e| e.1.clone())
                .unwrap_or_default()
        };
        assert_eq!(e("'ab'"), "more than one character in rune literal");
        assert_eq!(e("''"), "empty rune literal or unescaped '");
        assert_eq!(e("'a"), "rune literal not terminated");
        assert_eq!(e("'a\n'"), "newline in rune literal");
        assert_eq!(e("'\\\"'"), "unknown escape");
        assert_eq!(e("'\\400'"), "octal escape value 256 > 255");
        assert_eq!(
            e("'\\uD800'"),
            "escape is invalid Unicode code point U+D800"
        );
        assert_eq!(e("'\\xZZ'"), "invalid character 'Z' in hexadecimal escape");
    }

    #[test]
    fn strings() {
        let s = |src: &str| match one_lit(src).value {
            LitValue::Bytes(b) => b,
            v => panic!("{v:?}"),
        };
        assert_eq!(s(r#""abc""#), b"abc");
        assert_eq!(s(r#""\x80\377\101""#), vec![0x80, 0xff, b'A']);
        assert_eq!(s(r#""\u00e4\U0001F600""#), "ä😀".as_bytes());
        assert_eq!(s(r#""\a\b\f\n\r\t\v\\\"""#), b"\x07\x08\x0c\n\r\t\x0b\\\"");
        assert_eq!(s("\"本\""), "本".as_bytes());
        assert_eq!(s("`a\\n\r\nb`"), b"a\\n\nb");
        let e = |s: &str| errors(s.as_bytes());
        assert_eq!(e("\"abc"), vec![(0, "string not terminated".to_string())]);
        assert_eq!(e("x \"ab\ncd"), vec![(5, "newline in string".to_string())]);
        assert_eq!(e("`abc"), vec![(0, "string not terminated".to_string())]);
        assert_eq!(e("\"\\q\""), vec![(2, "unknown escape".to_string())]);
        assert_eq!(e("\"\\'\""), vec![(2, "unknown escape".to_string())]);
    }

    #[test]
    fn bad_input() {
        assert_eq!(
            errors(b"a @ b"),
            vec![(2, "invalid character U+0040 '@'".to_string())]
        );
        assert_eq!(
            errors(b"a \x00 b"),
            vec![(2, "invalid NUL character".to_string())]
        );
        assert_eq!(
            errors(b"a \xff b"),
            vec![(2, "invalid UTF-8 encoding".to_string())]
        );
        assert_eq!(
            errors(b"a /* b"),
            vec![(2, "comment not terminated".to_string())]
        );
        assert_eq!(
            errors("a \u{feff}b".as_bytes()),
            vec![(2, "invalid BOM in the middle of the file".to_string())]
        );
        assert!(errors("\u{feff}package p".as_bytes()).is_empty());
        assert_eq!(
            errors("x := a·b".as_bytes()),
            vec![(6, "invalid character U+00B7 '·' in identifier".to_string())]
        );
        assert_eq!(kinds("日本 := 1")[0], Tok::Name);
        assert_eq!(toks("日本")[0].lit, "日本");
    }

    #[test]
    fn noinline_directive() {
        let t = toks("}\n//go:noinline\n// doc\nfunc f()");
        let f = t.iter().find(|t| t.tok == Tok::Func).unwrap();
        assert!(f.noinline);
        let t = toks("//go:noinlinex\nfunc f()");
        assert!(!t[0].noinline);
        let t = toks("//go:noinline\nvar x int\nfunc f()");
        assert!(t[0].noinline);
        assert!(!t.iter().find(|t| t.tok == Tok::Func).unwrap().noinline);
    }
}
