//! Control flow over the syntax: the label prescan (which labels loop back, which gotos jump
//! where: defers after a looping label count as in a loop) and Go's terminating statement
//! rule ("missing return").

use super::expr::strip_parens;
use super::*;

/// Go's escape analysis marks a label "looping" when a goto after it jumps back to it; every
/// defer after such a label is treated as in a loop.
pub(super) fn prescan_labels(
    stmts: &[Stmt],
    seen: &mut HashSet<String>,
    looping: &mut HashSet<String>,
    targets: &mut HashSet<String>,
) {
    for s in stmts {
        prescan_stmt(s, seen, looping, targets, 0);
    }
}

pub(super) fn prescan_stmt(
    s: &Stmt,
    seen: &mut HashSet<String>,
    looping: &mut HashSet<String>,
    targets: &mut HashSet<String>,
    depth: u32,
) {
    if depth > 2000 {
        return;
    }
    let d = depth + 1;
    match &s.kind {
        StmtKind::Labeled(l, inner) => {
            seen.insert(l.name.clone());
            prescan_stmt(inner, seen, looping, targets, d);
        }
        StmtKind::Goto(l) => {
            targets.insert(l.name.clone());
            if seen.contains(&l.name) {
                looping.insert(l.name.clone());
            }
        }
        StmtKind::Block(b) => prescan_labels_d(&b.stmts, seen, looping, targets, d),
        StmtKind::If {
            init, then, els, ..
        } => {
            if let Some(i) = init {
                prescan_stmt(i, seen, looping, targets, d);
            }
            prescan_labels_d(&then.stmts, seen, looping, targets, d);
            if let Some(e) = els {
                prescan_stmt(e, seen, looping, targets, d);
            }
        }
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            prescan_labels_d(&body.stmts, seen, looping, targets, d)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            for c in body {
                prescan_labels_d(&c.body, seen, looping, targets, d);
            }
        }
        StmtKind::Select(cs) => {
            for c in cs {
                prescan_labels_d(&c.body, seen, looping, targets, d);
            }
        }
        _ => {}
    }
}

pub(super) fn prescan_labels_d(
    stmts: &[Stmt],
    seen: &mut HashSet<String>,
    looping: &mut HashSet<String>,
    targets: &mut HashSet<String>,
    d: u32,
) {
    for s in stmts {
        prescan_stmt(s, seen, looping, targets, d);
    }
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
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

pub(super) fn has_break_stmt(s: &Stmt, label: &str, top: bool) -> bool {
    match &s.kind {
        StmtKind::Break(None) => top,
        StmtKind::Break(Some(l)) => l.name == label,
        StmtKind::Block(b) => has_break(&b.stmts, label, top),
        StmtKind::If { then, els, .. } => {
            has_break(&then.stmts, label, top)
                || els.as_ref().is_some_and(|e| has_break_stmt(e, label, top))
        }
        StmtKind::Labeled(_, inner) => has_break_stmt(inner, label, top),
        // Unlabeled breaks inside nested breakable statements target those.
        StmtKind::For { body, .. } | StmtKind::Range { body, .. } => {
            has_break(&body.stmts, label, false)
        }
        StmtKind::Switch { body, .. } | StmtKind::TypeSwitch { body, .. } => {
            body.iter().any(|c| has_break(&c.body, label, false))
        }
        StmtKind::Select(cs) => cs.iter().any(|c| has_break(&c.body, label, false)),
        _ => false,
    }
}
