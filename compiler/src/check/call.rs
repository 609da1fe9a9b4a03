//! Calls: of functions, methods, function values and library members, their argument lists
//! (variadic, multi-value `f(g())`) and conversions `T(x)`.

use super::constant::ConstVal;
use super::expr::*;
use super::types::*;
use super::*;
use crate::syntax::visit::{walk_expr, Flow, Visitor};

impl<'a> Checker<'a> {
    pub(super) fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        // A generic function, called with inferred or explicit type arguments.
        let callee = match &strip_parens(func).kind {
            ExprKind::Index(x, _) => self.generic_func_operand(x),
            _ => self.generic_func_operand(func),
        };
        if let Some(fi) = callee {
            return self.generic_call(e, func, fi, args, ellipsis);
        }
        let f = self.expr(func, None);
        if f.is_bad() {
            for a in args {
                self.expr(a, None);
            }
            return Operand::bad();
        }
        match f.mode.clone() {
            Mode::Type => return self.conversion(e, f.ty, args),
            Mode::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            Mode::Lib(lf) => {
                if lf == LibFunc::OsArgs {
                    self.diags.error(e.span, "invalid operation: cannot call non-function os.Args (variable of type []string)");
                    return Operand::bad();
                }
                self.info.calls.insert(e.id, CallKind::Lib(lf));
            }
            Mode::Package => {
                self.single_value(&f, func);
                return Operand::bad();
            }
            _ => {
                if !self.single_value(&f, func) {
                    return Operand::bad();
                }
                let stripped = strip_parens(func);
                let kind = match &stripped.kind {
                    ExprKind::Ident(_) => match self
                        .info
                        .idents
                        .get(&stripped.id)
                        .map(|&o| &self.info.objs[o as usize].kind)
                    {
                        Some(ObjKind::Func(fi)) => CallKind::Static(*fi),
                        _ => CallKind::Dynamic,
                    },
                    ExprKind::Selector(..) => match self.info.calls.get(&stripped.id) {
                        Some(CallKind::Iface(i)) => CallKind::Iface(*i),
                        Some(CallKind::TypeParamMethod) => CallKind::TypeParamMethod,
                        // `pkg.F` of a library package written in Go.
                        _ if matches!(
                            self.info
                                .idents
                                .get(&stripped.id)
                                .map(|&o| &self.info.objs[o as usize].kind),
                            Some(ObjKind::Func(_))
                        ) =>
                        {
                            match self.info.objs[self.info.idents[&stripped.id] as usize].kind {
                                ObjKind::Func(fi) => CallKind::Static(fi),
                                _ => CallKind::Dynamic,
                            }
                        }
                        _ => match self.info.method_sel.get(&stripped.id) {
                            Some(ms) if !ms.expr => CallKind::Method(ms.func),
                            _ => CallKind::Dynamic,
                        },
                    },
                    ExprKind::FuncLit { .. } => {
                        if let Some(&fi) = self.info.lits.get(&stripped.id) {
                            self.info.funcs[fi as usize].lit_escapes = false;
                        }
                        CallKind::Dynamic
                    }
                    _ => CallKind::Dynamic,
                };
                self.info.calls.insert(e.id, kind);
            }
        }
        let Some(sig) = self.info.types.sig(f.ty).cloned() else {
            self.diags.error(
                e.span,
                format!(
                    "invalid operation: cannot call non-function {}",
                    self.describe(func, &f)
                ),
            );
            for a in args {
                self.expr(a, None);
            }
            return Operand::bad();
        };
        let fname = self.expr_string(func);
        self.call_args(e, &fname, &sig, args, ellipsis);
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: VOID,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0],
            },
            _ => {
                let t = self.info.types.intern(TypeKind::Tuple(sig.results.clone()));
                Operand {
                    mode: Mode::Value,
                    ty: t,
                }
            }
        }
    }

    /// Check arguments against a signature, including f(g()) and variadic forms.
    pub(crate) fn call_args(
        &mut self,
        e: &Expr,
        fname: &str,
        sig: &Sig,
        args: &[Expr],
        ellipsis: bool,
    ) {
        let np = sig.params.len();
        // f(g()) with a multi-value g.
        if args.len() == 1 && np > 1 || (args.len() == 1 && sig.variadic && !ellipsis) {
            let op = self.expr(&args[0], None);
            if let Some(ts) = self.info.types.tuple(op.ty).map(|t| t.to_vec()) {
                if ts.len() > 1 {
                    let ok_count = if sig.variadic {
                        ts.len() >= np - 1
                    } else {
                        ts.len() == np
                    };
                    if !ok_count {
                        self.arg_count_error(e, fname, sig, ts.len());
                        return;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        let pt = self.param_type(sig, i);
                        if !self.assignable(*t, pt) {
                            self.diags.error(
                                args[0].span,
                                format!(
                                    "cannot use {} (value of type {}) as {} value in argument to {}",
                                    self.expr_string(&args[0]),
                                    self.info.types.name_local(*t),
                                    self.info.types.name_local(pt),
                                    fname
                                ),
                            );
                        }
                    }
                    return;
                }
            }
            // Single value: fall through with the operand already checked.
            let mut op = op;
            if op.is_bad() {
                return;
            }
            if np == 0 && !sig.variadic {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            if !sig.variadic && np != 1 {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            if sig.variadic && np > 2 {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            let pt = self.param_type(sig, 0);
            self.assign_op(&mut op, &args[0], pt, &format!("argument to {}", fname));
            return;
        }
        if ellipsis {
            if !sig.variadic {
                self.diags.error(
                    e.span,
                    format!("have (...) but function is not variadic: {}", fname).replace(
                        "have (...) but function is not variadic",
                        "cannot use ... in call to non-variadic",
                    ),
                );
                for a in args {
                    self.expr(a, None);
                }
                return;
            }
            if args.len() != np {
                self.arg_count_error(e, fname, sig, args.len());
                for a in args {
                    self.expr(a, None);
                }
                return;
            }
            for (i, a) in args.iter().enumerate() {
                let pt = sig.params[i];
                let mut op = self.expr(a, Some(pt));
                self.assign_op(&mut op, a, pt, &format!("argument to {}", fname));
            }
            return;
        }
        let min = if sig.variadic { np - 1 } else { np };
        if args.len() < min || (!sig.variadic && args.len() > np) {
            self.arg_count_error(e, fname, sig, args.len());
            for a in args {
                self.expr(a, None);
            }
            return;
        }
        for (i, a) in args.iter().enumerate() {
            let pt = self.param_type(sig, i);
            let mut op = self.expr(a, Some(pt));
            self.assign_op(&mut op, a, pt, &format!("argument to {}", fname));
        }
    }

    pub(super) fn param_type(&self, sig: &Sig, i: usize) -> TypeId {
        let np = sig.params.len();
        if sig.variadic && i >= np - 1 {
            self.info.types.elem(sig.params[np - 1]).unwrap_or(VOID)
        } else {
            sig.params.get(i).copied().unwrap_or(VOID)
        }
    }

    pub(super) fn arg_count_error(&mut self, e: &Expr, fname: &str, sig: &Sig, got: usize) {
        let min = if sig.variadic {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let msg = if got < min { "not enough" } else { "too many" };
        let want: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                if sig.variadic && i == sig.params.len() - 1 {
                    format!(
                        "...{}",
                        self.info
                            .types
                            .name(self.info.types.elem(p).unwrap_or(VOID))
                    )
                } else {
                    self.info.types.name_local(p)
                }
            })
            .collect();
        let span = if got < min {
            match &e.kind {
                ExprKind::Call { .. } => Span::new(e.span.hi.saturating_sub(1), e.span.hi),
                _ => e.span,
            }
        } else {
            e.span
        };
        self.diags.error(
            span,
            format!(
                "{} arguments in call to {}\n\thave ({})\n\twant ({})",
                msg,
                fname,
                got_desc(got),
                want.join(", ")
            ),
        );
    }

    pub(super) fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let tn = self.info.types.name_local(t);
            if args.is_empty() {
                self.diags
                    .error(e.span, format!("missing argument in conversion to {}", tn));
            } else {
                self.diags.error(
                    args[1].span,
                    format!("too many arguments in conversion to {}", tn),
                );
            }
            return Operand::bad();
        }
        self.info.calls.insert(e.id, CallKind::Conversion(t));
        let a = &args[0];
        let mut x = self.value(a, None);
        if x.is_bad() {
            return x;
        }
        if self.info.types.is_tparam(t) || self.info.types.is_tparam(x.ty) {
            return self.conversion_tparam(e, t, a, x);
        }
        let types = &self.info.types;
        // Constant conversions stay constant (for basic targets).
        if let Some(c) = x.konst().cloned() {
            if let Some(tb) = types.basic(t) {
                if tb.is_string() && (types.is_integer(x.ty)) {
                    // string(rune constant)
                    let v = c.as_i128().unwrap_or(0xFFFD);
                    let ch = u32::try_from(v)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    return Operand {
                        mode: Mode::Const(ConstVal::Str(ch.to_string().into_bytes())),
                        ty: t,
                    };
                }
                if (tb.is_numeric() && types.is_numeric(x.ty))
                    || (tb.is_string() && types.is_string(x.ty))
                    || (tb.is_bool() && types.is_bool(x.ty))
                {
                    return match c.represent(tb) {
                        Ok(c) => Operand {
                            mode: Mode::Const(c),
                            ty: t,
                        },
                        Err(_) => {
                            // Go has already made an integral value an integer when it finds
                            // it out of range: `uint8(300 + 0i)` shows the constant 300.
                            if let (true, Some(v)) = (tb.is_integer(), c.to_bigint()) {
                                x.mode = Mode::Const(ConstVal::Int(v));
                            }
                            self.diags.error(
                                a.span,
                                format!(
                                    "cannot convert {} to type {}",
                                    self.describe(a, &x),
                                    self.info.types.name_local(t)
                                ),
                            );
                            Operand::bad()
                        }
                    };
                }
                if self.info.types.is_untyped(x.ty) {
                    // A constant of another kind (`string(1.5)`, `int("a")`).
                    self.diags.error(
                        a.span,
                        format!(
                            "cannot convert {} to type {}",
                            self.describe(a, &x),
                            self.info.types.name_local(t)
                        ),
                    );
                    return Operand::bad();
                }
            }
        }
        if self.info.types.is_untyped(x.ty) {
            if x.mode == Mode::Nil {
                if !self.info.types.admits_nil(t) {
                    self.diags.error(
                        a.span,
                        format!(
                            "cannot convert nil to type {}",
                            self.info.types.name_local(t)
                        ),
                    );
                    return Operand::bad();
                }
                self.record(a.id, Mode::Nil, t);
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                };
            }
            let d = if self.info.types.is_interface(t) {
                self.info.types.default_type(x.ty)
            } else {
                t
            };
            let d = if self.info.types.basic(d).is_some() {
                d
            } else {
                self.info.types.default_type(x.ty)
            };
            self.convert_untyped(&mut x, a, d, "conversion");
        }
        if !self.convertible(x.ty, t) {
            self.diags.error(
                a.span,
                format!(
                    "cannot convert {} to type {}",
                    self.describe(a, &x),
                    self.info.types.name_local(t)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    /// Go's "contains channel receives or (non-constant) function calls" (the rule that makes
    /// len and cap of an array non-constant): conversions, builtin calls with constant results
    /// and the bodies of function literals do not count. `e` has been checked.
    /// A conversion to or from a type parameter: valid when it is valid for every type of the
    /// type sets involved; never a constant (spec "Conversions").
    fn conversion_tparam(&mut self, _e: &Expr, t: TypeId, a: &Expr, mut x: Operand) -> Operand {
        let bad = |c: &mut Self, x: &Operand| {
            c.diags.error(
                a.span,
                format!(
                    "cannot convert {} to type {}",
                    c.describe(a, x),
                    c.info.types.name_local(t)
                ),
            );
            Operand::bad()
        };
        let to_types = self.info.types.term_types(t);
        if x.mode == Mode::Nil {
            let ok =
                !to_types.is_empty() && to_types.iter().all(|&u| self.info.types.admits_nil(u));
            if !ok {
                return bad(self, &x);
            }
            self.record(a.id, Mode::Nil, t);
            return Operand {
                mode: Mode::Value,
                ty: t,
            };
        }
        if self.info.types.is_untyped(x.ty) {
            // A constant operand: representable in (or convertible to) each target type; it
            // takes the target's type (codegen materializes it as each instance's type).
            let from = self.info.types.default_type(x.ty);
            let ok = !to_types.is_empty()
                && to_types.iter().all(|&u| {
                    let types = &self.info.types;
                    match (x.konst(), types.basic(u)) {
                        (Some(c), Some(b))
                            if (b.is_numeric() && types.is_numeric(x.ty))
                                || (b.is_string() && types.is_string(x.ty))
                                || (b.is_bool() && types.is_bool(x.ty)) =>
                        {
                            c.represent(b).is_ok()
                        }
                        _ => self.convertible(from, u),
                    }
                });
            if !ok {
                return bad(self, &x);
            }
            if self.info.types.is_tparam(t)
                && to_types.iter().all(|&u| {
                    let types = &self.info.types;
                    types.basic(u).is_some_and(|b| {
                        (b.is_numeric() && types.is_numeric(x.ty))
                            || (b.is_string() && types.is_string(x.ty))
                            || (b.is_bool() && types.is_bool(x.ty))
                    })
                })
            {
                if let Some(c) = x.konst().cloned() {
                    self.record(a.id, Mode::Const(c), t);
                    return Operand {
                        mode: Mode::Value,
                        ty: t,
                    };
                }
            }
            self.convert_untyped(&mut x, a, from, "conversion");
        }
        let from_types = self.info.types.term_types(x.ty);
        let from_types = if from_types.is_empty() && !self.info.types.is_tparam(x.ty) {
            vec![x.ty]
        } else {
            from_types
        };
        let to_list = if self.info.types.is_tparam(t) {
            to_types
        } else {
            vec![t]
        };
        let ok = !from_types.is_empty()
            && !to_list.is_empty()
            && from_types
                .iter()
                .all(|&f| to_list.iter().all(|&u| self.convertible(f, u)));
        // A type parameter with no terms converts only to interfaces it implements (and
        // itself).
        let ok = ok || x.ty == t || (self.info.types.is_interface(t) && self.implements(x.ty, t));
        if !ok {
            return bad(self, &x);
        }
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    pub(super) fn has_call_or_recv(&self, e: &Expr) -> bool {
        struct Find<'a>(&'a Info);
        impl Visitor for Find<'_> {
            fn visit_expr(&mut self, e: &Expr) -> Flow {
                match &e.kind {
                    ExprKind::Unary(UnOp::Recv, _) => return Flow::Break(()),
                    ExprKind::Call { .. }
                        if !matches!(self.0.calls.get(&e.id), Some(CallKind::Conversion(_)))
                            && self.0.const_val(e).is_none() =>
                    {
                        return Flow::Break(())
                    }
                    _ => {}
                }
                walk_expr(self, e)
            }
            fn visit_func_lit(&mut self, _: &FuncType, _: &Block) -> Flow {
                Flow::Continue(())
            }
        }
        Find(&self.info).visit_expr(e).is_break()
    }
}

pub(super) fn got_desc(n: usize) -> String {
    vec!["value"; n].join(", ").replace("value", "number")
}
