//! reflect.Value.Call's adapters (Go's reflectcall): one generated function per func type
//! whose descriptor a program that imports reflect emits, reached through the descriptor's
//! `reflectcall` word (runtime/src/types.rs). reflect lays the arguments out in memory as a
//! struct of the parameters would be (each at its alignment), the adapter loads them into the
//! registers of the Go calling convention, calls, and stores the results the same way.
//!
//! The reverse, for reflect.MakeFunc (Go's makeFuncStub): a stub per func type with that
//! type's own signature, whose closure context is reflect's makeFuncImpl; it stores its
//! arguments in a frame buffer laid out the same way, calls `reflect.callReflect(impl, args,
//! results)`, and returns what that left in the results buffer.
//!
//! An adapter is itself a Go-convention function, so reflect calls it as a func value:
//! `adapter(code, ctx, hasRecv, args, results)`. A func value is called as `code(ctx, ...)`
//! with its closure as ctx; a method from a descriptor's method table as
//! `code(0, recv, ...)` with the receiver's data word (codegen/call.rs emit_method_call), so
//! `hasRecv` picks which of the two calls the adapter makes.

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, AbiParam, InstBuilder};
use cranelift_codegen::ir::{Signature, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage};

use super::func::{FnGen, R};
use super::layout::{flat, is_mem};
use super::{merr, Codegen};
use crate::check::types::TypeId;

/// The adapter's own signature: (ctx, code, fnctx, hasRecv, args, results), no results.
fn adapter_sig() -> Signature {
    let mut s = Signature::new(CallConv::Tail);
    for _ in 0..6 {
        s.params.push(AbiParam::new(T::I64));
    }
    s
}

/// Offsets of `ts` laid out one after another, each at its alignment (a struct's layout).
fn offsets(types: &crate::check::types::Types, ts: &[TypeId]) -> Vec<u64> {
    let mut off = 0u64;
    ts.iter()
        .map(|&t| {
            let (s, a) = types.size_align(t);
            off = off.div_ceil(a.max(1)) * a.max(1);
            let here = off;
            off += s;
            here
        })
        .collect()
}

impl<'a> Codegen<'a> {
    /// The MakeFunc stub of func type `t` (defined by `define_reflect_adapters`).
    pub(super) fn makefunc_stub(&mut self, t: TypeId) -> Result<FuncId, String> {
        if let Some(&id) = self.makefunc_stubs.get(&t) {
            return Ok(id);
        }
        let sig = self.go_sig(&self.sig_of(t));
        let name = self.anon_name("reflect.makeFuncStub");
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(merr)?;
        self.makefunc_stubs.insert(t, id);
        self.pending_makefunc_stubs.push((t, id));
        Ok(id)
    }

    /// The adapter of func type `t`, declared now and defined by `define_reflect_adapters`.
    pub(super) fn reflect_thunk(&mut self, t: TypeId) -> Result<FuncId, String> {
        if let Some(&id) = self.reflect_thunks.get(&t) {
            return Ok(id);
        }
        let name = self.anon_name("reflect.call");
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &adapter_sig())
            .map_err(merr)?;
        self.reflect_thunks.insert(t, id);
        self.pending_reflect_thunks.push((t, id));
        Ok(id)
    }

    pub(super) fn define_reflect_adapters(&mut self) -> Result<(), String> {
        while let Some((t, id)) = self.pending_reflect_thunks.pop() {
            let mut func = ir::Function::with_name_signature(
                UserFuncName::user(0, id.as_u32()),
                adapter_sig(),
            );
            let mut fbc = FunctionBuilderContext::new();
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut g = FnGen::new(self, b, None);
                g.gen_reflect_adapter(t)?;
                g.finish();
            }
            self.finish_func(id, func, "reflect.call".into())?;
            self.mark_wrapper();
        }
        while let Some((t, id)) = self.pending_makefunc_stubs.pop() {
            let Some(target) = self
                .info
                .funcs
                .iter()
                .position(|f| f.name == "reflect.callReflect")
            else {
                return Err("internal compiler error: reflect.callReflect is missing".into());
            };
            let target = self.go_func_id(target as crate::check::FuncIdx)?;
            let sig = self.go_sig(&self.sig_of(t));
            let mut func =
                ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
            let mut fbc = FunctionBuilderContext::new();
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut g = FnGen::new(self, b, None);
                g.gen_makefunc_stub(t, target)?;
                g.finish();
            }
            self.finish_func(id, func, "reflect.makeFuncStub".into())?;
            self.mark_wrapper();
        }
        Ok(())
    }
}

impl<'c, 'a> FnGen<'c, 'a> {
    fn gen_makefunc_stub(&mut self, t: TypeId, call_reflect: FuncId) -> R<()> {
        let sig = self.cg.sig_of(t);
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let p = self.b.block_params(entry).to_vec();
        let types = self.types();
        let poffs = offsets(types, &sig.params);
        let roffs = offsets(types, &sig.results);
        let end = |ts: &[TypeId], offs: &[u64]| {
            ts.last()
                .map_or(0, |&t| offs[offs.len() - 1] + types.size_align(t).0)
        };
        let aslot = self.slot(end(&sig.params, &poffs).max(8), 8);
        let rslot = self.slot(end(&sig.results, &roffs).max(8), 8);
        let args = self.b.ins().stack_addr(T::I64, aslot, 0);
        let results = self.b.ins().stack_addr(T::I64, rslot, 0);
        let mut i = 1;
        for (&pt, &off) in sig.params.iter().zip(&poffs) {
            let n = flat(types, pt).len();
            let v = p[i..i + n].to_vec();
            self.store(pt, &v, args, off as i32);
            i += n;
        }
        let srets: Vec<ir::Value> = p[i..].to_vec();
        let zero = self.b.ins().iconst(T::I64, 0);
        self.call_func(call_reflect, &[zero, p[0], args, results]);
        let mut rets = Vec::new();
        let mut k = 0;
        for (&rt, &off) in sig.results.iter().zip(&roffs) {
            if is_mem(types, rt) {
                let (size, align) = types.size_align(rt);
                let src = self.b.ins().iadd_imm_s(results, off as i64);
                self.memcpy(srets[k], src, size, align);
                k += 1;
            } else {
                rets.extend(self.load(rt, results, off as i32));
            }
        }
        self.b.ins().return_(&rets);
        Ok(())
    }

    fn gen_reflect_adapter(&mut self, t: TypeId) -> R<()> {
        let sig = self.cg.sig_of(t);
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let p = self.b.block_params(entry).to_vec();
        let (code, fnctx, has_recv, args, results) = (p[1], p[2], p[3], p[4], p[5]);
        let types = self.types();
        let poffs = offsets(types, &sig.params);
        let roffs = offsets(types, &sig.results);
        let mut words = Vec::new();
        for (&pt, &off) in sig.params.iter().zip(&poffs) {
            words.extend(self.load(pt, args, off as i32));
        }
        for (&rt, &off) in sig.results.iter().zip(&roffs) {
            if is_mem(types, rt) {
                words.push(self.b.ins().iadd_imm_s(results, off as i64));
            }
        }
        let go = self.cg.go_sig(&sig);
        let ret_tys: Vec<ir::Type> = go.returns.iter().map(|r| r.value_type).collect();
        let with_recv = self.b.create_block();
        let plain = self.b.create_block();
        let done = self.b.create_block();
        for &ty in &ret_tys {
            self.b.append_block_param(done, ty);
        }
        let is_method = self.b.ins().icmp_imm_s(IntCC::NotEqual, has_recv, 0);
        self.b.ins().brif(is_method, with_recv, &[], plain, &[]);

        // A method: code(0, recv, args...).
        self.b.switch_to_block(with_recv);
        let mut msig = Signature::new(CallConv::Tail);
        msig.params.push(AbiParam::new(T::I64));
        msig.params.extend(go.params.iter().cloned());
        msig.returns = go.returns.clone();
        let zero = self.b.ins().iconst(T::I64, 0);
        let mut margs = vec![zero, fnctx];
        margs.extend(words.iter().copied());
        let rets = self.call_indirect(msig, code, &margs);
        let rets: Vec<ir::BlockArg> = rets.into_iter().map(Into::into).collect();
        self.b.ins().jump(done, &rets);

        // A func value: code(closure, args...).
        self.b.switch_to_block(plain);
        let mut fargs = vec![fnctx];
        fargs.extend(words.iter().copied());
        let rets = self.call_indirect(go, code, &fargs);
        let rets: Vec<ir::BlockArg> = rets.into_iter().map(Into::into).collect();
        self.b.ins().jump(done, &rets);

        self.b.switch_to_block(done);
        let rets = self.b.block_params(done).to_vec();
        let mut i = 0;
        for (&rt, &off) in sig.results.iter().zip(&roffs) {
            if is_mem(types, rt) {
                continue;
            }
            let n = flat(types, rt).len();
            self.store(rt, &rets[i..i + n], results, off as i32);
            i += n;
        }
        self.b.ins().return_(&[]);
        Ok(())
    }
}
