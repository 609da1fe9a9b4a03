//! Control flow over the syntax: the label prescan (which labels loop back, which gotos jump
//! where: defers after a looping label count as in a loop) and Go's terminating statement
//! rule ("missing return").

use super::expr::strip_parens;
use super::*;
use crate::syntax::visit::{walk_stmt, Flow, Visitor};

/// The labels of one function body, found before it is checked: Go's escape analysis marks a
/// label "looping" when a goto after it jumps back to it (every defer after such a label is
/// treated as in a loop), and a goto may jump forward to a label not yet seen.
#[derive(Default)]
pub(super) struct Labels {
    /// Every label defined.
    pub defined: HashSet<String>,
    /// Labels a later goto jumps back to.
    pub looping: HashSet<String>,
    /// Labels some goto names.
    pub targets: HashSet<String>,
}

impl Visitor for Labels {
    fn visit_stmt(&mut self, s: &Stmt) -> Flow {
        match &s.kind {
            StmtKind::Labeled(l, _) => {
                self.defined.insert(l.name.clone());
            }
            StmtKind::Goto(l) => {
                self.targets.insert(l.name.clone());
                if self.defined.contains(&l.name) {
                    self.looping.insert(l.name.clone());
                }
            }
            _ => {}
        }
        walk_stmt(self, s)
    }
    // Labels are per function: a function literal's are its own (and expressions hold no
    // other statements).
    fn visit_expr(&mut self, _: &Expr) -> Flow {
        Flow::Continue(())
    }
}

pub(super) fn prescan_labels(body: &Block) -> Labels {
    let mut labels = Labels::default();
    let _ = labels.visit_block(body);
    labels
}

/// A statement after which Go's SSA builder has no current block.
pub(super) fn ends_flow(s: &Stmt) -> bool {
    match &s.kind {
        StmtKind::Return(_)
        | StmtKind::Goto(_)
        | StmtKind::Break(_)
        | StmtKind::Continue(_)
        | StmtKind::Fallthrough => true,
        StmtKind::Expr(e) => matches!(&strip_parens(e).kind,
            ExprKind::Call { func, .. } if matches!(&strip_parens(func).kind, ExprKind::Ident(n) if n == "panic")),
        _ => false,
    }
}

/// Go spec "Terminating statements".
pub(crate) fn is_terminating_list(stmts: &[Stmt], label: &str) -> bool {
    // Trailing empty statements do not count.
    let mut i = stmts.len();
    while i > 0 && matches!(stmts[i - 1].kind, StmtKind::Empty) {
        i -= 1;
    }
    i > 0 && is_terminating(&stmts[i - 1], label)
}

pub(super) fn is_terminating(s: &Stmt, label: &str) -> bool {
    match &s.kind {
        StmtKind::Return(_) | StmtKind::Goto(_) => true,
        StmtKind::Expr(e) => {
            if let ExprKind::Call { func, .. } = &strip_parens(e).kind {
                // Go's rule names only panic; os.Exit is an ordinary call.
                if let ExprKind::Ident(n) = &strip_parens(func).kind {
                    return n == "panic";
                }
            }
            false
        }
        StmtKind::Block(b) => is_terminating_list(&b.stmts, ""),
        StmtKind::If {
            then, els: Some(e), ..
        } => is_terminating_list(&then.stmts, "") && is_terminating(e, ""),
        StmtKind::For { cond, body, .. } => cond.is_none() && !has_break(&body.stmts, label, true),
        StmtKind::Labeled(l, inner) => is_terminating(inner, &l.name),
        StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| c.default)
                && body
                    .iter()
                    .all(|c| is_terminating_list(&c.body, "") && !has_break(&c.body, label, true))
        }
        // A select (no default needed) whose every case ends in a terminating statement and
        // has no break out of it.
        StmtKind::Select(cs) => cs
            .iter()
            .all(|c| is_terminating_list(&c.body, "") && !has_break(&c.body, label, true)),
        StmtKind::Switch { body, .. } => {
            body.iter().any(|c| c.default)
                && body.iter().all(|c| {
                    (is_terminating_list(&c.body, "")
                        || c.body
                            .last()
                            .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough)))
                        && !has_break(&c.body, label, true)
                })
        }
        _ => false,
    }
}

/// Does a break (unlabeled at top level, or labeled with `label`) target the enclosing statement?
pub(super) fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    struct Find<'a> {
        label: &'a str,
        /// An unlabeled break here would target the enclosing statement.
        top: bool,
    }
    impl Visitor for Find<'_> {
        fn visit_stmt(&mut self, s: &Stmt) -> Flow {
            match &s.kind {
                StmtKind::Break(None) if self.top => return Flow::Break(()),
                StmtKind::Break(Some(l)) if l.name == self.label => return Flow::Break(()),
                // Unlabeled breaks inside nested breakable statements target those.
                StmtKind::For { .. }
                | StmtKind::Range { .. }
                | StmtKind::Switch { .. }
                | StmtKind::TypeSwitch { .. }
                | StmtKind::Select(_) => {
                    let top = std::mem::replace(&mut self.top, false);
                    let r = walk_stmt(self, s);
                    self.top = top;
                    return r;
                }
                _ => {}
            }
            walk_stmt(self, s)
        }
        // A break cannot leave a function literal.
        fn visit_expr(&mut self, _: &Expr) -> Flow {
            Flow::Continue(())
        }
    }
    let mut f = Find { label, top };
    stmts.iter().any(|s| f.visit_stmt(s).is_break())
}
