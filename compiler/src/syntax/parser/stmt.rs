//! Statements: simple statements (assignments, `:=`, inc/dec, sends, range clauses), labels,
//! blocks, `for`/`if`/`switch` headers, `select` and its clauses, `go`/`defer` calls, and
//! statement lists with gc's resynchronization after errors.

use super::*;

impl<'a, 'd> Parser<'a, 'd> {
    /// `SimpleStmt`. `lhs` is an already parsed expression list; `keyword` the header it is in
    /// (`for` allows a range clause, `switch` a type switch guard).
    pub(super) fn simple_stmt(&mut self, lhs: Option<Vec<Expr>>, keyword: Option<Tok>) -> Simple {
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
    pub(super) fn range_clause(&mut self, lhs: Vec<Expr>, define: bool) -> Simple {
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

    pub(super) fn simple_to_stmt(&mut self, s: Simple) -> Stmt {
        match s {
            Simple::Stmt(s, _) => s,
            // Only produced in headers, which handle them; keep the operand otherwise.
            Simple::Range { x, .. } | Simple::Guard { x, .. } => Stmt {
                span: x.span,
                kind: StmtKind::Expr(x),
            },
        }
    }

    pub(super) fn labeled_stmt(&mut self, label: Ident) -> Option<Stmt> {
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
    pub(super) fn block_stmt(&mut self, context: &str) -> Block {
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

    pub(super) fn for_stmt(&mut self) -> Stmt {
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
    pub(super) fn header(&mut self, keyword: Tok) -> Header {
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

    pub(super) fn if_stmt(&mut self) -> Stmt {
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

    pub(super) fn switch_stmt(&mut self) -> Stmt {
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

    pub(super) fn select_stmt(&mut self) -> Stmt {
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

    pub(super) fn case_clause(&mut self) -> CaseClause {
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

    pub(super) fn comm_clause(&mut self) -> CommClause {
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
    pub(super) fn call_stmt(&mut self) -> Stmt {
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

    pub(super) fn decl_stmt(&mut self) -> Stmt {
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

    pub(super) fn stmt_or_nil(&mut self) -> Option<Stmt> {
        if !self.enter() {
            return None;
        }
        let s = self.stmt_or_nil_inner();
        self.leave();
        s
    }

    pub(super) fn stmt_or_nil_inner(&mut self) -> Option<Stmt> {
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
    pub(super) fn stmt_list(&mut self) -> Vec<Stmt> {
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
}
