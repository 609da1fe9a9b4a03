//! Source text of syntax for messages: expressions, signatures and statements printed the
//! way gc's syntax errors quote them (`unexpected newline, expecting comma or }`, `cannot use
//! x := 1 as value`).

use super::*;

impl<'a, 'd> Parser<'a, 'd> {
    pub(super) fn src_text(&self, sp: Span) -> String {
        let lo = (sp.lo.saturating_sub(self.base) as usize).min(self.src.len());
        let hi = (sp.hi.saturating_sub(self.base) as usize).clamp(lo, self.src.len());
        String::from_utf8_lossy(&self.src[lo..hi]).into_owned()
    }

    pub(super) fn list_string(&self, l: &[Expr]) -> String {
        let parts: Vec<String> = l.iter().map(|e| self.expr_string(e)).collect();
        parts.join(", ")
    }

    pub(super) fn fields_string(&self, fields: &[Field], sep: &str) -> String {
        let parts: Vec<String> = fields
            .iter()
            .map(|f| {
                let mut s = String::new();
                if !f.names.is_empty() {
                    let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
                    s.push_str(&names.join(", "));
                    s.push(' ');
                }
                if f.variadic {
                    s.push_str("...");
                }
                s.push_str(&self.expr_string(&f.ty));
                if let Some(tag) = &f.tag {
                    s.push(' ');
                    s.push_str(tag);
                }
                s
            })
            .collect();
        parts.join(sep)
    }

    pub(super) fn sig_string(&self, sig: &FuncType) -> String {
        let mut s = format!("({})", self.fields_string(&sig.params, ", "));
        match sig.results.as_slice() {
            [] => {}
            [r] if r.names.is_empty() => {
                s.push(' ');
                s.push_str(&self.expr_string(&r.ty));
            }
            rs => {
                s.push_str(&format!(" ({})", self.fields_string(rs, ", ")));
            }
        }
        s
    }

    pub(super) fn expr_string(&self, e: &Expr) -> String {
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
            ExprKind::CharLit(_) | ExprKind::StringLit(_) => self.src_text(e.span),
            ExprKind::CompositeLit { ty, elts, .. } => {
                let t = ty.as_ref().map(|t| self.expr_string(t)).unwrap_or_default();
                let dots = if elts.is_empty() { "" } else { "…" };
                format!("{t}{{{dots}}}")
            }
            ExprKind::FuncLit { sig, body } => {
                let dots = if body.stmts.is_empty() { "" } else { "…" };
                format!("func{} {{{dots}}}", self.sig_string(sig))
            }
            ExprKind::Paren(x) => format!("({})", self.expr_string(x)),
            ExprKind::Selector(x, n) => format!("{}.{}", self.expr_string(x), n.name),
            ExprKind::Index(x, args) => {
                format!("{}[{}]", self.expr_string(x), self.list_string(args))
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let o = |v: &Option<Box<Expr>>| {
                    v.as_ref().map(|v| self.expr_string(v)).unwrap_or_default()
                };
                let mut s = format!("{}[{}:{}", self.expr_string(x), o(lo), o(hi));
                if max.is_some() {
                    s.push(':');
                    s.push_str(&o(max));
                }
                s.push(']');
                s
            }
            ExprKind::TypeAssert(x, Some(t)) => {
                format!("{}.({})", self.expr_string(x), self.expr_string(t))
            }
            ExprKind::TypeAssert(x, None) => format!("{}.(type)", self.expr_string(x)),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => format!(
                "{}({}{})",
                self.expr_string(func),
                self.list_string(args),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(x) => format!("*{}", self.expr_string(x)),
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
                format!("{o}{}", self.expr_string(x))
            }
            ExprKind::Binary(op, x, y) => format!(
                "{} {} {}",
                self.expr_string(x),
                op.as_str(),
                self.expr_string(y)
            ),
            ExprKind::ArrayType { len, elem } => {
                let l = match len {
                    ArrayLen::Slice => String::new(),
                    ArrayLen::Ellipsis => "...".to_string(),
                    ArrayLen::Expr(x) => self.expr_string(x),
                };
                format!("[{l}]{}", self.expr_string(elem))
            }
            ExprKind::StructType(fields) => {
                format!("struct{{{}}}", self.fields_string(fields, "; "))
            }
            ExprKind::FuncType(sig) => format!("func{}", self.sig_string(sig)),
            ExprKind::InterfaceType(elems) => {
                let parts: Vec<String> = elems
                    .iter()
                    .map(|m| match m {
                        InterfaceElem::Method { name, sig } => {
                            format!("{}{}", name.name, self.sig_string(sig))
                        }
                        InterfaceElem::Embed(t) => self.expr_string(t),
                    })
                    .collect();
                format!("interface{{{}}}", parts.join("; "))
            }
            ExprKind::MapType(k, v) => {
                format!("map[{}]{}", self.expr_string(k), self.expr_string(v))
            }
            ExprKind::ChanType(dir, elem) => {
                let d = match dir {
                    ChanDir::Both => "chan ",
                    ChanDir::Send => "chan<- ",
                    ChanDir::Recv => "<-chan ",
                };
                // don't print chan (<-chan T) as chan <-chan T
                match &elem.kind {
                    ExprKind::ChanType(ChanDir::Recv, _) if *dir == ChanDir::Both => {
                        format!("{d}({})", self.expr_string(elem))
                    }
                    _ => format!("{d}{}", self.expr_string(elem)),
                }
            }
            ExprKind::Ellipsis => "...".to_string(),
            ExprKind::Bad => "<bad expr>".to_string(),
        }
    }

    pub(super) fn stmt_string(&self, s: &Stmt) -> String {
        match &s.kind {
            StmtKind::Expr(x) => self.expr_string(x),
            StmtKind::Send(c, v) => format!("{} <- {}", self.expr_string(c), self.expr_string(v)),
            StmtKind::IncDec(x, inc) => {
                format!("{}{}", self.expr_string(x), if *inc { "++" } else { "--" })
            }
            StmtKind::Assign { lhs, op, rhs } => {
                let o = match op {
                    AssignOp::Assign => "=".to_string(),
                    AssignOp::Define => ":=".to_string(),
                    AssignOp::Op(b) => format!("{}=", b.as_str()),
                };
                format!("{} {} {}", self.list_string(lhs), o, self.list_string(rhs))
            }
            _ => self.src_text(s.span),
        }
    }
}
