//! Printing operands (Go 1.19's fmt/print.go): verb dispatch, Error/String methods, composite
//! values walked by type descriptor, and the Printf format-string interpreter.

use super::fmtsort::fmtsort_compare;
use super::format::{Flags, LDIGITS, UDIGITS};
use super::value::Value;
use super::{
    format_hook, method_trampoline, FmtState, FMT_MINUS, FMT_PLUS, FMT_PREC, FMT_SHARP, FMT_SPACE,
    FMT_WID, FMT_ZERO, FORMAT_METHOD, METHOD_PANICKED, STRING_METHOD,
};
use crate::print::is_predeclared_basic;
use crate::strings::decode_rune;
use crate::types::{find_method_sig, Eface, GoSlice, Kind, Method, Type};

use super::format::Pp;

impl Pp {
    pub(super) fn fmt_bool(&mut self, v: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt_boolean(v),
            _ => self.bad_verb(verb),
        }
    }

    /// Hex with (leading0x) or without the 0x prefix, ignoring the # flag.
    pub(super) fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v' as u32, LDIGITS);
        self.f.sharp = sharp;
    }

    pub(super) fn fmt_int_verb(&mut self, v: u64, signed: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v && !signed {
                    self.fmt_0x64(v, true)
                } else {
                    self.fmt_integer(v, 10, signed, verb, LDIGITS)
                }
            }
            Some('d') => self.fmt_integer(v, 10, signed, verb, LDIGITS),
            Some('b') => self.fmt_integer(v, 2, signed, verb, LDIGITS),
            Some('o' | 'O') => self.fmt_integer(v, 8, signed, verb, LDIGITS),
            Some('x') => self.fmt_integer(v, 16, signed, verb, LDIGITS),
            Some('X') => self.fmt_integer(v, 16, signed, verb, UDIGITS),
            Some('c') => self.fmt_c(v),
            Some('q') => self.fmt_qc(v),
            Some('U') => self.fmt_unicode(v),
            _ => self.bad_verb(verb),
        }
    }

    pub(super) fn fmt_float_verb(&mut self, v: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt_float(v, size, b'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt_float(v, size, c as u8, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt_float(v, size, c as u8, 6),
            Some('F') => self.fmt_float(v, size, b'f', 6),
            _ => self.bad_verb(verb),
        }
    }

    pub(super) fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E') => {
                let old_plus = self.f.plus;
                self.buf.push(b'(');
                self.fmt_float_verb(re, size / 2, verb);
                // The imaginary part always has a sign.
                self.f.plus = true;
                self.fmt_float_verb(im, size / 2, verb);
                self.buf.extend_from_slice(b"i)");
                self.f.plus = old_plus;
            }
            _ => self.bad_verb(verb),
        }
    }

    pub(super) fn fmt_string(&mut self, v: &[u8], verb: u32) {
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v {
                    self.fmt_q(v)
                } else {
                    self.fmt_s(v)
                }
            }
            Some('s') => self.fmt_s(v),
            Some('x') => self.fmt_sbx(v, LDIGITS),
            Some('X') => self.fmt_sbx(v, UDIGITS),
            Some('q') => self.fmt_q(v),
            _ => self.bad_verb(verb),
        }
    }

    /// []byte and [N]byte operands. `value` is the operand itself, for verbs that fall back to
    /// printing it element by element.
    pub(super) fn fmt_bytes(
        &mut self,
        v: &[u8],
        is_nil: bool,
        verb: u32,
        type_string: &[u8],
        value: Value,
    ) {
        match char::from_u32(verb) {
            Some('v' | 'd') => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(type_string);
                    if is_nil {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.fmt_0x64(c as u64, true);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for (i, &c) in v.iter().enumerate() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.fmt_integer(c as u64, 10, false, verb, LDIGITS);
                    }
                    self.buf.push(b']');
                }
            }
            Some('s') => self.fmt_s(v),
            Some('x') => self.fmt_sbx(v, LDIGITS),
            Some('X') => self.fmt_sbx(v, UDIGITS),
            Some('q') => self.fmt_q(v),
            _ => self.print_value(value, verb, 0),
        }
    }

    pub(super) fn fmt_pointer(&mut self, value: Value, verb: u32) {
        let u = match value.kind() {
            Kind::Chan
            | Kind::Func
            | Kind::Map
            | Kind::Pointer
            | Kind::Slice
            | Kind::UnsafePointer => value.pointer() as u64,
            _ => {
                self.bad_verb(verb);
                return;
            }
        };
        match char::from_u32(verb) {
            Some('v') => {
                if self.f.sharp_v {
                    self.buf.push(b'(');
                    self.buf.extend_from_slice(value.t.name());
                    self.buf.extend_from_slice(b")(");
                    if u == 0 {
                        self.buf.extend_from_slice(b"nil");
                    } else {
                        self.fmt_0x64(u, true);
                    }
                    self.buf.push(b')');
                } else if u == 0 {
                    self.pad(b"<nil>");
                } else {
                    self.fmt_0x64(u, !self.f.sharp);
                }
            }
            Some('p') => self.fmt_0x64(u, !self.f.sharp),
            Some('b' | 'o' | 'd' | 'x' | 'X') => self.fmt_int_verb(u, false, verb),
            _ => self.bad_verb(verb),
        }
    }

    /// `%!verb(type=value)` for an operand the verb does not apply to.
    pub(super) fn bad_verb(&mut self, verb: u32) {
        self.erroring = true;
        self.buf.extend_from_slice(b"%!");
        self.write_rune(verb);
        self.buf.push(b'(');
        if let Some(arg) = self.arg {
            // SAFETY: arg is a non-nil eface (None stands for nil).
            self.buf.extend_from_slice(unsafe { (*arg.typ).name() });
            self.buf.push(b'=');
            self.print_arg(arg, 'v' as u32);
        } else if let Some(v) = self.value {
            self.buf.extend_from_slice(v.t.name());
            self.buf.push(b'=');
            self.print_value(v, 'v' as u32, 0);
        } else {
            self.buf.extend_from_slice(b"<nil>");
        }
        self.buf.push(b')');
        self.erroring = false;
    }

    /// Calls the Error or String method (or GoString for %#v) of the current operand if it has
    /// one and the verb takes a string. Returns whether the operand was printed.
    pub(super) fn handle_methods(&mut self, verb: u32) -> bool {
        if self.erroring {
            return false;
        }
        let Some(arg) = self.arg else {
            return false;
        };
        let mut verb = verb;
        if verb == 'w' as u32 {
            // %w is valid only in fmt.Errorf, once, with an error operand.
            // SAFETY: arg is a non-nil eface.
            let is_error = find_method_sig(unsafe { &*arg.typ }, b"Error", STRING_METHOD).is_some();
            if !is_error || !self.wrap_errs || self.wrapped.is_some() {
                self.wrapped = None;
                self.wrap_errs = false;
                self.bad_verb(verb);
                return true;
            }
            self.wrapped = Some(self.arg_index);
            verb = 'v' as u32;
        }
        let Some(call) = method_trampoline() else {
            return false;
        };
        // SAFETY: arg is a non-nil eface.
        let t: &Type = unsafe { &*arg.typ };
        if t.nmethods == 0 {
            return false;
        }
        // A Formatter formats itself, whatever the verb (Go checks it first).
        if let Some(hook) = format_hook() {
            if find_method_sig(t, b"Format", FORMAT_METHOD).is_some() {
                let f = self.f;
                let bit = |on: bool, b: i64| if on { b } else { 0 };
                let mut st = FmtState {
                    arg,
                    verb: verb as i64,
                    wid: self.wid,
                    prec: self.prec,
                    flags: bit(f.wid_present, FMT_WID)
                        | bit(f.prec_present, FMT_PREC)
                        | bit(f.minus, FMT_MINUS)
                        | bit(f.plus || f.plus_v, FMT_PLUS)
                        | bit(f.sharp || f.sharp_v, FMT_SHARP)
                        | bit(f.space, FMT_SPACE)
                        | bit(f.zero, FMT_ZERO),
                    buf: GoSlice {
                        ptr: std::ptr::null_mut(),
                        len: 0,
                        cap: 0,
                    },
                };
                // callFormat(&st) calls arg.Format(&st, verb); what it wrote is in st.buf (a
                // Go heap slice this frame keeps alive: stacks are roots).
                let r = call(hook, &mut st as *mut FmtState as *const u8);
                if st.buf.len > 0 {
                    // SAFETY: st.buf is a Go slice of st.buf.len initialized bytes.
                    let b = unsafe { std::slice::from_raw_parts(st.buf.ptr, st.buf.len) };
                    self.buf.extend_from_slice(b);
                }
                if r.len == METHOD_PANICKED && r.ptr.is_null() {
                    self.method_panicked(t, arg, verb, "Format");
                }
                return true;
            }
        }
        let (m, name): (&Method, &str) = if self.f.sharp_v {
            match find_method_sig(t, b"GoString", STRING_METHOD) {
                Some(m) => (m, "GoString"),
                None => return false,
            }
        } else {
            if !matches!(char::from_u32(verb), Some('v' | 's' | 'x' | 'X' | 'q')) {
                return false;
            }
            match find_method_sig(t, b"Error", STRING_METHOD) {
                Some(m) => (m, "Error"),
                None => match find_method_sig(t, b"String", STRING_METHOD) {
                    Some(m) => (m, "String"),
                    None => return false,
                },
            }
        };
        let r = call(m.code, arg.data);
        if r.len == METHOD_PANICKED && r.ptr.is_null() {
            self.method_panicked(t, arg, verb, name);
            return true;
        }
        // SAFETY: the method returned a valid Go string.
        let s = unsafe { r.as_bytes() };
        if name == "GoString" {
            self.fmt_s(s);
        } else {
            self.fmt_string(s, verb);
        }
        true
    }

    /// What Go's catchPanic prints for a method (`name`) of operand `arg` that panicked.
    fn method_panicked(&mut self, t: &Type, arg: Eface, verb: u32, name: &str) {
        {
            if t.kind() == Kind::Pointer && arg.data.is_null() {
                self.buf.extend_from_slice(b"<nil>");
            } else {
                let old = self.f;
                self.f = Flags::default();
                self.buf.extend_from_slice(b"%!");
                self.write_rune(verb);
                self.buf.extend_from_slice(b"(PANIC=");
                self.buf.extend_from_slice(name.as_bytes());
                self.buf.extend_from_slice(b" method: ");
                // SAFETY: the trampoline left the recovered value on the G.
                let caught = unsafe { (*crate::goroutine::getg()).caught };
                if self.panicking {
                    // Printing the panic value panicked too: Go's catchPanic re-panics, which
                    // deferc cannot raise through Rust frames; say so instead.
                    self.buf.extend_from_slice(b"?");
                } else {
                    let (sarg, sval) = (self.arg, self.value);
                    self.panicking = true;
                    self.print_arg(caught, 'v' as u32);
                    self.panicking = false;
                    (self.arg, self.value) = (sarg, sval);
                }
                self.buf.push(b')');
                self.f = old;
            }
        }
    }

    /// Prints one operand (an interface value; typ null = nil) with a verb.
    pub(super) fn print_arg(&mut self, arg: Eface, verb: u32) {
        self.arg = if arg.typ.is_null() { None } else { Some(arg) };
        self.value = None;
        if arg.typ.is_null() {
            match char::from_u32(verb) {
                Some('T' | 'v') => self.pad(b"<nil>"),
                _ => self.bad_verb(verb),
            }
            return;
        }
        // SAFETY: non-null eface from compiled code.
        let v = unsafe { Value::from_eface(arg) };
        match char::from_u32(verb) {
            Some('T') => {
                self.fmt_s(v.t.name());
                return;
            }
            Some('p') => {
                self.fmt_pointer(v, verb);
                return;
            }
            _ => {}
        }
        let t = v.t;
        if t.kind() == Kind::Struct && t.name() == b"reflect.Value" {
            self.print_reflect_value(v, verb);
            return;
        }
        if is_predeclared_basic(t) && t.kind() != Kind::UnsafePointer {
            // Go's fast path for the predeclared types (they have no methods).
            self.print_basic(v, verb);
        } else if t.kind() == Kind::Slice
            && t.name() == b"[]uint8"
            && v.elem_type().kind() == Kind::Uint8
        {
            let s = v.slice();
            self.fmt_bytes(v.bytes(), s.ptr.is_null(), verb, b"[]byte", v);
        } else if !self.handle_methods(verb) {
            self.print_value(v, verb, 0);
        }
    }

    /// A reflect.Value operand prints the value it holds (Go's printArg special case): its
    /// methods first when it can be an interface again, then the value itself. `v` is the
    /// Value struct of compiler/golib/reflect (typ, ptr, flag: flagIndir 1<<7 says ptr points
    /// at the value, flagRO 3<<5 that it came through an unexported field).
    fn print_reflect_value(&mut self, v: Value, verb: u32) {
        const FLAG_RO: usize = 3 << 5;
        const FLAG_INDIR: usize = 1 << 7;
        // SAFETY: a reflect.Value is three words (runtime/src/types.rs layout of Go structs).
        let (typ, ptr, flag) = unsafe {
            let w = v.data as *const usize;
            (*w as *const Type, *w.add(1) as *const u8, *w.add(2))
        };
        if flag == 0 || typ.is_null() {
            self.pad(b"<invalid reflect.Value>");
            return;
        }
        let ro = flag & FLAG_RO != 0;
        // SAFETY: a valid reflect.Value holds a value of type typ at (or in) ptr.
        let inner = unsafe {
            if flag & FLAG_INDIR != 0 {
                Value::at(typ, ptr, ro)
            } else {
                Value {
                    t: &*typ,
                    data: ptr,
                    ro,
                }
            }
        };
        if !ro {
            self.arg = Some(inner.eface());
            if inner.kind() != Kind::Interface && self.handle_methods(verb) {
                return;
            }
        }
        self.print_value(inner, verb, 0);
    }

    /// Basic kinds (bool, numbers, strings); returns false for other kinds.
    pub(super) fn print_basic(&mut self, v: Value, verb: u32) -> bool {
        match v.kind() {
            Kind::Bool => self.fmt_bool(v.bool(), verb),
            Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
                self.fmt_int_verb(v.int() as u64, true, verb)
            }
            Kind::Uint
            | Kind::Uint8
            | Kind::Uint16
            | Kind::Uint32
            | Kind::Uint64
            | Kind::Uintptr => self.fmt_int_verb(v.uint(), false, verb),
            Kind::Float32 => self.fmt_float_verb(v.float(), 32, verb),
            Kind::Float64 => self.fmt_float_verb(v.float(), 64, verb),
            Kind::Complex64 => {
                let (re, im) = v.complex();
                self.fmt_complex(re, im, 64, verb)
            }
            Kind::Complex128 => {
                let (re, im) = v.complex();
                self.fmt_complex(re, im, 128, verb)
            }
            Kind::String => self.fmt_string(v.string(), verb),
            _ => return false,
        }
        true
    }

    /// Prints a value by walking its type (Go's reflection-based printValue).
    pub(super) fn print_value(&mut self, v: Value, verb: u32, depth: u32) {
        // Values inside composites may have methods of their own (printArg did depth 0). An
        // interface-typed value is skipped here: Go asks its dynamic value (reflect's
        // Interface()), which the Interface case below prints at depth + 1, methods and all;
        // the interface type's own table lists method names without code.
        if depth > 0 && !v.ro && v.kind() != Kind::Interface {
            self.arg = Some(v.eface());
            if self.handle_methods(verb) {
                return;
            }
        }
        self.arg = None;
        self.value = Some(v);
        if self.print_basic(v, verb) {
            return;
        }
        match v.kind() {
            Kind::Map => {
                // Go's printValue: `map[k:v k:v]` (`%#v`: `map[K]V{k:v, k:v}`), keys sorted as
                // internal/fmtsort does.
                if self.f.sharp_v {
                    self.buf.extend_from_slice(v.t.name());
                    if v.data.is_null() {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                } else {
                    self.buf.extend_from_slice(b"map[");
                }
                if !v.data.is_null() {
                    // SAFETY: a non-nil map value of this map type.
                    let snap = unsafe { crate::map::snapshot(v.t, v.data) };
                    let (kt, vt) = (v.t.key, v.elem_type());
                    // SAFETY: the snapshot holds n valid keys and values of these types.
                    let at = |t: *const Type, p: *const u8| unsafe { Value::at(t, p, v.ro) };
                    let mut order: Vec<usize> = (0..snap.n).collect();
                    order.sort_by(|&a, &b| {
                        fmtsort_compare(at(kt, snap.key(a)), at(kt, snap.key(b)))
                    });
                    for (i, &e) in order.iter().enumerate() {
                        if i > 0 {
                            if self.f.sharp_v {
                                self.buf.extend_from_slice(b", ");
                            } else {
                                self.buf.push(b' ');
                            }
                        }
                        self.print_value(at(kt, snap.key(e)), verb, depth + 1);
                        self.buf.push(b':');
                        self.print_value(at(vt, snap.val(e)), verb, depth + 1);
                    }
                }
                self.buf.push(if self.f.sharp_v { b'}' } else { b']' });
            }
            Kind::Struct => {
                if self.f.sharp_v {
                    self.buf.extend_from_slice(v.t.name());
                }
                self.buf.push(b'{');
                for i in 0..v.t.nfields {
                    if i > 0 {
                        if self.f.sharp_v {
                            self.buf.extend_from_slice(b", ");
                        } else {
                            self.buf.push(b' ');
                        }
                    }
                    if self.f.plus_v || self.f.sharp_v {
                        // SAFETY: field names are static strings.
                        let name = unsafe { v.t.fields()[i].name.as_bytes() };
                        if !name.is_empty() {
                            self.buf.extend_from_slice(name);
                            self.buf.push(b':');
                        }
                    }
                    self.print_value(v.field(i), verb, depth + 1);
                }
                self.buf.push(b'}');
            }
            Kind::Interface => match v.iface_elem() {
                None => {
                    if self.f.sharp_v {
                        self.buf.extend_from_slice(v.t.name());
                        self.buf.extend_from_slice(b"(nil)");
                    } else {
                        self.buf.extend_from_slice(b"<nil>");
                    }
                }
                Some(e) => self.print_value(e, verb, depth + 1),
            },
            Kind::Array | Kind::Slice => {
                if matches!(char::from_u32(verb), Some('s' | 'q' | 'x' | 'X'))
                    && v.elem_type().kind() == Kind::Uint8
                {
                    let is_nil = v.kind() == Kind::Slice && v.slice().ptr.is_null();
                    self.fmt_bytes(v.bytes(), is_nil, verb, v.t.name(), v);
                    return;
                }
                if self.f.sharp_v {
                    self.buf.extend_from_slice(v.t.name());
                    if v.kind() == Kind::Slice && v.slice().ptr.is_null() {
                        self.buf.extend_from_slice(b"(nil)");
                        return;
                    }
                    self.buf.push(b'{');
                    for i in 0..v.len() {
                        if i > 0 {
                            self.buf.extend_from_slice(b", ");
                        }
                        self.print_value(v.index(i), verb, depth + 1);
                    }
                    self.buf.push(b'}');
                } else {
                    self.buf.push(b'[');
                    for i in 0..v.len() {
                        if i > 0 {
                            self.buf.push(b' ');
                        }
                        self.print_value(v.index(i), verb, depth + 1);
                    }
                    self.buf.push(b']');
                }
            }
            Kind::Pointer => {
                // &{...} for a pointer to a composite, only at the top level (avoids loops).
                if depth == 0 && !v.data.is_null() {
                    let a = v.pointee();
                    if matches!(
                        a.kind(),
                        Kind::Array | Kind::Slice | Kind::Struct | Kind::Map
                    ) {
                        self.buf.push(b'&');
                        self.print_value(a, verb, depth + 1);
                        return;
                    }
                }
                self.fmt_pointer(v, verb);
            }
            Kind::Chan | Kind::Func | Kind::UnsafePointer => self.fmt_pointer(v, verb),
            _ => {
                self.buf.push(b'?');
                self.buf.extend_from_slice(v.t.name());
                self.buf.push(b'?');
            }
        }
    }

    /// Width or precision from an int-kind operand (`*`); (num, ok, next arg index).
    pub(super) fn int_from_arg(a: &[Eface], arg_num: usize) -> (i64, bool, usize) {
        let mut num = 0i64;
        let mut is_int = false;
        let mut new_arg_num = arg_num;
        if arg_num < a.len() {
            let e = a[arg_num];
            if !e.typ.is_null() {
                // SAFETY: non-null eface from compiled code.
                let v = unsafe { Value::from_eface(e) };
                match v.kind() {
                    Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => {
                        num = v.int();
                        is_int = true;
                    }
                    Kind::Uint
                    | Kind::Uint8
                    | Kind::Uint16
                    | Kind::Uint32
                    | Kind::Uint64
                    | Kind::Uintptr => {
                        let n = v.uint();
                        if (n as i64) >= 0 {
                            num = n as i64;
                            is_int = true;
                        }
                    }
                    _ => {}
                }
            }
            new_arg_num = arg_num + 1;
            if too_large(num) {
                num = 0;
                is_int = false;
            }
        }
        (num, is_int, new_arg_num)
    }

    /// Handles an explicit argument index `[n]` at format[i..].
    pub(super) fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && 0 <= index && (index as usize) < num_args {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    pub(super) fn do_printf(&mut self, format: &[u8], a: &[Eface]) {
        let end = format.len();
        let mut arg_num = 0usize;
        let mut after_index;
        self.reordered = false;
        let mut i = 0;
        'format_loop: while i < end {
            self.good_arg_num = true;
            let lasti = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > lasti {
                self.buf.extend_from_slice(&format[lasti..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // skip %
            self.f = Flags::default();
            // Flags, and the fast path for a simple verb.
            while i < end {
                let c = format[i];
                match c {
                    b'#' => self.f.sharp = true,
                    b'0' => self.f.zero = !self.f.minus,
                    b'+' => self.f.plus = true,
                    b'-' => {
                        self.f.minus = true;
                        self.f.zero = false;
                    }
                    b' ' => self.f.space = true,
                    _ => {
                        if c.is_ascii_lowercase() && arg_num < a.len() {
                            if c == b'v' {
                                self.f.sharp_v = self.f.sharp;
                                self.f.sharp = false;
                                self.f.plus_v = self.f.plus;
                                self.f.plus = false;
                            }
                            // Errorf's %w records which operand it wrapped.
                            self.arg_index = arg_num;
                            self.print_arg(a[arg_num], c as u32);
                            arg_num += 1;
                            i += 1;
                            continue 'format_loop;
                        }
                        break;
                    }
                }
                i += 1;
            }

            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());

            // Width.
            if i < end && format[i] == b'*' {
                i += 1;
                (self.wid, self.f.wid_present, arg_num) = Pp::int_from_arg(a, arg_num);
                if !self.f.wid_present {
                    self.buf.extend_from_slice(b"%!(BADWIDTH)");
                }
                if self.wid < 0 {
                    self.wid = -self.wid;
                    self.f.minus = true;
                    self.f.zero = false;
                }
                after_index = false;
            } else {
                (self.wid, self.f.wid_present, i) = parsenum(format, i, end);
                if after_index && self.f.wid_present {
                    self.good_arg_num = false;
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false;
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, a.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    (self.prec, self.f.prec_present, arg_num) = Pp::int_from_arg(a, arg_num);
                    if self.prec < 0 {
                        self.prec = 0;
                        self.f.prec_present = false;
                    }
                    if !self.f.prec_present {
                        self.buf.extend_from_slice(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    (self.prec, self.f.prec_present, i) = parsenum(format, i, end);
                    if !self.f.prec_present {
                        self.prec = 0;
                        self.f.prec_present = true;
                    }
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, a.len());
            }

            if i >= end {
                self.buf.extend_from_slice(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (format[i] as u32, 1)
            } else {
                decode_rune(&format[i..])
            };
            i += size;

            if verb == '%' as u32 {
                // %% does not take an operand and ignores width and precision.
                self.buf.push(b'%');
            } else if !self.good_arg_num {
                self.buf.extend_from_slice(b"%!");
                self.write_rune(verb);
                self.buf.extend_from_slice(b"(BADINDEX)");
            } else if arg_num >= a.len() {
                self.buf.extend_from_slice(b"%!");
                self.write_rune(verb);
                self.buf.extend_from_slice(b"(MISSING)");
            } else {
                if verb == 'v' as u32 {
                    self.f.sharp_v = self.f.sharp;
                    self.f.sharp = false;
                    self.f.plus_v = self.f.plus;
                    self.f.plus = false;
                }
                self.arg_index = arg_num;
                self.print_arg(a[arg_num], verb);
                arg_num += 1;
            }
        }

        // Leftover operands, unless indexes were used.
        if !self.reordered && arg_num < a.len() {
            self.f = Flags::default();
            self.buf.extend_from_slice(b"%!(EXTRA ");
            for (i, &arg) in a[arg_num..].iter().enumerate() {
                if i > 0 {
                    self.buf.extend_from_slice(b", ");
                }
                if arg.typ.is_null() {
                    self.buf.extend_from_slice(b"<nil>");
                } else {
                    // SAFETY: non-null eface.
                    self.buf.extend_from_slice(unsafe { (*arg.typ).name() });
                    self.buf.push(b'=');
                    self.print_arg(arg, 'v' as u32);
                }
            }
            self.buf.push(b')');
        }
    }

    /// Print: operands separated by a space when neither side is a string.
    pub(super) fn do_print(&mut self, a: &[Eface]) {
        let mut prev_string = false;
        for (n, &arg) in a.iter().enumerate() {
            // SAFETY: non-null eface types are valid descriptors.
            let is_string = !arg.typ.is_null() && unsafe { (*arg.typ).kind() } == Kind::String;
            if n > 0 && !is_string && !prev_string {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v' as u32);
            prev_string = is_string;
        }
    }

    /// Println: operands always separated by spaces, then a newline.
    pub(super) fn do_println(&mut self, a: &[Eface]) {
        for (n, &arg) in a.iter().enumerate() {
            if n > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v' as u32);
        }
        self.buf.push(b'\n');
    }
}

pub(super) fn too_large(x: i64) -> bool {
    const MAX: i64 = 1_000_000;
    !(-MAX..=MAX).contains(&x)
}

/// Parses a decimal number at s[start..end]: (num, isnum, new index).
pub(super) fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
    if start >= end {
        return (0, false, end);
    }
    let mut num = 0i64;
    let mut isnum = false;
    let mut newi = start;
    while newi < end && s[newi].is_ascii_digit() {
        if too_large(num) {
            return (0, false, end);
        }
        num = num * 10 + (s[newi] - b'0') as i64;
        isnum = true;
        newi += 1;
    }
    (num, isnum, newi)
}

/// Parses `[n]` at the start of format: (n-1, bytes consumed, ok).
pub(super) fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    for i in 1..format.len() {
        if format[i] == b']' {
            let (width, ok, newi) = parsenum(format, 1, i);
            if !ok || newi != i {
                return (0, i + 1, false);
            }
            return (width - 1, i + 1, true);
        }
    }
    (0, 1, false)
}
