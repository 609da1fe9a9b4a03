//! Statements and function bodies: scopes, assignments, control flow, labels, defer sites,
//! and Go's "missing return" (terminating statement) rule.

use super::expr::strip_parens;
use super::flow::*;
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
            // A generic function's type parameters are in scope in its body.
            let tparam_objs = self.info.funcs[fi as usize].tparam_objs.clone();
            self.push_scope();
            self.declare_tparam_objs(&tparam_objs);
            self.check_func_decl_body(fd, fi, body, sig);
            self.scopes.pop();
        }
    }

    fn check_func_decl_body(&mut self, fd: &FuncDecl, fi: FuncIdx, body: &Block, sig: TypeId) {
        {
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
        let labels = prescan_labels(body);
        self.fctx.push(FnCtx {
            idx: fi,
            result_types: sigv.results.clone(),
            loop_depth: 0,
            seen_labels: HashSet::new(),
            looping_labels: labels.looping,
            labels: HashMap::new(),
            after_looping_label: false,
            lit_counter: 0,
            switch_depth: 0,
            dead_depth: 0,
            unreachable: false,
            goto_targets: labels.targets,
            defined_labels: labels.defined,
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

    pub(super) fn set_param(&mut self, o: ObjId, result: bool) {
        if let ObjKind::Var(v) = &mut self.info.objs[o as usize].kind {
            v.param = !result;
            v.result = result;
        }
    }

    pub(super) fn block(&mut self, b: &Block) {
        self.push_scope();
        self.stmt_list(&b.stmts);
        self.pop_scope();
    }

    /// A statement list, tracking Go's SSA reachability: code after a jump is unreachable
    /// until the next label; the enclosing statement's state is restored at the end.
    pub(super) fn stmt_list(&mut self, stmts: &[Stmt]) {
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

    pub(super) fn cur(&mut self) -> &mut FnCtx {
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

    pub(super) fn cond(&mut self, c: &Expr, what: &str) {
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

    pub(super) fn expr_stmt(&mut self, e: &Expr) {
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

    pub(super) fn return_stmt(&mut self, s: &Stmt, vals: &[Expr]) {
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
    pub(super) fn send_stmt(&mut self, ch: &Expr, v: &Expr) {
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
    pub(super) fn go_stmt(&mut self, call: &Expr) {
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

    pub(super) fn defer_stmt(&mut self, s: &Stmt, call: &Expr) {
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

    #[allow(clippy::too_many_arguments)]
    pub(super) fn range(
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
                    let why = if self.info.types.is_tparam(op.ty) {
                        format!(" ({} has no core type)", self.info.types.name_local(op.ty))
                    } else {
                        String::new()
                    };
                    self.diags.error(
                        x.span,
                        format!("cannot range over {}{}", self.describe(x, &op), why),
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
