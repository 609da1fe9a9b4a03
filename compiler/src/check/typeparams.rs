//! Type parameters in the type table: substitution (a type with its parameters replaced by
//! type arguments), instances of generic types, type sets of constraints and the predicates
//! over them (core types, "every type in the set is numeric"), as go/types' subst.go,
//! typeset.go and under.go define them.
//!
//! Invariants: an instance of a generic type is interned once per (generic type, type
//! arguments), so type identity stays id equality; a type that mentions no type parameter
//! substitutes to itself; and the substitution of an instance's type arguments gives the
//! instance of the substituted arguments (`Stack[T]` with T := int is `Stack[int]`).

use std::collections::HashMap;

use super::types::*;

impl Types {
    /// A new type parameter named `name` (its constraint is set once resolved).
    pub fn new_tparam(&mut self, name: &str, owner: TParamOwner, index: usize) -> TypeId {
        let uid = self.fresh_uid();
        let id = self.intern(TypeKind::TypeParam {
            name: name.to_string(),
            uid,
        });
        self.tparams.insert(
            id,
            TParamInfo {
                constraint: ANY,
                owner,
                index,
            },
        );
        id
    }

    pub fn is_tparam(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::TypeParam { .. })
    }

    /// The constraint of type parameter `t` (an Interface or Constraint type).
    pub fn constraint(&self, t: TypeId) -> TypeId {
        self.tparams.get(&t).map_or(ANY, |p| p.constraint)
    }

    /// Does `t` mention a type parameter?
    pub fn is_open(&self, t: TypeId) -> bool {
        self.open_depth(t, 0)
    }

    fn open_depth(&self, t: TypeId, depth: u32) -> bool {
        if depth > 64 {
            return false;
        }
        let o = |x: TypeId| self.open_depth(x, depth + 1);
        match self.kind(t) {
            TypeKind::TypeParam { .. } => true,
            TypeKind::Basic(_) => false,
            TypeKind::Array(e, _) | TypeKind::Slice(e) | TypeKind::Pointer(e) => o(*e),
            TypeKind::Chan(_, e) => o(*e),
            TypeKind::Map(k, v) => o(*k) || o(*v),
            TypeKind::Func(s) => s.params.iter().chain(&s.results).any(|&x| o(x)),
            TypeKind::Struct(fs) => fs.iter().any(|f| o(f.ty)),
            TypeKind::Interface(ms) => ms.iter().any(|m| o(m.sig)),
            TypeKind::Constraint(ts) => {
                ts.methods.iter().any(|m| o(m.sig))
                    || ts.terms.iter().flatten().any(|term| o(term.ty))
            }
            TypeKind::Tuple(ts) => ts.iter().any(|&x| o(x)),
            TypeKind::Named { .. } => self.named[&t].targs.iter().any(|&x| o(x)),
        }
    }

    /// The owner of the type parameters `t` mentions, when they all have one owner.
    pub fn open_owner(&self, t: TypeId) -> Option<TParamOwner> {
        let mut owner = None;
        let mut mixed = false;
        self.visit_tparams(t, 0, &mut |p| {
            let o = self.tparams.get(&p).map(|i| i.owner);
            if owner.is_none() {
                owner = o;
            } else if owner != o {
                mixed = true;
            }
        });
        if mixed {
            None
        } else {
            owner
        }
    }

    fn visit_tparams(&self, t: TypeId, depth: u32, f: &mut dyn FnMut(TypeId)) {
        if depth > 64 {
            return;
        }
        let d = depth + 1;
        match self.kind(t) {
            TypeKind::TypeParam { .. } => f(t),
            TypeKind::Basic(_) => {}
            TypeKind::Array(e, _) | TypeKind::Slice(e) | TypeKind::Pointer(e) => {
                self.visit_tparams(*e, d, f)
            }
            TypeKind::Chan(_, e) => self.visit_tparams(*e, d, f),
            TypeKind::Map(k, v) => {
                self.visit_tparams(*k, d, f);
                self.visit_tparams(*v, d, f)
            }
            TypeKind::Func(s) => {
                for &x in s.params.iter().chain(&s.results) {
                    self.visit_tparams(x, d, f)
                }
            }
            TypeKind::Struct(fs) => {
                for fl in fs {
                    self.visit_tparams(fl.ty, d, f)
                }
            }
            TypeKind::Interface(ms) => {
                for m in ms {
                    self.visit_tparams(m.sig, d, f)
                }
            }
            TypeKind::Constraint(ts) => {
                for m in &ts.methods {
                    self.visit_tparams(m.sig, d, f)
                }
                for term in ts.terms.iter().flatten() {
                    self.visit_tparams(term.ty, d, f)
                }
            }
            TypeKind::Tuple(ts) => {
                for &x in ts {
                    self.visit_tparams(x, d, f)
                }
            }
            TypeKind::Named { .. } => {
                for &x in &self.named[&t].targs.clone() {
                    self.visit_tparams(x, d, f)
                }
            }
        }
    }

    /// Call `f` with every type parameter `t` mentions.
    pub fn each_tparam(&self, t: TypeId, f: &mut dyn FnMut(TypeId)) {
        self.visit_tparams(t, 0, f)
    }

    /// `t` with every type parameter in `map` replaced (go/types' subst).
    pub fn subst(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>) -> TypeId {
        if map.is_empty() {
            return t;
        }
        self.subst_depth(t, map, 0)
    }

    fn subst_depth(&mut self, t: TypeId, map: &HashMap<TypeId, TypeId>, depth: u32) -> TypeId {
        if depth > 64 {
            return t;
        }
        let d = depth + 1;
        let k = self.kind(t).clone();
        let nk = match k {
            TypeKind::TypeParam { .. } => return map.get(&t).copied().unwrap_or(t),
            TypeKind::Basic(_) => return t,
            TypeKind::Array(e, n) => TypeKind::Array(self.subst_depth(e, map, d), n),
            TypeKind::Slice(e) => TypeKind::Slice(self.subst_depth(e, map, d)),
            TypeKind::Pointer(e) => TypeKind::Pointer(self.subst_depth(e, map, d)),
            TypeKind::Chan(dir, e) => TypeKind::Chan(dir, self.subst_depth(e, map, d)),
            TypeKind::Map(k, v) => {
                TypeKind::Map(self.subst_depth(k, map, d), self.subst_depth(v, map, d))
            }
            TypeKind::Func(s) => TypeKind::Func(Sig {
                params: s
                    .params
                    .iter()
                    .map(|&x| self.subst_depth(x, map, d))
                    .collect(),
                results: s
                    .results
                    .iter()
                    .map(|&x| self.subst_depth(x, map, d))
                    .collect(),
                variadic: s.variadic,
            }),
            TypeKind::Struct(fs) => TypeKind::Struct(
                fs.into_iter()
                    .map(|f| FieldT {
                        ty: self.subst_depth(f.ty, map, d),
                        ..f
                    })
                    .collect(),
            ),
            TypeKind::Interface(ms) => TypeKind::Interface(
                ms.into_iter()
                    .map(|m| MethodT {
                        sig: self.subst_depth(m.sig, map, d),
                        ..m
                    })
                    .collect(),
            ),
            TypeKind::Constraint(ts) => TypeKind::Constraint(TypeSet {
                methods: ts
                    .methods
                    .into_iter()
                    .map(|m| MethodT {
                        sig: self.subst_depth(m.sig, map, d),
                        ..m
                    })
                    .collect(),
                terms: ts.terms.map(|terms| {
                    terms
                        .into_iter()
                        .map(|term| Term {
                            tilde: term.tilde,
                            ty: self.subst_depth(term.ty, map, d),
                        })
                        .collect()
                }),
                comparable: ts.comparable,
                implicit: ts.implicit,
            }),
            TypeKind::Tuple(ts) => {
                TypeKind::Tuple(ts.iter().map(|&x| self.subst_depth(x, map, d)).collect())
            }
            TypeKind::Named { .. } => {
                let ni = &self.named[&t];
                let Some(origin) = ni.origin else {
                    return t;
                };
                let targs = ni.targs.clone();
                let new: Vec<TypeId> = targs.iter().map(|&x| self.subst_depth(x, map, d)).collect();
                if new == targs {
                    return t;
                }
                return self.instantiate(origin, &new);
            }
        };
        self.intern(nk)
    }

    /// The instance of generic type `origin` for `targs` (made on first use). Its underlying
    /// type is the origin's with the parameters substituted, computed now when the origin's
    /// declaration is complete, else when it completes (`complete_generic`).
    pub fn instantiate(&mut self, origin: TypeId, targs: &[TypeId]) -> TypeId {
        let key = (origin, targs.to_vec());
        if let Some(&t) = self.instances.get(&key) {
            return t;
        }
        let (pkg, name) = match self.kind(origin) {
            TypeKind::Named { pkg, name, .. } => (pkg.clone(), name.clone()),
            _ => return origin,
        };
        let id = self.new_named(&pkg, &name);
        self.instances.insert(key, id);
        let oi = self.named[&origin].clone();
        {
            let ni = self.named.get_mut(&id).unwrap();
            ni.origin = Some(origin);
            ni.targs = targs.to_vec();
            ni.pkgpath = oi.pkgpath.clone();
            ni.methods = oi.methods.clone();
            ni.complete = false;
        }
        if oi.complete {
            self.expand(id);
        }
        id
    }

    /// Compute an instance's underlying type from its origin's.
    fn expand(&mut self, inst: TypeId) {
        let ni = self.named[&inst].clone();
        let Some(origin) = ni.origin else { return };
        let oi = self.named[&origin].clone();
        let map: HashMap<TypeId, TypeId> = oi
            .tparams
            .iter()
            .copied()
            .zip(ni.targs.iter().copied())
            .collect();
        // Mark first: the underlying type may contain the instance itself.
        self.named.get_mut(&inst).unwrap().complete = true;
        let u = self.subst(oi.underlying, &map);
        let u = self.underlying(u);
        let n = self.named.get_mut(&inst).unwrap();
        n.underlying = u;
        n.methods = oi.methods;
        self.instance_msigs(inst);
    }

    /// An instance's method signatures from its origin's generic ones.
    fn instance_msigs(&mut self, inst: TypeId) {
        let ni = &self.named[&inst];
        let Some(origin) = ni.origin else { return };
        let targs = ni.targs.clone();
        let gens = self
            .method_generics
            .get(&origin)
            .cloned()
            .unwrap_or_default();
        let mut msigs = HashMap::new();
        for (name, sig, tps) in gens {
            let map: HashMap<TypeId, TypeId> =
                tps.iter().copied().zip(targs.iter().copied()).collect();
            let s = self.subst(sig, &map);
            msigs.insert(name, s);
        }
        self.named.get_mut(&inst).unwrap().msigs = msigs;
    }

    /// The generic type `origin`'s declaration is resolved: expand its waiting instances.
    pub fn complete_generic(&mut self, origin: TypeId) {
        if let Some(n) = self.named.get_mut(&origin) {
            n.complete = true;
        }
        let waiting: Vec<TypeId> = self
            .instances
            .iter()
            .filter(|((o, _), &t)| *o == origin && !self.named[&t].complete)
            .map(|(_, &t)| t)
            .collect();
        for t in waiting {
            self.expand(t);
        }
    }

    /// The methods' list of every instance again from its origin (methods are bound to
    /// their types after all types are resolved).
    pub fn refresh_instance_methods(&mut self) {
        let insts: Vec<(TypeId, TypeId)> =
            self.instances.iter().map(|((o, _), &t)| (*o, t)).collect();
        for (o, t) in insts {
            let ms = self.named[&o].methods.clone();
            self.named.get_mut(&t).unwrap().methods = ms;
            self.instance_msigs(t);
        }
    }

    /// The type arguments an instance's methods are compiled with (empty for other types).
    pub fn targs(&self, t: TypeId) -> &[TypeId] {
        match self.named.get(&t) {
            Some(ni) => &ni.targs,
            None => &[],
        }
    }

    /// The generic type an instance was made from (itself for other types).
    pub fn origin(&self, t: TypeId) -> TypeId {
        self.named.get(&t).and_then(|n| n.origin).unwrap_or(t)
    }

    /// Is `t` a generic type (one that needs type arguments)?
    pub fn is_generic(&self, t: TypeId) -> bool {
        self.named.get(&t).is_some_and(|n| !n.tparams.is_empty())
    }

    pub(super) fn fresh_uid(&mut self) -> u32 {
        self.bump_uid()
    }

    /// The type set of a constraint: its terms (None: all types), methods, comparable.
    pub fn type_set(&self, c: TypeId) -> TypeSet {
        match self.ukind(c) {
            TypeKind::Constraint(ts) => ts.clone(),
            TypeKind::Interface(ms) => TypeSet {
                methods: ms.clone(),
                terms: None,
                comparable: false,
                implicit: false,
            },
            _ => TypeSet {
                methods: Vec::new(),
                terms: Some(vec![Term {
                    tilde: false,
                    ty: c,
                }]),
                comparable: false,
                implicit: false,
            },
        }
    }

    /// The terms of type parameter `t`'s type set (None: any type).
    pub fn tparam_terms(&self, t: TypeId) -> Option<Vec<Term>> {
        self.type_set(self.constraint(t)).terms
    }

    /// Go's core type: for a type parameter, the single underlying type of every type in its
    /// type set (None when they differ or the set is unrestricted); for others, the
    /// underlying type.
    pub fn core_type(&self, t: TypeId) -> Option<TypeId> {
        if !self.is_tparam(t) {
            return Some(self.underlying(t));
        }
        if self.tparams.get(&t).is_none_or(|p| p.constraint == VOID) {
            return None;
        }
        let terms = self.tparam_terms(t)?;
        let mut core: Option<TypeId> = None;
        for term in &terms {
            let u = if self.is_tparam(term.ty) {
                self.core_type(term.ty)?
            } else {
                self.underlying(term.ty)
            };
            match core {
                None => core = Some(u),
                Some(c) if c == u => {}
                Some(c) => {
                    // Channels of one element type with different directions have the
                    // restrictive direction as core type; other differences have none.
                    match (self.kind(c), self.kind(u)) {
                        (TypeKind::Chan(d1, e1), TypeKind::Chan(d2, e2)) if e1 == e2 => {
                            use crate::syntax::ast::ChanDir;
                            if *d1 == ChanDir::Both {
                                core = Some(u);
                            } else if *d2 != ChanDir::Both && d1 != d2 {
                                return None;
                            }
                        }
                        _ => return None,
                    }
                }
            }
        }
        core
    }

    /// Whether `pred` holds for the underlying type of every type in the type set of `t` (a
    /// type parameter with terms), or for `t`'s underlying type. A type parameter with an
    /// unrestricted type set fails every predicate.
    pub fn all_terms(&self, t: TypeId, pred: &dyn Fn(&Types, TypeId) -> bool) -> bool {
        if !self.is_tparam(t) {
            return pred(self, t);
        }
        match self.tparam_terms(t) {
            None => false,
            Some(terms) => {
                !terms.is_empty() && terms.iter().all(|term| self.all_terms(term.ty, pred))
            }
        }
    }

    /// The types of `t`'s type set, for checks per type (a constant representable in each,
    /// conversions valid for each): `t` itself unless it is a type parameter with terms.
    pub fn term_types(&self, t: TypeId) -> Vec<TypeId> {
        if !self.is_tparam(t) {
            return vec![t];
        }
        match self.tparam_terms(t) {
            None => vec![],
            Some(terms) => terms
                .iter()
                .flat_map(|term| self.term_types(term.ty))
                .collect(),
        }
    }

    /// Does the constraint of type parameter `t` make its values comparable with ==?
    pub fn tparam_comparable(&self, t: TypeId) -> bool {
        let ts = self.type_set(self.constraint(t));
        if ts.comparable {
            return true;
        }
        match ts.terms {
            None => false,
            Some(terms) => terms.iter().all(|term| {
                if self.is_tparam(term.ty) {
                    self.tparam_comparable(term.ty)
                } else {
                    self.comparable(term.ty)
                }
            }),
        }
    }

    /// Intersection of two term lists (None: all types), as typeset.go's intersectTermLists.
    pub fn intersect_terms(&self, a: Option<Vec<Term>>, b: Option<Vec<Term>>) -> Option<Vec<Term>> {
        match (a, b) {
            (None, x) | (x, None) => x,
            (Some(a), Some(b)) => {
                let mut out = Vec::new();
                for x in &a {
                    for y in &b {
                        if let Some(t) = self.intersect_term(*x, *y) {
                            if !out.contains(&t) {
                                out.push(t);
                            }
                        }
                    }
                }
                Some(out)
            }
        }
    }

    fn intersect_term(&self, x: Term, y: Term) -> Option<Term> {
        let ux = self.underlying(x.ty);
        let uy = self.underlying(y.ty);
        match (x.tilde, y.tilde) {
            (true, true) => (ux == uy).then_some(x),
            (true, false) => (ux == uy).then_some(y),
            (false, true) => (ux == uy).then_some(x),
            (false, false) => (x.ty == y.ty).then_some(x),
        }
    }

    /// Is `t` in the terms' type set (`T` or a type whose underlying type is `U` for `~U`)?
    pub fn in_terms(&self, t: TypeId, terms: &[Term]) -> bool {
        terms.iter().any(|term| {
            if term.tilde {
                self.underlying(t) == self.underlying(term.ty)
            } else {
                t == term.ty
            }
        })
    }
}
