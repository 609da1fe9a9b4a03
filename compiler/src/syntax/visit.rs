//! The one walk of the syntax tree (as go/ast.Walk and rustc's `intravisit`): a `Visitor` sees
//! every declaration, statement, expression and field once, in source order.
//!
//! A visitor overrides the `visit_*` methods for the nodes it cares about and calls the matching
//! `walk_*` function to go on into the node's children (or does not, to skip them). The `walk_*`
//! functions match every variant without a wildcard arm, so a new kind of node cannot be added
//! to the tree without deciding here how it is walked; code that needs "every expression under
//! this statement" writes a visitor instead of its own recursive match.
//!
//! A search stops early through `ControlFlow::Break`: every method returns `ControlFlow<()>`
//! and the walks stop at the first break. The parser bounds nesting (MAX_NESTING), so the
//! recursion here is bounded too.

use std::ops::ControlFlow;

use super::ast::*;

/// What a visit returns: `Continue(())` to go on, `Break(())` to stop the whole walk.
pub type Flow = ControlFlow<()>;

pub trait Visitor {
    fn visit_decl(&mut self, d: &Decl) -> Flow {
        walk_decl(self, d)
    }
    fn visit_block(&mut self, b: &Block) -> Flow {
        walk_block(self, b)
    }
    fn visit_stmt(&mut self, s: &Stmt) -> Flow {
        walk_stmt(self, s)
    }
    fn visit_expr(&mut self, e: &Expr) -> Flow {
        walk_expr(self, e)
    }
    /// A function literal's signature and body (the body runs later, when the function value is
    /// called: visitors of evaluation order skip it by not walking).
    fn visit_func_lit(&mut self, sig: &FuncType, body: &Block) -> Flow {
        walk_func_type(self, sig)?;
        self.visit_block(body)
    }
    /// Parameters, results, struct fields and receivers.
    fn visit_field(&mut self, f: &Field) -> Flow {
        walk_field(self, f)
    }
    fn visit_case_clause(&mut self, c: &CaseClause) -> Flow {
        walk_case_clause(self, c)
    }
    fn visit_comm_clause(&mut self, c: &CommClause) -> Flow {
        walk_comm_clause(self, c)
    }
}

pub fn walk_file<V: Visitor + ?Sized>(v: &mut V, f: &File) -> Flow {
    f.decls.iter().try_for_each(|d| v.visit_decl(d))
}

pub fn walk_decl<V: Visitor + ?Sized>(v: &mut V, d: &Decl) -> Flow {
    match d {
        Decl::Func(fd) => {
            if let Some(r) = &fd.recv {
                v.visit_field(r)?;
            }
            fd.type_params.iter().try_for_each(|f| v.visit_field(f))?;
            walk_func_type(v, &fd.sig)?;
            match &fd.body {
                Some(b) => v.visit_block(b),
                None => Flow::Continue(()),
            }
        }
        Decl::Var(g) | Decl::Const(g) => walk_value_specs(v, &g.specs),
        Decl::Type(g) => walk_type_specs(v, &g.specs),
    }
}

fn walk_value_specs<V: Visitor + ?Sized>(v: &mut V, specs: &[ValueSpec]) -> Flow {
    for s in specs {
        if let Some(t) = &s.ty {
            v.visit_expr(t)?;
        }
        s.values.iter().try_for_each(|e| v.visit_expr(e))?;
    }
    Flow::Continue(())
}

fn walk_type_specs<V: Visitor + ?Sized>(v: &mut V, specs: &[TypeSpec]) -> Flow {
    for s in specs {
        s.type_params.iter().try_for_each(|f| v.visit_field(f))?;
        v.visit_expr(&s.ty)?;
    }
    Flow::Continue(())
}

pub fn walk_func_type<V: Visitor + ?Sized>(v: &mut V, ft: &FuncType) -> Flow {
    ft.params.iter().try_for_each(|f| v.visit_field(f))?;
    ft.results.iter().try_for_each(|f| v.visit_field(f))
}

pub fn walk_field<V: Visitor + ?Sized>(v: &mut V, f: &Field) -> Flow {
    v.visit_expr(&f.ty)
}

pub fn walk_block<V: Visitor + ?Sized>(v: &mut V, b: &Block) -> Flow {
    b.stmts.iter().try_for_each(|s| v.visit_stmt(s))
}

pub fn walk_case_clause<V: Visitor + ?Sized>(v: &mut V, c: &CaseClause) -> Flow {
    c.exprs.iter().try_for_each(|e| v.visit_expr(e))?;
    c.body.iter().try_for_each(|s| v.visit_stmt(s))
}

pub fn walk_comm_clause<V: Visitor + ?Sized>(v: &mut V, c: &CommClause) -> Flow {
    if let Some(s) = &c.comm {
        v.visit_stmt(s)?;
    }
    c.body.iter().try_for_each(|s| v.visit_stmt(s))
}

fn opt_stmt<V: Visitor + ?Sized>(v: &mut V, s: &Option<Box<Stmt>>) -> Flow {
    match s {
        Some(s) => v.visit_stmt(s),
        None => Flow::Continue(()),
    }
}

fn opt_expr<V: Visitor + ?Sized>(v: &mut V, e: Option<&Expr>) -> Flow {
    match e {
        Some(e) => v.visit_expr(e),
        None => Flow::Continue(()),
    }
}

pub fn walk_stmt<V: Visitor + ?Sized>(v: &mut V, s: &Stmt) -> Flow {
    match &s.kind {
        StmtKind::Empty
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Goto(_)
        | StmtKind::Fallthrough => Flow::Continue(()),
        StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) | StmtKind::IncDec(e, _) => {
            v.visit_expr(e)
        }
        StmtKind::Send(ch, x) => {
            v.visit_expr(ch)?;
            v.visit_expr(x)
        }
        StmtKind::Assign { lhs, rhs, .. } => {
            lhs.iter().try_for_each(|e| v.visit_expr(e))?;
            rhs.iter().try_for_each(|e| v.visit_expr(e))
        }
        StmtKind::Var(g) | StmtKind::Const(g) => walk_value_specs(v, &g.specs),
        StmtKind::Type(g) => walk_type_specs(v, &g.specs),
        StmtKind::Return(xs) => xs.iter().try_for_each(|e| v.visit_expr(e)),
        StmtKind::Block(b) => v.visit_block(b),
        StmtKind::If {
            init,
            cond,
            then,
            els,
        } => {
            opt_stmt(v, init)?;
            v.visit_expr(cond)?;
            v.visit_block(then)?;
            opt_stmt(v, els)
        }
        StmtKind::Switch { init, tag, body } => {
            opt_stmt(v, init)?;
            opt_expr(v, tag.as_ref())?;
            body.iter().try_for_each(|c| v.visit_case_clause(c))
        }
        StmtKind::TypeSwitch {
            init,
            bind: _,
            x,
            body,
        } => {
            opt_stmt(v, init)?;
            v.visit_expr(x)?;
            body.iter().try_for_each(|c| v.visit_case_clause(c))
        }
        StmtKind::Select(cs) => cs.iter().try_for_each(|c| v.visit_comm_clause(c)),
        StmtKind::For {
            init,
            cond,
            post,
            body,
        } => {
            opt_stmt(v, init)?;
            opt_expr(v, cond.as_ref())?;
            opt_stmt(v, post)?;
            v.visit_block(body)
        }
        StmtKind::Range {
            key,
            value,
            define: _,
            x,
            body,
        } => {
            opt_expr(v, key.as_ref())?;
            opt_expr(v, value.as_ref())?;
            v.visit_expr(x)?;
            v.visit_block(body)
        }
        StmtKind::Labeled(_, inner) => v.visit_stmt(inner),
    }
}

pub fn walk_expr<V: Visitor + ?Sized>(v: &mut V, e: &Expr) -> Flow {
    match &e.kind {
        ExprKind::Ident(_)
        | ExprKind::IntLit(_)
        | ExprKind::FloatLit(_)
        | ExprKind::ImagLit(_)
        | ExprKind::CharLit(_)
        | ExprKind::StringLit(_)
        | ExprKind::Ellipsis
        | ExprKind::Bad => Flow::Continue(()),
        ExprKind::CompositeLit {
            ty,
            elts,
            rbrace: _,
        } => {
            opt_expr(v, ty.as_deref())?;
            for el in elts {
                opt_expr(v, el.key.as_ref())?;
                v.visit_expr(&el.value)?;
            }
            Flow::Continue(())
        }
        ExprKind::FuncLit { sig, body } => v.visit_func_lit(sig, body),
        ExprKind::Paren(x)
        | ExprKind::Selector(x, _)
        | ExprKind::Star(x)
        | ExprKind::Unary(_, x)
        | ExprKind::ChanType(_, x) => v.visit_expr(x),
        ExprKind::Index(x, idx) => {
            v.visit_expr(x)?;
            idx.iter().try_for_each(|i| v.visit_expr(i))
        }
        ExprKind::Slice { x, lo, hi, max } => {
            v.visit_expr(x)?;
            opt_expr(v, lo.as_deref())?;
            opt_expr(v, hi.as_deref())?;
            opt_expr(v, max.as_deref())
        }
        ExprKind::TypeAssert(x, ty) => {
            v.visit_expr(x)?;
            opt_expr(v, ty.as_deref())
        }
        ExprKind::Call {
            func,
            args,
            ellipsis: _,
        } => {
            v.visit_expr(func)?;
            args.iter().try_for_each(|a| v.visit_expr(a))
        }
        ExprKind::Binary(_, a, b) | ExprKind::MapType(a, b) => {
            v.visit_expr(a)?;
            v.visit_expr(b)
        }
        ExprKind::ArrayType { len, elem } => {
            match len {
                ArrayLen::Slice | ArrayLen::Ellipsis => {}
                ArrayLen::Expr(n) => v.visit_expr(n)?,
            }
            v.visit_expr(elem)
        }
        ExprKind::StructType(fields) => fields.iter().try_for_each(|f| v.visit_field(f)),
        ExprKind::FuncType(ft) => walk_func_type(v, ft),
        ExprKind::InterfaceType(elems) => elems.iter().try_for_each(|el| match el {
            InterfaceElem::Method { name: _, sig } => walk_func_type(v, sig),
            InterfaceElem::Embed(t) => v.visit_expr(t),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diag::Diags;
    use crate::syntax::parser::parse_file;
    use std::collections::BTreeSet;

    /// Records the kind of every node it is shown.
    #[derive(Default)]
    struct Kinds {
        stmts: BTreeSet<String>,
        exprs: BTreeSet<String>,
        ids: Vec<NodeId>,
    }

    fn kind_name<T: std::fmt::Debug>(k: &T) -> String {
        let s = format!("{k:?}");
        s.split(['(', ' ', '{']).next().unwrap_or("").to_string()
    }

    impl Visitor for Kinds {
        fn visit_stmt(&mut self, s: &Stmt) -> Flow {
            self.stmts.insert(kind_name(&s.kind));
            walk_stmt(self, s)
        }
        fn visit_expr(&mut self, e: &Expr) -> Flow {
            self.exprs.insert(kind_name(&e.kind));
            self.ids.push(e.id);
            walk_expr(self, e)
        }
    }

    const ALL: &str = r#"package main

type T struct{ a [3]int; m map[string]func(int) (bool, error); c chan<- *T }
type I interface{ M(x ...int) }
var g = []T{{a: [...]int{1, 2}[0:1:2][0]}}
const k = 'x' + 1.5 + 2i

func (t *T) M(x ...int) {}

func main() {
	var v interface{} = &T{}
	x := -len(("s"))
	x++
	println(x)
	ch := make(chan int)
	go func() { ch <- x }()
	defer println(<-ch)
L:
	for i := 0; i < 3; i++ {
		if x > 0 {
			break L
		} else if y, ok := v.(*T); ok {
			_ = y.a
			continue
		} else {
			goto L
		}
	}
	for k, e := range []int{1} {
		_, _ = k, e
	}
	switch x {
	case 1:
		fallthrough
	default:
		{
		}
	}
	switch w := v.(type) {
	case *T, nil:
		_ = w
	}
	select {
	case ch <- 1:
	case z := <-ch:
		_ = z
	default:
	}
	type local int
	const c = local(1)
	;
	return
}
"#;

    #[test]
    fn every_node_kind_is_reached() {
        let mut diags = Diags::default();
        let file = parse_file(ALL, &mut diags).expect("parses");
        let mut k = Kinds::default();
        assert!(walk_file(&mut k, &file).is_continue());
        for s in [
            "Expr",
            "Send",
            "IncDec",
            "Assign",
            "Var",
            "Const",
            "Type",
            "Go",
            "Defer",
            "Return",
            "Break",
            "Continue",
            "Goto",
            "Fallthrough",
            "Block",
            "If",
            "Switch",
            "TypeSwitch",
            "Select",
            "For",
            "Range",
            "Labeled",
            "Empty",
        ] {
            assert!(
                k.stmts.contains(s),
                "statement {s} not reached: {:?}",
                k.stmts
            );
        }
        for e in [
            "Ident",
            "IntLit",
            "FloatLit",
            "ImagLit",
            "CharLit",
            "StringLit",
            "CompositeLit",
            "FuncLit",
            "Paren",
            "Selector",
            "Index",
            "Slice",
            "TypeAssert",
            "Call",
            "Star",
            "Unary",
            "Binary",
            "ArrayType",
            "StructType",
            "FuncType",
            "InterfaceType",
            "MapType",
            "ChanType",
        ] {
            assert!(
                k.exprs.contains(e),
                "expression {e} not reached: {:?}",
                k.exprs
            );
        }
        // Each expression once.
        let n = k.ids.len();
        k.ids.sort();
        k.ids.dedup();
        assert_eq!(k.ids.len(), n, "an expression was visited twice");
    }

    /// A search stops at its first hit.
    #[test]
    fn break_stops_the_walk() {
        struct FirstCall(usize);
        impl Visitor for FirstCall {
            fn visit_expr(&mut self, e: &Expr) -> Flow {
                self.0 += 1;
                if matches!(e.kind, ExprKind::Call { .. }) {
                    return Flow::Break(());
                }
                walk_expr(self, e)
            }
        }
        let mut diags = Diags::default();
        let file = parse_file(
            "package main\nfunc main() { a := 1; f(); g(); h() }\n",
            &mut diags,
        )
        .expect("parses");
        let mut v = FirstCall(0);
        assert!(walk_file(&mut v, &file).is_break());
        // `a`, `1`, then the call f().
        assert_eq!(v.0, 3);
    }
}
