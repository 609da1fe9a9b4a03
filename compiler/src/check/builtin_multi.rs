//! Built-in calls whose only argument is a multi-value call: `print(f())`, `println(f())`,
//! `copy(f())`, `delete(f())`, `append(f())`.
//!
//! Go's checker unpacks a lone multi-value argument of every built-in but `make` and `new` into
//! its values (types2 `exprList`), so these are valid Go; for the other built-ins the unpacked
//! count is simply wrong ("too many arguments for len(f())"). Codegen recognises the same shape
//! (one argument whose type is a tuple of two or more values) and evaluates the call once.

use super::expr::{strip_parens, Operand};
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    /// Check built-in call `e` if its only argument is a call. `None`: the argument is not a
    /// multi-value call, and the caller checks the built-in as usual (the argument's operand is
    /// kept in `self.checked`, so it is not checked twice).
    pub(crate) fn builtin_multi(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> Option<Operand> {
        if args.len() != 1 || matches!(b, Builtin::Make | Builtin::New) {
            return None;
        }
        let arg = &args[0];
        if !matches!(strip_parens(arg).kind, ExprKind::Call { .. }) {
            return None;
        }
        let op = self.expr(arg, None);
        let ts = match self.info.types.tuple(op.ty) {
            Some(ts) if ts.len() > 1 && !op.is_bad() => ts.to_vec(),
            _ => {
                // A call's operand does not depend on the type hint, so the usual path may
                // reuse it as it is.
                self.checked = Some((arg.id, op));
                return None;
            }
        };
        let call = self.expr_string(arg);
        let value = |t: TypeId, c: &Self| {
            format!("{} (value of type {})", call, c.info.types.name_local(t))
        };
        let no_value = Operand {
            mode: Mode::NoValue,
            ty: VOID,
        };
        let bad = Operand {
            mode: Mode::Value,
            ty: VOID,
        };
        let slice_elem = match self.info.types.ukind(ts[0]) {
            TypeKind::Slice(el) => Some(*el),
            _ => None,
        };
        if b == Builtin::Append && slice_elem.is_none() {
            self.diags.error(
                arg.span,
                format!(
                    "first argument to append must be a slice; have {}",
                    value(ts[0], self)
                ),
            );
            return Some(bad);
        }
        if ellipsis {
            self.diags.error(
                arg.span,
                format!("cannot use ... with {}-valued {}", ts.len(), call),
            );
            return Some(bad);
        }
        match b {
            Builtin::Print | Builtin::Println => {
                for &t in &ts {
                    if matches!(
                        self.info.types.ukind(t),
                        TypeKind::Array(..) | TypeKind::Struct(_)
                    ) {
                        self.diags.error(
                            arg.span,
                            format!(
                                "illegal types for operand: print\n\t{}",
                                self.info.types.name_local(t)
                            ),
                        );
                    }
                }
                Some(no_value)
            }
            Builtin::Copy if ts.len() == 2 => {
                let el = |t: TypeId, c: &Self| match c.info.types.ukind(t) {
                    TypeKind::Slice(el) => Some(*el),
                    _ => None,
                };
                let Some(de) = el(ts[0], self) else {
                    self.diags.error(
                        arg.span,
                        format!(
                            "invalid argument: copy expects slice arguments; found {} and {}",
                            value(ts[0], self),
                            value(ts[1], self)
                        ),
                    );
                    return Some(bad);
                };
                let t = &self.info.types;
                let ok = match el(ts[1], self) {
                    Some(se) => t.underlying(se) == t.underlying(de),
                    None => t.is_string(ts[1]) && t.basic(de) == Some(Basic::Uint8),
                };
                if !ok {
                    self.diags.error(
                        arg.span,
                        format!(
                            "invalid argument: arguments to copy {} and {} have different element types",
                            value(ts[0], self),
                            value(ts[1], self)
                        ),
                    );
                    return Some(bad);
                }
                Some(Operand {
                    mode: Mode::Value,
                    ty: INT,
                })
            }
            Builtin::Delete if ts.len() == 2 => {
                let TypeKind::Map(k, _) = self.info.types.ukind(ts[0]).clone() else {
                    self.diags.error(
                        arg.span,
                        format!("invalid argument: {} is not a map", value(ts[0], self)),
                    );
                    return Some(bad);
                };
                if !self.assignable(ts[1], k) {
                    self.diags.error(
                        arg.span,
                        format!(
                            "cannot use {} as {} value in argument to delete",
                            value(ts[1], self),
                            self.info.types.name_local(k)
                        ),
                    );
                    return Some(bad);
                }
                Some(no_value)
            }
            Builtin::Append => {
                let el = slice_elem.unwrap_or(VOID);
                for &t in &ts[1..] {
                    if !self.assignable(t, el) {
                        self.diags.error(
                            arg.span,
                            format!(
                                "cannot use {} as {} value in argument to append",
                                value(t, self),
                                self.info.types.name_local(el)
                            ),
                        );
                        return Some(bad);
                    }
                }
                Some(Operand {
                    mode: Mode::Value,
                    ty: ts[0],
                })
            }
            Builtin::Complex if ts.len() == 2 => {
                let (x, y) = (
                    Operand {
                        mode: Mode::Value,
                        ty: ts[0],
                    },
                    Operand {
                        mode: Mode::Value,
                        ty: ts[1],
                    },
                );
                let r = self.builtin_complex(e, x, arg, y, arg);
                Some(if r.is_bad() { bad } else { r })
            }
            _ => {
                let want = match b {
                    Builtin::Copy | Builtin::Delete | Builtin::Complex => 2,
                    Builtin::Recover => 0,
                    _ => 1,
                };
                self.diags.error(
                    e.span,
                    format!(
                        "invalid operation: {} arguments for {} (expected {}, found {})",
                        if ts.len() > want {
                            "too many"
                        } else {
                            "not enough"
                        },
                        self.expr_string(e),
                        want,
                        ts.len()
                    ),
                );
                Some(bad)
            }
        }
    }
}
