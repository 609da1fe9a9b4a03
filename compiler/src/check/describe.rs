//! Go's spelling of expressions and operands in diagnostics (`x (variable of type int)`),
//! word for word as Go 1.19's compiler prints them.

use super::expr::*;
use super::*;

impl<'a> Checker<'a> {
    /// Go's short rendering of an expression for messages.
    pub(crate) fn expr_string(&self, e: &Expr) -> String {
        self.expr_string_d(e, 0)
    }

    pub(super) fn expr_string_d(&self, e: &Expr, d: u32) -> String {
        if d > 8 {
            return "…".into();
        }
        let s = |x: &Expr| self.expr_string_d(x, d + 1);
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => t.clone(),
            ExprKind::CharLit(c) => match char::from_u32(*c) {
                Some(ch) => format!("{:?}", ch),
                None => format!("{}", c),
            },
            ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
            ExprKind::Paren(x) => format!("({})", s(x)),
            ExprKind::Selector(x, n) => format!("{}.{}", s(x), n.name),
            ExprKind::Index(x, i) => format!(
                "{}[{}]",
                s(x),
                i.iter().map(s).collect::<Vec<_>>().join(", ")
            ),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => format!(
                "{}({}{})",
                s(func),
                args.iter().map(s).collect::<Vec<_>>().join(", "),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(x) => format!("*{}", s(x)),
            ExprKind::Unary(op, x) => {
                let o = match op {
                    UnOp::Pos => "+",
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Xor => "^",
                    UnOp::Tilde => "~",
                    UnOp::Addr => "&",
                    UnOp::Recv => "<-",
                    UnOp::Deref => "*",
                };
                format!("{}{}", o, s(x))
            }
            ExprKind::Binary(op, a, b) => format!("{} {} {}", s(a), op.as_str(), s(b)),
            ExprKind::FuncLit { sig, body } => format!(
                "{} {}",
                self.func_type_string(sig, d),
                if body.stmts.is_empty() { "{}" } else { "{…}" }
            ),
            ExprKind::FuncType(sig) => self.func_type_string(sig, d),
            ExprKind::MapType(k, v) => format!("map[{}]{}", s(k), s(v)),
            ExprKind::ChanType(dir, el) => match dir {
                ChanDir::Both => format!("chan {}", s(el)),
                ChanDir::Send => format!("chan<- {}", s(el)),
                ChanDir::Recv => format!("<-chan {}", s(el)),
            },
            ExprKind::StructType(fields) => format!(
                "struct{{{}}}",
                fields
                    .iter()
                    .map(|f| self.field_string(f, d))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            ExprKind::CompositeLit { ty, elts, .. } => {
                let body = if elts.is_empty() { "{}" } else { "{…}" };
                match ty {
                    Some(t) => format!("{}{}", s(t), body),
                    None => body.into(),
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let o = |v: &Option<Box<Expr>>| v.as_ref().map(|x| s(x)).unwrap_or_default();
                match max {
                    Some(_) => format!("{}[{}:{}:{}]", s(x), o(lo), o(hi), o(max)),
                    None => format!("{}[{}:{}]", s(x), o(lo), o(hi)),
                }
            }
            ExprKind::ArrayType { len, elem } => match len {
                ArrayLen::Slice => format!("[]{}", s(elem)),
                ArrayLen::Ellipsis => format!("[...]{}", s(elem)),
                ArrayLen::Expr(n) => format!("[{}]{}", s(n), s(elem)),
            },
            ExprKind::TypeAssert(x, t) => match t {
                Some(t) => format!("{}.({})", s(x), s(t)),
                None => format!("{}.(type)", s(x)),
            },
            _ => "expression".into(),
        }
    }

    /// `func(a int) (int, error)` as Go's syntax printer writes it in messages.
    pub(super) fn func_type_string(&self, sig: &FuncType, d: u32) -> String {
        let list = |fs: &[Field]| {
            fs.iter()
                .map(|f| self.field_string(f, d))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let params = format!("func({})", list(&sig.params));
        match sig.results.as_slice() {
            [] => params,
            [r] if r.names.is_empty() => format!("{} {}", params, list(&sig.results)),
            rs => format!("{} ({})", params, list(rs)),
        }
    }

    /// A parameter or struct field group: `a, b int`, `...string`, `T`.
    pub(super) fn field_string(&self, f: &Field, d: u32) -> String {
        let ty = self.expr_string_d(&f.ty, d + 1);
        let ty = if f.variadic { format!("...{}", ty) } else { ty };
        if f.names.is_empty() {
            return ty;
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        format!("{} {}", names.join(", "), ty)
    }

    /// `x (variable of type int)`, `"a" (untyped string constant)`, as Go describes operands.
    pub(crate) fn describe(&self, e: &Expr, op: &Operand) -> String {
        let es = self.expr_string(e);
        let mut tn = self.info.types.name_local(op.ty);
        if self.info.types.is_tparam(op.ty) {
            // Go adds the constraint: `x (variable of type T constrained by any)`.
            tn = format!(
                "{} constrained by {}",
                tn,
                self.info
                    .types
                    .name_local(self.info.types.constraint(op.ty))
            );
        }
        match &op.mode {
            Mode::Const(c) => {
                // Go shows the value when its rendering differs from the expression's text.
                let v = c.describe();
                let val = if v == es {
                    String::new()
                } else {
                    format!(" {}", v)
                };
                if self.info.types.is_untyped(op.ty) {
                    format!("{} ({} constant{})", es, tn, val)
                } else {
                    format!("{} (constant{} of type {})", es, val, tn)
                }
            }
            Mode::Nil => "nil".into(),
            Mode::Var => format!("{} (variable of type {})", es, tn),
            _ => format!("{} (value of type {})", es, tn),
        }
    }
}
