//! Go's selector lookup (spec "Selectors", go/types' `lookupFieldOrMethod`) and method sets
//! (spec "Method sets"): the one place that knows how embedded fields promote fields and
//! methods.
//!
//! The checker uses these answers to type `x.f`, `x.M` and `T.M` and to decide interface
//! satisfaction; codegen uses the same answers to walk the implicit embedded fields of a
//! selector and to fill type descriptors' method tables, so the two can never disagree.
//!
//! The search is breadth-first by embedding depth: the shallowest match wins, two matches at
//! the same depth are ambiguous, and a named type seen at a shallower depth shadows itself at
//! deeper ones (which also ends the search for recursive types like `type L struct{ *L }`).

use std::collections::{BTreeSet, HashSet};

use super::types::*;
use super::{FuncIdx, Info, ObjKind};

/// What a selector denotes once the implicit embedded fields are taken.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Target {
    /// Field `index` of the struct that holds it (the holder, or what the holder points to).
    Field { index: usize, ty: TypeId },
    /// A method declared on named type `named`; `ptr_recv`: its receiver is a pointer. For
    /// an instance of a generic type, `func` is the generic method, compiled for `named`'s
    /// type arguments, and its signature is `Info::method_sig`'s.
    Method {
        func: FuncIdx,
        ptr_recv: bool,
        named: TypeId,
    },
    /// Method `index` of the holder's interface type; `sig` has no receiver.
    IfaceMethod { index: usize, sig: TypeId },
}

/// A successful lookup of a name in a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Selection {
    pub target: Target,
    /// Indices of the embedded fields traversed, outermost first. Empty: the name belongs to
    /// the operand's own type. The last embedded field of the path (or the operand itself) is
    /// the "holder" of the field or method.
    pub path: Vec<usize>,
    /// A pointer is dereferenced on the way: the operand is a pointer, or the path crosses an
    /// embedded `*T`. (A promoted field is then addressable and every method of the holder's
    /// type is callable, Go's `indirect`.)
    pub indirect: bool,
}

pub enum Lookup {
    Found(Selection),
    NotFound,
    /// Several candidates at the shallowest depth: Go's "ambiguous selector".
    Ambiguous,
}

/// Bound on embedding depth, far beyond anything real; it only guarantees termination for
/// types the shadowing rule does not cut (embedded aliases of unnamed structs).
const MAX_DEPTH: usize = 64;

#[derive(Clone)]
struct Entry {
    typ: TypeId,
    path: Vec<usize>,
    indirect: bool,
    /// The same type was reached along several paths at this depth: any match is ambiguous.
    multiples: bool,
}

impl Info {
    /// `t` without one level of unnamed pointer (Go's `deref`), and whether it was one.
    pub fn deref(&self, t: TypeId) -> (TypeId, bool) {
        match self.types.kind(t) {
            TypeKind::Pointer(e) => (*e, true),
            _ => (t, false),
        }
    }

    fn named_method(&self, t: TypeId, name: &str) -> Option<Target> {
        let ni = self.types.named.get(&t)?;
        let (_, o, ptr) = ni.methods.iter().find(|(m, _, _)| m == name)?;
        match self.objs[*o as usize].kind {
            ObjKind::Func(func) => Some(Target::Method {
                func,
                ptr_recv: *ptr,
                named: t,
            }),
            _ => None,
        }
    }

    /// The signature (a Func type, without receiver) of method `func` declared on named type
    /// `named`: for an instance of a generic type, with the type arguments substituted.
    pub fn method_sig(&self, named: TypeId, func: FuncIdx) -> Option<TypeId> {
        let name = self.funcs[func as usize].short.as_str();
        if let Some(ni) = self.types.named.get(&named) {
            if ni.origin.is_some() {
                return ni.msigs.get(name).copied();
            }
        }
        let full = self.types.sig(self.funcs[func as usize].sig)?;
        let mut s = full.clone();
        if !s.params.is_empty() {
            s.params.remove(0);
        }
        self.types.lookup(&TypeKind::Func(s))
    }

    /// Look `name` up in type `t` as the selector `x.name` with x of type t does (a method
    /// with a pointer receiver is returned even when x is not addressable: callers decide).
    pub fn lookup(&self, t: TypeId, name: &str) -> Lookup {
        if name == "_" {
            return Lookup::NotFound;
        }
        // A named pointer type has no methods, but its pointee's fields are selectable.
        if self.types.is_named(t) {
            if let TypeKind::Pointer(_) = self.types.ukind(t) {
                return match self.lookup(self.types.underlying(t), name) {
                    Lookup::Found(s) if !matches!(s.target, Target::Field { .. }) => {
                        Lookup::NotFound
                    }
                    r => r,
                };
            }
        }
        let (typ, is_ptr) = self.deref(t);
        self.lookup_from(typ, is_ptr, name)
    }

    /// `lookup` in `*typ` (ptr) or `typ`, for a type `*typ` that need not be interned.
    pub fn lookup_from(&self, typ: TypeId, ptr: bool, name: &str) -> Lookup {
        // *I for an interface I has neither fields nor methods; a type parameter has only its
        // constraint's methods (the checker's selector handles those), never fields.
        if (ptr && self.types.is_interface(typ)) || self.types.is_tparam(typ) {
            return Lookup::NotFound;
        }
        let mut current = vec![Entry {
            typ,
            path: Vec::new(),
            indirect: ptr,
            multiples: false,
        }];
        let mut seen: HashSet<TypeId> = HashSet::new();
        for _ in 0..MAX_DEPTH {
            if current.is_empty() {
                break;
            }
            let mut next: Vec<Entry> = Vec::new();
            let mut found: Option<Selection> = None;
            for e in &current {
                if self.types.is_named(e.typ) {
                    if !seen.insert(e.typ) {
                        // Seen at a shallower depth, which shadows this occurrence.
                        continue;
                    }
                    if let Some(target) = self.named_method(e.typ, name) {
                        if found.is_some() || e.multiples {
                            return Lookup::Ambiguous;
                        }
                        found = Some(Selection {
                            target,
                            path: e.path.clone(),
                            indirect: e.indirect,
                        });
                        continue;
                    }
                }
                match self.types.ukind(e.typ) {
                    TypeKind::Struct(fs) => {
                        for (i, f) in fs.iter().enumerate() {
                            if f.name == name {
                                if found.is_some() || e.multiples {
                                    return Lookup::Ambiguous;
                                }
                                found = Some(Selection {
                                    target: Target::Field { index: i, ty: f.ty },
                                    path: e.path.clone(),
                                    indirect: e.indirect,
                                });
                                continue;
                            }
                            // Deeper candidates matter only while nothing matched here.
                            if found.is_none() && f.embedded {
                                let (ft, p) = self.deref(f.ty);
                                let mut path = e.path.clone();
                                path.push(i);
                                next.push(Entry {
                                    typ: ft,
                                    path,
                                    indirect: e.indirect || p,
                                    multiples: e.multiples,
                                });
                            }
                        }
                    }
                    TypeKind::Interface(ms) => {
                        if let Some(index) = ms.iter().position(|m| m.name == name) {
                            if found.is_some() || e.multiples {
                                return Lookup::Ambiguous;
                            }
                            found = Some(Selection {
                                target: Target::IfaceMethod {
                                    index,
                                    sig: ms[index].sig,
                                },
                                path: e.path.clone(),
                                indirect: e.indirect,
                            });
                        }
                    }
                    _ => {}
                }
            }
            if let Some(s) = found {
                return Lookup::Found(s);
            }
            current = consolidate_multiples(next);
        }
        Lookup::NotFound
    }

    /// The type of the holder of a selection on an operand of type `t`: the last embedded
    /// field of `path`, or `t` itself when the path is empty.
    pub fn holder_type(&self, t: TypeId, path: &[usize]) -> TypeId {
        let mut cur = t;
        for &i in path {
            let (st, _) = self.deref(cur);
            match self.types.ukind(st) {
                TypeKind::Struct(fs) if i < fs.len() => cur = fs[i].ty,
                _ => return VOID,
            }
        }
        cur
    }

    /// The method set of type `t` (spec "Method sets"), sorted by name: the methods declared on
    /// t (all of them for `*N`, the value-receiver ones for `N`), promoted methods of embedded
    /// fields (a pointer-receiver method only when t is a pointer or the path crosses an
    /// embedded pointer), and the methods of embedded interfaces. Interface types are not
    /// handled here (their method set is their method list).
    pub fn method_set(&self, t: TypeId) -> Vec<(String, Selection)> {
        // A named pointer type has no methods.
        if self.types.is_named(t) && self.types.is_pointer(t) {
            return Vec::new();
        }
        let (typ, ptr) = self.deref(t);
        self.method_set_from(typ, ptr)
    }

    /// `method_set` of `*typ` (ptr) or `typ`.
    pub fn method_set_from(&self, typ: TypeId, ptr: bool) -> Vec<(String, Selection)> {
        // Every name a lookup could find: methods of every type reachable by embedding.
        let mut names: BTreeSet<String> = BTreeSet::new();
        let mut seen: HashSet<TypeId> = HashSet::new();
        let mut stack = vec![typ];
        while let Some(x) = stack.pop() {
            if !seen.insert(x) || seen.len() > 10_000 {
                continue;
            }
            if let Some(ni) = self.types.named.get(&x) {
                names.extend(ni.methods.iter().map(|(n, _, _)| n.clone()));
            }
            match self.types.ukind(x) {
                TypeKind::Struct(fs) => {
                    for f in fs.iter().filter(|f| f.embedded) {
                        stack.push(self.deref(f.ty).0);
                    }
                }
                TypeKind::Interface(ms) => names.extend(ms.iter().map(|m| m.name.clone())),
                _ => {}
            }
        }
        names
            .into_iter()
            .filter_map(|n| match self.lookup_from(typ, ptr, &n) {
                Lookup::Found(s) => match s.target {
                    Target::Field { .. } => None,
                    Target::Method { ptr_recv, .. } if ptr_recv && !s.indirect => None,
                    _ => Some((n, s)),
                },
                _ => None,
            })
            .collect()
    }
}

/// Go's consolidateMultiples: entries of the same type at one depth become one entry marked
/// `multiples` (keeping the first path), so a match through it is reported as ambiguous.
fn consolidate_multiples(list: Vec<Entry>) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::with_capacity(list.len());
    for e in list {
        match out.iter_mut().find(|o| o.typ == e.typ) {
            Some(o) => o.multiples = true,
            None => out.push(e),
        }
    }
    out
}
