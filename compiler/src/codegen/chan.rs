//! Goroutines and channels: `go` statements (the call evaluated now, made later by a generated
//! thunk on the new goroutine), channel operations, `select` and ranging over a channel,
//! lowered to the scheduler's entries (runtime/src/sched.rs, chan.rs).
//!
//! Run-time errors of channel operations are raised by compiled code, never by the runtime
//! (whose entries return a status): Go's plainErrors `send on closed channel`,
//! `close of nil channel`, `close of closed channel` and `makechan: size out of range` through
//! the `deferc_panic_makeslice` entry's codes (PLAIN_*).

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, InstBuilder};

use super::defer::Target;
use super::func::{flags, strip, FnGen, Jump, LVal, Val, R};
use super::order::Ctx;
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::syntax::ast::*;

/// Codes of `deferc_panic_makeslice` (runtime/src/panic.rs) for the channel panics.
const PLAIN_MAKECHAN: i64 = 3;
const PLAIN_SEND_CLOSED: i64 = 4;
const PLAIN_CLOSE_NIL: i64 = 5;
const PLAIN_CLOSE_CLOSED: i64 = 6;

/// A `go` statement's call, made by its thunk: `thunk(record)` loads the operands from the
/// heap record and calls the target.
pub(crate) struct GoThunk {
    pub target: Target,
    pub sig: Sig,
    pub operands: Vec<(TypeId, i32)>,
}

impl<'c, 'a> FnGen<'c, 'a> {
    fn chan_elem(&self, ct: TypeId) -> TypeId {
        match self.types().ukind(ct) {
            TypeKind::Chan(_, e) => *e,
            _ => VOID,
        }
    }

    fn plain_panic_if(&mut self, bad: ir::Value, code: i64) {
        let c = self.iconst(code);
        self.raise_if(bad, Rt::PanicMakeslice, &[c]);
    }

    /// `make(chan T, n)`.
    pub fn make_chan(&mut self, t: TypeId, size: Option<ir::Value>) -> R<Val> {
        let el = self.chan_elem(t);
        let n = match size {
            Some(n) => n,
            None => self.iconst(0),
        };
        // Go's makechan: a negative size, or a buffer past the address space, panics.
        let esize = self.types().size_align(el).0.max(1);
        let max = self.iconst(((1u64 << 47) / esize) as i64);
        let bad = self.b.ins().icmp(IntCC::UnsignedGreaterThan, n, max);
        self.plain_panic_if(bad, PLAIN_MAKECHAN);
        let td = self.cg.type_desc(el)?;
        let td = self.data_addr(td);
        let c = self.rt(Rt::MakeChan, &[td, n]);
        // The runtime refuses buffers past Go's maxAlloc with null.
        let refused = self.b.ins().icmp_imm_s(IntCC::Equal, c[0], 0);
        self.plain_panic_if(refused, PLAIN_MAKECHAN);
        Ok(c)
    }

    /// A frame temporary for one element of channel type `ct`.
    fn elem_slot(&mut self, ct: TypeId) -> ir::Value {
        let el = self.chan_elem(ct);
        let (size, align) = self.types().size_align(el);
        let s = self.slot(size.max(1), align.max(1));
        self.b.ins().stack_addr(T::I64, s, 0)
    }

    /// `<-c`: the element (the zero value once c is closed and drained) and Go's ok.
    pub fn chan_recv(&mut self, ct: TypeId, c: ir::Value) -> R<(Val, ir::Value)> {
        let el = self.chan_elem(ct);
        let out = self.elem_slot(ct);
        let ok = self.rt(Rt::ChanRecv, &[c, out])[0];
        let v = self.load(el, out, 0);
        let v = self.copy_mem(el, &v);
        Ok((v, ok))
    }

    /// `c <- v`: the channel, then the value, are evaluated before the send.
    pub fn chan_send(&mut self, ch: &Expr, v: &Expr) -> R<()> {
        let ct = self.ty_of(ch);
        let el = self.chan_elem(ct);
        self.order_expr(ch, Ctx::Plain)?;
        self.order_expr(v, Ctx::To(el))?;
        let c = self.expr(ch)?[0];
        let val = self.expr_to(v, el)?;
        let p = self.elem_slot(ct);
        self.store(el, &val, p, 0);
        let r = self.rt(Rt::ChanSend, &[c, p])[0];
        let closed = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
        self.plain_panic_if(closed, PLAIN_SEND_CLOSED);
        Ok(())
    }

    /// `close(c)`.
    pub fn chan_close(&mut self, c: ir::Value) {
        let r = self.rt(Rt::CloseChan, &[c])[0];
        let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, r, 1);
        self.plain_panic_if(is_nil, PLAIN_CLOSE_NIL);
        let closed = self.b.ins().icmp_imm_s(IntCC::Equal, r, 2);
        self.plain_panic_if(closed, PLAIN_CLOSE_CLOSED);
    }

    /// `go f(x)`: f, its receiver and x are evaluated now into a heap record; the new
    /// goroutine runs a thunk that makes the call from the record.
    pub fn go_stmt(&mut self, call: &Expr) -> R<()> {
        let call = strip(call);
        let (target, sig, ops) = self.call_operands(call)?;
        let (layout, size) = self.layout_operands(&ops);
        let rec = self.alloc_layout(&layout, size.max(8) as u64)?;
        for ((t, v), (_, o)) in ops.iter().zip(&layout) {
            self.store(*t, v, rec, *o);
        }
        let thunk = self.cg.go_thunk(GoThunk {
            target,
            sig,
            operands: layout,
        })?;
        let f = self.cg.module.declare_func_in_func(thunk, self.b.func);
        let code = self.b.ins().func_addr(T::I64, f);
        self.rt(Rt::NewProc, &[code, rec]);
        Ok(())
    }

    /// The body of a go thunk: `ctx` is the record.
    pub fn gen_go_thunk(&mut self, g: &GoThunk) -> R<()> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let rec = self.b.block_params(entry)[0];
        self.run_target(g.target.clone(), g.sig.clone(), &g.operands, rec)?;
        if !self.dead {
            self.b.ins().return_(&[]);
        }
        Ok(())
    }

    /// `for v := range c`: receive until c is closed and drained.
    pub fn range_chan(
        &mut self,
        key: Option<&Expr>,
        define: bool,
        x: &Expr,
        body: &Block,
    ) -> R<()> {
        let label = self.pending_label.take();
        let info = self.cg.info;
        let ct = self.ty_of(x);
        let mut lv = LVal::Blank;
        if let Some(e) = key {
            if define {
                if let Some(&o) = info.idents.get(&e.id) {
                    if matches!(&e.kind, ExprKind::Ident(n) if n != "_") {
                        self.decl_var(o, None)?;
                        lv = LVal::Var(o);
                    }
                }
            } else {
                lv = self.lval(e)?;
            }
        }
        let c = self.expr_unit(x)?[0];
        let header = self.b.create_block();
        let body_b = self.b.create_block();
        let done = self.b.create_block();
        self.switch_to(header);
        let (v, ok) = self.chan_recv(ct, c)?;
        self.b.ins().brif(ok, body_b, &[], done, &[]);
        self.b.switch_to_block(body_b);
        self.dead = false;
        self.store_lval(&lv, &v);
        self.jumps.push(Jump {
            label,
            brk: done,
            cont: Some(header),
        });
        self.block(body)?;
        self.jumps.pop();
        self.jump(header);
        self.b.switch_to_block(done);
        self.dead = false;
        Ok(())
    }

    /// `select`: every case's channel (and value to send) is evaluated in source order, then
    /// the runtime picks a ready case (or the default, or waits), then the chosen receive's
    /// assignment and the case's body run.
    pub fn select_stmt(&mut self, cs: &[CommClause]) -> R<()> {
        let label = self.pending_label.take();
        let info = self.cg.info;
        enum Kind<'e> {
            Send,
            Recv {
                ct: TypeId,
                out: ir::Value,
                lhs: Vec<&'e Expr>,
                define: bool,
            },
            Default,
        }
        // (clause, kind, channel, element pointer)
        let mut cases: Vec<(usize, Kind, ir::Value, ir::Value)> = Vec::new();
        for (i, c) in cs.iter().enumerate() {
            let Some(comm) = &c.comm else {
                let z = self.iconst(0);
                cases.push((i, Kind::Default, z, z));
                continue;
            };
            match &comm.kind {
                StmtKind::Send(ch, v) => {
                    let ct = self.ty_of(ch);
                    let el = self.chan_elem(ct);
                    // Each operand of a select case is a unit of evaluation order.
                    let ch = self.expr_unit(ch)?[0];
                    let val = self.expr_unit_to(v, el)?;
                    let p = self.elem_slot(ct);
                    self.store(el, &val, p, 0);
                    cases.push((i, Kind::Send, ch, p));
                }
                _ => {
                    let (lhs, define, rx): (Vec<&Expr>, bool, &Expr) = match &comm.kind {
                        StmtKind::Expr(e) => (vec![], false, e),
                        StmtKind::Assign { lhs, op, rhs } => {
                            (lhs.iter().collect(), *op == AssignOp::Define, &rhs[0])
                        }
                        _ => return Err("internal compiler error: select case".into()),
                    };
                    let ExprKind::Unary(UnOp::Recv, chx) = &strip(rx).kind else {
                        return Err("internal compiler error: select receive".into());
                    };
                    let ct = self.ty_of(chx);
                    let ch = self.expr_unit(chx)?[0];
                    let out = self.elem_slot(ct);
                    cases.push((
                        i,
                        Kind::Recv {
                            ct,
                            out,
                            lhs,
                            define,
                        },
                        ch,
                        out,
                    ));
                }
            }
        }
        let has_default = cases.iter().any(|c| matches!(c.1, Kind::Default));
        // Sends first, then receives, as the runtime expects.
        let order: Vec<usize> = (0..cases.len())
            .filter(|&k| matches!(cases[k].1, Kind::Send))
            .chain((0..cases.len()).filter(|&k| matches!(cases[k].1, Kind::Recv { .. })))
            .collect();
        let nsends = cases.iter().filter(|c| matches!(c.1, Kind::Send)).count();
        let n = order.len();
        if n == 0 && !has_default {
            // select {}: blocks forever.
            self.rt(Rt::Block, &[]);
            let after = self.b.create_block();
            self.b.switch_to_block(after);
            return Ok(());
        }
        let arr_slot = self.slot((16 * n.max(1)) as u64, 8);
        let arr = self.b.ins().stack_addr(T::I64, arr_slot, 0);
        for (pos, &k) in order.iter().enumerate() {
            self.b
                .ins()
                .store(flags(), cases[k].2, arr, (16 * pos) as i32);
            self.b
                .ins()
                .store(flags(), cases[k].3, arr, (16 * pos + 8) as i32);
        }
        let ns = self.iconst(nsends as i64);
        let nr = self.iconst((n - nsends) as i64);
        let block = self.b.ins().iconst(T::I8, (!has_default) as i64);
        let r = self.rt(Rt::SelectGo, &[arr, ns, nr, block]);
        let (index, flag) = (r[0], r[1]);
        let done = self.b.create_block();
        self.jumps.push(Jump {
            label,
            brk: done,
            cont: None,
        });
        // Dispatch on the position in the runtime's array (-1: default).
        let mut targets: Vec<(i64, usize)> = order
            .iter()
            .enumerate()
            .map(|(pos, &k)| (pos as i64, k))
            .collect();
        if let Some(k) = cases.iter().position(|c| matches!(c.1, Kind::Default)) {
            targets.push((-1, k));
        }
        let mut blocks = Vec::new();
        for _ in &targets {
            blocks.push(self.b.create_block());
        }
        for (j, &(pos, _)) in targets.iter().enumerate() {
            let next = self.b.create_block();
            let is = self.b.ins().icmp_imm_s(IntCC::Equal, index, pos);
            self.b.ins().brif(is, blocks[j], &[], next, &[]);
            self.b.switch_to_block(next);
        }
        self.b.ins().trap(ir::TrapCode::unwrap_user(1));
        for (j, &(_, k)) in targets.iter().enumerate() {
            self.b.switch_to_block(blocks[j]);
            self.dead = false;
            match &cases[k].1 {
                Kind::Send => {
                    let closed = self.b.ins().icmp_imm_s(IntCC::Equal, flag, 2);
                    self.plain_panic_if(closed, PLAIN_SEND_CLOSED);
                }
                Kind::Recv {
                    ct,
                    out,
                    lhs,
                    define,
                } => {
                    let el = self.chan_elem(*ct);
                    let v = self.load(el, *out, 0);
                    let v = self.copy_mem(el, &v);
                    let ok = self.b.ins().ireduce(T::I8, flag);
                    let vals = [(v, el), (vec![ok], BOOL)];
                    for (x, (val, vt)) in lhs.iter().zip(vals) {
                        if *define {
                            if let ExprKind::Ident(name) = &x.kind {
                                if name == "_" {
                                    continue;
                                }
                                if let Some(&o) = info.idents.get(&x.id) {
                                    let ot = self.obj_ty(o);
                                    let val = self.convert(val, vt, ot)?;
                                    let val = self.copy_mem(ot, &val);
                                    self.decl_var(o, Some(val))?;
                                }
                            }
                        } else {
                            let lt = self.ty_of(x);
                            let lv = self.lval(x)?;
                            let val = if lt == VOID {
                                val
                            } else {
                                self.convert(val, vt, lt)?
                            };
                            self.store_lval(&lv, &val);
                        }
                    }
                }
                Kind::Default => {}
            }
            for s in &cs[cases[k].0].body {
                self.stmt(s)?;
            }
            self.jump(done);
        }
        self.jumps.pop();
        self.b.switch_to_block(done);
        self.dead = false;
        Ok(())
    }
}
