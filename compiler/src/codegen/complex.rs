//! Complex numbers, as gc lowers them: a value is two floats (real, imaginary; float32s for
//! complex64). `+`, `-`, unary `-` and `==` work part by part in the parts' own precision; `*`
//! computes in float64 (widening complex64's parts, as gc does to limit cancellation) and
//! rounds back; `/` converts to complex128 and calls the runtime's complex128div (Smith's
//! algorithm with C99's infinity and NaN rules, as Go's runtime), so dividing by zero gives
//! infinities or NaNs and never panics. Also the conversions between the two complex types and
//! the builtins complex, real and imag.

use cranelift_codegen::ir::{condcodes::FloatCC, types as T, InstBuilder, Value};

use super::func::{FnGen, Val, R};
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    /// Whether the parts of complex type `t` are float32s.
    fn is_complex64(&self, t: TypeId) -> bool {
        self.types().basic(t) == Some(Basic::Complex64)
    }

    /// `x op y` on two complex values of type `t` (op is +, -, * or /).
    pub(super) fn complex_arith(
        &mut self,
        op: BinOp,
        t: TypeId,
        x: &[Value],
        y: &[Value],
    ) -> R<Val> {
        Ok(match op {
            BinOp::Add => vec![self.b.ins().fadd(x[0], y[0]), self.b.ins().fadd(x[1], y[1])],
            BinOp::Sub => vec![self.b.ins().fsub(x[0], y[0]), self.b.ins().fsub(x[1], y[1])],
            BinOp::Mul => {
                let narrow = self.is_complex64(t);
                let w = |s: &mut Self, v: Value| {
                    if narrow {
                        s.b.ins().fpromote(T::F64, v)
                    } else {
                        v
                    }
                };
                let (a, b, c, d) = (w(self, x[0]), w(self, x[1]), w(self, y[0]), w(self, y[1]));
                // (a+bi)(c+di) = (ac - bd) + (ad + bc)i, each product rounded on its own (no
                // fused multiply-add: gc does not fuse them on amd64).
                let ac = self.b.ins().fmul(a, c);
                let bd = self.b.ins().fmul(b, d);
                let ad = self.b.ins().fmul(a, d);
                let bc = self.b.ins().fmul(b, c);
                let re = self.b.ins().fsub(ac, bd);
                let im = self.b.ins().fadd(ad, bc);
                if narrow {
                    vec![
                        self.b.ins().fdemote(T::F32, re),
                        self.b.ins().fdemote(T::F32, im),
                    ]
                } else {
                    vec![re, im]
                }
            }
            BinOp::Div => {
                let narrow = self.is_complex64(t);
                let mut a = [x[0], x[1], y[0], y[1]];
                if narrow {
                    for v in &mut a {
                        *v = self.b.ins().fpromote(T::F64, *v);
                    }
                }
                let r = self.rt(Rt::Complex128Div, &a);
                if narrow {
                    vec![
                        self.b.ins().fdemote(T::F32, r[0]),
                        self.b.ins().fdemote(T::F32, r[1]),
                    ]
                } else {
                    r
                }
            }
            _ => return Err("internal compiler error: complex operator".into()),
        })
    }

    /// `-x`: both parts negated (so -(0+0i) is -0-0i, as in Go).
    pub(super) fn complex_neg(&mut self, x: &[Value]) -> Val {
        vec![self.b.ins().fneg(x[0]), self.b.ins().fneg(x[1])]
    }

    /// `x == y` (or `x != y` when `ne`): equal parts, so NaN parts are never equal and -0 equals
    /// +0.
    pub(super) fn complex_eq(&mut self, x: &[Value], y: &[Value], ne: bool) -> Value {
        let (cc, join) = if ne {
            (FloatCC::NotEqual, true)
        } else {
            (FloatCC::Equal, false)
        };
        let r = self.b.ins().fcmp(cc, x[0], y[0]);
        let i = self.b.ins().fcmp(cc, x[1], y[1]);
        if join {
            self.b.ins().bor(r, i)
        } else {
            self.b.ins().band(r, i)
        }
    }

    /// A conversion between complex types: each part converted like a float.
    pub(super) fn complex_conv(&mut self, v: &[Value], from: TypeId, to: TypeId) -> Val {
        match (self.is_complex64(from), self.is_complex64(to)) {
            (true, false) => v
                .iter()
                .map(|&p| self.b.ins().fpromote(T::F64, p))
                .collect(),
            (false, true) => v.iter().map(|&p| self.b.ins().fdemote(T::F32, p)).collect(),
            _ => v.to_vec(),
        }
    }

    /// The builtins complex, real and imag on evaluated operands: `complex(x, y)` is the pair
    /// (the checker gave both the same float type); `real` and `imag` pick a part.
    pub(super) fn complex_builtin(&mut self, b: crate::check::Builtin, args: &[Val]) -> Val {
        use crate::check::Builtin;
        match b {
            Builtin::Complex => vec![args[0][0], args[1][0]],
            Builtin::Real => vec![args[0][0]],
            _ => vec![args[0][1]],
        }
    }
}
