//! Builtin functions (len, cap, append, copy, make, new, delete, panic, recover, print,
//! complex ...) and library functions implemented by the runtime (fmt's printers, os).

use cranelift_codegen::ir::{self, condcodes::IntCC, types as T, InstBuilder, Value};

use super::func::{FnGen, Val, R};
use super::runtime_abi::Rt;
use crate::check::types::Sig;
use crate::check::types::*;
use crate::check::{Builtin, LibFunc};
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    pub(super) fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr]) -> R<Vec<Val>> {
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
                let p = self.alloc_of_dyn(el, bytes)?;
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
                    return Ok(vec![self.append_vals(&vals[0].0, el, esize, conv)?]);
                }
                let s = self.expr(&args[0])?;
                if *ellipsis {
                    let tt = self.ty_of(&args[1]);
                    let t = self.expr(&args[1])?;
                    let (tptr, tlen) = (t[0], t[1]);
                    let _ = tt;
                    let newlen = self.b.ins().iadd(s[1], tlen);
                    let (ptr, cap) = self.ensure_cap(&s, newlen, el, esize)?;
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
                Ok(vec![self.append_vals(&s, el, esize, vals)?])
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
                Ok(vec![vec![self.alloc_of(el, s)?]])
            }
            Builtin::Add => {
                let p = self.expr(&args[0])?[0];
                let nt = self.ty_of(&args[1]);
                let n = self.expr(&args[1])?[0];
                let n = self.widen_i64(n, nt);
                Ok(vec![vec![self.b.ins().iadd(p, n)]])
            }
            Builtin::Slice => {
                // Go's unsafeslice: len < 0, or len elements that would wrap around the
                // address space, is "len out of range"; a nil ptr with a non-zero length has
                // its own message.
                let p = self.expr(&args[0])?[0];
                let nt = self.ty_of(&args[1]);
                let n = self.expr(&args[1])?[0];
                let n = self.widen_i64(n, nt);
                let el = self.types().elem(self.ty_of(e)).unwrap_or(VOID);
                let (size, _) = self.types().size_align(el);
                let neg = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, n, 0);
                let code = self.iconst(deferc_runtime::error::MAKESLICE_UNSAFE_LEN);
                self.raise_if(neg, Rt::PanicMakeslice, &[code]);
                if size > 0 {
                    let sz = self.iconst(size as i64);
                    let hi = self.b.ins().umulhi(n, sz);
                    let mem = self.b.ins().imul(n, sz);
                    let room = self.b.ins().ineg(p);
                    let over = self.b.ins().icmp_imm_s(IntCC::NotEqual, hi, 0);
                    let past = self.b.ins().icmp(IntCC::UnsignedGreaterThan, mem, room);
                    let bad = self.b.ins().bor(over, past);
                    let is_nil = self.b.ins().icmp_imm_s(IntCC::Equal, p, 0);
                    let nil_bad = self.b.ins().band(bad, is_nil);
                    let code = self.iconst(deferc_runtime::error::MAKESLICE_UNSAFE_NIL);
                    self.raise_if(nil_bad, Rt::PanicMakeslice, &[code]);
                    let code = self.iconst(deferc_runtime::error::MAKESLICE_UNSAFE_LEN);
                    self.raise_if(bad, Rt::PanicMakeslice, &[code]);
                }
                Ok(vec![vec![p, n, n]])
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                let vals: Vec<Val> = match self.builtin_spread(args)? {
                    Some(vals) => vals.into_iter().map(|(v, _)| v).collect(),
                    None => {
                        let mut vals = Vec::new();
                        for a in args {
                            vals.push(self.expr(a)?);
                        }
                        vals
                    }
                };
                Ok(vec![self.complex_builtin(b, &vals)])
            }
            _ => self.ice(e, "builtin outside the subset"),
        }
    }

    /// append(s, vals...) for slice `s` and values already converted to the element type.
    pub(super) fn append_vals(
        &mut self,
        s: &[Value],
        el: TypeId,
        esize: u64,
        vals: Vec<Val>,
    ) -> R<Val> {
        let k = vals.len() as i64;
        let newlen = self.b.ins().iadd_imm_s(s[1], k);
        let (ptr, cap) = self.ensure_cap(s, newlen, el, esize)?;
        let off = self.b.ins().imul_imm_s(s[1], esize as i64);
        let dst = self.b.ins().iadd(ptr, off);
        for (i, v) in vals.iter().enumerate() {
            self.store(el, v, dst, (i as u64 * esize) as i32);
        }
        Ok(vec![ptr, newlen, cap])
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
        // The runtime reads the caller's FP from this frame's record (and looks further up
        // through reflect's frames; panic.rs deferc_gorecover_at).
        let fp = self.b.ins().get_frame_pointer(T::I64);
        self.rt(Rt::Gorecover, &[fp])
    }

    /// append's capacity check: the slice's (ptr, cap) if `newlen` fits, else a grown copy.
    pub(super) fn ensure_cap(
        &mut self,
        s: &[Value],
        newlen: Value,
        el: TypeId,
        esize: u64,
    ) -> R<(Value, Value)> {
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
        let et = self.gc_type(el)?;
        let g = self.rt(Rt::GrowSlice, &[s[0], s[1], s[2], newlen, es, et]);
        self.b.ins().jump(
            join,
            &[ir::BlockArg::Value(g[0]), ir::BlockArg::Value(g[1])],
        );
        self.b.switch_to_block(join);
        Ok((ptr, cap))
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
                    } else if b.is_complex() {
                        let v = self.complex_conv(v, t, COMPLEX128);
                        self.rt(Rt::PrintComplex, &[v[0], v[1]]);
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
                    } else if b == Basic::UnsafePointer {
                        self.rt(Rt::PrintPointer, &[v[0]]);
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

    pub(super) fn lib_call(&mut self, f: LibFunc, args: &[Expr], ellipsis: bool) -> R<Vec<Val>> {
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
    pub fn lib_call_vals(&mut self, f: LibFunc, _argv: Vec<Val>) -> R<Vec<Val>> {
        use LibFunc::*;
        Ok(match f {
            OsArgs => vec![self.rt_sret3(Rt::OsArgs, &[])],
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
