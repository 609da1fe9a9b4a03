//! Whole bodies: a Go function's entry (parameters, stack check, defer prologue) and exit
//! block, generated method wrappers, and the package initializer (package-level variables in
//! Go's initialization order, then the init functions).

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, InstBuilder, Value};
use cranelift_module::Module;

use super::expr::Callee;
use super::func::*;
use super::layout::*;
use super::order::Ctx;
use super::runtime_abi::Rt;
use super::Wrapper;
use crate::check::lookup::{Selection, Target};
use crate::check::types::*;
use crate::check::{ConstVal, FuncIdx, ObjId};
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    /// Go's stack check: if sp is below the running goroutine's `stackguard`, trap; the
    /// runtime's SIGILL handler reports Go's stack overflow (goroutine stacks cannot grow and
    /// have no guard pages, see runtime/src/stack.rs). The guard leaves room below it for the
    /// frame just allocated and the runtime code that Go code calls.
    pub(super) fn stack_check(&mut self) {
        let curg = self.cg.curg_data();
        let gv = self.cg.module.declare_data_in_func(curg, self.b.func);
        let addr = self.b.ins().symbol_value(T::I64, gv);
        let g = self.b.ins().load(T::I64, flags(), addr, 0);
        let off = std::mem::offset_of!(deferc_runtime::goroutine::G, stackguard) as i32;
        let guard = self.b.ins().load(T::I64, flags(), g, off);
        let sp = self.b.ins().get_stack_pointer(T::I64);
        let low = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, guard);
        let ok = self.b.create_block();
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(low, cold, &[], ok, &[]);
        self.b.switch_to_block(cold);
        self.b.ins().trap(ir::TrapCode::STACK_OVERFLOW);
        self.b.switch_to_block(ok);
        self.dead = false;
    }

    pub fn gen_body(&mut self) -> R<()> {
        let fi = self.fi.unwrap();
        let info = self.cg.info;
        let body_info = &info.funcs[fi as usize];
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        self.stack_check();
        self.env = Some(params[0]);
        let mut pi = 1;
        let sig = self.cg.sig_of(self.cg.sub(body_info.sig));
        // Captured variables: their addresses sit in the closure object after the code word.
        for (i, &o) in body_info.captures.iter().enumerate() {
            let env = params[0];
            let a = self.b.ins().load(T::I64, flags(), env, 8 + 8 * i as i32);
            let v = self.b.declare_var(T::I64);
            self.b.def_var(v, a);
            self.vars.insert(o, VarLoc::Addr(AddrSrc::Var(v)));
        }
        for (k, &o) in body_info.params.iter().enumerate() {
            let t = sig.params.get(k).copied().unwrap_or(VOID);
            let n = flat(self.types(), t).len();
            let val: Val = params[pi..pi + n].to_vec();
            pi += n;
            let (mem, heap) = self.var_needs_memory(o);
            if is_mem(self.types(), t) && !heap {
                // The caller passed a private copy: it is this variable's storage.
                let v = self.b.declare_var(T::I64);
                self.b.def_var(v, val[0]);
                self.vars.insert(o, VarLoc::Addr(AddrSrc::Var(v)));
                continue;
            }
            let _ = mem;
            self.decl_var(o, Some(val))?;
        }
        for &r in &sig.results {
            if is_mem(self.types(), r) {
                self.sret.push(Some(params[pi]));
                pi += 1;
            } else {
                self.sret.push(None);
            }
        }
        if !body_info.defers.is_empty() && self.cg.landing_pads() {
            self.pad = Some(self.b.create_block());
        }
        self.results = body_info.results.clone();
        for &o in &body_info.results.clone() {
            self.decl_var(o, None)?;
        }
        self.defer_prologue()?;
        let body = self.body_block(fi);
        for s in &body.stmts {
            self.stmt(s)?;
        }
        self.jump(self.exit);
        self.b.switch_to_block(self.exit);
        self.dead = false;
        self.defer_epilogue()?;
        let mut rets = Vec::new();
        for (k, &o) in self.results.clone().iter().enumerate() {
            let t = self.obj_ty(o);
            let v = self.read_var(o);
            match self.sret[k] {
                Some(p) => self.store(t, &v, p, 0),
                None => rets.extend(v),
            }
        }
        self.b.ins().return_(&rets);
        self.defer_pad()?;
        Ok(())
    }

    pub(super) fn body_block(&self, fi: FuncIdx) -> &'a Block {
        let info = self.cg.info;
        let f = &info.funcs[fi as usize];
        if let Some(di) = f.decl {
            if let Decl::Func(fd) = &self.cg.file.decls[di] {
                return fd.body.as_ref().unwrap();
            }
        }
        f.lit_body
            .as_deref()
            .expect("a function is a declaration or a literal")
    }

    /// A generated method wrapper (see codegen::Wrapper): find the receiver, call the method,
    /// return its results. `msig` is the method's signature without receiver; `sel` the
    /// selection a `Recv` wrapper follows.
    pub fn gen_wrapper(&mut self, w: &Wrapper, msig: &Sig, sel: Option<&Selection>) -> R<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params: Vec<Value> = self.b.block_params(entry).to_vec();
        let nrecv = match w {
            Wrapper::Recv {
                base, ptr: false, ..
            } => flat(self.types(), *base).len(),
            Wrapper::Recv { ptr: true, .. } => 1,
            _ => 0,
        };
        let ctx = params[0];
        let recv_words = params[1..1 + nrecv].to_vec();
        let rest = &params[1 + nrecv..];
        // Rebuild the per-parameter values from the flat words.
        let mut argv = Vec::new();
        let mut k = 0;
        for &p in &msig.params {
            let n = flat(self.types(), p).len();
            argv.push(rest[k..k + n].to_vec());
            k += n;
        }
        let srets: Vec<Value> = rest[k..].to_vec();
        let res = match w {
            Wrapper::MethodValue(fi, inst) => {
                let st = self
                    .cg
                    .plan
                    .instances
                    .subst(*inst, self.cg.info.funcs[*fi as usize].sig);
                let full = self.cg.sig_of(st);
                let cell = self.b.ins().load(T::I64, flags(), ctx, 8);
                let recv = self.load(full.params[0], cell, 0);
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
                let id = self.cg.go_func_key((*fi, *inst))?;
                self.emit_go_call(Callee::Direct(id), zero, &full, all)?
            }
            Wrapper::TParamMethodValue { rt, name } => {
                let cell = self.b.ins().load(T::I64, flags(), ctx, 8);
                let recv = self.load(*rt, cell, 0);
                let (id, full) = self.tparam_method(*rt, name, msig)?;
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
                self.emit_go_call(Callee::Direct(id), zero, &full, all)?
            }
            Wrapper::IfaceMethodValue { .. } => {
                let code = self.b.ins().load(T::I64, flags(), ctx, 8);
                let data = self.b.ins().load(T::I64, flags(), ctx, 16);
                self.emit_method_call(code, data, msig, argv)?
            }
            Wrapper::Recv { base, ptr, name } => {
                let Some(sel) = sel else {
                    return Err(format!(
                        "internal compiler error: wrapper {} unresolved",
                        name
                    ));
                };
                self.call_selected(*base, *ptr, &recv_words, sel, name, msig, argv)?
            }
        };
        let results = msig.results.clone();
        let mut rets = Vec::new();
        let mut si = 0;
        for (v, &r) in res.iter().zip(&results) {
            if is_mem(self.types(), r) {
                self.store(r, v, srets[si], 0);
                si += 1;
            } else {
                rets.extend_from_slice(v);
            }
        }
        self.b.ins().return_(&rets);
        Ok(())
    }

    /// The body of a `Recv` wrapper: call method `name` of `*base` (`ptr`: `recv` is the
    /// pointer) or of `base` (`recv` is the value's words; a struct's address) as `sel` says.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn call_selected(
        &mut self,
        base: TypeId,
        ptr: bool,
        recv: &[Value],
        sel: &Selection,
        name: &str,
        msig: &Sig,
        argv: Vec<Val>,
    ) -> R<Vec<Val>> {
        // The address of the base value the embedded path starts from. A promoted method
        // through a nil *base dereferences nil: Go's nil pointer panic.
        let start = |g: &mut Self| -> R<Value> {
            if ptr {
                g.nil_check(recv[0]);
            } else if !is_mem(g.types(), base) {
                return Err(format!(
                    "internal compiler error: promoted method {} of a non-struct",
                    name
                ));
            }
            Ok(recv[0])
        };
        match sel.target {
            Target::IfaceMethod { .. } => {
                let iv = if sel.path.is_empty() {
                    recv.to_vec()
                } else {
                    let a = start(self)?;
                    let (ha, ht) = self.walk_embedded(a, base, &sel.path, true);
                    self.load(ht, ha, 0)
                };
                let code = self.find_method(iv[0], name)?;
                self.emit_method_call(code, iv[1], msig, argv)
            }
            Target::Method {
                func,
                ptr_recv,
                named,
            } => {
                let key = self.cg.method_key(func, named)?;
                let st = self
                    .cg
                    .plan
                    .instances
                    .subst(key.1, self.cg.info.funcs[func as usize].sig);
                let full = self.cg.sig_of(st);
                let rt = full.params.first().copied().unwrap_or(VOID);
                let r = if !sel.path.is_empty() {
                    let a = start(self)?;
                    let (ha, ht) = self.walk_embedded(a, base, &sel.path, true);
                    self.recv_from_holder(ha, ht, func, ptr_recv)
                } else if ptr && !ptr_recv {
                    // A value method through a pointer: Go's wrapper reports a nil pointer
                    // with runtime.panicwrap's message.
                    let p = recv[0];
                    let msg = format!(
                        "value method {}.{} called using nil *{} pointer",
                        self.cg.types().name(base),
                        name,
                        self.cg.types().name_local(base),
                    );
                    let d = self.cg.plain_error_desc()?;
                    let typ = self.data_addr(d);
                    let bx = self
                        .cg
                        .static_box(&ConstVal::Str(msg.into_bytes()), STRING)?;
                    let data = self.data_addr(bx);
                    let bad = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                    self.raise_if(bad, Rt::Gopanic, &[typ, data]);
                    self.load(rt, p, 0)
                } else {
                    recv.to_vec()
                };
                let mut all = vec![r];
                all.extend(argv);
                let zero = self.iconst(0);
                let id = self.cg.go_func_key(key)?;
                self.emit_go_call(Callee::Direct(id), zero, &full, all)
            }
            Target::Field { .. } => Err(format!(
                "internal compiler error: wrapper for field {}",
                name
            )),
        }
    }

    /// Package initialization: Info::init_steps, package by package.
    pub fn gen_init(&mut self) -> R<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let info = self.cg.info;
        for step in &info.init_steps {
            match *step {
                crate::check::InitStep::Var(di, si) => {
                    let Decl::Var(g) = &self.cg.file.decls[di] else {
                        continue;
                    };
                    self.var_spec(&g.specs[si])?;
                }
                crate::check::InitStep::Init(fi) => {
                    let id = self.cg.go_func_id(fi)?;
                    let ctx = self.b.ins().iconst(T::I64, 0);
                    self.call_func(id, &[ctx]);
                }
            }
        }
        self.b.ins().return_(&[]);
        Ok(())
    }

    /// `var a, b = x, y` (locals and globals alike).
    pub fn var_spec(&mut self, spec: &ValueSpec) -> R<()> {
        let info = self.cg.info;
        let objs: Vec<Option<ObjId>> = spec.names.iter().map(|n| info.obj_of(n)).collect();
        if spec.values.is_empty() {
            for (o, n) in objs.iter().zip(&spec.names) {
                if let Some(o) = o {
                    if info.var(*o).is_some_and(|v| v.global) {
                        continue;
                    }
                    if n.name != "_" {
                        self.decl_var(*o, None)?;
                    }
                }
            }
            return Ok(());
        }
        // gc evaluates `var a, b = x, y` as `var a = x; var b = y`: each value is a unit of
        // evaluation order of its own (order.rs).
        let vals: Vec<Val> = if spec.values.len() == 1 && spec.names.len() > 1 {
            self.order_expr(&spec.values[0], Ctx::Plain)?;
            let vs = self.expr_multi(&spec.values[0])?;
            let ts = self.tuple_of(&spec.values[0]);
            let mut out = Vec::new();
            for (i, v) in vs.into_iter().enumerate() {
                let target = objs[i].map(|o| self.obj_ty(o)).unwrap_or(ts[i]);
                out.push(self.convert(v, ts[i], target)?);
            }
            out
        } else {
            let mut out = Vec::new();
            for (i, e) in spec.values.iter().enumerate() {
                let target = objs[i].map(|o| self.obj_ty(o)).unwrap_or(self.ty_of(e));
                let v = self.expr_unit_to(e, target)?;
                let v = self.copy_mem(target, &v);
                out.push(v);
            }
            out
        };
        for (i, v) in vals.into_iter().enumerate() {
            let Some(o) = objs[i] else { continue };
            if spec.names[i].name == "_" {
                continue;
            }
            if info.var(o).is_some_and(|x| x.global) {
                self.write_var(o, &v);
            } else {
                self.decl_var(o, Some(v))?;
            }
        }
        Ok(())
    }

    /// The types of the values a multi-value expression yields (a call's results, or a
    /// comma-ok form's value and bool).
    pub fn tuple_of(&self, e: &Expr) -> Vec<TypeId> {
        if self.cg.info.comma_ok.contains(&strip(e).id) {
            return vec![self.ty_of(e), BOOL];
        }
        let t = self.ty_of(e);
        match self.types().tuple(t) {
            Some(ts) => ts.to_vec(),
            None => vec![t],
        }
    }
}
