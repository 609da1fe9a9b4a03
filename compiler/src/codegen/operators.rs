//! Operators: Go's integer arithmetic (wrap-around, division checks, shifts by any count),
//! floating-point and complex arithmetic, and comparisons of every comparable type (strings,
//! interfaces, structs and arrays field by field).

use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, types as T, InstBuilder, Value,
};

use super::func::{strip, FnGen, Val, R};
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    pub(super) fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, t: TypeId) -> R<Val> {
        match op {
            UnOp::Recv => {
                let ct = self.ty_of(x);
                let c = self.expr(x)?[0];
                Ok(self.chan_recv(ct, c)?.0)
            }
            UnOp::Addr => {
                let inner = strip(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    return Ok(vec![self.addr(inner)?]);
                }
                // Variables whose address is taken live in heap cells (analyze::escape).
                Ok(vec![self.addr(x)?])
            }
            UnOp::Pos => self.expr(x),
            UnOp::Neg if self.types().is_complex(t) => {
                let v = self.expr(x)?;
                Ok(self.complex_neg(&v))
            }
            UnOp::Neg => {
                let v = self.expr(x)?[0];
                if self.types().is_float(t) {
                    Ok(vec![self.b.ins().fneg(v)])
                } else {
                    Ok(vec![self.b.ins().ineg(v)])
                }
            }
            UnOp::Not => {
                let v = self.expr(x)?[0];
                Ok(vec![self.b.ins().bxor_imm_s(v, 1)])
            }
            UnOp::Xor => {
                let v = self.expr(x)?[0];
                Ok(vec![self.b.ins().bnot(v)])
            }
            _ => self.ice(e, "unary operator"),
        }
    }

    pub(super) fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr, t: TypeId) -> R<Val> {
        if matches!(op, BinOp::LAnd | BinOp::LOr) {
            // Each operand is a unit of evaluation order of its own: the right one runs only
            // when needed, with its calls where it stands (order.rs).
            let x = self.expr_unit(a)?[0];
            let rhs_b = self.b.create_block();
            let done = self.b.create_block();
            let res = self.b.append_block_param(done, T::I8);
            if op == BinOp::LAnd {
                self.b
                    .ins()
                    .brif(x, rhs_b, &[], done, &[ir::BlockArg::Value(x)]);
            } else {
                self.b
                    .ins()
                    .brif(x, done, &[ir::BlockArg::Value(x)], rhs_b, &[]);
            }
            self.b.switch_to_block(rhs_b);
            let y = self.expr_unit(b)?[0];
            self.b.ins().jump(done, &[ir::BlockArg::Value(y)]);
            self.b.switch_to_block(done);
            return Ok(vec![res]);
        }
        let at = self.ty_of(a);
        let bt = self.ty_of(b);
        let x = self.expr(a)?;
        let y = self.expr(b)?;
        let _ = t;
        // Interface == concrete value: compare as interfaces.
        if op.is_comparison() && at != bt {
            if self.types().is_interface(at) && !self.types().is_interface(bt) {
                let y = self.convert(y, bt, at)?;
                return self.binop_vals(op, at, at, &x, &y);
            }
            if self.types().is_interface(bt) && !self.types().is_interface(at) {
                let x = self.convert(x, at, bt)?;
                return self.binop_vals(op, bt, bt, &x, &y);
            }
        }
        self.binop_vals(op, at, bt, &x, &y)
    }

    /// `x op y` on evaluated operands of type `at` (and `bt` for shift counts).
    pub fn binop_vals(
        &mut self,
        op: BinOp,
        at: TypeId,
        bt: TypeId,
        x: &[Value],
        y: &[Value],
    ) -> R<Val> {
        if op.is_comparison() {
            return Ok(vec![self.compare(op, at, x, y)?]);
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return Ok(vec![self.shift(op, at, bt, x[0], y[0])]);
        }
        if op == BinOp::Add && self.types().is_string(at) {
            let r = self.rt(Rt::ConcatString2, &[x[0], x[1], y[0], y[1]]);
            return Ok(r);
        }
        if self.types().is_complex(at) {
            return self.complex_arith(op, at, x, y);
        }
        Ok(vec![self.arith(op, at, x[0], y[0])?])
    }

    pub fn arith(&mut self, op: BinOp, t: TypeId, x: Value, y: Value) -> R<Value> {
        let types = self.types();
        if types.is_float(t) {
            return Ok(match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                BinOp::Div => self.b.ins().fdiv(x, y),
                _ => return Err("internal compiler error: float operator".into()),
            });
        }
        let unsigned = types.is_unsigned(t);
        Ok(match op {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => self.b.ins().imul(x, y),
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::AndNot => self.b.ins().band_not(x, y),
            BinOp::Div | BinOp::Rem => {
                // Division by zero panics; MinInt / -1 wraps (the hardware would trap).
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.raise_if(zero, Rt::PanicDivide, &[]);
                if unsigned {
                    if op == BinOp::Div {
                        self.b.ins().udiv(x, y)
                    } else {
                        self.b.ins().urem(x, y)
                    }
                } else {
                    let ty = self.b.func.dfg.value_type(y);
                    let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let one = self.b.ins().iconst(ty, 1);
                    let safe_y = self.b.ins().select(is_m1, one, y);
                    if op == BinOp::Div {
                        let q = self.b.ins().sdiv(x, safe_y);
                        let neg = self.b.ins().ineg(x);
                        self.b.ins().select(is_m1, neg, q)
                    } else {
                        let r = self.b.ins().srem(x, safe_y);
                        let zero = self.b.ins().iconst(ty, 0);
                        self.b.ins().select(is_m1, zero, r)
                    }
                }
            }
            _ => return Err("internal compiler error: integer operator".into()),
        })
    }

    /// Go shifts: counts >= width give 0 (or all sign bits); a negative signed count panics.
    pub(super) fn shift(&mut self, op: BinOp, t: TypeId, ct: TypeId, x: Value, s: Value) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let bits = ty.bits() as i64;
        let s64 = self.widen_i64(s, ct);
        if !self.types().is_unsigned(ct) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s64, 0);
            self.raise_if(neg, Rt::PanicShift, &[]);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, s64, bits);
        let sn = if ty == T::I64 {
            s64
        } else {
            self.b.ins().ireduce(ty, s64)
        };
        match op {
            BinOp::Shl => {
                let r = self.b.ins().ishl(x, sn);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, z, r)
            }
            _ => {
                if self.types().is_unsigned(t) {
                    let r = self.b.ins().ushr(x, sn);
                    let z = self.b.ins().iconst(ty, 0);
                    self.b.ins().select(big, z, r)
                } else {
                    let m = self.b.ins().iconst(ty, bits - 1);
                    let sc = self.b.ins().select(big, m, sn);
                    self.b.ins().sshr(x, sc)
                }
            }
        }
    }

    /// Comparison of two values of type `t` (the operand type, not the result's).
    pub fn compare(&mut self, op: BinOp, t: TypeId, x: &[Value], y: &[Value]) -> R<Value> {
        let types = self.types();
        let eq = matches!(op, BinOp::Eq);
        match types.ukind(t).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    let r = self.rt(Rt::EqString, &[x[0], x[1], y[0], y[1]])[0];
                    return Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) });
                }
                let c = self.rt(Rt::CmpString, &[x[0], x[1], y[0], y[1]])[0];
                let cc = match op {
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                Ok(self.b.ins().icmp_imm_s(cc, c, 0))
            }
            TypeKind::Basic(b) if b.is_complex() => Ok(self.complex_eq(x, y, !eq)),
            TypeKind::Basic(b) if b.is_float() => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                Ok(self.b.ins().fcmp(cc, x[0], y[0]))
            }
            TypeKind::Interface(_) => {
                // 0 / 1, or 2: the dynamic type is not comparable (a slice, map or func), which
                // Go reports as a run-time panic.
                let r = self.rt(Rt::IfaceEq, &[x[0], x[1], y[0], y[1]])[0];
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.raise_if(bad, Rt::PanicUncomparable, &[x[0], x[1], y[1]]);
                Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) })
            }
            TypeKind::Array(..) | TypeKind::Struct(_) => {
                let r = self.mem_equal(t, x[0], y[0])?;
                Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) })
            }
            TypeKind::Slice(_) => {
                // Only comparison with nil is allowed: compare the data pointer.
                let cc = if eq { IntCC::Equal } else { IntCC::NotEqual };
                Ok(self.b.ins().icmp(cc, x[0], y[0]))
            }
            _ => {
                let unsigned = types.is_unsigned(t) || !types.is_numeric(t);
                let cc = match (op, unsigned) {
                    (BinOp::Eq, _) => IntCC::Equal,
                    (BinOp::Ne, _) => IntCC::NotEqual,
                    (BinOp::Lt, false) => IntCC::SignedLessThan,
                    (BinOp::Le, false) => IntCC::SignedLessThanOrEqual,
                    (BinOp::Gt, false) => IntCC::SignedGreaterThan,
                    (BinOp::Ge, false) => IntCC::SignedGreaterThanOrEqual,
                    (BinOp::Lt, true) => IntCC::UnsignedLessThan,
                    (BinOp::Le, true) => IntCC::UnsignedLessThanOrEqual,
                    (BinOp::Gt, true) => IntCC::UnsignedGreaterThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                Ok(self.b.ins().icmp(cc, x[0], y[0]))
            }
        }
    }

    /// Element-wise equality of two arrays or structs in memory.
    /// Element-wise in order, stopping at the first difference: with interface parts, a later
    /// uncomparable value must not panic once an earlier part already differs (as in Go).
    pub(super) fn mem_equal(&mut self, t: TypeId, xa: Value, ya: Value) -> R<Value> {
        let mut parts: Vec<(TypeId, i32)> = Vec::new();
        self.leaf_parts(t, 0, &mut parts, 0);
        let done = self.b.create_block();
        let res = self.b.append_block_param(done, T::I8);
        for (pt, off) in parts {
            let xv = self.load(pt, xa, off);
            let yv = self.load(pt, ya, off);
            let c = self.compare(BinOp::Eq, pt, &xv, &yv)?;
            let next = self.b.create_block();
            let zero = self.b.ins().iconst(T::I8, 0);
            self.b
                .ins()
                .brif(c, next, &[], done, &[ir::BlockArg::Value(zero)]);
            self.b.switch_to_block(next);
        }
        let one = self.b.ins().iconst(T::I8, 1);
        self.b.ins().jump(done, &[ir::BlockArg::Value(one)]);
        self.b.switch_to_block(done);
        Ok(res)
    }

    pub(super) fn leaf_parts(&self, t: TypeId, off: i32, out: &mut Vec<(TypeId, i32)>, depth: u32) {
        if depth > 64 || out.len() > 4096 {
            return;
        }
        match self.types().ukind(t).clone() {
            TypeKind::Array(el, n) => {
                let es = self.types().size_align(el).0 as i32;
                for i in 0..n as i32 {
                    self.leaf_parts(el, off + i * es, out, depth + 1);
                }
            }
            TypeKind::Struct(fs) => {
                let offs = self.types().field_offsets(t);
                for (f, o) in fs.iter().zip(offs) {
                    if f.name != "_" {
                        self.leaf_parts(f.ty, off + o as i32, out, depth + 1);
                    }
                }
            }
            _ => out.push((t, off)),
        }
    }
}
