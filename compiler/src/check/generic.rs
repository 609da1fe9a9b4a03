//! Generic declarations in the checker: type parameter lists and their constraints, the type
//! sets of constraint interfaces, instantiation of generic types and functions with Go 1.19's
//! checks (the number of type arguments, constraint satisfaction), as go/types' decl.go,
//! instantiate.go and interface.go do. Inference of type arguments is in infer.rs.

use super::expr::strip_parens;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    /// Declare the type parameters of a list in the current scope (all names first: a
    /// constraint may mention any parameter of its list) and resolve their constraints.
    pub(crate) fn declare_tparams(
        &mut self,
        list: &[Field],
        owner: TParamOwner,
    ) -> (Vec<TypeId>, Vec<ObjId>) {
        let mut tps = Vec::new();
        let mut objs = Vec::new();
        for f in list {
            for n in &f.names {
                let t = self.info.types.new_tparam(&n.name, owner, tps.len());
                let o = self.new_obj(&n.name, ObjKind::TypeName, t, n.span);
                self.info.objs[o as usize].used = true;
                self.declare(n, o);
                tps.push(t);
                objs.push(o);
            }
        }
        let mut i = 0;
        for f in list {
            let c = self.constraint_expr(&f.ty);
            for _ in &f.names {
                if let Some(p) = self.info.types.tparams.get_mut(&tps[i]) {
                    p.constraint = c;
                }
                i += 1;
            }
        }
        (tps, objs)
    }

    /// Re-enter the scope of a generic declaration's type parameters (for its body).
    pub(crate) fn declare_tparam_objs(&mut self, objs: &[ObjId]) {
        let scope = self.scopes.last_mut().unwrap();
        for &o in objs {
            let name = self.info.objs[o as usize].name.clone();
            if name != "_" {
                scope.names.insert(name, o);
            }
        }
    }

    /// A constraint: an interface (named, literal, `any`, `comparable`) or a type-set
    /// expression written in place (`~int | ~float64`, `int`), which stands for
    /// `interface{ ~int | ~float64 }`.
    pub(crate) fn constraint_expr(&mut self, e: &Expr) -> TypeId {
        let x = strip_parens(e);
        if matches!(
            &x.kind,
            ExprKind::Binary(BinOp::Or, ..) | ExprKind::Unary(UnOp::Tilde, _)
        ) {
            let terms = self.union_terms(x);
            let c = self.info.types.intern(TypeKind::Constraint(TypeSet {
                methods: Vec::new(),
                terms: Some(terms),
                comparable: false,
                implicit: true,
            }));
            self.record(e.id, Mode::Type, c);
            return c;
        }
        let t = self.type_expr_constraint(e);
        if t == VOID {
            return ANY;
        }
        match self.info.types.ukind(t) {
            TypeKind::Interface(_) | TypeKind::Constraint(_) => t,
            _ => {
                if self.info.types.is_tparam(t) {
                    self.diags
                        .error(e.span, "cannot use a type parameter as constraint");
                    return ANY;
                }
                // `[T int]`: the type set of exactly int.
                self.info.types.intern(TypeKind::Constraint(TypeSet {
                    methods: Vec::new(),
                    terms: Some(vec![Term {
                        tilde: false,
                        ty: t,
                    }]),
                    comparable: false,
                    implicit: true,
                }))
            }
        }
    }

    /// A type expression where a constraint interface is allowed.
    pub(crate) fn type_expr_constraint(&mut self, e: &Expr) -> TypeId {
        self.constraint_ok += 1;
        let t = self.type_expr(e);
        self.constraint_ok -= 1;
        t
    }

    /// The terms of a union `A | ~B | C` (each a type, or `~T` with T its own underlying type).
    pub(crate) fn union_terms(&mut self, e: &Expr) -> Vec<Term> {
        let mut out = Vec::new();
        self.union_terms_into(e, &mut out);
        out
    }

    fn union_terms_into(&mut self, e: &Expr, out: &mut Vec<Term>) {
        let x = strip_parens(e);
        match &x.kind {
            ExprKind::Binary(BinOp::Or, a, b) => {
                self.union_terms_into(a, out);
                self.union_terms_into(b, out);
            }
            ExprKind::Unary(UnOp::Tilde, inner) => {
                let t = self.type_expr(inner);
                if t == VOID {
                    return;
                }
                if self.info.types.underlying(t) != t || self.info.types.is_tparam(t) {
                    if self.info.types.is_tparam(t) {
                        self.diags.error(
                            inner.span,
                            format!(
                                "invalid use of ~ ({} is a type parameter)",
                                self.info.types.name_local(t)
                            ),
                        );
                    } else {
                        self.diags.error(
                            x.span,
                            format!(
                                "invalid use of ~ (underlying type of {} is {})",
                                self.info.types.name_local(t),
                                self.info.types.name_local(self.info.types.underlying(t))
                            ),
                        );
                    }
                    return;
                }
                if self.info.types.is_interface(t) {
                    self.diags.error(
                        x.span,
                        format!(
                            "invalid use of ~ ({} is an interface)",
                            self.info.types.name_local(t)
                        ),
                    );
                    return;
                }
                out.push(Term { tilde: true, ty: t });
            }
            _ => {
                let t = self.type_expr_constraint(x);
                if t == VOID {
                    return;
                }
                if let TypeKind::Constraint(ts) = self.info.types.ukind(t).clone() {
                    // A constraint in a union contributes its terms (methods are not allowed).
                    if !ts.methods.is_empty() || ts.comparable {
                        self.diags.error(
                            x.span,
                            format!(
                                "cannot use {} in union ({} contains methods)",
                                self.info.types.name_local(t),
                                self.info.types.name_local(t)
                            ),
                        );
                        return;
                    }
                    out.extend(ts.terms.unwrap_or_default());
                    return;
                }
                if self.info.types.is_interface(t) {
                    if let TypeKind::Interface(ms) = self.info.types.ukind(t) {
                        if !ms.is_empty() {
                            self.diags.error(
                                x.span,
                                format!(
                                    "cannot use {} in union ({} contains methods)",
                                    self.info.types.name_local(t),
                                    self.info.types.name_local(t)
                                ),
                            );
                        }
                    }
                    return;
                }
                if self.info.types.is_tparam(t) {
                    self.diags.error(x.span, "term cannot be a type parameter");
                    return;
                }
                out.push(Term {
                    tilde: false,
                    ty: t,
                });
            }
        }
    }

    /// `G[A, B]` in a type expression: the instance of generic type G (`Some`), or None when
    /// `x` is not a generic type (the caller reports).
    pub(crate) fn instantiate_type_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        args: &[Expr],
    ) -> Option<TypeId> {
        let g = self.generic_type_name(x)?;
        if g == VOID {
            return Some(VOID);
        }
        let mut targs = Vec::new();
        for a in args {
            let t = self.type_expr(a);
            if t == VOID {
                return Some(VOID);
            }
            targs.push(t);
        }
        let tparams = self.info.types.named[&g].tparams.clone();
        if targs.len() != tparams.len() {
            self.diags.error(
                e.span,
                format!(
                    "got {} arguments but {} type parameters",
                    targs.len(),
                    tparams.len()
                ),
            );
            return Some(VOID);
        }
        let inst = self.info.types.instantiate(g, &targs);
        // Constraints are checked once every declaration is resolved (a constraint may
        // refer to types being declared).
        self.pending_verify.push(PendingVerify {
            tparams,
            targs,
            spans: args.iter().map(|a| a.span).collect(),
        });
        Some(inst)
    }

    /// Does identifier `x` name a generic type (nothing is recorded or reported)?
    pub(crate) fn generic_type_probe(&mut self, x: &Expr) -> bool {
        let ExprKind::Ident(name) = &strip_parens(x).kind else {
            return false;
        };
        let Some(o) = self.lookup(name) else {
            return false;
        };
        if !matches!(self.info.objs[o as usize].kind, ObjKind::TypeName) {
            return false;
        }
        self.resolve_global(o);
        self.info.types.is_generic(self.info.objs[o as usize].ty)
    }

    /// The generic type `x` names (`List`, `pkg.List`), VOID after a reported error.
    fn generic_type_name(&mut self, x: &Expr) -> Option<TypeId> {
        let x = strip_parens(x);
        if !matches!(x.kind, ExprKind::Ident(_) | ExprKind::Selector(..)) {
            return None;
        }
        self.allow_generic += 1;
        let op = self.expr(x, None);
        self.allow_generic -= 1;
        if op.is_bad() {
            return Some(VOID);
        }
        if op.mode != Mode::Type {
            return None;
        }
        if !self.info.types.is_generic(op.ty) {
            self.diags.error(
                x.span,
                format!(
                    "{} is not a generic type",
                    self.info.types.name_local(op.ty)
                ),
            );
            return Some(VOID);
        }
        Some(op.ty)
    }

    /// The receiver type of a method of a generic type, `List[T]` in `func (l *List[T]) M()`:
    /// declares the receiver's type parameters (new ones, with the type's constraints) in
    /// the current scope and records them as the method's. None when `base` is not of that
    /// form (an ordinary receiver).
    pub(crate) fn generic_receiver(&mut self, base: &Expr, fi: FuncIdx) -> Option<TypeId> {
        let ExprKind::Index(x, args) = &strip_parens(base).kind else {
            return None;
        };
        let g = match self.generic_type_name(x) {
            Some(g) => g,
            None => {
                self.diags.error(
                    x.span,
                    format!("{} is not a generic type", self.expr_string(x)),
                );
                return Some(VOID);
            }
        };
        if g == VOID {
            return Some(VOID);
        }
        let gtps = self.info.types.named[&g].tparams.clone();
        if args.len() != gtps.len() {
            self.diags.error(
                base.span,
                format!(
                    "got {} type parameter{}, but receiver base type declares {}",
                    args.len(),
                    if args.len() == 1 { "" } else { "s" },
                    gtps.len()
                ),
            );
            return Some(VOID);
        }
        let mut tps = Vec::new();
        let mut objs = Vec::new();
        for (i, a) in args.iter().enumerate() {
            let ExprKind::Ident(name) = &a.kind else {
                self.diags.error(
                    a.span,
                    format!(
                        "receiver type parameter {} must be an identifier",
                        self.expr_string(a)
                    ),
                );
                return Some(VOID);
            };
            let t = self.info.types.new_tparam(name, TParamOwner::Func(fi), i);
            let o = self.new_obj(name, ObjKind::TypeName, t, a.span);
            self.info.objs[o as usize].used = true;
            self.info.idents.insert(a.id, o);
            if name != "_" {
                self.scopes
                    .last_mut()
                    .unwrap()
                    .names
                    .insert(name.clone(), o);
            }
            tps.push(t);
            objs.push(o);
        }
        let map: HashMap<TypeId, TypeId> = gtps.iter().copied().zip(tps.iter().copied()).collect();
        for (&gp, &p) in gtps.iter().zip(&tps) {
            let c0 = self.info.types.constraint(gp);
            let c = self.info.types.subst(c0, &map);
            self.info.types.tparams.get_mut(&p).unwrap().constraint = c;
        }
        let inst = self.info.types.instantiate(g, &tps);
        self.record(strip_parens(base).id, Mode::Type, inst);
        let b = &mut self.info.funcs[fi as usize];
        b.tparams = tps;
        b.tparam_objs = objs;
        Some(inst)
    }

    /// How Go names a generic type in "without instantiation" messages: `List[T any]`.
    pub(crate) fn generic_decl_string(&self, t: TypeId) -> String {
        let tps = &self.info.types.named[&t].tparams;
        let parts: Vec<String> = tps
            .iter()
            .map(|&p| {
                format!(
                    "{} {}",
                    self.info.types.name_local(p),
                    self.info.types.name_local(self.info.types.constraint(p))
                )
            })
            .collect();
        format!("{}[{}]", self.info.types.name_local(t), parts.join(", "))
    }

    /// Go's instantiation cycles (types2 monomorph.go): a generic function that, through the
    /// generic functions it calls, instantiates itself with a type argument that grows
    /// (`Nest[T]` calling `Nest(Pair[T, int]{...})`) would need infinitely many instances.
    /// A graph edge goes from a type parameter of the calling function to the callee's type
    /// parameter whose argument mentions it; an edge whose argument is more than the
    /// parameter itself grows, and a cycle through a growing edge is an error.
    pub(crate) fn check_instantiation_cycles(&mut self) {
        let mut edges: Vec<(TypeId, TypeId, bool, Span, TypeId)> = Vec::new();
        for (g, targs, span) in &self.inst_sites {
            let gtps = &self.info.funcs[*g as usize].tparams;
            for (i, &a) in targs.iter().enumerate() {
                let Some(&q) = gtps.get(i) else { continue };
                let mut ps = Vec::new();
                self.info.types.each_tparam(a, &mut |p| ps.push(p));
                for p in ps {
                    if matches!(
                        self.info.types.tparams.get(&p).map(|i| i.owner),
                        Some(TParamOwner::Func(_))
                    ) {
                        edges.push((p, q, a != p, *span, a));
                    }
                }
            }
        }
        for &(u, v, grows, span, a) in &edges {
            if !grows {
                continue;
            }
            // Does v reach u?
            let mut seen = HashSet::new();
            let mut stack = vec![v];
            let mut found = false;
            while let Some(x) = stack.pop() {
                if x == u {
                    found = true;
                    break;
                }
                if !seen.insert(x) {
                    continue;
                }
                stack.extend(edges.iter().filter(|e| e.0 == x).map(|e| e.1));
            }
            if found {
                let decl = self
                    .info
                    .objs
                    .iter()
                    .find(|o| matches!(o.kind, ObjKind::TypeName) && o.ty == u)
                    .map_or(span, |o| o.span);
                let msg = format!(
                    "instantiation cycle:\n\t{}: {} instantiated as {}",
                    self.diags.position_string(span),
                    self.info.types.name_local(u),
                    self.info.types.name_local(a)
                );
                self.diags.error(decl, msg);
                return;
            }
        }
    }

    /// Check instantiations recorded while declarations were resolved.
    pub(crate) fn verify_pending(&mut self) {
        for p in std::mem::take(&mut self.pending_verify) {
            self.verify_targs(&p.tparams, &p.targs, &p.spans);
        }
        for (sp, k) in std::mem::take(&mut self.pending_map_keys) {
            if !self.info.types.comparable(k) {
                self.diags.error(
                    sp,
                    format!(
                        "invalid map key type {} (missing comparable constraint)",
                        self.info.types.name_local(k)
                    ),
                );
            }
        }
    }

    /// Do the type arguments satisfy their parameters' constraints (with the parameters
    /// substituted)? Reports the first failure at its argument; false then.
    pub(crate) fn verify_targs(
        &mut self,
        tparams: &[TypeId],
        targs: &[TypeId],
        spans: &[Span],
    ) -> bool {
        let map: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        for (i, (&p, &a)) in tparams.iter().zip(targs).enumerate() {
            let c0 = self.info.types.constraint(p);
            let c = self.info.types.subst(c0, &map);
            if let Err(msg) = self.satisfies(a, c) {
                let sp = spans.get(i).or(spans.last()).copied().unwrap_or_default();
                self.diags.error(sp, msg);
                return false;
            }
        }
        true
    }

    /// Does type `t` satisfy constraint `c` (go/types' implements in constraint mode)? The
    /// error is Go 1.19's message.
    pub(crate) fn satisfies(&mut self, t: TypeId, c: TypeId) -> Result<(), String> {
        let ts = self.info.types.type_set(c);
        let tn = self.info.types.name_local(t);
        let cn = self.info.types.name_local(c);
        if ts.terms.as_ref().is_some_and(|t| t.is_empty()) {
            return Err(format!("cannot satisfy {} (empty type set)", cn));
        }
        // Methods.
        if !ts.methods.is_empty() {
            let iface = self
                .info
                .types
                .intern(TypeKind::Interface(ts.methods.clone()));
            if let Some((m, ptr)) = self.missing_method(t, iface) {
                let detail = if ptr {
                    format!("({} method has pointer receiver)", m)
                } else {
                    format!("(missing {} method)", m)
                };
                return Err(format!("{} does not implement {} {}", tn, cn, detail));
            }
        }
        if let Some(terms) = &ts.terms {
            if self.info.types.is_tparam(t) {
                // Every type of t's set must be in c's.
                let inner = self.info.types.term_types(t);
                if inner.is_empty() || !inner.iter().all(|&x| self.info.types.in_terms(x, terms)) {
                    return Err(format!("{} does not implement {}", tn, cn));
                }
            } else if !self.info.types.in_terms(t, terms) {
                return Err(format!(
                    "{} does not implement {} ({} missing in {})",
                    tn,
                    cn,
                    tn,
                    terms
                        .iter()
                        .map(|term| format!(
                            "{}{}",
                            if term.tilde { "~" } else { "" },
                            self.info.types.name_local(term.ty)
                        ))
                        .collect::<Vec<_>>()
                        .join(" | ")
                ));
            }
        }
        if ts.comparable {
            let ok = if self.info.types.is_tparam(t) {
                self.info.types.tparam_comparable(t)
            } else {
                // Go 1.19: interfaces are not strictly comparable, so they do not satisfy
                // comparable.
                self.info.types.comparable(t) && !self.info.types.has_interface(t, 0)
            };
            if !ok {
                return Err(format!("{} does not implement comparable", tn));
            }
        }
        Ok(())
    }
}

/// An instantiation of a generic type whose constraints are checked later.
pub(crate) struct PendingVerify {
    pub tparams: Vec<TypeId>,
    pub targs: Vec<TypeId>,
    pub spans: Vec<Span>,
}
