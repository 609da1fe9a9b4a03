//! Declarations: the file (package clause, imports, top-level declarations), grouped
//! `const`/`var`/`type`/`import` specs with iota, and function and method declarations.

use super::*;

impl<'a, 'd> Parser<'a, 'd> {
    pub(super) fn file(&mut self) -> Option<File> {
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
            files: Vec::new(),
        })
    }

    /// Defensive: if a loop iteration consumed nothing, consume one token.
    pub(super) fn ensure_progress(&mut self, before: u64) {
        if self.ntok == before && self.t.tok != Tok::Eof {
            self.next();
        }
    }

    /// `list = [ f { sep f } [sep] ] close`. `f` returns true to end the list early. Returns
    /// the span of the closing token (or of the token found in its place).
    pub(super) fn list(
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
    pub(super) fn gen_group<T>(
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

    pub(super) fn import_spec(&mut self) -> Option<Import> {
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

    pub(super) fn const_spec(&mut self, iota: u32) -> ValueSpec {
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

    pub(super) fn var_spec(&mut self) -> ValueSpec {
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
    pub(super) fn type_spec(&mut self) -> TypeSpec {
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
    pub(super) fn func_decl(&mut self, lo: u32, noinline: bool) -> Option<FuncDecl> {
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

    pub(super) fn func_body(&mut self) -> Block {
        self.fnest += 1;
        let b = self.block_stmt("");
        self.fnest -= 1;
        b
    }

    // ------------------------------------------------------------------------------------
    // Expressions
}
