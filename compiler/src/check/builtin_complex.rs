//! The builtins complex, real and imag (spec "Manipulating complex numbers"): their argument
//! rules, result types and constant results, with Go 1.19's messages (types2 builtins.go).

use super::constant::ConstVal;
use super::expr::*;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    /// `complex(x, y)` on checked operands; `xe` and `ye` are their expressions (both the one
    /// argument of `complex(f())`).
    pub(super) fn builtin_complex(
        &mut self,
        e: &Expr,
        mut x: Operand,
        xe: &Expr,
        mut y: Operand,
        ye: &Expr,
    ) -> Operand {
        let types = &self.info.types;
        match (types.is_untyped(x.ty), types.is_untyped(y.ty)) {
            (false, false) => {}
            (true, false) => {
                if !self.convert_untyped(&mut x, xe, y.ty, "expression") {
                    return Operand::bad();
                }
            }
            (false, true) => {
                if !self.convert_untyped(&mut y, ye, x.ty, "expression") {
                    return Operand::bad();
                }
            }
            (true, true) => {
                if x.konst().is_some() && y.konst().is_some() {
                    // Untyped numeric constants with no imaginary part count as floats.
                    for o in [&mut x, &mut y] {
                        let real = o
                            .konst()
                            .and_then(|c| c.imag())
                            .is_some_and(|i| i.is_zero());
                        if real {
                            o.ty = UNTYPED_FLOAT;
                        }
                    }
                } else {
                    // A still-untyped shift (`complex(1<<s, 0)`): both become float64, which
                    // reports the shift of a float.
                    if !self.convert_untyped(&mut x, xe, FLOAT64, "expression")
                        || !self.convert_untyped(&mut y, ye, FLOAT64, "expression")
                    {
                        return Operand::bad();
                    }
                }
            }
        }
        if x.ty != y.ty {
            self.diags.error(
                xe.span,
                format!(
                    "invalid operation: {} (mismatched types {} and {})",
                    self.expr_string(e),
                    self.info.types.name_local(x.ty),
                    self.info.types.name_local(y.ty)
                ),
            );
            return Operand::bad();
        }
        let res = match self.info.types.basic(x.ty) {
            Some(Basic::Float32) if !self.info.types.is_tparam(x.ty) => COMPLEX64,
            Some(Basic::Float64) if !self.info.types.is_tparam(x.ty) => COMPLEX128,
            Some(Basic::UntypedFloat) => UNTYPED_COMPLEX,
            _ => {
                let msg = if self.tparam_of_all(x.ty, Basic::is_float) {
                    self.go118_tparam_arg(xe, &x, "complex")
                } else {
                    format!(
                        "invalid argument: arguments have type {}, expected floating-point",
                        self.info.types.name_local(x.ty)
                    )
                };
                self.diags.error(xe.span, msg);
                return Operand::bad();
            }
        };
        if let (Some(re), Some(im)) = (x.konst(), y.konst()) {
            let (re, im) = (re.real(), im.real());
            if let (Some(re), Some(im)) = (re, im) {
                return self.typed_const(e, ConstVal::complex(re, im), res);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: res,
        }
    }

    /// `real(x)` or `imag(x)` (`b`) on a checked operand.
    pub(super) fn builtin_real_imag(
        &mut self,
        e: &Expr,
        b: Builtin,
        mut x: Operand,
        xe: &Expr,
    ) -> Operand {
        if self.info.types.is_untyped(x.ty) {
            if x.konst().is_some() {
                // Any untyped numeric constant is a complex one here.
                if self.info.types.is_numeric(x.ty) {
                    x.ty = UNTYPED_COMPLEX;
                }
            } else if !self.convert_untyped(&mut x, xe, COMPLEX128, "expression") {
                return Operand::bad();
            }
        }
        let res = match self.info.types.basic(x.ty) {
            Some(Basic::Complex64) if !self.info.types.is_tparam(x.ty) => FLOAT32,
            Some(Basic::Complex128) if !self.info.types.is_tparam(x.ty) => FLOAT64,
            Some(Basic::UntypedComplex) => UNTYPED_FLOAT,
            _ => {
                let msg = if self.tparam_of_all(x.ty, Basic::is_complex) {
                    self.go118_tparam_arg(xe, &x, b.name())
                } else {
                    format!(
                        "invalid argument: argument has type {}, expected complex type",
                        self.info.types.name_local(x.ty)
                    )
                };
                self.diags.error(xe.span, msg);
                return Operand::bad();
            }
        };
        if let Some(c) = x.konst() {
            let part = if b == Builtin::Real {
                c.real()
            } else {
                c.imag()
            };
            if let Some(p) = part {
                return self.typed_const(e, p, res);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: res,
        }
    }

    /// Whether `t` is a type parameter whose every type satisfies `pred`.
    fn tparam_of_all(&self, t: TypeId, pred: fn(Basic) -> bool) -> bool {
        let types = &self.info.types;
        if !types.is_tparam(t) {
            return false;
        }
        let ts = types.term_types(t);
        !ts.is_empty() && ts.iter().all(|&u| types.basic(u).is_some_and(pred))
    }

    /// Go 1.19 type-checks complex, real and imag of a type parameter but rejects them (Go
    /// issue 50937).
    fn go118_tparam_arg(&self, xe: &Expr, x: &Operand, name: &str) -> String {
        format!(
            "{} not supported as argument to {} for go1.18 (see issue #50937)",
            self.describe(xe, x),
            name
        )
    }
}
