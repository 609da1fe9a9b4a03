//! Statements and function bodies: scopes, assignments, control flow, labels, defer sites,
//! and Go's "missing return" (terminating statement) rule.

use super::expr::{strip_parens, Operand};
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    pub(crate) fn check_func_decl(&mut self, fd: &FuncDecl, fi: FuncIdx) {
        let sig = self.info.funcs[fi as usize].sig;
        if fd.name.name == "main" && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
            self.diags.error(
                fd.name.span,
                "func main must have no arguments and no return values",
            );
        }
        if let Some(body) = &fd.body {
            match &fd.recv {
                // A method's body sees the receiver as its first parameter.
                Some(r) => {
                    if self.info.funcs[fi as usize].recv.is_none() {
                        return;
                    }
                    let mut ft = fd.sig.clone();
                    ft.params.insert(0, r.clone());
                    self.check_body(fi, &ft, body, sig);
                }
                None => self.check_body(fi, &fd.sig, body, sig),
            }
        }
    }

    /// Check a function body (declaration or literal) in a fresh function context.
    pub(crate) fn check_body(&mut self, fi: FuncIdx, ft: &FuncType, body: &Block, sig: TypeId) {
        let sigv = self.info.types.sig(sig).cloned().unwrap_or(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        let mut looping = HashSet::new();
        let mut seen = HashSet::new();
        let mut targets = HashSet::new();
        prescan_labels(&body.stmts, &mut seen, &mut looping, &mut targets);
        self.fctx.push(FnCtx {
            idx: fi,
            result_types: sigv.results.clone(),
            loop_depth: 0,
            seen_labels: HashSet::new(),
            looping_labels: looping,
            labels: HashMap::new(),
            after_looping_label: false,
            lit_counter: 0,
            switch_depth: 0,
            dead_depth: 0,
            unreachable: false,
            goto_targets: targets,
            defined_labels: seen,
        });
        self.push_scope();
        let mut pi = 0;
        let mut params = Vec::new();
        for f in &ft.params {
            if f.names.is_empty() {
                let t = sigv.params.get(pi).copied().unwrap_or(VOID);
                let o = self.new_var("_", t, f.span);
                self.set_param(o, false);
                params.push(o);
                pi += 1;
            }
            for n in &f.names {
                let t = sigv.params.get(pi).copied().unwrap_or(VOID);
                let o = self.new_var(&n.name, t, n.span);
                self.set_param(o, false);
                self.declare(n, o);
                params.push(o);
                pi += 1;
            }
        }
        let mut results = Vec::new();
        let mut named = false;
        let mut ri = 0;
        for f in &ft.results {
            if f.names.is_empty() {
                let t = sigv.results.get(ri).copied().unwrap_or(VOID);
                let o = self.new_var(&format!("~r{}", ri), t, f.span);
                self.set_param(o, true);
                results.push(o);
                ri += 1;
            }
            for n in &f.names {
                named = true;
                let t = sigv.results.get(ri).copied().unwrap_or(VOID);
                let o = self.new_var(&n.name, t, n.span);
                self.set_param(o, true);
                self.declare(n, o);
                results.push(o);
                ri += 1;
            }
        }
        {
            let b = &mut self.info.funcs[fi as usize];
            b.params = params;
            b.results = results;
            b.named_results = named;
        }
        // The body shares the parameters' scope (Go: params and body are one block).
        self.stmt_list(&body.stmts);
        if !sigv.results.is_empty() && !is_terminating_list(&body.stmts, "") {
            self.diags.error(body.rbrace, "missing return");
        }
        let labels: Vec<(String, Span, bool)> = self
            .fctx
            .last()
            .unwrap()
            .labels
            .iter()
            .map(|(k, v)| (k.clone(), v.obj_span, v.used))
            .collect();
        for (name, sp, used) in labels {
            if !used && name != "_" {
                self.diags
                    .error(sp, format!("label {} defined and not used", name));
            }
        }
        self.pop_scope();
        self.fctx.pop();
    }

    fn set_param(&mut self, o: ObjId, result: bool) {
        if let ObjKind::Var(v) = &mut self.info.objs[o as usize].kind {
            v.param = !result;
            v.result = result;
        }
    }

    fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmt_list(&b.stmts);
        self.pop_scope();
    }

    /// A statement list, tracking Go's SSA reachability: code after a jump is unreachable
    /// until the next label; the enclosing statement's state is restored at the end.
    fn stmt_list(&mut self, stmts: &[Stmt]) {
        let saved = self.cur().unreachable;
        for s in stmts {
            if let StmtKind::Labeled(..) = s.kind {
                self.cur().unreachable = false;
            }
            self.stmt(s);
            if ends_flow(s) {
                self.cur().unreachable = true;
            }
        }
        self.cur().unreachable = saved;
    }

    fn cur(&mut self) -> &mut FnCtx {
        self.fctx.last_mut().unwrap()
    }

    pub(crate) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Empty => {}
            StmtKind::Expr(e) => self.expr_stmt(e),
            StmtKind::Send(ch, v) => self.send_stmt(ch, v),
            StmtKind::IncDec(x, inc) => {
                let op = self.expr(x, None);
                if op.is_bad() {
                    return;
                }
                if !self.info.types.is_numeric(op.ty) {
                    self.diags.error(
                        s.span,
                        format!(
                            "invalid operation: {}{} (non-numeric type {})",
                            self.expr_string(x),
                            if *inc { "++" } else { "--" },
                            self.info.types.name_local(op.ty)
                        ),
                    );
                    return;
                }
                self.check_assignable_lhs(x, &op);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(s, lhs, *op, rhs),
            StmtKind::Var(g) => {
                for spec in &g.specs {
                    let types = self.var_spec_types(spec);
                    for (n, t) in spec.names.iter().zip(types) {
                        let o = self.new_var(&n.name, t, n.span);
                        self.declare(n, o);
                    }
                }
            }
            StmtKind::Const(g) => {
                for si in 0..g.specs.len() {
                    self.const_spec(g, si, false);
                }
            }
            StmtKind::Type(g) => {
                for spec in &g.specs {
                    // Declared before its type is resolved, so it may refer to itself.
                    let o = self.new_obj(&spec.name.name, ObjKind::TypeName, VOID, spec.name.span);
                    self.info.objs[o as usize].used = true;
                    self.declare(&spec.name, o);
                    self.type_spec(spec, o);
                }
            }
            StmtKind::Go(call) => self.go_stmt(call),
            StmtKind::Defer(call) => self.defer_stmt(s, call),
            StmtKind::Return(vals) => self.return_stmt(s, vals),
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                let is_break = matches!(s.kind, StmtKind::Break(_));
                if let Some(l) = l {
                    match self.cur().labels.get_mut(&l.name) {
                        Some(li) => li.used = true,
                        None => {
                            let kw = if is_break { "break" } else { "continue" };
                            let msg = if self.cur().defined_labels.contains(&l.name) {
                                format!("invalid {} label {}", kw, l.name)
                            } else {
                                format!("{} label not defined: {}", kw, l.name)
                            };
                            self.diags.error(l.span, msg);
                        }
                    }
                } else if self.cur().loop_depth == 0 && (!is_break || self.cur().switch_depth == 0)
                {
                    self.diags.error(
                        s.span,
                        format!(
                            "{} is not in a loop{}",
                            if is_break { "break" } else { "continue" },
                            if is_break { ", switch, or select" } else { "" }
                        ),
                    );
                }
            }
            StmtKind::Goto(l) => {
                if !self.cur().defined_labels.contains(&l.name) {
                    self.diags
                        .error(l.span, format!("label {} not defined", l.name));
                }
            }
            StmtKind::Fallthrough => {
                // Placement is checked by the switch statement.
            }
            StmtKind::Block(b) => self.block(b),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                self.cond(cond, "if");
                // Go's deadcode pass drops the branch a constant condition never takes.
                let konst = self.info.const_val(cond).and_then(|c| c.as_bool());
                let then_dead = konst == Some(false);
                let else_dead = konst == Some(true);
                self.cur().dead_depth += then_dead as u32;
                self.block(then);
                self.cur().dead_depth -= then_dead as u32;
                if let Some(e) = els {
                    self.cur().dead_depth += else_dead as u32;
                    self.stmt(e);
                    self.cur().dead_depth -= else_dead as u32;
                }
                self.pop_scope();
            }
            StmtKind::Switch { init, tag, body } => self.switch(s, init, tag, body),
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
            } => self.type_switch(init, bind.as_ref(), x, body),
            StmtKind::Select(cs) => self.select_stmt(cs),
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                self.push_scope();
                if let Some(i) = init {
                    self.stmt(i);
                }
                if let Some(c) = cond {
                    self.cond(c, "for");
                }
                if let Some(p) = post {
                    if let StmtKind::Assign {
                        op: AssignOp::Define,
                        ..
                    } = p.kind
                    {
                        self.diags
                            .error(p.span, "cannot declare in post statement of for loop");
                    }
                    self.stmt(p);
                }
                self.cur().loop_depth += 1;
                self.block(body);
                self.cur().loop_depth -= 1;
                self.pop_scope();
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => self.range(s, key, value, *define, x, body),
            StmtKind::Labeled(l, inner) => {
                let fc = self.cur();
                if fc.looping_labels.contains(&l.name) {
                    fc.after_looping_label = true;
                }
                fc.seen_labels.insert(l.name.clone());
                if fc.labels.contains_key(&l.name) {
                    self.diags
                        .error(l.span, format!("label {} already defined", l.name));
                } else {
                    let used = self.cur().goto_targets.contains(&l.name);
                    self.cur().labels.insert(
                        l.name.clone(),
                        LabelInfo {
                            obj_span: l.span,
                            used,
                        },
                    );
                }
                self.stmt(inner);
            }
        }
    }

    fn cond(&mut self, c: &Expr, what: &str) {
        let mut op = self.value(c, None);
        if op.is_bad() {
            return;
        }
        if !self.info.types.is_bool(op.ty) {
            self.diags.error(
                c.span,
                format!("non-boolean condition in {} statement", what),
            );
            return;
        }
        if self.info.types.is_untyped(op.ty) {
            self.convert_untyped(&mut op, c, BOOL, "condition");
        }
    }

    fn expr_stmt(&mut self, e: &Expr) {
        let op = self.expr(e, None);
        if op.is_bad() {
            return;
        }
        let inner = strip_parens(e);
        if let ExprKind::Call { .. } = &inner.kind {
            // Builtins whose value must be used.
            if let Some(CallKind::Builtin(b)) = self.info.calls.get(&inner.id) {
                if matches!(
                    b,
                    Builtin::Len | Builtin::Cap | Builtin::New | Builtin::Append | Builtin::Make
                ) {
                    self.diags.error(
                        e.span,
                        format!(
                            "{} (value of type {}) is not used",
                            self.expr_string(e),
                            self.info.types.name_local(op.ty)
                        ),
                    );
                }
            }
            if let Some(CallKind::Conversion(_)) = self.info.calls.get(&inner.id) {
                self.diags.error(
                    e.span,
                    format!(
                        "{} (value of type {}) is not used",
                        self.expr_string(e),
                        self.info.types.name_local(op.ty)
                    ),
                );
            }
            return;
        }
        if let ExprKind::Unary(UnOp::Recv, _) = &inner.kind {
            // A receive statement.
            return;
        }
        let what = match &op.mode {
            Mode::Const(_) => format!("{} is not used", self.describe(e, &op)),
            _ => format!("{} is not used", self.describe(e, &op)),
        };
        self.diags.error(e.span, what);
    }

    fn check_assignable_lhs(&mut self, x: &Expr, op: &Operand) -> bool {
        if op.mode == Mode::Var || op.mode == Mode::MapIndex {
            return true;
        }
        let what = match &op.mode {
            Mode::Const(_) => format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                self.describe(x, op)
            ),
            _ => format!(
                "cannot assign to {} (neither addressable nor a map index expression)",
                self.describe(x, op)
            ),
        };
        let what = if let ExprKind::Ident(_) = &strip_parens(x).kind {
            match &op.mode {
                Mode::Const(_) => format!(
                    "cannot assign to {} (constant {} of type {})",
                    self.expr_string(x),
                    op_const_desc(op),
                    self.info.types.name_local(op.ty)
                ),
                _ => what,
            }
        } else {
            what
        };
        self.diags.error(x.span, what);
        false
    }

    /// The left side of `=`: an addressable expression or `_`; assignment does not count as use.
    fn lhs(&mut self, x: &Expr) -> Option<TypeId> {
        if let ExprKind::Ident(n) = &strip_parens(x).kind {
            if n == "_" {
                self.record(x.id, Mode::Var, VOID);
                return Some(VOID);
            }
            if let Some(o) = self.lookup(n) {
                if let ObjKind::Var(_) = self.info.objs[o as usize].kind {
                    self.resolve_global(o);
                    self.info.idents.insert(strip_parens(x).id, o);
                    self.use_var(o, false);
                    let t = self.info.objs[o as usize].ty;
                    self.record(strip_parens(x).id, Mode::Var, t);
                    self.record(x.id, Mode::Var, t);
                    return Some(t);
                }
            }
        }
        let op = self.expr(x, None);
        if op.is_bad() {
            return None;
        }
        if self.check_assignable_lhs(x, &op) {
            Some(op.ty)
        } else {
            None
        }
    }

    fn assign(&mut self, s: &Stmt, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) {
        match op {
            AssignOp::Op(bop) => {
                if lhs.len() != 1 || rhs.len() != 1 {
                    self.diags.error(
                        s.span,
                        format!(
                            "assignment operation {}= requires single-valued expressions",
                            bop.as_str()
                        ),
                    );
                    return;
                }
                let lt = self.expr(&lhs[0], None);
                if lt.is_bad() {
                    self.expr(&rhs[0], None);
                    return;
                }
                if !self.check_assignable_lhs(&lhs[0], &lt) {
                    return;
                }
                // Type the operation as lhs op rhs.
                let mut r = self.value(&rhs[0], Some(lt.ty));
                if r.is_bad() {
                    return;
                }
                if matches!(bop, BinOp::Shl | BinOp::Shr) {
                    if !self.info.types.is_integer(lt.ty) {
                        self.diags.error(
                            s.span,
                            format!(
                                "invalid operation: shifted operand {} must be integer",
                                self.describe(&lhs[0], &lt)
                            ),
                        );
                        return;
                    }
                    if self.info.types.is_untyped(r.ty) {
                        match r.mode.clone() {
                            Mode::Const(c) if c.as_i128().is_some_and(|v| v >= 0) => {
                                self.convert_untyped(&mut r, &rhs[0], UINT, "shift count");
                            }
                            _ => {
                                self.diags.error(
                                    rhs[0].span,
                                    format!(
                                        "invalid operation: shift count {} must be integer",
                                        self.describe(&rhs[0], &r)
                                    ),
                                );
                            }
                        }
                    } else if !self.info.types.is_integer(r.ty) {
                        self.diags.error(
                            rhs[0].span,
                            format!(
                                "invalid operation: shift count {} must be integer",
                                self.describe(&rhs[0], &r)
                            ),
                        );
                    }
                    return;
                }
                if self.info.types.is_untyped(r.ty)
                    && !self.convert_untyped(&mut r, &rhs[0], lt.ty, "assignment")
                {
                    return;
                }
                if r.ty != lt.ty {
                    self.diags.error(
                        s.span,
                        format!(
                            "invalid operation: {} {}= {} (mismatched types {} and {})",
                            self.expr_string(&lhs[0]),
                            bop.as_str(),
                            self.expr_string(&rhs[0]),
                            self.info.types.name_local(lt.ty),
                            self.info.types.name_local(r.ty)
                        ),
                    );
                    return;
                }
                let t = &self.info.types;
                let ok = match bop {
                    BinOp::Add => t.is_numeric(lt.ty) || t.is_string(lt.ty),
                    BinOp::Sub | BinOp::Mul | BinOp::Div => t.is_numeric(lt.ty),
                    _ => t.is_integer(lt.ty),
                };
                if !ok {
                    self.diags.error(
                        s.span,
                        format!(
                            "invalid operation: operator {} not defined on {}",
                            bop.as_str(),
                            self.describe(&lhs[0], &lt)
                        ),
                    );
                }
                if matches!(bop, BinOp::Div | BinOp::Rem) && self.info.types.is_integer(lt.ty) {
                    if let Mode::Const(c) = &r.mode {
                        if c.as_i128() == Some(0) {
                            self.diags
                                .error(rhs[0].span, "invalid operation: division by zero");
                        }
                    }
                }
            }
            AssignOp::Assign => {
                let lts: Vec<Option<TypeId>> = lhs.iter().map(|x| self.lhs(x)).collect();
                self.assign_values(s, lhs, &lts, rhs, "assignment");
            }
            AssignOp::Define => {
                // Declare new names; at least one must be new (in this scope).
                let mut any_new = false;
                let mut targets: Vec<(Option<ObjId>, bool)> = Vec::new();
                for x in lhs {
                    match &x.kind {
                        ExprKind::Ident(n) => {
                            if n == "_" {
                                targets.push((None, false));
                                continue;
                            }
                            let existing = self.scopes.last().unwrap().names.get(n).copied();
                            match existing {
                                Some(o)
                                    if matches!(
                                        self.info.objs[o as usize].kind,
                                        ObjKind::Var(_)
                                    ) =>
                                {
                                    targets.push((Some(o), false));
                                }
                                _ => {
                                    any_new = true;
                                    targets.push((None, true));
                                }
                            }
                        }
                        _ => {
                            self.diags.error(
                                x.span,
                                format!("non-name {} on left side of :=", self.expr_string(x)),
                            );
                            return;
                        }
                    }
                }
                if !any_new {
                    self.diags
                        .error(s.span, "no new variables on left side of :=");
                }
                // Types come from the right side.
                let rtypes = self.define_types(s, lhs, rhs, &targets);
                for (i, x) in lhs.iter().enumerate() {
                    let ExprKind::Ident(n) = &x.kind else {
                        continue;
                    };
                    let t = rtypes.get(i).copied().unwrap_or(VOID);
                    match targets[i] {
                        (Some(o), _) => {
                            self.info.idents.insert(x.id, o);
                            self.use_var(o, false);
                            let ot = self.info.objs[o as usize].ty;
                            if t != VOID && !self.multi_assignable(t, ot) {
                                self.diags.error(
                                    rhs.get(i).map(|r| r.span).unwrap_or(s.span),
                                    format!(
                                        "cannot use {} value as {} value in assignment",
                                        self.info.types.name_local(t),
                                        self.info.types.name_local(ot)
                                    ),
                                );
                            }
                            self.record(x.id, Mode::Var, ot);
                        }
                        (None, true) => {
                            let o = self.new_var(n, t, x.span);
                            let id = Ident {
                                name: n.clone(),
                                span: x.span,
                                id: x.id,
                            };
                            self.declare(&id, o);
                            self.record(x.id, Mode::Var, t);
                        }
                        (None, false) => {
                            // `_`
                            let o = self.new_var("_", t, x.span);
                            self.info.idents.insert(x.id, o);
                            self.record(x.id, Mode::Var, t);
                        }
                    }
                }
            }
        }
    }

    fn define_types(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        rhs: &[Expr],
        targets: &[(Option<ObjId>, bool)],
    ) -> Vec<TypeId> {
        let n = lhs.len();
        if rhs.len() == 1 && n > 1 {
            // A new variable for the comma-ok value is a bool, not an untyped bool (existing
            // ones keep the untyped bool, which multi_assignable lets into any boolean type).
            let ts = self.multi_value(&rhs[0], n);
            return ts
                .into_iter()
                .zip(targets)
                .map(|(t, tgt)| match tgt.0 {
                    None => self.info.types.default_type(t),
                    Some(_) => t,
                })
                .collect();
        }
        if rhs.len() != n {
            self.diags.error(
                s.span,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    n,
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for r in rhs {
                self.expr(r, None);
            }
            return vec![VOID; n];
        }
        let mut out = Vec::new();
        for (i, r) in rhs.iter().enumerate() {
            let existing = targets[i].0.map(|o| self.info.objs[o as usize].ty);
            let mut op = self.value(r, existing);
            if op.is_bad() {
                out.push(VOID);
                continue;
            }
            if op.mode == Mode::Nil {
                if let Some(t) = existing {
                    self.assign_op(&mut op, r, t, "assignment");
                    out.push(t);
                } else {
                    self.diags.error(r.span, "use of untyped nil in assignment");
                    out.push(VOID);
                }
                continue;
            }
            match existing {
                Some(t) => {
                    self.assign_op(&mut op, r, t, "assignment");
                    out.push(t);
                }
                None => {
                    self.default_op(&mut op, r);
                    out.push(op.ty);
                }
            }
        }
        out
    }

    fn assign_values(
        &mut self,
        s: &Stmt,
        lhs: &[Expr],
        lts: &[Option<TypeId>],
        rhs: &[Expr],
        ctx: &str,
    ) {
        let n = lhs.len();
        if rhs.len() == 1 && n > 1 {
            let ts = self.multi_value(&rhs[0], n);
            for (i, t) in ts.iter().enumerate() {
                if let Some(Some(lt)) = lts.get(i) {
                    if *t != VOID && *lt != VOID && !self.multi_assignable(*t, *lt) {
                        self.diags.error(
                            rhs[0].span,
                            format!(
                                "cannot use {} value as {} value in {}",
                                self.info.types.name_local(*t),
                                self.info.types.name_local(*lt),
                                ctx
                            ),
                        );
                    }
                }
            }
            return;
        }
        if rhs.len() != n {
            self.diags.error(
                s.span,
                format!(
                    "assignment mismatch: {} variable{} but {} value{}",
                    n,
                    if n == 1 { "" } else { "s" },
                    rhs.len(),
                    if rhs.len() == 1 { "" } else { "s" }
                ),
            );
            for r in rhs {
                self.expr(r, None);
            }
            return;
        }
        for (i, r) in rhs.iter().enumerate() {
            let lt = lts[i];
            let mut op = self.expr(r, lt.filter(|&t| t != VOID));
            match lt {
                Some(VOID) => {
                    // `_ = x`: x must be a value; untyped constants get their default type.
                    if op.mode == Mode::Nil {
                        self.diags.error(r.span, "use of untyped nil in assignment");
                    } else if !op.is_bad() && self.single_value(&op, r) {
                        self.default_op(&mut op, r);
                    }
                }
                Some(t) => {
                    self.assign_op(&mut op, r, t, ctx);
                }
                None => {}
            }
        }
    }

    fn return_stmt(&mut self, s: &Stmt, vals: &[Expr]) {
        let fi = self.cur().idx;
        if self.cur().dead_depth == 0 {
            self.info.funcs[fi as usize].num_returns += 1;
        }
        let want = self.cur().result_types.clone();
        if vals.is_empty() {
            if !want.is_empty() && !self.info.funcs[fi as usize].named_results {
                self.diags.error(
                    s.span,
                    format!(
                        "not enough return values\n\thave ()\n\twant ({})",
                        want.iter()
                            .map(|&t| self.info.types.name_local(t))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
            }
            // A bare return with named results: each result must not be shadowed.
            if self.info.funcs[fi as usize].named_results {
                let results = self.info.funcs[fi as usize].results.clone();
                for r in results {
                    let name = self.info.objs[r as usize].name.clone();
                    if let Some(o) = self.lookup(&name) {
                        if o != r {
                            self.diags.error(
                                s.span,
                                format!("result parameter {} not in scope at return", name),
                            );
                        }
                    }
                }
            }
            return;
        }
        if vals.len() == 1 && want.len() > 1 {
            let op = self.expr(&vals[0], None);
            if op.is_bad() {
                return;
            }
            let got: Vec<TypeId> = match self.info.types.tuple(op.ty) {
                Some(t) => t.to_vec(),
                None => vec![op.ty],
            };
            if got.len() != want.len() {
                self.diags.error(
                    vals[0].span,
                    format!(
                        "not enough return values\n\thave ({})\n\twant ({})",
                        got.iter()
                            .map(|&t| self.info.types.name_local(t))
                            .collect::<Vec<_>>()
                            .join(", "),
                        want.iter()
                            .map(|&t| self.info.types.name_local(t))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                );
                return;
            }
            for (g, w) in got.iter().zip(&want) {
                if !self.assignable(*g, *w) {
                    self.diags.error(
                        vals[0].span,
                        format!(
                            "cannot use {} value as {} value in return statement",
                            self.info.types.name_local(*g),
                            self.info.types.name_local(*w)
                        ),
                    );
                }
            }
            return;
        }
        if vals.len() != want.len() {
            let msg = if vals.len() > want.len() {
                "too many return values"
            } else {
                "not enough return values"
            };
            let have: Vec<String> = vals
                .iter()
                .map(|v| {
                    let op = self.expr(v, None);
                    if let Mode::Const(_) = op.mode {
                        if self.info.types.is_untyped(op.ty) {
                            return "number".to_string();
                        }
                    }
                    self.info.types.name_local(op.ty)
                })
                .collect();
            self.diags.error(
                vals[0].span,
                format!(
                    "{}\n\thave ({})\n\twant ({})",
                    msg,
                    have.join(", "),
                    want.iter()
                        .map(|&t| self.info.types.name_local(t))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            );
            return;
        }
        for (v, &w) in vals.iter().zip(&want) {
            let mut op = self.expr(v, Some(w));
            self.assign_op(&mut op, v, w, "return statement");
        }
    }

    /// `ch <- v`.
    fn send_stmt(&mut self, ch: &Expr, v: &Expr) {
        let c = self.value(ch, None);
        if c.is_bad() {
            self.expr(v, None);
            return;
        }
        match self.info.types.ukind(c.ty).clone() {
            TypeKind::Chan(ChanDir::Recv, _) => {
                self.diags.error(
                    ch.span,
                    format!(
                        "invalid operation: cannot send to receive-only channel {}",
                        self.describe(ch, &c)
                    ),
                );
                self.expr(v, None);
            }
            TypeKind::Chan(_, el) => {
                let mut vo = self.expr(v, Some(el));
                if !vo.is_bad() && self.single_value(&vo, v) {
                    self.assign_op(&mut vo, v, el, "send");
                }
            }
            _ => {
                self.diags.error(
                    ch.span,
                    format!(
                        "invalid operation: cannot send to non-channel {}",
                        self.describe(ch, &c)
                    ),
                );
                self.expr(v, None);
            }
        }
    }

    /// `go f(x)`: like defer, a call whose function value and arguments are evaluated now.
    fn go_stmt(&mut self, call: &Expr) {
        let inner = strip_parens(call);
        let ExprKind::Call { func, .. } = &inner.kind else {
            self.expr(call, None);
            self.diags
                .error(call.span, "expression in go must be function call");
            return;
        };
        if !std::ptr::eq(inner, call) {
            self.diags
                .error(call.span, "expression in go must not be parenthesized");
        }
        let op = self.expr(inner, None);
        if op.is_bad() && !matches!(op.mode, Mode::NoValue) {
            return;
        }
        match self.info.calls.get(&inner.id) {
            Some(CallKind::Conversion(_)) => {
                self.diags
                    .error(call.span, "go requires function call, not conversion");
                return;
            }
            Some(CallKind::Builtin(
                Builtin::Len | Builtin::Cap | Builtin::New | Builtin::Make | Builtin::Append,
            )) => {
                self.diags.error(
                    call.span,
                    format!("go discards result of {}", self.expr_string(inner)),
                );
                return;
            }
            Some(CallKind::Builtin(b)) => {
                self.diags
                    .unsupported(call.span, format!("go with built-in {}", b.name()));
                return;
            }
            Some(CallKind::Lib(_)) => {
                self.diags
                    .unsupported(call.span, "go with a function implemented by the runtime");
                return;
            }
            _ => {}
        }
        // The goroutine outlives this statement: a literal's captured variables live on the
        // heap.
        if let ExprKind::FuncLit { .. } = strip_parens(func).kind {
            if let Some(&li) = self.info.lits.get(&strip_parens(func).id) {
                self.info.funcs[li as usize].lit_escapes = true;
            }
        }
    }

    /// `select { case ...: }`: each case is a send, a receive statement, or an assignment or
    /// definition from a receive, in its own scope with its body.
    fn select_stmt(&mut self, cs: &[CommClause]) {
        let mut defaults = 0;
        self.cur().switch_depth += 1;
        for c in cs {
            self.push_scope();
            match &c.comm {
                None => {
                    defaults += 1;
                    if defaults > 1 {
                        self.diags.error(c.span, "multiple defaults in select");
                    }
                }
                Some(comm) => {
                    let ok = match &comm.kind {
                        StmtKind::Send(..) => true,
                        StmtKind::Expr(e) => {
                            matches!(strip_parens(e).kind, ExprKind::Unary(UnOp::Recv, _))
                        }
                        StmtKind::Assign {
                            lhs,
                            op: AssignOp::Define | AssignOp::Assign,
                            rhs,
                        } => {
                            lhs.len() <= 2
                                && rhs.len() == 1
                                && matches!(
                                    strip_parens(&rhs[0]).kind,
                                    ExprKind::Unary(UnOp::Recv, _)
                                )
                        }
                        _ => false,
                    };
                    if !ok {
                        self.diags.error(
                            comm.span,
                            "select case must be receive, send or assign recv",
                        );
                    } else {
                        self.stmt(comm);
                    }
                }
            }
            self.stmt_list(&c.body);
            self.pop_scope();
        }
        self.cur().switch_depth -= 1;
    }

    fn defer_stmt(&mut self, s: &Stmt, call: &Expr) {
        let inner = strip_parens(call);
        let ExprKind::Call { func, .. } = &inner.kind else {
            self.expr(call, None);
            self.diags
                .error(call.span, "expression in defer must be function call");
            return;
        };
        if !std::ptr::eq(inner, call) {
            self.diags
                .error(call.span, "expression in defer must not be parenthesized");
        }
        let fc = self.cur();
        let in_loop = fc.loop_depth > 0 || fc.after_looping_label;
        let fi = fc.idx;
        let op = self.expr(inner, None);
        if op.is_bad() && !matches!(op.mode, Mode::NoValue) {
            return;
        }
        match self.info.calls.get(&inner.id) {
            Some(CallKind::Conversion(_)) => {
                self.diags
                    .error(call.span, "defer requires function call, not conversion");
                return;
            }
            Some(CallKind::Builtin(
                Builtin::Len | Builtin::Cap | Builtin::New | Builtin::Make | Builtin::Append,
            )) => {
                self.diags.error(
                    call.span,
                    format!("defer discards result of {}", self.expr_string(inner)),
                );
                return;
            }
            Some(CallKind::Builtin(Builtin::Recover)) => {}
            _ => {}
        }
        // A literal deferred outside loops runs while this frame is alive: it need not escape.
        if !in_loop {
            if let ExprKind::FuncLit { .. } = strip_parens(func).kind {
                if let Some(&li) = self.info.lits.get(&strip_parens(func).id) {
                    self.info.funcs[li as usize].lit_escapes = false;
                }
            }
        } else if let ExprKind::FuncLit { .. } = strip_parens(func).kind {
            if let Some(&li) = self.info.lits.get(&strip_parens(func).id) {
                self.info.funcs[li as usize].lit_escapes = true;
            }
        }
        if self.cur().dead_depth > 0 {
            return;
        }
        let reachable = !self.cur().unreachable;
        self.info.funcs[fi as usize].defers.push(DeferSite {
            span: s.span,
            call: inner.id,
            in_loop,
            reachable,
        });
    }

    /// `switch v := x.(type) { case T1, T2: ... }`: each clause declares its own v, of the
    /// case's type when the clause lists exactly one type, else of x's type. v counts as used
    /// when any clause uses it (Go reports "v declared but not used" otherwise).
    fn type_switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        bind: Option<&Ident>,
        x: &Expr,
        body: &[CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let xo = self.value(x, None);
        let xt = xo.ty;
        if !xo.is_bad() && !self.info.types.is_interface(xt) {
            self.diags.error(
                x.span,
                format!("{} is not an interface", self.describe(x, &xo)),
            );
        }
        let mut any_used = false;
        let mut seen_default = false;
        let mut seen_types: Vec<TypeId> = Vec::new();
        for cc in body {
            if cc.default {
                if seen_default {
                    self.diags.error(cc.span, "multiple defaults in switch");
                }
                seen_default = true;
            }
            let mut single: Option<TypeId> = None;
            for (k, te) in cc.exprs.iter().enumerate() {
                if matches!(&te.kind, ExprKind::Ident(n) if n == "nil") {
                    self.expr(te, None);
                    continue;
                }
                let t = self.type_expr(te);
                if t == VOID {
                    continue;
                }
                if seen_types.contains(&t) {
                    self.diags.error(
                        te.span,
                        format!("duplicate case {} in type switch", self.expr_string(te)),
                    );
                }
                seen_types.push(t);
                if !xo.is_bad() && !self.info.types.is_interface(t) && !self.implements(t, xt) {
                    self.diags.error(
                        te.span,
                        format!(
                            "impossible type switch case: {} cannot have dynamic type {}",
                            self.describe(x, &xo),
                            self.info.types.name_local(t)
                        ),
                    );
                }
                if cc.exprs.len() == 1 && k == 0 {
                    single = Some(t);
                }
            }
            self.push_scope();
            let mut var = None;
            if let Some(b) = bind {
                let vt = single.unwrap_or(xt);
                let o = self.new_var(&b.name, vt, b.span);
                self.info.clause_vars.insert(cc.id, o);
                let id = Ident {
                    name: b.name.clone(),
                    span: b.span,
                    id: cc.id,
                };
                self.declare(&id, o);
                var = Some(o);
            }
            self.cur().switch_depth += 1;
            self.stmt_list(&cc.body);
            self.cur().switch_depth -= 1;
            if let Some(o) = var {
                any_used |= self.info.objs[o as usize].used;
                self.info.objs[o as usize].used = true;
            }
            self.pop_scope();
        }
        if let Some(b) = bind {
            if !any_used && b.name != "_" {
                self.diags
                    .error(b.span, format!("{} declared but not used", b.name));
            }
        }
        self.pop_scope();
    }

    fn switch(
        &mut self,
        s: &Stmt,
        init: &Option<Box<Stmt>>,
        tag: &Option<Expr>,
        body: &[CaseClause],
    ) {
        self.push_scope();
        if let Some(i) = init {
            self.stmt(i);
        }
        let tag_ty = match tag {
            Some(t) => {
                let mut op = self.value(t, None);
                if op.is_bad() {
                    None
                } else {
                    if op.mode == Mode::Nil {
                        self.diags
                            .error(t.span, "use of untyped nil in switch expression");
                        None
                    } else {
                        self.default_op(&mut op, t);
                        // A func, map or slice tag is allowed: its cases can only be nil.
                        if !self.info.types.comparable(op.ty) && !has_nil_uncomparable(self, op.ty)
                        {
                            self.diags.error(
                                t.span,
                                format!(
                                    "cannot switch on {} ({} is not comparable)",
                                    self.describe(t, &op),
                                    self.info.types.name_local(op.ty)
                                ),
                            );
                        }
                        Some(op.ty)
                    }
                }
            }
            None => Some(BOOL),
        };
        let mut seen_default = false;
        let mut seen_consts: Vec<(ConstVal, TypeId)> = Vec::new();
        for (ci, cc) in body.iter().enumerate() {
            if cc.default {
                if seen_default {
                    self.diags.error(cc.span, "multiple defaults in switch");
                }
                seen_default = true;
            }
            for e in &cc.exprs {
                let mut op = self.value(e, tag_ty);
                if op.is_bad() {
                    continue;
                }
                if let Some(t) = tag_ty {
                    if tag.is_none() {
                        // The case is compared with `true`: a bool, or an interface that a
                        // bool implements (`case i:` with `var i any`).
                        let iface_ok =
                            self.info.types.is_interface(op.ty) && self.assignable(BOOL, op.ty);
                        if !self.info.types.is_bool(op.ty) && !iface_ok {
                            self.diags.error(
                                e.span,
                                format!(
                                    "invalid case {} in switch on true (mismatched types {} and bool)",
                                    self.expr_string(e),
                                    self.info.types.name_local(op.ty)
                                ),
                            );
                            continue;
                        }
                        if self.info.types.is_untyped(op.ty) {
                            self.convert_untyped(&mut op, e, BOOL, "switch case");
                        }
                    } else if self.info.types.is_untyped(op.ty) && op.mode != Mode::Nil {
                        if self.info.types.is_interface(t) {
                            self.default_op(&mut op, e);
                        } else if !self.convert_untyped(&mut op, e, t, "switch case") {
                            continue;
                        }
                    } else if op.mode == Mode::Nil {
                        self.assign_op(&mut op, e, t, "switch case");
                    } else if !self.info.types.comparable(op.ty) || !self.info.types.comparable(t) {
                        // Only nil compares with a func, map or slice (Go names the case's
                        // type first, then the tag's).
                        let bad = if self.info.types.comparable(op.ty) {
                            t
                        } else {
                            op.ty
                        };
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid case {} in switch on {} ({})",
                                self.expr_string(e),
                                self.expr_string(tag.as_ref().unwrap()),
                                self.info.types.incomparable_cause(bad)
                            ),
                        );
                        continue;
                    } else if !self.assignable(op.ty, t) && !self.assignable(t, op.ty) {
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid case {} in switch on {} (mismatched types {} and {})",
                                self.expr_string(e),
                                self.expr_string(tag.as_ref().unwrap()),
                                self.info.types.name_local(op.ty),
                                self.info.types.name_local(t)
                            ),
                        );
                        continue;
                    }
                    if let Mode::Const(c) = &op.mode {
                        // Like gc, only integer, float and string cases are checked (`case
                        // true, true:` is valid); equal values of different types are different
                        // cases (an interface tag: `case 1, T(1), 1.0:`).
                        if tag.is_some() && !matches!(c, ConstVal::Bool(_)) {
                            let dup = seen_consts.iter().any(|(v, vt)| v == c && *vt == op.ty);
                            if dup {
                                self.diags.error(
                                    e.span,
                                    format!(
                                        "duplicate case {} in expression switch",
                                        self.describe(e, &op)
                                    ),
                                );
                            } else {
                                seen_consts.push((c.clone(), op.ty));
                            }
                        }
                    }
                }
            }
            self.push_scope();
            self.cur().switch_depth += 1;
            let saved = self.cur().unreachable;
            for (si, st) in cc.body.iter().enumerate() {
                if let StmtKind::Labeled(..) = st.kind {
                    self.cur().unreachable = false;
                }
                if let StmtKind::Fallthrough = st.kind {
                    if si != cc.body.len() - 1 {
                        self.diags
                            .error(st.span, "fallthrough statement out of place");
                    } else if ci == body.len() - 1 {
                        self.diags
                            .error(st.span, "cannot fallthrough final case in switch");
                    }
                }
                self.stmt(st);
                if ends_flow(st) {
                    self.cur().unreachable = true;
                }
            }
            self.cur().unreachable = saved;
            self.cur().switch_depth -= 1;
            self.pop_scope();
        }
        let _ = s;
        self.pop_scope();
    }

    #[allow(clippy::too_many_arguments)]
    fn range(
        &mut self,
        s: &Stmt,
        key: &Option<Expr>,
        value: &Option<Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
    ) {
        self.push_scope();
        let op = self.value(x, None);
        let (kt, vt) = if op.is_bad() {
            (VOID, VOID)
        } else {
            match self.info.types.ukind(op.ty).clone() {
                TypeKind::Basic(b) if b.is_string() => {
                    if b == Basic::UntypedString {
                        let mut o = op.clone();
                        self.convert_untyped(&mut o, x, STRING, "range");
                    }
                    (INT, INT32)
                }
                TypeKind::Array(el, _) => (INT, el),
                TypeKind::Pointer(p) => match self.info.types.ukind(p).clone() {
                    TypeKind::Array(el, _) => (INT, el),
                    _ => {
                        self.diags.error(
                            x.span,
                            format!("cannot range over {}", self.describe(x, &op)),
                        );
                        (VOID, VOID)
                    }
                },
                TypeKind::Slice(el) => (INT, el),
                TypeKind::Map(k, v) => (k, v),
                TypeKind::Chan(dir, el) => {
                    if dir == ChanDir::Send {
                        self.diags.error(
                            x.span,
                            format!(
                                "invalid operation: range {} receive from send-only channel {}",
                                self.expr_string(x),
                                self.info.types.name_local(op.ty)
                            ),
                        );
                        (VOID, VOID)
                    } else if let Some(v) = value {
                        self.diags.error(
                            v.span,
                            format!(
                                "range over {} permits only one iteration variable",
                                self.describe(x, &op)
                            ),
                        );
                        (VOID, VOID)
                    } else {
                        (el, VOID)
                    }
                }
                _ => {
                    self.diags.error(
                        x.span,
                        format!("cannot range over {}", self.describe(x, &op)),
                    );
                    (VOID, VOID)
                }
            }
        };
        if define {
            for (e, t) in [(key, kt), (value, vt)] {
                if let Some(e) = e {
                    match &e.kind {
                        ExprKind::Ident(n) => {
                            let o = self.new_var(n, t, e.span);
                            let id = Ident {
                                name: n.clone(),
                                span: e.span,
                                id: e.id,
                            };
                            self.declare(&id, o);
                            self.record(e.id, Mode::Var, t);
                        }
                        _ => self.diags.error(
                            e.span,
                            format!("non-name {} on left side of :=", self.expr_string(e)),
                        ),
                    }
                }
            }
        } else {
            for (e, t) in [(key, kt), (value, vt)] {
                if let Some(e) = e {
                    if let Some(lt) = self.lhs(e) {
                        if lt != VOID && t != VOID && !self.assignable(t, lt) {
                            self.diags.error(
                                e.span,
                                format!(
                                    "cannot use {} (value of type {}) as {} value in range",
                                    self.expr_string(e),
                                    self.info.types.name_local(t),
                                    self.info.types.name_local(lt)
                                )
                                .replace(
                                    &format!("cannot use {} (value of type", self.expr_string(e)),
                                    "cannot assign (value of type",
                                ),
                            );
                        }
                    }
                }
            }
        }
        self.cur().loop_depth += 1;
        self.block(body);
        self.cur().loop_depth -= 1;
        let _ = s;
        self.pop_scope();
    }
}

fn op_const_desc(op: &Operand) -> String {
    match &op.mode {
        Mode::Const(c) => c.describe(),
        _ => String::new(),
    }
}

/// Go's escape analysis marks a label "looping" when a goto after it jumps back to it; every
/// defer after such a label is treated as in a loop.
fn prescan_labels(
    stmts: &[Stmt],
    seen: &mut HashSet<String>,
    looping: &mut HashSet<String>,
    targets: &mut HashSet<String>,
) {
    for s in stmts {
        prescan_stmt(s, seen, looping, targets, 0);
    }
}

fn prescan_stmt(
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

fn prescan_labels_d(
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
fn ends_flow(s: &Stmt) -> bool {
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

fn is_terminating(s: &Stmt, label: &str) -> bool {
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
fn has_break(stmts: &[Stmt], label: &str, top: bool) -> bool {
    stmts.iter().any(|s| has_break_stmt(s, label, top))
}

fn has_break_stmt(s: &Stmt, label: &str, top: bool) -> bool {
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

/// Go's `hasNil` for a type that is not comparable: a func, map or slice (a tag of such a type
/// is allowed, with nil cases only).
fn has_nil_uncomparable(c: &Checker, t: TypeId) -> bool {
    matches!(
        c.info.types.ukind(t),
        TypeKind::Func(_) | TypeKind::Map(..) | TypeKind::Slice(_)
    )
}
