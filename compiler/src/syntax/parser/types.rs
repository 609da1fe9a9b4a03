//! Type syntax: array, slice, map, chan, pointer, struct (fields, embedded fields, tags),
//! interface (methods, embedded elements, constraint terms) and func types with their
//! parameter lists (named or not, variadic), as gc parses them.

use super::*;

impl<'a, 'd> Parser<'a, 'd> {
    pub(super) fn type_(&mut self) -> Expr {
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
    pub(super) fn type_or_nil(&mut self) -> Option<Expr> {
        if !self.enter() {
            return Some(self.bad());
        }
        let t = self.type_or_nil_inner();
        self.leave();
        t
    }

    pub(super) fn type_or_nil_inner(&mut self) -> Option<Expr> {
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
    pub(super) fn array_type(&mut self, lo: u32, len: Option<Expr>) -> Expr {
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
    pub(super) fn slice_type(&mut self, lo: u32) -> Expr {
        let elem = self.type_();
        self.mk(
            lo,
            ExprKind::ArrayType {
                len: ArrayLen::Slice,
                elem: Box::new(elem),
            },
        )
    }

    pub(super) fn chan_elem(&mut self) -> Expr {
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

    pub(super) fn struct_type(&mut self) -> Expr {
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

    pub(super) fn tag(&mut self) -> Option<String> {
        if self.t.tok == Tok::Literal {
            let text = std::mem::take(&mut self.t.lit);
            self.next();
            return Some(text);
        }
        None
    }

    pub(super) fn embedded_field(&mut self, lo: u32, ty: Expr, fields: &mut Vec<Field>) {
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
    pub(super) fn field_decl(&mut self, fields: &mut Vec<Field>) {
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
    pub(super) fn array_or_targs(&mut self) -> ArrayOrArgs {
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

    pub(super) fn interface_type(&mut self) -> Expr {
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
    pub(super) fn method_decl(&mut self) -> MethodOrType {
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
    pub(super) fn embedded_elem(&mut self, first: Option<Expr>) -> Expr {
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
    pub(super) fn embedded_term(&mut self) -> Expr {
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
    pub(super) fn func_type(&mut self, lo: u32, context: &str) -> (Vec<Field>, FuncType) {
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
    pub(super) fn func_result(&mut self) -> Vec<Field> {
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
    pub(super) fn param_decl_or_nil(&mut self, name: Option<Ident>, follow: Tok) -> Option<Param> {
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
    pub(super) fn param_list(
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
}
