//! Conversions: numeric conversions with Go's truncation and saturation rules, string<->
//! byte/rune slices, and boxing a concrete value into an interface.

use cranelift_codegen::ir::{condcodes::IntCC, types as T, InstBuilder, Value};

use super::func::{FnGen, Val, R};
use super::layout::*;
use super::runtime_abi::Rt;
use crate::check::types::*;
use crate::syntax::ast::*;

impl<'c, 'a> FnGen<'c, 'a> {
    /// Implicit conversion for assignment: boxing into interfaces; otherwise identity.
    pub fn convert(&mut self, v: Val, from: TypeId, to: TypeId) -> R<Val> {
        self.convert_boxing(v, from, to, true)
    }

    /// `convert`, boxing into a frame slot instead of the heap when `heap` is false (for a
    /// value that cannot outlive the statement, see `eval_args_sig`).
    pub(super) fn convert_boxing(
        &mut self,
        v: Val,
        from: TypeId,
        to: TypeId,
        heap: bool,
    ) -> R<Val> {
        if to == VOID || from == to {
            return Ok(v);
        }
        let t = self.types();
        if t.is_interface(to) && !t.is_interface(from) {
            if from == UNTYPED_NIL {
                return Ok(self.zero(to));
            }
            return self.box_iface(v, from, heap);
        }
        Ok(v)
    }

    /// The data word of a heap box for an integer-shaped `v` of type `t` that avoids the
    /// allocation when the value is below 256 (`staticuint64s`); None when `t` is not one
    /// machine integer or the box need not be on the heap.
    fn box_small_int(&mut self, t: TypeId, v: &Val, heap: bool) -> R<Option<Value>> {
        if !heap {
            return Ok(None);
        }
        let ty = match super::layout::repr(self.types(), t) {
            Repr::Regs(r) if r.len() == 1 && r[0].is_int() => r[0],
            _ => return Ok(None),
        };
        let x = if ty == T::I64 {
            v[0]
        } else {
            self.b.ins().uextend(T::I64, v[0])
        };
        let table = self.cg.staticuint64s()?;
        let small_b = self.b.create_block();
        let big_b = self.b.create_block();
        let done = self.b.create_block();
        self.b.append_block_param(done, T::I64);
        let small = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, x, 256);
        self.b.ins().brif(small, small_b, &[], big_b, &[]);
        self.b.switch_to_block(small_b);
        self.b.seal_block(small_b);
        let base = self.data_addr(table);
        let off = self.b.ins().ishl_imm_u(x, 3);
        let p = self.b.ins().iadd(base, off);
        self.b.ins().jump(done, &[p.into()]);
        self.b.switch_to_block(big_b);
        self.b.seal_block(big_b);
        let (size, _) = self.types().size_align(t);
        let p = self.alloc_of(t, size)?;
        self.store(t, v, p, 0);
        self.b.ins().jump(done, &[p.into()]);
        self.b.switch_to_block(done);
        self.b.seal_block(done);
        Ok(Some(self.b.block_params(done)[0]))
    }

    /// Make an interface value {type descriptor, data} holding `v` of type `t`.
    pub fn box_iface(&mut self, v: Val, t: TypeId, heap: bool) -> R<Val> {
        let t = self.types().default_type(t);
        let td = self.cg.type_desc(t)?;
        let typ = self.data_addr(td);
        let data = if self.types().is_pointer_shaped(t) {
            v[0]
        } else if let Some(p) = self.box_small_int(t, &v, heap)? {
            p
        } else {
            let (size, align) = self.types().size_align(t);
            let p = if heap {
                self.alloc_of(t, size)?
            } else {
                let s = self.slot(size, align);
                self.b.ins().stack_addr(T::I64, s, 0)
            };
            self.store(t, &v, p, 0);
            p
        };
        Ok(vec![typ, data])
    }

    pub(super) fn conversion(&mut self, arg: &Expr, to: TypeId) -> R<Val> {
        let from = self.ty_of(arg);
        let v = self.expr(arg)?;
        let types = self.types();
        if types.is_interface(to) {
            return self.convert(v, from, to);
        }
        let fb = types.basic(from);
        let tb = types.basic(to);
        if let (Some(fb), Some(tb)) = (fb, tb) {
            if tb.is_string() && fb.is_integer() {
                let r = self.widen_i64(v[0], from);
                return Ok(self.rt(Rt::IntString, &[r]));
            }
            if tb.is_complex() && fb.is_complex() {
                return Ok(self.complex_conv(&v, from, to));
            }
            if tb.is_numeric() && fb.is_numeric() {
                return Ok(vec![self.numeric_conv(v[0], from, to)]);
            }
            return Ok(v);
        }
        // (*[N]T)(s): the slice's array, if it has at least N elements (Go 1.17).
        if let (TypeKind::Slice(_), TypeKind::Pointer(arr)) = (types.ukind(from), types.ukind(to)) {
            if let TypeKind::Array(_, n) = types.ukind(*arr) {
                let n = *n as i64;
                let short = self.b.ins().icmp_imm_s(IntCC::SignedLessThan, v[1], n);
                let code = self.iconst(deferc_runtime::error::BOUNDS_CONVERT);
                let x = self.iconst(n);
                self.raise_if(short, Rt::PanicBounds, &[code, x, v[1]]);
                return Ok(vec![v[0]]);
            }
        }
        if types.is_string(to) {
            if let TypeKind::Slice(el) = types.ukind(from) {
                let rt = if types.basic(*el) == Some(Basic::Uint8) {
                    Rt::SliceByteToString
                } else {
                    Rt::SliceRuneToString
                };
                return Ok(self.rt(rt, &[v[0], v[1]]));
            }
        }
        if types.is_string(from) {
            if let TypeKind::Slice(el) = types.ukind(to) {
                let rt = if types.basic(*el) == Some(Basic::Uint8) {
                    Rt::StringToSliceByte
                } else {
                    Rt::StringToSliceRune
                };
                return Ok(self.rt_sret3(rt, &[v[0], v[1]]));
            }
        }
        Ok(v)
    }

    pub(super) fn numeric_conv(&mut self, v: Value, from: TypeId, to: TypeId) -> Value {
        let types = self.types();
        let fty = flat(types, from)[0];
        let tty = flat(types, to)[0];
        let ff = fty.is_float();
        let tf = tty.is_float();
        match (ff, tf) {
            (true, true) => {
                if fty == tty {
                    v
                } else if tty == T::F64 {
                    self.b.ins().fpromote(T::F64, v)
                } else {
                    self.b.ins().fdemote(T::F32, v)
                }
            }
            (true, false) => {
                // Out-of-range conversions are implementation-defined in Go; saturate.
                if types.is_unsigned(to) {
                    let w = self.b.ins().fcvt_to_uint_sat(T::I64, v);
                    if tty == T::I64 {
                        w
                    } else {
                        self.b.ins().ireduce(tty, w)
                    }
                } else {
                    let w = self.b.ins().fcvt_to_sint_sat(T::I64, v);
                    if tty == T::I64 {
                        w
                    } else {
                        self.b.ins().ireduce(tty, w)
                    }
                }
            }
            (false, true) => {
                let w = self.widen_i64(v, from);
                if types.is_unsigned(from) {
                    self.b.ins().fcvt_from_uint(tty, w)
                } else {
                    self.b.ins().fcvt_from_sint(tty, w)
                }
            }
            (false, false) => {
                let (fb, tb) = (fty.bits(), tty.bits());
                if fb == tb {
                    v
                } else if tb < fb {
                    self.b.ins().ireduce(tty, v)
                } else if types.is_unsigned(from) {
                    self.b.ins().uextend(tty, v)
                } else {
                    self.b.ins().sextend(tty, v)
                }
            }
        }
    }
}
