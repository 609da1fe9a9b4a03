//! Type expressions: from the syntax of a type (`[]map[string]*T`, `func(int) error`, struct
//! and interface literals) to a TypeId, with Go's checks of embedded fields and array lengths.

use super::expr::*;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        // Only the type itself may be a constraint interface where constraints are allowed,
        // not the types it is made of (`[]Number` is never valid).
        let constraint_ok = std::mem::take(&mut self.constraint_ok) > 0;
        let t = self.type_expr_inner(e);
        self.constraint_ok = constraint_ok as u32;
        if t != VOID {
            if !constraint_ok {
                if let TypeKind::Constraint(ts) = self.info.types.ukind(t) {
                    let why = if ts.terms.is_none() && ts.comparable {
                        "interface is (or embeds) comparable"
                    } else {
                        "interface contains type constraints"
                    };
                    self.diags.error(
                        e.span,
                        format!(
                            "cannot use type {} outside a type constraint: {}",
                            self.info.types.name_local(t),
                            why
                        ),
                    );
                    return VOID;
                }
            }
            self.record(e.id, Mode::Type, t);
        }
        t
    }

    pub(super) fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr(e, None);
                if op.is_bad() {
                    return VOID;
                }
                if op.mode != Mode::Type {
                    self.diags
                        .error(e.span, format!("{} is not a type", self.expr_string(e)));
                    return VOID;
                }
                if self.info.types.is_generic(op.ty) && self.allow_generic == 0 {
                    self.diags.error(
                        e.span,
                        format!(
                            "cannot use generic type {} without instantiation",
                            self.generic_decl_string(op.ty)
                        ),
                    );
                    return VOID;
                }
                op.ty
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let el = self.type_expr(x);
                if el == VOID {
                    return VOID;
                }
                self.info.types.intern(TypeKind::Pointer(el))
            }
            ExprKind::ArrayType { len, elem } => {
                let el = self.type_expr(elem);
                match len {
                    ArrayLen::Slice => {
                        if el == VOID {
                            return VOID;
                        }
                        self.info.types.intern(TypeKind::Slice(el))
                    }
                    ArrayLen::Ellipsis => {
                        self.diags.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        VOID
                    }
                    ArrayLen::Expr(n) => {
                        let Some(v) = self.array_length(n) else {
                            return VOID;
                        };
                        if el == VOID {
                            return VOID;
                        }
                        let (sz, _) = self.info.types.size_align(el);
                        if (v as u128).saturating_mul(sz.max(1) as u128) > (1u128 << 40) {
                            self.diags.unsupported(e.span, "arrays larger than 1 TiB");
                            return VOID;
                        }
                        self.info.types.intern(TypeKind::Array(el, v as u64))
                    }
                }
            }
            ExprKind::StructType(fields) => {
                let mut fs = Vec::new();
                let mut seen = HashSet::new();
                for f in fields {
                    let t = self.type_expr(&f.ty);
                    if f.names.is_empty() {
                        // An embedded field: named by its type name (`T`, `*T`, `pkg.T`).
                        let Some((name, span)) = embedded_name(&f.ty) else {
                            continue;
                        };
                        if t == VOID || !self.embedded_type_ok(&f.ty, t) {
                            continue;
                        }
                        if !seen.insert(name.clone()) {
                            self.diags.error(span, format!("{} redeclared", name));
                        }
                        fs.push(FieldT {
                            name,
                            ty: t,
                            embedded: true,
                            tag: f.tag.as_deref().map(decode_tag).unwrap_or_default(),
                        });
                        continue;
                    }
                    for n in &f.names {
                        if n.name != "_" && !seen.insert(n.name.clone()) {
                            self.diags.error(n.span, format!("{} redeclared", n.name));
                        }
                        fs.push(FieldT {
                            name: n.name.clone(),
                            ty: t,
                            embedded: false,
                            tag: f.tag.as_deref().map(decode_tag).unwrap_or_default(),
                        });
                    }
                }
                self.info.types.intern(TypeKind::Struct(fs))
            }
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<MethodT> = Vec::new();
                // Type-set elements make a constraint interface.
                let mut terms: Option<Vec<Term>> = None;
                let mut comparable = false;
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let t = self.func_type(sig);
                            if ms.iter().any(|m| m.name == name.name) {
                                self.diags
                                    .error(name.span, format!("duplicate method {}", name.name));
                                continue;
                            }
                            let exported = super::is_exported(&name.name);
                            ms.push(MethodT {
                                name: name.name.clone(),
                                pkg: if exported {
                                    String::new()
                                } else {
                                    self.pkg_name().to_string()
                                },
                                sig: t,
                            });
                        }
                        InterfaceElem::Embed(x) => {
                            // `~T` and `A | B` are type-set terms, not types.
                            if matches!(
                                &strip_parens(x).kind,
                                ExprKind::Binary(BinOp::Or, ..) | ExprKind::Unary(UnOp::Tilde, _)
                            ) {
                                let u = self.union_terms(x);
                                terms = self.info.types.intersect_terms(terms, Some(u));
                                continue;
                            }
                            let t = self.type_expr_constraint(x);
                            if t == VOID {
                                continue;
                            }
                            if self.info.types.is_tparam(t) {
                                self.diags.error(x.span, "cannot embed a type parameter");
                                continue;
                            }
                            match self.info.types.ukind(t).clone() {
                                TypeKind::Constraint(ts) => {
                                    comparable |= ts.comparable;
                                    terms = self.info.types.intersect_terms(terms, ts.terms);
                                    for m in ts.methods {
                                        if !ms.iter().any(|h| h.name == m.name) {
                                            ms.push(m);
                                        }
                                    }
                                }
                                TypeKind::Interface(inner) => {
                                    for m in inner {
                                        match ms.iter().find(|h| h.name == m.name) {
                                            Some(h) if h.sig != m.sig => {
                                                self.diags.error(
                                                    x.span,
                                                    format!("duplicate method {}", m.name),
                                                );
                                            }
                                            Some(_) => {}
                                            None => ms.push(m),
                                        }
                                    }
                                }
                                _ => {
                                    // A single non-interface type: the type set of that type.
                                    terms = self.info.types.intersect_terms(
                                        terms,
                                        Some(vec![Term {
                                            tilde: false,
                                            ty: t,
                                        }]),
                                    );
                                }
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                if terms.is_some() || comparable {
                    return self.info.types.intern(TypeKind::Constraint(TypeSet {
                        methods: ms,
                        terms,
                        comparable,
                        implicit: false,
                    }));
                }
                self.info.types.intern(TypeKind::Interface(ms))
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == VOID || vt == VOID {
                    return VOID;
                }
                if self.info.types.is_tparam(kt) {
                    // Its constraint may not be resolved yet: checked at the end.
                    self.pending_map_keys.push((k.span, kt));
                } else if !self.info.types.comparable(kt) {
                    self.diags.error(
                        k.span,
                        format!("invalid map key type {}", self.info.types.name_local(kt)),
                    );
                    return VOID;
                }
                self.info.types.intern(TypeKind::Map(kt, vt))
            }
            ExprKind::ChanType(dir, el) => {
                let el = self.type_expr(el);
                if el == VOID {
                    return VOID;
                }
                self.info.types.intern(TypeKind::Chan(*dir, el))
            }
            ExprKind::Index(x, args) => match self.instantiate_type_expr(e, x, args) {
                Some(t) => t,
                None => {
                    self.diags
                        .error(e.span, format!("{} is not a type", self.expr_string(e)));
                    VOID
                }
            },
            _ => {
                self.diags
                    .error(e.span, format!("{} is not a type", self.expr_string(e)));
                VOID
            }
        }
    }

    /// Go's rules for the type of an embedded field `ty` (resolved to `t`): a type name T or
    /// `*T`, where T is neither a pointer nor, behind the `*`, an interface.
    /// The length of an array type (types2 `arrayLength`): a constant representable as a
    /// non-negative int. An identifier that is not a constant is reported without being
    /// evaluated (so a variable named there is still unused), as Go does.
    fn array_length(&mut self, n: &Expr) -> Option<i128> {
        if let ExprKind::Ident(name) = &n.kind {
            match self.lookup(name) {
                None => {
                    self.diags.error(
                        n.span,
                        format!("undefined array length {} or missing type constraint", name),
                    );
                    return None;
                }
                Some(o) if !matches!(self.info.objs[o as usize].kind, ObjKind::Const(_)) => {
                    self.diags
                        .error(n.span, format!("invalid array length {}", name));
                    return None;
                }
                Some(_) => {}
            }
        }
        let op = self.expr(n, None);
        if op.is_bad() {
            return None;
        }
        let Some(c) = op.konst() else {
            self.diags.error(
                n.span,
                format!("array length {} must be constant", self.describe(n, &op)),
            );
            return None;
        };
        let types = &self.info.types;
        if types.is_untyped(op.ty) || types.is_integer(op.ty) {
            if let Some(v) = c.to_bigint().and_then(|v| i64::try_from(v).ok()) {
                if v >= 0 {
                    return Some(v as i128);
                }
                self.diags.error(
                    n.span,
                    format!("invalid array length {}", self.describe(n, &op)),
                );
                return None;
            }
        }
        self.diags.error(
            n.span,
            format!("array length {} must be integer", self.describe(n, &op)),
        );
        None
    }

    pub(super) fn embedded_type_ok(&mut self, ty: &Expr, t: TypeId) -> bool {
        let star = matches!(strip_parens(ty).kind, ExprKind::Star(_));
        let types = &self.info.types;
        let base = if star { self.info.deref(t).0 } else { t };
        let msg = if star && types.is_interface(base) {
            Some("embedded field type cannot be a pointer to an interface")
        } else if types.is_pointer(base) {
            Some("embedded field type cannot be a pointer")
        } else {
            None
        };
        if let Some(m) = msg {
            self.diags.error(ty.span, m);
            return false;
        }
        true
    }

    pub(crate) fn func_type(&mut self, ft: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&f.ty);
            if f.variadic {
                if i != ft.params.len() - 1 || f.names.len() > 1 {
                    self.diags
                        .error(f.span, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = self.info.types.intern(TypeKind::Slice(t));
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.type_expr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(TypeKind::Func(Sig {
            params,
            results,
            variadic,
        }))
    }
}

/// The field name an embedded field's type expression gives it, and where it is written: the
/// type name, without the `*` or the package qualifier (None for forms the parser reported).
pub(super) fn embedded_name(ty: &Expr) -> Option<(String, Span)> {
    match &ty.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => embedded_name(x),
        ExprKind::Ident(n) => Some((n.clone(), ty.span)),
        ExprKind::Selector(_, sel) => Some((sel.name.clone(), sel.span)),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => None,
    }
}
