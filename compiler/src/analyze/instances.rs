//! Instances of generic functions and methods: which (function, type arguments) pairs the
//! program needs, and for each one the substitution codegen applies to every type it reads
//! from the checker's tables (full monomorphization; docs/DESIGN-NOTES.md says why).
//!
//! The set is closed from the roots: uses of generic functions with concrete type arguments
//! (in ordinary code), and every concrete instance of a generic type (whose methods its
//! method table may reach). Processing an instance substitutes the types its body mentions,
//! which yields the instances its own generic calls and generic types ask for, until nothing
//! new appears. Type arguments are always concrete here, so every substituted type is too.

use std::collections::HashMap;

use crate::check::types::{TParamOwner, TypeId, Types};
use crate::check::{FuncIdx, Info, ObjKind};

/// More instances than any real program has.
const MAX_INSTANCES: usize = 100_000;

/// One instance: generic function (or method of a generic type) `root` compiled for `targs`.
pub struct Instance {
    pub root: FuncIdx,
    pub targs: Vec<TypeId>,
    /// Every type of the root's body (and of its function literals) that mentions its type
    /// parameters -> that type for these arguments.
    pub map: HashMap<TypeId, TypeId>,
}

#[derive(Default)]
pub struct Instances {
    pub list: Vec<Instance>,
    index: HashMap<(FuncIdx, Vec<TypeId>), u32>,
}

impl Instances {
    pub fn get(&self, root: FuncIdx, targs: &[TypeId]) -> Option<u32> {
        self.index.get(&(root, targs.to_vec())).copied()
    }

    /// `t` for instance `inst`.
    pub fn subst(&self, inst: Option<u32>, t: TypeId) -> TypeId {
        match inst {
            Some(i) => self.list[i as usize].map.get(&t).copied().unwrap_or(t),
            None => t,
        }
    }
}

/// The generic declaration whose instance a function is compiled within: itself or, for a
/// function literal, its outermost enclosing function, when that is generic.
pub fn generic_root(info: &Info, mut fi: FuncIdx) -> Option<FuncIdx> {
    for _ in 0..10_000 {
        let f = &info.funcs[fi as usize];
        match f.parent {
            Some(p) if f.lit.is_some() => fi = p,
            _ => return f.is_generic().then_some(fi),
        }
    }
    None
}

pub fn instantiate(info: &mut Info) -> Instances {
    let types = &mut info.types;
    let n = types.count() as TypeId;
    // Open types by the generic function that owns their type parameters.
    let mut by_owner: HashMap<FuncIdx, Vec<TypeId>> = HashMap::new();
    for t in 0..n {
        if types.is_open(t) {
            if let Some(TParamOwner::Func(fi)) = types.open_owner(t) {
                by_owner.entry(fi).or_default().push(t);
            }
        }
    }
    // Uses of generic functions, by the generic function they appear in (None: ordinary
    // code, so their type arguments are concrete).
    let mut sites: HashMap<Option<FuncIdx>, Vec<(FuncIdx, Vec<TypeId>)>> = HashMap::new();
    for (node, targs) in &info.instances {
        let Some(&o) = info.idents.get(node) else {
            continue;
        };
        let ObjKind::Func(g) = info.objs[o as usize].kind else {
            continue;
        };
        let owner = targs.iter().find_map(|&t| match types.open_owner(t) {
            Some(TParamOwner::Func(f)) => Some(f),
            _ => None,
        });
        sites.entry(owner).or_default().push((g, targs.clone()));
    }
    let mut out = Instances::default();
    let mut work: Vec<(FuncIdx, Vec<TypeId>)> = sites.get(&None).cloned().unwrap_or_default();
    let mut scanned: TypeId = 0;
    loop {
        // Methods of concrete instances of generic types made so far.
        let count = types.count() as TypeId;
        for t in scanned..count {
            method_instances(
                types,
                info_funcs_generic(&info.funcs),
                &info.objs,
                t,
                &mut work,
            );
        }
        scanned = count;
        let Some((g, targs)) = work.pop() else { break };
        // The checker rejects instantiation cycles of functions; a generic type whose methods
        // instantiate it with growing arguments could still ask for instances without end:
        // stop (codegen then reports the instance it lacks as an internal error, never hangs).
        if out.list.len() >= MAX_INSTANCES {
            break;
        }
        if out.index.contains_key(&(g, targs.clone())) {
            continue;
        }
        let tparams = info.funcs[g as usize].tparams.clone();
        let base: HashMap<TypeId, TypeId> =
            tparams.iter().copied().zip(targs.iter().copied()).collect();
        let mut map = base.clone();
        for &t in by_owner.get(&g).map(|v| v.as_slice()).unwrap_or(&[]) {
            let s = types.subst(t, &base);
            map.insert(t, s);
        }
        for (h, hargs) in sites.get(&Some(g)).map(|v| v.as_slice()).unwrap_or(&[]) {
            let a: Vec<TypeId> = hargs.iter().map(|&x| types.subst(x, &base)).collect();
            work.push((*h, a));
        }
        out.index.insert((g, targs.clone()), out.list.len() as u32);
        out.list.push(Instance {
            root: g,
            targs,
            map,
        });
    }
    out
}

fn info_funcs_generic(funcs: &[crate::check::FuncBody]) -> impl Fn(FuncIdx) -> bool + '_ {
    move |fi| funcs[fi as usize].is_generic()
}

/// The instances of generic methods a concrete instance `t` of a generic type needs.
fn method_instances(
    types: &Types,
    is_generic: impl Fn(FuncIdx) -> bool,
    objs: &[crate::check::Object],
    t: TypeId,
    work: &mut Vec<(FuncIdx, Vec<TypeId>)>,
) {
    let Some(ni) = types.named.get(&t) else {
        return;
    };
    if ni.origin.is_none() || !ni.complete || ni.targs.iter().any(|&a| types.is_open(a)) {
        return;
    }
    for (_, o, _) in &ni.methods {
        if let ObjKind::Func(m) = objs[*o as usize].kind {
            if is_generic(m) {
                work.push((m, ni.targs.clone()));
            }
        }
    }
}
