//! One function body: variables and where they live, statements, control flow, and the single
//! exit block every return jumps to (where deferred calls run before the results are returned).

use std::collections::HashMap;

use cranelift_codegen::ir::{
    self, condcodes::IntCC, types as T, Block as IBlock, InstBuilder, MemFlagsData, StackSlotData,
    StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{DataId, FuncId, Module};

use super::defer::DeferState;
use super::expr::Callee;
use super::layout::*;
use super::range_assign::RangeAssign;
use super::runtime_abi::{self, Rt};
use super::{Codegen, Wrapper};
use crate::check::lookup::{Selection, Target};
use crate::check::types::*;
use crate::check::{ConstVal, FuncIdx, ObjId, ObjKind};
use crate::syntax::ast::*;

pub(crate) type Val = Vec<Value>;
pub(crate) type R<T> = Result<T, String>;

#[derive(Clone, Copy)]
pub(crate) enum AddrSrc {
    Slot(ir::StackSlot),
    /// An SSA variable holding the address (heap cells, captured variables).
    Var(Variable),
}

#[derive(Clone)]
pub(crate) enum VarLoc {
    Ssa(Vec<Variable>),
    Addr(AddrSrc),
}

/// Where `break` and `continue` go.
pub(crate) struct Jump {
    pub label: Option<String>,
    pub brk: IBlock,
    pub cont: Option<IBlock>,
}

pub(crate) enum LVal {
    Var(ObjId),
    Mem(Value, TypeId),
    /// `m[k]`: the map type, the map, and the address of the evaluated key.
    MapIndex(TypeId, Value, Value),
    Blank,
}

/// A run-time check postponed to the assignment it guards: (condition, raising entry, args).
pub(crate) type Raise = (Value, Rt, Vec<Value>);

pub(crate) struct FnGen<'c, 'a> {
    pub cg: &'c mut Codegen<'a>,
    /// While the left sides of a tuple assignment are evaluated: the nil and bounds checks of
    /// their own indirections and indexes, which Go performs when each assignment is carried
    /// out (phase 2), not while the operands are evaluated (`m[k], *p = 1, 2` with p nil
    /// assigns m[k] first). Operand expressions themselves are checked on the spot
    /// (`expr` suspends this).
    pub deferred_raises: Option<Vec<Raise>>,
    pub b: FunctionBuilder<'c>,
    pub fi: Option<FuncIdx>,
    pub vars: HashMap<ObjId, VarLoc>,
    pub env: Option<Value>,
    pub results: Vec<ObjId>,
    pub sret: Vec<Option<Value>>,
    pub exit: IBlock,
    pub jumps: Vec<Jump>,
    pub labels: HashMap<String, IBlock>,
    pub pending_label: Option<String>,
    pub defer: DeferState,
    /// The landing pad of a function with defers: every call in it is a try_call to here.
    pub pad: Option<IBlock>,
    pub dead: bool,
    funcrefs: HashMap<FuncId, ir::FuncRef>,
    datarefs: HashMap<DataId, ir::GlobalValue>,
}

pub(crate) fn flags() -> MemFlagsData {
    MemFlagsData::trusted()
}

impl<'c, 'a> FnGen<'c, 'a> {
    pub fn new(cg: &'c mut Codegen<'a>, mut b: FunctionBuilder<'c>, fi: Option<FuncIdx>) -> Self {
        let exit = b.create_block();
        FnGen {
            deferred_raises: None,
            cg,
            b,
            fi,
            vars: HashMap::new(),
            env: None,
            results: Vec::new(),
            sret: Vec::new(),
            exit,
            jumps: Vec::new(),
            labels: HashMap::new(),
            pending_label: None,
            defer: DeferState::default(),
            pad: None,
            dead: false,
            funcrefs: HashMap::new(),
            datarefs: HashMap::new(),
        }
    }

    pub fn finish(mut self) {
        self.b.seal_all_blocks();
        let cfg = self.cg.module.target_config();
        self.b.finalize(cfg);
    }

    pub fn types(&self) -> &'a Types {
        &self.cg.info.types
    }

    pub fn ty_of(&self, e: &Expr) -> TypeId {
        self.cg.info.ty(e)
    }

    // ---- references to module-level things ----

    pub fn funcref(&mut self, id: FuncId) -> ir::FuncRef {
        if let Some(&r) = self.funcrefs.get(&id) {
            return r;
        }
        let r = self.cg.module.declare_func_in_func(id, self.b.func);
        self.funcrefs.insert(id, r);
        r
    }

    pub fn data_addr(&mut self, id: DataId) -> Value {
        let gv = match self.datarefs.get(&id) {
            Some(&g) => g,
            None => {
                let g = self.cg.module.declare_data_in_func(id, self.b.func);
                self.datarefs.insert(id, g);
                g
            }
        };
        self.b.ins().symbol_value(T::I64, gv)
    }

    /// Call a runtime entry point; returns its results. Raising entry points go through their
    /// Tail stub (a try_call when this function has a landing pad); never-returning ones end
    /// the current block.
    pub fn rt(&mut self, rt: Rt, args: &[Value]) -> Vec<Value> {
        let res = if runtime_abi::raises(rt) {
            let stub = self.cg.stub_id(rt);
            let mut a = vec![self.iconst(0)];
            a.extend_from_slice(args);
            if rt == Rt::Gorepanic {
                // The pad's own re-raise must not land in the pad again.
                let fr = self.funcref(stub);
                self.b.ins().call(fr, &a);
                vec![]
            } else {
                self.call_func(stub, &a)
            }
        } else {
            let id = self.cg.rt_id(rt);
            let fr = self.funcref(id);
            let call = self.b.ins().call(fr, args);
            self.b.inst_results(call).to_vec()
        };
        if runtime_abi::never_returns(rt) {
            self.b.ins().trap(ir::TrapCode::unwrap_user(1));
            self.dead = true;
        }
        res
    }

    /// Call a Go function (Tail convention) directly: a try_call into the landing pad when the
    /// function has one, so a panic in the callee runs this frame's deferred calls.
    pub fn call_func(&mut self, id: FuncId, args: &[Value]) -> Vec<Value> {
        let fr = self.funcref(id);
        match self.pad {
            None => {
                let call = self.b.ins().call(fr, args);
                self.b.inst_results(call).to_vec()
            }
            Some(pad) => {
                let sigref = self.b.func.dfg.ext_funcs[fr].signature;
                let et = self.exception_table(sigref, pad);
                let (et, cont) = et;
                self.b.ins().try_call(fr, args, et);
                self.b.switch_to_block(cont);
                self.b.block_params(cont).to_vec()
            }
        }
    }

    /// Call through a code pointer with signature `sig` (see call_func).
    pub fn call_indirect(&mut self, sig: ir::Signature, code: Value, args: &[Value]) -> Vec<Value> {
        let sigref = self.b.import_signature(sig);
        match self.pad {
            None => {
                let call = self.b.ins().call_indirect(sigref, code, args);
                self.b.inst_results(call).to_vec()
            }
            Some(pad) => {
                let (et, cont) = self.exception_table(sigref, pad);
                self.b.ins().try_call_indirect(code, args, et);
                self.b.switch_to_block(cont);
                self.b.block_params(cont).to_vec()
            }
        }
    }

    /// An exception table sending every exception to `pad`; the normal edge goes to a fresh
    /// block that receives the call's results as parameters.
    fn exception_table(&mut self, sigref: ir::SigRef, pad: IBlock) -> (ir::ExceptionTable, IBlock) {
        let cont = self.b.create_block();
        let rets: Vec<ir::Type> = self.b.func.dfg.signatures[sigref]
            .returns
            .iter()
            .map(|r| r.value_type)
            .collect();
        let mut args = Vec::new();
        for (i, ty) in rets.into_iter().enumerate() {
            self.b.append_block_param(cont, ty);
            args.push(ir::BlockArg::TryCallRet(i as u32));
        }
        let normal = self.b.func.dfg.block_call(cont, &args);
        let handler = self.b.func.dfg.block_call(pad, &[]);
        let data =
            ir::ExceptionTableData::new(sigref, normal, [ir::ExceptionTableItem::Default(handler)]);
        (self.b.func.dfg.exception_tables.push(data), cont)
    }

    /// Call a runtime entry point returning a 3-word struct through a hidden pointer.
    pub fn rt_sret3(&mut self, rt: Rt, args: &[Value]) -> Val {
        let slot = self.slot(24, 8);
        let p = self.b.ins().stack_addr(T::I64, slot, 0);
        let mut a = vec![p];
        a.extend_from_slice(args);
        self.rt(rt, &a);
        (0..3)
            .map(|i| self.b.ins().load(T::I64, flags(), p, i * 8))
            .collect()
    }

    pub fn iconst(&mut self, v: i64) -> Value {
        self.b.ins().iconst(T::I64, v)
    }

    pub fn slot(&mut self, size: u64, align: u64) -> ir::StackSlot {
        let shift = align.max(1).trailing_zeros() as u8;
        self.b.create_sized_stack_slot(StackSlotData::new(
            StackSlotKind::ExplicitSlot,
            size.max(1) as u32,
            shift.max(3),
        ))
    }

    /// If the current block already ended (after return, goto, panic...), continue emitting
    /// into a fresh unreachable block.
    pub fn ensure_live(&mut self) {
        if self.dead {
            let blk = self.b.create_block();
            self.b.switch_to_block(blk);
            self.dead = false;
        }
    }

    pub fn jump(&mut self, to: IBlock) {
        if !self.dead {
            self.b.ins().jump(to, &[]);
        }
        self.dead = true;
    }

    pub fn switch_to(&mut self, blk: IBlock) {
        if !self.dead {
            self.b.ins().jump(blk, &[]);
        }
        self.b.switch_to_block(blk);
        self.dead = false;
    }

    // ---- memory ----

    pub fn load(&mut self, t: TypeId, addr: Value, off: i32) -> Val {
        match repr(self.types(), t) {
            Repr::Regs(tys) => tys
                .iter()
                .enumerate()
                .map(|(i, &ty)| self.b.ins().load(ty, flags(), addr, off + 8 * i as i32))
                .collect(),
            Repr::Mem { .. } => {
                if off == 0 {
                    vec![addr]
                } else {
                    vec![self.b.ins().iadd_imm_s(addr, off as i64)]
                }
            }
        }
    }

    pub fn store(&mut self, t: TypeId, v: &[Value], addr: Value, off: i32) {
        match repr(self.types(), t) {
            Repr::Regs(_) => {
                for (i, &x) in v.iter().enumerate() {
                    self.b.ins().store(flags(), x, addr, off + 8 * i as i32);
                }
            }
            Repr::Mem { size, align } => {
                let dst = if off == 0 {
                    addr
                } else {
                    self.b.ins().iadd_imm_s(addr, off as i64)
                };
                self.memcpy(dst, v[0], size, align);
            }
        }
    }

    pub fn memcpy(&mut self, dst: Value, src: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let cfg = self.cg.module.target_config();
        let a = align.clamp(1, 8).min(1 << size.trailing_zeros().min(3)) as u8;
        if size <= 128 {
            self.b
                .emit_small_memory_copy(cfg, dst, src, size, a, a, false, flags());
        } else {
            let n = self.iconst(size as i64);
            self.b.call_memmove(cfg, dst, src, n);
        }
    }

    pub fn memzero(&mut self, dst: Value, size: u64, align: u64) {
        if size == 0 {
            return;
        }
        let cfg = self.cg.module.target_config();
        if size <= 128 {
            let a = align.clamp(1, 8).min(1 << size.trailing_zeros().min(3)) as u8;
            self.b.emit_small_memset(cfg, dst, 0, size, a, flags());
        } else {
            let z = self.b.ins().iconst(T::I8, 0);
            let n = self.iconst(size as i64);
            self.b.call_memset(cfg, dst, z, n);
        }
    }

    /// The zero value of a type (memory types get a fresh zeroed stack temporary).
    pub fn zero(&mut self, t: TypeId) -> Val {
        match repr(self.types(), t) {
            Repr::Regs(tys) => tys.iter().map(|&ty| self.zero_scalar(ty)).collect(),
            Repr::Mem { size, align } => {
                let s = self.slot(size, align);
                let p = self.b.ins().stack_addr(T::I64, s, 0);
                self.memzero(p, size, align);
                vec![p]
            }
        }
    }

    pub fn zero_scalar(&mut self, ty: ir::Type) -> Value {
        if ty == T::F64 {
            self.b.ins().f64const(0.0)
        } else if ty == T::F32 {
            self.b.ins().f32const(0.0)
        } else {
            self.b.ins().iconst(ty, 0)
        }
    }

    /// A stack copy of a memory value (so later writes to the source do not show through).
    pub fn copy_mem(&mut self, t: TypeId, v: &[Value]) -> Val {
        match repr(self.types(), t) {
            Repr::Mem { size, align } => {
                let s = self.slot(size, align);
                let p = self.b.ins().stack_addr(T::I64, s, 0);
                self.memcpy(p, v[0], size, align);
                vec![p]
            }
            _ => v.to_vec(),
        }
    }

    pub fn alloc(&mut self, size: u64) -> Value {
        let n = self.iconst(size.max(1) as i64);
        self.rt(Rt::Alloc, &[n])[0]
    }

    // ---- variables ----

    fn var_needs_memory(&self, o: ObjId) -> (bool, bool) {
        let info = self.cg.info;
        let v = info.var(o).unwrap();
        let t = info.objs[o as usize].ty;
        let heap = self.cg.plan.heap(o);
        // Results of a function with defers live in the frame: after a recovered panic the
        // exit block reads them, on a path that comes through the landing pad.
        let pinned = v.result && self.pad.is_some();
        let mem = heap || v.captured || v.addr_taken || pinned || is_mem(self.types(), t);
        (mem, heap)
    }

    /// Give a local variable its storage and initial value (zero when `init` is None).
    pub fn decl_var(&mut self, o: ObjId, init: Option<Val>) {
        let t = self.cg.info.objs[o as usize].ty;
        if t == VOID {
            return;
        }
        let (mem, heap) = self.var_needs_memory(o);
        if !mem {
            let tys = flat(self.types(), t);
            let vars: Vec<Variable> = match self.vars.get(&o) {
                Some(VarLoc::Ssa(v)) => v.clone(),
                _ => tys.iter().map(|&ty| self.b.declare_var(ty)).collect(),
            };
            let val = match init {
                Some(v) => v,
                None => self.zero(t),
            };
            for (var, x) in vars.iter().zip(val) {
                self.b.def_var(*var, x);
            }
            self.vars.insert(o, VarLoc::Ssa(vars));
            return;
        }
        let (size, align) = self.types().size_align(t);
        let addr = if heap {
            // A fresh cell each time the declaration runs: closures created in different loop
            // iterations see different variables.
            let p = self.alloc(size);
            let var = match self.vars.get(&o) {
                Some(VarLoc::Addr(AddrSrc::Var(v))) => *v,
                _ => self.b.declare_var(T::I64),
            };
            self.b.def_var(var, p);
            self.vars.insert(o, VarLoc::Addr(AddrSrc::Var(var)));
            if init.is_none() {
                return; // alloc returns zeroed memory
            }
            p
        } else {
            let slot = match self.vars.get(&o) {
                Some(VarLoc::Addr(AddrSrc::Slot(s))) => *s,
                _ => self.slot(size, align),
            };
            self.vars.insert(o, VarLoc::Addr(AddrSrc::Slot(slot)));
            let p = self.b.ins().stack_addr(T::I64, slot, 0);
            if init.is_none() {
                self.memzero(p, size, align);
                return;
            }
            p
        };
        let v = init.unwrap();
        self.store(t, &v, addr, 0);
    }

    /// The address of a variable that lives in memory.
    pub fn var_addr(&mut self, o: ObjId) -> Option<Value> {
        if let Some(ObjKind::Var(v)) = self.cg.info.objs.get(o as usize).map(|x| &x.kind) {
            if v.global {
                let d = self.cg.global_data(o);
                return Some(self.data_addr(d));
            }
        }
        match self.vars.get(&o).cloned() {
            Some(VarLoc::Addr(AddrSrc::Slot(s))) => Some(self.b.ins().stack_addr(T::I64, s, 0)),
            Some(VarLoc::Addr(AddrSrc::Var(v))) => Some(self.b.use_var(v)),
            _ => None,
        }
    }

    pub fn read_var(&mut self, o: ObjId) -> Val {
        let t = self.cg.info.objs[o as usize].ty;
        if let Some(VarLoc::Ssa(vars)) = self.vars.get(&o).cloned() {
            return vars.iter().map(|&v| self.b.use_var(v)).collect();
        }
        match self.var_addr(o) {
            Some(a) => self.load(t, a, 0),
            None => self.zero(t),
        }
    }

    pub fn write_var(&mut self, o: ObjId, val: &[Value]) {
        let t = self.cg.info.objs[o as usize].ty;
        if let Some(VarLoc::Ssa(vars)) = self.vars.get(&o).cloned() {
            for (v, &x) in vars.iter().zip(val) {
                self.b.def_var(*v, x);
            }
            return;
        }
        if let Some(a) = self.var_addr(o) {
            self.store(t, val, a, 0);
        }
    }

    pub fn store_lval(&mut self, lv: &LVal, val: &[Value]) {
        match lv {
            LVal::Var(o) => self.write_var(*o, val),
            LVal::Mem(a, t) => self.store(*t, val, *a, 0),
            LVal::MapIndex(mt, m, k) => {
                // Assigning to a nil map's entry panics; otherwise the runtime gives the slot.
                self.nil_check_with(*m, Rt::PanicNilMap);
                let td = self.map_desc(*mt);
                let slot = self.rt(Rt::MapAssign, &[td, *m, *k])[0];
                let vt = self.types().elem(*mt).unwrap_or(VOID);
                self.store(vt, val, slot, 0);
            }
            LVal::Blank => {}
        }
    }

    pub fn load_lval(&mut self, lv: &LVal) -> Val {
        match lv {
            LVal::Var(o) => self.read_var(*o),
            LVal::Mem(a, t) => self.load(*t, *a, 0),
            LVal::MapIndex(mt, m, k) => {
                let td = self.map_desc(*mt);
                let p = self.rt(Rt::MapAccess1, &[td, *m, *k])[0];
                let vt = self.types().elem(*mt).unwrap_or(VOID);
                let v = self.load(vt, p, 0);
                self.copy_mem(vt, &v)
            }
            LVal::Blank => vec![],
        }
    }

    // ---- function bodies ----

    /// Go's stack check: if sp is below the running goroutine's `stackguard`, trap; the
    /// runtime's SIGILL handler reports Go's stack overflow (goroutine stacks cannot grow and
    /// have no guard pages, see runtime/src/stack.rs). The guard leaves room below it for the
    /// frame just allocated and the runtime code that Go code calls.
    fn stack_check(&mut self) {
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
        let sig = self.cg.sig_of(body_info.sig);
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
            self.decl_var(o, Some(val));
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
            self.decl_var(o, None);
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
            let t = self.cg.info.objs[o as usize].ty;
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

    fn body_block(&self, fi: FuncIdx) -> &'a Block {
        let info = self.cg.info;
        let f = &info.funcs[fi as usize];
        if let Some(di) = f.decl {
            if let Decl::Func(fd) = &self.cg.file.decls[di] {
                return fd.body.as_ref().unwrap();
            }
        }
        let lit = f.lit.unwrap();
        find_lit_body(self.cg.file, lit).expect("literal body")
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
            Wrapper::MethodValue(fi) => {
                let full = self.cg.sig_of(self.cg.info.funcs[*fi as usize].sig);
                let cell = self.b.ins().load(T::I64, flags(), ctx, 8);
                let recv = self.load(full.params[0], cell, 0);
                let mut all = vec![recv];
                all.extend(argv);
                let zero = self.iconst(0);
                let id = self.cg.go_func_id(*fi)?;
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
    fn call_selected(
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
            Target::Method { func, ptr_recv } => {
                let full = self.cg.sig_of(self.cg.info.funcs[func as usize].sig);
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
                let id = self.cg.go_func_id(func)?;
                self.emit_go_call(Callee::Direct(id), zero, &full, all)
            }
            Target::Field { .. } => Err(format!(
                "internal compiler error: wrapper for field {}",
                name
            )),
        }
    }

    /// Package initialization: every global initializer in dependency order.
    pub fn gen_init(&mut self) -> R<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let info = self.cg.info;
        for &(di, si) in &info.global_inits {
            let Decl::Var(g) = &self.cg.file.decls[di] else {
                continue;
            };
            let spec = &g.specs[si];
            self.var_spec(spec)?;
        }
        for &fi in &info.inits {
            let id = self.cg.go_func_id(fi)?;
            let ctx = self.b.ins().iconst(T::I64, 0);
            self.call_func(id, &[ctx]);
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
                        self.decl_var(*o, None);
                    }
                }
            }
            return Ok(());
        }
        let vals: Vec<Val> = if spec.values.len() == 1 && spec.names.len() > 1 {
            let vs = self.expr_multi(&spec.values[0])?;
            let ts = self.tuple_of(&spec.values[0]);
            let mut out = Vec::new();
            for (i, v) in vs.into_iter().enumerate() {
                let target = objs[i].map(|o| info.objs[o as usize].ty).unwrap_or(ts[i]);
                out.push(self.convert(v, ts[i], target)?);
            }
            out
        } else {
            let mut out = Vec::new();
            for (i, e) in spec.values.iter().enumerate() {
                let target = objs[i]
                    .map(|o| info.objs[o as usize].ty)
                    .unwrap_or(self.ty_of(e));
                let v = self.expr_to(e, target)?;
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
                self.decl_var(o, Some(v));
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

    // ---- statements ----

    pub fn block(&mut self, b: &Block) -> R<()> {
        for s in &b.stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub fn stmt(&mut self, s: &Stmt) -> R<()> {
        self.ensure_live();
        // Source lines for tracebacks (funcdata's per-call-site lines).
        let (line, col) = self.cg.src.line_col(s.span.lo);
        self.b.set_srcloc(ir::SourceLoc::new(line));
        super::ice::at(line, col);
        let info = self.cg.info;
        match &s.kind {
            StmtKind::Empty | StmtKind::Const(_) | StmtKind::Type(_) => {}
            StmtKind::Expr(e) => {
                self.expr_multi(e)?;
            }
            StmtKind::IncDec(x, inc) => {
                let t = self.ty_of(x);
                let lv = self.lval(x)?;
                let cur = self.load_lval(&lv);
                let one = self.const_one(t);
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                let v = self.arith(op, t, cur[0], one)?;
                self.store_lval(&lv, &[v]);
            }
            StmtKind::Assign { lhs, op, rhs } => self.assign(lhs, *op, rhs)?,
            StmtKind::Var(g) => {
                for spec in &g.specs {
                    self.var_spec(spec)?;
                }
            }
            StmtKind::Defer(call) => self.defer_stmt(s, call)?,
            StmtKind::Return(vals) => {
                self.return_values(vals)?;
                let exit = self.exit;
                self.jump(exit);
            }
            StmtKind::Break(l) => {
                let target = self.find_jump(l.as_ref().map(|x| x.name.as_str()), false);
                if let Some(t) = target {
                    self.jump(t);
                }
            }
            StmtKind::Continue(l) => {
                let target = self.find_jump(l.as_ref().map(|x| x.name.as_str()), true);
                if let Some(t) = target {
                    self.jump(t);
                }
            }
            StmtKind::Goto(l) => {
                let blk = self.label_block(&l.name);
                self.jump(blk);
            }
            StmtKind::Fallthrough => {
                // Lowered by the switch statement, which jumps to the next clause body.
            }
            StmtKind::Block(b) => self.block(b)?,
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let c = self.expr(cond)?[0];
                let tb = self.b.create_block();
                let eb = self.b.create_block();
                let done = self.b.create_block();
                self.b.ins().brif(c, tb, &[], eb, &[]);
                self.b.switch_to_block(tb);
                self.dead = false;
                self.block(then)?;
                self.jump(done);
                self.b.switch_to_block(eb);
                self.dead = false;
                if let Some(e) = els {
                    self.stmt(e)?;
                }
                self.jump(done);
                self.b.switch_to_block(done);
                self.dead = false;
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                let label = self.pending_label.take();
                if let Some(i) = init {
                    self.stmt(i)?;
                }
                let header = self.b.create_block();
                let body_b = self.b.create_block();
                let post_b = self.b.create_block();
                let done = self.b.create_block();
                self.switch_to(header);
                match cond {
                    Some(c) => {
                        let v = self.expr(c)?[0];
                        self.b.ins().brif(v, body_b, &[], done, &[]);
                    }
                    None => {
                        self.b.ins().jump(body_b, &[]);
                    }
                }
                self.b.switch_to_block(body_b);
                self.dead = false;
                self.jumps.push(Jump {
                    label,
                    brk: done,
                    cont: Some(post_b),
                });
                self.block(body)?;
                self.jumps.pop();
                self.switch_to(post_b);
                if let Some(p) = post {
                    self.stmt(p)?;
                }
                self.jump(header);
                self.b.switch_to_block(done);
                self.dead = false;
            }
            StmtKind::Range {
                key,
                value,
                define,
                x,
                body,
            } => {
                if matches!(self.types().ukind(self.ty_of(x)), TypeKind::Chan(..)) {
                    self.range_chan(key.as_ref(), *define, x, body)?
                } else {
                    self.range(key.as_ref(), value.as_ref(), *define, x, body)?
                }
            }
            StmtKind::Switch { init, tag, body } => self.switch(init, tag.as_ref(), body)?,
            StmtKind::Labeled(l, inner) => {
                let blk = self.label_block(&l.name);
                self.switch_to(blk);
                if matches!(
                    inner.kind,
                    StmtKind::For { .. }
                        | StmtKind::Range { .. }
                        | StmtKind::Switch { .. }
                        | StmtKind::Select(_)
                ) {
                    self.pending_label = Some(l.name.clone());
                }
                self.stmt(inner)?;
                self.pending_label = None;
            }
            StmtKind::TypeSwitch { init, x, body, .. } => self.type_switch(init, x, body)?,
            StmtKind::Send(ch, v) => self.chan_send(ch, v)?,
            StmtKind::Go(call) => self.go_stmt(call)?,
            StmtKind::Select(cs) => self.select_stmt(cs)?,
        }
        let _ = info;
        Ok(())
    }

    fn label_block(&mut self, name: &str) -> IBlock {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    fn find_jump(&self, label: Option<&str>, cont: bool) -> Option<IBlock> {
        for j in self.jumps.iter().rev() {
            match label {
                Some(l) => {
                    if j.label.as_deref() == Some(l) {
                        return if cont { j.cont } else { Some(j.brk) };
                    }
                }
                None => {
                    if cont {
                        if let Some(c) = j.cont {
                            return Some(c);
                        }
                    } else {
                        return Some(j.brk);
                    }
                }
            }
        }
        None
    }

    /// Store the returned values into the result variables (the exit block returns them).
    fn return_values(&mut self, vals: &[Expr]) -> R<()> {
        if vals.is_empty() {
            return Ok(());
        }
        let info = self.cg.info;
        let results = self.results.clone();
        let rtypes: Vec<TypeId> = results.iter().map(|&o| info.objs[o as usize].ty).collect();
        let vs: Vec<Val> = if vals.len() == 1 && results.len() > 1 {
            let ts = self.tuple_of(&vals[0]);
            let vs = self.expr_multi(&vals[0])?;
            let mut out = Vec::new();
            for (i, v) in vs.into_iter().enumerate() {
                out.push(self.convert(v, ts[i], rtypes[i])?);
            }
            out
        } else {
            let mut out = Vec::new();
            for (i, e) in vals.iter().enumerate() {
                let v = self.expr_to(e, rtypes[i])?;
                out.push(self.copy_mem(rtypes[i], &v));
            }
            out
        };
        for (o, v) in results.iter().zip(vs) {
            self.write_var(*o, &v);
        }
        Ok(())
    }

    pub fn lval(&mut self, x: &Expr) -> R<LVal> {
        let info = self.cg.info;
        let xs = strip(x);
        // `pkg.V`: a variable of a library package written in Go.
        if let ExprKind::Selector(..) = &xs.kind {
            if let Some(&o) = info.idents.get(&xs.id) {
                if matches!(info.objs[o as usize].kind, ObjKind::Var(_)) {
                    return Ok(LVal::Var(o));
                }
            }
        }
        if let ExprKind::Ident(n) = &xs.kind {
            if n == "_" {
                return Ok(LVal::Blank);
            }
            if let Some(&o) = info.idents.get(&xs.id) {
                if matches!(info.objs[o as usize].kind, ObjKind::Var(_)) {
                    return Ok(LVal::Var(o));
                }
            }
        }
        if let ExprKind::Index(m, k) = &xs.kind {
            let mt = self.ty_of(m);
            if matches!(self.types().ukind(mt), TypeKind::Map(..)) {
                let mv = self.expr(m)?[0];
                let ka = self.map_key(mt, &k[0])?;
                return Ok(LVal::MapIndex(mt, mv, ka));
            }
        }
        let t = self.ty_of(x);
        let a = self.addr(x)?;
        Ok(LVal::Mem(a, t))
    }

    /// The descriptor of map type `mt` (the runtime reads key and value layouts from it).
    pub fn map_desc(&mut self, mt: TypeId) -> Value {
        match self.cg.type_desc(mt) {
            Ok(d) => self.data_addr(d),
            Err(_) => self.iconst(0),
        }
    }

    /// Evaluate a map key into a frame temporary and return its address.
    pub fn map_key(&mut self, mt: TypeId, k: &Expr) -> R<Value> {
        let kt = match self.types().ukind(mt) {
            TypeKind::Map(kt, _) => *kt,
            _ => VOID,
        };
        let v = self.expr_to(k, kt)?;
        Ok(self.map_key_val(mt, &v))
    }

    /// Store an evaluated key of map type `mt` into a frame temporary and return its address
    /// (checking, for keys holding interfaces, that the dynamic types can be hashed).
    pub fn map_key_val(&mut self, mt: TypeId, v: &[Value]) -> Value {
        let kt = match self.types().ukind(mt) {
            TypeKind::Map(kt, _) => *kt,
            _ => VOID,
        };
        let (size, align) = self.types().size_align(kt);
        let slot = self.slot(size, align);
        let a = self.b.ins().stack_addr(T::I64, slot, 0);
        self.store(kt, v, a, 0);
        if self.types().has_interface(kt, 0) {
            // Go hashes the key first, even for a nil map: a dynamic type that cannot be
            // hashed panics.
            let td = self.map_desc(mt);
            let bad = self.rt(Rt::MapKeyUnhashable, &[td, a])[0];
            let is_bad = self.b.ins().icmp_imm_s(IntCC::NotEqual, bad, 0);
            self.raise_if(is_bad, Rt::PanicUnhashable, &[bad]);
        }
        a
    }

    /// Panic through raising entry `rt` if `p` is null.
    pub fn nil_check_with(&mut self, p: Value, rt: Rt) {
        let bad = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
        self.raise_if(bad, rt, &[]);
    }

    /// Call raising runtime entry `rt(args)` on a cold path when `bad` is non-zero; code after
    /// this continues on the other path. `args` are computed before the branch.
    pub fn raise_if(&mut self, bad: Value, rt: Rt, args: &[Value]) {
        if let Some(d) = &mut self.deferred_raises {
            d.push((bad, rt, args.to_vec()));
            return;
        }
        let ok = self.b.create_block();
        let cold = self.b.create_block();
        self.b.set_cold_block(cold);
        self.b.ins().brif(bad, cold, &[], ok, &[]);
        self.b.switch_to_block(cold);
        self.dead = false;
        self.rt(rt, args);
        self.b.switch_to_block(ok);
        self.dead = false;
    }

    fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> R<()> {
        let info = self.cg.info;
        match op {
            AssignOp::Op(bop) => {
                let t = self.ty_of(&lhs[0]);
                let lv = self.lval(&lhs[0])?;
                let cur = self.load_lval(&lv);
                let r = self.expr(&rhs[0])?;
                let rt = self.ty_of(&rhs[0]);
                let v = self.binop_vals(bop, t, rt, &cur, &r)?;
                self.store_lval(&lv, &v);
            }
            AssignOp::Define | AssignOp::Assign => {
                // Phase 1: operands of the left side, then the right side, in order.
                let mut lvs = Vec::new();
                let mut checks: Vec<Vec<Raise>> = Vec::new();
                for x in lhs {
                    if lhs.len() > 1 {
                        self.deferred_raises = Some(Vec::new());
                    }
                    let lv = if op == AssignOp::Define {
                        let o = info.idents.get(&x.id).copied();
                        Ok(match o {
                            Some(o) if self.is_new_define(x, o) => LVal::Blank,
                            Some(o) => LVal::Var(o),
                            None => LVal::Blank,
                        })
                    } else {
                        self.lval(x)
                    };
                    checks.push(self.deferred_raises.take().unwrap_or_default());
                    lvs.push(lv?);
                }
                let ltypes: Vec<TypeId> = lhs
                    .iter()
                    .map(|x| {
                        let t = self.ty_of(x);
                        if t == VOID {
                            // `_ = e`: keep e's own type.
                            VOID
                        } else {
                            t
                        }
                    })
                    .collect();
                let vals: Vec<Val> = if rhs.len() == 1 && lhs.len() > 1 {
                    let ts = self.tuple_of(&rhs[0]);
                    let vs = self.expr_multi(&rhs[0])?;
                    let mut out = Vec::new();
                    for (i, v) in vs.into_iter().enumerate() {
                        let target = if ltypes[i] == VOID { ts[i] } else { ltypes[i] };
                        out.push(self.convert(v, ts[i], target)?);
                    }
                    out
                } else {
                    let mut out = Vec::new();
                    for (i, e) in rhs.iter().enumerate() {
                        let target = if ltypes[i] == VOID {
                            self.ty_of(e)
                        } else {
                            ltypes[i]
                        };
                        let v = self.expr_to(e, target)?;
                        // Copy memory values now: a later store in this statement may
                        // overwrite the source (a, b = b, a).
                        let v = if lhs.len() > 1 {
                            self.copy_mem(target, &v)
                        } else {
                            v
                        };
                        out.push(v);
                    }
                    out
                };
                // Phase 2: the assignments, left to right.
                for (i, v) in vals.into_iter().enumerate() {
                    if op == AssignOp::Define {
                        if let Some(&o) = info.idents.get(&lhs[i].id) {
                            if self.is_new_define(&lhs[i], o) {
                                if let ExprKind::Ident(n) = &lhs[i].kind {
                                    if n != "_" {
                                        let v = self.copy_mem(info.objs[o as usize].ty, &v);
                                        self.decl_var(o, Some(v));
                                    }
                                }
                                continue;
                            }
                        }
                    }
                    for (bad, rt, args) in std::mem::take(&mut checks[i]) {
                        self.raise_if(bad, rt, &args);
                    }
                    self.store_lval(&lvs[i], &v);
                }
            }
        }
        Ok(())
    }

    /// In `a, b := ...`, is `a` declared by this statement (rather than reused)?
    fn is_new_define(&self, x: &Expr, o: ObjId) -> bool {
        self.cg.info.objs[o as usize].span == x.span
    }

    /// A type switch: clauses tested in order on the dynamic type (descriptor identity for
    /// concrete types, a method-set check for interface types, a null type for `nil`).
    fn type_switch(&mut self, init: &Option<Box<Stmt>>, x: &Expr, body: &[CaseClause]) -> R<()> {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let info = self.cg.info;
        let iv = self.expr(x)?;
        let done = self.b.create_block();
        let bodies: Vec<IBlock> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, cc) in body.iter().enumerate() {
            if cc.default {
                default = Some(bodies[i]);
                continue;
            }
            for te in &cc.exprs {
                let c = match info.tv(te.id) {
                    Some(tv) if tv.mode == crate::check::Mode::Type => {
                        let t = tv.ty;
                        let td = self.cg.type_desc(t)?;
                        let want = self.data_addr(td);
                        if self.types().is_interface(t) {
                            let r = self.rt(Rt::Implements, &[iv[0], want])[0];
                            self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0)
                        } else {
                            self.b.ins().icmp(IntCC::Equal, iv[0], want)
                        }
                    }
                    _ => self.b.ins().icmp_imm_s(IntCC::Equal, iv[0], 0),
                };
                let next = self.b.create_block();
                self.b.ins().brif(c, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        self.b.ins().jump(default.unwrap_or(done), &[]);
        self.dead = true;
        self.jumps.push(Jump {
            label,
            brk: done,
            cont: None,
        });
        for (i, cc) in body.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.dead = false;
            if let Some(&o) = info.clause_vars.get(&cc.id) {
                let vt = info.objs[o as usize].ty;
                let v = if self.types().is_interface(vt) {
                    iv.clone()
                } else if matches!(
                    self.types().ukind(vt),
                    TypeKind::Pointer(_)
                        | TypeKind::Func(_)
                        | TypeKind::Map(..)
                        | TypeKind::Chan(..)
                ) {
                    vec![iv[1]]
                } else {
                    let v = self.load(vt, iv[1], 0);
                    self.copy_mem(vt, &v)
                };
                self.decl_var(o, Some(v));
            }
            for st in &cc.body {
                self.stmt(st)?;
            }
            self.jump(done);
        }
        self.jumps.pop();
        self.b.switch_to_block(done);
        self.dead = false;
        Ok(())
    }

    fn switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        tag: Option<&Expr>,
        body: &[CaseClause],
    ) -> R<()> {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let (tagv, tagt) = match tag {
            Some(t) => {
                let ty = self.ty_of(t);
                (Some(self.expr(t)?), ty)
            }
            None => (None, BOOL),
        };
        let done = self.b.create_block();
        let bodies: Vec<IBlock> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, cc) in body.iter().enumerate() {
            if cc.default {
                default = Some(bodies[i]);
                continue;
            }
            for e in &cc.exprs {
                let et = self.ty_of(e);
                // A case of interface type compares as an interface with the tag (or with
                // `true` in a tagless switch) converted to it; other cases take the tag's type.
                let iface_case = self.types().is_interface(et) && !self.types().is_interface(tagt);
                let c = match &tagv {
                    Some(tv) if iface_case => {
                        let ev = self.expr(e)?;
                        let tv = self.convert(tv.clone(), tagt, et)?;
                        self.compare(BinOp::Eq, et, &tv, &ev)?
                    }
                    Some(tv) => {
                        let ev = self.expr_to(e, tagt)?;
                        self.compare(BinOp::Eq, tagt, tv, &ev)?
                    }
                    None if iface_case => {
                        let ev = self.expr(e)?;
                        let t = self.b.ins().iconst(T::I8, 1);
                        let tv = self.convert(vec![t], BOOL, et)?;
                        self.compare(BinOp::Eq, et, &tv, &ev)?
                    }
                    None => self.expr(e)?[0],
                };
                let next = self.b.create_block();
                self.b.ins().brif(c, bodies[i], &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
        self.b.ins().jump(default.unwrap_or(done), &[]);
        self.dead = true;
        self.jumps.push(Jump {
            label,
            brk: done,
            cont: None,
        });
        for (i, cc) in body.iter().enumerate() {
            self.b.switch_to_block(bodies[i]);
            self.dead = false;
            for s in &cc.body {
                self.stmt(s)?;
            }
            let falls = cc
                .body
                .last()
                .is_some_and(|s| matches!(s.kind, StmtKind::Fallthrough));
            if falls && i + 1 < bodies.len() {
                self.jump(bodies[i + 1]);
            } else {
                self.jump(done);
            }
        }
        self.jumps.pop();
        self.b.switch_to_block(done);
        self.dead = false;
        Ok(())
    }

    fn range(
        &mut self,
        key: Option<&Expr>,
        value: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
    ) -> R<()> {
        let label = self.pending_label.take();
        let info = self.cg.info;
        // A blank value (`for i, _ := range p`) is no value: gc neither loads the elements
        // nor dereferences a pointer to an array for it.
        let value = value.filter(|v| !matches!(&strip(v).kind, ExprKind::Ident(n) if n == "_"));
        let xt = self.ty_of(x);
        let is_string = self.types().is_string(xt);
        // Go 1.19: the iteration variables are declared once for the whole loop. Without `:=`
        // the left sides are assigned at each iteration (RangeAssign).
        let mut key_lv = LVal::Blank;
        let mut val_lv = LVal::Blank;
        if define {
            for (e, slot) in [(key, &mut key_lv), (value, &mut val_lv)] {
                if let Some(e) = e {
                    if let Some(&o) = info.idents.get(&e.id) {
                        if matches!(&e.kind, ExprKind::Ident(n) if n != "_") {
                            self.decl_var(o, None);
                            *slot = LVal::Var(o);
                        }
                    }
                }
            }
        }
        let assign = (!define).then_some(RangeAssign { key, value });
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let post_b = self.b.create_block();
        let done = self.b.create_block();
        let idx = self.b.declare_var(T::I64);
        let zero = self.iconst(0);
        self.b.def_var(idx, zero);
        if let TypeKind::Map(kt, vt) = self.types().ukind(xt).clone() {
            // The runtime's iterator (8 words): key and value pointers first; key null at the end.
            let m = self.expr(x)?[0];
            let td = self.map_desc(xt);
            let it_slot = self.slot(64, 8);
            let it = self.b.ins().stack_addr(T::I64, it_slot, 0);
            self.rt(Rt::MapIterInit, &[td, m, it]);
            self.switch_to(header);
            let it = self.b.ins().stack_addr(T::I64, it_slot, 0);
            let kp = self.b.ins().load(T::I64, flags(), it, 0);
            self.b.ins().brif(kp, body_b, &[], done, &[]);
            self.b.switch_to_block(body_b);
            self.dead = false;
            let mut checks = self.range_lvals(&assign, &mut key_lv, &mut val_lv)?;
            let k = self.load(kt, kp, 0);
            let k = self.copy_mem(kt, &k);
            self.range_store(&assign, 0, &key_lv, &mut checks, k, kt)?;
            if value.is_some() {
                let vp = self.b.ins().load(T::I64, flags(), it, 8);
                let v = self.load(vt, vp, 0);
                let v = self.copy_mem(vt, &v);
                self.range_store(&assign, 1, &val_lv, &mut checks, v, vt)?;
            }
            self.jumps.push(Jump {
                label,
                brk: done,
                cont: Some(post_b),
            });
            self.block(body)?;
            self.jumps.pop();
            self.switch_to(post_b);
            let it = self.b.ins().stack_addr(T::I64, it_slot, 0);
            self.rt(Rt::MapIterNext, &[it]);
            self.jump(header);
            self.b.switch_to_block(done);
            self.dead = false;
            return Ok(());
        }
        if is_string {
            let s = self.expr(x)?;
            let next = self.b.declare_var(T::I64);
            self.switch_to(header);
            let i = self.b.use_var(idx);
            let c = self.b.ins().icmp(IntCC::SignedLessThan, i, s[1]);
            self.b.ins().brif(c, body_b, &[], done, &[]);
            self.b.switch_to_block(body_b);
            self.dead = false;
            let mut checks = self.range_lvals(&assign, &mut key_lv, &mut val_lv)?;
            let r = self.rt(Rt::DecodeRune, &[s[0], s[1], i]);
            self.b.def_var(next, r[1]);
            self.range_store(&assign, 0, &key_lv, &mut checks, vec![i], INT)?;
            if value.is_some() {
                let rune = self.b.ins().ireduce(T::I32, r[0]);
                self.range_store(&assign, 1, &val_lv, &mut checks, vec![rune], INT32)?;
            }
            self.jumps.push(Jump {
                label,
                brk: done,
                cont: Some(post_b),
            });
            self.block(body)?;
            self.jumps.pop();
            self.switch_to(post_b);
            let n = self.b.use_var(next);
            self.b.def_var(idx, n);
            self.jump(header);
        } else {
            // Arrays are ranged over a copy when the value is used (the spec evaluates x once).
            let (base, len, elem, by_slice) = match self.types().ukind(xt).clone() {
                TypeKind::Array(el, n) => {
                    let v = self.expr(x)?;
                    let v = if value.is_some() {
                        self.copy_mem(xt, &v)
                    } else {
                        v
                    };
                    (v[0], self.iconst(n as i64), el, false)
                }
                TypeKind::Pointer(p) => {
                    let (el, n) = match self.types().ukind(p) {
                        TypeKind::Array(el, n) => (*el, *n),
                        _ => (VOID, 0),
                    };
                    let v = self.expr(x)?;
                    if value.is_some() {
                        self.nil_check(v[0]);
                    }
                    (v[0], self.iconst(n as i64), el, false)
                }
                TypeKind::Slice(el) => {
                    let v = self.expr(x)?;
                    (v[0], v[1], el, true)
                }
                _ => return Err("internal compiler error: bad range operand".into()),
            };
            let _ = by_slice;
            let esize = self.types().size_align(elem).0 as i64;
            self.switch_to(header);
            let i = self.b.use_var(idx);
            let c = self.b.ins().icmp(IntCC::SignedLessThan, i, len);
            self.b.ins().brif(c, body_b, &[], done, &[]);
            self.b.switch_to_block(body_b);
            self.dead = false;
            let mut checks = self.range_lvals(&assign, &mut key_lv, &mut val_lv)?;
            self.range_store(&assign, 0, &key_lv, &mut checks, vec![i], INT)?;
            if value.is_some() {
                let off = self.b.ins().imul_imm_s(i, esize);
                let a = self.b.ins().iadd(base, off);
                let v = self.load(elem, a, 0);
                self.range_store(&assign, 1, &val_lv, &mut checks, v, elem)?;
            }
            self.jumps.push(Jump {
                label,
                brk: done,
                cont: Some(post_b),
            });
            self.block(body)?;
            self.jumps.pop();
            self.switch_to(post_b);
            let i = self.b.use_var(idx);
            let n = self.b.ins().iadd_imm_s(i, 1);
            self.b.def_var(idx, n);
            self.jump(header);
        }
        self.b.switch_to_block(done);
        self.dead = false;
        Ok(())
    }

    pub fn nil_check(&mut self, p: Value) {
        self.nil_check_with(p, Rt::PanicMem);
    }
}

pub(crate) fn strip(mut e: &Expr) -> &Expr {
    for _ in 0..10_000 {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            _ => return e,
        }
    }
    e
}

/// Find the body of the function literal with the given NodeId.
fn find_lit_body(file: &File, id: NodeId) -> Option<&Block> {
    struct Finder<'f> {
        id: NodeId,
        found: Option<&'f Block>,
    }
    impl<'f> Finder<'f> {
        fn expr(&mut self, e: &'f Expr) {
            if self.found.is_some() {
                return;
            }
            match &e.kind {
                ExprKind::FuncLit { body, .. } => {
                    if e.id == self.id {
                        self.found = Some(body);
                        return;
                    }
                    self.block(body);
                }
                ExprKind::CompositeLit { ty, elts, .. } => {
                    if let Some(t) = ty {
                        self.expr(t);
                    }
                    for el in elts {
                        if let Some(k) = &el.key {
                            self.expr(k);
                        }
                        self.expr(&el.value);
                    }
                }
                ExprKind::Paren(x)
                | ExprKind::Star(x)
                | ExprKind::Unary(_, x)
                | ExprKind::Selector(x, _) => self.expr(x),
                ExprKind::Index(x, is) => {
                    self.expr(x);
                    for i in is {
                        self.expr(i);
                    }
                }
                ExprKind::Slice { x, lo, hi, max } => {
                    self.expr(x);
                    for y in [lo, hi, max].into_iter().flatten() {
                        self.expr(y);
                    }
                }
                ExprKind::TypeAssert(x, _) => self.expr(x),
                ExprKind::Call { func, args, .. } => {
                    self.expr(func);
                    for a in args {
                        self.expr(a);
                    }
                }
                ExprKind::Binary(_, a, b) => {
                    self.expr(a);
                    self.expr(b);
                }
                _ => {}
            }
        }
        fn block(&mut self, b: &'f Block) {
            for s in &b.stmts {
                self.stmt(s);
            }
        }
        fn stmt(&mut self, s: &'f Stmt) {
            if self.found.is_some() {
                return;
            }
            match &s.kind {
                StmtKind::Expr(e) | StmtKind::Go(e) | StmtKind::Defer(e) => self.expr(e),
                StmtKind::Send(a, b) => {
                    self.expr(a);
                    self.expr(b);
                }
                StmtKind::IncDec(e, _) => self.expr(e),
                StmtKind::Assign { lhs, rhs, .. } => {
                    for e in lhs.iter().chain(rhs) {
                        self.expr(e);
                    }
                }
                StmtKind::Var(g) => {
                    for sp in &g.specs {
                        for v in &sp.values {
                            self.expr(v);
                        }
                    }
                }
                StmtKind::Return(vs) => {
                    for v in vs {
                        self.expr(v);
                    }
                }
                StmtKind::Block(b) => self.block(b),
                StmtKind::If {
                    init,
                    cond,
                    then,
                    els,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    self.expr(cond);
                    self.block(then);
                    if let Some(e) = els {
                        self.stmt(e);
                    }
                }
                StmtKind::Switch { init, tag, body } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(t) = tag {
                        self.expr(t);
                    }
                    for c in body {
                        for e in &c.exprs {
                            self.expr(e);
                        }
                        for s in &c.body {
                            self.stmt(s);
                        }
                    }
                }
                StmtKind::For {
                    init,
                    cond,
                    post,
                    body,
                } => {
                    if let Some(i) = init {
                        self.stmt(i);
                    }
                    if let Some(c) = cond {
                        self.expr(c);
                    }
                    if let Some(p) = post {
                        self.stmt(p);
                    }
                    self.block(body);
                }
                StmtKind::Range {
                    key,
                    value,
                    x,
                    body,
                    ..
                } => {
                    for e in [key, value].into_iter().flatten() {
                        self.expr(e);
                    }
                    self.expr(x);
                    self.block(body);
                }
                StmtKind::Labeled(_, inner) => self.stmt(inner),
                StmtKind::Select(cs) => {
                    for c in cs {
                        if let Some(comm) = &c.comm {
                            self.stmt(comm);
                        }
                        for s in &c.body {
                            self.stmt(s);
                        }
                    }
                }
                _ => {}
            }
        }
    }
    let mut f = Finder { id, found: None };
    for d in &file.decls {
        match d {
            Decl::Func(fd) => {
                if let Some(b) = &fd.body {
                    f.block(b);
                }
            }
            Decl::Var(g) => {
                for sp in &g.specs {
                    for v in &sp.values {
                        f.expr(v);
                    }
                }
            }
            _ => {}
        }
        if f.found.is_some() {
            break;
        }
    }
    f.found
}
