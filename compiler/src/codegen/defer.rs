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

use cranelift_codegen::ir::{condcodes::IntCC, types as T, InstBuilder, StackSlot, Value};

use super::func::{flags, strip, FnGen, Val, R};
use super::layout::*;
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::check::{Builtin, CallKind, DeferClass, FuncIdx, LibFunc, LibMethod};
use crate::syntax::ast::*;

#[derive(Clone)]
pub(crate) enum Target {
    Static(FuncIdx),
    /// A function literal: the first operand is its closure object.
    Lit(FuncIdx),
    /// A func value: the first operand is the funcval (nil panics when the call would run).
    Dynamic,
    Builtin(Builtin),
    Lib(LibFunc),
    LibMethod(LibMethod),
    /// An interface method resolved at the defer statement: operands are code and receiver.
    Method,
}

pub(crate) struct Site {
    target: Target,
    sig: Sig,
    /// Operand types and their byte offsets in the operand area.
    operands: Vec<(TypeId, i32)>,
    size: u32,
    slot: Option<StackSlot>,
    bit: u32,
}

#[derive(Default)]
pub(crate) struct DeferState {
    pub open: bool,
    pub runtime: bool,
    bits: Option<StackSlot>,
    sites: Vec<Site>,
    site_of: HashMap<NodeId, usize>,
    fp: Option<Value>,
}

impl<'c, 'a> FnGen<'c, 'a> {
    pub fn defer_prologue(&mut self) -> R<()> {
        let Some(fi) = self.fi else { return Ok(()) };
        let f = &self.cg.info.funcs[fi as usize];
        if f.defers.is_empty() {
            return Ok(());
        }
        let open = f.classes.iter().all(|c| *c == DeferClass::OpenCoded);
        self.defer.open = open;
        self.defer.runtime = !open;
        if open {
            let s = self.slot(1, 1);
            let z = self.b.ins().iconst(T::I8, 0);
            self.b.ins().stack_store(T::I64, z, s, 0);
            self.defer.bits = Some(s);
        } else {
            // The frame's identity on the defer list: its frame pointer.
            self.defer.fp = Some(self.b.ins().get_frame_pointer(T::I64));
        }
        Ok(())
    }

    fn uintptr(&self) -> TypeId {
        UINTPTR
    }

    pub fn defer_stmt(&mut self, _s: &Stmt, call: &Expr) -> R<()> {
        let info = self.cg.info;
        let call = strip(call);
        let ExprKind::Call {
            func,
            args,
            ellipsis,
        } = &call.kind
        else {
            return Err("internal compiler error: defer of non-call".into());
        };
        // Defers in branches Go's deadcode pass deletes were not classified: they never run.
        let fi = self.fi.unwrap();
        if !info.funcs[fi as usize]
            .defers
            .iter()
            .any(|d| d.call == call.id)
        {
            return Ok(());
        }
        let kind = info
            .calls
            .get(&call.id)
            .cloned()
            .unwrap_or(CallKind::Dynamic);
        let func_s = strip(func);
        let mut ops: Vec<(TypeId, Val)> = Vec::new();
        let (target, sig) = match kind {
            CallKind::Static(fi) => {
                let sig = self.cg.sig_of(self.ty_of(func));
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Static(fi), sig)
            }
            CallKind::Dynamic => {
                let sig = self.cg.sig_of(self.ty_of(func));
                let target = if let ExprKind::FuncLit { .. } = func_s.kind {
                    let fi = info.lits[&func_s.id];
                    let env = self.closure(fi, info.funcs[fi as usize].lit_escapes)?;
                    ops.push((self.uintptr(), vec![env]));
                    Target::Lit(fi)
                } else {
                    let fv = self.expr(func)?;
                    ops.push((self.uintptr(), fv));
                    Target::Dynamic
                };
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (target, sig)
            }
            CallKind::Builtin(b) => {
                match b {
                    Builtin::Print | Builtin::Println => {
                        for a in args {
                            let t = self.types().default_type(self.ty_of(a));
                            let v = self.expr(a)?;
                            ops.push((t, v));
                        }
                    }
                    Builtin::Panic => {
                        let v = self.expr_to(&args[0], ANY)?;
                        ops.push((ANY, v));
                    }
                    Builtin::Recover => {}
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
                let sig = self.lib_sig(f);
                let argv = self.eval_args_sig(&sig, args, *ellipsis, true)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Lib(f), sig)
            }
            CallKind::LibMethod(m) => {
                let ExprKind::Selector(x, _) = &func_s.kind else {
                    return Err("internal compiler error: deferred method".into());
                };
                let rt = self.ty_of(x);
                let recv = self.expr(x)?;
                let recv = self.copy_mem(rt, &recv);
                ops.push((rt, recv));
                let sig = self.cg.sig_of(self.ty_of(func));
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::LibMethod(m), sig)
            }
            CallKind::Iface(_) => {
                let ExprKind::Selector(x, sel) = &func_s.kind else {
                    return Err("internal compiler error: deferred interface method".into());
                };
                let recv = self.expr(x)?;
                // The method value is evaluated now: a nil interface panics at the defer.
                let code = self.find_method(recv[0], &sel.name)?;
                ops.push((self.uintptr(), vec![code]));
                ops.push((self.uintptr(), vec![recv[1]]));
                let sig = self.cg.sig_of(self.ty_of(func));
                let argv = self.eval_args(func, args, *ellipsis)?;
                for (v, &t) in argv.into_iter().zip(&sig.params) {
                    ops.push((t, v));
                }
                (Target::Method, sig)
            }
            CallKind::Conversion(_) => {
                return Err("internal compiler error: deferred conversion".into())
            }
        };
        // Lay out the operand area.
        let mut layout = Vec::new();
        let mut off: u32 = 0;
        for (t, _) in &ops {
            let (size, _) = self.types().size_align(*t);
            layout.push((*t, off as i32));
            off += (size as u32).div_ceil(8) * 8;
        }
        let size = off;
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
            let fp = self.defer.fp.unwrap();
            let site = self.iconst(idx as i64);
            let n = self.iconst(size as i64);
            self.rt(Rt::Deferproc, &[fp, site, n])[0]
        };
        for ((t, v), (_, o)) in ops.iter().zip(&layout) {
            self.store(*t, v, area, *o);
        }
        if self.defer.open {
            let bits_slot = self.defer.bits.unwrap();
            let bits = self.b.ins().stack_load(T::I64, T::I8, bits_slot, 0);
            let bit = self.defer.sites[idx].bit;
            let nb = self.b.ins().bor_imm_s(bits, 1i64 << bit);
            self.b.ins().stack_store(T::I64, nb, bits_slot, 0);
        }
        Ok(())
    }

    /// At the function's exit: run the pending deferred calls, newest first.
    pub fn defer_epilogue(&mut self) -> R<()> {
        if self.defer.open {
            let bits_slot = self.defer.bits.unwrap();
            for i in (0..self.defer.sites.len()).rev() {
                let bit = self.defer.sites[i].bit;
                let bits = self.b.ins().stack_load(T::I64, T::I8, bits_slot, 0);
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
                self.switch_to(next);
            }
        } else if self.defer.runtime {
            let fp = self.defer.fp.unwrap();
            let lp = self.b.create_block();
            let done = self.b.create_block();
            self.switch_to(lp);
            let r = self.rt(Rt::Deferreturn, &[fp]);
            let (site, area) = (r[0], r[1]);
            let dispatch = self.b.create_block();
            self.b.ins().brif(area, dispatch, &[], done, &[]);
            self.b.switch_to_block(dispatch);
            let n = self.defer.sites.len();
            for i in 0..n {
                let run = self.b.create_block();
                let next = self.b.create_block();
                let is = self.b.ins().icmp_imm_s(IntCC::Equal, site, i as i64);
                self.b.ins().brif(is, run, &[], next, &[]);
                self.b.switch_to_block(run);
                self.dead = false;
                // The record went back to the pool: copy memory operands out before calling.
                let size = self.defer.sites[i].size;
                let tmp = self.slot(size as u64, 8);
                let tmpa = self.b.ins().stack_addr(T::I64, tmp, 0);
                self.memcpy(tmpa, area, size as u64, 8);
                self.run_site(i, tmpa)?;
                self.jump(lp);
                self.b.switch_to_block(next);
            }
            self.b.ins().jump(lp, &[]);
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
            let bits_slot = self.defer.bits.unwrap();
            for i in (0..self.defer.sites.len()).rev() {
                let bit = self.defer.sites[i].bit;
                let bits = self.b.ins().stack_load(T::I64, T::I8, bits_slot, 0);
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
                self.ensure_live();
                let fp = self.b.ins().get_frame_pointer(T::I64);
                let recovered = self.rt(Rt::PanicDeferDone, &[fp])[0];
                self.b.ins().brif(recovered, exit, &[], next, &[]);
                self.b.switch_to_block(next);
                self.dead = false;
            }
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
        let mut vals: Vec<Val> = Vec::new();
        for (t, o) in &operands {
            vals.push(self.load(*t, area, *o));
        }
        match target {
            Target::Static(fi) => {
                let z = self.iconst(0);
                let id = self.cg.go_func_id(fi);
                self.emit_go_call(super::expr::Callee::Direct(id), z, &sig, vals)?;
            }
            Target::Lit(fi) => {
                let env = vals.remove(0)[0];
                let id = self.cg.go_func_id(fi);
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
                _ => {}
            },
            Target::Lib(f) => {
                self.lib_call_vals(f, vals)?;
                self.ensure_live();
            }
            Target::LibMethod(m) => {
                let recv = vals.remove(0);
                self.lib_method(m, recv, vals)?;
            }
            Target::Method => {
                let code = vals.remove(0)[0];
                let recv = vals.remove(0)[0];
                self.emit_method_call(code, recv, &sig, vals)?;
            }
        }
        let _ = is_mem;
        let _ = flags;
        Ok(())
    }
}
