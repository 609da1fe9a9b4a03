//! Unary and binary operators: operand matching, untyped operands taking the other side's
//! type, shifts (and the type of a non-constant shift of an untyped constant), comparisons and
//! constant folding of the results.

use super::constant::{self, ConstVal, FoldError, ReprError};
use super::expr::*;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    pub(super) fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        if op == UnOp::Addr {
            if let ExprKind::CompositeLit { .. } = strip_parens(x).kind {
                let inner_hint = hint.and_then(|h| self.info.types.elem(h));
                let o = self.expr(x, inner_hint);
                if o.is_bad() {
                    return o;
                }
                let t = self.info.types.intern(TypeKind::Pointer(o.ty));
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                };
            }
            let o = self.expr(x, None);
            if o.is_bad() {
                return o;
            }
            if o.mode != Mode::Var {
                self.diags.error(
                    e.span,
                    format!(
                        "invalid operation: cannot take address of {}",
                        self.describe(x, &o)
                    ),
                );
                return Operand::bad();
            }
            self.mark_addr_taken(x);
            let t = self.info.types.intern(TypeKind::Pointer(o.ty));
            return Operand {
                mode: Mode::Value,
                ty: t,
            };
        }
        if op == UnOp::Recv {
            let c = self.value(x, None);
            if c.is_bad() {
                return c;
            }
            return match self.info.types.ukind(c.ty).clone() {
                TypeKind::Chan(dir, el) => {
                    if dir == ChanDir::Send {
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {}",
                                self.describe(x, &c)
                            ),
                        );
                        return Operand::bad();
                    }
                    Operand {
                        mode: Mode::Value,
                        ty: el,
                    }
                }
                _ => {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {}",
                            self.describe(x, &c)
                        ),
                    );
                    Operand::bad()
                }
            };
        }
        let o = self.value(x, hint);
        if o.is_bad() {
            return o;
        }
        let t = &self.info.types;
        let ok = match op {
            UnOp::Pos | UnOp::Neg => t.is_numeric(o.ty),
            UnOp::Not => t.is_bool(o.ty),
            UnOp::Xor => t.is_integer(o.ty),
            _ => false,
        };
        if !ok {
            let opname = match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                _ => "^",
            };
            self.diags.error(
                x.span,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    opname,
                    self.describe(x, &o)
                ),
            );
            return Operand::bad();
        }
        if let Some(c) = o.konst() {
            let r = match (op, c) {
                (UnOp::Pos, c) => Some(c.clone()),
                (UnOp::Neg, c) => constant::neg(c),
                (UnOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!b)),
                (UnOp::Xor, c) => {
                    // ^x on an unsigned typed constant flips only the type's bits.
                    let bits = self.info.types.basic(o.ty).and_then(|b| {
                        if b.is_unsigned() {
                            b.int_range().map(|(_, max)| 128 - max.leading_zeros())
                        } else {
                            None
                        }
                    });
                    match constant::complement(c, bits) {
                        Some(Ok(c)) => Some(c),
                        Some(Err(_)) => {
                            self.diags.error(e.span, constant::overflow_message(None));
                            return Operand::bad();
                        }
                        None => None,
                    }
                }
                _ => None,
            };
            if let Some(r) = r {
                return self.typed_const(e, r, o.ty);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: o.ty,
        }
    }

    /// A folded constant of type `t`: a typed constant must be representable in its type after
    /// every operation (floats are rounded to the type's precision).
    pub(super) fn typed_const(&mut self, e: &Expr, c: ConstVal, t: TypeId) -> Operand {
        let mut c = c;
        if let Some(b) = self.info.types.basic(t) {
            if !b.is_untyped() || b.is_integer() {
                match c.represent(b) {
                    Ok(r) => c = r,
                    Err(why) => {
                        let op = Operand {
                            mode: Mode::Const(c),
                            ty: t,
                        };
                        let tn = self.info.types.name_local(t);
                        let why = match why {
                            ReprError::Overflow => "overflows",
                            ReprError::Truncated => "truncated to",
                        };
                        self.diags
                            .error(e.span, format!("{} {} {}", self.describe(e, &op), why, tn));
                        return Operand::bad();
                    }
                }
            }
        }
        Operand {
            mode: Mode::Const(c),
            ty: t,
        }
    }

    pub(crate) fn mark_addr_taken(&mut self, x: &Expr) {
        let x = strip_parens(x);
        match &x.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.info.idents.get(&x.id) {
                    if let ObjKind::Var(v) = &mut self.info.objs[o as usize].kind {
                        v.addr_taken = true;
                    }
                }
            }
            // Taking the address of a field or element of a variable takes the variable's.
            ExprKind::Selector(b, _) | ExprKind::Index(b, _)
                if !self.info.types.is_pointer(self.info.ty(b))
                    && !self.info.types.is_slice(self.info.ty(b)) =>
            {
                self.mark_addr_taken(b);
            }
            _ => {}
        }
    }

    pub(super) fn binary(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        b: &Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, a, b, hint);
        }
        let mut x = self.value(a, None);
        let mut y = self.value(b, None);
        if x.is_bad() || y.is_bad() {
            return Operand::bad();
        }
        // Untyped operands take the other operand's type.
        let tx = self.info.types.is_untyped(x.ty);
        let ty_ = self.info.types.is_untyped(y.ty);
        if tx && !ty_ {
            if !self.match_untyped(&mut x, a, y.ty, e, op) {
                return Operand::bad();
            }
        } else if ty_ && !tx {
            if !self.match_untyped(&mut y, b, x.ty, e, op) {
                return Operand::bad();
            }
        } else if tx && ty_ {
            // Both untyped: the "larger" kind wins (int < rune < float < complex).
            let rank = |t: TypeId| match t {
                UNTYPED_INT => 1,
                UNTYPED_RUNE => 2,
                UNTYPED_FLOAT => 3,
                UNTYPED_COMPLEX => 4,
                _ => 0,
            };
            if x.mode == Mode::Nil || y.mode == Mode::Nil {
                if x.mode == Mode::Nil && y.mode == Mode::Nil && matches!(op, BinOp::Eq | BinOp::Ne)
                {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: {} (operator {} not defined on nil)",
                            self.expr_string(e),
                            op.as_str()
                        ),
                    );
                    return Operand::bad();
                }
            } else if rank(x.ty) > 0 && rank(y.ty) > 0 {
                let t = if rank(x.ty) >= rank(y.ty) { x.ty } else { y.ty };
                x.ty = t;
                y.ty = t;
                // A comparison ends the untyped expression: a non-constant operand (`'0'<<s`)
                // and the constant beside it both take the default type of the larger kind,
                // as go/types does, so that both sides are lowered at one width.
                if op.is_comparison() && (x.konst().is_none() || y.konst().is_none()) {
                    let d = self.info.types.default_type(t);
                    if !self.convert_untyped(&mut x, a, d, "expression")
                        || !self.convert_untyped(&mut y, b, d, "expression")
                    {
                        return Operand::bad();
                    }
                }
            } else if x.ty != y.ty {
                // Untyped constants of different kinds ('c' == "s", true + 1).
                self.mismatched(e, x.ty, y.ty);
                return Operand::bad();
            }
        }
        let t = &self.info.types;
        if x.mode == Mode::Nil || y.mode == Mode::Nil {
            let other = if x.mode == Mode::Nil { &y } else { &x };
            let ok_nil = t.admits_nil(other.ty);
            if !matches!(op, BinOp::Eq | BinOp::Ne) || !ok_nil {
                let (oe, oop) = if x.mode == Mode::Nil {
                    (b, y.clone())
                } else {
                    (a, x.clone())
                };
                self.diags.error(
                    e.span,
                    format!(
                        "invalid operation: {} (mismatched types {} and untyped nil)",
                        self.expr_string(e),
                        self.info.types.name_local(oop.ty)
                    ),
                );
                let _ = oe;
                return Operand::bad();
            }
            let ot = other.ty;
            let nil_e = if x.mode == Mode::Nil { a } else { b };
            self.record(nil_e.id, Mode::Nil, ot);
            return Operand {
                mode: Mode::Value,
                ty: UNTYPED_BOOL,
            };
        }
        // An interface compares with a value of a type that implements it.
        let mixed_iface = matches!(op, BinOp::Eq | BinOp::Ne)
            && ((t.is_interface(x.ty) && self.assignable(y.ty, x.ty))
                || (t.is_interface(y.ty) && self.assignable(x.ty, y.ty)));
        if mixed_iface {
            // The concrete operand must be comparable itself (`i == []int{}` is an error).
            for (o, oe) in [(&x, a), (&y, b)] {
                if !self.info.types.comparable(o.ty) {
                    self.diags.error(
                        oe.span,
                        format!(
                            "invalid operation: {} ({})",
                            self.expr_string(e),
                            self.info.types.incomparable_cause(o.ty)
                        ),
                    );
                    return Operand::bad();
                }
            }
            return Operand {
                mode: Mode::Value,
                ty: UNTYPED_BOOL,
            };
        }
        let t = &self.info.types;
        // Comparisons need one operand assignable to the other's type (an unnamed array
        // compares with a named one of that type), other operators identical types.
        let comparable_types =
            op.is_comparison() && (self.assignable(x.ty, y.ty) || self.assignable(y.ty, x.ty));
        if x.ty != y.ty && !(t.is_untyped(x.ty) && t.is_untyped(y.ty)) && !comparable_types {
            self.mismatched(e, x.ty, y.ty);
            return Operand::bad();
        }
        let ty = x.ty;
        let ok = match op {
            BinOp::Add => {
                t.is_numeric(ty)
                    || t.is_string(ty)
                    || (t.is_tparam(ty)
                        && t.all_terms(ty, &|ts: &Types, x| ts.is_numeric(x) || ts.is_string(x)))
            }
            BinOp::Sub | BinOp::Mul | BinOp::Div => t.is_numeric(ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => t.is_integer(ty),
            BinOp::LAnd | BinOp::LOr => t.is_bool(ty),
            BinOp::Eq | BinOp::Ne => t.comparable(ty),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => t.ordered(ty),
            BinOp::Shl | BinOp::Shr => false,
        };
        if !ok {
            let what = if self.info.types.is_tparam(ty) && op.is_comparison() {
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    format!(
                        "invalid operation: {} (incomparable types in type set)",
                        self.expr_string(e)
                    )
                } else {
                    format!(
                        "invalid operation: {} (type parameter {} is not comparable with {})",
                        self.expr_string(e),
                        self.info.types.name_local(ty),
                        op.as_str()
                    )
                }
            } else if op.is_comparison() && matches!(op, BinOp::Eq | BinOp::Ne) {
                format!(
                    "invalid operation: {} ({})",
                    self.expr_string(e),
                    self.info.types.incomparable_cause(ty)
                )
            } else if op.is_comparison() {
                format!(
                    "invalid operation: {} (operator {} not defined on {})",
                    self.expr_string(e),
                    op.as_str(),
                    self.kind_string(ty)
                )
            } else {
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.describe(a, &x)
                )
            };
            self.diags.error(e.span, what);
            return Operand::bad();
        }
        let res_ty = if op.is_comparison() { UNTYPED_BOOL } else { ty };
        if let (Some(cx), Some(cy)) = (x.konst(), y.konst()) {
            let integer = t.is_integer(ty);
            match constant::binary(op, cx, cy, integer) {
                // Typed constant arithmetic must still fit (and be rounded to) the type.
                Ok(c) => return self.typed_const(e, c, res_ty),
                Err(FoldError::DivByZero) => {
                    self.diags
                        .error(b.span, "invalid operation: division by zero");
                    return Operand::bad();
                }
                Err(FoldError::Overflow) => {
                    self.diags
                        .error(e.span, constant::overflow_message(Some(op)));
                    return Operand::bad();
                }
                Err(FoldError::NotRepresentable) => {
                    self.diags
                        .error(e.span, "constant result is not representable");
                    return Operand::bad();
                }
                Err(FoldError::Invalid) => {}
            }
        }
        if matches!(op, BinOp::Div | BinOp::Rem) && t.is_integer(ty) {
            if let Some(c) = y.konst() {
                if c.is_zero() {
                    self.diags
                        .error(b.span, "invalid operation: division by zero");
                    return Operand::bad();
                }
            }
        }
        Operand {
            mode: Mode::Value,
            ty: res_ty,
        }
    }

    /// Convert the untyped operand `u` of binary expression `e` to the other operand's type.
    pub(super) fn match_untyped(
        &mut self,
        u: &mut Operand,
        ue: &Expr,
        target: TypeId,
        e: &Expr,
        op: BinOp,
    ) -> bool {
        if u.mode == Mode::Nil {
            return true;
        }
        let t = &self.info.types;
        let from = t.basic(u.ty).unwrap_or(Basic::UntypedNil);
        let kind_ok = |b: Basic| b.takes_untyped(from);
        let compatible = match t.basic(target) {
            _ if t.is_tparam(target) => {
                // Every type of the type set must take the constant.
                let ts = t.term_types(target);
                !ts.is_empty() && ts.iter().all(|&x| t.basic(x).is_some_and(kind_ok))
            }
            Some(b) => match u.ty {
                UNTYPED_BOOL => b.is_bool(),
                UNTYPED_STRING => b.is_string(),
                UNTYPED_INT | UNTYPED_RUNE | UNTYPED_FLOAT | UNTYPED_COMPLEX => b.is_numeric(),
                _ => false,
            },
            None => t.is_interface(target) && matches!(op, BinOp::Eq | BinOp::Ne),
        };
        if !compatible {
            // Go names the operand types in source order.
            let u_is_left = matches!(&e.kind, ExprKind::Binary(_, a, _) if std::ptr::eq(&**a, ue));
            let (l, r) = if u_is_left {
                (u.ty, target)
            } else {
                (target, u.ty)
            };
            self.mismatched(e, l, r);
            return false;
        }
        let tgt = if t.is_interface(target) {
            t.default_type(u.ty)
        } else {
            target
        };
        self.convert_untyped(u, ue, tgt, "expression")
    }

    pub(super) fn shift(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        b: &Expr,
        hint: Option<TypeId>,
    ) -> Operand {
        let mut x = self.value(a, None);
        let mut y = self.value(b, None);
        if x.is_bad() || y.is_bad() {
            return Operand::bad();
        }
        // Go describes a constant count as written, before it is converted to uint.
        let ydesc = self.describe(b, &y);
        // The shift count: an integer, or an untyped constant representable as uint.
        if self.info.types.is_untyped(y.ty) {
            match y.konst().and_then(|c| c.to_bigint()) {
                Some(v) if v.sign() != num_bigint::Sign::Minus => {
                    self.convert_untyped(&mut y, b, UINT, "shift count");
                }
                Some(_) => {
                    self.diags.error(
                        b.span,
                        format!("invalid shift count {} (negative)", self.expr_string(b)).replace(
                            "invalid shift count",
                            "invalid operation: negative shift count",
                        ),
                    );
                    return Operand::bad();
                }
                None if y.konst().is_none() => {
                    // An untyped non-constant count (`1 << s` itself, or a sum of such
                    // shifts) becomes a uint, as Go's checker converts it (Go issue 47410).
                    if !self.convert_untyped(&mut y, b, UINT, "shift count") {
                        return Operand::bad();
                    }
                }
                None => {
                    // Not an integer: Go reports it as not representable as a uint
                    // ("2.5 (untyped float constant) truncated to uint").
                    self.convert_untyped(&mut y, b, UINT, "shift count");
                    return Operand::bad();
                }
            }
        } else if !self.info.types.is_integer(y.ty) {
            self.diags.error(
                b.span,
                format!(
                    "invalid operation: shift count {} must be integer",
                    self.describe(b, &y)
                ),
            );
            return Operand::bad();
        }
        if let (Some(cx), Some(cy)) = (x.konst().cloned(), y.konst().cloned()) {
            if cx.to_bigint().is_none() {
                self.diags.error(
                    a.span,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.describe(a, &x)
                    ),
                );
                return Operand::bad();
            }
            let s = cy.as_i128().unwrap_or(0);
            if s < 0 {
                self.diags
                    .error(b.span, "invalid operation: negative shift count");
                return Operand::bad();
            }
            if s > constant::MAX_SHIFT as i128 {
                self.diags.error(
                    b.span,
                    format!("invalid operation: invalid shift count {}", ydesc),
                );
                return Operand::bad();
            }
            let t = if x.ty == UNTYPED_FLOAT || x.ty == UNTYPED_COMPLEX {
                UNTYPED_INT
            } else {
                x.ty
            };
            return match constant::shift(op, &cx, s as u64) {
                Ok(c) => self.typed_const(e, c, t),
                Err(_) => {
                    self.diags
                        .error(e.span, constant::overflow_message(Some(op)));
                    Operand::bad()
                }
            };
        }
        // Non-constant shift: an untyped constant left operand takes the type from context.
        // Without an integer type from context the shift stays untyped, so the rest of the
        // expression decides (`u64 | 1<<s` makes the 1 a uint64), as Go's checker does.
        if self.info.types.is_untyped(x.ty) {
            match hint {
                Some(h) if self.info.types.is_integer(h) => {
                    if !self.convert_untyped(&mut x, a, h, "shift") {
                        return Operand::bad();
                    }
                }
                _ => {
                    let integral = x.konst().and_then(|c| c.as_i128()).is_some();
                    if !integral {
                        self.diags.error(
                            a.span,
                            format!(
                                "invalid operation: shifted operand {} must be integer",
                                self.describe(a, &x)
                            ),
                        );
                        return Operand::bad();
                    }
                    // An untyped rune stays a rune: `'0' << s` passed as `any` is an int32.
                    let t = if x.ty == UNTYPED_RUNE {
                        UNTYPED_RUNE
                    } else {
                        UNTYPED_INT
                    };
                    self.record(a.id, x.mode.clone(), t);
                    return Operand {
                        mode: Mode::Value,
                        ty: t,
                    };
                }
            }
        }
        if !self.info.types.is_integer(x.ty) {
            self.diags.error(
                a.span,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.describe(a, &x)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
        }
    }

    // ---- calls ----

    /// Does type t contain an interface (map keys of such types need a hashability check at
    /// run time that deferc does not make yet)?
    /// Go's "invalid operation: a op b (mismatched types L and R)".
    /// A comparison's mismatch is reported at its right operand (Go knows of it only there).
    pub(super) fn mismatched(&mut self, e: &Expr, l: TypeId, r: TypeId) {
        let msg = format!(
            "invalid operation: {} (mismatched types {} and {})",
            self.expr_string(e),
            self.info.types.name_local(l),
            self.info.types.name_local(r)
        );
        let span = match &e.kind {
            ExprKind::Binary(op, _, b) if op.is_comparison() => b.span,
            _ => e.span,
        };
        self.diags.error(span, msg);
    }

    /// Go's `kindString`: how "operator < not defined on ..." names a type.
    fn kind_string(&self, t: TypeId) -> String {
        match self.info.types.ukind(t) {
            TypeKind::Array(..) => "array".into(),
            TypeKind::Slice(_) => "slice".into(),
            TypeKind::Struct(_) => "struct".into(),
            TypeKind::Pointer(_) => "pointer".into(),
            TypeKind::Func(_) => "func".into(),
            TypeKind::Interface(_) => "interface".into(),
            TypeKind::Map(..) => "map".into(),
            TypeKind::Chan(..) => "chan".into(),
            _ => self.info.types.name_local(t),
        }
    }
}
