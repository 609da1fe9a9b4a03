//! The state of one function being lowered (FnGen) and its basic operations: references to
//! module-level things, calls into the runtime, memory, and variables and where they live.
//! Statements are in stmt.rs, whole bodies (entry, the single exit block every return jumps
//! to, wrappers, package init) in body.rs.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    self, condcodes::IntCC, types as T, Block as IBlock, InstBuilder, MemFlagsData, StackSlotData,
    StackSlotKind, Value,
};
use cranelift_frontend::{FunctionBuilder, Variable};
use cranelift_module::{DataId, FuncId, Module};

use super::defer::DeferState;
use super::layout::*;
use super::runtime_abi::{self, Rt};
use super::Codegen;
use crate::check::types::*;
use crate::check::{FuncIdx, ObjId, ObjKind};
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
    /// Values of the ordering points of the statement being lowered, evaluated ahead of the
    /// rest in gc's order (order.rs), by expression id; each is taken once.
    pub pre: HashMap<NodeId, Vec<Val>>,
    /// The next `eval_args_sig` evaluates each argument as a unit of evaluation order of its
    /// own, copied at once (a `defer` or `go` statement's operands).
    pub args_as_units: bool,
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
            pre: HashMap::new(),
            args_as_units: false,
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

    /// The type of `e` in the instance being generated.
    pub fn ty_of(&self, e: &Expr) -> TypeId {
        self.cg.sub(self.cg.info.ty(e))
    }

    /// The recorded type and mode of node `id`, in the instance being generated.
    pub fn tv(&self, id: NodeId) -> Option<crate::check::Tv> {
        self.cg.info.tv(id).map(|tv| crate::check::Tv {
            mode: tv.mode.clone(),
            ty: self.cg.sub(tv.ty),
        })
    }

    /// How method `func`, selected by `sel` (`x.M`, `T.M`), is compiled: for a method of a
    /// generic type, the instance of the type arguments of the named type it is found on.
    pub fn method_key_at(&self, sel: &Expr, func: FuncIdx) -> R<super::FnKey> {
        if !self.cg.info.funcs[func as usize].is_generic() {
            return Ok((func, None));
        }
        let ExprKind::Selector(x, _) = &sel.kind else {
            return Err("internal compiler error: method key of a non-selector".into());
        };
        let t = self.ty_of(x);
        let path = self
            .cg
            .info
            .embed_path
            .get(&sel.id)
            .cloned()
            .unwrap_or_default();
        let holder = self.cg.info.holder_type(t, &path);
        let named = self.cg.info.deref(holder).0;
        self.cg.method_key(func, named)
    }

    /// The type of object `o` in the instance being generated.
    pub fn obj_ty(&self, o: ObjId) -> TypeId {
        self.cg.sub(self.cg.info.objs[o as usize].ty)
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
    pub(super) fn exception_table(
        &mut self,
        sigref: ir::SigRef,
        pad: IBlock,
    ) -> (ir::ExceptionTable, IBlock) {
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
                .map(|(i, &ty)| {
                    let o = off + reg_offset(&tys, i);
                    self.b.ins().load(ty, flags(), addr, o)
                })
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
            Repr::Regs(tys) => {
                for (i, &x) in v.iter().enumerate() {
                    let o = off + reg_offset(&tys, i);
                    self.b.ins().store(flags(), x, addr, o);
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

    /// `size` bytes of heap that are no Go type (closure captures, method values, `go`
    /// records), whose pointer words are those of `mask` (the rest hold code addresses or
    /// scalars).
    pub fn alloc_shape(&mut self, size: u64, mask: &[bool]) -> R<Value> {
        let n = self.iconst(size.max(1) as i64);
        let d = self.cg.shape_desc(size.max(1), mask)?;
        let td = self.data_addr(d);
        Ok(self.rt(Rt::Alloc, &[n, td])[0])
    }

    /// `size` bytes of heap holding values of the types in `layout` at their offsets (a `go`
    /// statement's record).
    pub fn alloc_layout(&mut self, layout: &[(TypeId, i32)], size: u64) -> R<Value> {
        let mut mask = Vec::new();
        for &(t, off) in layout {
            let w = off as usize / 8;
            for (i, p) in super::layout::ptrmask(self.types(), t)
                .into_iter()
                .enumerate()
            {
                if mask.len() <= w + i {
                    mask.resize(w + i + 1, false);
                }
                mask[w + i] |= p;
            }
        }
        self.alloc_shape(size, &mask)
    }

    /// Heap memory for `size` bytes of values of type `t` (one value, or an array of them).
    pub fn alloc_of(&mut self, t: TypeId, size: u64) -> R<Value> {
        let n = self.iconst(size.max(1) as i64);
        self.alloc_of_dyn(t, n)
    }

    /// As `alloc_of`, for a byte count computed at run time.
    pub fn alloc_of_dyn(&mut self, t: TypeId, bytes: Value) -> R<Value> {
        let td = self.gc_type(t)?;
        Ok(self.rt(Rt::Alloc, &[bytes, td])[0])
    }

    /// What the allocator is told about values of type `t`: its descriptor (whose pointer mask
    /// the collector follows), or null for a type without pointers (noscan memory).
    pub fn gc_type(&mut self, t: TypeId) -> R<Value> {
        Ok(if super::layout::has_pointers(self.types(), t) {
            let d = self.cg.type_desc(t)?;
            self.data_addr(d)
        } else {
            self.iconst(0)
        })
    }

    // ---- variables ----

    pub(super) fn var_needs_memory(&self, o: ObjId) -> (bool, bool) {
        let info = self.cg.info;
        let v = info.var(o).unwrap();
        let t = self.obj_ty(o);
        let heap = self.cg.plan.heap(o);
        // Results of a function with defers live in the frame: after a recovered panic the
        // exit block reads them, on a path that comes through the landing pad.
        let pinned = v.result && self.pad.is_some();
        let mem = heap || v.captured || v.addr_taken || pinned || is_mem(self.types(), t);
        (mem, heap)
    }

    /// Give a local variable its storage and initial value (zero when `init` is None).
    pub fn decl_var(&mut self, o: ObjId, init: Option<Val>) -> R<()> {
        let t = self.obj_ty(o);
        if t == VOID {
            return Ok(());
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
            return Ok(());
        }
        let (size, align) = self.types().size_align(t);
        let addr = if heap {
            // A fresh cell each time the declaration runs: closures created in different loop
            // iterations see different variables.
            let p = self.alloc_of(t, size)?;
            let var = match self.vars.get(&o) {
                Some(VarLoc::Addr(AddrSrc::Var(v))) => *v,
                _ => self.b.declare_var(T::I64),
            };
            self.b.def_var(var, p);
            self.vars.insert(o, VarLoc::Addr(AddrSrc::Var(var)));
            if init.is_none() {
                return Ok(()); // alloc returns zeroed memory
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
                return Ok(());
            }
            p
        };
        let v = init.unwrap();
        self.store(t, &v, addr, 0);
        Ok(())
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
        let t = self.obj_ty(o);
        if let Some(VarLoc::Ssa(vars)) = self.vars.get(&o).cloned() {
            return vars.iter().map(|&v| self.b.use_var(v)).collect();
        }
        match self.var_addr(o) {
            Some(a) => self.load(t, a, 0),
            None => self.zero(t),
        }
    }

    pub fn write_var(&mut self, o: ObjId, val: &[Value]) {
        let t = self.obj_ty(o);
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
