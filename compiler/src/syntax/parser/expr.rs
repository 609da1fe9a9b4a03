//! Expressions: binary operators by precedence, unary operators, operands and literals,
//! primary expressions (selectors, index, slice, call, type assertion), composite literals and
//! the places where `{` may not start one, names and qualified names.

use super::*;

impl<'a, 'd> Parser<'a, 'd> {
    pub(super) fn expr(&mut self) -> Expr {
        self.binary_expr(None, 0)
    }

    pub(super) fn expr_list(&mut self) -> Vec<Expr> {
        let mut list = vec![self.expr()];
        while self.got(Tok::Comma) {
            list.push(self.expr());
        }
        list
    }

    /// `Expression = UnaryExpr | Expression binary_op Expression`, by precedence climbing.
    pub(super) fn binary_expr(&mut self, x: Option<Expr>, prec: u8) -> Expr {
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

    pub(super) fn unary_expr(&mut self) -> Expr {
        if !self.enter() {
            return self.bad();
        }
        let x = self.unary_expr_inner();
        self.leave();
        x
    }

    pub(super) fn unary_expr_inner(&mut self) -> Expr {
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
    pub(super) fn operand(&mut self) -> Expr {
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
    pub(super) fn literal(&mut self) -> Expr {
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
    pub(super) fn pexpr(&mut self, x: Option<Expr>) -> Expr {
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
    pub(super) fn bare_complitexpr(&mut self) -> Expr {
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
    pub(super) fn complit_expr(&mut self, ty: Option<Expr>) -> Expr {
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
    pub(super) fn arg_list(&mut self) -> (Vec<Expr>, bool) {
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
    pub(super) fn type_list(&mut self) -> (Vec<Expr>, bool) {
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

    pub(super) fn name(&mut self) -> Ident {
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

    pub(super) fn name_list(&mut self, first: Ident) -> Vec<Ident> {
        let mut l = vec![first];
        while self.got(Tok::Comma) {
            l.push(self.name());
        }
        l
    }

    /// `TypeName = identifier | QualifiedIdent`, optionally instantiated.
    pub(super) fn qualified_name(&mut self, name: Option<Ident>) -> Expr {
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

    pub(super) fn type_instance(&mut self, x: Expr) -> Expr {
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
}
