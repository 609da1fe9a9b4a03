//! Calls: static, closure, method (through embedded fields and pointers) and interface calls,
//! argument evaluation in Go's order with variadic packing, `go` calls and multi-value results.

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, AbiParam, InstBuilder, Value};
use cranelift_codegen::isa::CallConv;

use super::expr::*;
use super::func::{flags, strip, FnGen, Val, R};
use super::layout::*;
use super::order::Ctx;
use super::runtime_abi::Rt;
use crate::check::lookup::{Lookup, Target};
use crate::check::types::Sig;
use crate::check::types::*;
use crate::check::{CallKind, FuncIdx};
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    pub fn call(&mut self, e: &Expr) -> R<Vec<Val>> {
        if let Some(vs) = self.take_pre(e.id) {
            return Ok(vs);
        }
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
            CallKind::Conversion(t) => {
                let t = self.cg.sub(t);
                Ok(vec![self.conversion(&args[0], t)?])
            }
            CallKind::Builtin(b) => self.builtin(e, b, args),
            CallKind::Lib(f) => self.lib_call(f, args, *ellipsis),
            CallKind::Static(fi) => {
                let ft = self.ty_of(func);
                let sig = self.cg.sig_of(ft);
                let heap_variadic = !variadic_stays_in_call(&info.funcs[fi as usize].name);
                let argv = self.eval_args_for(func, args, *ellipsis, heap_variadic)?;
                let zero = self.iconst(0);
                let key = self.static_key(func, fi)?;
                let id = self.cg.go_func_key(key)?;
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
                let key = self.method_key_at(strip(func), fi)?;
                let recv = self.method_receiver(strip(func))?;
                let argv = self.eval_args(func, args, *ellipsis)?;
                let st = self
                    .cg
                    .plan
                    .instances
                    .subst(key.1, info.funcs[fi as usize].sig);
                let full = self.cg.sig_of(st);
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
                let id = self.cg.go_func_key(key)?;
                self.emit_go_call(Callee::Direct(id), zero, &full, all)
            }
            CallKind::TypeParamMethod => {
                let fs = strip(func);
                let ExprKind::Selector(x, sel) = &fs.kind else {
                    return self.ice(e, "type parameter method call");
                };
                let rt = self.ty_of(x);
                let msig = self.cg.sig_of(self.ty_of(func));
                if self.types().is_interface(rt) {
                    let (recv, _) = self.iface_operand(fs)?;
                    let argv = self.eval_args(func, args, *ellipsis)?;
                    let code = self.find_method(recv[0], &sel.name)?;
                    return self.emit_method_call(code, recv[1], &msig, argv);
                }
                let (id, full) = self.tparam_method(rt, &sel.name, &msig)?;
                let v = self.expr(x)?;
                let recv = self.copy_mem(rt, &v);
                let argv = self.eval_args(func, args, *ellipsis)?;
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
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

    /// The function an instance calls for method `name` of its type argument `rt` (not an
    /// interface), and its signature with the receiver first: the method itself when it is
    /// declared on rt with rt's receiver kind, else the `rt.M` wrapper (a promoted method, a
    /// value method through a pointer), which takes the receiver the same way.
    pub fn tparam_method(
        &mut self,
        rt: TypeId,
        name: &str,
        msig: &Sig,
    ) -> R<(cranelift_module::FuncId, Sig)> {
        let (base, ptr) = self.cg.info.deref(rt);
        if let Lookup::Found(sel) = self.cg.info.lookup_from(base, ptr, name) {
            if let Target::Method {
                func,
                ptr_recv,
                named,
            } = sel.target
            {
                if sel.path.is_empty() && ptr_recv == ptr {
                    let key = self.cg.method_key(func, named)?;
                    let st = self
                        .cg
                        .plan
                        .instances
                        .subst(key.1, self.cg.info.funcs[func as usize].sig);
                    let full = self.cg.sig_of(st);
                    return Ok((self.cg.go_func_key(key)?, full));
                }
            }
        }
        let id = self.cg.wrapper(super::Wrapper::Recv {
            base,
            ptr,
            name: name.to_string(),
        })?;
        let mut full = msig.clone();
        full.params.insert(0, rt);
        Ok((id, full))
    }

    /// The receiver's named type of method `key` (for a generic method, its instance's).
    pub fn recv_base(&self, key: super::FnKey, base: TypeId) -> TypeId {
        self.cg.plan.instances.subst(key.1, base)
    }

    /// How the function a static call or value `func` names is compiled: a generic function's
    /// instance for the type arguments recorded at `func` (substituted in the instance being
    /// generated).
    pub fn static_key(&self, func: &Expr, fi: FuncIdx) -> R<super::FnKey> {
        if !self.cg.info.funcs[fi as usize].is_generic() {
            return Ok(self.cg.key_of(fi));
        }
        let s = strip(func);
        let Some(targs) = self.cg.info.instances.get(&s.id) else {
            return Err(format!(
                "internal compiler error: no type arguments for {}",
                self.cg.info.funcs[fi as usize].name
            ));
        };
        let targs: Vec<TypeId> = targs.iter().map(|&t| self.cg.sub(t)).collect();
        self.cg.inst_key(fi, &targs)
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
        let key = self.method_key_at(sel_expr, ms.func)?;
        let base = self.recv_base(key, base);
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
        // The holder's type is the receiver's named type (or a pointer to it).
        let base = if self.cg.info.funcs[fi as usize].is_generic() {
            self.cg.info.deref(ht).0
        } else {
            self.cg.info.funcs[fi as usize]
                .recv
                .map(|r| r.0)
                .unwrap_or(ht)
        };
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
    pub(super) fn walk_loads(&self, st: TypeId, path: &[usize]) -> bool {
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
    pub(super) fn nil_check_chain(&mut self, p: Value, loads_through: bool) {
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
        // Nested calls' arguments are ordinary ones.
        let units = std::mem::take(&mut self.args_as_units);
        let mut vals: Vec<(Val, TypeId)> = Vec::new();
        if args.len() == 1
            && self
                .types()
                .tuple(self.ty_of(&args[0]))
                .is_some_and(|t| t.len() > 1)
        {
            let ts = self.tuple_of(&args[0]);
            if units {
                self.order_expr(&args[0], Ctx::Plain)?;
            }
            let vs = self.expr_multi(&args[0])?;
            for (v, t) in vs.into_iter().zip(ts) {
                vals.push((v, t));
            }
        } else if units {
            // gc evaluates each operand of a defer or go statement into a temporary of its
            // own, in order (escape analysis' rewriting of the call).
            sig_targets(self.types(), sig, args.len(), ellipsis)
                .into_iter()
                .zip(args)
                .try_for_each(|(pt, a)| -> R<()> {
                    let t = self.ty_of(a);
                    self.order_expr(a, Ctx::To(pt))?;
                    let v = self.expr(a)?;
                    vals.push((self.copy_mem(t, &v), t));
                    Ok(())
                })?;
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
                    self.alloc_of(el, es * n)?
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
    pub(super) fn call_words(
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
}

/// The type each of `n` arguments is assigned to under signature `sig` (a variadic
/// parameter's element type for the extra arguments).
pub(super) fn sig_targets(types: &Types, sig: &Sig, n: usize, ellipsis: bool) -> Vec<TypeId> {
    let np = sig.params.len();
    (0..n)
        .map(|i| {
            if sig.variadic && !ellipsis && i + 1 >= np {
                types.elem(sig.params[np - 1]).unwrap_or(VOID)
            } else {
                sig.params.get(i).copied().unwrap_or(VOID)
            }
        })
        .collect()
}

/// Whether the function named `name` (as tracebacks print it) keeps no pointer into its
/// variadic arguments past the call, so their slice and boxes can live in the caller's frame
/// (`eval_args_sig`). Only library functions qualify, checked by reading them: the Fprint
/// family of compiler/golib/fmt/fmt.go hands `a` to the runtime formatter alone, which copies
/// what it prints. (A program's own functions are all in package main.)
pub(super) fn variadic_stays_in_call(name: &str) -> bool {
    matches!(name, "fmt.Fprint" | "fmt.Fprintln" | "fmt.Fprintf")
}
