//! Expressions: constants, operators with Go's wrap-around and checks, conversions, interface
//! boxing, calls (static, closure, library, builtin) and addresses of addressable operands.

use cranelift_codegen::ir::{
    self, condcodes::FloatCC, condcodes::IntCC, types as T, AbiParam, InstBuilder, Value,
};
use cranelift_codegen::isa::CallConv;

use super::func::{flags, strip, FnGen, Val, R};
use super::layout::*;
use super::runtime_abi::Rt;
use super::Wrapper;
use crate::check::types::Sig;
use crate::check::types::*;
use crate::check::{Builtin, CallKind, ConstVal, FuncIdx, LibFunc, Mode, ObjKind};
use crate::syntax::ast::*;

// Go's boundsErrorCode values (runtime/error.go), passed to deferc_panic_bounds.
const BOUNDS_INDEX: i64 = 0;
const BOUNDS_SLICE_ALEN: i64 = 1;
const BOUNDS_SLICE_ACAP: i64 = 2;
const BOUNDS_SLICE_B: i64 = 3;
const BOUNDS_SLICE3_ALEN: i64 = 4;
const BOUNDS_SLICE3_ACAP: i64 = 5;
const BOUNDS_SLICE3_B: i64 = 6;
const BOUNDS_SLICE3_C: i64 = 7;

/// Whether the function named `name` (as tracebacks print it) keeps no pointer into its
/// variadic arguments past the call, so their slice and boxes can live in the caller's frame
/// (`eval_args_sig`). Only library functions qualify, checked by reading them: the Fprint
/// family of compiler/golib/fmt/fmt.go hands `a` to the runtime formatter alone, which copies
/// what it prints. (A program's own functions are all in package main.)
fn variadic_stays_in_call(name: &str) -> bool {
    matches!(name, "fmt.Fprint" | "fmt.Fprintln" | "fmt.Fprintf")
}

/// What a call goes to.
pub(crate) enum Callee {
    Direct(cranelift_module::FuncId),
    /// A funcval pointer: code at offset 0.
    Indirect(Value),
}

impl<'c, 'a> FnGen<'c, 'a> {
    fn ice<T>(&self, e: &Expr, what: &str) -> R<T> {
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

    fn expr_now(&mut self, e: &Expr) -> R<Val> {
        let info = self.cg.info;
        let tv = match info.tv(e.id) {
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
                        let d = self.cg.static_funcval(*fi)?;
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
                    let p = self.alloc(size);
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
                if let Some(&rt) = info.method_exprs.get(&e.id) {
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
                if let Some(CallKind::Iface(_)) = info.calls.get(&e.id) {
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
                    let env = self.alloc(24);
                    self.b.ins().store(flags(), wcode, env, 0);
                    self.b.ins().store(flags(), code, env, 8);
                    self.b.ins().store(flags(), iv[1], env, 16);
                    return Ok(vec![env]);
                }
                if let Some(ms) = info.method_sel.get(&e.id).copied() {
                    if ms.expr {
                        // T.M: the method itself, receiver first.
                        let d = self.cg.static_funcval(ms.func)?;
                        return Ok(vec![self.data_addr(d)]);
                    }
                    // x.M as a value: a closure holding the receiver, evaluated now.
                    let recv = self.method_receiver(e)?;
                    let fb = &info.funcs[ms.func as usize];
                    let rt = self.cg.sig_of(fb.sig).params[0];
                    let (rsize, _) = self.types().size_align(rt);
                    let cell = self.alloc(rsize);
                    self.store(rt, &recv, cell, 0);
                    let env = self.alloc(16);
                    let w = self.cg.wrapper(Wrapper::MethodValue(ms.func))?;
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
                    self.bounds_check(i, s[1]);
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
    fn type_assert(&mut self, e: &Expr, x: &Expr, t: TypeId, comma_ok: bool) -> R<Vec<Val>> {
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
        let direct = matches!(
            self.types().ukind(t),
            TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Map(..) | TypeKind::Chan(..)
        );
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

    /// Implicit conversion for assignment: boxing into interfaces; otherwise identity.
    pub fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> R<Val> {
        self.convert_boxing(v, from, to, true)
    }

    /// `convert`, boxing into a frame slot instead of the heap when `heap` is false (for a
    /// value that cannot outlive the statement, see `eval_args_sig`).
    fn convert_boxing(&mut self, v: Val, from: TypeId, to: TypeId, heap: bool) -> R<Val> {
        if to == VOID || from == to {
            return Ok(v);
        }
        let t = self.types();
        if t.is_interface(to) && !t.is_interface(from) {
            if from == UNTYPED_NIL {
                return Ok(self.zero(to));
            }
            return self.box_iface(v, from, heap);
        }
        Ok(v)
    }

    /// Make an interface value {type descriptor, data} holding `v` of type `t`.
    pub fn box_iface(&mut self, v: Val, t: TypeId, heap: bool) -> R<Val> {
        let t = self.types().default_type(t);
        let td = self.cg.type_desc(t)?;
        let typ = self.data_addr(td);
        let data = if matches!(
            self.types().ukind(t),
            TypeKind::Pointer(_) | TypeKind::Func(_) | TypeKind::Map(..) | TypeKind::Chan(..)
        ) {
            v[0]
        } else {
            let (size, align) = self.types().size_align(t);
            let p = if heap {
                self.alloc(size)
            } else {
                let s = self.slot(size, align);
                self.b.ins().stack_addr(T::I64, s, 0)
            };
            self.store(t, &v, p, 0);
            p
        };
        Ok(vec![typ, data])
    }

    pub fn const_val(&mut self, c: &ConstVal, t: TypeId) -> R<Val> {
        let t = self.types().default_type(t);
        match repr(self.types(), t) {
            Repr::Regs(tys) if tys.len() == 1 => {
                let ty = tys[0];
                Ok(vec![match c {
                    ConstVal::Bool(b) => self.b.ins().iconst(T::I8, *b as i64),
                    ConstVal::Int(_) | ConstVal::Float(_) => {
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
            self.alloc(size)
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

    fn fill_composite(&mut self, t: TypeId, base: Value, elts: &[Element]) -> R<()> {
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
                    self.elem_into(fs[fidx].ty, base, offs[fidx] as i32, &elt.value)?;
                }
            }
            _ => return Err("internal compiler error: composite literal".into()),
        }
        Ok(())
    }

    fn elem_into(&mut self, et: TypeId, base: Value, off: i32, v: &Expr) -> R<()> {
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
    fn slice_literal(&mut self, el: TypeId, elts: &[Element]) -> R<Val> {
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
        let base = self.alloc(esize * n as u64);
        for (elt, i) in elts.iter().zip(idx) {
            self.elem_into(el, base, (i as u64 * esize) as i32, &elt.value)?;
        }
        let len = self.iconst(n);
        Ok(vec![base, len, len])
    }

    /// An index operand as a 64-bit value (sign- or zero-extended).
    fn index_val(&mut self, e: &Expr) -> R<Value> {
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
    pub fn bounds_check(&mut self, i: Value, len: Value) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThanOrEqual, i, len);
        let code = self.iconst(BOUNDS_INDEX);
        self.raise_if(bad, Rt::PanicBounds, &[code, i, len]);
    }

    /// Panic with boundsError `code` (x = a, y = b) unless a <= b (unsigned).
    fn bounds_le(&mut self, a: Value, b: Value, code: i64) {
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, a, b);
        let c = self.iconst(code);
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
                self.bounds_check(i, len);
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
                let p = self.alloc(size);
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
    fn composite_value(&mut self, t: TypeId, elts: &[Element]) -> R<Val> {
        if let TypeKind::Slice(el) = self.types().ukind(t).clone() {
            return self.slice_literal(el, elts);
        }
        if let TypeKind::Map(_, vt) = self.types().ukind(t).clone() {
            let td = self.map_desc(t);
            let n = self.iconst(elts.len() as i64);
            let m = self.rt(Rt::MakeMap, &[td, n])[0];
            for elt in elts {
                let k = elt.key.as_ref().unwrap();
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

    fn is_addressable(&self, e: &Expr) -> bool {
        matches!(self.cg.info.tv(e.id).map(|t| &t.mode), Some(Mode::Var))
    }

    fn slice_expr(
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
            self.bounds_le(m, cap, code);
            self.bounds_le(h, m, BOUNDS_SLICE3_B);
            self.bounds_le(l, h, BOUNDS_SLICE3_C);
        } else {
            let code = if is_slice {
                BOUNDS_SLICE_ACAP
            } else {
                BOUNDS_SLICE_ALEN
            };
            self.bounds_le(h, cap, code);
            self.bounds_le(l, h, BOUNDS_SLICE_B);
        }
        let off = self.b.ins().imul_imm_s(l, esize as i64);
        let p = self.b.ins().iadd(base, off);
        let n = self.b.ins().isub(h, l);
        if is_str {
            return Ok(vec![p, n]);
        }
        let c = self.b.ins().isub(m, l);
        Ok(vec![p, n, c])
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, t: TypeId) -> R<Val> {
        match op {
            UnOp::Recv => {
                let ct = self.ty_of(x);
                let c = self.expr(x)?[0];
                Ok(self.chan_recv(ct, c)?.0)
            }
            UnOp::Addr => {
                let inner = strip(x);
                if let ExprKind::CompositeLit { .. } = inner.kind {
                    return Ok(vec![self.addr(inner)?]);
                }
                // Variables whose address is taken live in heap cells (analyze::escape).
                Ok(vec![self.addr(x)?])
            }
            UnOp::Pos => self.expr(x),
            UnOp::Neg => {
                let v = self.expr(x)?[0];
                if self.types().is_float(t) {
                    Ok(vec![self.b.ins().fneg(v)])
                } else {
                    Ok(vec![self.b.ins().ineg(v)])
                }
            }
            UnOp::Not => {
                let v = self.expr(x)?[0];
                Ok(vec![self.b.ins().bxor_imm_s(v, 1)])
            }
            UnOp::Xor => {
                let v = self.expr(x)?[0];
                Ok(vec![self.b.ins().bnot(v)])
            }
            _ => self.ice(e, "unary operator"),
        }
    }

    fn binary(&mut self, op: BinOp, a: &Expr, b: &Expr, t: TypeId) -> R<Val> {
        if matches!(op, BinOp::LAnd | BinOp::LOr) {
            let x = self.expr(a)?[0];
            let rhs_b = self.b.create_block();
            let done = self.b.create_block();
            let res = self.b.append_block_param(done, T::I8);
            if op == BinOp::LAnd {
                self.b
                    .ins()
                    .brif(x, rhs_b, &[], done, &[ir::BlockArg::Value(x)]);
            } else {
                self.b
                    .ins()
                    .brif(x, done, &[ir::BlockArg::Value(x)], rhs_b, &[]);
            }
            self.b.switch_to_block(rhs_b);
            let y = self.expr(b)?[0];
            self.b.ins().jump(done, &[ir::BlockArg::Value(y)]);
            self.b.switch_to_block(done);
            return Ok(vec![res]);
        }
        let at = self.ty_of(a);
        let bt = self.ty_of(b);
        let x = self.expr(a)?;
        let y = self.expr(b)?;
        let _ = t;
        // Interface == concrete value: compare as interfaces.
        if op.is_comparison() && at != bt {
            if self.types().is_interface(at) && !self.types().is_interface(bt) {
                let y = self.convert(y, bt, at)?;
                return self.binop_vals(op, at, at, &x, &y);
            }
            if self.types().is_interface(bt) && !self.types().is_interface(at) {
                let x = self.convert(x, at, bt)?;
                return self.binop_vals(op, bt, bt, &x, &y);
            }
        }
        self.binop_vals(op, at, bt, &x, &y)
    }

    /// `x op y` on evaluated operands of type `at` (and `bt` for shift counts).
    pub fn binop_vals(
        &mut self,
        op: BinOp,
        at: TypeId,
        bt: TypeId,
        x: &[Value],
        y: &[Value],
    ) -> R<Val> {
        if op.is_comparison() {
            return Ok(vec![self.compare(op, at, x, y)?]);
        }
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return Ok(vec![self.shift(op, at, bt, x[0], y[0])]);
        }
        if op == BinOp::Add && self.types().is_string(at) {
            let r = self.rt(Rt::ConcatString2, &[x[0], x[1], y[0], y[1]]);
            return Ok(r);
        }
        Ok(vec![self.arith(op, at, x[0], y[0])?])
    }

    pub fn arith(&mut self, op: BinOp, t: TypeId, x: Value, y: Value) -> R<Value> {
        let types = self.types();
        if types.is_float(t) {
            return Ok(match op {
                BinOp::Add => self.b.ins().fadd(x, y),
                BinOp::Sub => self.b.ins().fsub(x, y),
                BinOp::Mul => self.b.ins().fmul(x, y),
                BinOp::Div => self.b.ins().fdiv(x, y),
                _ => return Err("internal compiler error: float operator".into()),
            });
        }
        let unsigned = types.is_unsigned(t);
        Ok(match op {
            BinOp::Add => self.b.ins().iadd(x, y),
            BinOp::Sub => self.b.ins().isub(x, y),
            BinOp::Mul => self.b.ins().imul(x, y),
            BinOp::And => self.b.ins().band(x, y),
            BinOp::Or => self.b.ins().bor(x, y),
            BinOp::Xor => self.b.ins().bxor(x, y),
            BinOp::AndNot => self.b.ins().band_not(x, y),
            BinOp::Div | BinOp::Rem => {
                // Division by zero panics; MinInt / -1 wraps (the hardware would trap).
                let zero = self.b.ins().icmp_imm_s(IntCC::Equal, y, 0);
                self.raise_if(zero, Rt::PanicDivide, &[]);
                if unsigned {
                    if op == BinOp::Div {
                        self.b.ins().udiv(x, y)
                    } else {
                        self.b.ins().urem(x, y)
                    }
                } else {
                    let ty = self.b.func.dfg.value_type(y);
                    let is_m1 = self.b.ins().icmp_imm_s(IntCC::Equal, y, -1);
                    let one = self.b.ins().iconst(ty, 1);
                    let safe_y = self.b.ins().select(is_m1, one, y);
                    if op == BinOp::Div {
                        let q = self.b.ins().sdiv(x, safe_y);
                        let neg = self.b.ins().ineg(x);
                        self.b.ins().select(is_m1, neg, q)
                    } else {
                        let r = self.b.ins().srem(x, safe_y);
                        let zero = self.b.ins().iconst(ty, 0);
                        self.b.ins().select(is_m1, zero, r)
                    }
                }
            }
            _ => return Err("internal compiler error: integer operator".into()),
        })
    }

    /// Go shifts: counts >= width give 0 (or all sign bits); a negative signed count panics.
    fn shift(&mut self, op: BinOp, t: TypeId, ct: TypeId, x: Value, s: Value) -> Value {
        let ty = self.b.func.dfg.value_type(x);
        let bits = ty.bits() as i64;
        let s64 = self.widen_i64(s, ct);
        if !self.types().is_unsigned(ct) {
            let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, s64, 0);
            self.raise_if(neg, Rt::PanicShift, &[]);
        }
        let big = self
            .b
            .ins()
            .icmp_imm_s(IntCC::UnsignedGreaterThanOrEqual, s64, bits);
        let sn = if ty == T::I64 {
            s64
        } else {
            self.b.ins().ireduce(ty, s64)
        };
        match op {
            BinOp::Shl => {
                let r = self.b.ins().ishl(x, sn);
                let z = self.b.ins().iconst(ty, 0);
                self.b.ins().select(big, z, r)
            }
            _ => {
                if self.types().is_unsigned(t) {
                    let r = self.b.ins().ushr(x, sn);
                    let z = self.b.ins().iconst(ty, 0);
                    self.b.ins().select(big, z, r)
                } else {
                    let m = self.b.ins().iconst(ty, bits - 1);
                    let sc = self.b.ins().select(big, m, sn);
                    self.b.ins().sshr(x, sc)
                }
            }
        }
    }

    /// Comparison of two values of type `t` (the operand type, not the result's).
    pub fn compare(&mut self, op: BinOp, t: TypeId, x: &[Value], y: &[Value]) -> R<Value> {
        let types = self.types();
        let eq = matches!(op, BinOp::Eq);
        match types.ukind(t).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if matches!(op, BinOp::Eq | BinOp::Ne) {
                    let r = self.rt(Rt::EqString, &[x[0], x[1], y[0], y[1]])[0];
                    return Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) });
                }
                let c = self.rt(Rt::CmpString, &[x[0], x[1], y[0], y[1]])[0];
                let cc = match op {
                    BinOp::Lt => IntCC::SignedLessThan,
                    BinOp::Le => IntCC::SignedLessThanOrEqual,
                    BinOp::Gt => IntCC::SignedGreaterThan,
                    _ => IntCC::SignedGreaterThanOrEqual,
                };
                Ok(self.b.ins().icmp_imm_s(cc, c, 0))
            }
            TypeKind::Basic(b) if b.is_float() => {
                let cc = match op {
                    BinOp::Eq => FloatCC::Equal,
                    BinOp::Ne => FloatCC::NotEqual,
                    BinOp::Lt => FloatCC::LessThan,
                    BinOp::Le => FloatCC::LessThanOrEqual,
                    BinOp::Gt => FloatCC::GreaterThan,
                    _ => FloatCC::GreaterThanOrEqual,
                };
                Ok(self.b.ins().fcmp(cc, x[0], y[0]))
            }
            TypeKind::Interface(_) => {
                // 0 / 1, or 2: the dynamic type is not comparable (a slice, map or func), which
                // Go reports as a run-time panic.
                let r = self.rt(Rt::IfaceEq, &[x[0], x[1], y[0], y[1]])[0];
                let bad = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
                self.raise_if(bad, Rt::PanicUncomparable, &[x[0], x[1], y[1]]);
                Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) })
            }
            TypeKind::Array(..) | TypeKind::Struct(_) => {
                let r = self.mem_equal(t, x[0], y[0])?;
                Ok(if eq { r } else { self.b.ins().bxor_imm_s(r, 1) })
            }
            TypeKind::Slice(_) => {
                // Only comparison with nil is allowed: compare the data pointer.
                let cc = if eq { IntCC::Equal } else { IntCC::NotEqual };
                Ok(self.b.ins().icmp(cc, x[0], y[0]))
            }
            _ => {
                let unsigned = types.is_unsigned(t) || !types.is_numeric(t);
                let cc = match (op, unsigned) {
                    (BinOp::Eq, _) => IntCC::Equal,
                    (BinOp::Ne, _) => IntCC::NotEqual,
                    (BinOp::Lt, false) => IntCC::SignedLessThan,
                    (BinOp::Le, false) => IntCC::SignedLessThanOrEqual,
                    (BinOp::Gt, false) => IntCC::SignedGreaterThan,
                    (BinOp::Ge, false) => IntCC::SignedGreaterThanOrEqual,
                    (BinOp::Lt, true) => IntCC::UnsignedLessThan,
                    (BinOp::Le, true) => IntCC::UnsignedLessThanOrEqual,
                    (BinOp::Gt, true) => IntCC::UnsignedGreaterThan,
                    _ => IntCC::UnsignedGreaterThanOrEqual,
                };
                Ok(self.b.ins().icmp(cc, x[0], y[0]))
            }
        }
    }

    /// Element-wise equality of two arrays or structs in memory.
    /// Element-wise in order, stopping at the first difference: with interface parts, a later
    /// uncomparable value must not panic once an earlier part already differs (as in Go).
    fn mem_equal(&mut self, t: TypeId, xa: Value, ya: Value) -> R<Value> {
        let mut parts: Vec<(TypeId, i32)> = Vec::new();
        self.leaf_parts(t, 0, &mut parts, 0);
        let done = self.b.create_block();
        let res = self.b.append_block_param(done, T::I8);
        for (pt, off) in parts {
            let xv = self.load(pt, xa, off);
            let yv = self.load(pt, ya, off);
            let c = self.compare(BinOp::Eq, pt, &xv, &yv)?;
            let next = self.b.create_block();
            let zero = self.b.ins().iconst(T::I8, 0);
            self.b
                .ins()
                .brif(c, next, &[], done, &[ir::BlockArg::Value(zero)]);
            self.b.switch_to_block(next);
        }
        let one = self.b.ins().iconst(T::I8, 1);
        self.b.ins().jump(done, &[ir::BlockArg::Value(one)]);
        self.b.switch_to_block(done);
        Ok(res)
    }

    fn leaf_parts(&self, t: TypeId, off: i32, out: &mut Vec<(TypeId, i32)>, depth: u32) {
        if depth > 64 || out.len() > 4096 {
            return;
        }
        match self.types().ukind(t).clone() {
            TypeKind::Array(el, n) => {
                let es = self.types().size_align(el).0 as i32;
                for i in 0..n as i32 {
                    self.leaf_parts(el, off + i * es, out, depth + 1);
                }
            }
            TypeKind::Struct(fs) => {
                let offs = self.types().field_offsets(t);
                for (f, o) in fs.iter().zip(offs) {
                    if f.name != "_" {
                        self.leaf_parts(f.ty, off + o as i32, out, depth + 1);
                    }
                }
            }
            _ => out.push((t, off)),
        }
    }

    // ---- conversions ----

    fn conversion(&mut self, arg: &Expr, to: TypeId) -> R<Val> {
        let from = self.ty_of(arg);
        let v = self.expr(arg)?;
        let types = self.types();
        if types.is_interface(to) {
            return self.convert(v, from, to);
        }
        let fb = types.basic(from);
        let tb = types.basic(to);
        if let (Some(fb), Some(tb)) = (fb, tb) {
            if tb.is_string() && fb.is_integer() {
                let r = self.widen_i64(v[0], from);
                return Ok(self.rt(Rt::IntString, &[r]));
            }
            if tb.is_numeric() && fb.is_numeric() {
                return Ok(vec![self.numeric_conv(v[0], from, to)]);
            }
            return Ok(v);
        }
        // (*[N]T)(s): the slice's array, if it has at least N elements (Go 1.17).
        if let (TypeKind::Slice(_), TypeKind::Pointer(arr)) = (types.ukind(from), types.ukind(to)) {
            if let TypeKind::Array(_, n) = types.ukind(*arr) {
                let n = *n as i64;
                let short = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v[1], n);
                let code = self.iconst(8);
                let x = self.iconst(n);
                self.raise_if(short, Rt::PanicBounds, &[code, x, v[1]]);
                return Ok(vec![v[0]]);
            }
        }
        if types.is_string(to) {
            if let TypeKind::Slice(el) = types.ukind(from) {
                let rt = if types.basic(*el) == Some(Basic::Uint8) {
                    Rt::SliceByteToString
                } else {
                    Rt::SliceRuneToString
                };
                return Ok(self.rt(rt, &[v[0], v[1]]));
            }
        }
        if types.is_string(from) {
            if let TypeKind::Slice(el) = types.ukind(to) {
                let rt = if types.basic(*el) == Some(Basic::Uint8) {
                    Rt::StringToSliceByte
                } else {
                    Rt::StringToSliceRune
                };
                return Ok(self.rt_sret3(rt, &[v[0], v[1]]));
            }
        }
        Ok(v)
    }

    fn numeric_conv(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let types = self.types();
        let fty = flat(types, from)[0];
        let tty = flat(types, to)[0];
        let ff = fty.is_float();
        let tf = tty.is_float();
        match (ff, tf) {
            (true, true) => {
                if fty == tty {
                    v
                } else if tty == T::F64 {
                    self.b.ins().fpromote(T::F64, v)
                } else {
                    self.b.ins().fdemote(T::F32, v)
                }
            }
            (true, false) => {
                // Out-of-range conversions are implementation-defined in Go; saturate.
                if types.is_unsigned(to) {
                    let w = self.b.ins().fcvt_to_uint_sat(T::I64, v);
                    if tty == T::I64 {
                        w
                    } else {
                        self.b.ins().ireduce(tty, w)
                    }
                } else {
                    let w = self.b.ins().fcvt_to_sint_sat(T::I64, v);
                    if tty == T::I64 {
                        w
                    } else {
                        self.b.ins().ireduce(tty, w)
                    }
                }
            }
            (false, true) => {
                let w = self.widen_i64(v, from);
                if types.is_unsigned(from) {
                    self.b.ins().fcvt_from_uint(tty, w)
                } else {
                    self.b.ins().fcvt_from_sint(tty, w)
                }
            }
            (false, false) => {
                let (fb, tb) = (fty.bits(), tty.bits());
                if fb == tb {
                    v
                } else if tb < fb {
                    self.b.ins().ireduce(tty, v)
                } else if types.is_unsigned(from) {
                    self.b.ins().uextend(tty, v)
                } else {
                    self.b.ins().sextend(tty, v)
                }
            }
        }
    }

    // ---- calls ----

    pub fn call(&mut self, e: &Expr) -> R<Vec<Val>> {
        let info = self.cg.info;
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &e.kind
        else {
            return self.ice(e, "call");
        };
        let kind = match info.calls.get(&e.id) {
            Some(k) => k.clone(),
            None => return self.ice(e, "unclassified call"),
        };
        match kind {
            CallKind::Conversion(t) => Ok(vec![self.conversion(&args[0], t)?]),
            CallKind::Builtin(b) => self.builtin(e, b, args),
            CallKind::Lib(f) => self.lib_call(f, args, *ellipsis),
            CallKind::Static(fi) => {
                let ft = self.ty_of(func);
                let sig = self.cg.sig_of(ft);
                let heap_variadic = !variadic_stays_in_call(&info.funcs[fi as usize].name);
                let argv = self.eval_args_for(func, args, *ellipsis, heap_variadic)?;
                let zero = self.iconst(0);
                let id = self.cg.go_func_id(fi)?;
                self.emit_go_call(Callee::Direct(id), zero, &sig, argv)
            }
            CallKind::Dynamic => {
                let ft = self.ty_of(func);
                let sig = self.cg.sig_of(ft);
                let sf = strip(func);
                if let ExprKind::FuncLit { .. } = sf.kind {
                    // A literal called on the spot: a direct call with its closure as context.
                    let fi = info.lits[&sf.id];
                    let env = self.closure(fi, info.funcs[fi as usize].lit_escapes)?;
                    let argv = self.eval_args(func, args, *ellipsis)?;
                    let id = self.cg.go_func_id(fi)?;
                    return self.emit_go_call(Callee::Direct(id), env, &sig, argv);
                }
                let fv = self.expr(func)?[0];
                let argv = self.eval_args(func, args, *ellipsis)?;
                self.nil_check(fv);
                self.emit_go_call(Callee::Indirect(fv), fv, &sig, argv)
            }
            CallKind::Method(fi) => {
                let recv = self.method_receiver(strip(func))?;
                let argv = self.eval_args(func, args, *ellipsis)?;
                let full = self.cg.sig_of(info.funcs[fi as usize].sig);
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
                let id = self.cg.go_func_id(fi)?;
                self.emit_go_call(Callee::Direct(id), zero, &full, all)
            }
            CallKind::Iface(i) => {
                let ExprKind::Selector(_, sel) = &strip(func).kind else {
                    return self.ice(e, "interface method call");
                };
                let (recv, _) = self.iface_operand(strip(func))?;
                let ft = self.ty_of(func);
                let sig = self.cg.sig_of(ft);
                let argv = self.eval_args(func, args, *ellipsis)?;
                let _ = i;
                let code = self.find_method(recv[0], &sel.name)?;
                self.emit_method_call(code, recv[1], &sig, argv)
            }
        }
    }

    /// The receiver value for method selector `x.M`, with Go's automatic & and *, through the
    /// embedded fields of a promoted method.
    pub fn method_receiver(&mut self, sel_expr: &Expr) -> R<Val> {
        let info = self.cg.info;
        let ms = info.method_sel[&sel_expr.id];
        let ExprKind::Selector(x, _) = &sel_expr.kind else {
            return self.ice(sel_expr, "method selector");
        };
        if let Some(path) = info.embed_path.get(&sel_expr.id) {
            let (ha, ht) = self.sel_holder(x, path, true)?;
            return Ok(self.recv_from_holder(ha, ht, ms.func, ms.ptr_recv));
        }
        let fb = &info.funcs[ms.func as usize];
        let Some((base, _)) = fb.recv else {
            return self.ice(sel_expr, "method without receiver");
        };
        Ok(match (ms.ptr_recv, ms.x_is_ptr) {
            (true, true) | (false, false) => {
                let v = self.expr(x)?;
                if ms.ptr_recv {
                    v
                } else {
                    self.copy_mem(base, &v)
                }
            }
            (true, false) => vec![self.addr(x)?],
            (false, true) => {
                let p = self.expr(x)?[0];
                self.nil_check(p);
                let v = self.load(base, p, 0);
                self.copy_mem(base, &v)
            }
        })
    }

    /// The receiver of method `fi` from its holder: the embedded field of type `ht` at address
    /// `ha` (a `*T` field holds the pointer; a value method through it dereferences, checking
    /// for nil; a pointer method on a `T` field takes the field's address).
    pub fn recv_from_holder(&mut self, ha: Value, ht: TypeId, fi: FuncIdx, ptr_recv: bool) -> Val {
        let base = self.cg.info.funcs[fi as usize]
            .recv
            .map(|r| r.0)
            .unwrap_or(ht);
        let holder_ptr = self.cg.info.deref(ht).1;
        match (ptr_recv, holder_ptr) {
            (true, true) => vec![self.b.ins().load(T::I64, flags(), ha, 0)],
            (true, false) => vec![ha],
            (false, false) => {
                let v = self.load(base, ha, 0);
                self.copy_mem(base, &v)
            }
            (false, true) => {
                let p = self.b.ins().load(T::I64, flags(), ha, 0);
                self.nil_check(p);
                let v = self.load(base, p, 0);
                self.copy_mem(base, &v)
            }
        }
    }

    /// The address and type of the holder of selector `x.sel` whose selection took the
    /// embedded fields `path` (non-empty): x is evaluated (a pointer x checked for nil),
    /// then the path is walked (see walk_embedded). `holder_deref`: the caller dereferences
    /// the holder (a promoted field behind an embedded `*T`).
    pub fn sel_holder(
        &mut self,
        x: &Expr,
        path: &[usize],
        holder_deref: bool,
    ) -> R<(Value, TypeId)> {
        let xt = self.ty_of(x);
        let (st, base) = match self.types().ukind(xt).clone() {
            TypeKind::Pointer(el) => {
                let p = self.expr(x)?[0];
                // Loaded through unless it is the chain's last indirection.
                let loads_through = holder_deref || self.walk_loads(el, path);
                self.nil_check_chain(p, loads_through);
                (el, p)
            }
            _ => {
                // A struct operand: its own memory when addressable, else its temporary.
                let b = if self.is_addressable(x) {
                    self.addr(x)?
                } else {
                    self.expr(x)?[0]
                };
                (xt, b)
            }
        };
        Ok(self.walk_embedded(base, st, path, holder_deref))
    }

    /// Does walking `path` from a struct of type `st` load an embedded pointer (a pointer
    /// field before the last one)?
    fn walk_loads(&self, st: TypeId, path: &[usize]) -> bool {
        let mut st = st;
        for &i in path.iter().take(path.len().saturating_sub(1)) {
            let TypeKind::Struct(fs) = self.types().ukind(st) else {
                return false;
            };
            match self.cg.info.deref(fs[i].ty) {
                (_, true) => return true,
                (t, false) => st = t,
            }
        }
        false
    }

    /// The nil check of a pointer the selector chain dereferences. Inside a tuple
    /// assignment's left side, Go checks the chain's last indirection when the assignment is
    /// carried out (FnGen::deferred_raises), but a pointer that is loaded through to reach
    /// the next one must be checked before that load.
    fn nil_check_chain(&mut self, p: Value, loads_through: bool) {
        if loads_through {
            let saved = self.deferred_raises.take();
            self.nil_check(p);
            self.deferred_raises = saved;
        } else {
            self.nil_check(p);
        }
    }

    /// From the address of a value of struct type `st`, the address and type of the embedded
    /// field at the end of `path`. Embedded pointers before the last field are loaded and
    /// checked for nil (the last one is the holder itself: its user decides; `holder_deref`
    /// says it dereferences it).
    pub fn walk_embedded(
        &mut self,
        addr: Value,
        st: TypeId,
        path: &[usize],
        holder_deref: bool,
    ) -> (Value, TypeId) {
        let (mut addr, mut st) = (addr, st);
        for (k, &i) in path.iter().enumerate() {
            let fty = match self.types().ukind(st) {
                TypeKind::Struct(fs) => fs[i].ty,
                _ => return (addr, st),
            };
            let off = self.types().field_offsets(st)[i] as i64;
            let faddr = self.b.ins().iadd_imm_s(addr, off);
            if k + 1 == path.len() {
                return (faddr, fty);
            }
            match self.cg.info.deref(fty) {
                (el, true) => {
                    let p = self.b.ins().load(T::I64, flags(), faddr, 0);
                    let loads_through = holder_deref || self.walk_loads(el, &path[k + 1..]);
                    self.nil_check_chain(p, loads_through);
                    addr = p;
                    st = el;
                }
                (_, false) => {
                    addr = faddr;
                    st = fty;
                }
            }
        }
        (addr, st)
    }

    /// The interface operand of interface method selector `x.M` and its type: x itself, or the
    /// embedded interface field M is promoted from.
    pub fn iface_operand(&mut self, sel_expr: &Expr) -> R<(Val, TypeId)> {
        let ExprKind::Selector(x, _) = &sel_expr.kind else {
            return self.ice(sel_expr, "interface method selector");
        };
        match self.cg.info.embed_path.get(&sel_expr.id) {
            Some(path) => {
                let (ha, ht) = self.sel_holder(x, path, true)?;
                Ok((self.load(ht, ha, 0), ht))
            }
            None => Ok((self.expr(x)?, self.ty_of(x))),
        }
    }

    /// Look up a method's code in a dynamic type's method table (nil interface: panic).
    /// The code of method `name` of dynamic type `typ` (a nil interface panics). Each call
    /// site keeps a two-entry cache {type, code, type, code} in writable data: most sites see
    /// one or two dynamic types, and then the call costs loads and compares instead of the
    /// runtime's search of the method table; a miss moves the first entry to the second and
    /// fills the first. Descriptors are unique per type, so equal pointers mean equal types.
    /// (Go code runs on one thread, so the words are never torn.)
    pub fn find_method(&mut self, typ: Value, name: &str) -> R<Value> {
        self.nil_check(typ);
        let cache = self.cg.method_cache()?;
        let cache = self.data_addr(cache);
        let join = self.b.create_block();
        let code = self.b.append_block_param(join, T::I64);
        let miss = self.b.create_block();
        self.b.set_cold_block(miss);
        for entry in 0..2 {
            let seen = self.b.ins().load(T::I64, flags(), cache, 16 * entry);
            let hit = self.b.ins().icmp(IntCC::Equal, seen, typ);
            let hit_b = self.b.create_block();
            let next = if entry == 0 {
                self.b.create_block()
            } else {
                miss
            };
            self.b.ins().brif(hit, hit_b, &[], next, &[]);
            self.b.switch_to_block(hit_b);
            let c = self.b.ins().load(T::I64, flags(), cache, 16 * entry + 8);
            self.b.ins().jump(join, &[ir::BlockArg::Value(c)]);
            self.b.switch_to_block(next);
        }
        let d = self.cg.string_data(name.as_bytes())?;
        let np = self.data_addr(d);
        let nl = self.iconst(name.len() as i64);
        let c = self.rt(Rt::FindMethod, &[typ, np, nl])[0];
        let (t0, c0) = (
            self.b.ins().load(T::I64, flags(), cache, 0),
            self.b.ins().load(T::I64, flags(), cache, 8),
        );
        self.b.ins().store(flags(), t0, cache, 16);
        self.b.ins().store(flags(), c0, cache, 24);
        self.b.ins().store(flags(), typ, cache, 0);
        self.b.ins().store(flags(), c, cache, 8);
        self.b.ins().jump(join, &[ir::BlockArg::Value(c)]);
        self.b.switch_to_block(join);
        Ok(code)
    }

    /// Evaluate call arguments for signature of `func`, one value per parameter (variadic
    /// extras packed into a slice), in order, including the f(g()) form.
    pub fn eval_args(&mut self, func: &Expr, args: &[Expr], ellipsis: bool) -> R<Vec<Val>> {
        let ft = self.ty_of(func);
        let sig = self.cg.sig_of(ft);
        self.eval_args_sig(&sig, args, ellipsis, true)
    }

    /// As `eval_args`; `heap_variadic` false puts the variadic slice's array and the interface
    /// boxes of its elements in this frame (see `eval_args_sig`).
    pub fn eval_args_for(
        &mut self,
        func: &Expr,
        args: &[Expr],
        ellipsis: bool,
        heap_variadic: bool,
    ) -> R<Vec<Val>> {
        let ft = self.ty_of(func);
        let sig = self.cg.sig_of(ft);
        self.eval_args_sig(&sig, args, ellipsis, heap_variadic)
    }

    /// `heap_variadic` false: the slice built for the variadic arguments, and the interface
    /// boxes its elements need (`fmt.Println(s, i)`), live in this frame instead of on the
    /// heap. Only for callees known to keep no pointer into them past the call (fmt's printing
    /// functions, which copy what they print): deferc has no collector, so heap boxes would be
    /// garbage kept for the rest of the run, some 24 bytes per printed operand.
    pub fn eval_args_sig(
        &mut self,
        sig: &Sig,
        args: &[Expr],
        ellipsis: bool,
        heap_variadic: bool,
    ) -> R<Vec<Val>> {
        let np = sig.params.len();
        let mut vals: Vec<(Val, TypeId)> = Vec::new();
        if args.len() == 1
            && self
                .types()
                .tuple(self.ty_of(&args[0]))
                .is_some_and(|t| t.len() > 1)
        {
            let ts = self.tuple_of(&args[0]);
            let vs = self.expr_multi(&args[0])?;
            for (v, t) in vs.into_iter().zip(ts) {
                vals.push((v, t));
            }
        } else {
            for a in args {
                let t = self.ty_of(a);
                vals.push((self.expr(a)?, t));
            }
        }
        let mut out = Vec::new();
        if sig.variadic && !ellipsis {
            let fixed = np - 1;
            for (i, (v, t)) in vals.iter().take(fixed).enumerate() {
                let c = self.convert(v.clone(), *t, sig.params[i])?;
                out.push(c);
            }
            let st = sig.params[np - 1];
            let el = self.types().elem(st).unwrap_or(VOID);
            let rest: Vec<(Val, TypeId)> = vals.into_iter().skip(fixed).collect();
            if rest.is_empty() {
                out.push(self.zero(st));
            } else {
                let es = self.types().size_align(el).0;
                let n = rest.len() as u64;
                let base = if heap_variadic {
                    self.alloc(es * n)
                } else {
                    let s = self.slot(es * n, 8);
                    self.b.ins().stack_addr(T::I64, s, 0)
                };
                for (i, (v, t)) in rest.into_iter().enumerate() {
                    let c = self.convert_boxing(v, t, el, heap_variadic)?;
                    self.store(el, &c, base, (es * i as u64) as i32);
                }
                let len = self.iconst(n as i64);
                out.push(vec![base, len, len]);
            }
        } else {
            for (i, (v, t)) in vals.into_iter().enumerate() {
                let pt = sig.params.get(i).copied().unwrap_or(t);
                out.push(self.convert(v, t, pt)?);
            }
        }
        Ok(out)
    }

    /// The flat argument words of a Go call after `prefix` (context, receiver): memory values
    /// as private copies, then one result pointer per memory-typed result.
    fn call_words(
        &mut self,
        prefix: Vec<Value>,
        sig: &Sig,
        argv: &[Val],
    ) -> (Vec<Value>, Vec<Option<Value>>) {
        let mut flat_args = prefix;
        for (v, &t) in argv.iter().zip(&sig.params) {
            if is_mem(self.types(), t) {
                let c = self.copy_mem(t, v);
                flat_args.push(c[0]);
            } else {
                flat_args.extend_from_slice(v);
            }
        }
        let mut srets = Vec::new();
        for &r in &sig.results {
            if is_mem(self.types(), r) {
                let (sz, a) = self.types().size_align(r);
                let slot = self.slot(sz, a);
                let p = self.b.ins().stack_addr(T::I64, slot, 0);
                flat_args.push(p);
                srets.push(Some(p));
            } else {
                srets.push(None);
            }
        }
        (flat_args, srets)
    }

    /// Call a Go function or funcval with evaluated arguments; one Val per result.
    pub fn emit_go_call(
        &mut self,
        callee: Callee,
        ctx: Value,
        sig: &Sig,
        argv: Vec<Val>,
    ) -> R<Vec<Val>> {
        let (flat_args, srets) = self.call_words(vec![ctx], sig, &argv);
        let rets = match callee {
            Callee::Direct(id) => self.call_func(id, &flat_args),
            Callee::Indirect(fv) => {
                let code = self.b.ins().load(T::I64, flags(), fv, 0);
                let s = self.cg.go_sig(sig);
                self.call_indirect(s, code, &flat_args)
            }
        };
        Ok(self.split_results(&sig.results, &rets, &srets))
    }

    pub fn split_results(
        &mut self,
        results: &[TypeId],
        rets: &[Value],
        srets: &[Option<Value>],
    ) -> Vec<Val> {
        let mut out = Vec::new();
        let mut k = 0;
        for (i, &r) in results.iter().enumerate() {
            match srets[i] {
                Some(p) => out.push(vec![p]),
                None => {
                    let n = flat(self.types(), r).len();
                    out.push(rets[k..k + n].to_vec());
                    k += n;
                }
            }
        }
        out
    }

    /// Call a method found in a method table: receiver word first (after the context word).
    pub fn emit_method_call(
        &mut self,
        code: Value,
        recv: Value,
        sig: &Sig,
        argv: Vec<Val>,
    ) -> R<Vec<Val>> {
        let mut s = ir::Signature::new(CallConv::Tail);
        s.params.push(AbiParam::new(T::I64));
        s.params.push(AbiParam::new(T::I64));
        let inner = self.cg.go_sig(sig);
        s.params.extend(inner.params.iter().skip(1).cloned());
        s.returns = inner.returns.clone();
        let zero = self.iconst(0);
        let (flat_args, srets) = self.call_words(vec![zero, recv], sig, &argv);
        let rets = self.call_indirect(s, code, &flat_args);
        Ok(self.split_results(&sig.results, &rets, &srets))
    }

    // ---- builtins ----

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> R<Vec<Val>> {
        match b {
            Builtin::Len | Builtin::Cap => {
                let t = self.ty_of(&args[0]);
                let v = self.expr(&args[0])?;
                let r = match self.types().ukind(t).clone() {
                    TypeKind::Basic(_) => v[1],
                    TypeKind::Slice(_) => {
                        if b == Builtin::Len {
                            v[1]
                        } else {
                            v[2]
                        }
                    }
                    TypeKind::Array(_, n) => self.iconst(n as i64),
                    TypeKind::Map(..) => self.rt(Rt::MapLen, &[v[0]])[0],
                    TypeKind::Chan(..) => {
                        let rt = if b == Builtin::Len {
                            Rt::ChanLen
                        } else {
                            Rt::ChanCap
                        };
                        self.rt(rt, &[v[0]])[0]
                    }
                    TypeKind::Pointer(p) => {
                        let n = match self.types().ukind(p) {
                            TypeKind::Array(_, n) => *n,
                            _ => 0,
                        };
                        self.iconst(n as i64)
                    }
                    _ => return self.ice(e, "len"),
                };
                Ok(vec![vec![r]])
            }
            Builtin::Print | Builtin::Println => {
                let vals = match self.builtin_spread(args)? {
                    Some(vals) => vals,
                    None => {
                        let mut vals = Vec::new();
                        for a in args {
                            let t = self.ty_of(a);
                            vals.push((self.expr(a)?, t));
                        }
                        vals
                    }
                };
                self.emit_print(b == Builtin::Println, &vals);
                Ok(vec![])
            }
            Builtin::Panic => {
                let v = self.expr_to(&args[0], ANY)?;
                self.emit_panic(&v);
                Ok(vec![])
            }
            Builtin::Recover => Ok(vec![self.emit_recover()]),
            Builtin::Make if matches!(self.types().ukind(self.ty_of(e)), TypeKind::Chan(..)) => {
                let t = self.ty_of(e);
                let n = match args.get(1) {
                    Some(a) => Some(self.index_val(a)?),
                    None => None,
                };
                Ok(vec![self.make_chan(t, n)?])
            }
            Builtin::Close => {
                let c = self.expr(&args[0])?[0];
                self.chan_close(c);
                Ok(vec![])
            }
            Builtin::Make if matches!(self.types().ukind(self.ty_of(e)), TypeKind::Map(..)) => {
                let t = self.ty_of(e);
                let hint = match args.get(1) {
                    Some(h) => self.index_val(h)?,
                    None => self.iconst(0),
                };
                let td = self.map_desc(t);
                Ok(vec![self.rt(Rt::MakeMap, &[td, hint])])
            }
            Builtin::Delete => {
                let (mt, m, ka) = match self.builtin_spread(args)? {
                    Some(mut vals) => {
                        let (k, kt) = vals.pop().unwrap_or_default();
                        let (m, mt) = vals.pop().unwrap_or_default();
                        let key_t = match self.types().ukind(mt) {
                            TypeKind::Map(key_t, _) => *key_t,
                            _ => VOID,
                        };
                        let k = self.convert(k, kt, key_t)?;
                        (mt, m[0], self.map_key_val(mt, &k))
                    }
                    None => {
                        let mt = self.ty_of(&args[0]);
                        let m = self.expr(&args[0])?[0];
                        (mt, m, self.map_key(mt, &args[1])?)
                    }
                };
                let td = self.map_desc(mt);
                self.rt(Rt::MapDelete, &[td, m, ka]);
                Ok(vec![])
            }
            Builtin::Make => {
                let t = self.ty_of(e);
                let el = self.types().elem(t).unwrap_or(VOID);
                let esize = self.types().size_align(el).0;
                let len = self.index_val(&args[1])?;
                let cap = match args.get(2) {
                    Some(c) => self.index_val(c)?,
                    None => len,
                };
                // Go's makeslice: sizes past the address space or len > cap panic (negative
                // values are huge as unsigned numbers).
                // Zero-size elements take no memory: only a negative length or capacity (or
                // len > cap) is out of range.
                let max_elems = match esize {
                    0 => self.iconst(i64::MAX),
                    _ => self.iconst(((1u64 << 47) / esize) as i64),
                };
                let cap_bad = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThan, cap, max_elems);
                let len_gt_cap = self.b.ins().icmp(IntCC::UnsignedGreaterThan, len, cap);
                let bad = self.b.ins().bor(cap_bad, len_gt_cap);
                let ok_b = self.b.create_block();
                let bad_b = self.b.create_block();
                self.b.set_cold_block(bad_b);
                self.b.ins().brif(bad, bad_b, &[], ok_b, &[]);
                self.b.switch_to_block(bad_b);
                self.dead = false;
                let len_bad = self
                    .b
                    .ins()
                    .icmp(IntCC::UnsignedGreaterThan, len, max_elems);
                let zero = self.iconst(0);
                let one = self.iconst(1);
                let code = self.b.ins().select(len_bad, zero, one);
                self.rt(Rt::PanicMakeslice, &[code]);
                self.b.switch_to_block(ok_b);
                self.dead = false;
                let bytes = self.b.ins().imul_imm_s(cap, esize as i64);
                let p = self.rt(Rt::Alloc, &[bytes])[0];
                Ok(vec![vec![p, len, cap]])
            }
            Builtin::Append => {
                let ExprKind::Call { ellipsis, .. } = &e.kind else {
                    return self.ice(e, "append");
                };
                let spread = self.builtin_spread(args)?;
                let st = match &spread {
                    Some(vals) => vals[0].1,
                    None => self.ty_of(&args[0]),
                };
                let el = self.types().elem(st).unwrap_or(VOID);
                let esize = self.types().size_align(el).0;
                if let Some(mut vals) = spread {
                    let rest = vals.split_off(1);
                    let mut conv = Vec::new();
                    for (v, t) in rest {
                        conv.push(self.convert(v, t, el)?);
                    }
                    return Ok(vec![self.append_vals(&vals[0].0, el, esize, conv)]);
                }
                let s = self.expr(&args[0])?;
                if *ellipsis {
                    let tt = self.ty_of(&args[1]);
                    let t = self.expr(&args[1])?;
                    let (tptr, tlen) = (t[0], t[1]);
                    let _ = tt;
                    let newlen = self.b.ins().iadd(s[1], tlen);
                    let (ptr, cap) = self.ensure_cap(&s, newlen, esize);
                    let off = self.b.ins().imul_imm_s(s[1], esize as i64);
                    let dst = self.b.ins().iadd(ptr, off);
                    let n = self.b.ins().imul_imm_s(tlen, esize as i64);
                    let cfg = self.cg.module.target_config();
                    self.b.call_memmove(cfg, dst, tptr, n);
                    return Ok(vec![vec![ptr, newlen, cap]]);
                }
                let mut vals = Vec::new();
                for a in &args[1..] {
                    vals.push(self.expr_to(a, el)?);
                }
                Ok(vec![self.append_vals(&s, el, esize, vals)])
            }
            Builtin::Copy => {
                let (dt, d, s) = match self.builtin_spread(args)? {
                    Some(mut vals) => {
                        let (s, _) = vals.pop().unwrap_or_default();
                        let (d, dt) = vals.pop().unwrap_or_default();
                        (dt, d, s)
                    }
                    None => {
                        let dt = self.ty_of(&args[0]);
                        let d = self.expr(&args[0])?;
                        (dt, d, self.expr(&args[1])?)
                    }
                };
                let n = self.emit_copy(dt, &d, &s);
                Ok(vec![vec![n]])
            }
            Builtin::New => {
                let t = self.ty_of(e);
                let el = self.types().elem(t).unwrap_or(VOID);
                let (s, _) = self.types().size_align(el);
                Ok(vec![vec![self.alloc(s)]])
            }
            _ => self.ice(e, "builtin outside the subset"),
        }
    }

    /// append(s, vals...) for slice `s` and values already converted to the element type.
    fn append_vals(&mut self, s: &[Value], el: TypeId, esize: u64, vals: Vec<Val>) -> Val {
        let k = vals.len() as i64;
        let newlen = self.b.ins().iadd_imm_s(s[1], k);
        let (ptr, cap) = self.ensure_cap(s, newlen, esize);
        let off = self.b.ins().imul_imm_s(s[1], esize as i64);
        let dst = self.b.ins().iadd(ptr, off);
        for (i, v) in vals.iter().enumerate() {
            self.store(el, v, dst, (i as u64 * esize) as i32);
        }
        vec![ptr, newlen, cap]
    }

    /// The arguments of a built-in whose only argument is a multi-value call (`print(f())`,
    /// `copy(f())`; see check::builtin_multi), evaluated with their types; `None` otherwise.
    pub fn builtin_spread(&mut self, args: &[Expr]) -> R<Option<Vec<(Val, TypeId)>>> {
        let [a] = args else { return Ok(None) };
        if self
            .types()
            .tuple(self.ty_of(a))
            .is_none_or(|t| t.len() < 2)
        {
            return Ok(None);
        }
        let ts = self.tuple_of(a);
        let vs = self.expr_multi(a)?;
        Ok(Some(vs.into_iter().zip(ts).collect()))
    }

    /// copy(d, s) for a destination slice of type `dt` and a slice or string `s`: moves
    /// min(len(d), len(s)) elements and returns that count.
    pub fn emit_copy(&mut self, dt: TypeId, d: &[Value], s: &[Value]) -> Value {
        let el = self.types().elem(dt).unwrap_or(VOID);
        let esize = self.types().size_align(el).0;
        let less = self.b.ins().icmp(IntCC::SignedLessThan, d[1], s[1]);
        let n = self.b.ins().select(less, d[1], s[1]);
        let bytes = self.b.ins().imul_imm_s(n, esize as i64);
        let cfg = self.cg.module.target_config();
        self.b.call_memmove(cfg, d[0], s[0], bytes);
        n
    }

    /// recover(): the runtime compares the FP of our caller (saved at our FP) with the frame
    /// whose defers the panic is running, which is Go's "called directly by a deferred
    /// function" rule.
    pub fn emit_recover(&mut self) -> Val {
        let fp = self.b.ins().get_frame_pointer(T::I64);
        let caller_fp = self.b.ins().load(T::I64, flags(), fp, 0);
        self.rt(Rt::Gorecover, &[caller_fp])
    }

    /// append's capacity check: the slice's (ptr, cap) if `newlen` fits, else a grown copy.
    fn ensure_cap(&mut self, s: &[Value], newlen: Value, esize: u64) -> (Value, Value) {
        let fits = self
            .b
            .ins()
            .icmp(IntCC::UnsignedLessThanOrEqual, newlen, s[2]);
        let grow = self.b.create_block();
        let join = self.b.create_block();
        let ptr = self.b.append_block_param(join, T::I64);
        let cap = self.b.append_block_param(join, T::I64);
        self.b.set_cold_block(grow);
        self.b.ins().brif(
            fits,
            join,
            &[ir::BlockArg::Value(s[0]), ir::BlockArg::Value(s[2])],
            grow,
            &[],
        );
        self.b.switch_to_block(grow);
        // The new length overflowed int: Go's growslice panics "cap out of range".
        let overflow = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, newlen, 0);
        let two = self.iconst(2);
        self.raise_if(overflow, Rt::PanicMakeslice, &[two]);
        let es = self.iconst(esize as i64);
        let g = self.rt(Rt::GrowSlice, &[s[0], s[1], s[2], newlen, es]);
        self.b.ins().jump(
            join,
            &[ir::BlockArg::Value(g[0]), ir::BlockArg::Value(g[1])],
        );
        self.b.switch_to_block(join);
        (ptr, cap)
    }

    pub fn emit_panic(&mut self, v: &[Value]) {
        self.rt(Rt::Gopanic, &[v[0], v[1]]);
    }

    /// Go's print/println: each operand printed by type, println adding spaces and a newline.
    pub fn emit_print(&mut self, ln: bool, vals: &[(Val, TypeId)]) {
        self.rt(Rt::PrintLock, &[]);
        for (i, (v, t)) in vals.iter().enumerate() {
            if ln && i > 0 {
                self.rt(Rt::PrintSp, &[]);
            }
            let t = self.types().default_type(*t);
            match self.types().ukind(t).clone() {
                TypeKind::Basic(b) => {
                    if b.is_string() {
                        self.rt(Rt::PrintString, &[v[0], v[1]]);
                    } else if b.is_bool() {
                        self.rt(Rt::PrintBool, &[v[0]]);
                    } else if b.is_float() {
                        let f = if self.b.func.dfg.value_type(v[0]) == T::F32 {
                            self.b.ins().fpromote(T::F64, v[0])
                        } else {
                            v[0]
                        };
                        self.rt(Rt::PrintFloat, &[f]);
                    } else if b.is_unsigned() {
                        let x = self.widen_i64(v[0], t);
                        self.rt(Rt::PrintUint, &[x]);
                    } else if b == Basic::UntypedNil {
                        let z = self.iconst(0);
                        self.rt(Rt::PrintPointer, &[z]);
                    } else {
                        let x = self.widen_i64(v[0], t);
                        self.rt(Rt::PrintInt, &[x]);
                    }
                }
                TypeKind::Interface(_) => {
                    self.rt(Rt::PrintEface, &[v[0], v[1]]);
                }
                TypeKind::Slice(_) => {
                    self.rt(Rt::PrintSlice, &[v[0], v[1], v[2]]);
                }
                _ => {
                    self.rt(Rt::PrintPointer, &[v[0]]);
                }
            }
        }
        if ln {
            self.rt(Rt::PrintNl, &[]);
        }
        self.rt(Rt::PrintUnlock, &[]);
    }

    // ---- library ----

    fn lib_call(&mut self, f: LibFunc, args: &[Expr], ellipsis: bool) -> R<Vec<Val>> {
        let sig = self.lib_sig(f)?;
        let argv = self.eval_args_sig(&sig, args, ellipsis, false)?;
        self.lib_call_vals(f, argv)
    }

    /// The signature the checker gave library function `f` (Info::lib_sigs).
    pub fn lib_sig(&mut self, f: LibFunc) -> R<Sig> {
        let t =
            self.cg.info.lib_sigs.get(&f).copied().ok_or_else(|| {
                format!("internal compiler error: no signature recorded for {:?}", f)
            })?;
        Ok(self.cg.sig_of(t))
    }

    /// A library call on evaluated arguments (also used when a deferred library call runs).
    pub fn lib_call_vals(&mut self, f: LibFunc, argv: Vec<Val>) -> R<Vec<Val>> {
        use LibFunc::*;
        let zero = self.iconst(0);
        Ok(match f {
            FmtPrint | FmtPrintln => {
                let fd = self.iconst(1);
                let s = &argv[0];
                let rt = if f == FmtPrint {
                    Rt::FmtFprint
                } else {
                    Rt::FmtFprintln
                };
                let n = self.rt(rt, &[fd, s[0], s[1]])[0];
                vec![vec![n], vec![zero, zero]]
            }
            FmtPrintf => {
                let fd = self.iconst(1);
                let (fs, s) = (&argv[0], &argv[1]);
                let n = self.rt(Rt::FmtFprintf, &[fd, fs[0], fs[1], s[0], s[1]])[0];
                vec![vec![n], vec![zero, zero]]
            }
            FmtSprint | FmtSprintln => {
                let s = &argv[0];
                let rt = if f == FmtSprint {
                    Rt::FmtSprint
                } else {
                    Rt::FmtSprintln
                };
                vec![self.rt(rt, &[s[0], s[1]])]
            }
            FmtSprintf => {
                let (fs, s) = (&argv[0], &argv[1]);
                vec![self.rt(Rt::FmtSprintf, &[fs[0], fs[1], s[0], s[1]])]
            }
            OsExit => {
                let c = argv[0][0];
                self.rt(Rt::OsExit, &[c]);
                vec![]
            }
            OsGetenv => vec![self.rt(Rt::OsGetenv, &[argv[0][0], argv[0][1]])],
            OsArgs => vec![self.rt_sret3(Rt::OsArgs, &[])],
            Pkg(i) => {
                let f = &crate::check::lib::PKG_FUNCS[i as usize];
                let sym = crate::check::lib::pkg_symbol(f);
                let rt = super::runtime_abi::ALL
                    .iter()
                    .copied()
                    .find(|r| r.symbol() == sym)
                    .ok_or_else(|| format!("internal compiler error: no runtime entry {}", sym))?;
                let words: Vec<Value> = argv.iter().flatten().copied().collect();
                if f.result == crate::check::lib::PT::StrSlice {
                    vec![self.rt_sret3(rt, &words)]
                } else {
                    vec![self.rt(rt, &words)]
                }
            }
            RuntimeBreakpoint => {
                // Go stops the process with SIGTRAP.
                self.b.ins().debugtrap();
                vec![]
            }
            RuntimeGoexit => {
                self.rt(Rt::Goexit, &[]);
                vec![]
            }
        })
    }
}
