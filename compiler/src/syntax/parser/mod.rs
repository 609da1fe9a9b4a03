//! The parser: tokens to the syntax tree of one file, with Go 1.19's syntax error messages.
//!
//! This is a port of the recursive-descent parser of Go 1.19's gc compiler
//! (cmd/compile/internal/syntax/parser.go): the same productions, the same one-token lookahead
//! (so parsing is linear, there is no backtracking), the same error messages and the same
//! resynchronization points, so that `deferc` reports what `go build` reports.
//!
//! Invariants the rest of the compiler relies on:
//! * every `Expr`, `Ident` and `CaseClause` has a distinct `id`, all below `File::node_count`;
//! * spans are byte offsets, and an expression's or statement's span covers all of its text;
//! * parentheses are kept (`ExprKind::Paren`), except directly under `&` (as gc does), so the
//!   checker must look through them;
//! * the tree is never deeper than about 2 * MAX_NESTING, so recursive passes over it are safe:
//!   past MAX_NESTING levels the parser reports one error and stops.
//!
//! Robustness: every loop consumes a token or exits (`list`, `stmt_list` and the clause loops
//! also force progress defensively), parsing stops after MAX_ERRORS + 1 errors, and no input
//! makes the parser panic.

mod decl;
mod expr;
mod print;
mod stmt;
mod types;

use crate::diag::{Diags, MAX_ERRORS};
use crate::syntax::ast::*;
use crate::syntax::lexer::{LitKind, LitValue, Op, Tok, Token};

/// Deepest syntactic nesting accepted (parentheses, blocks, types, operator chains, ...).
pub const MAX_NESTING: u32 = 1000;

/// Parse one Go source file. Returns None only when there is no usable package clause (the
/// error has been reported); otherwise a tree, possibly with `Bad` nodes where errors were.
pub fn parse_file(src: &str, diags: &mut Diags) -> Option<File> {
    parse_bytes(src.as_bytes(), diags)
}

/// Like `parse_file` for raw bytes: invalid UTF-8 is reported ("invalid UTF-8 encoding") at its
/// byte offset and skipped, as gc does.
///
/// Parsing runs on a helper thread with a PARSE_STACK_SIZE stack: input nested MAX_NESTING
/// levels deep needs more stack than the 2 MiB of a default thread (about 16 MiB in a debug
/// build). Only if no thread can be spawned does it run on the caller's stack.
pub fn parse_bytes(src: &[u8], diags: &mut Diags) -> Option<File> {
    parse_bytes_at(src, 0, 0, diags)
}

/// Parse a file whose positions start at `span_base` and whose node ids start at `id_base`
/// (a library package's file joined to the program: ids and spans stay distinct).
pub fn parse_bytes_at(src: &[u8], span_base: u32, id_base: u32, diags: &mut Diags) -> Option<File> {
    let outcome = std::thread::scope(|s| {
        std::thread::Builder::new()
            .name("deferc-parser".to_string())
            .stack_size(PARSE_STACK_SIZE)
            .spawn_scoped(s, || parse_here(src, span_base, id_base, &mut *diags))
            .ok()
            .map(|h| h.join())
    });
    match outcome {
        Some(Ok(file)) => file,
        Some(Err(panic)) => std::panic::resume_unwind(panic),
        None => parse_here(src, span_base, id_base, diags),
    }
}

/// Stack reserved for the parser thread (address space; pages are committed as touched).
pub const PARSE_STACK_SIZE: usize = 256 << 20;

/// Parse on the current thread's stack (for library files, which deferc wrote and which
/// nest shallowly: no thread with a big stack is needed).
pub fn parse_bytes_here_at(
    src: &[u8],
    span_base: u32,
    id_base: u32,
    diags: &mut Diags,
) -> Option<File> {
    parse_here(src, span_base, id_base, diags)
}

/// Parse on the current thread's stack.
pub(super) fn parse_here(
    src: &[u8],
    span_base: u32,
    id_base: u32,
    diags: &mut Diags,
) -> Option<File> {
    let mut p = Parser::new(src, span_base, id_base, diags);
    let file = p.file();
    if p.syntax_errcnt == 0 {
        for (span, msg) in std::mem::take(&mut p.later) {
            p.error_at(span, msg);
        }
    }
    file.map(|mut f| {
        f.node_count = p.ids;
        f
    })
}

/// The statement-starting keywords: good places to resynchronize inside a function body.
pub(super) fn in_stopset(t: Tok) -> bool {
    matches!(
        t,
        Tok::Break
            | Tok::Const
            | Tok::Continue
            | Tok::Defer
            | Tok::Fallthrough
            | Tok::For
            | Tok::Go
            | Tok::Goto
            | Tok::If
            | Tok::Return
            | Tok::Select
            | Tok::Switch
            | Tok::Type
            | Tok::Var
    )
}

/// gc's tokstring: the English word for some punctuation in "expecting X" messages.
pub(super) fn tokstring(t: Tok) -> &'static str {
    match t {
        Tok::Comma => "comma",
        Tok::Semi => "semicolon or newline",
        _ => t.as_str(),
    }
}

/// One entry of a parameter list before types are distributed over names.
struct Param {
    name: Option<Ident>,
    ty: Option<Expr>,
    variadic: bool,
}

/// A simple statement, or one of the two header forms that are not statements.
enum Simple {
    /// The statement and the position of its operator (`=`, `:=`, `op=`, `++`, `<-`), where gc
    /// reports "cannot use ... as value" and "cannot declare in post statement".
    Stmt(Stmt, u32),
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
    },
    /// `v := x.(type)` in a switch header (`x.(type)` alone is an ordinary expression statement).
    Guard { bind: Ident, x: Expr },
}

/// The condition part of an if/for/switch header.
enum Cond {
    None,
    Expr(Expr),
    Guard { bind: Ident, x: Expr },
}

struct Header {
    init: Option<Box<Stmt>>,
    cond: Cond,
    post: Option<Box<Stmt>>,
    range: Option<Simple>,
}

/// Result of `name [` where it is not yet known whether an array type or type arguments follow.
enum ArrayOrArgs {
    Type(Expr),
    Args(Vec<Expr>),
}

enum MethodOrType {
    Method(Ident, FuncType),
    Type(Expr),
}

struct Parser<'a, 'd> {
    src: &'a [u8],
    lx: crate::syntax::lexer::Lexer<'a>,
    diags: &'d mut Diags,
    /// The current (lookahead) token.
    t: Token,
    /// End of the last consumed token other than a semicolon: where a finished node ends.
    prev_end: u32,
    /// Tokens consumed so far; loops compare it to prove progress.
    ntok: u64,
    errcnt: usize,
    /// Errors whose message starts with "syntax error" (gc type-checks only without them).
    syntax_errcnt: usize,
    /// Function nesting; inside a body, statement keywords stop error recovery.
    fnest: u32,
    /// Expression nesting as in gc: negative in an if/for/switch header, where `T{` starts the
    /// block instead of a composite literal, until a bracket makes it non-negative again.
    xnest: i32,
    /// Syntactic nesting, see MAX_NESTING.
    depth: u32,
    /// Set after too many errors or too deep nesting: the token stream is then EOF for good.
    stopped: bool,
    ids: u32,
    /// Errors passed to `diags` (after gc's per-line filtering).
    reported: usize,
    /// Offsets of line starts, computed at the first error.
    line_starts: Vec<u32>,
    /// Position of the file's first byte (see Lexer::base).
    base: u32,
    last_syntax_line: Option<usize>,
    last_other: Option<(usize, String)>,
    /// Inside a type parameter list, where `~T` is a constraint term.
    tparams: bool,
    /// Errors gc reports in type checking, which it only reaches without "syntax error"s.
    later: Vec<(Span, &'static str)>,
}

pub(super) fn ident_expr(id: Ident) -> Expr {
    Expr {
        id: id.id,
        span: id.span,
        kind: ExprKind::Ident(id.name),
    }
}

pub(super) fn unparen(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => return Expr { kind, ..x },
        }
    }
}

pub(super) fn unparen_ref(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// gc's isValue: x is syntactically a value, never a type.
pub(super) fn is_value(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImagLit(_)
        | ExprKind::CharLit(_)
        | ExprKind::StringLit(_)
        | ExprKind::CompositeLit { .. }
        | ExprKind::FuncLit { .. }
        | ExprKind::Slice { .. }
        | ExprKind::TypeAssert(..)
        | ExprKind::Call { .. }
        | ExprKind::Unary(..)
        | ExprKind::Binary(..) => true,
        ExprKind::Paren(x) => is_value(x),
        ExprKind::Index(x, args) => is_value(x) || (args.len() == 1 && is_value(&args[0])),
        _ => false,
    }
}

/// gc's isTypeElem: x is (syntactically) a type element and could not be a value.
pub(super) fn is_type_elem(x: &Expr) -> bool {
    match &x.kind {
        ExprKind::ArrayType { .. }
        | ExprKind::StructType(_)
        | ExprKind::FuncType(_)
        | ExprKind::InterfaceType(_)
        | ExprKind::MapType(..)
        | ExprKind::ChanType(..) => true,
        ExprKind::Binary(_, x, y) => is_type_elem(x) || is_type_elem(y),
        ExprKind::Star(x) => is_type_elem(x),
        ExprKind::Unary(op, x) => *op == UnOp::Tilde || is_type_elem(x),
        ExprKind::Paren(x) => is_type_elem(x),
        _ => false,
    }
}

pub(super) fn expr_to_ident(x: Expr) -> Result<Ident, Expr> {
    match x.kind {
        ExprKind::Ident(name) => Ok(Ident {
            name,
            span: x.span,
            id: x.id,
        }),
        kind => Err(Expr { kind, ..x }),
    }
}

/// gc's extractName: split `type T[P C]`'s bracket contents `P C` (parsed as an expression)
/// into the type parameter name and its constraint, if it has that shape.
pub(super) fn extract_name(x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
    let Expr { id, span, kind } = x;
    match kind {
        ExprKind::Ident(name) => Ok((Ident { name, span, id }, None)),
        ExprKind::Binary(BinOp::Mul, l, r)
            if matches!(l.kind, ExprKind::Ident(_)) && (force || is_type_elem(&r)) =>
        {
            let name = expr_to_ident(*l).map_err(|_| Expr {
                id,
                span,
                kind: ExprKind::Bad,
            })?;
            let star = Expr {
                id,
                span: Span::new(name.span.hi, r.span.hi),
                kind: ExprKind::Star(r),
            };
            Ok((name, Some(star)))
        }
        ExprKind::Binary(BinOp::Or, l, r) => {
            let f = force || is_type_elem(&r);
            match extract_name(*l, f) {
                Ok((name, Some(lhs))) => {
                    let sp = Span::new(lhs.span.lo, r.span.hi);
                    Ok((
                        name,
                        Some(Expr {
                            id,
                            span: sp,
                            kind: ExprKind::Binary(BinOp::Or, Box::new(lhs), r),
                        }),
                    ))
                }
                Ok((name, None)) => Err(Expr {
                    id,
                    span,
                    kind: ExprKind::Binary(BinOp::Or, Box::new(ident_expr(name)), r),
                }),
                Err(l) => Err(Expr {
                    id,
                    span,
                    kind: ExprKind::Binary(BinOp::Or, Box::new(l), r),
                }),
            }
        }
        ExprKind::Call {
            func,
            mut args,
            ellipsis,
        } if matches!(func.kind, ExprKind::Ident(_))
            && args.len() == 1
            && !ellipsis
            && (force || is_type_elem(&args[0])) =>
        {
            let arg = args.pop();
            match (expr_to_ident(*func), arg) {
                (Ok(name), Some(arg)) => Ok((name, Some(arg))),
                _ => Err(Expr {
                    id,
                    span,
                    kind: ExprKind::Bad,
                }),
            }
        }
        kind => Err(Expr { id, span, kind }),
    }
}

impl<'a, 'd> Parser<'a, 'd> {
    pub(super) fn new(
        src: &'a [u8],
        base: u32,
        id_base: u32,
        diags: &'d mut Diags,
    ) -> Parser<'a, 'd> {
        let mut lx = crate::syntax::lexer::Lexer::new(src);
        lx.base = base;
        let t = lx.scan();
        let mut p = Parser {
            src,
            lx,
            diags,
            t,
            prev_end: 0,
            ntok: 0,
            errcnt: 0,
            syntax_errcnt: 0,
            fnest: 0,
            xnest: 0,
            depth: 0,
            stopped: false,
            ids: id_base,
            base,
            reported: 0,
            line_starts: Vec::new(),
            last_syntax_line: None,
            last_other: None,
            tparams: false,
            later: Vec::new(),
        };
        p.drain_lexer_errors();
        p
    }

    // ------------------------------------------------------------------------------------
    // Tokens and errors

    pub(super) fn eof_pos(&self) -> u32 {
        u32::try_from(self.src.len())
            .unwrap_or(u32::MAX)
            .saturating_add(self.base)
    }

    pub(super) fn next(&mut self) {
        self.ntok += 1;
        if self.t.tok != Tok::Semi && self.t.tok != Tok::Eof {
            self.prev_end = self.t.span.hi;
        }
        if self.stopped {
            self.t = Token::eof(self.eof_pos());
            return;
        }
        self.t = self.lx.scan();
        self.drain_lexer_errors();
    }

    pub(super) fn drain_lexer_errors(&mut self) {
        if self.lx.errors.is_empty() {
            return;
        }
        let errs = std::mem::take(&mut self.lx.errors);
        for (span, msg) in errs {
            self.error_at(span, msg);
        }
    }

    /// From now on the parser sees only EOF, so every production unwinds quickly.
    pub(super) fn stop(&mut self) {
        self.stopped = true;
        self.t = Token::eof(self.eof_pos());
    }

    pub(super) fn line_of(&mut self, off: u32) -> usize {
        let off = off.saturating_sub(self.base);
        if self.line_starts.is_empty() {
            self.line_starts.push(0);
            for (i, &b) in self.src.iter().enumerate() {
                if b == b'\n' {
                    self.line_starts
                        .push(u32::try_from(i + 1).unwrap_or(u32::MAX));
                }
            }
        }
        match self.line_starts.binary_search(&off) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        }
    }

    /// Report an error, filtered as gc's base.ErrorfAt does: at most one syntax error per
    /// line, and no repeat of the same other message on a line.
    pub(super) fn error_at(&mut self, span: Span, msg: impl Into<String>) {
        if self.stopped {
            return;
        }
        let msg = msg.into();
        self.errcnt += 1;
        let line = self.line_of(span.lo);
        if msg.starts_with("syntax error") {
            self.syntax_errcnt += 1;
            if self.last_syntax_line == Some(line) {
                return;
            }
            self.last_syntax_line = Some(line);
        } else {
            if self.last_other.as_ref() == Some(&(line, msg.clone())) {
                return;
            }
            self.last_other = Some((line, msg.clone()));
        }
        self.reported += 1;
        self.diags.error(span, msg);
        // One more than gc prints, so that the driver's "too many errors" line appears.
        if self.reported > MAX_ERRORS || self.errcnt > 10 * MAX_ERRORS * MAX_ERRORS {
            self.stop();
        }
    }

    pub(super) fn error(&mut self, msg: impl Into<String>) {
        let sp = self.t.span;
        self.error_at(sp, msg);
    }

    pub(super) fn syntax_error(&mut self, msg: impl AsRef<str>) {
        let sp = self.t.span;
        self.syntax_error_at(sp, msg);
    }

    /// gc's syntaxErrorAt: "in/at/after ..." and "expecting ..." messages get the current
    /// token prepended ("unexpected X, expecting Y"); others are printed as they are.
    pub(super) fn syntax_error_at(&mut self, sp: Span, msg: impl AsRef<str>) {
        let msg = msg.as_ref();
        if self.t.tok == Tok::Eof && self.errcnt > 0 {
            return; // avoid meaningless follow-up errors
        }
        let msg = if msg.is_empty() {
            String::new()
        } else if msg.starts_with("in ") || msg.starts_with("at ") || msg.starts_with("after ") {
            format!(" {msg}")
        } else if msg.starts_with("expecting ") {
            format!(", {msg}")
        } else {
            self.error_at(sp, format!("syntax error: {msg}"));
            return;
        };
        let tok = match self.t.tok {
            Tok::Name | Tok::Semi => self.t.lit.clone(),
            Tok::Literal => format!("literal {}", self.t.lit),
            Tok::Operator => self.t.op.as_str().to_string(),
            Tok::AssignOp => format!("{}=", self.t.op.as_str()),
            Tok::IncOp => format!("{0}{0}", self.t.op.as_str()),
            t => tokstring(t).to_string(),
        };
        self.error_at(sp, format!("syntax error: unexpected {tok}{msg}"));
    }

    pub(super) fn got(&mut self, t: Tok) -> bool {
        if self.t.tok == t {
            self.next();
            return true;
        }
        false
    }

    pub(super) fn want(&mut self, t: Tok) {
        if !self.got(t) {
            self.syntax_error(format!("expecting {}", tokstring(t)));
            self.advance(&[]);
        }
    }

    pub(super) fn is_op(&self, op: Op) -> bool {
        self.t.tok == Tok::Operator && self.t.op == op
    }

    /// Like got(Assign), but also accepts `:=` (with an error) for better recovery.
    pub(super) fn got_assign(&mut self) -> bool {
        match self.t.tok {
            Tok::Define => {
                self.syntax_error("expecting =");
                self.next();
                true
            }
            Tok::Assign => {
                self.next();
                true
            }
            _ => false,
        }
    }

    /// Skip to a token in `follow` (or, inside a function, a statement keyword); with an empty
    /// `follow`, skip exactly one token. Never skips EOF.
    pub(super) fn advance(&mut self, follow: &[Tok]) {
        if follow.is_empty() {
            if self.t.tok != Tok::Eof {
                self.next();
            }
            return;
        }
        while self.t.tok != Tok::Eof
            && !follow.contains(&self.t.tok)
            && !(self.fnest > 0 && in_stopset(self.t.tok))
        {
            self.next();
        }
    }

    /// Enter one nesting level; false (after reporting once and stopping) when too deep.
    pub(super) fn enter(&mut self) -> bool {
        if self.depth >= MAX_NESTING {
            if !self.stopped {
                let sp = self.t.span;
                self.diags
                    .unsupported(sp, format!("nesting deeper than {MAX_NESTING} levels"));
                self.errcnt += 1;
                self.reported += 1;
                self.stop();
            }
            return false;
        }
        self.depth += 1;
        true
    }

    pub(super) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    pub(super) fn new_id(&mut self) -> NodeId {
        let id = self.ids;
        self.ids = self.ids.saturating_add(1);
        id
    }

    /// Span from `lo` to the end of the last consumed token.
    pub(super) fn sp(&self, lo: u32) -> Span {
        Span::new(lo, self.prev_end.max(lo))
    }

    pub(super) fn mk(&mut self, lo: u32, kind: ExprKind) -> Expr {
        let span = self.sp(lo);
        self.mk_span(span, kind)
    }

    pub(super) fn mk_span(&mut self, span: Span, kind: ExprKind) -> Expr {
        Expr {
            id: self.new_id(),
            span,
            kind,
        }
    }

    pub(super) fn bad(&mut self) -> Expr {
        let lo = self.t.span.lo;
        self.mk_span(Span::new(lo, lo), ExprKind::Bad)
    }

    pub(super) fn stmt(&self, lo: u32, kind: StmtKind) -> Stmt {
        Stmt {
            span: self.sp(lo),
            kind,
        }
    }

    // ------------------------------------------------------------------------------------
    // Files and declarations
}

#[cfg(test)]
mod tests;
