//! Switch, type switch and select statements: case values and duplicate constants, the
//! implicit variable of each type-switch clause, communication clauses.

use super::expr::strip_parens;
use super::flow::*;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    /// `select { case ...: }`: each case is a send, a receive statement, or an assignment or
    /// definition from a receive, in its own scope with its body.
    pub(super) fn select_stmt(&mut self, cs: &[CommClause]) {
        let mut defaults = 0;
        self.cur().switch_depth += 1;
        for c in cs {
            self.push_scope();
            match &c.comm {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.diags.error(c.span, "multiple defaults in select");
                    }
                }
                Some(comm) => {
                    let ok = match &comm.kind {
                        StmtKind::Send(..) => true,
                        StmtKind::Expr(e) => {
                            matches!(strip_parens(e).kind, ExprKind::Unary(UnOp::Recv, _))
                        }
                        StmtKind::Assign {
                            lhs,
                            op: AssignOp::Define | AssignOp::Assign,
                            rhs,
                        } => {
                            lhs.len() <= 2
                                && rhs.len() == 1
                                && matches!(
                                    strip_parens(&rhs[0]).kind,
                                    ExprKind::Unary(UnOp::Recv, _)
                                )
                        }
                        _ => false,
                    };
                    if !ok {
                        self.diags.error(
                            comm.span,
                            "select case must be receive, send or assign recv",
                        );
                    } else {
                        self.stmt(comm);
                    }
                }
            }
            self.stmt_list(&c.body);
            self.pop_scope();
        }
        self.cur().switch_depth -= 1;
    }

    /// `switch v := x.(type) { case T1, T2: ... }`: each clause declares its own v, of the
    /// case's type when the clause lists exactly one type, else of x's type. v counts as used
    /// when any clause uses it (Go reports "v declared but not used" otherwise).
    pub(super) fn type_switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        bind: Option<&Ident>,
        x: &Expr,
        body: &[CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xo = self.value(x, None);
        let xt = xo.ty;
        if !xo.is_bad() && !self.info.types.is_interface(xt) {
            self.diags.error(
                x.span,
                format!("{} is not an interface", self.describe(x, &xo)),
            );
        }
        let mut any_used = false;
        let mut seen_default = false;
        let mut seen_types: Vec<TypeId> = Vec::new();
        for cc in body {
            if cc.default {
                if seen_default {
                    self.diags.error(cc.span, "multiple defaults in switch");
                }
                seen_default = true;
            }
            let mut single: Option<TypeId> = None;
            for (k, te) in cc.exprs.iter().enumerate() {
                if matches!(&te.kind, ExprKind::Ident(n) if n == "nil") {
                    self.expr(te, None);
                    continue;
                }
                let t = self.type_expr(te);
                if t == VOID {
                    continue;
                }
                if seen_types.contains(&t) {
                    self.diags.error(
                        te.span,
                        format!("duplicate case {} in type switch", self.expr_string(te)),
                    );
                }
                seen_types.push(t);
                if !xo.is_bad()
                    && !self.info.types.is_interface(t)
                    && !self.info.types.is_tparam(t)
                    && !self.implements(t, xt)
                {
                    self.diags.error(
                        te.span,
                        format!(
                            "impossible type switch case: {} cannot have dynamic type {}",
                            self.describe(x, &xo),
                            self.info.types.name_local(t)
                        ),
                    );
                }
                if cc.exprs.len() == 1 && k == 0 {
                    single = Some(t);
                }
            }
            self.push_scope();
            let mut var = None;
            if let Some(b) = bind {
                let vt = single.unwrap_or(xt);
                let o = self.new_var(&b.name, vt, b.span);
                self.info.clause_vars.insert(cc.id, o);
                let id = Ident {
                    name: b.name.clone(),
                    span: b.span,
                    id: cc.id,
                };
                self.declare(&id, o);
                var = Some(o);
            }
            self.cur().switch_depth += 1;
            self.stmt_list(&cc.body);
            self.cur().switch_depth -= 1;
            if let Some(o) = var {
                any_used |= self.info.objs[o as usize].used;
                self.info.objs[o as usize].used = true;
            }
            self.pop_scope();
        }
        if let Some(b) = bind {
            if !any_used && b.name != "_" {
                self.diags
                    .error(b.span, format!("{} declared but not used", b.name));
            }
        }
        self.pop_scope();
    }

    pub(super) fn switch(
        &mut self,
        s: &Stmt,
        init: &Option<Box<Stmt>>,
        tag: &Option<Expr>,
        body: &[CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_ty = match tag {
            Some(t) => {
                let mut op = self.value(t, None);
                if op.is_bad() {
                    None
                } else {
                    if op.mode == Mode::Nil {
                        self.diags
                            .error(t.span, "use of untyped nil in switch expression");
                        None
                    } else {
                        self.default_op(&mut op, t);
                        // A func, map or slice tag is allowed: its cases can only be nil.
                        if !self.info.types.comparable(op.ty) && !has_nil_uncomparable(self, op.ty)
                        {
                            self.diags.error(
                                t.span,
                                format!(
                                    "cannot switch on {} ({} is not comparable)",
                                    self.describe(t, &op),
                                    self.info.types.name_local(op.ty)
                                ),
                            );
                        }
                        Some(op.ty)
                    }
                }
            }
            None => Some(BOOL),
        };
        let mut seen_default = false;
        let mut seen_consts: Vec<(ConstVal, TypeId)> = Vec::new();
        for (ci, cc) in body.iter().enumerate() {
            if cc.default {
                if seen_default {
                    self.diags.error(cc.span, "multiple defaults in switch");
                }
                seen_default = true;
            }
            for e in &cc.exprs {
                let mut op = self.value(e, tag_ty);
                if op.is_bad() {
                    continue;
                }
                if let Some(t) = tag_ty {
                    if tag.is_none() {
                        // The case is compared with `true`: a bool, or an interface that a
                        // bool implements (`case i:` with `var i any`).
                        let iface_ok =
                            self.info.types.is_interface(op.ty) && self.assignable(BOOL, op.ty);
                        if !self.info.types.is_bool(op.ty) && !iface_ok {
                            self.diags.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch on true (mismatched types {} and bool)",
                                    self.expr_string(e),
                                    self.info.types.name_local(op.ty)
                                ),
                            );
                            continue;
                        }
                        if self.info.types.is_untyped(op.ty) {
                            self.convert_untyped(&mut op, e, BOOL, "switch case");
                        }
                    } else if self.info.types.is_untyped(op.ty) && op.mode != Mode::Nil {
                        if self.info.types.is_interface(t) {
                            self.default_op(&mut op, e);
                        } else if !self.convert_untyped(&mut op, e, t, "switch case") {
                            continue;
                        }
                    } else if op.mode == Mode::Nil {
                        self.assign_op(&mut op, e, t, "switch case");
                    } else if !self.info.types.comparable(op.ty) || !self.info.types.comparable(t) {
                        // Only nil compares with a func, map or slice (Go names the case's
                        // type first, then the tag's).
                        let bad = if self.info.types.comparable(op.ty) {
                            t
                        } else {
                            op.ty
                        };
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid case {} in switch on {} ({})",
                                self.expr_string(e),
                                self.expr_string(tag.as_ref().unwrap()),
                                self.info.types.incomparable_cause(bad)
                            ),
                        );
                        continue;
                    } else if !self.assignable(op.ty, t) && !self.assignable(t, op.ty) {
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid case {} in switch on {} (mismatched types {} and {})",
                                self.expr_string(e),
                                self.expr_string(tag.as_ref().unwrap()),
                                self.info.types.name_local(op.ty),
                                self.info.types.name_local(t)
                            ),
                        );
                        continue;
                    }
                    if let Mode::Const(c) = &op.mode {
                        // Like gc, only integer, float and string cases are checked (`case
                        // true, true:` is valid); equal values of different types are different
                        // cases (an interface tag: `case 1, T(1), 1.0:`).
                        if tag.is_some() && !matches!(c, ConstVal::Bool(_)) {
                            let dup = seen_consts.iter().any(|(v, vt)| v == c && *vt == op.ty);
                            if dup {
                                self.diags.error(
                                    e.span,
                                    format!(
                                        "duplicate case {} in expression switch",
                                        self.describe(e, &op)
                                    ),
                                );
                            } else {
                                seen_consts.push((c.clone(), op.ty));
                            }
                        }
                    }
                }
            }
            self.push_scope();
            self.cur().switch_depth += 1;
            let saved = self.cur().unreachable;
            for (si, st) in cc.body.iter().enumerate() {
                if let StmtKind::Labeled(..) = st.kind {
                    self.cur().unreachable = false;
                }
                if let StmtKind::Fallthrough = st.kind {
                    if si != cc.body.len() - 1 {
                        self.diags
                            .error(st.span, "fallthrough statement out of place");
                    } else if ci == body.len() - 1 {
                        self.diags
                            .error(st.span, "cannot fallthrough final case in switch");
                    }
                }
                self.stmt(st);
                if ends_flow(st) {
                    self.cur().unreachable = true;
                }
            }
            self.cur().unreachable = saved;
            self.cur().switch_depth -= 1;
            self.pop_scope();
        }
        let _ = s;
        self.pop_scope();
    }
}

/// Go's `hasNil` for a type that is not comparable: a func, map or slice (a tag of such a type
/// is allowed, with nil cases only).
pub(super) fn has_nil_uncomparable(c: &Checker, t: TypeId) -> bool {
    matches!(
        c.info.types.ukind(t),
        TypeKind::Func(_) | TypeKind::Map(..) | TypeKind::Slice(_)
    )
}
