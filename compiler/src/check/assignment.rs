//! Assignment statements and short variable declarations: what may stand on the left,
//! `op=`, tuple assignment from a multi-value call or comma-ok form, and `:=` declaring at
//! least one new variable.

use super::expr::{strip_parens, Operand};
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    pub(super) fn check_assignable_lhs(&mut self, x: &Expr, op: &Operand) -> bool {
        if op.mode == Mode::Var || op.mode == Mode::MapIndex {
            return true;
        }
        let what = match &op.mode {
            Mode::Const(_) => format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                self.describe(x, op)
            ),
            _ => format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                self.describe(x, op)
            ),
        };
        let what = if let ExprKind::Ident(_) = &strip_parens(x).kind {
            match &op.mode {
                Mode::Const(_) => format!(
                    "cannot assign to {} (constant {} of type {})",
                    self.expr_string(x),
                    op_const_desc(op),
                    self.info.types.name_local(op.ty)
                ),
                _ => what,
            }
        } else {
            what
        };
        self.diags.error(x.span, what);
        false
    }

    /// The left side of `=`: an addressable expression or `_`; assignment does not count as use.
    pub(super) fn lhs(&mut self, x: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(n) = &strip_parens(x).kind {
            if n == "_" {
                self.record(x.id, Mode::Var, VOID);
                return Some(VOID);
            }
            if let Some(o) = self.lookup(n) {
                if let ObjKind::Var(_) = self.info.objs[o as usize].kind {
                    self.resolve_global(o);
                    self.info.idents.insert(strip_parens(x).id, o);
                    self.use_var(o, false);
                    let t = self.info.objs[o as usize].ty;
                    self.record(strip_parens(x).id, Mode::Var, t);
                    self.record(x.id, Mode::Var, t);
                    return Some(t);
                }
            }
        }
        let op = self.expr(x, None);
        if op.is_bad() {
            return None;
        }
        if self.check_assignable_lhs(x, &op) {
            Some(op.ty)
        } else {
            None
        }
    }

    pub(super) fn assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.diags.error(
                        s.span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                let lt = self.expr(&lhs[0], None);
                if lt.is_bad() {
                    self.expr(&rhs[0], None);
                    return;
                }
                if !self.check_assignable_lhs(&lhs[0], &lt) {
                    return;
                }
                // Type the operation as lhs op rhs.
                let mut r = self.value(&rhs[0], Some(lt.ty));
                if r.is_bad() {
                    return;
                }
                if matches!(bop, BinOp::Shl | BinOp::Shr) {
                    if !self.info.types.is_integer(lt.ty) {
                        self.diags.error(
                            s.span,
                            format!(
                                "invalid operation: shifted operand {} must be integer",
                                self.describe(&lhs[0], &lt)
                            ),
                        );
                        return;
                    }
                    if self.info.types.is_untyped(r.ty) {
                        match r.mode.clone() {
                            Mode::Const(c) if c.as_i128().is_none_or(|v| v >= 0) => {
                                // (Reports a count that is not an integer.)
                                self.convert_untyped(&mut r, &rhs[0], UINT, "shift count");
                            }
                            _ => {
                                self.diags.error(
                                    rhs[0].span,
                                    format!(
                                        "invalid operation: shift count {} must be integer",
                                        self.describe(&rhs[0], &r)
                                    ),
                                );
                            }
                        }
                    } else if !self.info.types.is_integer(r.ty) {
                        self.diags.error(
                            rhs[0].span,
                            format!(
                                "invalid operation: shift count {} must be integer",
                                self.describe(&rhs[0], &r)
                            ),
                        );
                    }
                    return;
                }
                if self.info.types.is_untyped(r.ty)
                    && !self.convert_untyped(&mut r, &rhs[0], lt.ty, "assignment")
                {
                    return;
                }
                if r.ty != lt.ty {
                    self.diags.error(
                        s.span,
                        format!(
                            "invalid operation: {} {}= {} (mismatched types {} and {})",
                            self.expr_string(&lhs[0]),
                            bop.as_str(),
                            self.expr_string(&rhs[0]),
                            self.info.types.name_local(lt.ty),
                            self.info.types.name_local(r.ty)
                        ),
                    );
                    return;
                }
                let t = &self.info.types;
                let ok = match bop {
                    BinOp::Add => t.is_numeric(lt.ty) || t.is_string(lt.ty),
                    BinOp::Sub | BinOp::Mul | BinOp::Div => t.is_numeric(lt.ty),
                    _ => t.is_integer(lt.ty),
                };
                if !ok {
                    self.diags.error(
                        s.span,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            bop.as_str(),
                            self.describe(&lhs[0], &lt)
                        ),
                    );
                }
                if matches!(bop, BinOp::Div | BinOp::Rem) && self.info.types.is_integer(lt.ty) {
                    if let Mode::Const(c) = &r.mode {
                        if c.as_i128() == Some(0) {
                            self.diags
                                .error(rhs[0].span, "invalid operation: division by zero");
                        }
                    }
                }
            }
            AssignOp::Assign => {
                let lts: Vec<Option<TypeId>> = lhs.iter().map(|x| self.lhs(x)).collect();
                self.assign_values(s, lhs, &lts, rhs, "assignment");
            }
            AssignOp::Define => {
                // Declare new names; at least one must be new (in this scope).
                let mut any_new = false;
                let mut targets: Vec<(Option<ObjId>, bool)> = Vec::new();
                for x in lhs {
                    match &x.kind {
                        ExprKind::Ident(n) => {
                            if n == "_" {
                                targets.push((None, false));
                                continue;
                            }
                            let existing = self.scopes.last().unwrap().names.get(n).copied();
                            match existing {
                                Some(o)
                                    if matches!(
                                        self.info.objs[o as usize].kind,
                                        ObjKind::Var(_)
                                    ) =>
                                {
                                    targets.push((Some(o), false));
                                }
                                _ => {
                                    any_new = true;
                                    targets.push((None, true));
                                }
                            }
                        }
                        _ => {
                            self.diags.error(
                                x.span,
                                format!("non-name {} on left side of :=", self.expr_string(x)),
                            );
                            return;
                        }
                    }
                }
                if !any_new {
                    self.diags
                        .error(s.span, "no new variables on left side of :=");
                }
                // Types come from the right side.
                let rtypes = self.define_types(s, lhs, rhs, &targets);
                for (i, x) in lhs.iter().enumerate() {
                    let ExprKind::Ident(n) = &x.kind else {
                        continue;
                    };
                    let t = rtypes.get(i).copied().unwrap_or(VOID);
                    match targets[i] {
                        (Some(o), _) => {
                            self.info.idents.insert(x.id, o);
                            self.use_var(o, false);
                            let ot = self.info.objs[o as usize].ty;
                            if t != VOID && !self.multi_assignable(t, ot) {
                                self.diags.error(
                                    rhs.get(i).map(|r| r.span).unwrap_or(s.span),
                                    format!(
                                        "cannot use {} value as {} value in assignment",
                                        self.info.types.name_local(t),
                                        self.info.types.name_local(ot)
                                    ),
                                );
                            }
                            self.record(x.id, Mode::Var, ot);
                        }
                        (None, true) => {
                            let o = self.new_var(n, t, x.span);
                            let id = Ident {
                                name: n.clone(),
                                span: x.span,
                                id: x.id,
                            };
                            self.declare(&id, o);
                            self.record(x.id, Mode::Var, t);
                        }
                        (None, false) => {
                            // `_`
                            let o = self.new_var("_", t, x.span);
                            self.info.idents.insert(x.id, o);
                            self.record(x.id, Mode::Var, t);
                        }
                    }
                }
            }
        }
    }

    pub(super) fn define_types(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        rhs: &[Expr],
        targets: &[(Option<ObjId>, bool)],
    ) -> Vec<TypeId> {
        let n = lhs.len();
        if rhs.len() == 1 && n > 1 {
            // A new variable for the comma-ok value is a bool, not an untyped bool (existing
            // ones keep the untyped bool, which multi_assignable lets into any boolean type).
            let ts = self.multi_value(&rhs[0], n);
            return ts
                .into_iter()
                .zip(targets)
                .map(|(t, tgt)| match tgt.0 {
                    None => self.info.types.default_type(t),
                    Some(_) => t,
                })
                .collect();
        }
        if rhs.len() != n {
            self.diags.error(
                s.span,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    n,
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for r in rhs {
                self.expr(r, None);
            }
            return vec![VOID; n];
        }
        let mut out = Vec::new();
        for (i, r) in rhs.iter().enumerate() {
            let existing = targets[i].0.map(|o| self.info.objs[o as usize].ty);
            let mut op = self.value(r, existing);
            if op.is_bad() {
                out.push(VOID);
                continue;
            }
            if op.mode == Mode::Nil {
                if let Some(t) = existing {
                    self.assign_op(&mut op, r, t, "assignment");
                    out.push(t);
                } else {
                    self.diags.error(r.span, "use of untyped nil in assignment");
                    out.push(VOID);
                }
                continue;
            }
            match existing {
                Some(t) => {
                    self.assign_op(&mut op, r, t, "assignment");
                    out.push(t);
                }
                None => {
                    self.default_op(&mut op, r);
                    out.push(op.ty);
                }
            }
        }
        out
    }

    pub(super) fn assign_values(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        lts: &[Option<TypeId>],
        rhs: &[Expr],
        ctx: &str,
    ) {
        let n = lhs.len();
        if rhs.len() == 1 && n > 1 {
            let ts = self.multi_value(&rhs[0], n);
            for (i, t) in ts.iter().enumerate() {
                if let Some(Some(lt)) = lts.get(i) {
                    if *t != VOID && *lt != VOID && !self.multi_assignable(*t, *lt) {
                        self.diags.error(
                            rhs[0].span,
                            format!(
                                "cannot use {} value as {} value in {}",
                                self.info.types.name_local(*t),
                                self.info.types.name_local(*lt),
                                ctx
                            ),
                        );
                    }
                }
            }
            return;
        }
        if rhs.len() != n {
            self.diags.error(
                s.span,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    n,
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for r in rhs {
                self.expr(r, None);
            }
            return;
        }
        for (i, r) in rhs.iter().enumerate() {
            let lt = lts[i];
            let mut op = self.expr(r, lt.filter(|&t| t != VOID));
            match lt {
                Some(VOID) => {
                    // `_ = x`: x must be a value; untyped constants get their default type.
                    let ctx = if ctx == "assignment" {
                        "assignment to _ identifier"
                    } else {
                        ctx
                    };
                    if op.mode == Mode::Nil {
                        self.diags
                            .error(r.span, format!("use of untyped nil in {}", ctx));
                    } else if !op.is_bad()
                        && self.single_value(&op, r)
                        && self.info.types.is_untyped(op.ty)
                    {
                        let d = self.info.types.default_type(op.ty);
                        self.convert_untyped(&mut op, r, d, ctx);
                    }
                }
                Some(t) => {
                    self.assign_op(&mut op, r, t, ctx);
                }
                None => {}
            }
        }
    }
}

pub(super) fn op_const_desc(op: &Operand) -> String {
    match &op.mode {
        Mode::Const(c) => c.describe(),
        _ => String::new(),
    }
}
