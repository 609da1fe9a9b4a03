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
fn parse_here(src: &[u8], span_base: u32, id_base: u32, diags: &mut Diags) -> Option<File> {
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
fn in_stopset(t: Tok) -> bool {
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
fn tokstring(t: Tok) -> &'static str {
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

fn ident_expr(id: Ident) -> Expr {
    Expr {
        id: id.id,
        span: id.span,
        kind: ExprKind::Ident(id.name),
    }
}

fn unparen(mut x: Expr) -> Expr {
    loop {
        match x.kind {
            ExprKind::Paren(inner) => x = *inner,
            kind => return Expr { kind, ..x },
        }
    }
}

fn unparen_ref(mut x: &Expr) -> &Expr {
    while let ExprKind::Paren(inner) = &x.kind {
        x = inner;
    }
    x
}

/// gc's isValue: x is syntactically a value, never a type.
fn is_value(x: &Expr) -> bool {
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
fn is_type_elem(x: &Expr) -> bool {
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

fn expr_to_ident(x: Expr) -> Result<Ident, Expr> {
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
fn extract_name(x: Expr, force: bool) -> Result<(Ident, Option<Expr>), Expr> {
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
    fn new(src: &'a [u8], base: u32, id_base: u32, diags: &'d mut Diags) -> Parser<'a, 'd> {
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

    fn eof_pos(&self) -> u32 {
        u32::try_from(self.src.len())
            .unwrap_or(u32::MAX)
            .saturating_add(self.base)
    }

    fn next(&mut self) {
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

    fn drain_lexer_errors(&mut self) {
        if self.lx.errors.is_empty() {
            return;
        }
        let errs = std::mem::take(&mut self.lx.errors);
        for (span, msg) in errs {
            self.error_at(span, msg);
        }
    }

    /// From now on the parser sees only EOF, so every production unwinds quickly.
    fn stop(&mut self) {
        self.stopped = true;
        self.t = Token::eof(self.eof_pos());
    }

    fn line_of(&mut self, off: u32) -> usize {
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
    fn error_at(&mut self, span: Span, msg: impl Into<String>) {
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

    fn error(&mut self, msg: impl Into<String>) {
        let sp = self.t.span;
        self.error_at(sp, msg);
    }

    fn syntax_error(&mut self, msg: impl AsRef<str>) {
        let sp = self.t.span;
        self.syntax_error_at(sp, msg);
    }

    /// gc's syntaxErrorAt: "in/at/after ..." and "expecting ..." messages get the current
    /// token prepended ("unexpected X, expecting Y"); others are printed as they are.
    fn syntax_error_at(&mut self, sp: Span, msg: impl AsRef<str>) {
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

    fn got(&mut self, t: Tok) -> bool {
        if self.t.tok == t {
            self.next();
            return true;
        }
        false
    }

    fn want(&mut self, t: Tok) {
        if !self.got(t) {
            self.syntax_error(format!("expecting {}", tokstring(t)));
            self.advance(&[]);
        }
    }

    fn is_op(&self, op: Op) -> bool {
        self.t.tok == Tok::Operator && self.t.op == op
    }

    /// Like got(Assign), but also accepts `:=` (with an error) for better recovery.
    fn got_assign(&mut self) -> bool {
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
    fn advance(&mut self, follow: &[Tok]) {
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
    fn enter(&mut self) -> bool {
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

    fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    fn new_id(&mut self) -> NodeId {
        let id = self.ids;
        self.ids = self.ids.saturating_add(1);
        id
    }

    /// Span from `lo` to the end of the last consumed token.
    fn sp(&self, lo: u32) -> Span {
        Span::new(lo, self.prev_end.max(lo))
    }

    fn mk(&mut self, lo: u32, kind: ExprKind) -> Expr {
        let span = self.sp(lo);
        self.mk_span(span, kind)
    }

    fn mk_span(&mut self, span: Span, kind: ExprKind) -> Expr {
        Expr {
            id: self.new_id(),
            span,
            kind,
        }
    }

    fn bad(&mut self) -> Expr {
        let lo = self.t.span.lo;
        self.mk_span(Span::new(lo, lo), ExprKind::Bad)
    }

    fn stmt(&self, lo: u32, kind: StmtKind) -> Stmt {
        Stmt {
            span: self.sp(lo),
            kind,
        }
    }

    // ------------------------------------------------------------------------------------
    // Files and declarations

    fn file(&mut self) -> Option<File> {
        if !self.got(Tok::Package) {
            self.syntax_error("package statement must be first");
            return None;
        }
        let package = self.name();
        self.want(Tok::Semi);
        // Like gc, don't bother with the rest if the package clause has errors.
        if self.errcnt > 0 {
            return None;
        }

        let mut imports = Vec::new();
        while self.got(Tok::Import) {
            if self.t.tok == Tok::Lparen {
                self.next();
                self.list("grouped declaration", Tok::Semi, Tok::Rparen, |p| {
                    if let Some(i) = p.import_spec() {
                        imports.push(i);
                    }
                    false
                });
            } else if let Some(i) = self.import_spec() {
                imports.push(i);
            }
            self.want(Tok::Semi);
        }

        let mut decls: Vec<Decl> = Vec::new();
        while self.t.tok != Tok::Eof {
            let before = self.ntok;
            let lo = self.t.span.lo;
            match self.t.tok {
                Tok::Const => {
                    self.next();
                    let g = self.gen_group(lo, |p, i| Some(p.const_spec(i)));
                    decls.push(Decl::Const(g));
                }
                Tok::Type => {
                    self.next();
                    let g = self.gen_group(lo, |p, _| Some(p.type_spec()));
                    decls.push(Decl::Type(g));
                }
                Tok::Var => {
                    self.next();
                    let g = self.gen_group(lo, |p, _| Some(p.var_spec()));
                    decls.push(Decl::Var(g));
                }
                Tok::Func => {
                    let noinline = self.t.noinline;
                    self.next();
                    if let Some(f) = self.func_decl(lo, noinline) {
                        decls.push(Decl::Func(f));
                    }
                }
                _ => {
                    let after_bodyless_func =
                        matches!(decls.last(), Some(Decl::Func(f)) if f.body.is_none());
                    if self.t.tok == Tok::Lbrace && after_bodyless_func {
                        self.syntax_error("unexpected semicolon or newline before {");
                    } else {
                        self.syntax_error("non-declaration statement outside function body");
                    }
                    self.advance(&[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
                    self.ensure_progress(before);
                    continue;
                }
            }
            if self.t.tok != Tok::Eof && !self.got(Tok::Semi) {
                self.syntax_error("after top level declaration");
                self.advance(&[Tok::Const, Tok::Type, Tok::Var, Tok::Func]);
            }
            self.ensure_progress(before);
        }

        Some(File {
            package,
            imports,
            decls,
            node_count: 0,
            libs: Vec::new(),
        })
    }

    /// Defensive: if a loop iteration consumed nothing, consume one token.
    fn ensure_progress(&mut self, before: u64) {
        if self.ntok == before && self.t.tok != Tok::Eof {
            self.next();
        }
    }

    /// `list = [ f { sep f } [sep] ] close`. `f` returns true to end the list early. Returns
    /// the span of the closing token (or of the token found in its place).
    fn list(
        &mut self,
        context: &str,
        sep: Tok,
        close: Tok,
        mut f: impl FnMut(&mut Self) -> bool,
    ) -> Span {
        let mut done = false;
        while self.t.tok != Tok::Eof && self.t.tok != close && !done {
            let before = self.ntok;
            done = f(self);
            if !self.got(sep) && self.t.tok != close {
                self.syntax_error(format!(
                    "in {}; possibly missing {} or {}",
                    context,
                    tokstring(sep),
                    tokstring(close)
                ));
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                if self.t.tok != close {
                    return self.t.span;
                }
            }
            self.ensure_progress(before);
        }
        let sp = self.t.span;
        self.want(close);
        sp
    }

    /// `f | "(" { f ";" } ")"`; `f` gets the index of the spec in the group (iota).
    fn gen_group<T>(
        &mut self,
        lo: u32,
        mut f: impl FnMut(&mut Self, u32) -> Option<T>,
    ) -> GenDecl<T> {
        let mut specs = Vec::new();
        if self.t.tok == Tok::Lparen {
            self.next();
            let mut index = 0u32;
            self.list("grouped declaration", Tok::Semi, Tok::Rparen, |p| {
                if let Some(s) = f(p, index) {
                    specs.push(s);
                }
                index = index.saturating_add(1);
                false
            });
        } else if let Some(s) = f(self, 0) {
            specs.push(s);
        }
        GenDecl {
            specs,
            span: self.sp(lo),
        }
    }

    fn import_spec(&mut self) -> Option<Import> {
        let lo = self.t.span.lo;
        let name = match self.t.tok {
            Tok::Name => Some(self.name()),
            Tok::Dot => {
                let span = self.t.span;
                let id = self.new_id();
                self.next();
                Some(Ident {
                    name: ".".to_string(),
                    span,
                    id,
                })
            }
            _ => None,
        };
        if self.t.tok != Tok::Literal {
            self.syntax_error("missing import path");
            self.advance(&[Tok::Semi, Tok::Rparen]);
            return None;
        }
        let (kind, bad) = (self.t.kind, self.t.bad);
        let value = std::mem::replace(&mut self.t.value, LitValue::None);
        self.next();
        if bad {
            return None;
        }
        match (kind, value) {
            (LitKind::String, LitValue::Bytes(b)) => Some(Import {
                name,
                path: String::from_utf8_lossy(&b).into_owned(),
                span: self.sp(lo),
            }),
            _ => {
                self.syntax_error("import path must be a string");
                None
            }
        }
    }

    fn const_spec(&mut self, iota: u32) -> ValueSpec {
        let lo = self.t.span.lo;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if !matches!(self.t.tok, Tok::Eof | Tok::Semi | Tok::Rparen) {
            ty = self.type_or_nil();
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota,
            span: self.sp(lo),
        }
    }

    fn var_spec(&mut self) -> ValueSpec {
        let lo = self.t.span.lo;
        let first = self.name();
        let names = self.name_list(first);
        let mut ty = None;
        let mut values = Vec::new();
        if self.got_assign() {
            values = self.expr_list();
        } else {
            ty = Some(self.type_());
            if self.got_assign() {
                values = self.expr_list();
            }
        }
        ValueSpec {
            names,
            ty,
            values,
            iota: 0,
            span: self.sp(lo),
        }
    }

    /// `TypeSpec = identifier [ TypeParams ] [ "=" ] Type`. `type T[` is ambiguous between an
    /// array type and type parameters; resolved as gc does.
    fn type_spec(&mut self) -> TypeSpec {
        let lo = self.t.span.lo;
        let name = self.name();
        let mut type_params = Vec::new();
        let mut alias = false;
        let ty;
        if self.t.tok == Tok::Lbrack {
            let lb = self.t.span.lo;
            self.next();
            match self.t.tok {
                Tok::Name => {
                    let n = self.name();
                    let mut x = ident_expr(n);
                    if self.t.tok != Tok::Lbrack {
                        self.xnest += 1;
                        let saved = self.tparams;
                        self.tparams = true;
                        let px = self.pexpr(Some(x));
                        x = self.binary_expr(Some(px), 0);
                        self.tparams = saved;
                        self.xnest -= 1;
                    }
                    let comma = self.t.tok == Tok::Comma;
                    match extract_name(x, comma) {
                        Ok((pname, ptype)) if ptype.is_some() || self.t.tok != Tok::Rbrack => {
                            type_params = self.param_list(Some(pname), ptype, Tok::Rbrack, true).0;
                            alias = self.got_assign();
                            ty = self.type_or_nil();
                        }
                        Ok((pname, _)) => ty = Some(self.array_type(lb, Some(ident_expr(pname)))),
                        Err(x) => ty = Some(self.array_type(lb, Some(x))),
                    }
                }
                Tok::Rbrack => {
                    self.next();
                    ty = Some(self.slice_type(lb));
                }
                _ => ty = Some(self.array_type(lb, None)),
            }
        } else {
            alias = self.got_assign();
            ty = self.type_or_nil();
        }
        let ty = match ty {
            Some(t) => t,
            None => {
                let b = self.bad();
                self.syntax_error("in type declaration");
                self.advance(&[Tok::Semi, Tok::Rparen]);
                b
            }
        };
        TypeSpec {
            name,
            type_params,
            alias,
            ty,
            span: self.sp(lo),
        }
    }

    /// After `func`: `[ Receiver ] Name [ TypeParams ] Signature [ Body ]`.
    fn func_decl(&mut self, lo: u32, noinline: bool) -> Option<FuncDecl> {
        let mut recv = None;
        if self.got(Tok::Lparen) {
            let (mut fields, count) = self.param_list(None, None, Tok::Rparen, false);
            match count {
                0 => self.error("method has no receiver"),
                1 => {}
                _ => self.error("method has multiple receivers"),
            }
            if !fields.is_empty() {
                recv = Some(fields.swap_remove(0));
            }
        }
        if self.t.tok != Tok::Name {
            self.syntax_error("expecting name or (");
            self.advance(&[Tok::Lbrace, Tok::Semi]);
            return None;
        }
        let name = self.name();
        let context = if recv.is_some() { "method" } else { "" };
        let (type_params, sig) = self.func_type(lo, context);
        let body = if self.t.tok == Tok::Lbrace {
            Some(self.func_body())
        } else {
            None
        };
        Some(FuncDecl {
            name,
            recv,
            type_params,
            sig,
            body,
            noinline,
            span: self.sp(lo),
        })
    }

    fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let b = self.block_stmt("");
        self.fnest -= 1;
        b
    }

    // ------------------------------------------------------------------------------------
    // Expressions

    fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Tok::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, by precedence climbing.
    fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.unary_expr(),
        };
        // Each operator of a left-associative chain deepens the tree by one: count it as a
        // nesting level so that `a+a+...+a` cannot build an arbitrarily deep tree.
        let saved = self.depth;
        while matches!(self.t.tok, Tok::Operator | Tok::Star) && self.t.prec > prec {
            if !self.enter() {
                break;
            }
            let op = self.t.op.binop().unwrap_or(BinOp::Add);
            let tprec = self.t.prec;
            self.next();
            let y = self.binary_expr(None, tprec);
            let span = Span::new(x.span.lo, y.span.hi);
            x = self.mk_span(span, ExprKind::Binary(op, Box::new(x), Box::new(y)));
        }
        self.depth = saved;
        x
    }

    fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    fn unary_expr_inner(&mut self) -> Expr {
        let lo = self.t.span.lo;
        match self.t.tok {
            Tok::Operator | Tok::Star => {
                let op = self.t.op;
                match op {
                    Op::Mul | Op::Add | Op::Sub | Op::Not | Op::Xor | Op::Tilde => {
                        self.next();
                        let x = Box::new(self.unary_expr());
                        let kind = match op {
                            Op::Mul => ExprKind::Star(x),
                            Op::Add => ExprKind::Unary(UnOp::Pos, x),
                            Op::Sub => ExprKind::Unary(UnOp::Neg, x),
                            Op::Not => ExprKind::Unary(UnOp::Not, x),
                            // In a constraint `~T` is a term (the checker rejects generics).
                            Op::Tilde if self.tparams => ExprKind::Unary(UnOp::Tilde, x),
                            Op::Tilde => {
                                // gc's type checker reports this; the AST cannot tell ~ from ^.
                                self.later.push((
                                    Span::new(lo, lo + 1),
                                    "cannot use ~ outside of interface or type constraint",
                                ));
                                ExprKind::Bad
                            }
                            _ => ExprKind::Unary(UnOp::Xor, x),
                        };
                        return self.mk(lo, kind);
                    }
                    Op::And => {
                        self.next();
                        // `&(T{})` is `&T{}`: drop the parentheses, as gc does.
                        let x = unparen(self.unary_expr());
                        return self.mk(lo, ExprKind::Unary(UnOp::Addr, Box::new(x)));
                    }
                    _ => {}
                }
            }
            Tok::Arrow => {
                self.next();
                // `<-chan T` is a type, `<-x` a receive: only the operand tells.
                let mut x = self.unary_expr();
                if let ExprKind::ChanType(..) = x.kind {
                    // Re-associate: <-(chan E) is (<-chan E), <-(chan<- E) is (<-chan (<-E)).
                    let mut errs: Vec<String> = Vec::new();
                    let mut dir = ChanDir::Send;
                    let mut t = &x;
                    while dir == ChanDir::Send {
                        let ExprKind::ChanType(d, elem) = &t.kind else {
                            break;
                        };
                        dir = *d;
                        if dir == ChanDir::Recv {
                            // t is <-chan E but <-<-chan E is not permitted
                            errs.push("unexpected <-, expecting chan".to_string());
                        }
                        t = elem;
                    }
                    if dir == ChanDir::Send {
                        // the direction is <- but the element E is not a channel
                        errs.push(format!(
                            "unexpected {}, expecting chan",
                            self.expr_string(t)
                        ));
                    }
                    // Second walk, same path: now flip the directions.
                    let mut dir = ChanDir::Send;
                    let mut t = &mut x;
                    while dir == ChanDir::Send {
                        let ExprKind::ChanType(d, elem) = &mut t.kind else {
                            break;
                        };
                        dir = *d;
                        *d = ChanDir::Recv;
                        t = elem;
                    }
                    for e in errs {
                        self.syntax_error(e);
                    }
                    x.span.lo = lo;
                    return x;
                }
                return self.mk(lo, ExprKind::Unary(UnOp::Recv, Box::new(x)));
            }
            _ => {}
        }
        self.pexpr(None)
    }

    /// `Operand = Literal | OperandName | "(" Expression ")" | FunctionLit | type literal`.
    fn operand(&mut self) -> Expr {
        let lo = self.t.span.lo;
        match self.t.tok {
            Tok::Name => {
                let n = self.name();
                ident_expr(n)
            }
            Tok::Literal => self.literal(),
            Tok::Lparen => {
                self.next();
                self.xnest += 1;
                let x = self.expr();
                self.xnest -= 1;
                self.want(Tok::Rparen);
                self.mk(lo, ExprKind::Paren(Box::new(x)))
            }
            Tok::Func => {
                self.next();
                let (_, sig) = self.func_type(lo, "function type");
                if self.t.tok == Tok::Lbrace {
                    self.xnest += 1;
                    let body = self.func_body();
                    self.xnest -= 1;
                    let body = std::sync::Arc::new(body);
                    return self.mk(lo, ExprKind::FuncLit { sig, body });
                }
                self.mk(lo, ExprKind::FuncType(sig))
            }
            Tok::Lbrack | Tok::Chan | Tok::Map | Tok::Struct | Tok::Interface => self.type_(),
            _ => {
                let x = self.bad();
                self.syntax_error("expecting expression");
                self.advance(&[Tok::Rparen, Tok::Rbrack, Tok::Rbrace]);
                x
            }
        }
    }

    /// The current literal token as an expression (Bad if the lexer reported it malformed).
    fn literal(&mut self) -> Expr {
        let span = self.t.span;
        let kind = if self.t.bad {
            ExprKind::Bad
        } else {
            let text = std::mem::take(&mut self.t.lit);
            let value = std::mem::replace(&mut self.t.value, LitValue::None);
            match (self.t.kind, value) {
                (LitKind::Int, _) => ExprKind::IntLit(text),
                (LitKind::Float, _) => ExprKind::FloatLit(text),
                (LitKind::Imag, _) => ExprKind::ImagLit(text),
                (LitKind::Rune, LitValue::Rune(c)) => ExprKind::CharLit(c),
                (LitKind::String, LitValue::Bytes(b)) => ExprKind::StringLit(b),
                _ => ExprKind::Bad,
            }
        };
        self.next();
        self.mk_span(span, kind)
    }

    /// PrimaryExpr: an operand followed by selectors, indexes, slices, assertions, calls and
    /// composite literal bodies. `x` is an already parsed operand.
    fn pexpr(&mut self, x: Option<Expr>) -> Expr {
        let mut x = match x {
            Some(x) => x,
            None => self.operand(),
        };
        let lo = x.span.lo;
        // Each suffix nests the tree one level deeper; see binary_expr.
        let saved = self.depth;
        loop {
            match self.t.tok {
                Tok::Dot => {
                    if !self.enter() {
                        break;
                    }
                    self.next();
                    match self.t.tok {
                        Tok::Name => {
                            let sel = self.name();
                            x = self.mk(lo, ExprKind::Selector(Box::new(x), sel));
                        }
                        Tok::Lparen => {
                            self.next();
                            let ty = if self.got(Tok::Type) {
                                None
                            } else {
                                Some(Box::new(self.type_()))
                            };
                            self.want(Tok::Rparen);
                            x = self.mk(lo, ExprKind::TypeAssert(Box::new(x), ty));
                        }
                        _ => {
                            self.syntax_error("expecting name or (");
                            self.advance(&[Tok::Semi, Tok::Rparen]);
                        }
                    }
                }
                Tok::Lbrack => {
                    if !self.enter() {
                        break;
                    }
                    self.next();
                    if self.t.tok == Tok::Rbrack {
                        // invalid empty instance, slice or index expression; accept but complain
                        self.syntax_error("expecting operand");
                        self.next();
                        continue;
                    }
                    let mut index = None;
                    if self.t.tok != Tok::Colon {
                        let (list, comma) = self.type_list();
                        if comma || self.t.tok == Tok::Rbrack {
                            self.want(Tok::Rbrack);
                            x = self.mk(lo, ExprKind::Index(Box::new(x), list));
                            continue;
                        }
                        index = list.into_iter().next().map(Box::new);
                    }
                    // x[i:...
                    if !self.got(Tok::Colon) {
                        self.syntax_error("expecting comma, : or ]");
                        self.advance(&[Tok::Comma, Tok::Colon, Tok::Rbrack]);
                    }
                    self.xnest += 1;
                    let mut hi = None;
                    let mut max = None;
                    if self.t.tok != Tok::Colon && self.t.tok != Tok::Rbrack {
                        hi = Some(Box::new(self.expr()));
                    }
                    if self.t.tok == Tok::Colon {
                        if hi.is_none() {
                            self.error("middle index required in 3-index slice");
                            hi = Some(Box::new(self.bad()));
                        }
                        self.next();
                        if self.t.tok != Tok::Rbrack {
                            max = Some(Box::new(self.expr()));
                        } else {
                            self.error("final index required in 3-index slice");
                            max = Some(Box::new(self.bad()));
                        }
                    }
                    self.xnest -= 1;
                    self.want(Tok::Rbrack);
                    x = self.mk(
                        lo,
                        ExprKind::Slice {
                            x: Box::new(x),
                            lo: index,
                            hi,
                            max,
                        },
                    );
                }
                Tok::Lparen => {
                    if !self.enter() {
                        break;
                    }
                    self.next();
                    let (args, ellipsis) = self.arg_list();
                    x = self.mk(
                        lo,
                        ExprKind::Call {
                            func: Box::new(x),
                            args,
                            ellipsis,
                        },
                    );
                }
                Tok::Lbrace => {
                    // Does `{` start a composite literal or the block after a header?
                    let t = unparen_ref(&x);
                    let complit_ok = match &t.kind {
                        ExprKind::Ident(_) | ExprKind::Selector(..) => self.xnest >= 0,
                        ExprKind::Index(..) => self.xnest >= 0 && !is_value(t),
                        ExprKind::ArrayType { .. }
                        | ExprKind::StructType(_)
                        | ExprKind::MapType(..) => true,
                        _ => false,
                    };
                    if !complit_ok {
                        break;
                    }
                    if matches!(x.kind, ExprKind::Paren(_)) {
                        self.syntax_error("cannot parenthesize type in composite literal");
                    }
                    if !self.enter() {
                        break;
                    }
                    x = self.complit_expr(Some(x));
                }
                _ => break,
            }
        }
        self.depth = saved;
        x
    }

    /// `Element = Expression | LiteralValue`.
    fn bare_complitexpr(&mut self) -> Expr {
        if self.t.tok == Tok::Lbrace {
            if !self.enter() {
                return self.bad();
            }
            let x = self.complit_expr(None);
            self.leave();
            return x;
        }
        self.expr()
    }

    /// `LiteralValue = "{" [ ElementList [ "," ] ] "}"`, with `ty` already parsed.
    fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
        let lo = ty.as_ref().map_or(self.t.span.lo, |t| t.span.lo);
        self.xnest += 1;
        self.want(Tok::Lbrace);
        let mut elts = Vec::new();
        let rbrace = self.list("composite literal", Tok::Comma, Tok::Rbrace, |p| {
            let e = p.bare_complitexpr();
            if p.t.tok == Tok::Colon {
                p.next();
                let value = p.bare_complitexpr();
                elts.push(Element {
                    key: Some(e),
                    value,
                });
            } else {
                elts.push(Element {
                    key: None,
                    value: e,
                });
            }
            false
        });
        self.xnest -= 1;
        self.mk(
            lo,
            ExprKind::CompositeLit {
                ty: ty.map(Box::new),
                elts,
                rbrace,
            },
        )
    }

    /// `argList = [ arg { "," arg } [ "..." ] [ "," ] ] ")"`.
    fn arg_list(&mut self) -> (Vec<Expr>, bool) {
        let mut args = Vec::new();
        let mut dots = false;
        self.xnest += 1;
        self.list("argument list", Tok::Comma, Tok::Rparen, |p| {
            args.push(p.expr());
            dots = p.got(Tok::DotDotDot);
            dots
        });
        self.xnest -= 1;
        (args, dots)
    }

    /// A non-empty comma-separated list whose first element is any expression and the rest
    /// types (index expressions and type argument lists). Also says whether a comma was seen.
    fn type_list(&mut self) -> (Vec<Expr>, bool) {
        self.xnest += 1;
        let mut list = vec![self.expr()];
        let mut comma = false;
        if self.got(Tok::Comma) {
            comma = true;
            if let Some(t) = self.type_or_nil() {
                list.push(t);
                while self.got(Tok::Comma) {
                    match self.type_or_nil() {
                        Some(t) => list.push(t),
                        None => break,
                    }
                }
            }
        }
        self.xnest -= 1;
        (list, comma)
    }

    fn name(&mut self) -> Ident {
        let span = self.t.span;
        if self.t.tok == Tok::Name {
            let name = std::mem::take(&mut self.t.lit);
            let id = self.new_id();
            self.next();
            return Ident { name, span, id };
        }
        let id = self.new_id();
        self.syntax_error("expecting name");
        self.advance(&[]);
        Ident {
            name: "_".to_string(),
            span: Span::new(span.lo, span.lo),
            id,
        }
    }

    fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// `TypeName = identifier | QualifiedIdent`, optionally instantiated.
    fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
        let mut x = match name {
            Some(n) => ident_expr(n),
            None if self.t.tok == Tok::Name => {
                let n = self.name();
                ident_expr(n)
            }
            None => {
                let id = self.new_id();
                let lo = self.t.span.lo;
                self.syntax_error("expecting name");
                self.advance(&[Tok::Dot, Tok::Semi, Tok::Rbrace]);
                Expr {
                    id,
                    span: Span::new(lo, lo),
                    kind: ExprKind::Ident("_".to_string()),
                }
            }
        };
        let lo = x.span.lo;
        if self.t.tok == Tok::Dot {
            self.next();
            let sel = self.name();
            x = self.mk(lo, ExprKind::Selector(Box::new(x), sel));
        }
        if self.t.tok == Tok::Lbrack {
            x = self.type_instance(x);
        }
        x
    }

    fn type_instance(&mut self, x: Expr) -> Expr {
        let lo = x.span.lo;
        self.want(Tok::Lbrack);
        let args = if self.t.tok == Tok::Rbrack {
            self.syntax_error("expecting type");
            vec![self.bad()]
        } else {
            self.type_list().0
        };
        self.want(Tok::Rbrack);
        self.mk(lo, ExprKind::Index(Box::new(x), args))
    }

    // ------------------------------------------------------------------------------------
    // Types

    fn type_(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad();
                self.syntax_error("expecting type");
                self.advance(&[
                    Tok::Comma,
                    Tok::Colon,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }

    /// A type, or None (without an error) if the current token cannot start one.
    fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    fn type_or_nil_inner(&mut self) -> Option<Expr> {
        let lo = self.t.span.lo;
        let kind = match self.t.tok {
            Tok::Star => {
                self.next();
                ExprKind::Star(Box::new(self.type_()))
            }
            Tok::Arrow => {
                self.next();
                self.want(Tok::Chan);
                ExprKind::ChanType(ChanDir::Recv, Box::new(self.chan_elem()))
            }
            Tok::Func => {
                self.next();
                let (_, sig) = self.func_type(lo, "function type");
                ExprKind::FuncType(sig)
            }
            Tok::Lbrack => {
                self.next();
                if self.got(Tok::Rbrack) {
                    return Some(self.slice_type(lo));
                }
                return Some(self.array_type(lo, None));
            }
            Tok::Chan => {
                self.next();
                let dir = if self.got(Tok::Arrow) {
                    ChanDir::Send
                } else {
                    ChanDir::Both
                };
                ExprKind::ChanType(dir, Box::new(self.chan_elem()))
            }
            Tok::Map => {
                self.next();
                self.want(Tok::Lbrack);
                let k = self.type_();
                self.want(Tok::Rbrack);
                let v = self.type_();
                ExprKind::MapType(Box::new(k), Box::new(v))
            }
            Tok::Struct => return Some(self.struct_type()),
            Tok::Interface => return Some(self.interface_type()),
            Tok::Name => return Some(self.qualified_name(None)),
            Tok::Lparen => {
                self.next();
                let t = self.type_();
                self.want(Tok::Rparen);
                ExprKind::Paren(Box::new(t))
            }
            _ => return None,
        };
        Some(self.mk(lo, kind))
    }

    /// After `[`: `len ] elem` (len already parsed if given).
    fn array_type(&mut self, lo: u32, len: Option<Expr>) -> Expr {
        let len = match len {
            Some(x) => ArrayLen::Expr(Box::new(x)),
            None => {
                if self.got(Tok::DotDotDot) {
                    ArrayLen::Ellipsis
                } else {
                    self.xnest += 1;
                    let e = self.expr();
                    self.xnest -= 1;
                    ArrayLen::Expr(Box::new(e))
                }
            }
        };
        if self.t.tok == Tok::Comma {
            // Trailing commas are accepted in type parameter lists but not in array types.
            self.syntax_error("unexpected comma; expecting ]");
            self.next();
        }
        self.want(Tok::Rbrack);
        let elem = self.type_();
        self.mk(
            lo,
            ExprKind::ArrayType {
                len,
                elem: Box::new(elem),
            },
        )
    }

    /// After `[]`.
    fn slice_type(&mut self, lo: u32) -> Expr {
        let elem = self.type_();
        self.mk(
            lo,
            ExprKind::ArrayType {
                len: ArrayLen::Slice,
                elem: Box::new(elem),
            },
        )
    }

    fn chan_elem(&mut self) -> Expr {
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad();
                // assume the element type is simply absent: don't advance
                self.syntax_error("missing channel element type");
                b
            }
        }
    }

    fn struct_type(&mut self) -> Expr {
        let lo = self.t.span.lo;
        self.want(Tok::Struct);
        self.want(Tok::Lbrace);
        let mut fields = Vec::new();
        self.list("struct type", Tok::Semi, Tok::Rbrace, |p| {
            p.field_decl(&mut fields);
            false
        });
        self.mk(lo, ExprKind::StructType(fields))
    }

    fn tag(&mut self) -> Option<String> {
        if self.t.tok == Tok::Literal {
            let text = std::mem::take(&mut self.t.lit);
            self.next();
            return Some(text);
        }
        None
    }

    fn embedded_field(&mut self, lo: u32, ty: Expr, fields: &mut Vec<Field>) {
        let tag = self.tag();
        fields.push(Field {
            names: Vec::new(),
            ty,
            variadic: false,
            tag,
            span: self.sp(lo),
        });
    }

    /// `FieldDecl = (IdentifierList Type | EmbeddedField) [ Tag ]`.
    fn field_decl(&mut self, fields: &mut Vec<Field>) {
        let lo = self.t.span.lo;
        match self.t.tok {
            Tok::Name => {
                let name = self.name();
                if matches!(
                    self.t.tok,
                    Tok::Dot | Tok::Literal | Tok::Semi | Tok::Rbrace
                ) {
                    let ty = self.qualified_name(Some(name));
                    self.embedded_field(lo, ty, fields);
                    return;
                }
                let names = self.name_list(name);
                let ty;
                if names.len() == 1 && self.t.tok == Tok::Lbrack {
                    match self.array_or_targs() {
                        ArrayOrArgs::Args(args) => {
                            // embedded instantiated type T[P1, P2, ...]
                            let Some(n) = names.into_iter().next() else {
                                return;
                            };
                            let x = ident_expr(n);
                            let t = self.mk(lo, ExprKind::Index(Box::new(x), args));
                            self.embedded_field(lo, t, fields);
                            return;
                        }
                        ArrayOrArgs::Type(t) => ty = t,
                    }
                } else {
                    ty = self.type_();
                }
                let tag = self.tag();
                fields.push(Field {
                    names,
                    ty,
                    variadic: false,
                    tag,
                    span: self.sp(lo),
                });
            }
            Tok::Star => {
                self.next();
                let ty = if self.t.tok == Tok::Lparen {
                    self.syntax_error("cannot parenthesize embedded type");
                    self.next();
                    let q = self.qualified_name(None);
                    self.got(Tok::Rparen);
                    q
                } else {
                    self.qualified_name(None)
                };
                let star = self.mk(lo, ExprKind::Star(Box::new(ty)));
                self.embedded_field(lo, star, fields);
            }
            Tok::Lparen => {
                self.syntax_error("cannot parenthesize embedded type");
                self.next();
                let ty = if self.t.tok == Tok::Star {
                    let slo = self.t.span.lo;
                    self.next();
                    let q = self.qualified_name(None);
                    self.mk(slo, ExprKind::Star(Box::new(q)))
                } else {
                    self.qualified_name(None)
                };
                self.got(Tok::Rparen);
                self.embedded_field(lo, ty, fields);
            }
            _ => {
                self.syntax_error("expecting field name or embedded type");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
            }
        }
    }

    /// At `[` after a name: an array/slice type `[n]E` or type arguments `[A, B]`.
    fn array_or_targs(&mut self) -> ArrayOrArgs {
        let lo = self.t.span.lo;
        self.want(Tok::Lbrack);
        if self.got(Tok::Rbrack) {
            return ArrayOrArgs::Type(self.slice_type(lo));
        }
        let (mut n, comma) = self.type_list();
        self.want(Tok::Rbrack);
        if !comma && n.len() == 1 {
            if let Some(elem) = self.type_or_nil() {
                let len = n
                    .pop()
                    .map(Box::new)
                    .map_or(ArrayLen::Slice, ArrayLen::Expr);
                let t = self.mk(
                    lo,
                    ExprKind::ArrayType {
                        len,
                        elem: Box::new(elem),
                    },
                );
                return ArrayOrArgs::Type(t);
            }
        }
        ArrayOrArgs::Args(n)
    }

    fn interface_type(&mut self) -> Expr {
        let lo = self.t.span.lo;
        self.want(Tok::Interface);
        self.want(Tok::Lbrace);
        let mut elems = Vec::new();
        self.list("interface type", Tok::Semi, Tok::Rbrace, |p| {
            let first = if p.t.tok == Tok::Name {
                match p.method_decl() {
                    MethodOrType::Method(name, sig) => {
                        elems.push(InterfaceElem::Method { name, sig });
                        return false;
                    }
                    MethodOrType::Type(t) => Some(t),
                }
            } else {
                None
            };
            let e = p.embedded_elem(first);
            elems.push(InterfaceElem::Embed(e));
            false
        });
        self.mk(lo, ExprKind::InterfaceType(elems))
    }

    /// `MethodSpec = MethodName Signature | InterfaceTypeName`.
    fn method_decl(&mut self) -> MethodOrType {
        const CONTEXT: &str = "interface method";
        let lo = self.t.span.lo;
        let name = self.name();
        match self.t.tok {
            Tok::Lparen => {
                let (_, sig) = self.func_type(lo, CONTEXT);
                MethodOrType::Method(name, sig)
            }
            Tok::Lbrack => {
                // A generic method m[T C](x T) (rejected) or an embedded T[P1, P2].
                let pos = self.t.span;
                self.next();
                if self.t.tok == Tok::Rbrack {
                    let pos2 = self.t.span;
                    self.next();
                    if self.t.tok == Tok::Lparen {
                        self.error_at(pos2, "empty type parameter list");
                        let (_, sig) = self.func_type(lo, CONTEXT);
                        return MethodOrType::Method(name, sig);
                    }
                    self.error_at(pos2, "empty type argument list");
                    return MethodOrType::Type(ident_expr(name));
                }
                let (list, _) = self.param_list(None, None, Tok::Rbrack, false);
                if list.is_empty() {
                    if self.t.tok == Tok::Lparen {
                        let (_, sig) = self.func_type(lo, CONTEXT);
                        return MethodOrType::Method(name, sig);
                    }
                    return MethodOrType::Type(ident_expr(name));
                }
                if !list[0].names.is_empty() {
                    let (_, sig) = self.func_type(lo, CONTEXT);
                    self.error_at(pos, "interface method must have no type parameters");
                    return MethodOrType::Method(name, sig);
                }
                let args = list.into_iter().map(|f| f.ty).collect();
                let x = ident_expr(name);
                MethodOrType::Type(self.mk(lo, ExprKind::Index(Box::new(x), args)))
            }
            _ => MethodOrType::Type(self.qualified_name(Some(name))),
        }
    }

    /// `EmbeddedElem = EmbeddedTerm { "|" EmbeddedTerm }`, unions as Binary(Or).
    fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
        let mut x = match first {
            Some(x) => x,
            None => self.embedded_term(),
        };
        let saved = self.depth;
        while self.is_op(Op::Or) {
            if !self.enter() {
                break;
            }
            self.next();
            let y = self.embedded_term();
            let span = Span::new(x.span.lo, y.span.hi);
            x = self.mk_span(span, ExprKind::Binary(BinOp::Or, Box::new(x), Box::new(y)));
        }
        self.depth = saved;
        x
    }

    /// `EmbeddedTerm = [ "~" ] Type`; `~T` is represented as Unary(Tilde, T).
    fn embedded_term(&mut self) -> Expr {
        if self.is_op(Op::Tilde) {
            let lo = self.t.span.lo;
            self.next();
            let t = self.type_();
            return self.mk(lo, ExprKind::Unary(UnOp::Tilde, Box::new(t)));
        }
        match self.type_or_nil() {
            Some(t) => t,
            None => {
                let b = self.bad();
                self.syntax_error("expecting ~ term or type");
                self.advance(&[
                    Tok::Operator,
                    Tok::Semi,
                    Tok::Rparen,
                    Tok::Rbrack,
                    Tok::Rbrace,
                ]);
                b
            }
        }
    }

    /// If `context` is not empty, type parameters are not permitted (and reported).
    fn func_type(&mut self, lo: u32, context: &str) -> (Vec<Field>, FuncType) {
        let mut tparams = Vec::new();
        if self.t.tok == Tok::Lbrack {
            let pos = self.t.span;
            self.next();
            if !context.is_empty() {
                self.syntax_error_at(pos, format!("{context} must have no type parameters"));
            }
            if self.t.tok == Tok::Rbrack {
                self.syntax_error("empty type parameter list");
                self.next();
            } else {
                tparams = self.param_list(None, None, Tok::Rbrack, true).0;
            }
        }
        self.want(Tok::Lparen);
        let params = self.param_list(None, None, Tok::Rparen, false).0;
        let results = self.func_result();
        let sig = FuncType {
            params,
            results,
            span: self.sp(lo),
        };
        (tparams, sig)
    }

    /// `Result = Parameters | Type`.
    fn func_result(&mut self) -> Vec<Field> {
        if self.got(Tok::Lparen) {
            return self.param_list(None, None, Tok::Rparen, false).0;
        }
        let lo = self.t.span.lo;
        match self.type_or_nil() {
            Some(ty) => vec![Field {
                names: Vec::new(),
                ty,
                variadic: false,
                tag: None,
                span: self.sp(lo),
            }],
            None => Vec::new(),
        }
    }

    /// `ParameterDecl = [ IdentifierList ] [ "..." ] Type`, one name at a time.
    fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<Param> {
        // type set notation is ok in type parameter lists
        let type_sets_ok = follow == Tok::Rbrack;
        if name.is_none() && type_sets_ok && self.is_op(Op::Tilde) {
            let ty = self.embedded_elem(None);
            return Some(Param {
                name: None,
                ty: Some(ty),
                variadic: false,
            });
        }
        let mut par = Param {
            name: None,
            ty: None,
            variadic: false,
        };
        if self.t.tok == Tok::Name || name.is_some() {
            let name = match name {
                Some(n) => n,
                None => self.name(),
            };
            if self.t.tok == Tok::Lbrack {
                // name "[" ...
                let lo = name.span.lo;
                match self.array_or_targs() {
                    ArrayOrArgs::Args(args) => {
                        let x = ident_expr(name);
                        par.ty = Some(self.mk(lo, ExprKind::Index(Box::new(x), args)));
                    }
                    ArrayOrArgs::Type(t) => {
                        par.name = Some(name);
                        par.ty = Some(t);
                    }
                }
                if type_sets_ok && self.is_op(Op::Or) {
                    par.ty = Some(self.embedded_elem(par.ty.take()));
                }
                return Some(par);
            }
            if self.t.tok == Tok::Dot {
                // name "." ...
                let mut ty = self.qualified_name(Some(name));
                if type_sets_ok && self.is_op(Op::Or) {
                    ty = self.embedded_elem(Some(ty));
                }
                par.ty = Some(ty);
                return Some(par);
            }
            if type_sets_ok && self.is_op(Op::Or) {
                // name "|" ...
                par.ty = Some(self.embedded_elem(Some(ident_expr(name))));
                return Some(par);
            }
            par.name = Some(name);
        }
        if self.t.tok == Tok::DotDotDot {
            // [name] "..." ...
            self.next();
            let elem = match self.type_or_nil() {
                Some(t) => t,
                None => {
                    let b = self.bad();
                    self.syntax_error("... is missing type");
                    b
                }
            };
            par.ty = Some(elem);
            par.variadic = true;
            return Some(par);
        }
        if type_sets_ok && self.is_op(Op::Tilde) {
            // [name] "~" ...
            par.ty = Some(self.embedded_elem(None));
            return Some(par);
        }
        par.ty = self.type_or_nil();
        if type_sets_ok && self.is_op(Op::Or) && par.ty.is_some() {
            par.ty = Some(self.embedded_elem(par.ty.take()));
        }
        if par.name.is_some() || par.ty.is_some() {
            return Some(par);
        }
        self.syntax_error(format!("expecting {}", tokstring(follow)));
        self.advance(&[Tok::Comma, follow]);
        None
    }

    /// `Parameters = "(" [ ParameterList [ "," ] ] ")"` after the opening `(` or `[`; `name`
    /// and `typ` are an already parsed first parameter. Consecutive names sharing a type become
    /// one Field (`a, b int`). Also returns the number of parameters (names), which the
    /// receiver check needs.
    fn param_list(
        &mut self,
        name: Option<Ident>,
        typ: Option<Expr>,
        close: Tok,
        require_names: bool,
    ) -> (Vec<Field>, usize) {
        if name.is_some() && typ.is_some() && self.t.tok == close {
            self.next();
            let (Some(name), Some(ty)) = (name, typ) else {
                return (Vec::new(), 0);
            };
            let span = Span::new(name.span.lo, ty.span.hi);
            return (
                vec![Field {
                    names: vec![name],
                    ty,
                    variadic: false,
                    tag: None,
                    span,
                }],
                1,
            );
        }

        let mut list: Vec<Param> = Vec::new();
        let mut named = 0; // parameters that have an explicit name and type
        let mut typed = 0; // parameters that have an explicit type
        let mut name = name;
        let mut typ = typ;
        let end = self.list("parameter list", Tok::Comma, close, |p| {
            let par = if let Some(t) = typ.take() {
                Some(Param {
                    name: name.take(),
                    ty: Some(t),
                    variadic: false,
                })
            } else {
                p.param_decl_or_nil(name.take(), close)
            };
            if let Some(par) = par {
                if par.name.is_some() && par.ty.is_some() {
                    named += 1;
                }
                if par.ty.is_some() {
                    typed += 1;
                }
                list.push(par);
            }
            false
        });
        let count = list.len();
        if list.is_empty() {
            return (Vec::new(), 0);
        }

        if named == 0 && !require_names {
            // all unnamed => found names are named types
            let fields = list
                .into_iter()
                .filter_map(|par| {
                    let ty = match (par.ty, par.name) {
                        (Some(t), _) => t,
                        (None, Some(n)) => ident_expr(n),
                        (None, None) => return None,
                    };
                    Some(Field {
                        names: Vec::new(),
                        span: ty.span,
                        ty,
                        variadic: par.variadic,
                        tag: None,
                    })
                })
                .collect();
            return (fields, count);
        }

        // Some named => all must have names and types: distribute each type to the names
        // before it, right to left, grouping them into one Field.
        let mut err_pos: Option<u32> = None;
        let mut groups: Vec<Field> = Vec::new();
        let mut open = false; // the last group pushed can still take names from its left
        for par in list.into_iter().rev() {
            match par.ty {
                Some(ty) => {
                    let name = match par.name {
                        Some(n) => n,
                        None => {
                            err_pos = Some(ty.span.lo);
                            let id = self.new_id();
                            Ident {
                                name: "_".to_string(),
                                span: Span::new(ty.span.lo, ty.span.lo),
                                id,
                            }
                        }
                    };
                    groups.push(Field {
                        span: Span::new(name.span.lo, ty.span.hi),
                        names: vec![name],
                        ty,
                        variadic: par.variadic,
                        tag: None,
                    });
                    open = true;
                }
                None => {
                    let Some(name) = par.name else { continue };
                    match groups.last_mut() {
                        Some(g) if open => {
                            g.span.lo = name.span.lo;
                            g.names.insert(0, name);
                        }
                        _ => {
                            // only a name, and no type to its right
                            err_pos = Some(name.span.lo);
                            let sp = name.span;
                            let bad = self.mk_span(sp, ExprKind::Bad);
                            groups.push(Field {
                                span: sp,
                                names: vec![name],
                                ty: bad,
                                variadic: false,
                                tag: None,
                            });
                            open = false;
                        }
                    }
                }
            }
        }
        groups.reverse();
        if let Some(pos) = err_pos {
            let mut pos = Span::new(pos, pos);
            let msg = if require_names {
                if named == typed {
                    pos = end; // position the error at the closing ]
                    "missing type constraint"
                } else {
                    "type parameters must be named"
                }
            } else {
                "mixed named and unnamed parameters"
            };
            self.syntax_error_at(pos, msg);
        }
        (groups, count)
    }

    // ------------------------------------------------------------------------------------
    // Statements

    /// `SimpleStmt`. `lhs` is an already parsed expression list; `keyword` the header it is in
    /// (`for` allows a range clause, `switch` a type switch guard).
    fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
        if keyword == Some(Tok::For) && self.t.tok == Tok::Range {
            return self.range_clause(Vec::new(), false);
        }
        let mut lhs = match lhs {
            Some(l) => l,
            None => self.expr_list(),
        };
        let lo = lhs.first().map_or(self.t.span.lo, |x| x.span.lo);

        if lhs.len() == 1 && self.t.tok != Tok::Assign && self.t.tok != Tok::Define {
            let pos = self.t.span.lo;
            let x = match lhs.pop() {
                Some(x) => x,
                None => self.bad(),
            };
            let kind = match self.t.tok {
                Tok::AssignOp => {
                    let op = self.t.op.binop().unwrap_or(BinOp::Add);
                    self.next();
                    let rhs = self.expr();
                    StmtKind::Assign {
                        lhs: vec![x],
                        op: AssignOp::Op(op),
                        rhs: vec![rhs],
                    }
                }
                Tok::IncOp => {
                    let inc = self.t.op == Op::Add;
                    self.next();
                    StmtKind::IncDec(x, inc)
                }
                Tok::Arrow => {
                    self.next();
                    let v = self.expr();
                    StmtKind::Send(x, v)
                }
                _ => {
                    let sp = x.span;
                    return Simple::Stmt(
                        Stmt {
                            span: sp,
                            kind: StmtKind::Expr(x),
                        },
                        sp.lo,
                    );
                }
            };
            return Simple::Stmt(self.stmt(lo, kind), pos);
        }

        match self.t.tok {
            Tok::Assign | Tok::Define => {
                let pos = self.t.span.lo;
                let define = self.t.tok == Tok::Define;
                self.next();
                if keyword == Some(Tok::For) && self.t.tok == Tok::Range {
                    return self.range_clause(lhs, define);
                }
                let mut rhs = self.expr_list();
                let is_guard = keyword == Some(Tok::Switch)
                    && define
                    && lhs.len() == 1
                    && rhs.len() == 1
                    && matches!(lhs[0].kind, ExprKind::Ident(_))
                    && matches!(rhs[0].kind, ExprKind::TypeAssert(_, None));
                if is_guard {
                    if let (Some(l), Some(r)) = (lhs.pop(), rhs.pop()) {
                        if let (Ok(bind), ExprKind::TypeAssert(x, None)) =
                            (expr_to_ident(l), r.kind)
                        {
                            return Simple::Guard { bind, x: *x };
                        }
                    }
                    // Not reached: the shape was checked above.
                    let b = self.bad();
                    return Simple::Stmt(
                        Stmt {
                            span: b.span,
                            kind: StmtKind::Expr(b),
                        },
                        lo,
                    );
                }
                let op = if define {
                    AssignOp::Define
                } else {
                    AssignOp::Assign
                };
                Simple::Stmt(self.stmt(lo, StmtKind::Assign { lhs, op, rhs }), pos)
            }
            _ => {
                self.syntax_error("expecting := or = or comma");
                self.advance(&[Tok::Semi, Tok::Rbrace]);
                // make the best of what we have
                let x = match lhs.into_iter().next() {
                    Some(x) => x,
                    None => self.bad(),
                };
                let sp = x.span;
                Simple::Stmt(
                    Stmt {
                        span: sp,
                        kind: StmtKind::Expr(x),
                    },
                    sp.lo,
                )
            }
        }
    }

    /// At `range`, after an optional `lhs =` or `lhs :=`.
    fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
        self.next();
        let x = self.expr();
        if lhs.len() > 2 {
            // gc's type checker reports this; the AST has room for two variables only.
            self.later.push((
                lhs[2].span,
                "range clause permits at most two iteration variables",
            ));
        }
        let mut it = lhs.into_iter();
        Simple::Range {
            key: it.next(),
            value: it.next(),
            define,
            x,
        }
    }

    fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt(s, _) => s,
            // Only produced in headers, which handle them; keep the operand otherwise.
            Simple::Range { x, .. } | Simple::Guard { x, .. } => Stmt {
                span: x.span,
                kind: StmtKind::Expr(x),
            },
        }
    }

    fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
        let lo = label.span.lo;
        let colon = self.t.span;
        self.want(Tok::Colon);
        if self.t.tok == Tok::Rbrace {
            // A statement must follow a label; before `}` it is the (implicit) empty statement.
            let at = self.t.span.lo;
            let empty = Stmt {
                span: Span::new(at, at),
                kind: StmtKind::Empty,
            };
            return Some(self.stmt(lo, StmtKind::Labeled(label, Box::new(empty))));
        }
        match self.stmt_or_nil() {
            Some(s) => Some(self.stmt(lo, StmtKind::Labeled(label, Box::new(s)))),
            None => {
                self.syntax_error_at(colon, "missing statement after label");
                None
            }
        }
    }

    /// `Block = "{" StatementList "}"`; `context` names what the block belongs to for the
    /// "expecting { after ..." error.
    fn block_stmt(&mut self, context: &str) -> Block {
        let lo = self.t.span.lo;
        if !self.got(Tok::Lbrace) {
            self.syntax_error(format!("expecting {{ after {context}"));
            self.advance(&[Tok::Name, Tok::Rbrace]);
            let rbrace = self.t.span;
            if self.got(Tok::Rbrace) {
                return Block {
                    stmts: Vec::new(),
                    span: self.sp(lo),
                    rbrace,
                };
            }
        }
        let stmts = self.stmt_list();
        let rbrace = self.t.span;
        self.want(Tok::Rbrace);
        Block {
            stmts,
            span: self.sp(lo),
            rbrace,
        }
    }

    fn for_stmt(&mut self) -> Stmt {
        let lo = self.t.span.lo;
        let h = self.header(Tok::For);
        let body = self.block_stmt("for clause");
        if let Some(Simple::Range {
            key,
            value,
            define,
            x,
        }) = h.range
        {
            return self.stmt(
                lo,
                StmtKind::Range {
                    key,
                    value,
                    define,
                    x,
                    body,
                },
            );
        }
        let cond = match h.cond {
            Cond::None => None,
            Cond::Expr(e) => Some(e),
            Cond::Guard { x, .. } => Some(x),
        };
        self.stmt(
            lo,
            StmtKind::For {
                init: h.init,
                cond,
                post: h.post,
                body,
            },
        )
    }

    /// The header of an if, for or switch statement, from the keyword to before `{`.
    fn header(&mut self, keyword: Tok) -> Header {
        let mut h = Header {
            init: None,
            cond: Cond::None,
            post: None,
            range: None,
        };
        self.want(keyword);
        if self.t.tok == Tok::Lbrace {
            if keyword == Tok::If {
                self.syntax_error("missing condition in if statement");
                h.cond = Cond::Expr(self.bad());
            }
            return h;
        }

        let outer = self.xnest;
        self.xnest = -1;

        let mut init: Option<Simple> = None;
        if self.t.tok != Tok::Semi {
            // accept potential varDecl but complain
            if self.got(Tok::Var) {
                self.syntax_error(format!(
                    "var declaration not allowed in {} initializer",
                    tokstring(keyword)
                ));
            }
            let s = self.simple_stmt(None, Some(keyword));
            if let Simple::Range { .. } = s {
                self.xnest = outer;
                h.range = Some(s);
                return h;
            }
            init = Some(s);
        }

        let mut cond_stmt: Option<Simple> = None;
        let mut semi: Option<(Span, String)> = None;
        if self.t.tok != Tok::Lbrace {
            if self.t.tok == Tok::Semi {
                semi = Some((self.t.span, self.t.lit.clone()));
                self.next();
            } else {
                // asking for a '{' rather than a ';' here leads to a better error message
                self.want(Tok::Lbrace);
                if self.t.tok != Tok::Lbrace {
                    self.advance(&[Tok::Lbrace, Tok::Rbrace]);
                }
            }
            if keyword == Tok::For {
                let mut missing_cond = false;
                if self.t.tok != Tok::Semi {
                    if self.t.tok == Tok::Lbrace {
                        self.syntax_error("expecting for loop condition");
                        missing_cond = true;
                    } else {
                        cond_stmt = Some(self.simple_stmt(None, None));
                    }
                }
                if !missing_cond {
                    self.want(Tok::Semi);
                    if self.t.tok != Tok::Lbrace {
                        let post = self.simple_stmt(None, None);
                        if let Simple::Stmt(
                            Stmt {
                                kind:
                                    StmtKind::Assign {
                                        op: AssignOp::Define,
                                        ..
                                    },
                                ..
                            },
                            pos,
                        ) = &post
                        {
                            let pos = *pos;
                            self.syntax_error_at(
                                Span::new(pos, pos + 2),
                                "cannot declare in post statement of for loop",
                            );
                        }
                        let post = self.simple_to_stmt(post);
                        h.post = Some(Box::new(post));
                    }
                }
            } else if self.t.tok != Tok::Lbrace {
                cond_stmt = Some(self.simple_stmt(None, Some(keyword)));
            }
            if let Some(init) = init {
                let s = self.simple_to_stmt(init);
                h.init = Some(Box::new(s));
            }
        } else {
            cond_stmt = init;
        }

        h.cond = match cond_stmt {
            None => {
                if keyword == Tok::If {
                    if let Some((sp, lit)) = semi {
                        if lit != "semicolon" {
                            self.syntax_error_at(
                                sp,
                                format!("unexpected {lit}, expecting {{ after if clause"),
                            );
                        } else {
                            self.syntax_error_at(sp, "missing condition in if statement");
                        }
                        Cond::Expr(self.mk_span(Span::new(sp.lo, sp.lo), ExprKind::Bad))
                    } else {
                        Cond::None
                    }
                } else {
                    Cond::None
                }
            }
            Some(Simple::Stmt(
                Stmt {
                    kind: StmtKind::Expr(e),
                    ..
                },
                _,
            )) => Cond::Expr(e),
            Some(Simple::Guard { bind, x }) => Cond::Guard { bind, x },
            Some(Simple::Stmt(s, pos)) => {
                // A common mistake is `=` for `==`: say so explicitly.
                let text = match &s.kind {
                    StmtKind::Assign {
                        lhs,
                        op: AssignOp::Assign,
                        rhs,
                    } => format!(
                        "assignment ({}) = ({})",
                        self.list_string(lhs),
                        self.list_string(rhs)
                    ),
                    _ => self.stmt_string(&s),
                };
                self.syntax_error_at(Span::new(pos, pos), format!("cannot use {text} as value"));
                Cond::Expr(self.mk_span(s.span, ExprKind::Bad))
            }
            Some(Simple::Range { x, .. }) => Cond::Expr(x),
        };
        self.xnest = outer;
        h
    }

    fn if_stmt(&mut self) -> Stmt {
        // `else if` chains recurse: count them as nesting.
        if !self.enter() {
            let b = self.bad();
            return Stmt {
                span: b.span,
                kind: StmtKind::Expr(b),
            };
        }
        let lo = self.t.span.lo;
        let h = self.header(Tok::If);
        let then = self.block_stmt("if clause");
        let mut els = None;
        if self.got(Tok::Else) {
            match self.t.tok {
                Tok::If => els = Some(Box::new(self.if_stmt())),
                Tok::Lbrace => {
                    let blo = self.t.span.lo;
                    let b = self.block_stmt("");
                    els = Some(Box::new(self.stmt(blo, StmtKind::Block(b))));
                }
                _ => {
                    self.syntax_error("else must be followed by if or statement block");
                    self.advance(&[Tok::Name, Tok::Rbrace]);
                }
            }
        }
        let cond = match h.cond {
            Cond::Expr(e) => e,
            Cond::Guard { x, .. } => x,
            Cond::None => {
                let at = then.span.lo;
                self.mk_span(Span::new(at, at), ExprKind::Bad)
            }
        };
        self.leave();
        self.stmt(
            lo,
            StmtKind::If {
                init: h.init,
                cond,
                then,
                els,
            },
        )
    }

    fn switch_stmt(&mut self) -> Stmt {
        let lo = self.t.span.lo;
        let h = self.header(Tok::Switch);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after switch clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut body = Vec::new();
        while self.t.tok != Tok::Eof && self.t.tok != Tok::Rbrace {
            let before = self.ntok;
            body.push(self.case_clause());
            self.ensure_progress(before);
        }
        self.want(Tok::Rbrace);
        let kind = match h.cond {
            Cond::Guard { bind, x } => StmtKind::TypeSwitch {
                init: h.init,
                bind: Some(bind),
                x,
                body,
            },
            Cond::Expr(Expr {
                kind: ExprKind::TypeAssert(x, None),
                ..
            }) => StmtKind::TypeSwitch {
                init: h.init,
                bind: None,
                x: *x,
                body,
            },
            Cond::Expr(e) => StmtKind::Switch {
                init: h.init,
                tag: Some(e),
                body,
            },
            Cond::None => StmtKind::Switch {
                init: h.init,
                tag: None,
                body,
            },
        };
        self.stmt(lo, kind)
    }

    fn select_stmt(&mut self) -> Stmt {
        let lo = self.t.span.lo;
        self.want(Tok::Select);
        if !self.got(Tok::Lbrace) {
            self.syntax_error("missing { after select clause");
            self.advance(&[Tok::Case, Tok::Default, Tok::Rbrace]);
        }
        let mut body = Vec::new();
        while self.t.tok != Tok::Eof && self.t.tok != Tok::Rbrace {
            let before = self.ntok;
            body.push(self.comm_clause());
            self.ensure_progress(before);
        }
        self.want(Tok::Rbrace);
        self.stmt(lo, StmtKind::Select(body))
    }

    fn case_clause(&mut self) -> CaseClause {
        let lo = self.t.span.lo;
        let id = self.new_id();
        let mut exprs = Vec::new();
        let mut default = false;
        match self.t.tok {
            Tok::Case => {
                self.next();
                exprs = self.expr_list();
            }
            Tok::Default => {
                self.next();
                default = true;
            }
            _ => {
                self.syntax_error("expecting case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CaseClause {
            exprs,
            default,
            body,
            span: self.sp(lo),
            id,
        }
    }

    fn comm_clause(&mut self) -> CommClause {
        let lo = self.t.span.lo;
        let mut comm = None;
        match self.t.tok {
            Tok::Case => {
                self.next();
                // Only sends and receives are valid here; the checker rejects the rest.
                let s = self.simple_stmt(None, None);
                comm = Some(Box::new(self.simple_to_stmt(s)));
            }
            Tok::Default => self.next(),
            _ => {
                self.syntax_error("expecting case or default or }");
                self.advance(&[Tok::Colon, Tok::Case, Tok::Default, Tok::Rbrace]);
            }
        }
        self.want(Tok::Colon);
        let body = self.stmt_list();
        CommClause {
            comm,
            body,
            span: self.sp(lo),
        }
    }

    /// `go` or `defer` and the call.
    fn call_stmt(&mut self) -> Stmt {
        let lo = self.t.span.lo;
        let is_go = self.t.tok == Tok::Go;
        let what = if is_go { "go" } else { "defer" };
        self.next();
        let mut x = self.pexpr(None);
        if let ExprKind::Paren(_) = x.kind {
            self.error_at(
                x.span,
                format!("expression in {what} must not be parenthesized"),
            );
            x = unparen(x);
        }
        if !matches!(x.kind, ExprKind::Call { .. }) {
            self.error_at(
                x.span,
                format!("expression in {what} must be function call"),
            );
            // assume the common mistake of missing parentheses (function invocation)
            let span = x.span;
            x = self.mk_span(
                span,
                ExprKind::Call {
                    func: Box::new(x),
                    args: Vec::new(),
                    ellipsis: false,
                },
            );
        }
        let kind = if is_go {
            StmtKind::Go(x)
        } else {
            StmtKind::Defer(x)
        };
        self.stmt(lo, kind)
    }

    fn decl_stmt(&mut self) -> Stmt {
        let lo = self.t.span.lo;
        let tok = self.t.tok;
        self.next();
        let kind = match tok {
            Tok::Var => StmtKind::Var(self.gen_group(lo, |p, _| Some(p.var_spec()))),
            Tok::Const => StmtKind::Const(self.gen_group(lo, |p, i| Some(p.const_spec(i)))),
            _ => StmtKind::Type(self.gen_group(lo, |p, _| Some(p.type_spec()))),
        };
        self.stmt(lo, kind)
    }

    fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
        let lo = self.t.span.lo;
        // Most statements start with an identifier; handle that first.
        if self.t.tok == Tok::Name {
            let mut lhs = self.expr_list();
            if lhs.len() == 1
                && self.t.tok == Tok::Colon
                && matches!(lhs[0].kind, ExprKind::Ident(_))
            {
                if let Some(Ok(label)) = lhs.pop().map(expr_to_ident) {
                    return self.labeled_stmt(label);
                }
            }
            let s = self.simple_stmt(Some(lhs), None);
            return Some(self.simple_to_stmt(s));
        }
        match self.t.tok {
            Tok::Var | Tok::Const | Tok::Type => Some(self.decl_stmt()),
            Tok::Lbrace => {
                let b = self.block_stmt("");
                Some(self.stmt(lo, StmtKind::Block(b)))
            }
            Tok::Operator | Tok::Star => match self.t.op {
                Op::Add | Op::Sub | Op::Mul | Op::And | Op::Xor | Op::Not => {
                    let s = self.simple_stmt(None, None);
                    Some(self.simple_to_stmt(s))
                }
                _ => None,
            },
            Tok::Literal
            | Tok::Func
            | Tok::Lparen
            | Tok::Lbrack
            | Tok::Struct
            | Tok::Map
            | Tok::Chan
            | Tok::Interface
            | Tok::Arrow => {
                let s = self.simple_stmt(None, None);
                Some(self.simple_to_stmt(s))
            }
            Tok::For => Some(self.for_stmt()),
            Tok::Switch => Some(self.switch_stmt()),
            Tok::Select => Some(self.select_stmt()),
            Tok::If => Some(self.if_stmt()),
            Tok::Fallthrough => {
                self.next();
                Some(self.stmt(lo, StmtKind::Fallthrough))
            }
            Tok::Break | Tok::Continue => {
                let brk = self.t.tok == Tok::Break;
                self.next();
                let label = if self.t.tok == Tok::Name {
                    Some(self.name())
                } else {
                    None
                };
                let kind = if brk {
                    StmtKind::Break(label)
                } else {
                    StmtKind::Continue(label)
                };
                Some(self.stmt(lo, kind))
            }
            Tok::Go | Tok::Defer => Some(self.call_stmt()),
            Tok::Goto => {
                self.next();
                let label = self.name();
                Some(self.stmt(lo, StmtKind::Goto(label)))
            }
            Tok::Return => {
                self.next();
                let mut results = Vec::new();
                if self.t.tok != Tok::Semi && self.t.tok != Tok::Rbrace {
                    results = self.expr_list();
                }
                Some(self.stmt(lo, StmtKind::Return(results)))
            }
            Tok::Semi => Some(Stmt {
                span: Span::new(lo, lo),
                kind: StmtKind::Empty,
            }),
            _ => None,
        }
    }

    /// `StatementList = { Statement ";" }`.
    fn stmt_list(&mut self) -> Vec<Stmt> {
        let mut l = Vec::new();
        while !matches!(
            self.t.tok,
            Tok::Eof | Tok::Rbrace | Tok::Case | Tok::Default
        ) {
            let before = self.ntok;
            let Some(s) = self.stmt_or_nil() else {
                break;
            };
            l.push(s);
            // ";" is optional before "}"
            if !self.got(Tok::Semi) && self.t.tok != Tok::Rbrace {
                self.syntax_error("at end of statement");
                self.advance(&[Tok::Semi, Tok::Rbrace, Tok::Case, Tok::Default]);
                self.got(Tok::Semi); // avoid a spurious empty statement
            }
            self.ensure_progress(before);
        }
        l
    }

    // ------------------------------------------------------------------------------------
    // Printing, for the few messages that quote code (gc's syntax.String, short form).

    fn src_text(&self, sp: Span) -> String {
        let lo = (sp.lo.saturating_sub(self.base) as usize).min(self.src.len());
        let hi = (sp.hi.saturating_sub(self.base) as usize).clamp(lo, self.src.len());
        String::from_utf8_lossy(&self.src[lo..hi]).into_owned()
    }

    fn list_string(&self, l: &[Expr]) -> String {
        let parts: Vec<String> = l.iter().map(|e| self.expr_string(e)).collect();
        parts.join(", ")
    }

    fn fields_string(&self, fields: &[Field], sep: &str) -> String {
        let parts: Vec<String> = fields
            .iter()
            .map(|f| {
                let mut s = String::new();
                if !f.names.is_empty() {
                    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                if f.variadic {
                    s.push_str("...");
                }
                s.push_str(&self.expr_string(&f.ty));
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(tag);
                }
                s
            })
            .collect();
        parts.join(sep)
    }

    fn sig_string(&self, sig: &FuncType) -> String {
        let mut s = format!("({})", self.fields_string(&sig.params, ", "));
        match sig.results.as_slice() {
            [] => {}
            [r] if r.names.is_empty() => {
                s.push(' ');
                s.push_str(&self.expr_string(&r.ty));
            }
            rs => {
                s.push_str(&format!(" ({})", self.fields_string(rs, ", ")));
            }
        }
        s
    }

    fn expr_string(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
            ExprKind::CharLit(_) | ExprKind::StringLit(_) => self.src_text(e.span),
            ExprKind::CompositeLit { ty, elts, .. } => {
                let t = ty.as_ref().map(|t| self.expr_string(t)).unwrap_or_default();
                let dots = if elts.is_empty() { "" } else { "…" };
                format!("{t}{{{dots}}}")
            }
            ExprKind::FuncLit { sig, body } => {
                let dots = if body.stmts.is_empty() { "" } else { "…" };
                format!("func{} {{{dots}}}", self.sig_string(sig))
            }
            ExprKind::Paren(x) => format!("({})", self.expr_string(x)),
            ExprKind::Selector(x, n) => format!("{}.{}", self.expr_string(x), n.name),
            ExprKind::Index(x, args) => {
                format!("{}[{}]", self.expr_string(x), self.list_string(args))
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let o = |v: &Option<Box<Expr>>| {
                    v.as_ref().map(|v| self.expr_string(v)).unwrap_or_default()
                };
                let mut s = format!("{}[{}:{}", self.expr_string(x), o(lo), o(hi));
                if max.is_some() {
                    s.push(':');
                    s.push_str(&o(max));
                }
                s.push(']');
                s
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                format!("{}.({})", self.expr_string(x), self.expr_string(t))
            }
            ExprKind::TypeAssert(x, None) => format!("{}.(type)", self.expr_string(x)),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => format!(
                "{}({}{})",
                self.expr_string(func),
                self.list_string(args),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(x) => format!("*{}", self.expr_string(x)),
            ExprKind::Unary(op, x) => {
                let o = match op {
                    UnOp::Pos => "+",
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Xor => "^",
                    UnOp::Tilde => "~",
                    UnOp::Addr => "&",
                    UnOp::Recv => "<-",
                    UnOp::Deref => "*",
                };
                format!("{o}{}", self.expr_string(x))
            }
            ExprKind::Binary(op, x, y) => format!(
                "{} {} {}",
                self.expr_string(x),
                op.as_str(),
                self.expr_string(y)
            ),
            ExprKind::ArrayType { len, elem } => {
                let l = match len {
                    ArrayLen::Slice => String::new(),
                    ArrayLen::Ellipsis => "...".to_string(),
                    ArrayLen::Expr(x) => self.expr_string(x),
                };
                format!("[{l}]{}", self.expr_string(elem))
            }
            ExprKind::StructType(fields) => {
                format!("struct{{{}}}", self.fields_string(fields, "; "))
            }
            ExprKind::FuncType(sig) => format!("func{}", self.sig_string(sig)),
            ExprKind::InterfaceType(elems) => {
                let parts: Vec<String> = elems
                    .iter()
                    .map(|m| match m {
                        InterfaceElem::Method { name, sig } => {
                            format!("{}{}", name.name, self.sig_string(sig))
                        }
                        InterfaceElem::Embed(t) => self.expr_string(t),
                    })
                    .collect();
                format!("interface{{{}}}", parts.join("; "))
            }
            ExprKind::MapType(k, v) => {
                format!("map[{}]{}", self.expr_string(k), self.expr_string(v))
            }
            ExprKind::ChanType(dir, elem) => {
                let d = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                // don't print chan (<-chan T) as chan <-chan T
                match &elem.kind {
                    ExprKind::ChanType(ChanDir::Recv, _) if *dir == ChanDir::Both => {
                        format!("{d}({})", self.expr_string(elem))
                    }
                    _ => format!("{d}{}", self.expr_string(elem)),
                }
            }
            ExprKind::Ellipsis => "...".to_string(),
            ExprKind::Bad => "<bad expr>".to_string(),
        }
    }

    fn stmt_string(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Expr(x) => self.expr_string(x),
            StmtKind::Send(c, v) => format!("{} <- {}", self.expr_string(c), self.expr_string(v)),
            StmtKind::IncDec(x, inc) => {
                format!("{}{}", self.expr_string(x), if *inc { "++" } else { "--" })
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let o = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("{} {} {}", self.list_string(lhs), o, self.list_string(rhs))
            }
            _ => self.src_text(s.span),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Source;

    /// Parse and render diagnostics as gc does (`line:col: msg`), sorted by position.
    fn parse(src: &str) -> (Option<File>, Vec<String>) {
        let mut d = Diags::default();
        let f = parse_file(src, &mut d);
        let s = Source::new("x.go", src);
        let mut list = d.list.clone();
        list.sort_by_key(|d| d.span.lo);
        let msgs = list
            .iter()
            .map(|e| {
                let (l, c) = s.line_col(e.span.lo);
                format!("{l}:{c}: {}", e.msg)
            })
            .collect();
        (f, msgs)
    }

    fn ok(src: &str) -> File {
        let (f, msgs) = parse(src);
        assert!(msgs.is_empty(), "{src}\n{msgs:?}");
        f.expect("file")
    }

    /// The initializer of the first `var` declaration.
    fn var_init(f: &File) -> &Expr {
        for d in &f.decls {
            if let Decl::Var(g) = d {
                return &g.specs[0].values[0];
            }
        }
        panic!("no var")
    }

    fn expr(src: &str) -> Expr {
        let f = ok(&format!("package p\nvar _ = {src}\n"));
        var_init(&f).clone()
    }

    /// Fully parenthesized form of an expression, to check the tree's shape.
    fn sx(e: &Expr) -> String {
        let list = |l: &[Expr]| l.iter().map(sx).collect::<Vec<_>>().join(" ");
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
            ExprKind::CharLit(c) => format!("'{c}'"),
            ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
            ExprKind::Binary(op, x, y) => format!("({} {} {})", op.as_str(), sx(x), sx(y)),
            ExprKind::Unary(op, x) => format!("({op:?} {})", sx(x)),
            ExprKind::Star(x) => format!("(* {})", sx(x)),
            ExprKind::Paren(x) => format!("[{}]", sx(x)),
            ExprKind::Selector(x, n) => format!("(. {} {})", sx(x), n.name),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => format!(
                "(call {}{}{})",
                sx(func),
                if args.is_empty() { "" } else { " " },
                list(args) + if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Index(x, a) => format!("(index {} {})", sx(x), list(a)),
            ExprKind::Slice { x, lo, hi, max } => {
                let o = |v: &Option<Box<Expr>>| v.as_ref().map_or("_".to_string(), |v| sx(v));
                format!("(slice {} {} {} {})", sx(x), o(lo), o(hi), o(max))
            }
            ExprKind::TypeAssert(x, t) => {
                format!(
                    "(assert {} {})",
                    sx(x),
                    t.as_ref().map_or("type".to_string(), |t| sx(t))
                )
            }
            ExprKind::CompositeLit { ty, elts, .. } => {
                let els: Vec<String> = elts
                    .iter()
                    .map(|el| match &el.key {
                        Some(k) => format!("{}:{}", sx(k), sx(&el.value)),
                        None => sx(&el.value),
                    })
                    .collect();
                format!(
                    "(lit {} {})",
                    ty.as_ref().map_or("_".to_string(), |t| sx(t)),
                    els.join(" ")
                )
            }
            ExprKind::ArrayType { len, elem } => match len {
                ArrayLen::Slice => format!("(slice-of {})", sx(elem)),
                ArrayLen::Ellipsis => format!("(array ... {})", sx(elem)),
                ArrayLen::Expr(n) => format!("(array {} {})", sx(n), sx(elem)),
            },
            ExprKind::MapType(k, v) => format!("(map {} {})", sx(k), sx(v)),
            ExprKind::ChanType(d, x) => format!("(chan {d:?} {})", sx(x)),
            ExprKind::FuncType(_) => "functype".to_string(),
            ExprKind::FuncLit { .. } => "funclit".to_string(),
            ExprKind::StructType(f) => format!("(struct {})", f.len()),
            ExprKind::InterfaceType(m) => format!("(interface {})", m.len()),
            ExprKind::Ellipsis => "...".to_string(),
            ExprKind::Bad => "BAD".to_string(),
        }
    }

    #[test]
    fn precedence() {
        for (src, want) in [
            (
                "a || b && c == d + e * f",
                "(|| a (&& b (== c (+ d (* e f)))))",
            ),
            ("a * b + c", "(+ (* a b) c)"),
            ("a - b - c", "(- (- a b) c)"),
            ("a << b & c | d ^ e", "(^ (| (& (<< a b) c) d) e)"),
            ("a &^ b >> c % d / e", "(/ (% (>> (&^ a b) c) d) e)"),
            ("a == b != c < d", "(< (!= (== a b) c) d)"),
            (
                "a <= b || c >= d && e > f",
                "(|| (<= a b) (&& (>= c d) (> e f)))",
            ),
            ("-a * !b", "(* (Neg a) (Not b))"),
            ("^a + +b", "(+ (Xor a) (Pos b))"),
            ("*p.x", "(* (. p x))"),
            ("&t.f[1]", "(Addr (index (. t f) 1))"),
            ("&(T{})", "(Addr (lit T ))"),
            ("<-ch + 1", "(+ (Recv ch) 1)"),
            ("(a + b) * c", "(* [(+ a b)] c)"),
            ("f(a, b...)", "(call f a b...)"),
            ("a[1:2:3]", "(slice a 1 2 3)"),
            ("a[:]", "(slice a _ _ _)"),
            ("x.(T).y", "(. (assert x T) y)"),
            ("m[k][j]", "(index (index m k) j)"),
            ("[]int{1, 2}", "(lit (slice-of int) 1 2)"),
            ("[...]T{}", "(lit (array ... T) )"),
            ("map[string]int{\"a\": 1}", "(lit (map string int) \"a\":1)"),
            (
                "[][]int{{1}, {}}",
                "(lit (slice-of (slice-of int)) (lit _ 1) (lit _ ))",
            ),
            ("struct{}{}", "(lit (struct 0) )"),
            ("[]*T{}", "(lit (slice-of (* T)) )"),
            ("(<-chan int)(nil)", "(call [(chan Recv int)] nil)"),
            ("(chan<- int)(nil)", "(call [(chan Send int)] nil)"),
            ("p.T{1}", "(lit (. p T) 1)"),
            ("func(int) int(nil)", "(call functype nil)"),
            ("interface{}(nil)", "(call (interface 0) nil)"),
        ] {
            assert_eq!(sx(&expr(src)), want, "{src}");
        }
    }

    #[test]
    fn literals() {
        let f = ok("package p\nvar _ = []interface{}{0x1F, 1_000, 0o17, 1.5e3, 0x1p-2, 2i, 'a', '\\n', '\\x41', '\\u00e4', \"a\\x80\\u00e4\", `r\\n\r\n`, \"\"}\n");
        let ExprKind::CompositeLit { elts, .. } = &var_init(&f).kind else {
            panic!()
        };
        let kinds: Vec<String> = elts.iter().map(|e| format!("{:?}", e.value.kind)).collect();
        assert_eq!(
            kinds,
            vec![
                "IntLit(\"0x1F\")",
                "IntLit(\"1_000\")",
                "IntLit(\"0o17\")",
                "FloatLit(\"1.5e3\")",
                "FloatLit(\"0x1p-2\")",
                "ImagLit(\"2i\")",
                "CharLit(97)",
                "CharLit(10)",
                "CharLit(65)",
                "CharLit(228)",
                "StringLit([97, 128, 195, 164])",
                "StringLit([114, 92, 110, 10])",
                "StringLit([])",
            ]
        );
        // A malformed literal is reported once and becomes Bad.
        let (f, msgs) = parse("package p\nvar _ = 09\n");
        assert_eq!(msgs, vec!["2:10: invalid digit '9' in octal literal"]);
        assert!(matches!(var_init(&f.unwrap()).kind, ExprKind::Bad));
    }

    #[test]
    fn semicolons() {
        // Statements end at newlines after names, literals, closing brackets, ++ and return.
        ok("package p\nfunc f() int {\n\tx := 1\n\tx++\n\tg(x,\n\t\t2,\n\t)\n\treturn x\n}\n");
        ok("package p; func f() { a := 1; b := 2; _, _ = a, b }");
        // A block comment with a newline ends a statement, one without does not.
        ok("package p\nfunc f() {\n\tx := 1 /* a\n\tb */ y := 2\n\t_, _ = x, y\n}\n");
        let (_, m) = parse("package p\nfunc f() {\n\tx := 1 /* a b */ y := 2\n}\n");
        assert_eq!(
            m,
            vec!["3:19: syntax error: unexpected y at end of statement"]
        );
        // No semicolon after an operator: the expression continues on the next line.
        ok("package p\nvar x = 1 +\n\t2\n");
        let (_, m) = parse("package p\nvar x = 1\n\t+ 2 +\n");
        assert_eq!(
            m,
            vec!["3:2: syntax error: non-declaration statement outside function body"]
        );
        // EOF inserts the final semicolon.
        ok("package p\nvar x = 1");
        ok("package p\nfunc f() {}");
    }

    #[test]
    fn composite_literal_in_header() {
        let (_, m) = parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
        assert_eq!(m[0], "3:14: syntax error: unexpected { at end of statement");
        for src in [
            "if x == (T{}) {}",
            "if f(T{}) {}",
            "if x := (T{}); x.a {}",
            "for _, v := range []T{{1}} { _ = v }",
            "if v := map[string]int{}; v != nil {}",
            "switch (struct{ a int }{1}) {}",
            "for x := [2]int{}; x[0] < 1; {}",
            "if x == a[i] {}",
            "if func() bool { return T{} == T{} }() {}",
            "switch x := y.(type) { case T: _ = x }",
        ] {
            ok(&format!("package p\nfunc f() {{\n\t{src}\n}}\n"));
        }
        // In a header a bare type name before `{` is not a literal: the `{` opens the block.
        let f = ok("package p\nfunc f() {\n\tfor x {\n\t}\n}\n");
        let Decl::Func(fd) = &f.decls[0] else {
            panic!()
        };
        let body = fd.body.as_ref().unwrap();
        assert!(matches!(&body.stmts[0].kind, StmtKind::For { cond: Some(c), .. } if sx(c) == "x"));
    }

    #[test]
    fn statements() {
        let f = ok("package p\nfunc f() {\n\tswitch v := x.(type) {\n\tcase int, *T:\n\tdefault:\n\t}\n\tswitch x.(type) {}\n\tswitch {\n\t}\n\tswitch y := 1; y {\n\tcase 1:\n\t}\n\tfor k, v := range m {}\n\tfor i = range s {}\n\tfor range c {}\n\tfor {}\n\tfor i := 0; i < 3; i++ {}\n\tselect {\n\tcase v := <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}\n\tL: goto L\n\tgo f()\n\tdefer g(1)\n}\n");
        let Decl::Func(fd) = &f.decls[0] else {
            panic!()
        };
        let s = &fd.body.as_ref().unwrap().stmts;
        assert!(
            matches!(&s[0].kind, StmtKind::TypeSwitch { bind: Some(b), x, body, .. } if b.name == "v" && sx(x) == "x" && body.len() == 2 && body[1].default)
        );
        assert!(matches!(
            &s[1].kind,
            StmtKind::TypeSwitch { bind: None, .. }
        ));
        assert!(matches!(
            &s[2].kind,
            StmtKind::Switch {
                tag: None,
                init: None,
                ..
            }
        ));
        assert!(matches!(
            &s[3].kind,
            StmtKind::Switch {
                tag: Some(_),
                init: Some(_),
                ..
            }
        ));
        assert!(matches!(
            &s[4].kind,
            StmtKind::Range {
                key: Some(_),
                value: Some(_),
                define: true,
                ..
            }
        ));
        assert!(matches!(
            &s[5].kind,
            StmtKind::Range {
                key: Some(_),
                value: None,
                define: false,
                ..
            }
        ));
        assert!(matches!(
            &s[6].kind,
            StmtKind::Range {
                key: None,
                value: None,
                ..
            }
        ));
        assert!(matches!(
            &s[7].kind,
            StmtKind::For {
                init: None,
                cond: None,
                post: None,
                ..
            }
        ));
        assert!(matches!(
            &s[8].kind,
            StmtKind::For {
                init: Some(_),
                cond: Some(_),
                post: Some(_),
                ..
            }
        ));
        let StmtKind::Select(cl) = &s[9].kind else {
            panic!()
        };
        assert_eq!(cl.len(), 4);
        assert!(matches!(
            cl[0].comm.as_deref(),
            Some(Stmt {
                kind: StmtKind::Assign {
                    op: AssignOp::Define,
                    ..
                },
                ..
            })
        ));
        assert!(matches!(
            cl[1].comm.as_deref(),
            Some(Stmt {
                kind: StmtKind::Send(..),
                ..
            })
        ));
        assert!(matches!(
            cl[2].comm.as_deref(),
            Some(Stmt {
                kind: StmtKind::Expr(_),
                ..
            })
        ));
        assert!(cl[3].comm.is_none());
        assert!(
            matches!(&s[10].kind, StmtKind::Labeled(l, g) if l.name == "L" && matches!(g.kind, StmtKind::Goto(_)))
        );
        assert!(matches!(&s[11].kind, StmtKind::Go(_)));
        assert!(matches!(&s[12].kind, StmtKind::Defer(_)));
        assert_eq!(
            fd.body.as_ref().unwrap().rbrace.lo as usize,
            f_src_len_minus(2)
        );
    }

    /// Offset of the final `}` in the `statements` test source (its length minus 2).
    fn f_src_len_minus(n: usize) -> usize {
        "package p\nfunc f() {\n\tswitch v := x.(type) {\n\tcase int, *T:\n\tdefault:\n\t}\n\tswitch x.(type) {}\n\tswitch {\n\t}\n\tswitch y := 1; y {\n\tcase 1:\n\t}\n\tfor k, v := range m {}\n\tfor i = range s {}\n\tfor range c {}\n\tfor {}\n\tfor i := 0; i < 3; i++ {}\n\tselect {\n\tcase v := <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}\n\tL: goto L\n\tgo f()\n\tdefer g(1)\n}\n".len() - n
    }

    #[test]
    fn declarations() {
        let f = ok("package p\nimport (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"strings\"\n)\nimport \"io\"\nconst (\n\ta = iota * 2\n\tb\n\t_\n\tc, d int = 1, 2\n)\ntype (\n\tA = int\n\tB []A\n\tC[T any] struct{ x T }\n)\nvar x, y int\nfunc (r *R) m(a, b int, c ...string) (n int, err error) { return }\nfunc g[T any, U ~int | string](x T) {}\n//go:noinline\n// doc comment\nfunc h()\nfunc k() {}\n");
        let names: Vec<Option<&str>> = f
            .imports
            .iter()
            .map(|i| i.name.as_ref().map(|n| n.name.as_str()))
            .collect();
        assert_eq!(names, vec![None, Some("f"), Some("."), Some("_"), None]);
        assert_eq!(f.imports[4].path, "io");
        let Decl::Const(c) = &f.decls[0] else {
            panic!()
        };
        let iotas: Vec<u32> = c.specs.iter().map(|s| s.iota).collect();
        assert_eq!(iotas, vec![0, 1, 2, 3]);
        assert!(c.specs[1].values.is_empty() && c.specs[1].ty.is_none());
        assert_eq!(c.specs[3].names.len(), 2);
        let Decl::Type(t) = &f.decls[1] else { panic!() };
        assert!(t.specs[0].alias && !t.specs[1].alias);
        assert_eq!(t.specs[2].type_params.len(), 1);
        let Decl::Func(m) = &f.decls[3] else { panic!() };
        assert!(
            matches!(&m.recv, Some(Field { names, ty: Expr { kind: ExprKind::Star(_), .. }, .. }) if names[0].name == "r")
        );
        let groups: Vec<(usize, bool)> = m
            .sig
            .params
            .iter()
            .map(|p| (p.names.len(), p.variadic))
            .collect();
        assert_eq!(groups, vec![(2, false), (1, true)]);
        assert_eq!(m.sig.results.len(), 2);
        let Decl::Func(g) = &f.decls[4] else { panic!() };
        assert_eq!(g.type_params.len(), 2);
        assert_eq!(sx(&g.type_params[1].ty), "(| (Tilde int) string)");
        let Decl::Func(h) = &f.decls[5] else { panic!() };
        assert!(h.noinline && h.body.is_none());
        let Decl::Func(k) = &f.decls[6] else { panic!() };
        assert!(!k.noinline);
        // Unnamed parameters are types; mixing is an error.
        let f = ok("package p\nvar f func(int, []string) (bool, error)\n");
        let Decl::Var(v) = &f.decls[0] else { panic!() };
        let Some(Expr {
            kind: ExprKind::FuncType(ft),
            ..
        }) = &v.specs[0].ty
        else {
            panic!()
        };
        assert!(ft.params.iter().all(|p| p.names.is_empty()) && ft.params.len() == 2);
        let f = ok("package p\ntype S struct {\n\ta, b int `tag`\n\tT\n\t*U\n\tp.V\n}\ntype I interface {\n\tM(int) bool\n\tJ\n}\n");
        let Decl::Type(t) = &f.decls[0] else { panic!() };
        let ExprKind::StructType(fields) = &t.specs[0].ty.kind else {
            panic!()
        };
        assert_eq!(fields.len(), 4);
        assert_eq!(fields[0].tag.as_deref(), Some("`tag`"));
        assert!(fields[1..].iter().all(|f| f.names.is_empty()));
        let Decl::Type(t) = &f.decls[1] else { panic!() };
        let ExprKind::InterfaceType(elems) = &t.specs[0].ty.kind else {
            panic!()
        };
        assert!(matches!(&elems[0], InterfaceElem::Method { name, .. } if name.name == "M"));
        assert!(matches!(&elems[1], InterfaceElem::Embed(_)));
    }

    #[test]
    fn syntax_errors_match_gc() {
        // Expected output is what `go build` (Go 1.19) prints for each file, minus type errors.
        let cases: &[(&str, &[&str])] = &[
            (
                "package main\nfunc main() {\n\tf(1,\n\t2\n)\n}\n",
                &["4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"],
            ),
            (
                "package main\nx := 1\n",
                &["2:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tif x == 1 \n{\n}\n}\n",
                &["3:12: syntax error: unexpected newline, expecting { after if clause"],
            ),
            (
                "package main\nfunc main() {\n\tx := []int{1,2\n\t}\n}\n",
                &["3:16: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ \n\t{\n\t}\n}\n",
                &["3:26: syntax error: unexpected newline, expecting { after for clause"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1 +\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main()\n{\n}\n",
                &["3:1: syntax error: unexpected semicolon or newline before {"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tif x = 1 {\n\t}\n\tif x := f(a+b,c[1]); x++ {\n\t}\n\tfor i := 0; i < 10; i := 1 {}\n\tif x; {}\n\tswitch x := 2 {}\n}\n",
                &["4:7: syntax error: cannot use assignment (x) = (1) as value", "6:24: syntax error: cannot use x++ as value", "8:24: syntax error: cannot declare in post statement of for loop", "9:6: syntax error: missing condition in if statement", "10:11: syntax error: cannot use x := 2 as value"],
            ),
            (
                "package main\nfunc main() {\n\tx := [3]int{1,2,3}\n\t_ = x[1:2:]\n\t_ = x[::2]\n}\n",
                &["4:12: final index required in 3-index slice", "5:9: middle index required in 3-index slice"],
            ),
            (
                "package main\nimport 1\n",
                &["2:9: syntax error: import path must be a string"],
            ),
            (
                "package main\nfunc main() {\n\tvar x = 1\n\tx = 2 3\n\ty := }\n",
                &["4:8: syntax error: unexpected literal 3 at end of statement", "5:7: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc f(a int, string) {}\n",
                &["2:15: syntax error: mixed named and unnamed parameters"],
            ),
            (
                "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
                &["3:7: syntax error: cannot use x := 1 as value"],
            ),
            (
                "package main\nfunc main() {\n\tfor {\n\t\tbreak\n\t}\n\telse {}\n}\n",
                &["6:2: syntax error: unexpected else, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tswitch x {\n\tcase 1:\n\t\tfoo()\n\tcas 2:\n\t}\n}\n",
                &["6:6: syntax error: unexpected literal 2 at end of statement"],
            ),
            (
                "package main\nfunc main() {\n\tx := struct{a int}{1}\n\tif x == struct{a int}{1} {\n\t}\n\tif x == T{1} {\n\t}\n}\n",
                &["6:15: syntax error: unexpected { at end of statement", "8:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\ntype T struct {\n\ta int,\n\tb int\n}\n",
                &["3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"],
            ),
            (
                "package main\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n",
                &["3:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"],
            ),
            (
                "package main\nfunc main() {\n\tgo func() {}\n}\n",
                &["3:5: expression in go must be function call"],
            ),
            (
                "package main\nvar x = (1 + \n",
                &["3:1: syntax error: unexpected EOF, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tx +=\n}\n",
                &["5:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "pckage main\n",
                &["1:1: syntax error: package statement must be first"],
            ),
            (
                "package main\nfunc main() {\n\tvar a [3]int\n\tfor i = range a {}\n\tfor i := 0; i < 3 {}\n}\n",
                &["5:20: syntax error: unexpected {, expecting semicolon or newline"],
            ),
            (
                "package main\nfunc main() {\n\tx := 08\n\ty := 1_\n\tz := 'ab'\n\tw := \"\\q\"\n}\n",
                &["3:8: invalid digit '8' in octal literal", "4:8: '_' must separate successive digits", "5:7: more than one character in rune literal", "6:9: unknown escape"],
            ),
            (
                "package main\nfunc main() {\n\tselect {\n\tcase x := <-c:\n\tcase c <- 1:\n\tdefault:\n\t}\n\tselect x {}\n}\n",
                &["8:9: syntax error: missing { after select clause"],
            ),
            (
                "package main\nfunc main() {\n\tfunc f() {}\n}\n",
                &["3:7: syntax error: unexpected f, expecting (", "4:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tx.\n}\n",
                &["5:1: syntax error: unexpected }, expecting name or ("],
            ),
            (
                "package main\nfunc main() {\n\ta, b = 1\n\ta, b\n}\n",
                &["4:6: syntax error: unexpected newline, expecting := or = or comma"],
            ),
            (
                "package main\nfunc main() {\n\tif true {\n\t} else for {}\n}\n",
                &["4:9: syntax error: else must be followed by if or statement block"],
            ),
            (
                "package main\nfunc main() {\n\tfor var i = 0; i < 3; i++ {}\n}\n",
                &["3:10: syntax error: var declaration not allowed in for initializer"],
            ),
            (
                "package main\nfunc main() {\n\tdefer recover\n\tgo (f())\n}\n",
                &["3:8: expression in defer must be function call", "4:5: expression in go must not be parenthesized"],
            ),
            (
                "package main\nfunc main() {\n\tf(a...,)\n\tf(a..., b)\n}\n",
                &["4:10: syntax error: unexpected b, expecting )"],
            ),
            (
                "package main\nconst (\n\ta = iota\n\tb\n\tc int = 5 ; d\n)\n",
                &[],
            ),
            (
                "package main\nfunc main() {\n\ts := []int{1}\n\t_ = s[]\n}\n",
                &["4:8: syntax error: unexpected ], expecting operand"],
            ),
            (
                "package main\nfunc main() {\n\tx := (struct{})\n\ty := (T){}\n}\n",
                &["4:10: syntax error: cannot parenthesize type in composite literal"],
            ),
            (
                "package main\nfunc main() {\n\tswitch {\n\tcase 1\n\t}\n}\n",
                &["4:8: syntax error: unexpected newline, expecting :"],
            ),
            (
                "package main\nfunc main() {\n\tvar x = [...]int{1,2}\n\tvar y [2, 3]int\n}\n",
                &["4:10: syntax error: unexpected comma; expecting ]"],
            ),
            (
                "package main\nfunc main() {\n\t/* unterminated\n",
                &["3:2: comment not terminated"],
            ),
            (
                "package main\nfunc main() {\n\tx := \"abc\n\ty := 1\n}\n",
                &["3:11: newline in string"],
            ),
            (
                "package main\nfunc main() {\n\tx := `abc\n",
                &["3:7: string not terminated"],
            ),
            (
                "package main\nfunc main() {\n\tfor range {\n\t}\n}\n",
                &["3:12: syntax error: unexpected {, expecting expression", "4:2: syntax error: unexpected }, expecting { after for clause"],
            ),
            (
                "package main\nfunc main() {\n\tvar f func(int, ...string) (a, b int)\n\tvar g func(a, b int, c ...int)\n\tvar h func(a int, b)\n}\n",
                &["5:20: syntax error: mixed named and unnamed parameters"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\t++x\n}\n",
                &["4:2: syntax error: unexpected ++, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
                &["3:11: syntax error: missing condition in if statement"],
            ),
            (
                "package main\nfunc main() {\n\tif {\n\t}\n\tfor ; ; {\n\t}\n}\n",
                &["3:5: syntax error: missing condition in if statement"],
            ),
            (
                "package main\nfunc main() {\n\tx = 1 +* 2\n\tx = !\n}\n",
                &["5:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nimport (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"strings\"\n)\nimport \"x\" \"y\"\n",
                &["8:12: syntax error: unexpected literal \"y\", expecting semicolon or newline"],
            ),
            (
                "package main\nfunc main() {\n\tgoto\n}\n",
                &["4:1: syntax error: unexpected }, expecting name"],
            ),

            (
                "package main\nfunc main() {\n\tfor _, x := range []T{{1}} {\n\t}\n\tif x := (T{}); x.a {\n\t}\n\tswitch T{} {\n\t}\n}\n",
                &["7:13: syntax error: unexpected { at end of statement", "9:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
                &["3:14: syntax error: unexpected { at end of statement", "5:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := range T{1,2} {\n\t}\n}\n",
                &["3:22: syntax error: unexpected }, expecting := or = or comma", "5:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tswitch x := y.(type) {\n\tcase int, string:\n\tcase nil:\n\tdefault:\n\t}\n\tswitch y.(type) {}\n\tswitch a, b := y.(type) {}\n}\n",
                &["9:14: syntax error: cannot use a, b := y.(type) as value"],
            ),
            (
                "package main\nfunc main() {\n\ta :=\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tf(\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := []int{\n}\n",
                &["5:1: syntax error: unexpected EOF, expecting }"],
            ),
            (
                "package main\nfunc main() {\n",
                &["3:1: syntax error: unexpected EOF, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tx := func(\n",
                &["4:1: syntax error: unexpected EOF, expecting )"],
            ),
            (
                "package main\nfunc main() {\n\tvar x [\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1 2\n\ty := 3\n\tz := 4 5\n}\n",
                &["3:9: syntax error: unexpected literal 2 at end of statement", "5:9: syntax error: unexpected literal 5 at end of statement"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tif i == 1 {\n\t\t\tcontinue\n\t\t}\n\t}}\n",
                &[],
            ),
            (
                "package main\nvar x = []int{1, 2, 3}}\n",
                &["2:23: syntax error: unexpected } after top level declaration"],
            ),
            (
                "package main\nfunc f() (int, string {\n}\n",
                &["2:23: syntax error: unexpected { in parameter list; possibly missing comma or )", "3:1: syntax error: unexpected } after top level declaration"],
            ),
            (
                "package main\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n",
                &["5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
            ),

        ];
        for (src, want) in cases {
            let (_, got) = parse(src);
            assert_eq!(&got, want, "{src}");
        }
    }

    #[test]
    fn more_errors() {
        let e = |src: &str| parse(src).1;
        assert_eq!(
            e(""),
            vec!["1:1: syntax error: package statement must be first"]
        );
        assert_eq!(
            e("pckage main"),
            vec!["1:1: syntax error: package statement must be first"]
        );
        assert_eq!(
            e("package"),
            vec!["1:8: syntax error: unexpected EOF, expecting name"]
        );
        assert!(parse("package").0.is_none());
        assert_eq!(
            e("package p\nfunc f() {\n\tx := ~1\n}\n"),
            vec!["3:7: cannot use ~ outside of interface or type constraint"]
        );
        assert_eq!(
            e("package p\nfunc f() {\n\tfor a, b, c := range x {}\n}\n"),
            vec!["3:12: range clause permits at most two iteration variables"]
        );
        // Like gc, type-checking errors found while parsing wait for a syntactically valid file.
        assert_eq!(
            e("package p\nfunc f() {\n\t_ = ~x\n\t_ = x ~ x\n}\n"),
            vec!["4:8: syntax error: unexpected ~ at end of statement"]
        );
        assert_eq!(
            e("package p\nimport 1\n"),
            vec!["2:9: syntax error: import path must be a string"]
        );
        assert_eq!(
            e("package p\nimport\n"),
            vec!["3:1: syntax error: missing import path"]
        );
        // Several errors are reported, one per line at most, as gc does.
        let m = e("package p\nfunc f() {\n\ta := 1 2 3\n\tb := 4 5\n\tif c {\n}\n");
        assert_eq!(
            m,
            vec![
                "3:9: syntax error: unexpected literal 2 at end of statement",
                "4:9: syntax error: unexpected literal 5 at end of statement",
                // no "unexpected EOF": gc is silent at EOF once there are errors
            ]
        );
        // After ten errors parsing stops (one more is kept for "too many errors").
        let src = format!("package p\nfunc f() {{\n{}}}\n", "\tx := 1 2\n".repeat(100));
        assert_eq!(e(&src).len(), MAX_ERRORS + 1);
    }

    /// Walks a file, checking that ids are unique and below node_count and that every
    /// expression's span lies inside its parent's and inside the source.
    struct Walk {
        seen: Vec<bool>,
        len: u32,
    }

    impl Walk {
        fn id(&mut self, id: NodeId) {
            let i = id as usize;
            assert!(i < self.seen.len(), "id {id} >= node_count");
            assert!(!self.seen[i], "duplicate id {id}");
            self.seen[i] = true;
        }
        fn inside(&self, sp: Span, parent: Span) {
            assert!(sp.lo <= sp.hi && sp.hi <= self.len, "{sp:?}");
            assert!(
                parent.lo <= sp.lo && sp.hi <= parent.hi,
                "{sp:?} not in {parent:?}"
            );
        }
        fn ident(&mut self, i: &Ident, parent: Span) {
            self.id(i.id);
            self.inside(i.span, parent);
        }
        fn fields(&mut self, fs: &[Field], parent: Span) {
            for f in fs {
                for n in &f.names {
                    self.ident(n, parent);
                }
                self.expr(&f.ty, parent);
            }
        }
        fn sig(&mut self, s: &FuncType, parent: Span) {
            self.inside(s.span, parent);
            self.fields(&s.params, s.span);
            self.fields(&s.results, s.span);
        }
        fn expr(&mut self, e: &Expr, parent: Span) {
            self.id(e.id);
            self.inside(e.span, parent);
            let sp = e.span;
            match &e.kind {
                ExprKind::CompositeLit { ty, elts, rbrace } => {
                    if let Some(t) = ty {
                        self.expr(t, sp);
                    }
                    for el in elts {
                        if let Some(k) = &el.key {
                            self.expr(k, sp);
                        }
                        self.expr(&el.value, sp);
                    }
                    self.inside(*rbrace, sp);
                }
                ExprKind::FuncLit { sig, body } => {
                    self.sig(sig, sp);
                    self.block(body, sp);
                }
                ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x, sp),
                ExprKind::Selector(x, n) => {
                    self.expr(x, sp);
                    self.ident(n, sp);
                }
                ExprKind::Index(x, l) => {
                    self.expr(x, sp);
                    l.iter().for_each(|a| self.expr(a, sp));
                }
                ExprKind::Slice { x, lo, hi, max } => {
                    self.expr(x, sp);
                    for v in [lo, hi, max].into_iter().flatten() {
                        self.expr(v, sp);
                    }
                }
                ExprKind::TypeAssert(x, t) => {
                    self.expr(x, sp);
                    if let Some(t) = t {
                        self.expr(t, sp);
                    }
                }
                ExprKind::Call { func, args, .. } => {
                    self.expr(func, sp);
                    args.iter().for_each(|a| self.expr(a, sp));
                }
                ExprKind::Binary(_, x, y) | ExprKind::MapType(x, y) => {
                    self.expr(x, sp);
                    self.expr(y, sp);
                }
                ExprKind::ArrayType { len, elem } => {
                    if let ArrayLen::Expr(n) = len {
                        self.expr(n, sp);
                    }
                    self.expr(elem, sp);
                }
                ExprKind::StructType(fs) => self.fields(fs, sp),
                ExprKind::FuncType(s) => self.sig(s, sp),
                ExprKind::InterfaceType(elems) => {
                    for m in elems {
                        match m {
                            InterfaceElem::Method { name, sig } => {
                                self.ident(name, sp);
                                self.sig(sig, sp);
                            }
                            InterfaceElem::Embed(t) => self.expr(t, sp),
                        }
                    }
                }
                ExprKind::ChanType(_, x) => self.expr(x, sp),
                _ => {}
            }
        }
        fn block(&mut self, b: &Block, parent: Span) {
            self.inside(b.span, parent);
            self.inside(b.rbrace, b.span);
            for s in &b.stmts {
                self.stmt(s, b.span);
            }
        }
        fn value_specs(&mut self, g: &GenDecl<ValueSpec>, parent: Span) {
            self.inside(g.span, parent);
            for s in &g.specs {
                self.inside(s.span, g.span);
                s.names.iter().for_each(|n| self.ident(n, s.span));
                if let Some(t) = &s.ty {
                    self.expr(t, s.span);
                }
                s.values.iter().for_each(|v| self.expr(v, s.span));
            }
        }
        fn type_specs(&mut self, g: &GenDecl<TypeSpec>, parent: Span) {
            self.inside(g.span, parent);
            for s in &g.specs {
                self.ident(&s.name, s.span);
                self.fields(&s.type_params, s.span);
                self.expr(&s.ty, s.span);
            }
        }
        fn stmt(&mut self, s: &Stmt, parent: Span) {
            self.inside(s.span, parent);
            let sp = s.span;
            match &s.kind {
                StmtKind::Empty | StmtKind::Fallthrough => {}
                StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => self.expr(x, sp),
                StmtKind::IncDec(x, _) => self.expr(x, sp),
                StmtKind::Send(x, y) => {
                    self.expr(x, sp);
                    self.expr(y, sp);
                }
                StmtKind::Assign { lhs, rhs, .. } => {
                    lhs.iter().chain(rhs).for_each(|x| self.expr(x, sp));
                }
                StmtKind::Var(g) | StmtKind::Const(g) => self.value_specs(g, sp),
                StmtKind::Type(g) => self.type_specs(g, sp),
                StmtKind::Return(l) => l.iter().for_each(|x| self.expr(x, sp)),
                StmtKind::Break(l) | StmtKind::Continue(l) => {
                    if let Some(l) = l {
                        self.ident(l, sp);
                    }
                }
                StmtKind::Goto(l) => self.ident(l, sp),
                StmtKind::Block(b) => self.block(b, sp),
                StmtKind::If {
                    init,
                    cond,
                    then,
                    els,
                } => {
                    if let Some(i) = init {
                        self.stmt(i, sp);
                    }
                    self.expr(cond, sp);
                    self.block(then, sp);
                    if let Some(e) = els {
                        self.stmt(e, sp);
                    }
                }
                StmtKind::Switch { init, tag, body } => {
                    if let Some(i) = init {
                        self.stmt(i, sp);
                    }
                    if let Some(t) = tag {
                        self.expr(t, sp);
                    }
                    self.clauses(body, sp);
                }
                StmtKind::TypeSwitch {
                    init,
                    bind,
                    x,
                    body,
                } => {
                    if let Some(i) = init {
                        self.stmt(i, sp);
                    }
                    if let Some(b) = bind {
                        self.ident(b, sp);
                    }
                    self.expr(x, sp);
                    self.clauses(body, sp);
                }
                StmtKind::Select(cl) => {
                    for c in cl {
                        self.inside(c.span, sp);
                        if let Some(s) = &c.comm {
                            self.stmt(s, c.span);
                        }
                        c.body.iter().for_each(|s| self.stmt(s, c.span));
                    }
                }
                StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                } => {
                    for s in [init, post].into_iter().flatten() {
                        self.stmt(s, sp);
                    }
                    if let Some(c) = cond {
                        self.expr(c, sp);
                    }
                    self.block(body, sp);
                }
                StmtKind::Range {
                    key,
                    value,
                    x,
                    body,
                    ..
                } => {
                    for k in [key, value].into_iter().flatten() {
                        self.expr(k, sp);
                    }
                    self.expr(x, sp);
                    self.block(body, sp);
                }
                StmtKind::Labeled(l, s) => {
                    self.ident(l, sp);
                    self.stmt(s, sp);
                }
            }
        }
        fn clauses(&mut self, cl: &[CaseClause], parent: Span) {
            for c in cl {
                self.id(c.id);
                self.inside(c.span, parent);
                c.exprs.iter().for_each(|x| self.expr(x, c.span));
                c.body.iter().for_each(|s| self.stmt(s, c.span));
            }
        }
        fn file(f: &File, len: usize) {
            let mut w = Walk {
                seen: vec![false; f.node_count as usize],
                len: len as u32,
            };
            let all = Span::new(0, len as u32);
            w.ident(&f.package, all);
            for i in &f.imports {
                w.inside(i.span, all);
                if let Some(n) = &i.name {
                    w.ident(n, i.span);
                }
            }
            for d in &f.decls {
                match d {
                    Decl::Func(fd) => {
                        w.inside(fd.span, all);
                        w.ident(&fd.name, fd.span);
                        if let Some(r) = &fd.recv {
                            w.fields(std::slice::from_ref(r), fd.span);
                        }
                        w.fields(&fd.type_params, fd.span);
                        w.sig(&fd.sig, fd.span);
                        if let Some(b) = &fd.body {
                            w.block(b, fd.span);
                        }
                    }
                    Decl::Var(g) | Decl::Const(g) => w.value_specs(g, all),
                    Decl::Type(g) => w.type_specs(g, all),
                }
            }
        }
    }

    const REALISTIC: &str = r####"// Command inventory is a small program exercising most of Go's syntax.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

const (
	KindNone Kind = iota
	KindBook
	KindTool
	_
	KindFood
)

const maxItems, greeting = 1 << 10, "hello\tworld\n"

type Kind int

type Item struct {
	Name  string `json:"name"`
	Kind  Kind
	Price float64
	tags  []string
}

type Shelf interface {
	Add(it Item) error
	Len() int
	fmt.Stringer
}

type store struct {
	items map[string]*Item
	log   []string
}

var ErrFull = errors.New("store is full")

func (k Kind) String() string {
	switch k {
	case KindBook:
		return "book"
	case KindTool, KindFood:
		return fmt.Sprintf("kind(%d)", int(k))
	default:
		return "none"
	}
}

func newStore() *store {
	return &store{items: make(map[string]*Item), log: nil}
}

func (s *store) Add(it Item) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if len(s.items) >= maxItems {
		return ErrFull
	}
	if _, ok := s.items[it.Name]; ok {
		return fmt.Errorf("duplicate %q", it.Name)
	}
	s.items[it.Name] = &it
	s.log = append(s.log, "add "+it.Name)
	return nil
}

func (s *store) Len() int { return len(s.items) }

func (s *store) String() string {
	var b strings.Builder
	names := make([]string, 0, len(s.items))
	for name := range s.items {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		it := s.items[name]
		fmt.Fprintf(&b, "%s:%v@%.2f", it.Name, it.Kind, it.Price)
	}
	return b.String()
}

//go:noinline
func sum(xs ...float64) (total float64) {
	for _, x := range xs {
		total += x
	}
	return
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case func() int:
		return "func"
	case error:
		return x.Error()
	}
	return "other"
}

func producer(n int, out chan<- int, done <-chan struct{}) {
	defer close(out)
	for i := 0; i < n; i++ {
		select {
		case out <- i * i:
		case <-done:
			return
		}
	}
}

func matrix(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := 0; j < n; j++ {
			m[i][j] = (i+1)*(j+1) - i&j | i^j&^1
		}
	}
	return m
}

type pair struct{ a, b int }

func pairs() []pair {
	ps := []pair{{1, 2}, {a: 3, b: 4}, {}}
	lookup := map[pair]string{{1, 2}: "first", {3, 4}: "second"}
	_ = lookup
	arr := [...]int{5: 1, 2, 3}
	_ = arr[1:3:4]
	return ps[:len(ps)-1]
}

func labels() int {
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			switch {
			case j > i:
				continue outer
			case i*j > 20:
				break outer
			case i == j:
				fallthrough
			default:
				count++
			}
		}
	}
	if count > 100 {
		goto end
	}
	count *= 2
end:
	return count
}

func main() {
	s := newStore()
	var sh Shelf = s
	items := []Item{
		{Name: "go book", Kind: KindBook, Price: 39.5},
		{Name: "hammer", Kind: KindTool, Price: 12},
		{"apple", KindFood, .5, nil},
	}
	for _, it := range items {
		if err := sh.Add(it); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(sh.Len(), sh)
	fmt.Println(sum(1, 2, 3), sum([]float64{4, 5}...))
	next, reset := counter()
	next()
	reset()
	fmt.Println(next(), classify(42), classify([]int{1}), classify(next))
	out, done := make(chan int, 4), make(chan struct{})
	go producer(5, out, done)
	total := 0
	for v := range out {
		total += v
	}
	close(done)
	fmt.Println(total, matrix(3)[2][1], pairs(), labels(), !(total > 0 && -total < 0 || false))
	x := 'x'
	var p *int = new(int)
	*p += int(x) % 7
	fmt.Println(*p, greeting[:5], `raw\n`, 0x1F+0o17+0b11+1_000, 1e3, 2i)
}
"####;

    #[test]
    fn realistic_program() {
        let f = ok(REALISTIC);
        assert_eq!(f.package.name, "main");
        assert_eq!(f.imports.len(), 4);
        assert_eq!(f.decls.len(), 21);
        let funcs: Vec<(&str, bool)> = f
            .decls
            .iter()
            .filter_map(|d| match d {
                Decl::Func(fd) => Some((fd.name.name.as_str(), fd.noinline)),
                _ => None,
            })
            .collect();
        assert!(funcs.contains(&("sum", true)));
        assert_eq!(funcs.iter().filter(|f| f.1).count(), 1);
        Walk::file(&f, REALISTIC.len());
        // Every expression's span is exactly its text for a few samples.
        let Some(Decl::Func(m)) = f
            .decls
            .iter()
            .find(|d| matches!(d, Decl::Func(fd) if fd.name.name == "main"))
        else {
            panic!()
        };
        let last = m.body.as_ref().unwrap().stmts.last().unwrap();
        assert_eq!(
            &REALISTIC[last.span.lo as usize..last.span.hi as usize],
            "fmt.Println(*p, greeting[:5], `raw\\n`, 0x1F+0o17+0b11+1_000, 1e3, 2i)"
        );
        let StmtKind::Expr(call) = &last.kind else {
            panic!()
        };
        let ExprKind::Call { args, .. } = &call.kind else {
            panic!()
        };
        let texts: Vec<&str> = args
            .iter()
            .map(|a| &REALISTIC[a.span.lo as usize..a.span.hi as usize])
            .collect();
        assert_eq!(
            texts,
            vec![
                "*p",
                "greeting[:5]",
                "`raw\\n`",
                "0x1F+0o17+0b11+1_000",
                "1e3",
                "2i"
            ]
        );
    }

    #[test]
    fn every_prefix_of_a_program() {
        // Every truncation must return quickly and without panicking.
        for end in 0..=REALISTIC.len() {
            if !REALISTIC.is_char_boundary(end) {
                continue;
            }
            let mut d = Diags::default();
            if let Some(f) = parse_here(&REALISTIC.as_bytes()[..end], 0, 0, &mut d) {
                if d.is_empty() {
                    Walk::file(&f, end);
                }
            }
        }
    }

    struct XorShift(u64);
    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn random_bytes() {
        let mut r = XorShift(0x9E37_79B9_7F4A_7C15);
        let alphabet = b"(){}[];:,.=+-*/%&|^<>!~\"'`\\\n\t x0_9aZ\x00\xff\xc3";
        for i in 0..3000 {
            let n = r.below(200);
            let mut b: Vec<u8> = if i % 2 == 0 {
                b"package p\n".to_vec()
            } else {
                Vec::new()
            };
            for _ in 0..n {
                let byte = if r.below(4) == 0 {
                    r.next() as u8
                } else {
                    alphabet[r.below(alphabet.len())]
                };
                b.push(byte);
            }
            let mut d = Diags::default();
            let _ = parse_here(&b, 0, 0, &mut d);
        }
    }

    #[test]
    fn random_tokens() {
        // Token soup gets much deeper into the parser than random bytes.
        let toks = [
            "package",
            "p",
            "import",
            "\"fmt\"",
            "func",
            "f",
            "(",
            ")",
            "{",
            "}",
            "[",
            "]",
            ",",
            ";",
            ":",
            ".",
            "...",
            "=",
            ":=",
            "+=",
            "++",
            "<-",
            "*",
            "&",
            "+",
            "-",
            "!",
            "^",
            "~",
            "||",
            "&&",
            "==",
            "<",
            "1",
            "2.5",
            "'c'",
            "\"s\"",
            "`r`",
            "x",
            "y",
            "T",
            "var",
            "const",
            "type",
            "struct",
            "interface",
            "map",
            "chan",
            "if",
            "else",
            "for",
            "range",
            "switch",
            "case",
            "default",
            "select",
            "go",
            "defer",
            "return",
            "break",
            "continue",
            "goto",
            "fallthrough",
            "\n",
            "\n",
            "/* c */",
            "// c\n",
        ];
        let mut r = XorShift(0x2545_F491_4F6C_DD1D);
        for _ in 0..3000 {
            let n = r.below(80);
            let mut s = String::from("package p\n");
            if r.below(2) == 0 {
                s.push_str("func f() {\n");
            }
            for _ in 0..n {
                s.push_str(toks[r.below(toks.len())]);
                s.push(' ');
            }
            let mut d = Diags::default();
            if let Some(f) = parse_here(s.as_bytes(), 0, 0, &mut d) {
                if d.is_empty() {
                    Walk::file(&f, s.len());
                }
            }
        }
    }

    #[test]
    fn deep_nesting() {
        let nest_msg = "unsupported: nesting deeper than 1000 levels";
        let forms: &[(&str, &str, &str)] = &[
            ("(", "x", ")"),
            ("[]", "int", ""),
            ("*", "x", ""),
            ("f(", "x", ")"),
            ("a[", "x", "]"),
            ("T{", "", "}"),
            ("[]T{", "", "}"),
            ("func() int { return ", "1", " }()"),
            ("struct{ f ", "int", " }"),
            ("- ", "x", ""),
            ("<-", "x", ""),
            ("map[int]", "int", ""),
            ("x + ", "x", ""),
            ("x.", "y", ""),
            ("func(", "int", ")"),
            ("chan ", "int", ""),
            ("interface{ m(", "int", ") }"),
        ];
        for (open, mid, close) in forms {
            for n in [10_000usize, 1001] {
                let src = format!(
                    "package p\nvar _ = {}{mid}{}\n",
                    open.repeat(n),
                    close.repeat(n)
                );
                let t = std::time::Instant::now();
                let (_, m) = parse(&src);
                assert_eq!(m.len(), 1, "{open} {n}: {m:?}");
                assert!(m[0].ends_with(nest_msg), "{open} {n}: {m:?}");
                assert!(t.elapsed().as_secs() < 2, "{open} {n} too slow");
            }
            // Moderate nesting is fine.
            let src = format!(
                "package p\nvar _ = {}{mid}{}\n",
                open.repeat(200),
                close.repeat(200)
            );
            ok(&src);
        }
        let stmts: &[(&str, &str, &str)] = &[
            ("{", "", "}"),
            ("if x {", "", "}"),
            ("for {", "", "}"),
            ("switch { case true: ", "", "}"),
            ("L: ", "x()", ""),
            ("if x {} else ", "{}", ""),
            ("func() {", "", "}()\n"),
            ("select { default: ", "", "}"),
        ];
        for (open, mid, close) in stmts {
            let src = format!(
                "package p\nfunc f() {{\n{}{mid}{}\n}}\n",
                open.repeat(10_000),
                close.repeat(10_000)
            );
            let (_, m) = parse(&src);
            assert_eq!(m.len(), 1, "{open}: {m:?}");
            assert!(m[0].ends_with(nest_msg), "{open}: {m:?}");
            let src = format!(
                "package p\nfunc f() {{\n{}{mid}{}\n}}\n",
                open.repeat(200),
                close.repeat(200)
            );
            ok(&src);
        }
        // Unbalanced openers only.
        for open in ["(", "{", "[", "f(", "T{", "func(){", "*", "<-"] {
            let src = format!("package p\nfunc f() {{\n\tx = {}", open.repeat(100_000));
            let t = std::time::Instant::now();
            let (_, m) = parse(&src);
            assert!(!m.is_empty());
            assert!(t.elapsed().as_secs() < 2, "{open} too slow");
        }
    }

    #[test]
    fn big_inputs_are_linear() {
        // 100 copies of the realistic program (duplicate names are the checker's business).
        let body: String = REALISTIC.split_once("import").unwrap().1.to_string();
        let src = format!(
            "package main\nimport{}",
            body.repeat(100).replace("import (", "var ( _ = 1;")
        );
        let t = std::time::Instant::now();
        let _ = parse(&src);
        assert!(t.elapsed().as_secs() < 5);
        // Long flat lists and long lines of garbage.
        let src = format!("package p\nvar x = []int{{{}}}\n", "1, ".repeat(200_000));
        ok(&src);
        let src = format!("package p\n{}", ")".repeat(200_000));
        let (_, m) = parse(&src);
        assert_eq!(m.len(), 1);
        let src = format!("package p\nfunc f() {{ {} }}", "x := ) ".repeat(100_000));
        let _ = parse(&src);
    }

    #[test]
    fn invalid_bytes() {
        let mut d = Diags::default();
        let f = parse_bytes(b"package p\nvar s = \"a\xffb\"\x00\n", &mut d);
        assert!(f.is_some());
        let m: Vec<(u32, &str)> = d.list.iter().map(|e| (e.span.lo, e.msg.as_str())).collect();
        assert_eq!(
            m,
            vec![
                (20, "invalid UTF-8 encoding"),
                (23, "invalid NUL character")
            ]
        );
    }

    #[test]
    fn node_ids_are_dense_and_unique() {
        let f = ok("package p\nfunc f(a int) { switch x := a; x { case 1, 2: default: }; _ = []int{a}[0] }\n");
        Walk::file(&f, 200);
        assert!(f.node_count > 10);
    }
}
