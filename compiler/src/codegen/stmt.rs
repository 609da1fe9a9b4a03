//! Statements and control flow: blocks, assignments in Go's two-phase order, if/for/switch/
//! type switch/range, labels, break/continue/goto, and returns (which store the results and
//! jump to the function's one exit block).

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, Block as IBlock, InstBuilder};

use super::func::*;
use super::order::Ctx;
use super::range_assign::RangeAssign;
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::check::{ObjId, ObjKind};
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
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
                self.order_expr(e, Ctx::Plain)?;
                self.expr_multi(e)?;
            }
            StmtKind::IncDec(x, inc) => {
                let t = self.ty_of(x);
                self.order_lvalue(x)?;
                let lv = self.lval(x)?;
                let cur = self.load_lval(&lv);
                let op = if *inc { BinOp::Add } else { BinOp::Sub };
                if self.types().is_complex(t) {
                    // c++ is c += 1: 1+0i, so a -0 imaginary part becomes +0 as in Go.
                    let one = self.const_val(&crate::check::ConstVal::int(1), t)?;
                    let v = self.complex_arith(op, t, &cur, &one)?;
                    self.store_lval(&lv, &v);
                } else {
                    let one = self.const_one(t);
                    let v = self.arith(op, t, cur[0], one)?;
                    self.store_lval(&lv, &[v]);
                }
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
                let c = self.expr_unit(cond)?[0];
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
                        let v = self.expr_unit(c)?[0];
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

    pub(super) fn label_block(&mut self, name: &str) -> IBlock {
        if let Some(&b) = self.labels.get(name) {
            return b;
        }
        let b = self.b.create_block();
        self.labels.insert(name.to_string(), b);
        b
    }

    pub(super) fn find_jump(&self, label: Option<&str>, cont: bool) -> Option<IBlock> {
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
    pub(super) fn return_values(&mut self, vals: &[Expr]) -> R<()> {
        if vals.is_empty() {
            return Ok(());
        }
        let results = self.results.clone();
        let rtypes: Vec<TypeId> = results.iter().map(|&o| self.obj_ty(o)).collect();
        if vals.len() == 1 && results.len() > 1 {
            self.order_expr(&vals[0], Ctx::Plain)?;
        } else {
            for (e, &t) in vals.iter().zip(&rtypes) {
                self.order_expr(e, Ctx::To(t))?;
            }
        }
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

    pub(super) fn assign(&mut self, lhs: &[Expr], op: AssignOp, rhs: &[Expr]) -> R<()> {
        let info = self.cg.info;
        match op {
            AssignOp::Op(bop) => {
                let t = self.ty_of(&lhs[0]);
                self.order_lvalue(&lhs[0])?;
                self.order_expr(&rhs[0], Ctx::Plain)?;
                let lv = self.lval(&lhs[0])?;
                let cur = self.load_lval(&lv);
                let r = self.expr(&rhs[0])?;
                let rt = self.ty_of(&rhs[0]);
                let v = self.binop_vals(bop, t, rt, &cur, &r)?;
                self.store_lval(&lv, &v);
            }
            AssignOp::Define | AssignOp::Assign => {
                // The ordering points of both sides first (order.rs), then phase 1: operands
                // of the left side, then the right side, in order.
                if op == AssignOp::Assign {
                    for x in lhs {
                        self.order_lvalue(x)?;
                    }
                }
                if rhs.len() == 1 && lhs.len() > 1 {
                    self.order_expr(&rhs[0], Ctx::Plain)?;
                } else {
                    for (x, e) in lhs.iter().zip(rhs) {
                        let t = self.ty_of(x);
                        let ctx = if t == VOID { Ctx::Plain } else { Ctx::To(t) };
                        self.order_expr(e, ctx)?;
                    }
                }
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
                                        let v = self.copy_mem(self.obj_ty(o), &v);
                                        self.decl_var(o, Some(v))?;
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
    pub(super) fn is_new_define(&self, x: &Expr, o: ObjId) -> bool {
        self.cg.info.objs[o as usize].span == x.span
    }

    /// A type switch: clauses tested in order on the dynamic type (descriptor identity for
    /// concrete types, a method-set check for interface types, a null type for `nil`).
    pub(super) fn type_switch(
        &mut self,
        init: &Option<Box<Stmt>>,
        x: &Expr,
        body: &[CaseClause],
    ) -> R<()> {
        let label = self.pending_label.take();
        if let Some(i) = init {
            self.stmt(i)?;
        }
        let info = self.cg.info;
        let iv = self.expr_unit(x)?;
        let done = self.b.create_block();
        let bodies: Vec<IBlock> = body.iter().map(|_| self.b.create_block()).collect();
        let mut default = None;
        for (i, cc) in body.iter().enumerate() {
            if cc.default {
                default = Some(bodies[i]);
                continue;
            }
            for te in &cc.exprs {
                let c = match self.tv(te.id) {
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
                let vt = self.obj_ty(o);
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
                self.decl_var(o, Some(v))?;
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

    pub(super) fn switch(
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
                (Some(self.expr_unit(t)?), ty)
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
                // Each case is a unit of evaluation order of its own.
                let ctx = if tagv.is_some() && !iface_case {
                    Ctx::To(tagt)
                } else {
                    Ctx::Plain
                };
                self.order_expr(e, ctx)?;
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

    pub(super) fn range(
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
                            self.decl_var(o, None)?;
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
            let m = self.expr_unit(x)?[0];
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
            let s = self.expr_unit(x)?;
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
                    let v = self.expr_unit(x)?;
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
                    let v = self.expr_unit(x)?;
                    if value.is_some() {
                        self.nil_check(v[0]);
                    }
                    (v[0], self.iconst(n as i64), el, false)
                }
                TypeKind::Slice(el) => {
                    let v = self.expr_unit(x)?;
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
}
