//! Expressions: the dispatch over expression kinds, constants, closures, composite literals,
//! indexing and slicing with their bounds checks, type assertions and addresses of
//! addressable operands. Operators, conversions, calls and builtins have files of their own
//! beside this one.

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, InstBuilder, Value};

use super::func::{flags, strip, FnGen, Val, R};
use super::layout::*;
use super::order::Ctx;
use super::runtime_abi::Rt;
use super::Wrapper;
use crate::check::types::*;
use crate::check::{CallKind, ConstVal, LibFunc, Mode, ObjKind};
use crate::syntax::ast::*;

// Go's boundsErrorCode values, passed to deferc_panic_bounds: the runtime's (it formats the
// message by them).
pub(super) use deferc_runtime::error::{
    BOUNDS_INDEX, BOUNDS_SLICE3_ACAP, BOUNDS_SLICE3_ALEN, BOUNDS_SLICE3_B, BOUNDS_SLICE3_C,
    BOUNDS_SLICE_ACAP, BOUNDS_SLICE_ALEN, BOUNDS_SLICE_B, BOUNDS_UNSIGNED,
};

/// What a call goes to.
pub(crate) enum Callee {
    Direct(cranelift_module::FuncId),
    /// A funcval pointer: code at offset 0.
    Indirect(Value),
}

impl<'c, 'a> FnGen<'c, 'a> {
    pub(super) fn ice<T>(&self, e: &Expr, what: &str) -> R<T> {
        Err(format!(
            "{}: internal compiler error: {}",
            self.cg.src.position(e.span),
            what
        ))
    }

    /// Evaluate an expression that yields one value.
    pub fn expr(&mut self, e: &Expr) -> R<Val> {
        // Operands are checked where they are evaluated, even inside a tuple assignment's
        // left side (see FnGen::deferred_raises).
        let saved = self.deferred_raises.take();
        let r = self.expr_now(e);
        self.deferred_raises = saved;
        r
    }

    pub(super) fn expr_now(&mut self, e: &Expr) -> R<Val> {
        if let Some(mut vs) = self.take_pre(e.id) {
            // Evaluated ahead, in gc's order (order.rs).
            return Ok(if vs.len() == 1 { vs.remove(0) } else { vec![] });
        }
        let info = self.cg.info;
        let tv = match self.tv(e.id) {
            Some(tv) => tv.clone(),
            None => return self.ice(e, "untyped expression"),
        };
        if let Mode::Const(c) = &tv.mode {
            return self.const_val(c, tv.ty);
        }
        if tv.mode == Mode::Nil {
            return Ok(self.zero(tv.ty));
        }
        // `pkg.Name` of a library package written in Go denotes an object, as an identifier.
        let qualified = matches!(e.kind, ExprKind::Selector(..)) && info.idents.contains_key(&e.id);
        match &e.kind {
            ExprKind::Paren(x) => self.expr(x),
            ExprKind::Ident(_) | ExprKind::Selector(..)
                if qualified || matches!(e.kind, ExprKind::Ident(_)) =>
            {
                let Some(&o) = info.idents.get(&e.id) else {
                    return self.ice(e, "unresolved identifier");
                };
                match &info.objs[o as usize].kind {
                    ObjKind::Var(_) => Ok(self.read_var(o)),
                    ObjKind::Func(fi) => {
                        let key = self.static_key(e, *fi)?;
                        let d = self.cg.static_funcval_key(key)?;
                        Ok(vec![self.data_addr(d)])
                    }
                    _ => self.ice(e, "identifier is not a value"),
                }
            }
            ExprKind::FuncLit { .. } => {
                let fi = info.lits[&e.id];
                Ok(vec![self.closure(fi, info.funcs[fi as usize].lit_escapes)?])
            }
            ExprKind::CompositeLit { elts, .. } => {
                let t = tv.ty;
                if info.elided_addr.contains(&e.id) {
                    // `{...}` standing for `&T{...}`: a new T on the heap.
                    let base = self.types().elem(t).unwrap_or(VOID);
                    let (size, _) = self.types().size_align(base);
                    let p = self.alloc_of(base, size)?;
                    if is_mem(self.types(), base) {
                        self.fill_composite(base, p, elts)?;
                    } else {
                        let v = self.composite_value(base, elts)?;
                        self.store(base, &v, p, 0);
                    }
                    return Ok(vec![p]);
                }
                self.composite_value(t, elts)
            }
            ExprKind::Selector(x, _) => {
                if let Mode::Lib(LibFunc::OsArgs) = tv.mode {
                    return Ok(self.rt_sret3(Rt::OsArgs, &[]));
                }
                if let Some(rt) = info.method_exprs.get(&e.id).map(|&t| self.cg.sub(t)) {
                    // A method expression with a generated body: `(*T).M`, `S.M`, `I.M`.
                    let ExprKind::Selector(_, sel) = &e.kind else {
                        return self.ice(e, "method expression");
                    };
                    let (base, ptr) = info.deref(rt);
                    let d = self.cg.wrapper_funcval(Wrapper::Recv {
                        base,
                        ptr,
                        name: sel.name.clone(),
                    })?;
                    return Ok(vec![self.data_addr(d)]);
                }
                let tparam_method =
                    matches!(info.calls.get(&e.id), Some(CallKind::TypeParamMethod));
                if tparam_method && !self.types().is_interface(self.ty_of(x)) {
                    // x.M with x of a type parameter's type: a closure over a copy of x.
                    let ExprKind::Selector(_, sel) = &e.kind else {
                        return self.ice(e, "type parameter method value");
                    };
                    let rt = self.ty_of(x);
                    let v = self.expr(x)?;
                    let (rsize, _) = self.types().size_align(rt);
                    let cell = self.alloc_of(rt, rsize)?;
                    self.store(rt, &v, cell, 0);
                    let env = self.alloc_shape(16, &[false, true])?;
                    let w = self.cg.wrapper(Wrapper::TParamMethodValue {
                        rt,
                        name: sel.name.clone(),
                    })?;
                    let fr = self.funcref(w);
                    let code = self.b.ins().func_addr(T::I64, fr);
                    self.b.ins().store(flags(), code, env, 0);
                    self.b.ins().store(flags(), cell, env, 8);
                    return Ok(vec![env]);
                }
                if matches!(info.calls.get(&e.id), Some(CallKind::Iface(_))) || tparam_method {
                    // i.M as a value: the method is looked up now (a nil interface panics
                    // here), the closure holds {wrapper, method code, data}.
                    let ExprKind::Selector(_, sel) = &e.kind else {
                        return self.ice(e, "interface method value");
                    };
                    let (iv, it) = self.iface_operand(e)?;
                    let code = self.find_method(iv[0], &sel.name)?;
                    let w = self.cg.wrapper(Wrapper::IfaceMethodValue {
                        iface: it,
                        name: sel.name.clone(),
                    })?;
                    let fr = self.funcref(w);
                    let wcode = self.b.ins().func_addr(T::I64, fr);
                    // {wrapper, method code, data}: only the data word points into the heap.
                    let env = self.alloc_shape(24, &[false, false, true])?;
                    self.b.ins().store(flags(), wcode, env, 0);
                    self.b.ins().store(flags(), code, env, 8);
                    self.b.ins().store(flags(), iv[1], env, 16);
                    return Ok(vec![env]);
                }
                if let Some(ms) = info.method_sel.get(&e.id).copied() {
                    let key = self.method_key_at(e, ms.func)?;
                    if ms.expr {
                        // T.M: the method itself, receiver first.
                        let d = self.cg.static_funcval_key(key)?;
                        return Ok(vec![self.data_addr(d)]);
                    }
                    // x.M as a value: a closure holding the receiver, evaluated now.
                    let recv = self.method_receiver(e)?;
                    let fb = &info.funcs[ms.func as usize];
                    let st = self.cg.plan.instances.subst(key.1, fb.sig);
                    let rt = self.cg.sig_of(st).params[0];
                    let (rsize, _) = self.types().size_align(rt);
                    let cell = self.alloc_of(rt, rsize)?;
                    self.store(rt, &recv, cell, 0);
                    let env = self.alloc_shape(16, &[false, true])?;
                    let w = self.cg.wrapper(Wrapper::MethodValue(ms.func, key.1))?;
                    let fr = self.funcref(w);
                    let code = self.b.ins().func_addr(T::I64, fr);
                    self.b.ins().store(flags(), code, env, 0);
                    self.b.ins().store(flags(), cell, env, 8);
                    return Ok(vec![env]);
                }
                if info.embed_path.contains_key(&e.id) {
                    // A promoted field: read it where the embedded fields lead.
                    let a = self.addr(e)?;
                    return Ok(self.load(tv.ty, a, 0));
                }
                if let Some(&fidx) = info.field_index.get(&e.id) {
                    let xt = self.ty_of(x);
                    let (st, ptr) = match self.types().ukind(xt) {
                        TypeKind::Pointer(el) => (*el, true),
                        _ => (xt, false),
                    };
                    let base = self.expr(x)?[0];
                    if ptr {
                        self.nil_check(base);
                    }
                    let off = self.types().field_offsets(st)[fidx] as i32;
                    return Ok(self.load(tv.ty, base, off));
                }
                if let Mode::Lib(_) = tv.mode {
                    // Functions the runtime implements have no Go-convention body to point
                    // at yet.
                    return Err(format!(
                        "{}: unsupported: {} as a function value",
                        self.cg.src.position(e.span),
                        match &e.kind {
                            ExprKind::Selector(x, sel) => match &x.kind {
                                ExprKind::Ident(p) => format!("{}.{}", p, sel.name),
                                _ => sel.name.clone(),
                            },
                            _ => "library function".into(),
                        }
                    ));
                }
                self.ice(e, "selector")
            }
            ExprKind::Index(x, idx) => {
                if info.instances.contains_key(&e.id) {
                    // `F[int]` as a value: the instance's funcval.
                    let xs = strip(x);
                    if let Some(ObjKind::Func(fi)) = info
                        .idents
                        .get(&xs.id)
                        .map(|&o| &info.objs[o as usize].kind)
                    {
                        let key = self.static_key(e, *fi)?;
                        let d = self.cg.static_funcval_key(key)?;
                        return Ok(vec![self.data_addr(d)]);
                    }
                }
                let xt = self.ty_of(x);
                if matches!(self.types().ukind(xt), TypeKind::Map(..)) {
                    let m = self.expr(x)?[0];
                    let ka = self.map_key(xt, &idx[0])?;
                    let td = self.map_desc(xt);
                    let p = self.rt(Rt::MapAccess1, &[td, m, ka])[0];
                    let v = self.load(tv.ty, p, 0);
                    return Ok(self.copy_mem(tv.ty, &v));
                }
                if self.types().is_string(xt) {
                    let s = self.expr(x)?;
                    let i = self.index_val(&idx[0])?;
                    self.bounds_check_of(i, s[1], Some(&idx[0]));
                    let a = self.b.ins().iadd(s[0], i);
                    return Ok(vec![self.b.ins().load(T::I8, flags(), a, 0)]);
                }
                let a = self.addr(e)?;
                Ok(self.load(tv.ty, a, 0))
            }
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(x, lo, hi, max),
            ExprKind::TypeAssert(x, Some(_)) => {
                let mut v = self.type_assert(e, x, tv.ty, false)?;
                Ok(v.remove(0))
            }
            ExprKind::Call { .. } => {
                let mut vs = self.call(e)?;
                if vs.len() != 1 {
                    return self.ice(e, "call used as a single value");
                }
                Ok(vs.remove(0))
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?[0];
                self.nil_check(p);
                Ok(self.load(tv.ty, p, 0))
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, tv.ty),
            ExprKind::Binary(op, a, b) => self.binary(*op, a, b, tv.ty),
            _ => self.ice(e, "unexpected expression"),
        }
    }

    /// Evaluate an expression and convert it for assignment to `target` (interface boxing).
    pub fn expr_to(&mut self, e: &Expr, target: TypeId) -> R<Val> {
        let t = self.ty_of(e);
        // A constant put in an interface is boxed once, in read-only data, not per evaluation
        // (`panic("boom")`, `fmt.Println("x", 1)`).
        if self.types().is_interface(target) && !self.types().is_interface(t) && t != UNTYPED_NIL {
            if let Some(c) = self.cg.info.const_val(e) {
                let t = self.types().default_type(t);
                let td = self.cg.type_desc(t)?;
                let typ = self.data_addr(td);
                let d = self.cg.static_box(c, t)?;
                let data = self.data_addr(d);
                return Ok(vec![typ, data]);
            }
        }
        let v = self.expr(e)?;
        self.convert(v, t, target)
    }

    /// Evaluate an expression that may yield several values (a call).
    pub fn expr_multi(&mut self, e: &Expr) -> R<Vec<Val>> {
        let s = strip(e);
        if let Some(vs) = self.take_pre(s.id) {
            return Ok(vs);
        }
        if let ExprKind::Call { .. } = &s.kind {
            return self.call(s);
        }
        if let ExprKind::Index(x, idx) = &s.kind {
            if self.cg.info.comma_ok.contains(&s.id) {
                let xt = self.ty_of(x);
                let vt = self.ty_of(s);
                let m = self.expr(x)?[0];
                let ka = self.map_key(xt, &idx[0])?;
                let td = self.map_desc(xt);
                let r = self.rt(Rt::MapAccess2, &[td, m, ka]);
                let v = self.load(vt, r[0], 0);
                let v = self.copy_mem(vt, &v);
                let ok = self.b.ins().ireduce(T::I8, r[1]);
                return Ok(vec![v, vec![ok]]);
            }
        }
        if let ExprKind::Unary(UnOp::Recv, x) = &s.kind {
            if self.cg.info.comma_ok.contains(&s.id) {
                let ct = self.ty_of(x);
                let c = self.expr(x)?[0];
                let (v, ok) = self.chan_recv(ct, c)?;
                return Ok(vec![v, vec![ok]]);
            }
        }
        if let ExprKind::TypeAssert(x, Some(_)) = &s.kind {
            if self.cg.info.comma_ok.contains(&s.id) {
                let t = self.ty_of(s);
                return self.type_assert(s, x, t, true);
            }
        }
        Ok(vec![self.expr(e)?])
    }

    /// `x.(T)` for a concrete T: the dynamic type must be T's descriptor (descriptors are
    /// unique per type within a program). The comma-ok form yields (value or zero, ok); the
    /// plain form panics with Go's TypeAssertionError.
    pub(super) fn type_assert(
        &mut self,
        e: &Expr,
        x: &Expr,
        t: TypeId,
        comma_ok: bool,
    ) -> R<Vec<Val>> {
        let it = self.ty_of(x);
        let iv = self.expr(x)?;
        let td = self.cg.type_desc(t)?;
        let want = self.data_addr(td);
        if self.types().is_interface(t) {
            // x.(I): the dynamic type must have I's methods; the value stays as it is.
            let r = self.rt(Rt::Implements, &[iv[0], want])[0];
            if comma_ok {
                let zero = self.iconst(0);
                let typ = self.b.ins().select(r, iv[0], zero);
                let data = self.b.ins().select(r, iv[1], zero);
                return Ok(vec![vec![typ, data], vec![r]]);
            }
            let itd = self.cg.type_desc(it)?;
            let iface = self.data_addr(itd);
            let bad = self.b.ins().icmp_imm_s(IntCC::Equal, r, 0);
            self.raise_if(bad, Rt::PanicTypeAssert, &[iv[0], want, iface]);
            return Ok(vec![iv]);
        }
        let ok = self.b.ins().icmp(IntCC::Equal, iv[0], want);
        let direct = self.types().is_pointer_shaped(t);
        if comma_ok {
            let yes = self.b.create_block();
            let no = self.b.create_block();
            let done = self.b.create_block();
            let tys = flat(self.types(), t);
            let params: Vec<Value> = tys
                .iter()
                .map(|&ty| self.b.append_block_param(done, ty))
                .collect();
            let okp = self.b.append_block_param(done, T::I8);
            self.b.ins().brif(ok, yes, &[], no, &[]);
            self.b.switch_to_block(yes);
            let v = if direct {
                vec![iv[1]]
            } else {
                self.load(t, iv[1], 0)
            };
            let v = self.copy_mem(t, &v);
            let one = self.b.ins().iconst(T::I8, 1);
            let mut args: Vec<ir::BlockArg> = v.iter().map(|&x| ir::BlockArg::Value(x)).collect();
            args.push(ir::BlockArg::Value(one));
            self.b.ins().jump(done, &args);
            self.b.switch_to_block(no);
            let z = self.zero(t);
            let zero = self.b.ins().iconst(T::I8, 0);
            let mut args: Vec<ir::BlockArg> = z.iter().map(|&x| ir::BlockArg::Value(x)).collect();
            args.push(ir::BlockArg::Value(zero));
            self.b.ins().jump(done, &args);
            self.b.switch_to_block(done);
            return Ok(vec![params, vec![okp]]);
        }
        let itd = self.cg.type_desc(it)?;
        let iface = self.data_addr(itd);
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, ok, 0);
        self.raise_if(bad, Rt::PanicTypeAssert, &[iv[0], want, iface]);
        let _ = e;
        let v = if direct {
            vec![iv[1]]
        } else {
            self.load(t, iv[1], 0)
        };
        Ok(vec![v])
    }

    pub fn const_val(&mut self, c: &ConstVal, t: TypeId) -> R<Val> {
        let t = self.types().default_type(t);
        match repr(self.types(), t) {
            Repr::Regs(tys) if tys.len() == 1 => {
                let ty = tys[0];
                Ok(vec![match c {
                    ConstVal::Bool(b) => self.b.ins().iconst(T::I8, *b as i64),
                    // (A complex constant here has a zero imaginary part: `real(2+0i)`.)
                    ConstVal::Int(_) | ConstVal::Float(_) | ConstVal::Complex(_) => {
                        if ty == T::F64 {
                            self.b.ins().f64const(c.as_f64().unwrap_or(0.0))
                        } else if ty == T::F32 {
                            self.b.ins().f32const(c.to_f32_rounded().unwrap_or(0.0))
                        } else {
                            // The checker made the value fit the type: its low bits are the
                            // bit pattern (e.g. uint64 values past i64::MAX).
                            let v = c.wrap_i64().ok_or_else(|| {
                                "internal compiler error: non-integer constant of integer type"
                                    .to_string()
                            })?;
                            self.b.ins().iconst(ty, v)
                        }
                    }
                    ConstVal::Str(_) => {
                        return Err("internal compiler error: string constant of scalar type".into())
                    }
                }])
            }
            Repr::Regs(tys) if tys[0].is_float() => {
                // A complex number: its two parts, each rounded to the half's float type.
                let (re, im) = c
                    .parts()
                    .ok_or("internal compiler error: non-numeric complex constant")?;
                Ok([re, im]
                    .iter()
                    .map(|p| {
                        if tys[0] == T::F32 {
                            self.b.ins().f32const(p.to_f32_rounded().unwrap_or(0.0))
                        } else {
                            self.b.ins().f64const(p.as_f64().unwrap_or(0.0))
                        }
                    })
                    .collect())
            }
            Repr::Regs(_) => match c {
                ConstVal::Str(s) => {
                    if s.is_empty() {
                        let z = self.iconst(0);
                        return Ok(vec![z, z]);
                    }
                    let d = self.cg.string_data(s)?;
                    let p = self.data_addr(d);
                    let n = self.iconst(s.len() as i64);
                    Ok(vec![p, n])
                }
                _ => {
                    // A constant converted to an interface: box its default-typed value.
                    let dt = match c {
                        ConstVal::Bool(_) => BOOL,
                        ConstVal::Int(_) => INT,
                        ConstVal::Float(_) => FLOAT64,
                        ConstVal::Complex(_) => COMPLEX128,
                        ConstVal::Str(_) => STRING,
                    };
                    let v = self.const_val(c, dt)?;
                    self.box_iface(v, dt, true)
                }
            },
            Repr::Mem { .. } => Err("internal compiler error: memory-typed constant".into()),
        }
    }

    pub fn const_one(&mut self, t: TypeId) -> Value {
        let ty = flat(self.types(), t)[0];
        if ty == T::F64 {
            self.b.ins().f64const(1.0)
        } else if ty == T::F32 {
            self.b.ins().f32const(1.0)
        } else {
            self.b.ins().iconst(ty, 1)
        }
    }

    /// Build a closure object for literal `fi`: {code, &captured...}.
    pub fn closure(&mut self, fi: crate::check::FuncIdx, heap: bool) -> R<Value> {
        let info = self.cg.info;
        let caps = info.funcs[fi as usize].captures.clone();
        if caps.is_empty() {
            let d = self.cg.static_funcval(fi)?;
            return Ok(self.data_addr(d));
        }
        let size = 8 + 8 * caps.len() as u64;
        let p = if heap {
            // The code address, then a pointer to each captured variable.
            let mut mask = vec![true; 1 + caps.len()];
            mask[0] = false;
            self.alloc_shape(size, &mask)?
        } else {
            let s = self.slot(size, 8);
            self.b.ins().stack_addr(T::I64, s, 0)
        };
        let id = self.cg.go_func_id(fi)?;
        let fr = self.funcref(id);
        let code = self.b.ins().func_addr(T::I64, fr);
        self.b.ins().store(flags(), code, p, 0);
        for (i, &o) in caps.iter().enumerate() {
            let a = match self.var_addr(o) {
                Some(a) => a,
                None => {
                    return Err(format!(
                        "internal compiler error: captured variable {} has no address",
                        info.objs[o as usize].name
                    ))
                }
            };
            self.b.ins().store(flags(), a, p, 8 + 8 * i as i32);
        }
        Ok(p)
    }

    pub(super) fn fill_composite(&mut self, t: TypeId, base: Value, elts: &[Element]) -> R<()> {
        let info = self.cg.info;
        match self.types().ukind(t).clone() {
            TypeKind::Array(el, _) => {
                let esize = self.types().size_align(el).0 as i64;
                let mut next: i64 = 0;
                for elt in elts {
                    if let Some(k) = &elt.key {
                        if let Some(i) = info.const_val(k).and_then(|c| c.as_i64()) {
                            next = i;
                        }
                    }
                    self.elem_into(el, base, (next * esize) as i32, &elt.value)?;
                    next += 1;
                }
            }
            TypeKind::Struct(fs) => {
                let offs = self.types().field_offsets(t);
                for (i, elt) in elts.iter().enumerate() {
                    let fidx = match &elt.key {
                        Some(k) => info.field_index.get(&k.id).copied().unwrap_or(i),
                        None => i,
                    };
                    if fs[fidx].name == "_" {
                        // A blank field stays zero; its value is still evaluated.
                        self.expr_to(&elt.value, fs[fidx].ty)?;
                        continue;
                    }
                    self.elem_into(fs[fidx].ty, base, offs[fidx] as i32, &elt.value)?;
                }
            }
            _ => return Err("internal compiler error: composite literal".into()),
        }
        Ok(())
    }

    pub(super) fn elem_into(&mut self, et: TypeId, base: Value, off: i32, v: &Expr) -> R<()> {
        if let ExprKind::CompositeLit { ty: None, elts, .. } = &v.kind {
            if is_mem(self.types(), et) {
                let a = self.b.ins().iadd_imm_s(base, off as i64);
                return self.fill_composite(et, a, elts);
            }
        }
        let val = self.expr_to(v, et)?;
        self.store(et, &val, base, off);
        Ok(())
    }

    /// `[]T{...}`: a fresh backing array as long as the largest index + 1 (an empty literal is
    /// a non-nil empty slice, like Go's).
    pub(super) fn slice_literal(&mut self, el: TypeId, elts: &[Element]) -> R<Val> {
        let info = self.cg.info;
        let mut idx: Vec<i64> = Vec::new();
        let mut next: i64 = 0;
        for elt in elts {
            if let Some(k) = &elt.key {
                if let Some(v) = info.const_val(k).and_then(|c| c.as_i128()) {
                    next = v as i64;
                }
            }
            idx.push(next);
            next += 1;
        }
        let n = idx.iter().copied().max().map_or(0, |m| m + 1);
        let esize = self.types().size_align(el).0;
        let base = self.alloc_of(el, esize * n as u64)?;
        for (elt, i) in elts.iter().zip(idx) {
            self.elem_into(el, base, (i as u64 * esize) as i32, &elt.value)?;
        }
        let len = self.iconst(n);
        Ok(vec![base, len, len])
    }

    /// An index operand as a 64-bit value (sign- or zero-extended).
    pub(super) fn index_val(&mut self, e: &Expr) -> R<Value> {
        let t = self.ty_of(e);
        let v = self.expr(e)?[0];
        Ok(self.widen_i64(v, t))
    }

    pub fn widen_i64(&mut self, v: Value, t: TypeId) -> Value {
        let ty = self.b.func.dfg.value_type(v);
        if ty == T::I64 {
            return v;
        }
        if self.types().is_unsigned(t) {
            self.b.ins().uextend(T::I64, v)
        } else {
            self.b.ins().sextend(T::I64, v)
        }
    }

    /// Go's index check: panics with "index out of range [i] with length n" unless 0 <= i < n.
    /// An index `e` of unsigned type is printed as unsigned (Go's boundsError.signed), so
    /// 1<<64-1 is not "[-1]".
    pub(super) fn bounds_check_of(&mut self, i: Value, len: Value, e: Option<&Expr>) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        let code = self.iconst(BOUNDS_INDEX | self.bounds_sign(e));
        self.raise_if(bad, Rt::PanicBounds, &[code, i, len]);
    }

    /// BOUNDS_UNSIGNED when operand `e` (the x of a boundsError) has an unsigned type.
    fn bounds_sign(&self, e: Option<&Expr>) -> i64 {
        match e {
            Some(e) if self.types().is_unsigned(self.ty_of(e)) => BOUNDS_UNSIGNED,
            _ => 0,
        }
    }

    /// Panic with boundsError `code` (x = a, y = b) unless a <= b (unsigned); `ae` is a's
    /// expression when it has one (its type decides how x prints).
    pub(super) fn bounds_le(&mut self, a: Value, b: Value, code: i64, ae: Option<&Expr>) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, a, b);
        let c = self.iconst(code | self.bounds_sign(ae));
        self.raise_if(bad, Rt::PanicBounds, &[c, a, b]);
    }

    /// The address of an addressable operand (variables in memory, *p, a[i], s[i], x.f).
    pub fn addr(&mut self, e: &Expr) -> R<Value> {
        let info = self.cg.info;
        let qualified = matches!(e.kind, ExprKind::Selector(..)) && info.idents.contains_key(&e.id);
        match &e.kind {
            ExprKind::Paren(x) => self.addr(x),
            ExprKind::Ident(_) | ExprKind::Selector(..)
                if qualified || matches!(e.kind, ExprKind::Ident(_)) =>
            {
                let o = info.idents[&e.id];
                match self.var_addr(o) {
                    Some(a) => Ok(a),
                    None => self.ice(e, "variable has no address"),
                }
            }
            ExprKind::Star(x) => {
                let p = self.expr(x)?[0];
                self.nil_check(p);
                Ok(p)
            }
            ExprKind::Index(x, idx) => {
                let xt = self.ty_of(x);
                let (base, len, el) = match self.types().ukind(xt).clone() {
                    TypeKind::Array(el, n) => {
                        // Not addressable arrays (call results) are evaluated into a temporary.
                        let base = if self.is_addressable(x) {
                            self.addr(x)?
                        } else {
                            self.expr(x)?[0]
                        };
                        (base, self.iconst(n as i64), el)
                    }
                    TypeKind::Pointer(p) => {
                        let (el, n) = match self.types().ukind(p) {
                            TypeKind::Array(el, n) => (*el, *n),
                            _ => return self.ice(e, "index of pointer"),
                        };
                        let base = self.expr(x)?[0];
                        self.nil_check(base);
                        (base, self.iconst(n as i64), el)
                    }
                    TypeKind::Slice(el) => {
                        let s = self.expr(x)?;
                        (s[0], s[1], el)
                    }
                    _ => return self.ice(e, "index"),
                };
                let i = self.index_val(&idx[0])?;
                self.bounds_check_of(i, len, Some(&idx[0]));
                let esize = self.types().size_align(el).0 as i64;
                let off = self.b.ins().imul_imm_s(i, esize);
                Ok(self.b.ins().iadd(base, off))
            }
            ExprKind::Selector(x, _) => {
                let Some(&fidx) = info.field_index.get(&e.id) else {
                    return self.ice(e, "address of a selector that is not a field");
                };
                if let Some(path) = info.embed_path.get(&e.id) {
                    let holder_deref = info.deref(info.holder_type(self.ty_of(x), path)).1;
                    let (ha, ht) = self.sel_holder(x, path, holder_deref)?;
                    let (sa, st) = match self.cg.info.deref(ht) {
                        (el, true) => {
                            let p = self.b.ins().load(T::I64, flags(), ha, 0);
                            self.nil_check(p);
                            (p, el)
                        }
                        (_, false) => (ha, ht),
                    };
                    let off = self.types().field_offsets(st)[fidx] as i64;
                    return Ok(self.b.ins().iadd_imm_s(sa, off));
                }
                let xt = self.ty_of(x);
                let (st, base) = match self.types().ukind(xt).clone() {
                    TypeKind::Pointer(el) => {
                        let p = self.expr(x)?[0];
                        self.nil_check(p);
                        (el, p)
                    }
                    _ => {
                        let b = if self.is_addressable(x) {
                            self.addr(x)?
                        } else {
                            self.expr(x)?[0]
                        };
                        (xt, b)
                    }
                };
                let off = self.types().field_offsets(st)[fidx] as i64;
                Ok(self.b.ins().iadd_imm_s(base, off))
            }
            ExprKind::CompositeLit { .. } => {
                // &T{...}: a fresh heap object.
                let t = self.ty_of(e);
                let (size, _) = self.types().size_align(t);
                let p = self.alloc_of(t, size)?;
                if let Some(mut vs) = self.take_pre(e.id) {
                    // A map literal built ahead, in gc's order (order.rs).
                    let v = vs.remove(0);
                    self.store(t, &v, p, 0);
                    return Ok(p);
                }
                if let ExprKind::CompositeLit { elts, .. } = &e.kind {
                    if is_mem(self.types(), t) {
                        self.fill_composite(t, p, elts)?;
                    } else {
                        // &[]int{1}, &IntHeap{2, 1}, &map[string]int{}: the header in a cell.
                        let v = self.composite_value(t, elts)?;
                        self.store(t, &v, p, 0);
                    }
                }
                Ok(p)
            }
            _ => {
                // A memory value that is not a variable: its temporary's address.
                let v = self.expr(e)?;
                let t = self.ty_of(e);
                if is_mem(self.types(), t) {
                    Ok(v[0])
                } else {
                    self.ice(e, "address of non-addressable value")
                }
            }
        }
    }

    /// The value of a composite literal of type `t` (slices and maps built here, arrays and
    /// structs in a fresh temporary).
    pub(super) fn composite_value(&mut self, t: TypeId, elts: &[Element]) -> R<Val> {
        if let TypeKind::Slice(el) = self.types().ukind(t).clone() {
            return self.slice_literal(el, elts);
        }
        if let TypeKind::Map(_, vt) = self.types().ukind(t).clone() {
            let td = self.map_desc(t);
            let n = self.iconst(elts.len() as i64);
            let m = self.rt(Rt::MakeMap, &[td, n])[0];
            // As gc: the constant entries first, then each other one as a statement
            // `m[k] = v` of its own (a unit of evaluation order, order.rs).
            let (kt, _) = match self.types().ukind(t) {
                TypeKind::Map(kt, vt) => (*kt, *vt),
                _ => (VOID, VOID),
            };
            let is_static: Vec<bool> = elts
                .iter()
                .map(|el| {
                    el.key.as_ref().is_some_and(|k| self.static_lit(k, kt))
                        && self.static_lit(&el.value, vt)
                })
                .collect();
            let order = elts
                .iter()
                .zip(&is_static)
                .filter(|(_, &s)| s)
                .chain(elts.iter().zip(&is_static).filter(|(_, &s)| !s));
            for (elt, &stat) in order {
                let k = elt.key.as_ref().unwrap();
                if !stat {
                    self.order_expr(k, Ctx::MapKey(t))?;
                    self.order_expr(&elt.value, Ctx::To(vt))?;
                }
                let ka = self.map_key(t, k)?;
                let v = if let ExprKind::CompositeLit { ty: None, .. } = &elt.value.kind {
                    self.expr(&elt.value)?
                } else {
                    self.expr_to(&elt.value, vt)?
                };
                let slot = self.rt(Rt::MapAssign, &[td, m, ka])[0];
                self.store(vt, &v, slot, 0);
            }
            return Ok(vec![m]);
        }
        let v = self.zero(t);
        self.fill_composite(t, v[0], elts)?;
        Ok(v)
    }

    pub(super) fn is_addressable(&self, e: &Expr) -> bool {
        matches!(self.tv(e.id).map(|t| t.mode), Some(Mode::Var))
    }

    pub(super) fn slice_expr(
        &mut self,
        x: &Expr,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
        max: &Option<Box<Expr>>,
    ) -> R<Val> {
        let xt = self.ty_of(x);
        let (base, len, cap, esize, is_str) = match self.types().ukind(xt).clone() {
            TypeKind::Basic(_) => {
                let s = self.expr(x)?;
                (s[0], s[1], s[1], 1, true)
            }
            TypeKind::Array(el, n) => {
                let a = self.addr(x)?;
                let n = self.iconst(n as i64);
                (a, n, n, self.types().size_align(el).0, false)
            }
            TypeKind::Pointer(p) => {
                let (el, n) = match self.types().ukind(p) {
                    TypeKind::Array(el, n) => (*el, *n),
                    _ => (VOID, 0),
                };
                let a = self.expr(x)?[0];
                self.nil_check(a);
                let n = self.iconst(n as i64);
                (a, n, n, self.types().size_align(el).0, false)
            }
            TypeKind::Slice(el) => {
                let s = self.expr(x)?;
                (s[0], s[1], s[2], self.types().size_align(el).0, false)
            }
            _ => return Err("internal compiler error: slice operand".into()),
        };
        let l = match lo {
            Some(e) => self.index_val(e)?,
            None => self.iconst(0),
        };
        let h = match hi {
            Some(e) => self.index_val(e)?,
            None => len,
        };
        let m = match max {
            Some(e) => self.index_val(e)?,
            None => cap,
        };
        // Go's checks, in Go's order, each with its own boundsError code (unsigned compares:
        // a negative index is huge).
        let is_slice = matches!(self.types().ukind(xt), TypeKind::Slice(_));
        if max.is_some() {
            let code = if is_slice {
                BOUNDS_SLICE3_ACAP
            } else {
                BOUNDS_SLICE3_ALEN
            };
            self.bounds_le(m, cap, code, max.as_deref());
            self.bounds_le(h, m, BOUNDS_SLICE3_B, hi.as_deref());
            self.bounds_le(l, h, BOUNDS_SLICE3_C, lo.as_deref());
        } else {
            let code = if is_slice {
                BOUNDS_SLICE_ACAP
            } else {
                BOUNDS_SLICE_ALEN
            };
            self.bounds_le(h, cap, code, hi.as_deref());
            self.bounds_le(l, h, BOUNDS_SLICE_B, lo.as_deref());
        }
        // gc's rptr = ptr + (mask(rcap) & (i * stride)): a result with no capacity (no
        // length, for a string) keeps the base pointer, so that it never points past the
        // end of the operand, at the next object in memory.
        let n = self.b.ins().isub(h, l);
        let c = if is_str { n } else { self.b.ins().isub(m, l) };
        let off = self.b.ins().imul_imm_s(l, esize as i64);
        let zero = self.iconst(0);
        let some = self.b.ins().icmp_imm_s(IntCC::NotEqual, c, 0);
        let off = self.b.ins().select(some, off, zero);
        let p = self.b.ins().iadd(base, off);
        if is_str {
            return Ok(vec![p, n]);
        }
        Ok(vec![p, n, c])
    }
}
