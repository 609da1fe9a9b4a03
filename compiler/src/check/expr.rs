//! Expressions: the checker's dispatch over expression kinds (expr, value, multi_value), names
//! and selectors, function literals, indexing and slicing, type assertions and composite
//! literals. Operators, calls, builtins, conversions and type expressions have files of their
//! own beside this one.

use super::constant::{self, ConstVal};
use super::lib::Member;
use super::lookup::{Lookup, Target};
use super::types::*;
use super::*;

#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    pub(super) fn bad() -> Operand {
        Operand {
            mode: Mode::Value,
            ty: VOID,
        }
    }
    /// The operand of an expression that already failed (and was reported).
    pub fn is_bad(&self) -> bool {
        self.ty == VOID && matches!(self.mode, Mode::Value)
    }
    pub(super) fn konst(&self) -> Option<&ConstVal> {
        match &self.mode {
            Mode::Const(c) => Some(c),
            _ => None,
        }
    }
}

pub(crate) fn strip_parens(mut e: &Expr) -> &Expr {
    for _ in 0..10_000 {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            _ => return e,
        }
    }
    e
}

impl<'a> Checker<'a> {
    pub(super) fn fn_idx(&self) -> Option<FuncIdx> {
        self.fctx.last().map(|f| f.idx)
    }

    pub(crate) fn single_value(&mut self, op: &Operand, e: &Expr) -> bool {
        match &op.mode {
            Mode::NoValue => {
                self.diags.error(
                    e.span,
                    format!("{} (no value) used as value", self.expr_string(e)),
                );
                false
            }
            Mode::Type => {
                self.diags.error(
                    e.span,
                    format!("{} (type) is not an expression", self.expr_string(e)),
                );
                false
            }
            Mode::Builtin(b) => {
                self.diags
                    .error(e.span, format!("{} (built-in) must be called", b.name()));
                false
            }
            Mode::Package => {
                self.diags.error(
                    e.span,
                    format!("use of package {} without selector", self.expr_string(e)),
                );
                false
            }
            _ => {
                if let Some(ts) = self.info.types.tuple(op.ty) {
                    if !ts.is_empty() {
                        self.diags.error(
                            e.span,
                            format!(
                                "multiple-value {} (value of type {}) in single-value context",
                                self.expr_string(e),
                                self.info.types.name_local(op.ty)
                            ),
                        );
                        return false;
                    }
                }
                true
            }
        }
    }

    /// Check an expression that must produce exactly one value.
    pub(crate) fn value(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let op = self.expr(e, hint);
        if op.is_bad() {
            return op;
        }
        if !self.single_value(&op, e) {
            return Operand::bad();
        }
        op
    }

    /// The types of an expression assigned to `n` variables: a multi-value call, or the
    /// comma-ok form of a type assertion.
    pub(crate) fn multi_value(&mut self, e: &Expr, n: usize) -> Vec<TypeId> {
        if n == 2 {
            if let ExprKind::Index(..) = strip_parens(e).kind {
                let op = self.expr(e, None);
                if op.mode == Mode::MapIndex {
                    self.info.comma_ok.insert(strip_parens(e).id);
                    return vec![op.ty, UNTYPED_BOOL];
                }
                if op.is_bad() {
                    return vec![VOID; 2];
                }
                return self.tuple_types(&op, e, n, "assignment");
            }
            if let ExprKind::TypeAssert(..) | ExprKind::Unary(UnOp::Recv, _) = strip_parens(e).kind
            {
                let op = self.expr(e, None);
                if op.is_bad() {
                    return vec![VOID; 2];
                }
                self.info.comma_ok.insert(strip_parens(e).id);
                return vec![op.ty, UNTYPED_BOOL];
            }
        }
        let op = self.expr(e, None);
        self.tuple_types(&op, e, n, "assignment")
    }

    pub(super) fn type_assert(&mut self, e: &Expr, x: &Expr, t: Option<&Expr>) -> Operand {
        let op = self.value(x, None);
        if op.is_bad() {
            return op;
        }
        let Some(t) = t else {
            self.diags.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::bad();
        };
        if !self.info.types.is_interface(op.ty) {
            self.diags.error(
                x.span,
                format!(
                    "invalid operation: {} is not an interface",
                    self.describe(x, &op)
                ),
            );
            return Operand::bad();
        }
        let ty = self.type_expr(t);
        if ty == VOID {
            return Operand::bad();
        }
        // A type parameter's type arguments are not known here: never impossible.
        if !self.info.types.is_interface(ty)
            && !self.info.types.is_tparam(ty)
            && !self.implements(ty, op.ty)
        {
            self.diags.error(
                t.span,
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {}",
                    self.expr_string(e),
                    self.info.types.name_local(ty),
                    self.info.types.name_local(op.ty)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty,
        }
    }

    pub(crate) fn tuple_types(
        &mut self,
        op: &Operand,
        e: &Expr,
        n: usize,
        ctx: &str,
    ) -> Vec<TypeId> {
        if op.is_bad() {
            return vec![VOID; n];
        }
        let got: Vec<TypeId> = match self.info.types.tuple(op.ty) {
            Some(ts) => ts.to_vec(),
            None => vec![op.ty],
        };
        if got.len() != n {
            self.diags.error(
                e.span,
                format!(
                    "{} mismatch: {} variable{} but {} return{} {} value{}",
                    ctx,
                    n,
                    if n == 1 { "" } else { "s" },
                    self.expr_string(e),
                    if got.len() == 1 { "s" } else { "" },
                    got.len(),
                    if got.len() == 1 { "" } else { "s" }
                ),
            );
            return vec![VOID; n];
        }
        got
    }

    pub(super) fn note_ref(&mut self, o: ObjId) {
        self.note_dep(Dep::Obj(o));
    }

    /// Record a reference of the current package-level initializer or function (for
    /// Checker::order_globals).
    pub(crate) fn note_dep(&mut self, d: Dep) {
        if let Some(refs) = self.global_refs.last_mut() {
            refs.insert(d);
        }
        if let Some(f) = self.fctx.first() {
            let top = f.idx;
            self.func_refs.entry(top).or_default().insert(d);
        }
    }

    /// Mark variable `o` used from the current function, recording captures for closures.
    pub(crate) fn use_var(&mut self, o: ObjId, mark_used: bool) {
        if mark_used {
            self.info.objs[o as usize].used = true;
        }
        let Some(v) = self.info.var(o).cloned() else {
            return;
        };
        if v.global {
            self.note_ref(o);
            return;
        }
        let Some(cur) = self.fn_idx() else { return };
        if v.owner == Some(cur) {
            return;
        }
        if let ObjKind::Var(vi) = &mut self.info.objs[o as usize].kind {
            vi.captured = true;
        }
        // Every function between the current one and the owner captures the variable.
        let mut f = Some(cur);
        while let Some(fi) = f {
            if Some(fi) == v.owner {
                break;
            }
            let body = &mut self.info.funcs[fi as usize];
            if !body.captures.contains(&o) {
                body.captures.push(o);
            }
            f = body.parent;
        }
    }

    pub(crate) fn expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        if let Some((id, op)) = self.checked.take() {
            if id == e.id {
                return op;
            }
            self.checked = Some((id, op));
        }
        let op = self.expr_inner(e, hint);
        if !op.is_bad() || matches!(op.mode, Mode::NoValue) {
            self.record(e.id, op.mode.clone(), op.ty);
        }
        op
    }

    pub(super) fn expr_inner(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            ExprKind::Bad => Operand::bad(),
            ExprKind::Ident(name) => self.ident(e, name, true),
            ExprKind::IntLit(t) | ExprKind::FloatLit(t) if t.len() > constant::MAX_LITERAL_LEN => {
                let head: String = t.chars().take(10).collect();
                self.diags.error(
                    e.span,
                    format!("excessively long constant: {}... ({} chars)", head, t.len()),
                );
                Operand::bad()
            }
            ExprKind::IntLit(t) => match constant::parse_int(t) {
                Some(v) => Operand {
                    mode: Mode::Const(ConstVal::Int(v)),
                    ty: UNTYPED_INT,
                },
                None => {
                    self.diags
                        .error(e.span, format!("malformed constant: {}", t));
                    Operand::bad()
                }
            },
            ExprKind::FloatLit(t) => match constant::parse_float(t) {
                Some(v) => Operand {
                    mode: Mode::Const(ConstVal::Float(v)),
                    ty: UNTYPED_FLOAT,
                },
                None => {
                    self.diags
                        .error(e.span, format!("malformed constant: {}", t));
                    Operand::bad()
                }
            },
            ExprKind::ImagLit(t) => match constant::parse_imag(t) {
                Some(v) => Operand {
                    mode: Mode::Const(v),
                    ty: UNTYPED_COMPLEX,
                },
                None => {
                    self.diags
                        .error(e.span, format!("malformed constant: {}", t));
                    Operand::bad()
                }
            },
            ExprKind::CharLit(c) => Operand {
                mode: Mode::Const(ConstVal::int(*c as i64)),
                ty: UNTYPED_RUNE,
            },
            ExprKind::StringLit(s) => Operand {
                mode: Mode::Const(ConstVal::Str(s.clone())),
                ty: UNTYPED_STRING,
            },
            ExprKind::Paren(x) => {
                let op = self.expr(x, hint);
                if matches!(op.mode, Mode::Var) {
                    return op;
                }
                op
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index(e, x, idx),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo, hi, max),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let op = self.expr(x, None);
                match op.mode {
                    Mode::Type => {
                        let t = self.info.types.intern(TypeKind::Pointer(op.ty));
                        Operand {
                            mode: Mode::Type,
                            ty: t,
                        }
                    }
                    _ => {
                        if op.is_bad() || !self.single_value(&op, x) {
                            return Operand::bad();
                        }
                        if op.mode == Mode::Nil {
                            self.diags
                                .error(e.span, "invalid operation: cannot indirect nil");
                            return Operand::bad();
                        }
                        match self.info.types.ukind(op.ty).clone() {
                            TypeKind::Pointer(el) => Operand {
                                mode: Mode::Var,
                                ty: el,
                            },
                            _ => {
                                self.diags.error(
                                    e.span,
                                    format!(
                                        "invalid operation: cannot indirect {}",
                                        self.describe(x, &op)
                                    ),
                                );
                                Operand::bad()
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.type_expr(e);
                if t == VOID {
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Type,
                    ty: t,
                }
            }
            ExprKind::Ellipsis => {
                self.diags.error(e.span, "invalid use of ...");
                Operand::bad()
            }
        }
    }

    pub(super) fn ident(&mut self, e: &Expr, name: &str, mark_used: bool) -> Operand {
        if name == "_" {
            self.diags.error(e.span, "cannot use _ as value");
            return Operand::bad();
        }
        let Some(o) = self.lookup(name) else {
            // Library code written in Go reaches its package's runtime-implemented members
            // (lib::LibTypes::member) by their plain names, as Go code in that package would.
            if self.pkg != 0 {
                let path = self.file.libs[self.pkg - 1].path.clone();
                if let Some(m) = self.lib.member(&mut self.info.types, &path, name) {
                    return self.member_operand(m);
                }
            }
            self.diags.error(e.span, format!("undefined: {}", name));
            return Operand::bad();
        };
        self.obj_operand(e, o, mark_used)
    }

    /// The operand an identifier (or a qualified `pkg.Name` of a library package written in
    /// Go) denoting object `o` yields; records `e`'s object.
    pub(super) fn obj_operand(&mut self, e: &Expr, o: ObjId, mark_used: bool) -> Operand {
        let name = self.info.objs[o as usize].name.clone();
        let name = name.as_str();
        self.info.idents.insert(e.id, o);
        self.resolve_global(o);
        let obj = self.info.objs[o as usize].clone();
        match &obj.kind {
            ObjKind::Var(_) => {
                self.use_var(o, mark_used);
                Operand {
                    mode: Mode::Var,
                    ty: obj.ty,
                }
            }
            ObjKind::Const(c) => {
                if name == "iota" && self.scopes[0].names.get("iota") == Some(&o) {
                    return match self.iota {
                        Some(i) => Operand {
                            mode: Mode::Const(ConstVal::int(i)),
                            ty: UNTYPED_INT,
                        },
                        None => {
                            self.diags
                                .error(e.span, "cannot use iota outside constant declaration");
                            Operand::bad()
                        }
                    };
                }
                self.info.objs[o as usize].used = true;
                Operand {
                    mode: Mode::Const(c.clone()),
                    ty: obj.ty,
                }
            }
            ObjKind::TypeName => {
                if obj.ty == VOID {
                    self.diags.unsupported(e.span, format!("type {}", name));
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Type,
                    ty: obj.ty,
                }
            }
            ObjKind::Func(fi) => {
                self.note_ref(o);
                if self.allow_generic == 0 && self.info.funcs[*fi as usize].is_generic() {
                    self.diags.error(
                        e.span,
                        format!("cannot use generic function {} without instantiation", name),
                    );
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Value,
                    ty: obj.ty,
                }
            }
            ObjKind::Builtin(b) => Operand {
                mode: Mode::Builtin(*b),
                ty: VOID,
            },
            ObjKind::Package(_) => {
                self.info.objs[o as usize].used = true;
                Operand {
                    mode: Mode::Package,
                    ty: VOID,
                }
            }
            ObjKind::Bad => Operand::bad(),
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                ty: UNTYPED_NIL,
            },
        }
    }

    pub(super) fn func_lit(
        &mut self,
        e: &Expr,
        sig: &FuncType,
        body: &std::sync::Arc<Block>,
    ) -> Operand {
        let pkg = self.pkg_symbol_prefix().to_string();
        let t = self.func_type(sig);
        let parent = self.fn_idx();
        let fi = self.info.funcs.len() as FuncIdx;
        // Go names literals after the enclosing top-level function: main.f.func1, and nested ones
        // main.f.func1.1.
        let name = match parent {
            Some(p) => {
                let pf = &mut self.fctx.last_mut().unwrap();
                pf.lit_counter += 1;
                let n = pf.lit_counter;
                let pname = self.info.funcs[p as usize].name.clone();
                if self.info.funcs[p as usize].lit.is_some() {
                    format!("{}.{}", pname, n)
                } else {
                    format!("{}.func{}", pname, n)
                }
            }
            None => {
                let n = self
                    .info
                    .funcs
                    .iter()
                    .filter(|f| f.parent.is_none() && f.lit.is_some())
                    .count()
                    + 1;
                format!("{}.glob..func{}", pkg, n)
            }
        };
        self.info.funcs.push(FuncBody {
            name,
            short: "func literal".into(),
            sig: t,
            params: vec![],
            results: vec![],
            named_results: false,
            captures: vec![],
            parent,
            lit: Some(e.id),
            lit_body: Some(body.clone()),
            decl: None,
            defers: vec![],
            num_returns: 0,
            noinline: false,
            lit_escapes: true,
            span: e.span,
            has_recover: false,
            recv: None,
            tparams: vec![],
            tparam_objs: vec![],
        });
        self.info.lits.insert(e.id, fi);
        self.check_body(fi, sig, body, t);
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    pub(super) fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        // Package member?
        if let ExprKind::Ident(pn) = &x.kind {
            if let Some(o) = self.lookup(pn) {
                if let ObjKind::Package(path) = self.info.objs[o as usize].kind.clone() {
                    self.info.objs[o as usize].used = true;
                    self.info.idents.insert(x.id, o);
                    self.record(x.id, Mode::Package, VOID);
                    if let Some(p) = self.source_pkg(&path) {
                        if let Some(m) = self.source_member(p, &sel.name) {
                            return self.obj_operand(e, m, true);
                        }
                        if self.is_user_pkg(p) {
                            // Go 1.19's wording, for a missing and an unexported name alike.
                            self.diags
                                .error(sel.span, format!("undefined: {}.{}", pn, sel.name));
                            return Operand::bad();
                        }
                    }
                    let m = self.lib.member(&mut self.info.types, &path, &sel.name);
                    return match m {
                        Some(m) => self.member_operand(m),
                        None => {
                            let exported = super::is_exported(&sel.name);
                            if exported {
                                self.diags
                                    .unsupported(sel.span, format!("{}.{}", path, sel.name));
                            } else {
                                self.diags.error(
                                    sel.span,
                                    format!("name {} not exported by package {}", sel.name, path),
                                );
                            }
                            Operand::bad()
                        }
                    };
                }
            }
        }
        let op = self.expr(x, None);
        if op.is_bad() {
            return op;
        }
        if op.mode == Mode::Type {
            return self.method_expr(e, x, sel, op.ty);
        }
        if !self.single_value(&op, x) {
            return Operand::bad();
        }
        if self.info.types.is_tparam(op.ty) {
            // A method of the type parameter's constraint.
            let ts = self.info.types.type_set(self.info.types.constraint(op.ty));
            if let Some(m) = ts.methods.iter().find(|m| m.name == sel.name) {
                self.info.calls.insert(e.id, CallKind::TypeParamMethod);
                return Operand {
                    mode: Mode::Value,
                    ty: m.sig,
                };
            }
        }
        let s = match self.visible(op.ty, &sel.name) {
            Lookup::Found(s) => s,
            Lookup::Ambiguous => {
                self.diags.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", self.expr_string(x), sel.name),
                );
                return Operand::bad();
            }
            Lookup::NotFound => {
                if op.ty == VOID {
                    // The operand's type was already reported (an unsupported or undefined
                    // type).
                    return Operand::bad();
                }
                let t = &self.info.types;
                let why = match t.kind(op.ty) {
                    TypeKind::Pointer(el) if t.is_interface(*el) => format!(
                        "type {} is pointer to interface, not interface",
                        t.name_local(op.ty)
                    ),
                    _ => format!(
                        "type {} has no field or method {}",
                        t.name_local(op.ty),
                        sel.name
                    ),
                };
                self.diags.error(
                    sel.span,
                    format!("{}.{} undefined ({})", self.expr_string(x), sel.name, why),
                );
                return Operand::bad();
            }
        };
        if !s.path.is_empty() {
            self.info.embed_path.insert(e.id, s.path.clone());
        }
        match s.target {
            Target::Field { index, ty } => {
                // Addressable when x is, or when a pointer was dereferenced on the way.
                let mode = if s.indirect || op.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.info.field_index.insert(e.id, index);
                Operand { mode, ty }
            }
            Target::IfaceMethod { index, sig } => {
                self.info.calls.insert(e.id, CallKind::Iface(index));
                Operand {
                    mode: Mode::Value,
                    ty: sig,
                }
            }
            Target::Method {
                func,
                ptr_recv,
                named,
            } => {
                self.note_dep(Dep::Method(func));
                // Go's automatic &: a pointer method needs an addressable holder unless a
                // pointer was dereferenced to reach it.
                if ptr_recv && !s.indirect {
                    if op.mode != Mode::Var {
                        self.diags.error(
                            sel.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.info.types.name_local(op.ty)
                            ),
                        );
                        return Operand::bad();
                    }
                    self.mark_addr_taken(x);
                }
                let holder = self.info.holder_type(op.ty, &s.path);
                self.info.method_sel.insert(
                    e.id,
                    MethodSel {
                        func,
                        ptr_recv,
                        x_is_ptr: self.info.deref(holder).1,
                        expr: false,
                    },
                );
                let mt = self.method_type_in(func, named);
                Operand {
                    mode: Mode::Value,
                    ty: mt,
                }
            }
        }
    }

    /// A method expression `T.M` / `(*T).M` / `I.M`: the method as a function taking the
    /// receiver first. Methods declared on T with the matching receiver are used as they are;
    /// everything else (promoted methods, value methods through `*T`, interface methods) gets
    /// a wrapper from codegen (Info::method_exprs).
    pub(super) fn method_expr(&mut self, e: &Expr, x: &Expr, sel: &Ident, t: TypeId) -> Operand {
        if self.info.types.is_tparam(t) {
            // `T.M` with M a method of T's constraint: each instance takes its type
            // argument's method expression (codegen's `Recv` wrapper).
            let ts = self.info.types.type_set(self.info.types.constraint(t));
            if let Some(m) = ts.methods.iter().find(|m| m.name == sel.name) {
                let mut full = self.info.types.sig(m.sig).cloned().unwrap();
                full.params.insert(0, t);
                self.info.method_exprs.insert(e.id, t);
                return Operand {
                    mode: Mode::Value,
                    ty: self.info.types.intern(TypeKind::Func(full)),
                };
            }
        }
        let s = match self.visible(t, &sel.name) {
            Lookup::Found(s) => s,
            Lookup::Ambiguous => {
                self.diags.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", self.expr_string(x), sel.name),
                );
                return Operand::bad();
            }
            Lookup::NotFound => {
                self.diags.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        self.expr_string(x),
                        sel.name,
                        self.info.types.name_local(t),
                        sel.name
                    ),
                );
                return Operand::bad();
            }
        };
        let msig = match s.target {
            Target::Field { .. } => {
                self.diags.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no method {})",
                        self.expr_string(x),
                        sel.name,
                        self.info.types.name_local(t),
                        sel.name
                    ),
                );
                return Operand::bad();
            }
            Target::Method {
                func,
                ptr_recv,
                named,
            } => {
                self.note_dep(Dep::Method(func));
                if ptr_recv && !s.indirect {
                    self.diags.error(
                        sel.span,
                        format!(
                            "cannot call pointer method {} on {}",
                            sel.name,
                            self.info.types.name_local(t)
                        ),
                    );
                    return Operand::bad();
                }
                let t_is_ptr = self.info.deref(t).1;
                if s.path.is_empty() && ptr_recv == t_is_ptr {
                    // The method itself: its receiver type is t.
                    self.info.method_sel.insert(
                        e.id,
                        MethodSel {
                            func,
                            ptr_recv,
                            x_is_ptr: t_is_ptr,
                            expr: true,
                        },
                    );
                    let mt = self.method_type_in(func, named);
                    let mut full = self.info.types.sig(mt).cloned().unwrap();
                    full.params.insert(0, t);
                    return Operand {
                        mode: Mode::Value,
                        ty: self.info.types.intern(TypeKind::Func(full)),
                    };
                }
                self.method_type_in(func, named)
            }
            Target::IfaceMethod { sig, .. } => sig,
        };
        self.info.method_exprs.insert(e.id, t);
        let mut full = self.info.types.sig(msig).cloned().unwrap_or(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        full.params.insert(0, t);
        Operand {
            mode: Mode::Value,
            ty: self.info.types.intern(TypeKind::Func(full)),
        }
    }

    pub(crate) fn const_int(&mut self, e: &Expr, what: &str) -> Option<i128> {
        let op = self.expr(e, None);
        if op.is_bad() {
            return None;
        }
        match op.konst().and_then(|c| c.as_i128()) {
            Some(v) if self.info.types.is_integer(op.ty) || self.info.types.is_untyped(op.ty) => {
                Some(v)
            }
            _ => {
                self.diags.error(
                    e.span,
                    format!("{} {} must be integer constant", what, self.expr_string(e)),
                );
                None
            }
        }
    }

    /// Check an index operand: integer typed (or untyped constant representable as int).
    pub(super) fn index_value(&mut self, i: &Expr, len: Option<u64>) -> Option<i128> {
        let mut op = self.value(i, None);
        if op.is_bad() {
            return None;
        }
        // An untyped index is converted to int first (a non-integral constant is "truncated
        // to int"), as Go's isValidIndex does.
        if self.info.types.is_untyped(op.ty) && !self.convert_untyped(&mut op, i, INT, "index") {
            return None;
        }
        if !self.info.types.is_integer(op.ty) {
            self.diags.error(
                i.span,
                format!(
                    "invalid argument: index {} must be integer",
                    self.describe(i, &op)
                ),
            );
            return None;
        }
        if let Some(v) = op.konst().and_then(|c| c.as_i128()) {
            if v < 0 {
                self.diags.error(
                    i.span,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.expr_string(i)
                    ),
                );
                return None;
            }
            if let Some(n) = len {
                if v as u128 >= n as u128 {
                    self.diags.error(
                        i.span,
                        format!("invalid argument: index {} out of bounds [0:{}]", v, n),
                    );
                    return None;
                }
            }
            return Some(v);
        }
        None
    }

    pub(super) fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Operand {
        if let Some(fi) = self.generic_func_operand(x) {
            return self.generic_func_value(e, x, fi, idx);
        }
        if let ExprKind::Ident(_) | ExprKind::Selector(..) = &strip_parens(x).kind {
            // `G[int]` as an expression: a generic type instance (a conversion's or composite
            // literal's type).
            let probe = self.generic_type_probe(x);
            if probe {
                let t = self.type_expr(e);
                if t == VOID {
                    return Operand::bad();
                }
                return Operand {
                    mode: Mode::Type,
                    ty: t,
                };
            }
        }
        let op = self.expr(x, None);
        if op.is_bad() {
            return op;
        }
        if idx.len() != 1 || op.mode == Mode::Type {
            self.diags.unsupported(e.span, "generic instantiation");
            return Operand::bad();
        }
        if !self.single_value(&op, x) {
            return Operand::bad();
        }
        let i = &idx[0];
        match self.info.types.ukind(op.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let len = op.konst().map(|c| match c {
                    ConstVal::Str(s) => s.len() as u64,
                    _ => 0,
                });
                self.index_value(i, len);
                Operand {
                    mode: Mode::Value,
                    ty: UINT8,
                }
            }
            TypeKind::Array(el, n) => {
                self.index_value(i, Some(n));
                let mode = if op.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                Operand { mode, ty: el }
            }
            TypeKind::Pointer(p) => match self.info.types.ukind(p).clone() {
                TypeKind::Array(el, n) => {
                    self.index_value(i, Some(n));
                    Operand {
                        mode: Mode::Var,
                        ty: el,
                    }
                }
                _ => self.bad_index(e, x, &op),
            },
            TypeKind::Slice(el) => {
                self.index_value(i, None);
                Operand {
                    mode: Mode::Var,
                    ty: el,
                }
            }
            TypeKind::Map(k, v) => {
                let mut ko = self.expr(i, Some(k));
                self.assign_op(&mut ko, i, k, "map index");
                Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                }
            }
            // A type parameter without a core type: every type of its set indexes to one
            // element type (strings give bytes and are not addressable).
            TypeKind::TypeParam { .. } => {
                let ts = self.info.types.term_types(op.ty);
                let mut elem: Option<TypeId> = None;
                let mut mode = Mode::Var;
                let mut ok = !ts.is_empty();
                for &u in &ts {
                    let types = &self.info.types;
                    let el = match types.ukind(u) {
                        TypeKind::Basic(b) if b.is_string() => {
                            mode = Mode::Value;
                            Some(UINT8)
                        }
                        TypeKind::Slice(el) => Some(*el),
                        TypeKind::Array(el, _) => {
                            if op.mode != Mode::Var {
                                mode = Mode::Value;
                            }
                            Some(*el)
                        }
                        TypeKind::Pointer(p) => match types.ukind(*p) {
                            TypeKind::Array(el, _) => Some(*el),
                            _ => None,
                        },
                        _ => None,
                    };
                    match (el, elem) {
                        (Some(a), None) => elem = Some(a),
                        (Some(a), Some(b)) if a == b => {}
                        _ => ok = false,
                    }
                }
                if !ok {
                    return self.bad_index(e, x, &op);
                }
                self.index_value(i, None);
                Operand {
                    mode,
                    ty: elem.unwrap(),
                }
            }
            _ => self.bad_index(e, x, &op),
        }
    }

    pub(super) fn bad_index(&mut self, e: &Expr, x: &Expr, op: &Operand) -> Operand {
        self.diags.error(
            e.span,
            format!("invalid operation: cannot index {}", self.describe(x, op)),
        );
        Operand::bad()
    }

    pub(super) fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
        max: &Option<Box<Expr>>,
    ) -> Operand {
        let op = self.value(x, None);
        if op.is_bad() {
            return op;
        }
        let (res, cap) = match self.info.types.ukind(op.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.diags
                        .error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::bad();
                }
                let t = if b == Basic::UntypedString {
                    STRING
                } else {
                    op.ty
                };
                (t, None)
            }
            TypeKind::Array(el, n) => {
                if op.mode != Mode::Var {
                    // Go describes the operand: `[4]int{…} (value of type [4]int)`.
                    self.diags.error(
                        x.span,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            self.describe(x, &op)
                        ),
                    );
                    return Operand::bad();
                }
                // The slice points into the array: the variable must outlive the frame.
                self.mark_addr_taken(x);
                (self.info.types.intern(TypeKind::Slice(el)), Some(n))
            }
            TypeKind::Pointer(p) => match self.info.types.ukind(p).clone() {
                TypeKind::Array(el, n) => (self.info.types.intern(TypeKind::Slice(el)), Some(n)),
                _ => return self.bad_slice(e, x, &op),
            },
            TypeKind::Slice(_) => (op.ty, None),
            // A type parameter without a core type: strings and byte slices slice to the type
            // parameter itself (spec "Slice expressions").
            TypeKind::TypeParam { .. } => {
                let ts = self.info.types.term_types(op.ty);
                let ok = !ts.is_empty() && ts.iter().all(|&u| {
                    self.info.types.is_string(u)
                        || matches!(self.info.types.ukind(u), TypeKind::Slice(el) if *el == UINT8)
                });
                if !ok || max.is_some() {
                    return self.bad_slice(e, x, &op);
                }
                (op.ty, None)
            }
            _ => return self.bad_slice(e, x, &op),
        };
        let mut consts = Vec::new();
        for ix in [lo, hi, max].into_iter().flatten() {
            let bound = cap.map(|c| c + 1);
            if let Some(v) = self.index_value(ix, bound) {
                consts.push(v);
            }
        }
        if consts.windows(2).any(|w| w[0] > w[1]) {
            self.diags.error(e.span, "invalid slice indices");
        }
        Operand {
            mode: Mode::Value,
            ty: res,
        }
    }

    pub(super) fn bad_slice(&mut self, e: &Expr, x: &Expr, op: &Operand) -> Operand {
        self.diags
            .error(e.span, format!("cannot slice {}", self.describe(x, op)));
        Operand::bad()
    }

    pub(super) fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match ty {
            Some(te) => {
                if let ExprKind::ArrayType {
                    len: ArrayLen::Ellipsis,
                    elem,
                } = &te.kind
                {
                    let el = self.type_expr(elem);
                    // [...]T: the length is the largest index + 1.
                    let mut n: i128 = 0;
                    let mut next: i128 = 0;
                    for el_ in elts {
                        if let Some(k) = &el_.key {
                            if let Some(v) = self.const_int(k, "index") {
                                next = v;
                            }
                        }
                        next += 1;
                        n = n.max(next);
                    }
                    let at = self.info.types.intern(TypeKind::Array(el, n as u64));
                    self.record(te.id, Mode::Type, at);
                    at
                } else {
                    self.type_expr(te)
                }
            }
            None => match hint {
                // An element of type *T may elide `&T` (Go spec, Composite literals).
                Some(h) => match self.info.types.ukind(h).clone() {
                    TypeKind::Pointer(b)
                        if matches!(
                            self.info.types.ukind(b),
                            TypeKind::Struct(_)
                                | TypeKind::Array(..)
                                | TypeKind::Slice(_)
                                | TypeKind::Map(..)
                        ) =>
                    {
                        let op = self.composite_lit(e, None, elts, Some(b));
                        if op.is_bad() {
                            return op;
                        }
                        self.info.elided_addr.insert(e.id);
                        return Operand {
                            mode: Mode::Value,
                            ty: h,
                        };
                    }
                    _ => h,
                },
                None => {
                    self.diags
                        .error(e.span, "invalid composite literal type: missing type");
                    return Operand::bad();
                }
            },
        };
        if t == VOID {
            return Operand::bad();
        }
        match self.info.types.ukind(t).clone() {
            TypeKind::Array(el, n) => {
                let mut next: i128 = 0;
                for elt in elts {
                    if let Some(k) = &elt.key {
                        match self.const_int(k, "index") {
                            Some(v) => next = v,
                            None => continue,
                        }
                    }
                    if next < 0 || next as u128 >= n as u128 {
                        self.diags.error(
                            elt.value.span,
                            format!("index {} out of bounds [0:{}]", next, n),
                        );
                    }
                    self.elem_value(&elt.value, el, "array or slice literal");
                    next += 1;
                }
            }
            TypeKind::Struct(fs) => {
                let keyed = elts.first().is_some_and(|x| x.key.is_some());
                if keyed {
                    for elt in elts {
                        let Some(k) = &elt.key else {
                            self.diags.error(
                                elt.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let ExprKind::Ident(name) = &k.kind else {
                            self.diags
                                .error(k.span, "invalid field name in struct literal");
                            continue;
                        };
                        match fs.iter().position(|f| &f.name == name) {
                            Some(i) => {
                                self.info.field_index.insert(k.id, i);
                                self.elem_value(&elt.value, fs[i].ty, "struct literal");
                            }
                            None => {
                                self.diags.error(
                                    k.span,
                                    format!(
                                        "unknown field '{}' in struct literal of type {}",
                                        name,
                                        self.info.types.name_local(t)
                                    ),
                                );
                            }
                        }
                    }
                } else {
                    for (i, elt) in elts.iter().enumerate() {
                        if elt.key.is_some() {
                            self.diags.error(
                                elt.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        match fs.get(i) {
                            Some(f) => {
                                self.elem_value(&elt.value, f.ty, "struct literal");
                            }
                            None => {
                                self.diags.error(
                                    elt.value.span,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.info.types.name_local(t)
                                    ),
                                );
                                break;
                            }
                        }
                    }
                    if !elts.is_empty() && elts.len() < fs.len() {
                        self.diags.error(
                            e.span,
                            format!(
                                "too few values in struct literal of type {}",
                                self.info.types.name_local(t)
                            ),
                        );
                    }
                }
            }
            TypeKind::Slice(el) => {
                for elt in elts {
                    if let Some(k) = &elt.key {
                        match self.const_int(k, "index") {
                            Some(v) if v < 0 => {
                                self.diags.error(
                                    k.span,
                                    format!("index {} must be non-negative integer constant", v),
                                );
                                continue;
                            }
                            Some(_) => {}
                            None => continue,
                        }
                    }
                    self.elem_value(&elt.value, el, "slice literal");
                }
            }
            TypeKind::Map(kt, vt) => {
                let mut seen: Vec<ConstVal> = Vec::new();
                for elt in elts {
                    let Some(k) = &elt.key else {
                        self.diags
                            .error(elt.value.span, "missing key in map literal");
                        continue;
                    };
                    if let ExprKind::CompositeLit { ty: None, .. } = &k.kind {
                        self.expr(k, Some(kt));
                    } else {
                        let mut ko = self.expr(k, Some(kt));
                        if self.assign_op(&mut ko, k, kt, "map literal") {
                            if let Mode::Const(c) = &ko.mode {
                                if seen.contains(c) {
                                    self.diags.error(
                                        k.span,
                                        format!(
                                            "duplicate key {} in map literal",
                                            self.expr_string(k)
                                        ),
                                    );
                                }
                                seen.push(c.clone());
                            }
                        }
                    }
                    self.elem_value(&elt.value, vt, "map literal");
                }
            }
            _ => {
                self.diags.error(
                    e.span,
                    format!(
                        "invalid composite literal type {}",
                        self.info.types.name_local(t)
                    ),
                );
                return Operand::bad();
            }
        }
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    pub(super) fn elem_value(&mut self, v: &Expr, el: TypeId, ctx: &str) {
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            let op = self.expr(v, Some(el));
            let _ = op;
            return;
        }
        let mut op = self.expr(v, Some(el));
        self.assign_op(&mut op, v, el, ctx);
    }
}

impl Checker<'_> {
    /// The operand of a library member implemented by the runtime. A function's signature is
    /// recorded for codegen (Info::lib_sigs), so the two never derive it separately.
    pub(super) fn member_operand(&mut self, m: Member) -> Operand {
        if let Member::Func(f, t) = m {
            self.info.lib_sigs.insert(f, t);
        }
        member_operand(m)
    }
}

fn member_operand(m: Member) -> Operand {
    match m {
        Member::Func(f, t) | Member::Var(f, t) => Operand {
            mode: Mode::Lib(f),
            ty: t,
        },
        Member::Const(c, t) => Operand {
            mode: Mode::Const(c),
            ty: t,
        },
        Member::Type(t) => Operand {
            mode: Mode::Type,
            ty: t,
        },
        Member::Builtin(b) => Operand {
            mode: Mode::Builtin(b),
            ty: VOID,
        },
    }
}
