//! Calls and instantiations of generic functions: explicit type arguments (`F[int]`), and
//! Go 1.19's type inference (spec "Type inference", go/types' infer.go and unify.go):
//! function argument inference from typed arguments, constraint type inference through core
//! types, then the default types of untyped constant arguments, then constraint inference
//! again. The instantiation is recorded in `Info::instances` for codegen.

use std::collections::HashMap;

use super::expr::*;
use super::types::*;
use super::*;

/// Bound on unification depth (types are finite, but recursive generic types are not
/// unfolded: instances unify by their type arguments).
const MAX_UNIFY_DEPTH: u32 = 64;

impl<'a> Checker<'a> {
    /// The generic function `x` denotes, checked with generic functions allowed: Some((fi,
    /// operand)) when it is one; else the operand is left for the next `expr` call on `x`.
    pub(super) fn generic_func_operand(&mut self, x: &Expr) -> Option<FuncIdx> {
        let s = strip_parens(x);
        if !matches!(s.kind, ExprKind::Ident(_) | ExprKind::Selector(..)) {
            return None;
        }
        self.allow_generic += 1;
        let op = self.expr(x, None);
        self.allow_generic -= 1;
        let fi = match self
            .info
            .idents
            .get(&s.id)
            .map(|&o| &self.info.objs[o as usize].kind)
        {
            Some(ObjKind::Func(fi)) if self.info.funcs[*fi as usize].is_generic() => Some(*fi),
            _ => None,
        };
        if fi.is_none() {
            self.checked = Some((x.id, op));
        }
        fi
    }

    /// `F[A, B]` not called: a function value of the instance (every type argument given, or
    /// inferable from the constraints).
    pub(super) fn generic_func_value(
        &mut self,
        e: &Expr,
        x: &Expr,
        fi: FuncIdx,
        idx: &[Expr],
    ) -> Operand {
        let Some((explicit, spans)) = self.explicit_targs(fi, idx) else {
            return Operand::bad();
        };
        let tparams = self.info.funcs[fi as usize].tparams.clone();
        let mut map: HashMap<TypeId, TypeId> = tparams
            .iter()
            .copied()
            .zip(explicit.iter().copied())
            .collect();
        if !self.infer_from_constraints(e, &tparams, &mut map) {
            return Operand::bad();
        }
        let Some(targs) = self.complete_targs(e, &tparams, &map) else {
            return Operand::bad();
        };
        let mut vspans = spans;
        while vspans.len() < targs.len() {
            vspans.push(e.span);
        }
        if !self.verify_targs(&tparams, &targs, &vspans) {
            return Operand::bad();
        }
        let sig = self.instance_sig(fi, &targs);
        self.record_instance(e, x, targs);
        Operand {
            mode: Mode::Value,
            ty: sig,
        }
    }

    /// The explicit type arguments of `F[...]` and their spans.
    fn explicit_targs(&mut self, fi: FuncIdx, idx: &[Expr]) -> Option<(Vec<TypeId>, Vec<Span>)> {
        let tparams = self.info.funcs[fi as usize].tparams.clone();
        let mut targs = Vec::new();
        let mut spans = Vec::new();
        for a in idx {
            let t = self.type_expr(a);
            if t == VOID {
                return None;
            }
            targs.push(t);
            spans.push(a.span);
        }
        if targs.len() > tparams.len() {
            self.diags.error(
                idx[tparams.len()].span,
                format!(
                    "got {} type arguments but want {}",
                    targs.len(),
                    tparams.len()
                ),
            );
            return None;
        }
        Some((targs, spans))
    }

    /// The signature of generic function `fi` for type arguments `targs`.
    pub(crate) fn instance_sig(&mut self, fi: FuncIdx, targs: &[TypeId]) -> TypeId {
        let tparams = self.info.funcs[fi as usize].tparams.clone();
        let map: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        let sig = self.info.funcs[fi as usize].sig;
        self.info.types.subst(sig, &map)
    }

    fn record_instance(&mut self, e: &Expr, x: &Expr, targs: Vec<TypeId>) {
        let s = strip_parens(x);
        if let Some(ObjKind::Func(fi)) = self
            .info
            .idents
            .get(&s.id)
            .map(|&o| &self.info.objs[o as usize].kind)
        {
            self.inst_sites.push((*fi, targs.clone(), s.span));
        }
        self.info.instances.insert(s.id, targs.clone());
        self.info.instances.insert(strip_parens(e).id, targs);
    }

    /// Every type parameter's argument, or "cannot infer" for the first one missing.
    fn complete_targs(
        &mut self,
        e: &Expr,
        tparams: &[TypeId],
        map: &HashMap<TypeId, TypeId>,
    ) -> Option<Vec<TypeId>> {
        let mut out = Vec::new();
        for &p in tparams {
            match map.get(&p) {
                Some(&t) => out.push(t),
                None => {
                    let o = self.tparam_obj(p);
                    let (name, pos) = match o {
                        Some(o) => {
                            let obj = &self.info.objs[o as usize];
                            (obj.name.clone(), self.diags.position_string(obj.span))
                        }
                        None => (self.info.types.name_local(p), String::new()),
                    };
                    self.diags
                        .error(e.span, format!("cannot infer {} ({})", name, pos));
                    return None;
                }
            }
        }
        Some(out)
    }

    fn tparam_obj(&self, p: TypeId) -> Option<ObjId> {
        self.info
            .objs
            .iter()
            .position(|o| matches!(o.kind, ObjKind::TypeName) && o.ty == p)
            .map(|i| i as ObjId)
    }

    /// A call of generic function `fi`: infer the missing type arguments, check the
    /// arguments against the instance's signature and record the instance.
    pub(super) fn generic_call(
        &mut self,
        e: &Expr,
        func: &Expr,
        fi: FuncIdx,
        args: &[Expr],
        ellipsis: bool,
    ) -> Operand {
        let fs = strip_parens(func);
        let (x, explicit, spans) = match &fs.kind {
            ExprKind::Index(x, idx) => match self.explicit_targs(fi, idx) {
                Some((t, s)) => (&**x, t, s),
                None => {
                    for a in args {
                        self.expr(a, None);
                    }
                    return Operand::bad();
                }
            },
            _ => (fs, Vec::new(), Vec::new()),
        };
        let mut tparams = self.info.funcs[fi as usize].tparams.clone();
        let mut gsig_t = self.info.funcs[fi as usize].sig;
        // A generic function calling itself: its arguments mention its own type parameters,
        // so inference works on renamed copies (go/types renames them too), and `Nest(Pair[T,
        // int]{...})` infers T' = Pair[T, int] (which the instantiation-cycle check rejects).
        if self.current_root() == Some(fi) {
            let fresh: Vec<TypeId> = tparams
                .iter()
                .enumerate()
                .map(|(i, &p)| {
                    let name = self.info.types.name_local(p);
                    self.info.types.new_tparam(&name, TParamOwner::Func(fi), i)
                })
                .collect();
            let map: HashMap<TypeId, TypeId> =
                tparams.iter().copied().zip(fresh.iter().copied()).collect();
            for (&p, &q) in tparams.iter().zip(&fresh) {
                let c = self.info.types.constraint(p);
                let c = self.info.types.subst(c, &map);
                self.info.types.tparams.get_mut(&q).unwrap().constraint = c;
            }
            gsig_t = self.info.types.subst(gsig_t, &map);
            tparams = fresh;
        }
        let gsig = self.info.types.sig(gsig_t).cloned().unwrap();
        // The arguments, checked once.
        let mut ops: Vec<Operand> = Vec::new();
        for a in args {
            let op = self.expr(a, None);
            if op.is_bad() {
                for b in args.iter().skip(ops.len() + 1) {
                    self.expr(b, None);
                }
                return Operand::bad();
            }
            ops.push(op);
        }
        // f(g()) with a multi-value g: the arguments are g's results.
        let multi: Option<Vec<TypeId>> = if args.len() == 1 {
            self.info
                .types
                .tuple(ops[0].ty)
                .filter(|ts| ts.len() > 1)
                .map(|ts| ts.to_vec())
        } else {
            None
        };
        let arg_types: Vec<(TypeId, bool)> = match &multi {
            Some(ts) => ts.iter().map(|&t| (t, false)).collect(),
            None => ops
                .iter()
                .map(|op| (op.ty, self.info.types.is_untyped(op.ty)))
                .collect(),
        };
        let fname = self.expr_string(x);
        let np = gsig.params.len();
        let n = arg_types.len();
        let count_ok = if ellipsis {
            gsig.variadic && n == np
        } else if gsig.variadic {
            n + 1 >= np
        } else {
            n == np
        };
        if !count_ok {
            if ellipsis && !gsig.variadic {
                self.diags.error(
                    e.span,
                    format!("cannot use ... in call to non-variadic {}", fname),
                );
            } else {
                self.arg_count_error(e, &fname, &gsig, n);
            }
            return Operand::bad();
        }
        let ptype = |i: usize| -> TypeId {
            if gsig.variadic && !ellipsis && i + 1 >= np {
                gsig.params[np - 1]
            } else {
                gsig.params[i]
            }
        };
        let variadic_elem = |types: &Types, i: usize, t: TypeId| -> TypeId {
            if gsig.variadic && !ellipsis && i + 1 >= np {
                types.elem(t).unwrap_or(VOID)
            } else {
                t
            }
        };
        let mut map: HashMap<TypeId, TypeId> = tparams
            .iter()
            .copied()
            .zip(explicit.iter().copied())
            .collect();
        let all_explicit = explicit.len() == tparams.len();
        let explicit_map = map.clone();
        // 1. Typed arguments, against the parameters with the explicit arguments substituted.
        for (i, &(at, untyped)) in arg_types.iter().enumerate() {
            if all_explicit {
                break;
            }
            let pt0 = variadic_elem(&self.info.types, i, ptype(i));
            let pt = self.info.types.subst(pt0, &explicit_map);
            if untyped || !self.mentions_any(pt, &tparams) {
                continue;
            }
            if !self.unify(pt, at, &tparams, &mut map, 0) {
                let arg = if multi.is_some() { &args[0] } else { &args[i] };
                self.infer_mismatch(arg, pt, at, &tparams, &map);
                return Operand::bad();
            }
        }
        // 2. Constraints.
        if !self.infer_from_constraints(e, &tparams, &mut map) {
            return Operand::bad();
        }
        // 3. Untyped constants for parameters that are a bare type parameter not inferred so
        // far: their default types (two of different kinds for one parameter do not unify).
        let known: Vec<TypeId> = map.keys().copied().collect();
        for (i, &(at, untyped)) in arg_types.iter().enumerate() {
            if all_explicit {
                break;
            }
            let pt = variadic_elem(&self.info.types, i, ptype(i));
            if untyped && tparams.contains(&pt) && !known.contains(&pt) && at != UNTYPED_NIL {
                let d = self.info.types.default_type(at);
                if !self.unify(pt, d, &tparams, &mut map, 0) {
                    let msg = format!(
                        "default type {} of {} does not match inferred type {} for {}",
                        self.info.types.name_local(d),
                        self.expr_string(&args[i]),
                        self.info.types.name_local(map[&pt]),
                        self.info.types.name_local(pt)
                    );
                    self.diags.error(args[i].span, msg);
                    return Operand::bad();
                }
            }
        }
        // 4. Constraints again.
        if !self.infer_from_constraints(e, &tparams, &mut map) {
            return Operand::bad();
        }
        // Go reports what it cannot infer at the first argument, or at the `)` of an empty list.
        let at = match args.first() {
            Some(a) => a.clone(),
            None => Expr {
                id: e.id,
                span: Span::new(e.span.hi.saturating_sub(1), e.span.hi),
                kind: ExprKind::Bad,
            },
        };
        let Some(targs) = self.complete_targs(&at, &tparams, &map) else {
            return Operand::bad();
        };
        // An inferred type argument that does not satisfy its constraint is reported at the
        // first argument, as Go does.
        let mut vspans = spans;
        while vspans.len() < targs.len() {
            vspans.push(args.first().map_or(fs.span, |a| a.span));
        }
        if !self.verify_targs(&tparams, &targs, &vspans) {
            return Operand::bad();
        }
        let sig_t = self.instance_sig(fi, &targs);
        let sig = self.info.types.sig(sig_t).cloned().unwrap();
        self.record_instance(func, x, targs);
        self.record(fs.id, Mode::Value, sig_t);
        if fs.id != func.id {
            self.record(func.id, Mode::Value, sig_t);
        }
        self.info.calls.insert(e.id, CallKind::Static(fi));
        // The arguments against the instance's parameters.
        match &multi {
            Some(ts) => {
                for (i, t) in ts.iter().enumerate() {
                    let pt = self.param_type(&sig, i);
                    if !self.assignable(*t, pt) {
                        self.diags.error(
                            args[0].span,
                            format!(
                                "cannot use {} (value of type {}) as {} value in argument to {}",
                                self.expr_string(&args[0]),
                                self.info.types.name_local(*t),
                                self.info.types.name_local(pt),
                                fname
                            ),
                        );
                    }
                }
            }
            None => {
                for (i, (a, mut op)) in args.iter().zip(ops).enumerate() {
                    let pt = if ellipsis {
                        sig.params[i]
                    } else {
                        self.param_type(&sig, i)
                    };
                    self.assign_op(&mut op, a, pt, &format!("argument to {}", fname));
                }
            }
        }
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: VOID,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0],
            },
            _ => Operand {
                mode: Mode::Value,
                ty: self.info.types.intern(TypeKind::Tuple(sig.results.clone())),
            },
        }
    }

    /// The generic function whose body (or literal in it) is being checked.
    pub(crate) fn current_root(&self) -> Option<FuncIdx> {
        let mut fi = self.fn_idx()?;
        for _ in 0..10_000 {
            let f = &self.info.funcs[fi as usize];
            match f.parent {
                Some(p) if f.lit.is_some() => fi = p,
                _ => return f.is_generic().then_some(fi),
            }
        }
        None
    }

    /// Go's message when an argument's type does not unify with its parameter's.
    fn infer_mismatch(
        &mut self,
        arg: &Expr,
        pt: TypeId,
        at: TypeId,
        tparams: &[TypeId],
        map: &HashMap<TypeId, TypeId>,
    ) {
        let a = self.expr_string(arg);
        let tn = self.info.types.name_local(at);
        let first_known = tparams.first().is_some_and(|p| map.contains_key(p));
        if !first_known && tparams.iter().all(|p| !map.contains_key(p)) {
            let names: Vec<String> = tparams
                .iter()
                .map(|&p| self.info.types.name_local(p))
                .collect();
            self.diags.error(
                arg.span,
                format!(
                    "type {} of {} does not match {} (cannot infer {})",
                    tn,
                    a,
                    self.info.types.name_local(pt),
                    names.join(", ")
                ),
            );
            return;
        }
        let inferred = self.info.types.subst(pt, map);
        if inferred != pt {
            self.diags.error(
                arg.span,
                format!(
                    "type {} of {} does not match inferred type {} for {}",
                    tn,
                    a,
                    self.info.types.name_local(inferred),
                    self.info.types.name_local(pt)
                ),
            );
        } else {
            self.diags.error(
                arg.span,
                format!(
                    "type {} of {} does not match {}",
                    tn,
                    a,
                    self.info.types.name_local(pt)
                ),
            );
        }
    }

    /// Constraint type inference: a type parameter whose constraint has a core type (a
    /// single term) unifies with it; one with a single exact term and no argument yet takes
    /// it. Then the arguments are substituted into each other until nothing changes.
    fn infer_from_constraints(
        &mut self,
        e: &Expr,
        tparams: &[TypeId],
        map: &mut HashMap<TypeId, TypeId>,
    ) -> bool {
        for _ in 0..tparams.len() + 1 {
            let before = map.clone();
            for &p in tparams {
                let ts = self.info.types.type_set(self.info.types.constraint(p));
                let Some(terms) = ts.terms else { continue };
                let term = if terms.len() == 1 {
                    terms[0]
                } else {
                    // Several terms with one core type (channels of one element type).
                    match self.info.types.core_type(p) {
                        Some(c) if c != p => Term { tilde: true, ty: c },
                        _ => continue,
                    }
                };
                match map.get(&p).copied() {
                    Some(a) => {
                        let a = if term.tilde {
                            self.info.types.underlying(a)
                        } else {
                            a
                        };
                        if self.mentions_any(term.ty, tparams)
                            && !self.unify(term.ty, a, tparams, map, 0)
                        {
                            self.diags.error(
                                e.span,
                                format!(
                                    "{} does not match {}",
                                    self.info.types.name_local(p),
                                    self.info.types.name_local(term.ty)
                                ),
                            );
                            return false;
                        }
                    }
                    None => {
                        if !term.tilde {
                            map.insert(p, term.ty);
                        }
                    }
                }
            }
            // Substitute the arguments into each other.
            let keys: Vec<TypeId> = map.keys().copied().collect();
            for k in keys {
                let v = map[&k];
                if self.info.types.is_open(v) {
                    let snapshot = map.clone();
                    let nv = self.info.types.subst(v, &snapshot);
                    map.insert(k, nv);
                }
            }
            if *map == before {
                break;
            }
        }
        // An argument that contains its own parameter was not inferred (a cycle); one that is
        // the parameter itself is a recursive call's.
        let entries: Vec<(TypeId, TypeId)> = map.iter().map(|(&k, &v)| (k, v)).collect();
        for (k, v) in entries {
            if v != k && self.info.types.is_open(v) && self.mentions(v, k) {
                map.remove(&k);
            }
        }
        true
    }

    /// Does `t` mention any of `ps`?
    fn mentions_any(&self, t: TypeId, ps: &[TypeId]) -> bool {
        if !self.info.types.is_open(t) {
            return false;
        }
        let mut found = false;
        self.info
            .types
            .each_tparam(t, &mut |x| found |= ps.contains(&x));
        found
    }

    fn mentions(&self, t: TypeId, p: TypeId) -> bool {
        if t == p {
            return true;
        }
        let mut found = false;
        self.info.types.each_tparam(t, &mut |x| found |= x == p);
        found
    }

    /// Unify parameter type `x` (mentioning `tparams`) with argument type `y`, recording the
    /// inferred arguments in `map` (go/types' unifier, inexact: a named type and a type
    /// literal unify by the named type's underlying type).
    pub(crate) fn unify(
        &self,
        x: TypeId,
        y: TypeId,
        tparams: &[TypeId],
        map: &mut HashMap<TypeId, TypeId>,
        depth: u32,
    ) -> bool {
        if depth > MAX_UNIFY_DEPTH {
            return false;
        }
        let t = &self.info.types;
        // A type parameter first: in a recursive call its argument may be itself.
        if tparams.contains(&x) {
            return match map.get(&x).copied() {
                Some(known) => {
                    known == y
                        || (t.is_named(known) != t.is_named(y)
                            && t.underlying(known) == t.underlying(y))
                }
                None => {
                    map.insert(x, y);
                    true
                }
            };
        }
        let open = self.mentions_any(x, tparams);
        if x == y && !open {
            return true;
        }
        if !open {
            return x == y
                || (t.is_named(x) != t.is_named(y) && t.underlying(x) == t.underlying(y));
        }
        // x is a type literal or an instance mentioning type parameters.
        if t.is_named(x) {
            let (ox, oy) = (t.origin(x), t.origin(y));
            if t.is_named(y) && ox == oy && ox != x {
                let (ax, ay) = (t.targs(x).to_vec(), t.targs(y).to_vec());
                return ax.len() == ay.len()
                    && ax
                        .iter()
                        .zip(&ay)
                        .all(|(&a, &b)| self.unify(a, b, tparams, map, depth + 1));
            }
            // Inexact: a generic named type against a type literal unifies by its
            // underlying type (`Func2[A1, A2, R]` with `func(int, int) int`).
            if !t.is_named(y) {
                let ux = t.underlying(x);
                return ux != x && self.unify(ux, y, tparams, map, depth + 1);
            }
            return false;
        }
        // A named y against a literal x: y's underlying type.
        let yk = t.kind(t.underlying(y)).clone();
        let d = depth + 1;
        match (t.kind(x).clone(), yk) {
            (TypeKind::Pointer(a), TypeKind::Pointer(b))
            | (TypeKind::Slice(a), TypeKind::Slice(b)) => self.unify(a, b, tparams, map, d),
            (TypeKind::Array(a, n), TypeKind::Array(b, m)) => {
                n == m && self.unify(a, b, tparams, map, d)
            }
            // Go 1.19's unifier is inexact: channel directions need not match.
            (TypeKind::Chan(_, a), TypeKind::Chan(_, b)) => self.unify(a, b, tparams, map, d),
            (TypeKind::Map(ka, va), TypeKind::Map(kb, vb)) => {
                self.unify(ka, kb, tparams, map, d) && self.unify(va, vb, tparams, map, d)
            }
            (TypeKind::Func(a), TypeKind::Func(b)) => {
                a.variadic == b.variadic
                    && a.params.len() == b.params.len()
                    && a.results.len() == b.results.len()
                    && a.params
                        .iter()
                        .zip(&b.params)
                        .chain(a.results.iter().zip(&b.results))
                        .all(|(&p, &q)| self.unify(p, q, tparams, map, d))
            }
            (TypeKind::Struct(a), TypeKind::Struct(b)) => {
                a.len() == b.len()
                    && a.iter().zip(&b).all(|(f, g)| {
                        f.name == g.name
                            && f.embedded == g.embedded
                            && self.unify(f.ty, g.ty, tparams, map, d)
                    })
            }
            (TypeKind::Interface(a), TypeKind::Interface(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(&b)
                        .all(|(m, n)| m.name == n.name && self.unify(m.sig, n.sig, tparams, map, d))
            }
            (TypeKind::Tuple(a), TypeKind::Tuple(b)) => {
                a.len() == b.len()
                    && a.iter()
                        .zip(&b)
                        .all(|(&p, &q)| self.unify(p, q, tparams, map, d))
            }
            _ => false,
        }
    }
}
