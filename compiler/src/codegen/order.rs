//! Go's order of evaluation inside a statement, as gc implements it (cmd/compile's
//! walk/order.go): the "ordering points" of a statement's expressions — calls, receives and the
//! other operations gc copies into temporaries — are evaluated first, in lexical left-to-right
//! order, and everything else (variables, fields, index expressions, dereferences, arithmetic)
//! is read afterwards, when the statement's own operation is carried out.
//!
//! `order_expr` walks an expression the way gc's order pass does, evaluates each ordering point
//! at its place in that walk and records its value in `FnGen::pre` under the expression's id;
//! the ordinary lowering (`expr`, `expr_multi`, `call`) that follows takes those values instead
//! of evaluating the expressions again. An expression without ordering points is lowered
//! exactly as before, so code without calls is unchanged.
//!
//! The rules, each checked against Go 1.19 (tests/programs/basics/eval_order_*.go):
//! - ordering points: function, method and interface calls (with builtins len, cap, make, new,
//!   append, copy, recover, and conversions string -> []byte / []rune), receives `<-c`, slice
//!   expressions `x[i:j]`, type assertions to a type that is not pointer-shaped, `&&` and `||`
//!   (evaluated whole where they stand; their right operand is its own unit, run only when
//!   needed), and map literals with an entry that is not constant (built at their place:
//!   constant entries first, then the others one at a time, each ordered on its own);
//! - read late (not copied): variables, fields, `a[i]`, `*p`, map index `m[k]`, arithmetic,
//!   comparisons, string concatenation, string([]byte), the function value of a call, the
//!   receiver of a method call and the interface of an interface call;
//! - copied where they stand (gc's addrTemp): an operand converted to an interface when its type
//!   is passed to the runtime by address (not 2-, 4- or 8-byte pointer-free values, not strings
//!   or slices or types whose sole component is one, i.e. bool, int8, uint8, structs, arrays,
//!   pointers, maps, chans, funcs...) unless it is a global variable or an addressable
//!   expression other than a variable name (`s.f`, `a[i]`, `*p`); the same for both operands
//!   of a struct or array comparison, and for the key of a map whose key type has no fast
//!   runtime path (not 4- or 8-byte memory-comparable types, not strings);
//! - units of their own: each operand of a `defer` or `go` statement (function value, receiver,
//!   arguments, strictly in order), each value of a `var` declaration listing several, each
//!   case of a switch or select, a loop condition at each iteration.

use crate::check::types::*;
use crate::check::{Builtin, CallKind, Mode, ObjKind};
use crate::syntax::ast::*;

use super::call::sig_targets;
use super::func::{strip, FnGen, Val, R};
use super::layout::has_pointers;

/// How an operand is used where it stands, which decides whether gc copies it there.
#[derive(Clone, Copy)]
pub(crate) enum Ctx {
    Plain,
    /// Assigned (passed, returned, stored) to a value of this type: converted to it.
    To(TypeId),
    /// The key of a map of this type.
    MapKey(TypeId),
    /// An operand of a struct or array comparison.
    Cmp,
}

impl<'c, 'a> FnGen<'c, 'a> {
    /// Evaluate `e` as one unit of evaluation order: its ordering points, then the rest.
    pub fn expr_unit(&mut self, e: &Expr) -> R<Val> {
        self.order_expr(e, Ctx::Plain)?;
        self.expr(e)
    }

    /// `expr_unit` converted to `target`.
    pub fn expr_unit_to(&mut self, e: &Expr, target: TypeId) -> R<Val> {
        self.order_expr(e, Ctx::To(target))?;
        self.expr_to(e, target)
    }

    /// A value recorded by `order_expr` for expression `id`, taken once.
    pub(super) fn take_pre(&mut self, id: NodeId) -> Option<Vec<Val>> {
        if self.pre.is_empty() {
            return None;
        }
        self.pre.remove(&id)
    }

    /// Evaluate the ordering points of `e` in gc's order (see the module comment), recording
    /// their values for the lowering of `e` that must follow in the same block.
    pub fn order_expr(&mut self, e: &Expr, ctx: Ctx) -> R<()> {
        let info = self.cg.info;
        let s = strip(e);
        if self.pre.contains_key(&s.id) {
            return Ok(());
        }
        let Some(tv) = info.tv(s.id) else {
            return Ok(());
        };
        match tv.mode {
            Mode::Const(_)
            | Mode::Nil
            | Mode::Type
            | Mode::Package
            | Mode::Builtin(_)
            | Mode::Lib(_) => return Ok(()),
            _ => {}
        }
        let ty = self.cg.sub(tv.ty);
        match &s.kind {
            ExprKind::Selector(x, _) => {
                let qualified = info.idents.contains_key(&s.id);
                let method_expr = info.method_exprs.contains_key(&s.id)
                    || info.method_sel.get(&s.id).is_some_and(|m| m.expr);
                if !qualified && !method_expr {
                    self.order_expr(x, Ctx::Plain)?;
                }
            }
            ExprKind::CompositeLit { elts, .. } => {
                let t = if info.elided_addr.contains(&s.id) {
                    self.types().elem(ty).unwrap_or(VOID)
                } else {
                    ty
                };
                match self.types().ukind(t).clone() {
                    TypeKind::Map(kt, vt) => {
                        let dynamic = elts.iter().any(|el| {
                            !el.key.as_ref().is_some_and(|k| self.static_lit(k, kt))
                                || !self.static_lit(&el.value, vt)
                        });
                        if dynamic {
                            return self.order_point(s);
                        }
                    }
                    TypeKind::Struct(fs) => {
                        for (i, el) in elts.iter().enumerate() {
                            let fidx = match &el.key {
                                Some(k) => info.field_index.get(&k.id).copied().unwrap_or(i),
                                None => i,
                            };
                            let ft = fs.get(fidx).map_or(VOID, |f| f.ty);
                            self.order_expr(&el.value, Ctx::To(ft))?;
                        }
                    }
                    TypeKind::Array(el, _) | TypeKind::Slice(el) => {
                        for elt in elts {
                            self.order_expr(&elt.value, Ctx::To(el))?;
                        }
                    }
                    _ => {}
                }
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty_of(x);
                self.order_expr(x, Ctx::Plain)?;
                if matches!(self.types().ukind(xt), TypeKind::Map(..)) {
                    self.order_expr(&idx[0], Ctx::MapKey(xt))?;
                    // m[string(b)] is looked up at once, while b's bytes are the key's.
                    if self.is_bytes_to_string(&idx[0]) {
                        return self.order_point(s);
                    }
                } else {
                    self.order_expr(&idx[0], Ctx::Plain)?;
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.order_expr(x, Ctx::Plain)?;
                for i in [lo, hi, max].into_iter().flatten() {
                    self.order_expr(i, Ctx::Plain)?;
                }
                return self.order_point(s);
            }
            ExprKind::TypeAssert(x, t) => {
                self.order_expr(x, Ctx::Plain)?;
                if t.is_some() && !self.direct_iface(ty) {
                    return self.order_point(s);
                }
            }
            ExprKind::Call { .. } if self.order_call(s)? => return self.order_point(s),
            ExprKind::Star(x) => self.order_expr(x, Ctx::Plain)?,
            ExprKind::Unary(op, x) => {
                self.order_expr(x, Ctx::Plain)?;
                if *op == UnOp::Recv {
                    return self.order_point(s);
                }
            }
            ExprKind::Binary(op, a, b) => {
                if matches!(op, BinOp::LAnd | BinOp::LOr) {
                    // Evaluated whole where it stands (each operand a unit of its own).
                    return self.order_point(s);
                }
                let (at, bt) = (self.ty_of(a), self.ty_of(b));
                let types = self.types();
                let (ca, cb) =
                    if op.is_comparison() && types.is_interface(at) != types.is_interface(bt) {
                        // The concrete operand is converted to the other's interface type.
                        if types.is_interface(at) {
                            (Ctx::Plain, Ctx::To(at))
                        } else {
                            (Ctx::To(bt), Ctx::Plain)
                        }
                    } else if matches!(op, BinOp::Eq | BinOp::Ne)
                        && matches!(types.ukind(at), TypeKind::Struct(_) | TypeKind::Array(..))
                    {
                        (Ctx::Cmp, Ctx::Cmp)
                    } else {
                        (Ctx::Plain, Ctx::Plain)
                    };
                self.order_expr(a, ca)?;
                self.order_expr(b, cb)?;
            }
            _ => {}
        }
        if self.copied_in_place(s, ty, ctx) && !self.pre.contains_key(&s.id) {
            // gc's addrTemp: a copy of the value as it is now (a memory value that may be a
            // variable's own memory is copied; literals, calls and map reads are fresh).
            let v = self.expr(s)?;
            let fresh = matches!(
                s.kind,
                ExprKind::CompositeLit { .. } | ExprKind::Index(..) | ExprKind::TypeAssert(..)
            ) && !self.gc_addressable(s);
            let v = if fresh { v } else { self.copy_mem(ty, &v) };
            self.pre.insert(s.id, vec![v]);
        }
        Ok(())
    }

    /// The ordering points of an assignment's target: as `order_expr`, except that a map
    /// index `m[k]` is stored to, not read, so it is never evaluated as a whole here (a read
    /// now and the store later would evaluate `k` twice).
    pub(super) fn order_lvalue(&mut self, x: &Expr) -> R<()> {
        let s = strip(x);
        if let ExprKind::Index(m, idx) = &s.kind {
            let mt = self.ty_of(m);
            if matches!(self.types().ukind(mt), TypeKind::Map(..)) {
                self.order_expr(m, Ctx::Plain)?;
                return self.order_expr(&idx[0], Ctx::MapKey(mt));
            }
        }
        self.order_expr(x, Ctx::Plain)
    }

    /// Evaluate ordering point `s` now and record its values.
    fn order_point(&mut self, s: &Expr) -> R<()> {
        let vs = self.expr_multi(s)?;
        self.pre.insert(s.id, vs);
        Ok(())
    }

    /// Order the operands of call `s`; whether the call is an ordering point itself.
    fn order_call(&mut self, s: &Expr) -> R<bool> {
        let info = self.cg.info;
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &s.kind
        else {
            return Ok(false);
        };
        let Some(kind) = info.calls.get(&s.id).cloned() else {
            return Ok(false);
        };
        let value_args = |this: &mut Self| -> R<()> {
            for a in args {
                this.order_expr(a, Ctx::Plain)?;
            }
            Ok(())
        };
        match kind {
            CallKind::Conversion(t) => {
                let t = self.cg.sub(t);
                let ctx = if self.types().is_interface(t) {
                    Ctx::To(t)
                } else {
                    Ctx::Plain
                };
                self.order_expr(&args[0], ctx)?;
                // string -> []byte / []rune allocates: gc orders it like a call.
                let from = self.ty_of(&args[0]);
                return Ok(self.types().is_slice(t) && self.types().is_string(from));
            }
            CallKind::Builtin(b) => match b {
                Builtin::Append => {
                    let el = self.types().elem(self.ty_of(s)).unwrap_or(VOID);
                    for (i, a) in args.iter().enumerate() {
                        let ctx = if i == 0 || *ellipsis {
                            Ctx::Plain
                        } else {
                            Ctx::To(el)
                        };
                        self.order_expr(a, ctx)?;
                    }
                }
                Builtin::Panic => self.order_expr(&args[0], Ctx::To(ANY))?,
                Builtin::Delete if args.len() == 2 => {
                    let mt = self.ty_of(&args[0]);
                    self.order_expr(&args[0], Ctx::Plain)?;
                    self.order_expr(&args[1], Ctx::MapKey(mt))?;
                }
                // Type arguments (make, new) are skipped by order_expr.
                _ => value_args(self)?,
            },
            CallKind::Static(_) | CallKind::Lib(_) | CallKind::Dynamic => {
                if matches!(kind, CallKind::Dynamic) {
                    self.order_expr(func, Ctx::Plain)?;
                }
                let sig = match kind {
                    CallKind::Lib(f) => self.lib_sig(f)?,
                    _ => self.cg.sig_of(self.ty_of(func)),
                };
                self.order_args(&sig, args, *ellipsis)?;
            }
            CallKind::Method(_) | CallKind::Iface(_) | CallKind::TypeParamMethod => {
                if let ExprKind::Selector(x, _) = &strip(func).kind {
                    self.order_expr(x, Ctx::Plain)?;
                }
                let sig = self.cg.sig_of(self.ty_of(func));
                self.order_args(&sig, args, *ellipsis)?;
            }
        }
        Ok(true)
    }

    /// Order call arguments, each converted to its parameter's type.
    pub(super) fn order_args(&mut self, sig: &Sig, args: &[Expr], ellipsis: bool) -> R<()> {
        if args.len() == 1 && self.types().tuple(self.ty_of(&args[0])).is_some() {
            return self.order_expr(&args[0], Ctx::Plain);
        }
        let targets = sig_targets(self.types(), sig, args.len(), ellipsis);
        for (a, t) in args.iter().zip(targets) {
            self.order_expr(a, Ctx::To(t))?;
        }
        Ok(())
    }

    /// Does gc copy operand `e` (of type `t`, not an ordering point) where it stands, for its
    /// use `ctx`?
    fn copied_in_place(&self, e: &Expr, t: TypeId, ctx: Ctx) -> bool {
        let types = self.types();
        match ctx {
            Ctx::Plain => false,
            // A value of no size has nothing to read.
            _ if types.size_align(t).0 == 0 => false,
            Ctx::To(target) => {
                types.is_interface(target)
                    && !types.is_interface(t)
                    && t != UNTYPED_NIL
                    && self.needs_addr(t)
                    && !self.addr_okay(e)
            }
            Ctx::MapKey(mt) => {
                let kt = match types.ukind(mt) {
                    TypeKind::Map(kt, _) => *kt,
                    _ => return false,
                };
                if types.is_interface(kt) && !types.is_interface(t) {
                    // The converted key is a new value, copied where it stands.
                    return true;
                }
                !self.map_fast(mt) && !self.addr_okay(e)
            }
            Ctx::Cmp => !self.addr_okay(e),
        }
    }

    /// gc's dataWordFuncName: whether converting a `t` to an interface passes its address.
    fn needs_addr(&self, t: TypeId) -> bool {
        let types = self.types();
        let (size, align) = types.size_align(t);
        let ptrs = has_pointers(types, t);
        if (size == 2 && align == 2) || (size == 4 && align == 4 && !ptrs) {
            return false;
        }
        if size == 8 && align == 8 && !ptrs {
            return false;
        }
        let sole = self.sole_component(t);
        !(types.is_string(sole) || types.is_slice(sole))
    }

    /// gc's Type.SoleComponent: through one-field structs and one-element arrays.
    fn sole_component(&self, t: TypeId) -> TypeId {
        let mut t = t;
        for _ in 0..64 {
            match self.types().ukind(t) {
                TypeKind::Struct(fs) if fs.len() == 1 => t = fs[0].ty,
                TypeKind::Array(el, 1) => t = *el,
                _ => break,
            }
        }
        t
    }

    /// gc's types.IsDirectIface: pointer-shaped types, stored in an interface's data word.
    fn direct_iface(&self, t: TypeId) -> bool {
        match self.types().ukind(t) {
            _ if self.types().is_pointer_shaped(t) => true,
            TypeKind::Array(el, 1) => self.direct_iface(*el),
            TypeKind::Struct(fs) if fs.len() == 1 => self.direct_iface(fs[0].ty),
            _ => false,
        }
    }

    /// gc's isaddrokay: an addressable expression that is not a local variable's name.
    fn addr_okay(&self, e: &Expr) -> bool {
        let info = self.cg.info;
        let s = strip(e);
        let name = matches!(s.kind, ExprKind::Ident(_))
            || (matches!(s.kind, ExprKind::Selector(..)) && info.idents.contains_key(&s.id));
        if name {
            return match info.idents.get(&s.id).map(|&o| &info.objs[o as usize].kind) {
                Some(ObjKind::Var(v)) => v.global,
                _ => false,
            };
        }
        self.gc_addressable(s)
    }

    /// gc's ir.IsAddressable.
    fn gc_addressable(&self, e: &Expr) -> bool {
        let info = self.cg.info;
        let s = strip(e);
        match &s.kind {
            ExprKind::Ident(_) => matches!(
                info.idents.get(&s.id).map(|&o| &info.objs[o as usize].kind),
                Some(ObjKind::Var(_))
            ),
            ExprKind::Selector(x, _) => {
                if info.idents.contains_key(&s.id) {
                    return matches!(
                        info.idents.get(&s.id).map(|&o| &info.objs[o as usize].kind),
                        Some(ObjKind::Var(_))
                    );
                }
                if !info.field_index.contains_key(&s.id) {
                    return false;
                }
                let xt = self.ty_of(x);
                if self.types().is_pointer(xt) {
                    return true; // ODOTPTR
                }
                if let Some(path) = info.embed_path.get(&s.id) {
                    // Through an embedded pointer: a dereference.
                    let mut st = xt;
                    for &i in path {
                        let TypeKind::Struct(fs) = self.types().ukind(st) else {
                            break;
                        };
                        let Some(f) = fs.get(i) else { break };
                        if self.types().is_pointer(f.ty) {
                            return true;
                        }
                        st = f.ty;
                    }
                }
                self.gc_addressable(x)
            }
            ExprKind::Index(x, _) => match self.types().ukind(self.ty_of(x)) {
                TypeKind::Array(..) => self.gc_addressable(x),
                TypeKind::Pointer(_) | TypeKind::Slice(_) => true,
                _ => false,
            },
            ExprKind::Star(_) => true,
            _ => false,
        }
    }

    /// Whether map type `mt` has one of gc's fast paths (mapaccess1_fast32/64/str), which take
    /// the key by value.
    fn map_fast(&self, mt: TypeId) -> bool {
        let types = self.types();
        let TypeKind::Map(kt, vt) = types.ukind(mt).clone() else {
            return false;
        };
        if types.size_align(vt).0 > 128 {
            return false;
        }
        if types.is_string(kt) {
            return true;
        }
        let size = types.size_align(kt).0;
        (size == 4 || size == 8) && self.alg_mem(kt)
    }

    /// gc's AMEM algorithm: compared as plain memory (no floats, strings, interfaces, padding
    /// or blank fields).
    fn alg_mem(&self, t: TypeId) -> bool {
        let types = self.types();
        match types.ukind(t).clone() {
            TypeKind::Basic(b) => b.is_integer() || b.is_bool(),
            TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
            TypeKind::Array(el, _) => self.alg_mem(el),
            TypeKind::Struct(fs) => {
                let offs = types.field_offsets(t);
                let mut end = 0;
                for (f, &o) in fs.iter().zip(&offs) {
                    if f.name == "_" || o != end || !self.alg_mem(f.ty) {
                        return false;
                    }
                    end = o + types.size_align(f.ty).0;
                }
                end == types.size_align(t).0
            }
            _ => false,
        }
    }

    /// gc's isStaticCompositeLiteral for an element assigned to type `target`: constants, nil,
    /// and array or struct literals of those.
    pub(super) fn static_lit(&self, e: &Expr, target: TypeId) -> bool {
        let info = self.cg.info;
        let s = strip(e);
        match info.tv(s.id).map(|t| &t.mode) {
            Some(Mode::Const(_)) => return true,
            Some(Mode::Nil) => return true,
            _ => {}
        }
        let _ = target;
        let ExprKind::CompositeLit { elts, .. } = &s.kind else {
            return false;
        };
        if info.elided_addr.contains(&s.id) {
            return false;
        }
        let t = self.ty_of(s);
        match self.types().ukind(t).clone() {
            TypeKind::Array(el, _) => elts.iter().all(|x| self.static_lit(&x.value, el)),
            TypeKind::Struct(fs) => elts.iter().enumerate().all(|(i, x)| {
                let fidx = match &x.key {
                    Some(k) => info.field_index.get(&k.id).copied().unwrap_or(i),
                    None => i,
                };
                self.static_lit(&x.value, fs.get(fidx).map_or(VOID, |f| f.ty))
            }),
            _ => false,
        }
    }

    /// `string(b)` with b a byte slice.
    fn is_bytes_to_string(&self, e: &Expr) -> bool {
        let s = strip(e);
        let ExprKind::Call { args, .. } = &s.kind else {
            return false;
        };
        match self.cg.info.calls.get(&s.id) {
            Some(CallKind::Conversion(t)) => {
                self.types().is_string(self.cg.sub(*t))
                    && self.types().is_slice(self.ty_of(&args[0]))
            }
            _ => false,
        }
    }
}
