//! Assignability, interface satisfaction, implicit conversion of untyped operands (Go's
//! `convertUntyped`) and explicit convertibility: when a value of one type may stand where
//! another is expected.

use super::expr::*;
use super::lookup::{Lookup, Target};
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    /// Can the `t` from [`Checker::multi_value`] be assigned to a variable of type `to`? The
    /// comma-ok value is an untyped bool: assignable to any boolean type, and as a bool to
    /// anything else (`v, ok = m[k]` with `var ok MyBool`, or with `var ok any`).
    pub(crate) fn multi_assignable(&self, t: TypeId, to: TypeId) -> bool {
        if t == UNTYPED_BOOL && (self.info.types.is_bool(to) || self.assignable(BOOL, to)) {
            return true;
        }
        self.assignable(t, to)
    }

    /// Is a value of type `from` assignable to `to` (spec "Assignability"), for typed `from`?
    pub(crate) fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        if from == to || from == VOID || to == VOID {
            return true;
        }
        let t = &self.info.types;
        if t.is_interface(to) && self.implements(from, to) {
            return true;
        }
        // Identical underlying types and at least one is not named.
        if t.underlying(from) == t.underlying(to) && (!t.has_name(from) || !t.has_name(to)) {
            return !t.is_interface(to) || from == to || !t.is_named(from);
        }
        // A bidirectional channel to a directional one of the same element type.
        if let (TypeKind::Chan(ChanDir::Both, a), TypeKind::Chan(_, b)) =
            (t.kind(t.underlying(from)), t.kind(t.underlying(to)))
        {
            return a == b && (!t.is_named(from) || !t.is_named(to));
        }
        false
    }

    pub(crate) fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        let TypeKind::Interface(ms) = self.info.types.ukind(iface) else {
            return false;
        };
        if ms.is_empty() {
            return true;
        }
        if let TypeKind::Interface(have) = self.info.types.ukind(t) {
            return ms.iter().all(|m| have.iter().any(|h| h == m));
        }
        self.missing_method(t, iface).is_none()
    }

    /// The first method of interface `iface` that type `t` lacks, and whether t has it with a
    /// pointer receiver (Go: "method M has pointer receiver"). Promoted methods count, with
    /// Go's method-set rules (lookup::Info::lookup).
    pub(crate) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<(String, bool)> {
        let TypeKind::Interface(ms) = self.info.types.ukind(iface) else {
            return None;
        };
        if self.info.types.is_tparam(t) {
            // A type parameter has the methods of its constraint.
            let have = self
                .info
                .types
                .type_set(self.info.types.constraint(t))
                .methods;
            return ms
                .iter()
                .find(|m| !have.iter().any(|h| h.name == m.name && h.sig == m.sig))
                .map(|m| (m.name.clone(), false));
        }
        for m in ms {
            let have = match self.info.lookup(t, &m.name) {
                Lookup::Found(s) => match s.target {
                    Target::Method {
                        func,
                        ptr_recv,
                        named,
                    } => {
                        if ptr_recv && !s.indirect {
                            return Some((m.name.clone(), true));
                        }
                        self.info
                            .method_sig(named, func)
                            .and_then(|t| self.info.types.sig(t).cloned())
                    }
                    Target::IfaceMethod { sig, .. } => self.info.types.sig(sig).cloned(),
                    Target::Field { .. } => None,
                },
                _ => None,
            };
            let want = self.info.types.sig(m.sig);
            if have.is_none() || have.as_ref() != want {
                return Some((m.name.clone(), false));
            }
        }
        None
    }

    /// Convert an operand for assignment to `target`: untyped constants take the target type
    /// (checking representability), and everything else must be assignable.
    pub(crate) fn assign_op(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
        ctx: &str,
    ) -> bool {
        if op.is_bad() || target == VOID {
            return false;
        }
        if !self.single_value(op, e) {
            *op = Operand::bad();
            return false;
        }
        if op.mode == Mode::Nil {
            let ok = self.info.types.admits_nil(target)
                || self.info.types.basic(target) == Some(Basic::UntypedNil);
            if !ok {
                self.diags.error(
                    e.span,
                    format!(
                        "cannot use nil as {} value in {}",
                        self.info.types.name_local(target),
                        ctx
                    ),
                );
                return false;
            }
            self.record(e.id, Mode::Nil, target);
            op.ty = target;
            return true;
        }
        if self.info.types.is_untyped(op.ty) {
            let target_u = if self.info.types.is_interface(target) {
                self.info.types.default_type(op.ty)
            } else {
                target
            };
            if !self.convert_untyped(op, e, target_u, ctx) {
                return false;
            }
            if self.info.types.is_interface(target) && self.implements(op.ty, target) {
                return true;
            }
        }
        if !self.assignable(op.ty, target) {
            let why = if self.info.types.is_interface(target) {
                let tn = self.info.types.name_local(target);
                match self.missing_method(op.ty, target) {
                    Some((m, true)) => format!(
                        ":\n\t{} does not implement {} ({} method has pointer receiver)",
                        self.info.types.name_local(op.ty),
                        tn,
                        m
                    ),
                    Some((m, false)) => format!(
                        ":\n\t{} does not implement {} (missing {} method)",
                        self.info.types.name_local(op.ty),
                        tn,
                        m
                    ),
                    None => String::new(),
                }
            } else {
                String::new()
            };
            // Go 1.19: failed assignability says "as type T" (untyped constants that do not
            // fit say "as T value", in convert_untyped).
            let as_what = format!("type {}", self.info.types.name_local(target));
            self.diags.error(
                e.span,
                format!(
                    "cannot use {} as {} in {}{}",
                    self.describe(e, op),
                    as_what,
                    ctx,
                    why
                ),
            );
            return false;
        }
        true
    }

    /// Give an untyped operand the type `target` (a basic or named basic type), as Go's implicit
    /// conversion does, recording the new type on the expression.
    pub(crate) fn convert_untyped(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
        ctx: &str,
    ) -> bool {
        if self.info.types.is_tparam(target) {
            return self.convert_untyped_tparam(op, e, target, ctx);
        }
        let tb = self.info.types.basic(target);
        let from = self.info.types.basic(op.ty).unwrap_or(Basic::UntypedInt);
        let ok_kind = match tb {
            Some(b) if !b.is_untyped() || b == Basic::UntypedBool => b.takes_untyped(from),
            Some(b) if b.is_untyped() => true,
            _ => false,
        };
        // Operands of operators, indexes, shift counts, sizes and switch cases are converted
        // the way Go's `convertUntyped` does, whose messages name the underlying type
        // ("1.5 (untyped float constant) truncated to int"); assignments of every kind say
        // "cannot use ... as T value in <context>".
        let operand = matches!(
            ctx,
            "expression" | "index" | "shift count" | "shift" | "argument to make" | "switch case"
        );
        let under = self.info.types.underlying(target);
        if !ok_kind {
            let msg = if operand {
                format!(
                    "cannot convert {} to {}",
                    self.describe(e, op),
                    self.info.types.name_local(under)
                )
            } else {
                format!(
                    "cannot use {} as {} value in {}",
                    self.describe(e, op),
                    self.info.types.name_local(target),
                    ctx
                )
            };
            self.diags.error(e.span, msg);
            *op = Operand::bad();
            return false;
        }
        if let Mode::Const(c) = op.mode.clone() {
            let tb = tb.unwrap();
            let c2 = match c.represent(tb) {
                Ok(c2) => c2,
                Err(_) => {
                    // Go names the failure by the types, not the value: a non-integer
                    // constant "truncated" into an integer type, anything else "overflows".
                    let truncated = !from.is_integer() && tb.is_integer();
                    let msg = if operand {
                        format!(
                            "{} {} {}",
                            self.describe(e, op),
                            if truncated {
                                "truncated to"
                            } else {
                                "overflows"
                            },
                            self.info.types.name_local(under)
                        )
                    } else {
                        format!(
                            "cannot use {} as {} value in {} ({})",
                            self.describe(e, op),
                            self.info.types.name_local(target),
                            ctx,
                            if truncated { "truncated" } else { "overflows" }
                        )
                    };
                    self.diags.error(e.span, msg);
                    *op = Operand::bad();
                    return false;
                }
            };
            op.mode = Mode::Const(c2.clone());
            op.ty = target;
            self.record(e.id, Mode::Const(c2), target);
        } else {
            // Untyped non-constant: comparisons (untyped bool) and shifts of untyped constants.
            op.ty = target;
            self.retype_untyped(e, target);
        }
        true
    }

    /// `convert_untyped` to a type parameter: the value must suit every type of its type set
    /// (a constant must be representable in each); it then has the type parameter's type.
    fn convert_untyped_tparam(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
        ctx: &str,
    ) -> bool {
        let from = self.info.types.basic(op.ty).unwrap_or(Basic::UntypedInt);
        let terms = self.info.types.term_types(target);
        let mut ok = !terms.is_empty();
        for &u in &terms {
            let Some(b) = self.info.types.basic(u) else {
                ok = false;
                break;
            };
            if !b.takes_untyped(from) {
                ok = false;
                break;
            }
            if let Mode::Const(c) = &op.mode {
                if c.represent(b).is_err() {
                    ok = false;
                    break;
                }
            }
        }
        if !ok {
            let msg = if ctx == "expression" {
                format!(
                    "cannot convert {} to {}",
                    self.describe(e, op),
                    self.info.types.name_local(target)
                )
            } else {
                format!(
                    "cannot use {} as {} value in {}",
                    self.describe(e, op),
                    self.info.types.name_local(target),
                    ctx
                )
            };
            self.diags.error(e.span, msg);
            *op = Operand::bad();
            return false;
        }
        op.ty = target;
        match op.mode.clone() {
            Mode::Const(c) => self.record(e.id, Mode::Const(c), target),
            _ => self.retype_untyped(e, target),
        }
        true
    }

    /// Push a type into an untyped non-constant expression tree (`a < b`, `1 << n`, `!x`).
    pub(super) fn retype_untyped(&mut self, e: &Expr, target: TypeId) {
        let Some(tv) = self.info.tv(e.id).cloned() else {
            return;
        };
        if !self.info.types.is_untyped(tv.ty) {
            return;
        }
        self.record(e.id, tv.mode.clone(), target);
        match &e.kind {
            ExprKind::Paren(x) => self.retype_untyped(x, target),
            ExprKind::Unary(_, x) => self.retype_untyped(x, target),
            ExprKind::Binary(op, a, b) => {
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.retype_untyped(a, target);
                } else if !op.is_comparison() {
                    self.retype_untyped(a, target);
                    self.retype_untyped(b, target);
                }
            }
            _ => {}
        }
    }

    /// Give an untyped operand its default type (for `x := 1`, interface arguments, ...).
    pub(crate) fn default_op(&mut self, op: &mut Operand, e: &Expr) {
        if self.info.types.is_untyped(op.ty) && op.mode != Mode::Nil {
            let d = self.info.types.default_type(op.ty);
            self.convert_untyped(op, e, d, "assignment");
        }
    }

    pub(crate) fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) {
            return true;
        }
        let t = &self.info.types;
        let (uf, ut) = (t.underlying(from), t.underlying(to));
        if uf == ut {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (t.kind(uf), t.kind(ut)) {
            if t.underlying(*a) == t.underlying(*b) {
                return true;
            }
        }
        // Integers and floats convert to each other, complex numbers only to complex types.
        if t.is_numeric(from) && t.is_numeric(to) && t.is_complex(from) == t.is_complex(to) {
            return true;
        }
        // unsafe.Pointer to and from any pointer and uintptr.
        let unsafe_ptr = |k: &TypeKind| matches!(k, TypeKind::Basic(Basic::UnsafePointer));
        let ptr_or_uintptr =
            |k: &TypeKind| matches!(k, TypeKind::Pointer(_) | TypeKind::Basic(Basic::Uintptr));
        if (unsafe_ptr(t.kind(uf)) && ptr_or_uintptr(t.kind(ut)))
            || (unsafe_ptr(t.kind(ut)) && ptr_or_uintptr(t.kind(uf)))
        {
            return true;
        }
        // Slice to array pointer (Go 1.17) with identical element types.
        if let (TypeKind::Slice(se), TypeKind::Pointer(p)) = (t.kind(uf), t.kind(ut)) {
            if let TypeKind::Array(ae, _) = t.ukind(*p) {
                if se == ae {
                    return true;
                }
            }
        }
        if t.is_string(to) {
            if t.is_integer(from) {
                return true;
            }
            if let TypeKind::Slice(el) = t.kind(uf) {
                return matches!(t.ukind(*el), TypeKind::Basic(Basic::Uint8 | Basic::Int32));
            }
        }
        if t.is_string(from) {
            if let TypeKind::Slice(el) = t.kind(ut) {
                return matches!(t.ukind(*el), TypeKind::Basic(Basic::Uint8 | Basic::Int32));
            }
        }
        false
    }
}
