//! Defer statements, both ways Go 1.14+ does them.
//!
//! Open-coded (analyze decides; all defers of the function qualify or none do): a `defer_bits`
//! byte and one stack slot per defer statement holding its already-evaluated operands. The
//! statement stores the operands and sets its bit; the exit block tests the bits from the
//! highest down, clears each bit *before* making the call (so a deferred call that panics is
//! never run twice), and calls the target directly when it is known.
//!
//! Runtime: the statement asks `deferproc` for a record on the goroutine's defer list (records
//! are pooled, so a defer in a loop allocates nothing in steady state) and stores the operands
//! in it; the exit block loops on `deferreturn`, which pops this frame's newest record and
//! answers its site number and operand area, and dispatches to generated code for that site.
//! The runtime never calls deferred functions itself: panics in them unwind through Go frames
//! only.

use std::collections::HashMap;

use cranelift_codegen::ir::{
    self, condcodes::IntCC, types as T, Block as IBlock, InstBuilder, StackSlot, Value,
};

use super::func::{flags, strip, FnGen, Val, R};
use super::layout::*;
use super::order::Ctx;
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::check::{Builtin, CallKind, LibFunc};
use crate::syntax::ast::*;

// The runtime's record layout, {link, fp, site, class} then the operand area, and the G's
// fields that hold the list and the pools: the runtime's own constants (runtime/src/defer.rs).
use deferc_runtime::defer::{
    CLASS_FRAME, CLASS_SIZES, G_OFF_DEFER, G_OFF_POOL, HEADER, OFF_CLASS, OFF_FP, OFF_LINK,
    OFF_SITE,
};
const RECORD_HEADER: u64 = HEADER as u64;

#[derive(Clone)]
pub(crate) enum Target {
    Static(super::FnKey),
    /// A function literal (of the instance being generated, for generic code: a `go`
    /// statement's thunk is compiled outside it): the first operand is its closure object.
    Lit(super::FnKey),
    /// A func value: the first operand is the funcval (nil panics when the call would run).
    Dynamic,
    Builtin(Builtin),
    Lib(LibFunc),
    /// An interface method resolved at the defer statement: operands are code and receiver.
    Method,
    /// A function called directly (a type parameter's method or its wrapper).
    Func(cranelift_module::FuncId),
}

/// A call evaluated ahead of time: what to call, its signature, the operands and their types.
pub(crate) type CallOperands = (Target, Sig, Vec<(TypeId, Val)>);

pub(crate) struct Site {
    target: Target,
    sig: Sig,
    /// Operand types and their byte offsets in the operand area.
    operands: Vec<(TypeId, i32)>,
    size: u32,
    slot: Option<StackSlot>,
    /// The frame-allocated Defer record of a runtime-path site outside loops.
    frame_record: Option<StackSlot>,
    bit: u32,
}

pub(crate) struct DeferState {
    pub open: bool,
    pub runtime: bool,
    bits: Option<StackSlot>,
    bits_ty: ir::Type,
    sites: Vec<Site>,
    site_of: HashMap<NodeId, usize>,
    fp: Option<Value>,
}

impl Default for DeferState {
    fn default() -> Self {
        DeferState {
            open: false,
            runtime: false,
            bits: None,
            bits_ty: T::I8,
            sites: Vec::new(),
            site_of: HashMap::new(),
            fp: None,
        }
    }
}

impl<'c, 'a> FnGen<'c, 'a> {
    pub fn defer_prologue(&mut self) -> R<()> {
        let Some(fi) = self.fi else { return Ok(()) };
        let f = &self.cg.info.funcs[fi as usize];
        if f.defers.is_empty() {
            return Ok(());
        }
        let open = self.cg.plan.func(fi).open_coded;
        self.defer.open = open;
        self.defer.runtime = !open;
        if open {
            // defer_bits: a byte for up to 8 defers (Go's case), wider words beyond.
            let ty = match f.defers.len() {
                0..=8 => T::I8,
                9..=16 => T::I16,
                17..=32 => T::I32,
                _ => T::I64,
            };
            self.defer.bits_ty = ty;
            let s = self.slot(ty.bytes() as u64, ty.bytes() as u64);
            let z = self.b.ins().iconst(ty, 0);
            self.b.ins().stack_store(T::I64, z, s, 0);
            self.defer.bits = Some(s);
            if self.cg.opts.emit_clif {
                self.cg.listing_note = Some(format!("defer_bits: {}", s));
            }
        } else {
            // The frame's identity on the defer list: its frame pointer.
            self.defer.fp = Some(self.b.ins().get_frame_pointer(T::I64));
        }
        Ok(())
    }

    /// Byte offsets of a call's operands in its operand area (8-byte slots), and its size.
    pub(crate) fn layout_operands(&self, ops: &[(TypeId, Val)]) -> (Vec<(TypeId, i32)>, u32) {
        let mut layout = Vec::new();
        let mut off: u32 = 0;
        for (t, _) in ops {
            let (size, _) = self.types().size_align(*t);
            layout.push((*t, off as i32));
            off += (size as u32).div_ceil(8) * 8;
        }
        (layout, off)
    }

    /// The operand type of a code address (never followed by the collector).
    fn uintptr(&self) -> TypeId {
        UINTPTR
    }

    /// The operand type of a word that points into the heap but has no Go type of its own
    /// here (a closure's environment, an interface's data word): untyped nil's type, the one
    /// pointer-shaped type every program has, so a `go` record's pointer mask covers it.
    fn pointer_word(&self) -> TypeId {
        crate::check::types::UNTYPED_NIL
    }

    pub fn defer_stmt(&mut self, _s: &Stmt, call: &Expr) -> R<()> {
        let info = self.cg.info;
        let call = strip(call);
        if !matches!(call.kind, ExprKind::Call { .. }) {
            return Err("internal compiler error: defer of non-call".into());
        }
        // Defers in branches Go's deadcode pass deletes were not classified: they never run.
        let fi = self.fi.unwrap();
        if !info.funcs[fi as usize]
            .defers
            .iter()
            .any(|d| d.call == call.id)
        {
            return Ok(());
        }
        let (target, sig, ops) = self.call_operands(call)?;
        let (layout, size) = self.layout_operands(&ops);
        let idx = match self.defer.site_of.get(&call.id) {
            Some(&i) => i,
            None => {
                let i = self.defer.sites.len();
                let slot = if self.defer.open {
                    Some(self.slot(size as u64, 8))
                } else {
                    None
                };
                self.defer.sites.push(Site {
                    target,
                    sig,
                    operands: layout.clone(),
                    size,
                    slot,
                    frame_record: None,
                    bit: i as u32,
                });
                self.defer.site_of.insert(call.id, i);
                i
            }
        };
        let area = if self.defer.open {
            let slot = self.defer.sites[idx].slot.unwrap();
            self.b.ins().stack_addr(T::I64, slot, 0)
        } else {
            let in_loop = info.funcs[fi as usize]
                .defers
                .iter()
                .any(|d| d.call == call.id && d.in_loop);
            self.push_record(idx, size, in_loop)
        };
        for ((t, v), (_, o)) in ops.iter().zip(&layout) {
            self.store(*t, v, area, *o);
        }
        if self.defer.open {
            let bits_slot = self.defer.bits.unwrap();
            let bits = self
                .b
                .ins()
                .stack_load(T::I64, self.defer.bits_ty, bits_slot, 0);
            let bit = self.defer.sites[idx].bit;
            let nb = self.b.ins().bor_imm_s(bits, 1i64 << bit);
            self.b.ins().stack_store(T::I64, nb, bits_slot, 0);
        }
        Ok(())
    }

    /// Evaluate a deferred (or `go`) call's function value, receiver and arguments now, as Go
    /// does at the statement: what to call, its signature, and the operands with their types.
    pub(crate) fn call_operands(&mut self, call: &Expr) -> R<CallOperands> {
        let info = self.cg.info;
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &call.kind
        else {
            return Err("internal compiler error: deferred non-call".into());
        };
        let kind = info
            .calls
            .get(&call.id)
            .cloned()
            .unwrap_or(CallKind::Dynamic);
        let func_s = strip(func);
        let mut ops: Vec<(TypeId, Val)> = Vec::new();
        let (target, sig) = match kind {
            CallKind::Method(fi) => {
                // The receiver is evaluated at the defer statement, like the arguments.
                let key = self.method_key_at(func_s, fi)?;
                let st = self
                    .cg
                    .plan
                    .instances
                    .subst(key.1, info.funcs[fi as usize].sig);
                let sig = self.cg.sig_of(st);
                // Each operand is a unit of evaluation order of its own (order.rs).
                if let ExprKind::Selector(x, _) = &func_s.kind {
                    self.order_expr(x, Ctx::Plain)?;
                }
                let recv = self.method_receiver(func_s)?;
                ops.push((sig.params[0], recv));
                self.args_as_units = true;
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params[1..]) {
                    ops.push((t, v));
                }
                (Target::Static(key), sig)
            }
            CallKind::Static(fi) => {
                let key = self.static_key(func, fi)?;
                let sig = self.cg.sig_of(self.ty_of(func));
                self.args_as_units = true;
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Static(key), sig)
            }
            CallKind::Dynamic => {
                let sig = self.cg.sig_of(self.ty_of(func));
                let target = if let ExprKind::FuncLit { .. } = func_s.kind {
                    let fi = info.lits[&func_s.id];
                    let env = self.closure(fi, info.funcs[fi as usize].lit_escapes)?;
                    ops.push((self.pointer_word(), vec![env]));
                    Target::Lit(self.cg.key_of(fi))
                } else {
                    let fv = self.expr_unit(func)?;
                    ops.push((self.pointer_word(), fv));
                    Target::Dynamic
                };
                self.args_as_units = true;
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (target, sig)
            }
            CallKind::Builtin(b) => {
                // `defer println(f())`, `defer delete(f())`: the call's results are the
                // operands (the key converted to the map's key type).
                if args.len() == 1 {
                    self.order_expr(&args[0], Ctx::Plain)?;
                }
                let spread = self.builtin_spread(args)?;
                match (b, spread) {
                    (Builtin::Print | Builtin::Println | Builtin::Copy, Some(vals)) => {
                        ops.extend(vals.into_iter().map(|(v, t)| (t, v)));
                    }
                    (Builtin::Delete, Some(mut vals)) => {
                        let (k, kt) = vals.pop().unwrap_or_default();
                        let (m, mt) = vals.pop().unwrap_or_default();
                        let key_t = match self.types().ukind(mt) {
                            TypeKind::Map(key_t, _) => *key_t,
                            _ => VOID,
                        };
                        let k = self.convert(k, kt, key_t)?;
                        ops.push((mt, m));
                        ops.push((key_t, k));
                    }
                    (Builtin::Print | Builtin::Println, None) => {
                        for a in args {
                            let t = self.types().default_type(self.ty_of(a));
                            let v = self.expr_unit(a)?;
                            let v = self.copy_mem(t, &v);
                            ops.push((t, v));
                        }
                    }
                    (Builtin::Panic, _) => {
                        let v = self.expr_unit_to(&args[0], ANY)?;
                        ops.push((ANY, v));
                    }
                    (Builtin::Recover, _) => {}
                    // The map (or the slices, or the channel) and the key are evaluated at
                    // the defer statement, the deletion (copy, close) happens at exit.
                    (Builtin::Delete | Builtin::Copy | Builtin::Close, _) => {
                        for a in args {
                            let t = self.ty_of(a);
                            let t = if b == Builtin::Delete && a.id == args[1].id {
                                match self.types().ukind(self.ty_of(&args[0])) {
                                    TypeKind::Map(kt, _) => *kt,
                                    _ => t,
                                }
                            } else {
                                t
                            };
                            let v = self.expr_unit_to(a, t)?;
                            ops.push((t, v));
                        }
                    }
                    _ => {
                        return Err(format!(
                            "{}: unsupported: defer of built-in {}",
                            self.cg.src.position(call.span),
                            b.name()
                        ))
                    }
                }
                (
                    Target::Builtin(b),
                    Sig {
                        params: vec![],
                        results: vec![],
                        variadic: false,
                    },
                )
            }
            CallKind::Lib(f) => {
                let sig = self.lib_sig(f)?;
                self.args_as_units = true;
                let argv = self.eval_args_sig(&sig, args, *ellipsis, true)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Lib(f), sig)
            }
            CallKind::Iface(_) => {
                let ExprKind::Selector(_, sel) = &func_s.kind else {
                    return Err("internal compiler error: deferred interface method".into());
                };
                if let ExprKind::Selector(x, _) = &func_s.kind {
                    self.order_expr(x, Ctx::Plain)?;
                }
                let (recv, _) = self.iface_operand(func_s)?;
                // The method value is evaluated now: a nil interface panics at the defer.
                let code = self.find_method(recv[0], &sel.name)?;
                ops.push((self.uintptr(), vec![code]));
                ops.push((self.pointer_word(), vec![recv[1]]));
                let sig = self.cg.sig_of(self.ty_of(func));
                self.args_as_units = true;
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Method, sig)
            }
            CallKind::TypeParamMethod => {
                let ExprKind::Selector(x, sel) = &func_s.kind else {
                    return Err("internal compiler error: deferred type parameter method".into());
                };
                self.order_expr(x, Ctx::Plain)?;
                let rt = self.ty_of(x);
                let msig = self.cg.sig_of(self.ty_of(func));
                let target = if self.types().is_interface(rt) {
                    let (recv, _) = self.iface_operand(func_s)?;
                    let code = self.find_method(recv[0], &sel.name)?;
                    ops.push((self.uintptr(), vec![code]));
                    ops.push((self.pointer_word(), vec![recv[1]]));
                    (Target::Method, msig.clone())
                } else {
                    let (id, full) = self.tparam_method(rt, &sel.name, &msig)?;
                    let v = self.expr(x)?;
                    let recv = self.copy_mem(rt, &v);
                    ops.push((rt, recv));
                    (Target::Func(id), full)
                };
                self.args_as_units = true;
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&msig.params) {
                    ops.push((t, v));
                }
                target
            }
            CallKind::Conversion(_) => {
                return Err("internal compiler error: deferred conversion".into())
            }
        };
        Ok((target, sig, ops))
    }

    /// Push a Defer record for site `idx` (operand area of `size` bytes) on the running G's list
    /// and return its operand area. A defer statement outside loops runs at most once per frame
    /// activation, so its record lives in the frame (Go's stack-allocated defer); otherwise the
    /// record comes from the G's pool for its size class, inline, with a runtime call only when
    /// the pool is empty (or for a record too big to pool). Layouts: runtime/src/defer.rs.
    fn push_record(&mut self, idx: usize, size: u32, in_loop: bool) -> Value {
        let fp = self.defer.fp.unwrap();
        let site = self.iconst(idx as i64);
        let class = if in_loop {
            CLASS_SIZES.iter().position(|&c| size as usize <= c)
        } else {
            None
        };
        let d = if !in_loop {
            let slot = match self.defer.sites[idx].frame_record {
                Some(s) => s,
                None => {
                    let s = self.slot(RECORD_HEADER + size as u64, 8);
                    self.defer.sites[idx].frame_record = Some(s);
                    s
                }
            };
            let d = self.b.ins().stack_addr(T::I64, slot, 0);
            let c = self.iconst(CLASS_FRAME as i64);
            self.b.ins().store(flags(), c, d, OFF_CLASS);
            d
        } else if let Some(c) = class {
            let g = self.curg();
            let pool_off = G_OFF_POOL + 8 * c as i32;
            let free = self.b.ins().load(T::I64, flags(), g, pool_off);
            let hit = self.b.create_block();
            let miss = self.b.create_block();
            let join = self.b.create_block();
            let d = self.b.append_block_param(join, T::I64);
            self.b.set_cold_block(miss);
            self.b.ins().brif(free, hit, &[], miss, &[]);
            self.b.switch_to_block(hit);
            let next = self.b.ins().load(T::I64, flags(), free, OFF_LINK);
            self.b.ins().store(flags(), next, g, pool_off);
            self.b.ins().jump(join, &[ir::BlockArg::Value(free)]);
            self.b.switch_to_block(miss);
            let cv = self.iconst(c as i64);
            let fresh = self.rt(Rt::Defernew, &[cv])[0];
            self.b.ins().jump(join, &[ir::BlockArg::Value(fresh)]);
            self.b.switch_to_block(join);
            d
        } else {
            let n = self.iconst(size as i64);
            return self.rt(Rt::Deferproc, &[fp, site, n])[0];
        };
        self.b.ins().store(flags(), fp, d, OFF_FP);
        self.b.ins().store(flags(), site, d, OFF_SITE);
        let g = self.curg();
        let head = self.b.ins().load(T::I64, flags(), g, G_OFF_DEFER);
        self.b.ins().store(flags(), head, d, OFF_LINK);
        self.b.ins().store(flags(), d, g, G_OFF_DEFER);
        self.b.ins().iadd_imm_s(d, RECORD_HEADER as i64)
    }

    /// The running G (runtime's `deferc_curg`).
    fn curg(&mut self) -> Value {
        let id = self.cg.curg_data();
        let a = self.data_addr(id);
        self.b.ins().load(T::I64, flags(), a, 0)
    }

    /// Pop this frame's newest record inline (deferreturn's fast path): branches to `done` when
    /// there is none, otherwise returns (site, operand area); pooled records go back to the pool.
    fn pop_record(&mut self, fp: Value, done: IBlock) -> (Value, Value) {
        let g = self.curg();
        let d = self.b.ins().load(T::I64, flags(), g, G_OFF_DEFER);
        let chk = self.b.create_block();
        let pop = self.b.create_block();
        self.b.ins().brif(d, chk, &[], done, &[]);
        self.b.switch_to_block(chk);
        let dfp = self.b.ins().load(T::I64, flags(), d, OFF_FP);
        let mine = self.b.ins().icmp(IntCC::Equal, dfp, fp);
        self.b.ins().brif(mine, pop, &[], done, &[]);
        self.b.switch_to_block(pop);
        let next = self.b.ins().load(T::I64, flags(), d, OFF_LINK);
        self.b.ins().store(flags(), next, g, G_OFF_DEFER);
        let class = self.b.ins().load(T::I64, flags(), d, OFF_CLASS);
        let pooled =
            self.b
                .ins()
                .icmp_imm_u(IntCC::UnsignedLessThan, class, CLASS_SIZES.len() as i64);
        let to_pool = self.b.create_block();
        let out = self.b.create_block();
        self.b.ins().brif(pooled, to_pool, &[], out, &[]);
        self.b.switch_to_block(to_pool);
        let off = self.b.ins().imul_imm_s(class, 8);
        let slot = self.b.ins().iadd(g, off);
        let free = self.b.ins().load(T::I64, flags(), slot, G_OFF_POOL);
        self.b.ins().store(flags(), free, d, OFF_LINK);
        self.b.ins().store(flags(), d, slot, G_OFF_POOL);
        self.b.ins().jump(out, &[]);
        self.b.switch_to_block(out);
        let site = self.b.ins().load(T::I64, flags(), d, OFF_SITE);
        let area = self.b.ins().iadd_imm_s(d, RECORD_HEADER as i64);
        (site, area)
    }

    /// Jump to `targets[site]` (a jump table), `default` for anything else.
    fn dispatch(&mut self, site: Value, targets: &[IBlock], default: IBlock) {
        let idx = self.b.ins().ireduce(T::I32, site);
        let def = self.b.func.dfg.block_call(default, &[]);
        let calls: Vec<ir::BlockCall> = targets
            .iter()
            .map(|&t| self.b.func.dfg.block_call(t, &[]))
            .collect();
        let jt = self
            .b
            .create_jump_table(ir::JumpTableData::new(def, &calls));
        self.b.ins().br_table(idx, jt);
    }

    /// Run the pending open-coded defers, from the highest bit down, clearing each bit before
    /// its call. In the landing pad (`recovered_exit` given), ask the runtime after each call
    /// whether the panic was recovered and leave for the normal exit if so.
    fn run_open_coded(&mut self, recovered_exit: Option<IBlock>) -> R<()> {
        let bits_slot = self.defer.bits.unwrap();
        for i in (0..self.defer.sites.len()).rev() {
            let bit = self.defer.sites[i].bit;
            let bits = self
                .b
                .ins()
                .stack_load(T::I64, self.defer.bits_ty, bits_slot, 0);
            let set = self.b.ins().band_imm_s(bits, 1i64 << bit);
            let run = self.b.create_block();
            let next = self.b.create_block();
            self.b.ins().brif(set, run, &[], next, &[]);
            self.b.switch_to_block(run);
            self.dead = false;
            let cleared = self.b.ins().band_imm_s(bits, !(1i64 << bit));
            self.b.ins().stack_store(T::I64, cleared, bits_slot, 0);
            let slot = self.defer.sites[i].slot.unwrap();
            let area = self.b.ins().stack_addr(T::I64, slot, 0);
            self.run_site(i, area)?;
            match recovered_exit {
                None => self.switch_to(next),
                Some(exit) => {
                    self.ensure_live();
                    let fp = self.b.ins().get_frame_pointer(T::I64);
                    let recovered = self.rt(Rt::PanicDeferDone, &[fp])[0];
                    self.b.ins().brif(recovered, exit, &[], next, &[]);
                    self.b.switch_to_block(next);
                    self.dead = false;
                }
            }
        }
        Ok(())
    }

    /// At the function's exit: run the pending deferred calls, newest first.
    pub fn defer_epilogue(&mut self) -> R<()> {
        if self.defer.open {
            self.run_open_coded(None)?;
        } else if self.defer.runtime {
            let fp = self.defer.fp.unwrap();
            let lp = self.b.create_block();
            let done = self.b.create_block();
            self.switch_to(lp);
            let (site, area) = self.pop_record(fp, done);
            let n = self.defer.sites.len();
            let runs: Vec<IBlock> = (0..n).map(|_| self.b.create_block()).collect();
            self.dispatch(site, &runs, lp);
            for (i, &run) in runs.iter().enumerate() {
                self.b.switch_to_block(run);
                self.dead = false;
                // A pooled record may be reused by a defer inside the call: copy its operands
                // first. A frame record is this site's own and stays put.
                let operands = if self.defer.sites[i].frame_record.is_some() {
                    area
                } else {
                    let size = self.defer.sites[i].size;
                    let tmp = self.slot(size as u64, 8);
                    let tmpa = self.b.ins().stack_addr(T::I64, tmp, 0);
                    self.memcpy(tmpa, area, size as u64, 8);
                    tmpa
                };
                self.run_site(i, operands)?;
                self.jump(lp);
            }
            self.b.switch_to_block(done);
            self.dead = false;
        }
        Ok(())
    }

    /// The landing pad: the function's exit in panic mode. It runs the pending deferred calls
    /// newest first, each a try_call back into this pad (a deferred call that panics aborts
    /// the old panic and the remaining defers run for the new one), and asks the runtime after
    /// each whether the panic was recovered; if so the frame finishes through its normal exit
    /// (remaining defers, then the named results as the deferred calls left them). If none
    /// recovers, the panic continues in the caller.
    pub fn defer_pad(&mut self) -> R<()> {
        let Some(pad) = self.pad else { return Ok(()) };
        self.b.switch_to_block(pad);
        self.dead = false;
        let fp = self.b.ins().get_frame_pointer(T::I64);
        self.rt(Rt::PanicEnter, &[fp]);
        let exit = self.exit;
        let repanic = self.b.create_block();
        if self.defer.open {
            self.run_open_coded(Some(exit))?;
            self.jump(repanic);
        } else if self.defer.runtime {
            let lp = self.b.create_block();
            self.switch_to(lp);
            let fp = self.b.ins().get_frame_pointer(T::I64);
            let r = self.rt(Rt::Deferreturn, &[fp]);
            let (site, area) = (r[0], r[1]);
            let dispatch = self.b.create_block();
            self.b.ins().brif(area, dispatch, &[], repanic, &[]);
            self.b.switch_to_block(dispatch);
            for i in 0..self.defer.sites.len() {
                let run = self.b.create_block();
                let next = self.b.create_block();
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, site, i as i64);
                self.b.ins().brif(is, run, &[], next, &[]);
                self.b.switch_to_block(run);
                self.dead = false;
                let size = self.defer.sites[i].size;
                let tmp = self.slot(size as u64, 8);
                let tmpa = self.b.ins().stack_addr(T::I64, tmp, 0);
                self.memcpy(tmpa, area, size as u64, 8);
                self.run_site(i, tmpa)?;
                self.ensure_live();
                let fp = self.b.ins().get_frame_pointer(T::I64);
                let recovered = self.rt(Rt::PanicDeferDone, &[fp])[0];
                self.b.ins().brif(recovered, exit, &[], lp, &[]);
                self.b.switch_to_block(next);
            }
            self.b.ins().jump(lp, &[]);
            self.dead = true;
        } else {
            self.jump(repanic);
        }
        self.b.switch_to_block(repanic);
        self.dead = false;
        self.rt(Rt::Gorepanic, &[]);
        Ok(())
    }

    /// Load a site's operands from `area` and make the deferred call.
    fn run_site(&mut self, i: usize, area: Value) -> R<()> {
        let site = &self.defer.sites[i];
        let target = site.target.clone();
        let sig = site.sig.clone();
        let operands = site.operands.clone();
        self.run_target(target, sig, &operands, area)
    }

    /// Load a call's operands (laid out by `layout_operands`) from `area` and make the call.
    pub(crate) fn run_target(
        &mut self,
        target: Target,
        sig: Sig,
        operands: &[(TypeId, i32)],
        area: Value,
    ) -> R<()> {
        let mut vals: Vec<Val> = Vec::new();
        for (t, o) in operands {
            vals.push(self.load(*t, area, *o));
        }
        match target {
            Target::Static(key) => {
                let z = self.iconst(0);
                let id = self.cg.go_func_key(key)?;
                self.emit_go_call(super::expr::Callee::Direct(id), z, &sig, vals)?;
            }
            Target::Lit(key) => {
                let env = vals.remove(0)[0];
                let id = self.cg.go_func_key(key)?;
                self.emit_go_call(super::expr::Callee::Direct(id), env, &sig, vals)?;
            }
            Target::Dynamic => {
                let fv = vals.remove(0)[0];
                // Go: a deferred nil func panics when the call would run, at function exit.
                self.nil_check(fv);
                self.emit_go_call(super::expr::Callee::Indirect(fv), fv, &sig, vals)?;
            }
            Target::Builtin(b) => match b {
                Builtin::Print | Builtin::Println => {
                    let typed: Vec<(Val, TypeId)> = vals
                        .into_iter()
                        .zip(operands.iter().map(|(t, _)| *t))
                        .collect();
                    self.emit_print(b == Builtin::Println, &typed);
                }
                Builtin::Panic => {
                    self.emit_panic(&vals[0]);
                    self.ensure_live();
                }
                // `defer recover()`: recover is the deferred function itself, not called by
                // one, so it never stops a panic; the runtime sees that from the frames.
                Builtin::Recover => {
                    self.emit_recover();
                }
                Builtin::Delete => {
                    let mt = operands[0].0;
                    let ka = self.map_key_val(mt, &vals[1]);
                    let td = self.map_desc(mt);
                    self.rt(Rt::MapDelete, &[td, vals[0][0], ka]);
                }
                Builtin::Copy => {
                    self.emit_copy(operands[0].0, &vals[0], &vals[1]);
                }
                Builtin::Close => {
                    self.chan_close(vals[0][0]);
                }
                _ => {}
            },
            Target::Lib(f) => {
                self.lib_call_vals(f, vals)?;
                self.ensure_live();
            }
            Target::Method => {
                let code = vals.remove(0)[0];
                let recv = vals.remove(0)[0];
                self.emit_method_call(code, recv, &sig, vals)?;
            }
            Target::Func(id) => {
                let z = self.iconst(0);
                self.emit_go_call(super::expr::Callee::Direct(id), z, &sig, vals)?;
            }
        }
        let _ = is_mem;
        let _ = flags;
        Ok(())
    }
}
