//! Go's fmt package (Print, Println, Printf and their F/S forms) over the Eface argument arrays
//! compiled code passes, with the parts of strconv it needs (float formatting, quoting, IsPrint).
//!
//! The code follows Go 1.19's fmt/print.go (pp), fmt/format.go (fmt) and strconv/ftoa.go,
//! quote.go, isprint.go function by function, so outputs match byte for byte. Where Go uses
//! reflection, this file walks the compiler's type descriptors (`types::Type`) instead.
//!
//! Values are handled as `Value`s in the eface convention (see `types::Eface`): for
//! pointer-shaped kinds `data` is the value itself, otherwise a pointer to it. Interface-kind
//! values in memory (struct fields, slice elements) are assumed to be laid out as an Eface
//! {typ, data} — deferc represents every interface that way.
//!
//! Error/String methods are Go code; the runtime reaches them through a trampoline that the
//! compiled program registers at startup (`deferc_set_method_trampoline`).

use crate::os::write_fd;
use crate::print::is_predeclared_basic;
use crate::strings::{decode_rune, encode_rune, rune_count, RUNE_ERROR};
use crate::types::{Eface, GoSlice, GoString, Kind, Method, Type};
use std::sync::atomic::{AtomicUsize, Ordering};

// ---------------------------------------------------------------------------------------------
// Method calls (Error, String, GoString)

/// Calls a compiled method `code` with receiver `recv` (the eface data word of the receiver)
/// and returns its string result.
pub type MethodTrampoline = extern "C" fn(code: *const u8, recv: *const u8) -> GoString;

/// The registered trampoline as a usize (0 = none), so the static needs no lock.
pub static METHOD_TRAMPOLINE: AtomicUsize = AtomicUsize::new(0);

/// A trampoline that recovered a panic inside the method returns this length (with a null
/// ptr); fmt then prints what Go's catchPanic prints: `<nil>` for a nil pointer receiver,
/// otherwise `%!v(PANIC=String method: ?)` (the panic value itself is not available here).
pub const METHOD_PANICKED: usize = usize::MAX;

/// Registers the trampoline through which fmt calls Error/String methods.
#[no_mangle]
pub extern "C" fn deferc_set_method_trampoline(f: MethodTrampoline) {
    METHOD_TRAMPOLINE.store(f as usize, Ordering::Relaxed);
}

pub fn method_trampoline() -> Option<MethodTrampoline> {
    match METHOD_TRAMPOLINE.load(Ordering::Relaxed) {
        0 => None,
        // SAFETY: the only non-zero value ever stored is a MethodTrampoline cast to usize.
        p => Some(unsafe { std::mem::transmute::<usize, MethodTrampoline>(p) }),
    }
}

/// The method named `name` in `t`'s method table (sorted by name, so binary search).
pub use crate::types::{find_method, find_method_sig};

/// The signature fmt's method interfaces (error, Stringer, GoStringer) require.
pub const STRING_METHOD: &[u8] = b"func() string";

// ---------------------------------------------------------------------------------------------
// Values

/// A typed value in the eface convention, plus reflect's "read-only" bit: a value reached
/// through an unexported struct field cannot be converted back to an interface, so fmt must
/// not call its methods (reflect.Value.CanInterface).
///
/// Invariant: `t` is a valid descriptor and `data` is valid for it (established by the unsafe
/// constructors from what compiled code passed), so the accessors below are safe to call.
#[derive(Clone, Copy)]
struct Value {
    t: &'static Type,
    data: *const u8,
    ro: bool,
}

impl Value {
    /// # Safety
    /// `e.typ` must be non-null and `e` a valid eface built by compiled code.
    unsafe fn from_eface(e: Eface) -> Value {
        Value {
            t: &*e.typ,
            data: e.data,
            ro: false,
        }
    }

    /// The value of type `t` stored at `addr`.
    ///
    /// # Safety
    /// `addr` must point at a valid value of type `t`.
    unsafe fn at(t: *const Type, addr: *const u8, ro: bool) -> Value {
        let t: &'static Type = &*t;
        let data = if t.is_direct() {
            *(addr as *const *const u8)
        } else {
            addr
        };
        Value { t, data, ro }
    }

    fn kind(&self) -> Kind {
        self.t.kind()
    }

    fn eface(&self) -> Eface {
        Eface {
            typ: self.t,
            data: self.data,
        }
    }

    fn read<T: Copy>(&self) -> T {
        // SAFETY: by the type invariant data points at a value whose kind matches T (callers
        // choose T from the kind).
        unsafe { (self.data as *const T).read_unaligned() }
    }

    fn bool(&self) -> bool {
        self.read::<u8>() != 0
    }

    fn int(&self) -> i64 {
        match self.kind() {
            Kind::Int8 => self.read::<i8>() as i64,
            Kind::Int16 => self.read::<i16>() as i64,
            Kind::Int32 => self.read::<i32>() as i64,
            _ => self.read::<i64>(),
        }
    }

    fn uint(&self) -> u64 {
        match self.kind() {
            Kind::Uint8 => self.read::<u8>() as u64,
            Kind::Uint16 => self.read::<u16>() as u64,
            Kind::Uint32 => self.read::<u32>() as u64,
            _ => self.read::<u64>(),
        }
    }

    fn float(&self) -> f64 {
        match self.kind() {
            Kind::Float32 => self.read::<f32>() as f64,
            _ => self.read::<f64>(),
        }
    }

    fn complex(&self) -> (f64, f64) {
        match self.kind() {
            Kind::Complex64 => {
                let c = self.read::<[f32; 2]>();
                (c[0] as f64, c[1] as f64)
            }
            _ => {
                let c = self.read::<[f64; 2]>();
                (c[0], c[1])
            }
        }
    }

    fn string(&self) -> &'static [u8] {
        // SAFETY: a Go string's bytes live as long as the program (never freed).
        unsafe { self.read::<GoString>().as_bytes() }
    }

    fn slice(&self) -> GoSlice {
        self.read::<GoSlice>()
    }

    fn elem_type(&self) -> &'static Type {
        // SAFETY: Array, Slice and Pointer descriptors carry their element type.
        unsafe { &*self.t.elem }
    }

    /// Array or slice length.
    fn len(&self) -> usize {
        match self.kind() {
            Kind::Slice => self.slice().len,
            _ => self.t.len,
        }
    }

    /// Array or slice element i (< len).
    fn index(&self, i: usize) -> Value {
        let base = match self.kind() {
            Kind::Slice => self.slice().ptr as *const u8,
            _ => self.data,
        };
        let et = self.elem_type();
        // SAFETY: i < len, elements are et.size apart.
        unsafe { Value::at(et, base.add(i * et.size), self.ro) }
    }

    /// The bytes of a []byte / [N]byte value.
    fn bytes(&self) -> &'static [u8] {
        let (p, n) = match self.kind() {
            Kind::Slice => {
                let s = self.slice();
                (s.ptr as *const u8, s.len)
            }
            _ => (self.data, self.t.len),
        };
        if n == 0 {
            &[]
        } else {
            // SAFETY: the array or slice holds n bytes that are never freed.
            unsafe { std::slice::from_raw_parts(p, n) }
        }
    }

    /// Struct field i; fields with unexported names make the value read-only.
    fn field(&self, i: usize) -> Value {
        let f = &self.t.fields()[i];
        // SAFETY: field names are static strings emitted by the compiler.
        let name = unsafe { f.name.as_bytes() };
        let exported = !name.is_empty() && {
            let (r, _) = decode_rune(name);
            char::from_u32(r).is_some_and(|c| c.is_uppercase())
        };
        // SAFETY: the field lies at data + offset inside the struct value.
        unsafe { Value::at(f.typ, self.data.add(f.offset), self.ro || !exported) }
    }

    /// The dynamic value held by an interface-kind value (None if nil).
    fn iface_elem(&self) -> Option<Value> {
        let e = self.read::<Eface>();
        if e.typ.is_null() {
            None
        } else {
            // SAFETY: a non-nil interface in memory is a valid eface.
            let mut v = unsafe { Value::from_eface(e) };
            v.ro = self.ro;
            Some(v)
        }
    }

    /// The pointee of a non-nil pointer.
    fn pointee(&self) -> Value {
        // SAFETY: non-nil pointers point at a value of the element type.
        unsafe { Value::at(self.t.elem, self.data, self.ro) }
    }

    /// reflect.Value.Pointer for pointer-like kinds and slices.
    fn pointer(&self) -> usize {
        match self.kind() {
            Kind::Slice => self.slice().ptr as usize,
            _ => self.data as usize,
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Map key order (Go's internal/fmtsort)

/// fmtsort's floatCompare: NaN sorts before everything. Go answers "less" for NaN vs NaN too;
/// calling that equal keeps the order total (Rust's sort requires it), and NaN keys print the
/// same whatever their order, which Go leaves to the random iteration order anyway.
fn float_compare(a: f64, b: f64) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Equal,
        (true, false) => Less,
        (false, true) => Greater,
        _ => a.partial_cmp(&b).unwrap_or(Equal),
    }
}

/// The size of `t`'s descriptor symbol in a Go 1.19 binary (runtime/type.go layouts:
/// `_type` 48 bytes, kind-specific fields, struct fields, then the uncommon type and its
/// methods), as far as deferc's descriptor tells.
fn go_type_symbol_size(t: &Type) -> usize {
    let base = match t.kind() {
        Kind::Array => 72,
        Kind::Chan => 64,
        Kind::Func => 56,
        Kind::Interface => 80,
        Kind::Map => 88,
        Kind::Pointer | Kind::Slice => 56,
        Kind::Struct => 80 + 24 * t.nfields,
        _ => 48,
    };
    let uncommon =
        t.flags & crate::types::TFLAG_NAMED != 0 || t.nmethods > 0 || is_predeclared_basic(t);
    base + if uncommon { 16 + 16 * t.nmethods } else { 0 }
}

/// fmtsort orders interface keys of different dynamic types by the address of their type
/// descriptors. Go's linker lays the descriptors out sorted by symbol size and then by name
/// (`type.int`, `type.main.T`), so approximate that order from deferc's descriptors (then
/// by address, for distinct types with the same name).
fn type_order(a: &Type, b: &Type) -> std::cmp::Ordering {
    go_type_symbol_size(a)
        .cmp(&go_type_symbol_size(b))
        .then_with(|| a.name().cmp(b.name()))
        .then_with(|| (a as *const Type as usize).cmp(&(b as *const Type as usize)))
}

/// fmtsort's compare for two map keys of one type: numbers numerically, strings bytewise,
/// false < true, pointers and channels by address, arrays and structs lexicographically,
/// interfaces nil first, then by dynamic type, then by value.
fn fmtsort_compare(a: Value, b: Value) -> std::cmp::Ordering {
    use std::cmp::Ordering::*;
    match a.kind() {
        Kind::Int | Kind::Int8 | Kind::Int16 | Kind::Int32 | Kind::Int64 => a.int().cmp(&b.int()),
        Kind::Uint | Kind::Uint8 | Kind::Uint16 | Kind::Uint32 | Kind::Uint64 | Kind::Uintptr => {
            a.uint().cmp(&b.uint())
        }
        Kind::String => a.string().cmp(b.string()),
        Kind::Float32 | Kind::Float64 => float_compare(a.float(), b.float()),
        Kind::Complex64 | Kind::Complex128 => {
            let (x, y) = (a.complex(), b.complex());
            float_compare(x.0, y.0).then_with(|| float_compare(x.1, y.1))
        }
        Kind::Bool => a.bool().cmp(&b.bool()),
        Kind::Pointer | Kind::UnsafePointer | Kind::Chan => a.pointer().cmp(&b.pointer()),
        Kind::Struct => (0..a.t.nfields)
            .map(|i| fmtsort_compare(a.field(i), b.field(i)))
            .find(|&c| c != Equal)
            .unwrap_or(Equal),
        Kind::Array => (0..a.len())
            .map(|i| fmtsort_compare(a.index(i), b.index(i)))
            .find(|&c| c != Equal)
            .unwrap_or(Equal),
        Kind::Interface => match (a.iface_elem(), b.iface_elem()) {
            (None, None) => Equal,
            (None, Some(_)) => Less,
            (Some(_), None) => Greater,
            (Some(x), Some(y)) => {
                if std::ptr::eq(x.t, y.t) {
                    fmtsort_compare(x, y)
                } else {
                    type_order(x.t, y.t)
                }
            }
        },
        _ => Equal,
    }
}

// ---------------------------------------------------------------------------------------------
// The printer (Go's pp with its embedded fmt)

const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

#[derive(Clone, Copy, Default)]
struct Flags {
    wid_present: bool,
    prec_present: bool,
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    /// %+v
    plus_v: bool,
    /// %#v
    sharp_v: bool,
}

struct Pp {
    buf: Vec<u8>,
    f: Flags,
    wid: i64,
    prec: i64,
    /// The operand being printed when it came from an interface (Go's p.arg); None = nil.
    arg: Option<Eface>,
    /// The operand being printed when reached by walking a value (Go's p.value).
    value: Option<Value>,
    /// badVerb is printing an operand: do not call its methods.
    erroring: bool,
    /// Printf used explicit argument indexes ([n]).
    reordered: bool,
    good_arg_num: bool,
    /// fmt.Errorf: %w is allowed (Go's p.wrapErrs), and the operand it wrapped (the index of
    /// Go's p.wrappedErr).
    wrap_errs: bool,
    wrapped: Option<usize>,
    /// Index of the operand being printed by Printf.
    arg_index: usize,
    /// A panic value from an Error/String method is being printed (Go's p.panicking).
    panicking: bool,
}

impl Pp {
    fn new() -> Pp {
        Pp {
            buf: Vec::with_capacity(64),
            f: Flags::default(),
            wid: 0,
            prec: 0,
            arg: None,
            value: None,
            erroring: false,
            reordered: false,
            good_arg_num: true,
            wrap_errs: false,
            wrapped: None,
            arg_index: 0,
            panicking: false,
        }
    }

    fn write_rune(&mut self, r: u32) {
        encode_rune(&mut self.buf, r as i64);
    }

    // ---- format.go ----

    fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, b);
    }

    /// Appends b, padded to the width (counted in runes) on the left or right.
    fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// %U: `U+0041`, with # also `U+0041 'A'`.
    fn fmt_unicode(&mut self, mut u: u64) {
        let mut prec: i64 = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut out: Vec<u8> = Vec::new(); // built reversed
        if self.f.sharp && u <= 0x10FFFF && is_print(u as u32) {
            out.push(b'\'');
            let mut tmp = Vec::new();
            encode_rune(&mut tmp, u as i64);
            out.extend(tmp.iter().rev());
            out.push(b'\'');
            out.push(b' ');
        }
        while u >= 16 {
            out.push(UDIGITS[(u & 0xF) as usize]);
            prec -= 1;
            u >>= 4;
        }
        out.push(UDIGITS[u as usize]);
        prec -= 1;
        while prec > 0 {
            out.push(b'0');
            prec -= 1;
        }
        out.push(b'+');
        out.push(b'U');
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Formats an integer in base 2, 8, 10 or 16 with sign, precision, zero padding and the
    /// # prefixes.
    fn fmt_integer(&mut self, mut u: u64, base: u32, signed: bool, verb: u32, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        if negative {
            u = u.wrapping_neg();
        }
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.prec;
            // %.0d of 0 prints nothing but padding.
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1; // leave room for the sign
            }
        }
        let mut out: Vec<u8> = Vec::with_capacity(24); // built reversed
        let b = base as u64;
        while u >= b {
            out.push(digits[(u % b) as usize]);
            u /= b;
        }
        out.push(digits[u as usize]);
        while (out.len() as i64) < prec {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => out.push(b'0'),
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' as u32 {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Truncates b to the precision, counted in runes.
    fn truncate<'b>(&self, b: &'b [u8]) -> &'b [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                i += if b[i] < 0x80 {
                    1
                } else {
                    decode_rune(&b[i..]).1
                };
            }
        }
        b
    }

    /// %s: the string, truncated to the precision and padded.
    fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// %x / %X of a string or byte slice, with `% x` spacing and `%#x` prefixes.
    fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(self.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// %q of a string: double-quoted with Go escapes (%+q ASCII only, %#q backquoted if
    /// possible).
    fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let mut q = Vec::with_capacity(s.len() + 2);
        append_quoted_with(&mut q, s, b'"', self.f.plus);
        self.pad(&q);
    }

    /// %c: the rune (U+FFFD if out of range).
    fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF {
            RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut b = Vec::with_capacity(4);
        encode_rune(&mut b, r);
        self.pad(&b);
    }

    /// %q of an integer: a single-quoted rune literal.
    fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { RUNE_ERROR } else { c as u32 };
        let mut q = Vec::with_capacity(8);
        append_quoted_rune(&mut q, r, self.f.plus);
        self.pad(&q);
    }

    /// Formats a float with strconv and applies sign, #, zero padding and width.
    fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        // num[0] is a sign slot: '+' unless strconv produced a sign of its own.
        let mut num = vec![b'+'];
        num.extend_from_slice(&format_float(v, verb, prec, size));
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not padded with zeros, and NaN gets no sign unless asked.
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        // # forces a decimal point and keeps trailing zeros for %g/%v.
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            // Zero padding goes between the sign and the digits.
            if self.f.zero && self.f.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    // ---- print.go ----

    fn fmt_bool(&mut self, v: bool, verb: u32) {
        match char::from_u32(verb) {
            Some('t' | 'v') => self.fmt_boolean(v),
            _ => self.bad_verb(verb),
        }
    }

    /// Hex with (leading0x) or without the 0x prefix, ignoring the # flag.
    fn fmt_0x64(&mut self, v: u64, leading0x: bool) {
        let sharp = self.f.sharp;
        self.f.sharp = leading0x;
        self.fmt_integer(v, 16, false, 'v' as u32, LDIGITS);
        self.f.sharp = sharp;
    }

    fn fmt_int_verb(&mut self, v: u64, signed: bool, verb: u32) {
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

    fn fmt_float_verb(&mut self, v: f64, size: u32, verb: u32) {
        match char::from_u32(verb) {
            Some('v') => self.fmt_float(v, size, b'g', -1),
            Some(c @ ('b' | 'g' | 'G' | 'x' | 'X')) => self.fmt_float(v, size, c as u8, -1),
            Some(c @ ('f' | 'e' | 'E')) => self.fmt_float(v, size, c as u8, 6),
            Some('F') => self.fmt_float(v, size, b'f', 6),
            _ => self.bad_verb(verb),
        }
    }

    fn fmt_complex(&mut self, re: f64, im: f64, size: u32, verb: u32) {
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

    fn fmt_string(&mut self, v: &[u8], verb: u32) {
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
    fn fmt_bytes(&mut self, v: &[u8], is_nil: bool, verb: u32, type_string: &[u8], value: Value) {
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

    fn fmt_pointer(&mut self, value: Value, verb: u32) {
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
    fn bad_verb(&mut self, verb: u32) {
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
    fn handle_methods(&mut self, verb: u32) -> bool {
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
            // What Go's catchPanic prints.
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

    /// Prints one operand (an interface value; typ null = nil) with a verb.
    fn print_arg(&mut self, arg: Eface, verb: u32) {
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

    /// Basic kinds (bool, numbers, strings); returns false for other kinds.
    fn print_basic(&mut self, v: Value, verb: u32) -> bool {
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
    fn print_value(&mut self, v: Value, verb: u32, depth: u32) {
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
    fn int_from_arg(a: &[Eface], arg_num: usize) -> (i64, bool, usize) {
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
    fn arg_number(
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

    fn do_printf(&mut self, format: &[u8], a: &[Eface]) {
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
    fn do_print(&mut self, a: &[Eface]) {
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
    fn do_println(&mut self, a: &[Eface]) {
        for (n, &arg) in a.iter().enumerate() {
            if n > 0 {
                self.buf.push(b' ');
            }
            self.print_arg(arg, 'v' as u32);
        }
        self.buf.push(b'\n');
    }
}

fn too_large(x: i64) -> bool {
    const MAX: i64 = 1_000_000;
    !(-MAX..=MAX).contains(&x)
}

/// Parses a decimal number at s[start..end]: (num, isnum, new index).
fn parsenum(s: &[u8], start: usize, end: usize) -> (i64, bool, usize) {
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
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
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

// ---------------------------------------------------------------------------------------------
// Entry points

/// # Safety
/// `args` must point at `n` valid efaces (or n == 0).
unsafe fn args<'a>(args: *const Eface, n: usize) -> &'a [Eface] {
    if n == 0 {
        &[]
    } else {
        std::slice::from_raw_parts(args, n)
    }
}

/// Formats with Print's rules into a byte vector (for Rust callers such as panic printing).
///
/// # Safety
/// As `deferc_fmt_sprint`.
pub unsafe fn sprint_bytes(a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_print(args(a, n));
    p.buf
}

/// # Safety
/// As `deferc_fmt_sprintln`.
pub unsafe fn sprintln_bytes(a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_println(args(a, n));
    p.buf
}

/// # Safety
/// As `deferc_fmt_sprintf`.
pub unsafe fn sprintf_bytes(fmt: &[u8], a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_printf(fmt, args(a, n));
    p.buf
}

/// fmt.Errorf's formatting (compiler/golib/fmt): the message, and in `*wrapped` the index of
/// the operand a valid %w wrapped, or -1.
///
/// # Safety
/// As `deferc_fmt_sprintf`; `wrapped` must be writable.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_errorf(
    fmt_ptr: *const u8,
    fmt_len: usize,
    args: *const Eface,
    n: usize,
    _cap: usize,
    wrapped: *mut isize,
) -> GoString {
    let f = GoString {
        ptr: fmt_ptr,
        len: fmt_len,
    }
    .as_bytes();
    let mut p = Pp::new();
    p.wrap_errs = true;
    p.do_printf(f, self::args(args, n));
    *wrapped = p.wrapped.map_or(-1, |i| i as isize);
    GoString::from_bytes(&p.buf)
}

/// Appends `b` to the Go byte slice `*dst`, growing it on the Go heap (to at least twice its
/// capacity) when it does not fit.
///
/// # Safety
/// `dst` must point at a valid `[]byte` header.
unsafe fn append_to(dst: *mut GoSlice, b: &[u8]) {
    let d = &mut *dst;
    let need = d.len + b.len();
    if need > d.cap {
        let cap = need.max(d.cap.saturating_mul(2)).max(64);
        let p = crate::alloc::alloc_bytes(cap, 8);
        if d.len > 0 {
            std::ptr::copy_nonoverlapping(d.ptr, p, d.len);
        }
        d.ptr = p;
        d.cap = cap;
    }
    if !b.is_empty() {
        std::ptr::copy_nonoverlapping(b.as_ptr(), d.ptr.add(d.len), b.len());
    }
    d.len = need;
}

/// `fmt.appendPrint(dst *[]byte, a []any)` (compiler/golib/fmt): appends what Print would
/// print. The Fprint family formats into a reused buffer this way instead of building a string
/// and copying it (garbage that deferc, with no collector, would never reclaim).
///
/// # Safety
/// `dst` must point at a valid `[]byte` header and `args` at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_appendPrint(
    dst: *mut GoSlice,
    args: *const Eface,
    n: usize,
    _cap: usize,
) {
    append_to(dst, &sprint_bytes(args, n));
}

/// `fmt.appendPrintln(dst *[]byte, a []any)`: as `deferc_fmt_appendPrint`, with Println's rules.
///
/// # Safety
/// As `deferc_fmt_appendPrint`.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_appendPrintln(
    dst: *mut GoSlice,
    args: *const Eface,
    n: usize,
    _cap: usize,
) {
    append_to(dst, &sprintln_bytes(args, n));
}

/// `fmt.appendPrintf(dst *[]byte, format string, a []any)`: as `deferc_fmt_appendPrint`, with
/// Printf's rules.
///
/// # Safety
/// As `deferc_fmt_appendPrint`; `fmt_ptr` must point at `fmt_len` bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_appendPrintf(
    dst: *mut GoSlice,
    fmt_ptr: *const u8,
    fmt_len: usize,
    args: *const Eface,
    n: usize,
    _cap: usize,
) {
    let f = GoString {
        ptr: fmt_ptr,
        len: fmt_len,
    }
    .as_bytes();
    append_to(dst, &sprintf_bytes(f, args, n));
}

/// fmt.Fprint to fd (1 = os.Stdout, 2 = os.Stderr): returns the number of bytes written.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_fprint(fd: i64, args: *const Eface, n: usize) -> i64 {
    let b = sprint_bytes(args, n);
    write_fd(fd, &b);
    b.len() as i64
}

/// fmt.Fprintln.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_fprintln(fd: i64, args: *const Eface, n: usize) -> i64 {
    let b = sprintln_bytes(args, n);
    write_fd(fd, &b);
    b.len() as i64
}

/// fmt.Fprintf.
///
/// # Safety
/// `fmt_ptr` must point at `fmt_len` bytes and `args` at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_fprintf(
    fd: i64,
    fmt_ptr: *const u8,
    fmt_len: usize,
    args: *const Eface,
    n: usize,
) -> i64 {
    let f = GoString {
        ptr: fmt_ptr,
        len: fmt_len,
    }
    .as_bytes();
    let b = sprintf_bytes(f, args, n);
    write_fd(fd, &b);
    b.len() as i64
}

/// fmt.Sprint.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_sprint(args: *const Eface, n: usize) -> GoString {
    GoString::from_bytes(&sprint_bytes(args, n))
}

/// fmt.Sprintln.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_sprintln(args: *const Eface, n: usize) -> GoString {
    GoString::from_bytes(&sprintln_bytes(args, n))
}

/// fmt.Sprintf.
///
/// # Safety
/// `fmt_ptr` must point at `fmt_len` bytes and `args` at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_sprintf(
    fmt_ptr: *const u8,
    fmt_len: usize,
    args: *const Eface,
    n: usize,
) -> GoString {
    let f = GoString {
        ptr: fmt_ptr,
        len: fmt_len,
    }
    .as_bytes();
    GoString::from_bytes(&sprintf_bytes(f, args, n))
}

// ---------------------------------------------------------------------------------------------
// strconv: float formatting (ftoa.go)

/// A decimal digit string d[0..nd] with the decimal point at dp: value = 0.d × 10^dp.
/// Trailing zeros are trimmed; zero has nd == 0 and dp == 0 (as Go's decimalSlice).
struct Decimal {
    d: Vec<u8>,
    dp: i64,
}

impl Decimal {
    fn nd(&self) -> i64 {
        self.d.len() as i64
    }

    /// Parses Rust's `{:e}` output ("1.2345e-7", "5e0") for a non-negative value.
    fn from_exp(s: &str) -> Decimal {
        let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut d: Vec<u8> = mant.bytes().filter(|c| c.is_ascii_digit()).collect();
        Decimal::normalize(&mut d, exp + 1)
    }

    /// Parses Rust's `{:.N}` fixed output ("123.4500") for a non-negative value.
    fn from_fixed(s: &str) -> Decimal {
        let int_len = s.find('.').unwrap_or(s.len()) as i64;
        let mut d: Vec<u8> = s.bytes().filter(|c| c.is_ascii_digit()).collect();
        Decimal::normalize(&mut d, int_len)
    }

    fn normalize(d: &mut Vec<u8>, mut dp: i64) -> Decimal {
        let lead = d.iter().take_while(|&&c| c == b'0').count();
        d.drain(..lead);
        dp -= lead as i64;
        while d.last() == Some(&b'0') {
            d.pop();
        }
        if d.is_empty() {
            dp = 0;
        }
        Decimal {
            d: std::mem::take(d),
            dp,
        }
    }
}

/// strconv.FormatFloat(v, fmt, prec, bitSize) for fmt in b e E f g G x X.
pub fn format_float(v: f64, fmt: u8, prec: i64, bit_size: u32) -> Vec<u8> {
    let (bits, mantbits, expbits, bias): (u64, u32, u32, i64) = if bit_size == 32 {
        ((v as f32).to_bits() as u64, 23, 8, -127)
    } else {
        (v.to_bits(), 52, 11, -1023)
    };
    let neg = bits >> (expbits + mantbits) != 0;
    let mut exp = ((bits >> mantbits) & ((1 << expbits) - 1)) as i64;
    let mut mant = bits & ((1u64 << mantbits) - 1);
    if exp == (1 << expbits) - 1 {
        return if mant != 0 {
            b"NaN".to_vec()
        } else if neg {
            b"-Inf".to_vec()
        } else {
            b"+Inf".to_vec()
        };
    } else if exp == 0 {
        exp += 1; // denormal
    } else {
        mant |= 1u64 << mantbits; // implicit leading 1
    }
    exp += bias;

    let mut dst = Vec::with_capacity(24);
    match fmt {
        b'b' => {
            fmt_b(&mut dst, neg, mant, exp, mantbits);
            return dst;
        }
        b'x' | b'X' => {
            fmt_x(&mut dst, prec, fmt, neg, mant, exp, mantbits);
            return dst;
        }
        _ => {}
    }

    let x = v.abs();
    let mut prec = prec;
    let shortest = prec < 0;
    let digs = if shortest {
        // Rust's `{:e}` prints the shortest digits that round-trip in the float's own width,
        // which is what Go's Ryū shortest mode produces.
        let digs = if x == 0.0 {
            Decimal {
                d: Vec::new(),
                dp: 0,
            }
        } else {
            shortest_decimal(x, bit_size)
        };
        prec = match fmt {
            b'e' | b'E' => (digs.nd() - 1).max(0),
            b'f' => (digs.nd() - digs.dp).max(0),
            _ => digs.nd(),
        };
        digs
    } else if fmt != b'f' {
        // Correctly rounded to `digits` significant digits (ties to even on exact halves, as
        // Go's fixed and big-decimal paths).
        let digits = match fmt {
            b'e' | b'E' => prec + 1,
            b'g' | b'G' => {
                if prec == 0 {
                    prec = 1;
                }
                prec
            }
            _ => 1,
        };
        Decimal::from_exp(&format!("{:.*e}", (digits - 1) as usize, x))
    } else {
        Decimal::from_fixed(&format!("{:.*}", prec as usize, x))
    };
    format_digits(&mut dst, shortest, neg, &digs, prec, fmt);
    dst
}

/// The shortest decimal that reads back as `x` (a positive finite float of `bit_size` bits),
/// as Go's Ryū shortest mode chooses it.
///
/// Rust's `{:e}` gives the shortest digit count n, and usually the same digits. When two
/// n-digit decimals are equally close to x, Rust rounds the tie up while Go rounds it to even;
/// Go's choice is then the correctly rounded n-digit value of x (Rust's exact mode rounds ties
/// to even), provided that one still reads back as x.
fn shortest_decimal(x: f64, bit_size: u32) -> Decimal {
    let s = if bit_size == 32 {
        format!("{:e}", x as f32)
    } else {
        format!("{:e}", x)
    };
    let short = Decimal::from_exp(&s);
    let n = short.d.len().max(1);
    let exact_s = format!("{:.*e}", n - 1, x);
    let exact = Decimal::from_exp(&exact_s);
    if exact.d == short.d && exact.dp == short.dp {
        return short;
    }
    let round_trips = if bit_size == 32 {
        exact_s.parse::<f32>().ok() == Some(x as f32)
    } else {
        exact_s.parse::<f64>().ok() == Some(x)
    };
    if round_trips && exact.d.len() == short.d.len() {
        exact
    } else {
        short
    }
}

fn format_digits(dst: &mut Vec<u8>, shortest: bool, neg: bool, digs: &Decimal, prec: i64, fmt: u8) {
    match fmt {
        b'e' | b'E' => fmt_e(dst, neg, digs, prec, fmt),
        b'f' => fmt_f(dst, neg, digs, prec),
        b'g' | b'G' => {
            let mut prec = prec;
            let mut eprec = prec;
            if eprec > digs.nd() && digs.nd() >= digs.dp {
                eprec = digs.nd();
            }
            // %e is used if the exponent from the conversion is less than -4 or greater than
            // or equal to the precision; shortest uses precision 6 for this decision.
            if shortest {
                eprec = 6;
            }
            let exp = digs.dp - 1;
            if exp < -4 || exp >= eprec {
                if prec > digs.nd() {
                    prec = digs.nd();
                }
                fmt_e(dst, neg, digs, prec - 1, fmt + b'e' - b'g');
                return;
            }
            if prec > digs.dp {
                prec = digs.nd();
            }
            fmt_f(dst, neg, digs, (prec - digs.dp).max(0));
        }
        _ => {
            dst.push(b'%');
            dst.push(fmt);
        }
    }
}

/// %e: -d.ddddde±dd
fn fmt_e(dst: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i64, fmt: u8) {
    if neg {
        dst.push(b'-');
    }
    dst.push(if d.nd() != 0 { d.d[0] } else { b'0' });
    if prec > 0 {
        dst.push(b'.');
        let mut i = 1;
        let m = d.nd().min(prec + 1);
        if i < m {
            dst.extend_from_slice(&d.d[i as usize..m as usize]);
            i = m;
        }
        while i <= prec {
            dst.push(b'0');
            i += 1;
        }
    }
    dst.push(fmt);
    let mut exp = d.dp - 1;
    if d.nd() == 0 {
        exp = 0; // 0 has exponent 0
    }
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 10 {
        dst.push(b'0');
        dst.push(exp as u8 + b'0');
    } else if exp < 100 {
        dst.push((exp / 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else {
        dst.push((exp / 100) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    }
}

/// %f: -ddddd.ddd
fn fmt_f(dst: &mut Vec<u8>, neg: bool, d: &Decimal, prec: i64) {
    if neg {
        dst.push(b'-');
    }
    if d.dp > 0 {
        let m = d.nd().min(d.dp);
        dst.extend_from_slice(&d.d[..m as usize]);
        for _ in m..d.dp {
            dst.push(b'0');
        }
    } else {
        dst.push(b'0');
    }
    if prec > 0 {
        dst.push(b'.');
        for i in 0..prec {
            let j = d.dp + i;
            dst.push(if 0 <= j && j < d.nd() {
                d.d[j as usize]
            } else {
                b'0'
            });
        }
    }
}

/// %b: -ddddp±ddd (decimal mantissa and binary exponent).
fn fmt_b(dst: &mut Vec<u8>, neg: bool, mant: u64, exp: i64, mantbits: u32) {
    if neg {
        dst.push(b'-');
    }
    dst.extend_from_slice(mant.to_string().as_bytes());
    dst.push(b'p');
    let exp = exp - mantbits as i64;
    if exp >= 0 {
        dst.push(b'+');
    }
    dst.extend_from_slice(exp.to_string().as_bytes());
}

/// %x: -0x1.yyyyyyp±ddd (hexadecimal mantissa and binary exponent).
fn fmt_x(
    dst: &mut Vec<u8>,
    prec: i64,
    fmt: u8,
    neg: bool,
    mut mant: u64,
    mut exp: i64,
    mantbits: u32,
) {
    if mant == 0 {
        exp = 0;
    }
    // Shift digits so the leading 1 (if any) is at bit 1<<60.
    mant <<= 60 - mantbits;
    while mant != 0 && mant & (1 << 60) == 0 {
        mant <<= 1;
        exp -= 1;
    }
    // Round if requested.
    if (0..15).contains(&prec) {
        let shift = (prec * 4) as u32;
        let extra = (mant << shift) & ((1 << 60) - 1);
        mant >>= 60 - shift;
        if extra | (mant & 1) > 1 << 59 {
            mant += 1;
        }
        mant <<= 60 - shift;
        if mant & (1 << 61) != 0 {
            // Wrapped around.
            mant >>= 1;
            exp += 1;
        }
    }
    let hex: &[u8; 17] = if fmt == b'X' { UDIGITS } else { LDIGITS };
    if neg {
        dst.push(b'-');
    }
    dst.push(b'0');
    dst.push(fmt);
    dst.push(b'0' + ((mant >> 60) & 1) as u8);
    mant <<= 4; // remove leading 0 or 1
    if prec < 0 && mant != 0 {
        dst.push(b'.');
        while mant != 0 {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    } else if prec > 0 {
        dst.push(b'.');
        for _ in 0..prec {
            dst.push(hex[((mant >> 60) & 15) as usize]);
            mant <<= 4;
        }
    }
    dst.push(if fmt == b'X' { b'P' } else { b'p' });
    if exp < 0 {
        dst.push(b'-');
        exp = -exp;
    } else {
        dst.push(b'+');
    }
    if exp < 100 {
        dst.push((exp / 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else if exp < 1000 {
        dst.push((exp / 100) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    } else {
        dst.push((exp / 1000) as u8 + b'0');
        dst.push((exp / 100 % 10) as u8 + b'0');
        dst.push((exp / 10 % 10) as u8 + b'0');
        dst.push((exp % 10) as u8 + b'0');
    }
}

// ---------------------------------------------------------------------------------------------
// strconv: quoting (quote.go)

const LOWERHEX: &[u8; 16] = b"0123456789abcdef";

/// strconv.AppendQuote / AppendQuoteToASCII: invalid UTF-8 bytes become \xNN.
pub fn append_quoted_with(buf: &mut Vec<u8>, mut s: &[u8], quote: u8, ascii_only: bool) {
    buf.push(quote);
    while !s.is_empty() {
        let (r, width) = if s[0] < 0x80 {
            (s[0] as u32, 1)
        } else {
            decode_rune(s)
        };
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWERHEX[(s[0] >> 4) as usize]);
            buf.push(LOWERHEX[(s[0] & 0xF) as usize]);
        } else {
            append_escaped_rune(buf, r, quote, ascii_only);
        }
        s = &s[width..];
    }
    buf.push(quote);
}

/// strconv.AppendQuoteRune / AppendQuoteRuneToASCII.
pub fn append_quoted_rune(buf: &mut Vec<u8>, r: u32, ascii_only: bool) {
    buf.push(b'\'');
    let r = if r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
        RUNE_ERROR
    } else {
        r
    };
    append_escaped_rune(buf, r, b'\'', ascii_only);
    buf.push(b'\'');
}

fn append_escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, ascii_only: bool) {
    if r == quote as u32 || r == '\\' as u32 {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    if ascii_only {
        if r < 0x80 && is_print(r) {
            buf.push(r as u8);
            return;
        }
    } else if is_print(r) {
        encode_rune(buf, r as i64);
        return;
    }
    match r {
        0x07 => buf.extend_from_slice(b"\\a"),
        0x08 => buf.extend_from_slice(b"\\b"),
        0x0C => buf.extend_from_slice(b"\\f"),
        0x0A => buf.extend_from_slice(b"\\n"),
        0x0D => buf.extend_from_slice(b"\\r"),
        0x09 => buf.extend_from_slice(b"\\t"),
        0x0B => buf.extend_from_slice(b"\\v"),
        _ => {
            if r < b' ' as u32 || r == 0x7F {
                buf.extend_from_slice(b"\\x");
                buf.push(LOWERHEX[(r >> 4) as usize & 0xF]);
                buf.push(LOWERHEX[r as usize & 0xF]);
            } else {
                let r = if r > 0x10FFFF || (0xD800..=0xDFFF).contains(&r) {
                    RUNE_ERROR
                } else {
                    r
                };
                if r < 0x10000 {
                    buf.extend_from_slice(b"\\u");
                    for s in (0..=12).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                } else {
                    buf.extend_from_slice(b"\\U");
                    for s in (0..=28).rev().step_by(4) {
                        buf.push(LOWERHEX[((r >> s) & 0xF) as usize]);
                    }
                }
            }
        }
    }
}

/// strconv.CanBackquote: no control characters other than tab, no backquote, valid UTF-8, no
/// BOM.
pub fn can_backquote(mut s: &[u8]) -> bool {
    while !s.is_empty() {
        let (r, wid) = decode_rune(s);
        s = &s[wid..];
        if wid > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR {
            return false;
        }
        if (r < b' ' as u32 && r != '\t' as u32) || r == '`' as u32 || r == 0x7F {
            return false;
        }
    }
    true
}

/// strconv.IsPrint (= unicode.IsPrint): letters, marks, numbers, punctuation, symbols and the
/// ASCII space, per Go 1.19's Unicode 13 tables below.
pub fn is_print(r: u32) -> bool {
    if r <= 0xFF {
        if (0x20..=0x7E).contains(&r) {
            return true;
        }
        if (0xA1..=0xFF).contains(&r) {
            return r != 0xAD;
        }
        return false;
    }
    if r < 1 << 16 {
        let rr = r as u16;
        let i = IS_PRINT16.partition_point(|&x| x < rr);
        if i >= IS_PRINT16.len() || rr < IS_PRINT16[i & !1] || IS_PRINT16[i | 1] < rr {
            return false;
        }
        let j = IS_NOT_PRINT16.partition_point(|&x| x < rr);
        return j >= IS_NOT_PRINT16.len() || IS_NOT_PRINT16[j] != rr;
    }
    let i = IS_PRINT32.partition_point(|&x| x < r);
    if i >= IS_PRINT32.len() || r < IS_PRINT32[i & !1] || IS_PRINT32[i | 1] < r {
        return false;
    }
    if r >= 0x20000 {
        return true;
    }
    let rr = (r - 0x10000) as u16;
    let j = IS_NOT_PRINT32.partition_point(|&x| x < rr);
    j >= IS_NOT_PRINT32.len() || IS_NOT_PRINT32[j] != rr
}

// The tables of strconv/isprint.go (Go 1.19), generated from that file: ranges of printable
// runes (pairs lo, hi) and exceptions inside them. IS_NOT_PRINT32 entries are offsets from
// 0x10000.
static IS_PRINT16: [u16; 434] = [
    0x0020, 0x007e, 0x00a1, 0x0377, 0x037a, 0x037f, 0x0384, 0x0556, 0x0559, 0x058a, 0x058d, 0x05c7,
    0x05d0, 0x05ea, 0x05ef, 0x05f4, 0x0606, 0x061b, 0x061e, 0x070d, 0x0710, 0x074a, 0x074d, 0x07b1,
    0x07c0, 0x07fa, 0x07fd, 0x082d, 0x0830, 0x085b, 0x085e, 0x086a, 0x08a0, 0x08c7, 0x08d3, 0x098c,
    0x098f, 0x0990, 0x0993, 0x09b2, 0x09b6, 0x09b9, 0x09bc, 0x09c4, 0x09c7, 0x09c8, 0x09cb, 0x09ce,
    0x09d7, 0x09d7, 0x09dc, 0x09e3, 0x09e6, 0x09fe, 0x0a01, 0x0a0a, 0x0a0f, 0x0a10, 0x0a13, 0x0a39,
    0x0a3c, 0x0a42, 0x0a47, 0x0a48, 0x0a4b, 0x0a4d, 0x0a51, 0x0a51, 0x0a59, 0x0a5e, 0x0a66, 0x0a76,
    0x0a81, 0x0ab9, 0x0abc, 0x0acd, 0x0ad0, 0x0ad0, 0x0ae0, 0x0ae3, 0x0ae6, 0x0af1, 0x0af9, 0x0b0c,
    0x0b0f, 0x0b10, 0x0b13, 0x0b39, 0x0b3c, 0x0b44, 0x0b47, 0x0b48, 0x0b4b, 0x0b4d, 0x0b55, 0x0b57,
    0x0b5c, 0x0b63, 0x0b66, 0x0b77, 0x0b82, 0x0b8a, 0x0b8e, 0x0b95, 0x0b99, 0x0b9f, 0x0ba3, 0x0ba4,
    0x0ba8, 0x0baa, 0x0bae, 0x0bb9, 0x0bbe, 0x0bc2, 0x0bc6, 0x0bcd, 0x0bd0, 0x0bd0, 0x0bd7, 0x0bd7,
    0x0be6, 0x0bfa, 0x0c00, 0x0c39, 0x0c3d, 0x0c4d, 0x0c55, 0x0c5a, 0x0c60, 0x0c63, 0x0c66, 0x0c6f,
    0x0c77, 0x0cb9, 0x0cbc, 0x0ccd, 0x0cd5, 0x0cd6, 0x0cde, 0x0ce3, 0x0ce6, 0x0cf2, 0x0d00, 0x0d4f,
    0x0d54, 0x0d63, 0x0d66, 0x0d96, 0x0d9a, 0x0dbd, 0x0dc0, 0x0dc6, 0x0dca, 0x0dca, 0x0dcf, 0x0ddf,
    0x0de6, 0x0def, 0x0df2, 0x0df4, 0x0e01, 0x0e3a, 0x0e3f, 0x0e5b, 0x0e81, 0x0ebd, 0x0ec0, 0x0ecd,
    0x0ed0, 0x0ed9, 0x0edc, 0x0edf, 0x0f00, 0x0f6c, 0x0f71, 0x0fda, 0x1000, 0x10c7, 0x10cd, 0x10cd,
    0x10d0, 0x124d, 0x1250, 0x125d, 0x1260, 0x128d, 0x1290, 0x12b5, 0x12b8, 0x12c5, 0x12c8, 0x1315,
    0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1400, 0x169c,
    0x16a0, 0x16f8, 0x1700, 0x1714, 0x1720, 0x1736, 0x1740, 0x1753, 0x1760, 0x1773, 0x1780, 0x17dd,
    0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1800, 0x180d, 0x1810, 0x1819, 0x1820, 0x1878, 0x1880, 0x18aa,
    0x18b0, 0x18f5, 0x1900, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974,
    0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a7c, 0x1a7f, 0x1a89,
    0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1ac0, 0x1b00, 0x1b4b, 0x1b50, 0x1b7c, 0x1b80, 0x1bf3,
    0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa,
    0x1d00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f7d, 0x1f80, 0x1fd3,
    0x1fd6, 0x1fef, 0x1ff2, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e, 0x2070, 0x2071, 0x2074, 0x209c,
    0x20a0, 0x20bf, 0x20d0, 0x20f0, 0x2100, 0x218b, 0x2190, 0x2426, 0x2440, 0x244a, 0x2460, 0x2b73,
    0x2b76, 0x2cf3, 0x2cf9, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d70, 0x2d7f, 0x2d96,
    0x2da0, 0x2e52, 0x2e80, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb, 0x3001, 0x3096, 0x3099, 0x30ff,
    0x3105, 0x31e3, 0x31f0, 0x9ffc, 0xa000, 0xa48c, 0xa490, 0xa4c6, 0xa4d0, 0xa62b, 0xa640, 0xa6f7,
    0xa700, 0xa7bf, 0xa7c2, 0xa7ca, 0xa7f5, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877, 0xa880, 0xa8c5,
    0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9d9, 0xa9de, 0xaa36, 0xaa40, 0xaa4d,
    0xaa50, 0xaa59, 0xaa5c, 0xaac2, 0xaadb, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16,
    0xab20, 0xab6b, 0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb,
    0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfbc1, 0xfbd3, 0xfd3f,
    0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfd, 0xfe00, 0xfe19, 0xfe20, 0xfe6b, 0xfe70, 0xfefc,
    0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffee,
    0xfffc, 0xfffd,
];

static IS_NOT_PRINT16: [u16; 132] = [
    0x00ad, 0x038b, 0x038d, 0x03a2, 0x0530, 0x0590, 0x06dd, 0x083f, 0x085f, 0x08b5, 0x08e2, 0x0984,
    0x09a9, 0x09b1, 0x09de, 0x0a04, 0x0a29, 0x0a31, 0x0a34, 0x0a37, 0x0a3d, 0x0a5d, 0x0a84, 0x0a8e,
    0x0a92, 0x0aa9, 0x0ab1, 0x0ab4, 0x0ac6, 0x0aca, 0x0b00, 0x0b04, 0x0b29, 0x0b31, 0x0b34, 0x0b5e,
    0x0b84, 0x0b91, 0x0b9b, 0x0b9d, 0x0bc9, 0x0c0d, 0x0c11, 0x0c29, 0x0c45, 0x0c49, 0x0c57, 0x0c8d,
    0x0c91, 0x0ca9, 0x0cb4, 0x0cc5, 0x0cc9, 0x0cdf, 0x0cf0, 0x0d0d, 0x0d11, 0x0d45, 0x0d49, 0x0d80,
    0x0d84, 0x0db2, 0x0dbc, 0x0dd5, 0x0dd7, 0x0e83, 0x0e85, 0x0e8b, 0x0ea4, 0x0ea6, 0x0ec5, 0x0ec7,
    0x0f48, 0x0f98, 0x0fbd, 0x0fcd, 0x10c6, 0x1249, 0x1257, 0x1259, 0x1289, 0x12b1, 0x12bf, 0x12c1,
    0x12d7, 0x1311, 0x1680, 0x170d, 0x176d, 0x1771, 0x191f, 0x1a5f, 0x1dfa, 0x1f58, 0x1f5a, 0x1f5c,
    0x1f5e, 0x1fb5, 0x1fc5, 0x1fdc, 0x1ff5, 0x208f, 0x2b96, 0x2c2f, 0x2c5f, 0x2d26, 0x2da7, 0x2daf,
    0x2db7, 0x2dbf, 0x2dc7, 0x2dcf, 0x2dd7, 0x2ddf, 0x2e9a, 0x3040, 0x3130, 0x318f, 0x321f, 0xa9ce,
    0xa9ff, 0xab27, 0xab2f, 0xfb37, 0xfb3d, 0xfb3f, 0xfb42, 0xfb45, 0xfe53, 0xfe67, 0xfe75, 0xffe7,
];

static IS_PRINT32: [u32; 468] = [
    0x010000, 0x01004d, 0x010050, 0x01005d, 0x010080, 0x0100fa, 0x010100, 0x010102, 0x010107,
    0x010133, 0x010137, 0x01019c, 0x0101a0, 0x0101a0, 0x0101d0, 0x0101fd, 0x010280, 0x01029c,
    0x0102a0, 0x0102d0, 0x0102e0, 0x0102fb, 0x010300, 0x010323, 0x01032d, 0x01034a, 0x010350,
    0x01037a, 0x010380, 0x0103c3, 0x0103c8, 0x0103d5, 0x010400, 0x01049d, 0x0104a0, 0x0104a9,
    0x0104b0, 0x0104d3, 0x0104d8, 0x0104fb, 0x010500, 0x010527, 0x010530, 0x010563, 0x01056f,
    0x01056f, 0x010600, 0x010736, 0x010740, 0x010755, 0x010760, 0x010767, 0x010800, 0x010805,
    0x010808, 0x010838, 0x01083c, 0x01083c, 0x01083f, 0x01089e, 0x0108a7, 0x0108af, 0x0108e0,
    0x0108f5, 0x0108fb, 0x01091b, 0x01091f, 0x010939, 0x01093f, 0x01093f, 0x010980, 0x0109b7,
    0x0109bc, 0x0109cf, 0x0109d2, 0x010a06, 0x010a0c, 0x010a35, 0x010a38, 0x010a3a, 0x010a3f,
    0x010a48, 0x010a50, 0x010a58, 0x010a60, 0x010a9f, 0x010ac0, 0x010ae6, 0x010aeb, 0x010af6,
    0x010b00, 0x010b35, 0x010b39, 0x010b55, 0x010b58, 0x010b72, 0x010b78, 0x010b91, 0x010b99,
    0x010b9c, 0x010ba9, 0x010baf, 0x010c00, 0x010c48, 0x010c80, 0x010cb2, 0x010cc0, 0x010cf2,
    0x010cfa, 0x010d27, 0x010d30, 0x010d39, 0x010e60, 0x010ead, 0x010eb0, 0x010eb1, 0x010f00,
    0x010f27, 0x010f30, 0x010f59, 0x010fb0, 0x010fcb, 0x010fe0, 0x010ff6, 0x011000, 0x01104d,
    0x011052, 0x01106f, 0x01107f, 0x0110c1, 0x0110d0, 0x0110e8, 0x0110f0, 0x0110f9, 0x011100,
    0x011147, 0x011150, 0x011176, 0x011180, 0x0111f4, 0x011200, 0x01123e, 0x011280, 0x0112a9,
    0x0112b0, 0x0112ea, 0x0112f0, 0x0112f9, 0x011300, 0x01130c, 0x01130f, 0x011310, 0x011313,
    0x011344, 0x011347, 0x011348, 0x01134b, 0x01134d, 0x011350, 0x011350, 0x011357, 0x011357,
    0x01135d, 0x011363, 0x011366, 0x01136c, 0x011370, 0x011374, 0x011400, 0x011461, 0x011480,
    0x0114c7, 0x0114d0, 0x0114d9, 0x011580, 0x0115b5, 0x0115b8, 0x0115dd, 0x011600, 0x011644,
    0x011650, 0x011659, 0x011660, 0x01166c, 0x011680, 0x0116b8, 0x0116c0, 0x0116c9, 0x011700,
    0x01171a, 0x01171d, 0x01172b, 0x011730, 0x01173f, 0x011800, 0x01183b, 0x0118a0, 0x0118f2,
    0x0118ff, 0x011906, 0x011909, 0x011909, 0x01190c, 0x011938, 0x01193b, 0x011946, 0x011950,
    0x011959, 0x0119a0, 0x0119a7, 0x0119aa, 0x0119d7, 0x0119da, 0x0119e4, 0x011a00, 0x011a47,
    0x011a50, 0x011aa2, 0x011ac0, 0x011af8, 0x011c00, 0x011c45, 0x011c50, 0x011c6c, 0x011c70,
    0x011c8f, 0x011c92, 0x011cb6, 0x011d00, 0x011d36, 0x011d3a, 0x011d47, 0x011d50, 0x011d59,
    0x011d60, 0x011d98, 0x011da0, 0x011da9, 0x011ee0, 0x011ef8, 0x011fb0, 0x011fb0, 0x011fc0,
    0x011ff1, 0x011fff, 0x012399, 0x012400, 0x012474, 0x012480, 0x012543, 0x013000, 0x01342e,
    0x014400, 0x014646, 0x016800, 0x016a38, 0x016a40, 0x016a69, 0x016a6e, 0x016a6f, 0x016ad0,
    0x016aed, 0x016af0, 0x016af5, 0x016b00, 0x016b45, 0x016b50, 0x016b77, 0x016b7d, 0x016b8f,
    0x016e40, 0x016e9a, 0x016f00, 0x016f4a, 0x016f4f, 0x016f87, 0x016f8f, 0x016f9f, 0x016fe0,
    0x016fe4, 0x016ff0, 0x016ff1, 0x017000, 0x0187f7, 0x018800, 0x018cd5, 0x018d00, 0x018d08,
    0x01b000, 0x01b11e, 0x01b150, 0x01b152, 0x01b164, 0x01b167, 0x01b170, 0x01b2fb, 0x01bc00,
    0x01bc6a, 0x01bc70, 0x01bc7c, 0x01bc80, 0x01bc88, 0x01bc90, 0x01bc99, 0x01bc9c, 0x01bc9f,
    0x01d000, 0x01d0f5, 0x01d100, 0x01d126, 0x01d129, 0x01d172, 0x01d17b, 0x01d1e8, 0x01d200,
    0x01d245, 0x01d2e0, 0x01d2f3, 0x01d300, 0x01d356, 0x01d360, 0x01d378, 0x01d400, 0x01d49f,
    0x01d4a2, 0x01d4a2, 0x01d4a5, 0x01d4a6, 0x01d4a9, 0x01d50a, 0x01d50d, 0x01d546, 0x01d54a,
    0x01d6a5, 0x01d6a8, 0x01d7cb, 0x01d7ce, 0x01da8b, 0x01da9b, 0x01daaf, 0x01e000, 0x01e018,
    0x01e01b, 0x01e02a, 0x01e100, 0x01e12c, 0x01e130, 0x01e13d, 0x01e140, 0x01e149, 0x01e14e,
    0x01e14f, 0x01e2c0, 0x01e2f9, 0x01e2ff, 0x01e2ff, 0x01e800, 0x01e8c4, 0x01e8c7, 0x01e8d6,
    0x01e900, 0x01e94b, 0x01e950, 0x01e959, 0x01e95e, 0x01e95f, 0x01ec71, 0x01ecb4, 0x01ed01,
    0x01ed3d, 0x01ee00, 0x01ee24, 0x01ee27, 0x01ee3b, 0x01ee42, 0x01ee42, 0x01ee47, 0x01ee54,
    0x01ee57, 0x01ee64, 0x01ee67, 0x01ee9b, 0x01eea1, 0x01eebb, 0x01eef0, 0x01eef1, 0x01f000,
    0x01f02b, 0x01f030, 0x01f093, 0x01f0a0, 0x01f0ae, 0x01f0b1, 0x01f0f5, 0x01f100, 0x01f1ad,
    0x01f1e6, 0x01f202, 0x01f210, 0x01f23b, 0x01f240, 0x01f248, 0x01f250, 0x01f251, 0x01f260,
    0x01f265, 0x01f300, 0x01f6d7, 0x01f6e0, 0x01f6ec, 0x01f6f0, 0x01f6fc, 0x01f700, 0x01f773,
    0x01f780, 0x01f7d8, 0x01f7e0, 0x01f7eb, 0x01f800, 0x01f80b, 0x01f810, 0x01f847, 0x01f850,
    0x01f859, 0x01f860, 0x01f887, 0x01f890, 0x01f8ad, 0x01f8b0, 0x01f8b1, 0x01f900, 0x01fa53,
    0x01fa60, 0x01fa6d, 0x01fa70, 0x01fa74, 0x01fa78, 0x01fa7a, 0x01fa80, 0x01fa86, 0x01fa90,
    0x01faa8, 0x01fab0, 0x01fab6, 0x01fac0, 0x01fac2, 0x01fad0, 0x01fad6, 0x01fb00, 0x01fbca,
    0x01fbf0, 0x01fbf9, 0x020000, 0x02a6dd, 0x02a700, 0x02b734, 0x02b740, 0x02b81d, 0x02b820,
    0x02cea1, 0x02ceb0, 0x02ebe0, 0x02f800, 0x02fa1d, 0x030000, 0x03134a, 0x0e0100, 0x0e01ef,
];

static IS_NOT_PRINT32: [u16; 95] = [
    0x000c, 0x0027, 0x003b, 0x003e, 0x018f, 0x039e, 0x0809, 0x0836, 0x0856, 0x08f3, 0x0a04, 0x0a14,
    0x0a18, 0x0e7f, 0x0eaa, 0x10bd, 0x1135, 0x11e0, 0x1212, 0x1287, 0x1289, 0x128e, 0x129e, 0x1304,
    0x1329, 0x1331, 0x1334, 0x133a, 0x145c, 0x1914, 0x1917, 0x1936, 0x1c09, 0x1c37, 0x1ca8, 0x1d07,
    0x1d0a, 0x1d3b, 0x1d3e, 0x1d66, 0x1d69, 0x1d8f, 0x1d92, 0x246f, 0x6a5f, 0x6b5a, 0x6b62, 0xd455,
    0xd49d, 0xd4ad, 0xd4ba, 0xd4bc, 0xd4c4, 0xd506, 0xd515, 0xd51d, 0xd53a, 0xd53f, 0xd545, 0xd551,
    0xdaa0, 0xe007, 0xe022, 0xe025, 0xee04, 0xee20, 0xee23, 0xee28, 0xee33, 0xee38, 0xee3a, 0xee48,
    0xee4a, 0xee4c, 0xee50, 0xee53, 0xee58, 0xee5a, 0xee5c, 0xee5e, 0xee60, 0xee63, 0xee6b, 0xee73,
    0xee78, 0xee7d, 0xee7f, 0xee8a, 0xeea4, 0xeeaa, 0xf0c0, 0xf0d0, 0xf979, 0xf9cc, 0xfb93,
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::basic_name;
    use crate::types::{StructField, TFLAG_NAMED};

    fn leak<T: 'static>(v: T) -> &'static T {
        Box::leak(Box::new(v))
    }

    fn gs(s: &'static [u8]) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    fn ty(kind: Kind, name: &'static str, size: usize) -> Type {
        Type::new(kind, size, 8, 0, name.as_bytes())
    }

    fn size_of_kind(k: Kind) -> usize {
        match k {
            Kind::Bool | Kind::Int8 | Kind::Uint8 => 1,
            Kind::Int16 | Kind::Uint16 => 2,
            Kind::Int32 | Kind::Uint32 | Kind::Float32 => 4,
            Kind::Complex128 | Kind::String => 16,
            Kind::Slice => 24,
            _ => 8,
        }
    }

    /// A predeclared type such as `int`.
    fn basic(k: Kind) -> &'static Type {
        let name = std::str::from_utf8(basic_name(k).unwrap()).unwrap();
        let mut t = ty(k, name, size_of_kind(k));
        t.flags = TFLAG_NAMED;
        leak(t)
    }

    fn named(k: Kind, name: &'static str, methods: &[(&'static str, MethodFn)]) -> &'static Type {
        let mut t = ty(k, name, size_of_kind(k));
        t.flags = TFLAG_NAMED;
        set_methods(&mut t, methods);
        leak(t)
    }

    fn set_methods(t: &mut Type, methods: &[(&'static str, MethodFn)]) {
        let ms: Vec<Method> = methods
            .iter()
            .map(|&(n, f)| Method {
                name: gs(n.as_bytes()),
                code: f as *const u8,
                // Every test method is a String or Error method.
                typ: leak(ty(Kind::Func, "func() string", 8)),
            })
            .collect();
        t.nmethods = ms.len();
        t.methods = Box::leak(ms.into_boxed_slice()).as_ptr();
    }

    fn slice_of(elem: &'static Type, name: &'static str) -> &'static Type {
        let mut t = ty(Kind::Slice, name, 24);
        t.elem = elem;
        leak(t)
    }

    fn array_of(elem: &'static Type, n: usize, name: &'static str) -> &'static Type {
        let mut t = ty(Kind::Array, name, elem.size * n);
        t.elem = elem;
        t.len = n;
        leak(t)
    }

    fn ptr_to(elem: &'static Type, name: &'static str) -> &'static Type {
        let mut t = ty(Kind::Pointer, name, 8);
        t.elem = elem;
        leak(t)
    }

    fn struct_of(
        name: &'static str,
        size: usize,
        fields: &[(&'static str, &'static Type, usize)],
        methods: &[(&'static str, MethodFn)],
    ) -> &'static Type {
        let mut t = ty(Kind::Struct, name, size);
        if name.starts_with("main.") {
            t.flags = TFLAG_NAMED;
        }
        let fs: Vec<StructField> = fields
            .iter()
            .map(|&(n, ft, off)| StructField {
                name: gs(n.as_bytes()),
                typ: ft,
                offset: off,
                embedded: 0,
            })
            .collect();
        t.nfields = fs.len();
        t.fields = Box::leak(fs.into_boxed_slice()).as_ptr();
        set_methods(&mut t, methods);
        leak(t)
    }

    /// An eface holding a copy of `v` (indirect kinds).
    fn boxed<T: 'static>(t: &'static Type, v: T) -> Eface {
        Eface {
            typ: t,
            data: leak(v) as *const T as *const u8,
        }
    }

    fn slice_hdr<T: Clone + 'static>(v: &[T]) -> GoSlice {
        let b: &'static [T] = Box::leak(v.to_vec().into_boxed_slice());
        GoSlice {
            ptr: b.as_ptr() as *mut u8,
            len: b.len(),
            cap: b.len(),
        }
    }

    const NIL_SLICE: GoSlice = GoSlice {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };

    type MethodFn = fn(*const u8) -> GoString;

    extern "C" fn trampoline(code: *const u8, recv: *const u8) -> GoString {
        // SAFETY: test method tables store MethodFn pointers as code.
        let f: MethodFn = unsafe { std::mem::transmute::<*const u8, MethodFn>(code) };
        f(recv)
    }

    fn set_trampoline() {
        deferc_set_method_trampoline(trampoline);
    }

    fn owned(b: Vec<u8>) -> GoString {
        let b: &'static [u8] = Box::leak(b.into_boxed_slice());
        gs(b)
    }

    /// (mode, format, arguments, expected output)
    type GoCase = (u8, &'static [u8], &'static [A], &'static [u8]);

    enum A {
        Nil,
        Bool(bool),
        Int(i64),
        I8(i8),
        I16(i16),
        I32(i32),
        I64(i64),
        Uint(u64),
        U8(u8),
        U16(u16),
        U32(u32),
        U64(u64),
        Uintptr(u64),
        F64(u64),
        F32(u32),
        C128(u64, u64),
        C64(u32, u32),
        Str(&'static [u8]),
        Bytes(&'static [u8]),
        NilBytes,
        Ints(&'static [i64]),
        NilInts,
        Strs(&'static [&'static [u8]]),
        Arr3([i64; 3]),
    }

    fn mk(a: &A) -> Eface {
        match *a {
            A::Nil => Eface {
                typ: std::ptr::null(),
                data: std::ptr::null(),
            },
            A::Bool(v) => boxed(basic(Kind::Bool), v as u8),
            A::Int(v) => boxed(basic(Kind::Int), v),
            A::I8(v) => boxed(basic(Kind::Int8), v),
            A::I16(v) => boxed(basic(Kind::Int16), v),
            A::I32(v) => boxed(basic(Kind::Int32), v),
            A::I64(v) => boxed(basic(Kind::Int64), v),
            A::Uint(v) => boxed(basic(Kind::Uint), v),
            A::U8(v) => boxed(basic(Kind::Uint8), v),
            A::U16(v) => boxed(basic(Kind::Uint16), v),
            A::U32(v) => boxed(basic(Kind::Uint32), v),
            A::U64(v) => boxed(basic(Kind::Uint64), v),
            A::Uintptr(v) => boxed(basic(Kind::Uintptr), v),
            A::F64(b) => boxed(basic(Kind::Float64), f64::from_bits(b)),
            A::F32(b) => boxed(basic(Kind::Float32), f32::from_bits(b)),
            A::C128(r, i) => boxed(
                basic(Kind::Complex128),
                [f64::from_bits(r), f64::from_bits(i)],
            ),
            A::C64(r, i) => boxed(
                basic(Kind::Complex64),
                [f32::from_bits(r), f32::from_bits(i)],
            ),
            A::Str(s) => boxed(basic(Kind::String), gs(s)),
            A::Bytes(b) => boxed(slice_of(basic(Kind::Uint8), "[]uint8"), slice_hdr(b)),
            A::NilBytes => boxed(slice_of(basic(Kind::Uint8), "[]uint8"), NIL_SLICE),
            A::Ints(v) => boxed(slice_of(basic(Kind::Int), "[]int"), slice_hdr(v)),
            A::NilInts => boxed(slice_of(basic(Kind::Int), "[]int"), NIL_SLICE),
            A::Strs(v) => {
                let strs: Vec<GoString> = v.iter().map(|s| gs(s)).collect();
                boxed(slice_of(basic(Kind::String), "[]string"), slice_hdr(&strs))
            }
            A::Arr3(v) => boxed(array_of(basic(Kind::Int), 3, "[3]int"), v),
        }
    }

    fn sprintf(f: &[u8], args: &[Eface]) -> String {
        // SAFETY: args is a valid eface array.
        let b = unsafe { sprintf_bytes(f, args.as_ptr(), args.len()) };
        String::from_utf8_lossy(&b).into_owned()
    }

    fn sprint(args: &[Eface]) -> String {
        // SAFETY: args is a valid eface array.
        String::from_utf8_lossy(&unsafe { sprint_bytes(args.as_ptr(), args.len()) }).into_owned()
    }

    fn sprintln(args: &[Eface]) -> String {
        // SAFETY: args is a valid eface array.
        String::from_utf8_lossy(&unsafe { sprintln_bytes(args.as_ptr(), args.len()) }).into_owned()
    }

    /// Cases generated from Go 1.19's own output by a Go program of this shape (one entry per
    /// case: mode f = Sprintf, p = Sprint, l = Sprintln; format; arguments; expected bytes):
    ///
    /// ```go
    /// cases := []C{
    ///     {"f", "%v %v %v %v %v %v", []any{1.0, 0.1, 3.14, 1e21, 1e20, 123456789.0}},
    ///     {"f", "|%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|", []any{3.14159, ...}},
    ///     ...
    /// }
    /// for _, c := range cases {
    ///     out := fmt.Sprintf(c.f, c.args...) // or Sprint / Sprintln
    ///     fmt.Printf("(b'%s', %s, &[%s], %s),\n", c.mode, lit(c.f), args(c.args), lit(out))
    /// }
    /// ```
    ///
    /// Floats are given by their bit patterns so the values are exactly Go's.
    #[rustfmt::skip]
    const GO_CASES: &[GoCase] = &[
        (b'f', b"%v %v %v %v %v %v", &[A::F64(0x3ff0000000000000), A::F64(0x3fb999999999999a), A::F64(0x40091eb851eb851f), A::F64(0x444b1ae4d6e2ef50), A::F64(0x4415af1d78b58c40), A::F64(0x419d6f3454000000)], b"1 0.1 3.14 1e+21 1e+20 1.23456789e+08"),
        (b'f', b"%v %v %v %v %v", &[A::F64(0x412e848000000000), A::F64(0x412e847e00000000), A::F64(0x3f1a36e2eb1c432d), A::F64(0x3ee4f8b588e368f1), A::F64(0x3f201f31f46ed246)], b"1e+06 999999 0.0001 1e-05 0.000123"),
        (b'f', b"%v %v %v %v", &[A::F64(0x7ff8000000000001), A::F64(0x7ff0000000000000), A::F64(0xfff0000000000000), A::F64(0x8000000000000000)], b"NaN +Inf -Inf -0"),
        (b'f', b"%v %v %v", &[A::F32(0x3dcccccd), A::F32(0x501502f9), A::F32(0x7f7fc99e)], b"0.1 1e+10 3.4e+38"),
        (b'f', b"%v %v", &[A::F64(0x7fefffffffffffff), A::F64(0x1)], b"1.7976931348623157e+308 5e-324"),
        (b'f', b"%g %g %g %G", &[A::F64(0x3e7ad7f29abcaf48), A::F64(0x419d6f3454000000), A::F64(0x4004000000000000), A::F64(0x3e7ad7f29abcaf48)], b"1e-07 1.23456789e+08 2.5 1E-07"),
        (b'f', b"%e %E %.0e %.3e %e", &[A::F64(0x40934a456d5cfaad), A::F64(0x40934a456d5cfaad), A::F64(0x4004000000000000), A::F64(0x0), A::F64(0x8000000000000000)], b"1.234568e+03 1.234568E+03 2e+00 0.000e+00 -0.000000e+00"),
        (b'f', b"%f %.2f %.0f %.0f %.0f %.3f", &[A::F64(0x400921f9f01b866e), A::F64(0x4005666666666666), A::F64(0x3fe0000000000000), A::F64(0x3ff8000000000000), A::F64(0x4004000000000000), A::F64(0xbf40624dd2f1a9fc)], b"3.141590 2.67 0 2 2 -0.001"),
        (b'f', b"|%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|", &[A::F64(0x400921f9f01b866e), A::F64(0x400921f9f01b866e), A::F64(0xc00921f9f01b866e), A::F64(0x4000000000000000), A::F64(0x4000000000000000), A::F64(0xbff8000000000000)], b"|   3.142|3.142   |-003.142|+2.00| 2.00|-0001.50|"),
        (b'f', b"%.3g %.3g %.10g %.1g %g %.0g", &[A::F64(0x408f400000000000), A::F64(0x40934a0000000000), A::F64(0x3fd5555555555555), A::F64(0x3fc3333333333333), A::F64(0x40f86a0000000000), A::F64(0x401c000000000000)], b"1e+03 1.23e+03 0.3333333333 0.1 100000 7"),
        (b'f', b"%#g %#v %#.3g %#e %#.0f %#.0e", &[A::F64(0x3ff0000000000000), A::F64(0x4000000000000000), A::F64(0x3ff0000000000000), A::F64(0x3ff0000000000000), A::F64(0x4008000000000000), A::F64(0x4008000000000000)], b"1.00000 2 1.00 1.000000e+00 3. 3.e+00"),
        (b'f', b"%6.2f|%-10v|%10v|%010v|%+v", &[A::F64(0x7ff8000000000001), A::F64(0x7ff0000000000000), A::F64(0xfff0000000000000), A::F64(0x400c000000000000), A::F64(0x7ff0000000000000)], b"   NaN|+Inf      |      -Inf|00000003.5|+Inf"),
        (b'f', b"%b %x %X %.3x %x", &[A::F64(0x3ff0000000000000), A::F64(0x3ff0000000000000), A::F64(0xc00e000000000000), A::F64(0x400921fb54442d18), A::F64(0x0)], b"4503599627370496p-52 0x1p+00 -0X1.EP+01 0x1.922p+01 0x0p+00"),
        (b'f', b"%x %.1x %b", &[A::F32(0x3fc00000), A::F32(0x3dcccccd), A::F32(0x3f800000)], b"0x1.8p+00 0x1.ap-04 8388608p-23"),
        (b'f', b"%v %.2f %+.3v %8.2v", &[A::C128(0x3ff0000000000000, 0x4000000000000000), A::C128(0x3ff8000000000000, 0xc002000000000000), A::C128(0xbff0000000000000, 0x0), A::C128(0x3ff0000000000000, 0x3ff0000000000000)], b"(1+2i) (1.50-2.25i) (-1+0i) (       1      +1i)"),
        (b'f', b"%v %v", &[A::C64(0x3dcccccd, 0x3e4ccccd), A::C128(0x7ff8000000000001, 0x7ff0000000000000)], b"(0.1+0.2i) (NaN+Infi)"),
        (b'f', b"%F %5.1f%%", &[A::F64(0x3ff0000000000000), A::F64(0x4058dc28f5c28f5c)], b"1.000000  99.4%"),
        (b'f', b"%.20f %.30e", &[A::F64(0x3fb999999999999a), A::F64(0x3fd5555555555555)], b"0.10000000000000000555 3.333333333333333148296162562474e-01"),
        (b'f', b"%v %v %v %v", &[A::F64(0x7e8), A::F64(0x1), A::F64(0x10000000000000), A::F64(0x7fefffffffffffff)], b"1e-320 5e-324 2.2250738585072014e-308 1.7976931348623157e+308"),
        (b'f', b"%v %v %v", &[A::F32(0x1), A::F32(0x4b800000), A::F32(0x3e99999a)], b"1e-45 1.6777216e+07 0.3"),
        (b'f', b"%v %v %v %v", &[A::F64(0x4059000000000000), A::F64(0x430c6bf526340000), A::F64(0x41678c29c0000000), A::F64(0x3f50624dd2f1a9fc)], b"100 1e+15 1.2345678e+07 0.001"),
        (b'f', b"%d %d %d %d %d", &[A::Int(0), A::Int(-1), A::Int(9223372036854775807), A::Int(-9223372036854775808), A::U64(18446744073709551615)], b"0 -1 9223372036854775807 -9223372036854775808 18446744073709551615"),
        (b'f', b"|%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|", &[A::Int(42), A::Int(42), A::Int(-42), A::Int(42), A::Int(42), A::Int(42), A::Int(42)], b"|   42|42   |-0042|+42| 42|+0042|+42  |"),
        (b'f', b"%x %X %#x %#X %x %o %#o %O %b %#b", &[A::Int(255), A::Int(255), A::Int(255), A::Int(255), A::Int(-255), A::Int(8), A::Int(8), A::Int(8), A::Int(5), A::Int(5)], b"ff FF 0xff 0XFF -ff 10 010 0o10 101 0b101"),
        (b'f', b"%.3d|%6.3d|%.0d|%5.0d|%-6.3d|%06.3d", &[A::Int(7), A::Int(7), A::Int(0), A::Int(0), A::Int(-7), A::Int(7)], b"007|   007||     |-007  |   007"),
        (b'f', b"%c %c %c %q %q %q %+q %U %#U %#U", &[A::I32(65), A::Int(19990), A::Int(-1), A::I32(120), A::I32(10), A::Int(128512), A::Int(233), A::Int(128512), A::I32(65), A::Int(7)], b"A \xe4\xb8\x96 \xef\xbf\xbd 'x' '\\n' '\xf0\x9f\x98\x80' '\\u00e9' U+1F600 U+0041 'A' U+0007"),
        (b'f', b"%d %d %d %v %v", &[A::I8(-128), A::I16(300), A::I32(-5), A::U8(200), A::Uintptr(4660)], b"-128 300 -5 200 4660"),
        (b'f', b"%x %X %o", &[A::U16(48879), A::U32(3735928559), A::I64(-8)], b"beef DEADBEEF -10"),
        (b'f', b"%#v %#v %#v %#v", &[A::Int(42), A::Uint(42), A::Str(b"hi"), A::F64(0xbff8000000000000)], b"42 0x2a \"hi\" -1.5"),
        (b'f', b"%v %t %v", &[A::Bool(true), A::Bool(false), A::Bool(false)], b"true false false"),
        (b'f', b"%5t|%-7v|", &[A::Bool(true), A::Bool(false)], b" true|false  |"),
        (b'f', b"%08x|%-8x|%8X|%#08x", &[A::Int(171), A::Int(171), A::Int(171), A::Int(171)], b"000000ab|ab      |      AB|0x000000ab"),
        (b'f', b"%U %.6U %08U", &[A::Int(65), A::Int(65), A::Int(65)], b"U+0041 U+000041   U+0041"),
        (b'f', b"|%s|%5s|%-5s|%.2s|%5.1s|%-5.3s|", &[A::Str(b"hello"), A::Str(b"ab"), A::Str(b"ab"), A::Str(b"hello"), A::Str(b"xyz"), A::Str(b"h\xc3\xa9llo")], b"|hello|   ab|ab   |he|    x|h\xc3\xa9l  |"),
        (b'f', b"%q %+q %#q %#q %q", &[A::Str(b"h\xc3\xa9llo\x0a\x09\"w\xc3\xb6rld\""), A::Str(b"h\xc3\xa9llo"), A::Str(b"back`tick"), A::Str(b"raw\\str"), A::Str(b"\x00\x7f\xff\xe2\x80\x8b\xf0\x9f\x98\x80")], b"\"h\xc3\xa9llo\\n\\t\\\"w\xc3\xb6rld\\\"\" \"h\\u00e9llo\" \"back`tick\" `raw\\str` \"\\x00\\x7f\\xff\\u200b\xf0\x9f\x98\x80\""),
        (b'f', b"%x %X % x %#x %# x %.2x %10x|%-10x|", &[A::Str(b"hello"), A::Str(b"hi"), A::Str(b"abc"), A::Str(b"abc"), A::Str(b"abc"), A::Str(b"abcdef"), A::Str(b"ab"), A::Str(b"ab")], b"68656c6c6f 6869 61 62 63 0x616263 0x61 0x62 0x63 6162       6162|6162      |"),
        (b'f', b"%s %v %q %x %d %s", &[A::Bytes(b"bytes"), A::Bytes(b"ab"), A::Bytes(b"q\x0a"), A::Bytes(b"\x01\xab"), A::Bytes(b"\x01\x02"), A::NilBytes], b"bytes [97 98] \"q\\n\" 01ab [1 2] "),
        (b'f', b"%#v %#v %v", &[A::Bytes(b"\x01\x02"), A::NilBytes, A::NilBytes], b"[]byte{0x1, 0x2} []byte(nil) []"),
        (b'f', b"%5s|%-4q|%06s", &[A::Str(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), A::Str(b"\xc3\xa9"), A::Str(b"ab")], b"  \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e|\"\xc3\xa9\" |0000ab"),
        (b'f', b"%q %q", &[A::Str(b"\x07\x08\x0c\x0d\x0b"), A::Str(b"\xc2\xad\xcd\xb8")], b"\"\\a\\b\\f\\r\\v\" \"\\u00ad\\u0378\""),
        (b'f', b"%s", &[A::Str(b"\xe4\xb8")], b"\xe4\xb8"),
        (b'f', b"%.1s|%.0s|%.10s", &[A::Str(b"\xe6\x97\xa5\xe6\x9c\xac"), A::Str(b"abc"), A::Str(b"ab")], b"\xe6\x97\xa5||ab"),
        (b'f', b"%v %v %d %x %v %s", &[A::Ints(&[1, 2, 3]), A::NilInts, A::Ints(&[10, 11]), A::Ints(&[10, 255]), A::Strs(&[b"a", b"b"]), A::Strs(&[b"x", b"y"])], b"[1 2 3] [] [10 11] [a ff] [a b] [x y]"),
        (b'f', b"%#v %#v %#v %q", &[A::Ints(&[1, 2]), A::NilInts, A::Strs(&[b"a"]), A::Strs(&[b"a", b"b"])], b"[]int{1, 2} []int(nil) []string{\"a\"} [\"a\" \"b\"]"),
        (b'f', b"%v %#v %03d", &[A::Arr3([1, 2, 3]), A::Arr3([4, 5, 6]), A::Arr3([7, 8, 9])], b"[1 2 3] [3]int{4, 5, 6} [007 008 009]"),
        (b'f', b"%s %z", &[A::Ints(&[1, 2]), A::Ints(&[3])], b"[%!s(int=1) %!s(int=2)] [%!z(int=3)]"),
        (b'f', b"%d %s", &[A::Str(b"hi"), A::Int(5)], b"%!d(string=hi) %!s(int=5)"),
        (b'f', b"%d", &[A::Int(1), A::Int(2), A::Str(b"a")], b"1%!(EXTRA int=2, string=a)"),
        (b'f', b"%d %d", &[A::Int(1)], b"1 %!d(MISSING)"),
        (b'f', b"%!", &[], b"%!!(MISSING)"),
        (b'f', b"abc%", &[], b"abc%!(NOVERB)"),
        (b'f', b"%z", &[A::Int(1)], b"%!z(int=1)"),
        (b'f', b"%z %t", &[A::Str(b"str"), A::Int(1)], b"%!z(string=str) %!t(int=1)"),
        (b'f', b"%d %v %s", &[A::Nil, A::Nil, A::Nil], b"%!d(<nil>) <nil> %!s(<nil>)"),
        (b'f', b"%!(NOVERB) %", &[A::Int(1)], b"%!!(int=1)(NOVERB) %!(NOVERB)"),
        (b'f', b"%*d|%-*d|%.*f|%*.*f|%*d", &[A::Int(5), A::Int(1), A::Int(5), A::Int(1), A::Int(2), A::F64(0x400921f9f01b866e), A::Int(8), A::Int(3), A::F64(0x400921f9f01b866e), A::Str(b"x"), A::Int(7)], b"    1|1    |3.14|   3.142|%!(BADWIDTH)7"),
        (b'f', b"%[2]d %[1]d %d %[5]d %[x]d", &[A::Int(1), A::Int(2), A::Int(3)], b"2 1 2 %!d(BADINDEX) %!d(BADINDEX)"),
        (b'f', b"%[1]*d|%[3]v", &[A::Int(4), A::Int(5)], b"   5|%!v(BADINDEX)"),
        (b'f', b"%.*d|%*d", &[A::Int(-1), A::Int(5), A::Int(2000000), A::Int(5)], b"%!(BADPREC)5|%!(BADWIDTH)5"),
        (b'f', b"%T %T %T %T %T %T %T", &[A::Int(1), A::Str(b"s"), A::F64(0x3ff8000000000000), A::Nil, A::Ints(&[1]), A::Arr3([0, 0, 0]), A::Bytes(b"x")], b"int string float64 <nil> []int [3]int []uint8"),
        (b'f', b"%10T|%-6T|", &[A::Int(1), A::Bool(true)], b"       int|bool  |"),
        (b'f', b"%p %v", &[A::NilInts, A::Nil], b"0x0 <nil>"),
        (b'f', b"%w", &[A::Int(1)], b"%!w(int=1)"),
        (b'f', b"%s %v", &[A::Bool(true), A::I32(120)], b"%!s(bool=true) 120"),
        (b'f', b"%5z|%-5q|%x", &[A::Int(1), A::F64(0x3ff8000000000000), A::Bool(true)], b"%!z(int=    1)|%!q(float64=1.5  )|%!x(bool=true)"),
        (b'f', b"%\xc3\xa9 %\xe2\x84\xa4", &[A::Int(1), A::Int(2)], b"%!\xc3\xa9(int=1) %!\xe2\x84\xa4(int=2)"),
        (b'f', b"%[0]d %[4]d|%[1]d %[1]d", &[A::Int(1), A::Int(2)], b"%!d(BADINDEX) %!d(BADINDEX)|1 1"),
        (b'f', b"%3.2%|%-5%|", &[], b"%|%|"),
        (b'f', b"%+d %+v % v", &[A::Int(0), A::Str(b"s"), A::Int(7)], b"+0 s  7"),
        (b'p', b"", &[A::Str(b"a"), A::Int(1), A::Int(2), A::Str(b"b"), A::Str(b"c"), A::F64(0x400c000000000000), A::Nil, A::Bool(true), A::Bool(false)], b"a1 2bc3.5 <nil> true false"),
        (b'p', b"", &[A::Int(1), A::Int(2)], b"1 2"),
        (b'p', b"", &[A::Str(b"a"), A::Str(b"b")], b"ab"),
        (b'p', b"", &[], b""),
        (b'l', b"", &[A::Str(b"a"), A::Int(1), A::Int(2), A::Str(b"b"), A::Nil, A::F64(0x444b1ae4d6e2ef50), A::Ints(&[1]), A::F32(0x40200000)], b"a 1 2 b <nil> 1e+21 [1] 2.5\x0a"),
        (b'l', b"", &[], b"\x0a"),
    ];

    #[test]
    fn go_cases() {
        let mut failures = Vec::new();
        for (mode, f, args, want) in GO_CASES {
            let efaces: Vec<Eface> = args.iter().map(mk).collect();
            // SAFETY: efaces is a valid eface array.
            let got = unsafe {
                match mode {
                    b'f' => sprintf_bytes(f, efaces.as_ptr(), efaces.len()),
                    b'p' => sprint_bytes(efaces.as_ptr(), efaces.len()),
                    _ => sprintln_bytes(efaces.as_ptr(), efaces.len()),
                }
            };
            if got != *want {
                failures.push(format!(
                    "{:?}: got {:?}, want {:?}",
                    String::from_utf8_lossy(f),
                    String::from_utf8_lossy(&got),
                    String::from_utf8_lossy(want)
                ));
            }
        }
        assert!(failures.is_empty(), "\n{}", failures.join("\n"));
    }

    fn celsius_string(recv: *const u8) -> GoString {
        // SAFETY: recv points at the Celsius (float64) value.
        let v = unsafe { *(recv as *const f64) };
        let mut b = format_float(v, b'f', 1, 64);
        b.extend_from_slice("°C".as_bytes());
        owned(b)
    }

    fn e_error(recv: *const u8) -> GoString {
        // SAFETY: recv points at E{Code int}.
        let code = unsafe { *(recv as *const i64) };
        owned(format!("err {code}").into_bytes())
    }

    fn e_string(_: *const u8) -> GoString {
        gs(b"string!")
    }

    fn errorstring_error(recv: *const u8) -> GoString {
        // SAFETY: recv is a *errors.errorString, pointing at its GoString field.
        unsafe { *(recv as *const GoString) }
    }

    #[repr(C)]
    #[derive(Clone, Copy)]
    struct RT {
        a: i64,
        b: GoString,
    }

    fn t_type() -> &'static Type {
        struct_of(
            "main.T",
            24,
            &[("A", basic(Kind::Int), 0), ("B", basic(Kind::String), 8)],
            &[],
        )
    }

    /// The Go program these expectations come from (Go 1.19 output in the comments):
    ///
    /// ```go
    /// type T struct { A int; B string }
    /// type Celsius float64
    /// func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
    /// type E struct{ Code int }
    /// func (e E) Error() string  { return fmt.Sprint("err ", e.Code) }
    /// func (e E) String() string { return "string!" }
    /// type Hid struct { c Celsius; C Celsius }
    /// type WithIface struct { X any; Y error }
    /// type MyInt int
    /// type Inner struct{ P *int }
    /// type Outer struct { T; N []T; I Inner }
    /// ```
    #[test]
    fn composites_and_methods() {
        set_trampoline();
        let tt = t_type();
        let t = boxed(tt, RT { a: 1, b: gs(b"x") });
        // fmt.Printf("%v|%+v|%#v|%d|%s\n", t, t, t, t, t)
        assert_eq!(
            sprintf(b"%v|%+v|%#v|%d|%s", &[t, t, t, t, t]),
            "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}|{1 %!d(string=x)}|{%!s(int=1) x}"
        );
        // fmt.Printf("%v|%+v|%#v\n", &t, &t, []T{t, {2, "y"}})
        let pt = ptr_to(tt, "*main.T");
        let tp = Eface {
            typ: pt,
            data: t.data,
        };
        let ts = boxed(
            slice_of(tt, "[]main.T"),
            slice_hdr(&[RT { a: 1, b: gs(b"x") }, RT { a: 2, b: gs(b"y") }]),
        );
        assert_eq!(
            sprintf(b"%v|%+v|%#v", &[tp, tp, ts]),
            "&{1 x}|&{A:1 B:x}|[]main.T{main.T{A:1, B:\"x\"}, main.T{A:2, B:\"y\"}}"
        );
        // var np *T; fmt.Printf("%v|%+v|%#v|%p|%d\n", np, np, np, np, np)
        let np = Eface {
            typ: pt,
            data: std::ptr::null(),
        };
        assert_eq!(
            sprintf(b"%v|%+v|%#v|%p|%d", &[np, np, np, np, np]),
            "<nil>|<nil>|(*main.T)(nil)|0x0|0"
        );
        // Non-nil pointers print their address.
        assert_eq!(sprintf(b"%p", &[tp]), format!("{:#x}", t.data as usize));
        assert_eq!(sprintf(b"%v", &[tp]).as_bytes()[0], b'&');
        let pint = Eface {
            typ: ptr_to(basic(Kind::Int), "*int"),
            data: leak(5i64) as *const i64 as *const u8,
        };
        assert_eq!(sprint(&[pint]), format!("{:#x}", pint.data as usize));
        assert_eq!(
            sprintf(b"%#p", &[pint]),
            format!("{:x}", pint.data as usize)
        );

        // c := Celsius(36.6)
        // fmt.Printf("%v|%s|%d|%x|%q|%.2f|%8v|%-8s|\n", c, c, c, c, c, c, c, c)
        let cel = named(Kind::Float64, "main.Celsius", &[("String", celsius_string)]);
        let c = boxed(cel, 36.6f64);
        assert_eq!(
            sprintf(b"%v|%s|%d|%x|%q|%.2f|%8v|%-8s|", &[c, c, c, c, c, c, c, c]),
            "36.6°C|36.6°C|%!d(main.Celsius=36.6)|33362e36c2b043|\"36.6°C\"|36.60|  36.6°C|36.6°C  |"
        );
        // fmt.Println(c, []Celsius{1, 2}, Hid{3, 4})
        let cs = boxed(slice_of(cel, "[]main.Celsius"), slice_hdr(&[1.0f64, 2.0]));
        let hid = struct_of("main.Hid", 16, &[("c", cel, 0), ("C", cel, 8)], &[]);
        let h = boxed(hid, [3.0f64, 4.0]);
        assert_eq!(sprintln(&[c, cs, h]), "36.6°C [1.0°C 2.0°C] {3 4.0°C}\n");
        // fmt.Printf("%v|%+v\n", Hid{5, 6}, Hid{5, 6})
        let h = boxed(hid, [5.0f64, 6.0]);
        assert_eq!(sprintf(b"%v|%+v", &[h, h]), "{5 6.0°C}|{c:5 C:6.0°C}");

        // e := E{7}; fmt.Printf("%v|%s|%d|%#v\n", e, e, e, e)
        let et = struct_of(
            "main.E",
            8,
            &[("Code", basic(Kind::Int), 0)],
            &[("Error", e_error), ("String", e_string)],
        );
        let e = boxed(et, 7i64);
        assert_eq!(
            sprintf(b"%v|%s|%d|%#v", &[e, e, e, e]),
            "err 7|err 7|{7}|main.E{Code:7}"
        );

        // fmt.Println(WithIface{}, WithIface{X: 5, Y: e})
        let any_t = leak(ty(Kind::Interface, "interface {}", 16));
        let err_t = leak(ty(Kind::Interface, "error", 16));
        let wi = struct_of(
            "main.WithIface",
            32,
            &[("X", any_t, 0), ("Y", err_t, 16)],
            &[],
        );
        let nil = Eface {
            typ: std::ptr::null(),
            data: std::ptr::null(),
        };
        let w0 = boxed(wi, [nil, nil]);
        let w1 = boxed(wi, [mk(&A::Int(5)), e]);
        assert_eq!(sprintln(&[w0, w1]), "{<nil> <nil>} {5 err 7}\n");
        // fmt.Printf("%#v|%+v\n", WithIface{}, WithIface{X: "s", Y: nil})
        let w2 = boxed(wi, [mk(&A::Str(b"s")), nil]);
        assert_eq!(
            sprintf(b"%#v|%+v", &[w0, w2]),
            "main.WithIface{X:interface {}(nil), Y:error(nil)}|{X:s Y:<nil>}"
        );

        // fmt.Printf("%v|%d|%#v|%x\n", MyInt(5), MyInt(5), MyInt(5), MyInt(255))
        let myint = named(Kind::Int, "main.MyInt", &[]);
        let m5 = boxed(myint, 5i64);
        let m255 = boxed(myint, 255i64);
        assert_eq!(sprintf(b"%v|%d|%#v|%x", &[m5, m5, m5, m255]), "5|5|5|ff");

        // fmt.Printf("%v|%+v\n", Outer{T: t, N: []T{t}}, Outer{})
        let inner = struct_of(
            "main.Inner",
            8,
            &[("P", ptr_to(basic(Kind::Int), "*int"), 0)],
            &[],
        );
        let outer = struct_of(
            "main.Outer",
            56,
            &[
                ("T", tt, 0),
                ("N", slice_of(tt, "[]main.T"), 24),
                ("I", inner, 48),
            ],
            &[],
        );
        #[repr(C)]
        #[derive(Clone, Copy)]
        struct ROuter {
            t: RT,
            n: GoSlice,
            p: usize,
        }
        let o1 = boxed(
            outer,
            ROuter {
                t: RT { a: 1, b: gs(b"x") },
                n: slice_hdr(&[RT { a: 1, b: gs(b"x") }]),
                p: 0,
            },
        );
        let o0 = boxed(
            outer,
            ROuter {
                t: RT {
                    a: 0,
                    b: GoString::EMPTY,
                },
                n: NIL_SLICE,
                p: 0,
            },
        );
        assert_eq!(
            sprintf(b"%v|%+v", &[o1, o0]),
            "{{1 x} [{1 x}] {<nil>}}|{T:{A:0 B:} N:[] I:{P:<nil>}}"
        );
        // A non-nil pointer below the top level prints as an address.
        let o2 = boxed(
            outer,
            ROuter {
                t: RT { a: 1, b: gs(b"x") },
                n: NIL_SLICE,
                p: 0xc000012345,
            },
        );
        assert_eq!(sprint(&[o2]), "{{1 x} [] {0xc000012345}}");

        // arr := [2]int{1, 2}; fmt.Printf("%v|%v\n", &arr, &[]string{"a"})
        let arr_t = array_of(basic(Kind::Int), 2, "[2]int");
        let parr = Eface {
            typ: ptr_to(arr_t, "*[2]int"),
            data: leak([1i64, 2]) as *const [i64; 2] as *const u8,
        };
        let strs_t = slice_of(basic(Kind::String), "[]string");
        let pstrs = Eface {
            typ: ptr_to(strs_t, "*[]string"),
            data: leak(slice_hdr(&[gs(b"a")])) as *const GoSlice as *const u8,
        };
        assert_eq!(sprintf(b"%v|%v", &[parr, pstrs]), "&[1 2]|&[a]");

        // fmt.Println(errors.New("boom"), map[string]int(nil))
        let es = struct_of(
            "errors.errorString",
            16,
            &[("s", basic(Kind::String), 0)],
            &[],
        );
        let mut pes = ty(Kind::Pointer, "*errors.errorString", 8);
        pes.elem = es;
        set_methods(&mut pes, &[("Error", errorstring_error)]);
        let boom = Eface {
            typ: leak(pes),
            data: leak(gs(b"boom")) as *const GoString as *const u8,
        };
        let mut map_t = ty(Kind::Map, "map[string]int", 8);
        map_t.key = basic(Kind::String);
        map_t.elem = basic(Kind::Int);
        let map_t = leak(map_t);
        let nil_map = Eface {
            typ: map_t,
            data: std::ptr::null(),
        };
        assert_eq!(sprintln(&[boom, nil_map]), "boom map[]\n");
        // fmt.Printf("%#v|%#v|%v\n", map[string]int(nil), map[string]int{}, map[int]bool{})
        let empty_map = Eface {
            typ: map_t,
            // SAFETY: map_t is a valid map descriptor.
            data: unsafe { crate::map::deferc_makemap(map_t, 0) },
        };
        assert_eq!(
            sprintf(b"%#v|%#v|%v", &[nil_map, empty_map, empty_map]),
            "map[string]int(nil)|map[string]int{}|map[]"
        );

        // fmt.Printf("%d|%s\n", []MyInt{1, 2}, [2]bool{true, false})
        let mis = boxed(slice_of(myint, "[]main.MyInt"), slice_hdr(&[1i64, 2]));
        let bools = boxed(array_of(basic(Kind::Bool), 2, "[2]bool"), [1u8, 0]);
        assert_eq!(
            sprintf(b"%d|%s", &[mis, bools]),
            "[1 2]|[%!s(bool=true) %!s(bool=false)]"
        );
        // fmt.Printf("%x|%X|% x|%s\n", [3]byte{1, 2, 255}, []uint8{0xab}, [2]byte{1, 2},
        //     [2]byte{'h', 'i'})
        let u8t = basic(Kind::Uint8);
        let a3 = boxed(array_of(u8t, 3, "[3]uint8"), [1u8, 2, 255]);
        let sab = mk(&A::Bytes(b"\xab"));
        let a2 = boxed(array_of(u8t, 2, "[2]uint8"), [1u8, 2]);
        let hi = boxed(array_of(u8t, 2, "[2]uint8"), *b"hi");
        assert_eq!(
            sprintf(b"%x|%X|% x|%s", &[a3, sab, a2, hi]),
            "0102ff|AB|01 02|hi"
        );
        // fmt.Printf("%v|%s\n", struct{}{}, struct{ a, b int }{1, 2})
        let empty = struct_of("struct {}", 0, &[], &[]);
        let ab = struct_of(
            "struct { a int; b int }",
            16,
            &[("a", basic(Kind::Int), 0), ("b", basic(Kind::Int), 8)],
            &[],
        );
        let ev = Eface {
            typ: empty,
            data: crate::alloc::alloc_bytes(0, 8),
        };
        assert_eq!(
            sprintf(b"%v|%s", &[ev, boxed(ab, [1i64, 2])]),
            "{}|{%!s(int=1) %!s(int=2)}"
        );
        // fmt.Printf("%6.2v|%-6v|\n", T{1, "x"}, []int{1, 2})
        assert_eq!(
            sprintf(b"%6.2v|%-6v|", &[t, mk(&A::Ints(&[1, 2]))]),
            "{    01      x}|[1      2     ]|"
        );
        // fmt.Print(t, t, "s", c, "\n"); fmt.Print(1, "a", c, e, 2, "\n")
        let nl = mk(&A::Str(b"\n"));
        assert_eq!(
            sprint(&[t, t, mk(&A::Str(b"s")), c, nl]),
            "{1 x} {1 x}s36.6°C\n"
        );
        assert_eq!(
            sprint(&[mk(&A::Int(1)), mk(&A::Str(b"a")), c, e, mk(&A::Int(2)), nl]),
            "1a36.6°C err 7 2\n"
        );
        // %T of composite types.
        assert_eq!(
            sprintf(b"%T %T %T", &[t, tp, c]),
            "main.T *main.T main.Celsius"
        );
    }

    /// The method trampoline reports a panic inside String: a nil pointer receiver prints
    /// `<nil>`, anything else the caught value (G::caught), as Go's catchPanic does. Under
    /// the G lock: other tests leave values in G::caught.
    #[test]
    fn panicking_method() {
        let _l = crate::panic::tests::lock_g();
        set_trampoline();
        fn panicked(_: *const u8) -> GoString {
            GoString {
                ptr: std::ptr::null(),
                len: METHOD_PANICKED,
            }
        }
        let mut p = ty(Kind::Pointer, "*main.N", 8);
        p.elem = basic(Kind::Int);
        set_methods(&mut p, &[("String", panicked)]);
        let p = leak(p);
        let nilp = Eface {
            typ: p,
            data: std::ptr::null(),
        };
        assert_eq!(sprintf(b"%v|%s|%d", &[nilp, nilp, nilp]), "<nil>|<nil>|0");
        let x = Eface {
            typ: p,
            data: leak(1i64) as *const i64 as *const u8,
        };
        let g = crate::goroutine::getg();
        // SAFETY: under the G lock.
        unsafe { (*g).caught = mk(&A::Str(b"boom")) };
        assert_eq!(sprintf(b"%v", &[x]), "%!v(PANIC=String method: boom)");
        // SAFETY: under the G lock.
        unsafe {
            (*g).caught = Eface {
                typ: std::ptr::null(),
                data: std::ptr::null(),
            }
        };
        assert_eq!(sprintf(b"%v", &[x]), "%!v(PANIC=String method: <nil>)");
    }

    /// A map of type `t` holding `entries` (built with the map runtime).
    fn map_eface<K, V: Copy>(t: &'static Type, entries: &[(K, V)]) -> Eface {
        // SAFETY: t describes a K -> V map; the assigned slots have room for a V.
        unsafe {
            let m = crate::map::deferc_makemap(t, 0);
            for (k, v) in entries {
                let p = crate::map::deferc_mapassign(t, m, k as *const K as *const u8);
                (p as *mut V).write_unaligned(*v);
            }
            Eface { typ: t, data: m }
        }
    }

    fn map_t(name: &'static str, k: &'static Type, v: &'static Type) -> &'static Type {
        let mut t = ty(Kind::Map, name, 8);
        t.key = k;
        t.elem = v;
        leak(t)
    }

    /// Maps print sorted by key (internal/fmtsort). Expected outputs are Go 1.19's for:
    ///
    /// ```go
    /// type T struct { A int; B string }
    /// type P struct{ X, Y int }
    /// type S struct { A int; b string }
    /// type Celsius float64 // String() = fmt.Sprintf("%.1f°C", float64(c))
    /// ```
    #[test]
    fn maps_sorted() {
        set_trampoline();
        let int_t = basic(Kind::Int);
        let str_t = basic(Kind::String);
        let bool_t = basic(Kind::Bool);
        let f64_t = basic(Kind::Float64);
        let any_t = leak(ty(Kind::Interface, "interface {}", 16));
        let tt = t_type();
        let pt = struct_of("main.P", 16, &[("X", int_t, 0), ("Y", int_t, 8)], &[]);
        let nan = f64::NAN;
        let ss = |b: &'static [u8]| gs(b);

        // fmt.Println(map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5, int8(3): 6,
        //     uint(7): 7, T{1, "x"}: 8, [2]int{1, 2}: 9, P{1, 2}: 10, 'r': 11, "b": 12, 0: 13,
        //     false: 14})
        let nil = Eface {
            typ: std::ptr::null(),
            data: std::ptr::null(),
        };
        let i8_t = basic(Kind::Int8);
        let uint_t = basic(Kind::Uint);
        let i32_t = basic(Kind::Int32);
        let arr_t = array_of(int_t, 2, "[2]int");
        let keys = [
            (boxed(int_t, 1i64), 1i64),
            (boxed(str_t, ss(b"a")), 2),
            (boxed(f64_t, 2.5f64), 3),
            (boxed(bool_t, 1u8), 4),
            (nil, 5),
            (boxed(i8_t, 3i8), 6),
            (boxed(uint_t, 7u64), 7),
            (boxed(tt, RT { a: 1, b: ss(b"x") }), 8),
            (boxed(arr_t, [1i64, 2]), 9),
            (boxed(pt, [1i64, 2]), 10),
            (boxed(i32_t, 'r' as i32), 11),
            (boxed(str_t, ss(b"b")), 12),
            (boxed(int_t, 0i64), 13),
            (boxed(bool_t, 0u8), 14),
        ];
        let mixed = map_eface(map_t("map[interface {}]int", any_t, int_t), &keys);
        assert_eq!(
            sprintln(&[mixed]),
            "map[<nil>:5 false:14 true:4 2.5:3 0:13 1:1 114:11 3:6 a:2 b:12 7:7 [1 2]:9 {1 2}:10 {1 x}:8]\n"
        );

        // fmt.Println(map[float64]string{math.NaN(): "a", 1: "b", math.Inf(-1): "c",
        //     math.Inf(1): "d", -2.5: "e", 0: "f"})
        let fs = map_eface(
            map_t("map[float64]string", f64_t, str_t),
            &[
                (nan, ss(b"a")),
                (1.0, ss(b"b")),
                (f64::NEG_INFINITY, ss(b"c")),
                (f64::INFINITY, ss(b"d")),
                (-2.5, ss(b"e")),
                (0.0, ss(b"f")),
            ],
        );
        assert_eq!(sprintln(&[fs]), "map[NaN:a -Inf:c -2.5:e 0:f 1:b +Inf:d]\n");

        // fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "ab": 3})
        let si_t = map_t("map[string]int", str_t, int_t);
        let si = map_eface(
            si_t,
            &[
                (ss(b"b"), 2i64),
                (ss(b"a"), 1),
                (GoString::EMPTY, 0),
                (ss(b"ab"), 3),
            ],
        );
        assert_eq!(sprintln(&[si]), "map[:0 a:1 ab:3 b:2]\n");

        // fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1},
        //     map[T]P{{1, "x"}: {1, 2}, {0, "y"}: {3, 4}}, map[string]int{"b": 2, "a": 1})
        let ab = map_eface(si_t, &[(ss(b"b"), 2i64), (ss(b"a"), 1)]);
        let tp = map_eface(
            map_t("map[main.T]main.P", tt, pt),
            &[
                (RT { a: 1, b: ss(b"x") }, [1i64, 2]),
                (RT { a: 0, b: ss(b"y") }, [3i64, 4]),
            ],
        );
        assert_eq!(
            sprintf(b"%v|%+v|%#v", &[ab, tp, ab]),
            "map[a:1 b:2]|map[{A:0 B:y}:{X:3 Y:4} {A:1 B:x}:{X:1 Y:2}]|map[string]int{\"a\":1, \"b\":2}"
        );
        // fmt.Printf("%#v\n", map[T]P{{1, "x"}: {1, 2}, {0, "y"}: {3, 4}})
        assert_eq!(
            sprintf(b"%#v", &[tp]),
            "map[main.T]main.P{main.T{A:0, B:\"y\"}:main.P{X:3, Y:4}, main.T{A:1, B:\"x\"}:main.P{X:1, Y:2}}"
        );
        // fmt.Printf("%#v\n", map[interface{}]int{1: 1, "a": 2, nil: 3})
        let ai = map_eface(
            map_t("map[interface {}]int", any_t, int_t),
            &[
                (boxed(int_t, 1i64), 1i64),
                (boxed(str_t, ss(b"a")), 2),
                (nil, 3),
            ],
        );
        assert_eq!(
            sprintf(b"%#v", &[ai]),
            "map[interface {}]int{interface {}(nil):3, 1:1, \"a\":2}"
        );

        // fmt.Println(map[bool]int{true: 1, false: 0},
        //     map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
        let bi = map_eface(
            map_t("map[bool]int", bool_t, int_t),
            &[(1u8, 1i64), (0u8, 0)],
        );
        let ab2 = map_eface(
            map_t("map[[2]int]bool", arr_t, bool_t),
            &[([2i64, 1], 1u8), ([1, 2], 0), ([1, 1], 1)],
        );
        assert_eq!(
            sprintln(&[bi, ab2]),
            "map[false:0 true:1] map[[1 1]:true [1 2]:false [2 1]:true]\n"
        );

        // var nm map[int]int
        // fmt.Printf("%v %#v %d\n", nm, nm, map[int]int{3: 4, -1: 2})
        let ii_t = map_t("map[int]int", int_t, int_t);
        let nm = Eface {
            typ: ii_t,
            data: std::ptr::null(),
        };
        let ii = map_eface(ii_t, &[(3i64, 4i64), (-1, 2)]);
        assert_eq!(
            sprintf(b"%v %#v %d", &[nm, nm, ii]),
            "map[] map[int]int(nil) map[-1:2 3:4]"
        );

        // m := map[float64]int{}; m[math.NaN()] = 1; m[math.NaN()] = 1; m[0] = 2
        // m[math.Copysign(0, -1)] = 3; fmt.Println(m, len(m))
        let fi_t = map_t("map[float64]int", f64_t, int_t);
        let fi = map_eface(fi_t, &[(nan, 1i64), (nan, 1), (0.0, 2), (-0.0, 3)]);
        // SAFETY: fi.data is a map.
        let n = unsafe { crate::map::deferc_maplen(fi.data) };
        assert_eq!(
            sprintln(&[fi, boxed(int_t, n)]),
            "map[NaN:1 NaN:1 -0:3] 3\n"
        );

        // fmt.Printf("%x %q %5d\n", map[string]int{"b": 2, "a": 10},
        //     map[string]string{"k": "v"}, map[int]int{1: 2})
        let hx = map_eface(si_t, &[(ss(b"b"), 2i64), (ss(b"a"), 10)]);
        let kv = map_eface(
            map_t("map[string]string", str_t, str_t),
            &[(ss(b"k"), ss(b"v"))],
        );
        let one = map_eface(ii_t, &[(1i64, 2i64)]);
        assert_eq!(
            sprintf(b"%x %q %5d", &[hx, kv, one]),
            "map[61:a 62:2] map[\"k\":\"v\"] map[    1:    2]"
        );

        // fmt.Println(map[int]map[string]int{1: {"z": 1, "y": 2}},
        //     map[string][]int{"s": {1, 2}})
        let inner = map_eface(si_t, &[(ss(b"z"), 1i64), (ss(b"y"), 2)]);
        let outer = map_eface(
            map_t("map[int]map[string]int", int_t, si_t),
            &[(1i64, inner.data)],
        );
        let ints_t = slice_of(int_t, "[]int");
        let sl = map_eface(
            map_t("map[string][]int", str_t, ints_t),
            &[(ss(b"s"), slice_hdr(&[1i64, 2]))],
        );
        assert_eq!(sprintln(&[outer, sl]), "map[1:map[y:2 z:1]] map[s:[1 2]]\n");

        // fmt.Println(map[Celsius]Celsius{1: 2, -3: 4})
        let cel = named(Kind::Float64, "main.Celsius", &[("String", celsius_string)]);
        let cc = map_eface(
            map_t("map[main.Celsius]main.Celsius", cel, cel),
            &[(1.0f64, 2.0f64), (-3.0, 4.0)],
        );
        assert_eq!(sprintln(&[cc]), "map[-3.0°C:4.0°C 1.0°C:2.0°C]\n");

        // fmt.Println(map[interface{}]int{math.NaN(): 1, 1.5: 2, -1.0: 3})
        let fa = map_eface(
            map_t("map[interface {}]int", any_t, int_t),
            &[
                (boxed(f64_t, nan), 1i64),
                (boxed(f64_t, 1.5f64), 2),
                (boxed(f64_t, -1.0f64), 3),
            ],
        );
        assert_eq!(sprintln(&[fa]), "map[NaN:1 -1:3 1.5:2]\n");

        // fmt.Printf("%v %+v\n", map[S]bool{{2, "b"}: true, {1, "z"}: false, {2, "a"}: true},
        //     map[[2]float64]int{{1, math.NaN()}: 1, {0, 5}: 2, {-1, 2}: 3})
        let st = struct_of("main.S", 24, &[("A", int_t, 0), ("b", str_t, 8)], &[]);
        let sb = map_eface(
            map_t("map[main.S]bool", st, bool_t),
            &[
                (RT { a: 2, b: ss(b"b") }, 1u8),
                (RT { a: 1, b: ss(b"z") }, 0),
                (RT { a: 2, b: ss(b"a") }, 1),
            ],
        );
        let fa2 = map_eface(
            map_t(
                "map[[2]float64]int",
                array_of(f64_t, 2, "[2]float64"),
                int_t,
            ),
            &[([1.0, nan], 1i64), ([0.0, 5.0], 2), ([-1.0, 2.0], 3)],
        );
        assert_eq!(
            sprintf(b"%v %+v", &[sb, fa2]),
            "map[{1 z}:false {2 a}:true {2 b}:true] map[[-1 2]:3 [0 5]:2 [1 NaN]:1]"
        );

        // Pointer keys sort by address; &m prints as &map[...].
        let (p1, p2) = (
            leak(1i64) as *const i64 as usize,
            leak(2i64) as *const i64 as usize,
        );
        let (lo, hi) = (p1.min(p2), p1.max(p2));
        let pi = map_eface(
            map_t("map[*int]int", ptr_to(int_t, "*int"), int_t),
            &[(hi, 2i64), (lo, 1)],
        );
        assert_eq!(sprint(&[pi]), format!("map[{lo:#x}:1 {hi:#x}:2]"));
        let pm = Eface {
            typ: ptr_to(si_t, "*map[string]int"),
            data: leak(ab.data) as *const *const u8 as *const u8,
        };
        assert_eq!(sprint(&[pm]), "&map[a:1 b:2]");
    }

    #[test]
    fn entry_points() {
        let args = [mk(&A::Int(42)), mk(&A::Str(b"go"))];
        let f = b"%d-%s";
        // SAFETY: valid buffers.
        unsafe {
            let s = deferc_fmt_sprintf(f.as_ptr(), f.len(), args.as_ptr(), 2);
            assert_eq!(s.as_bytes(), b"42-go");
            assert_eq!(deferc_fmt_sprint(args.as_ptr(), 2).as_bytes(), b"42go");
            assert_eq!(deferc_fmt_sprintln(args.as_ptr(), 2).as_bytes(), b"42 go\n");
            assert_eq!(deferc_fmt_sprint(std::ptr::null(), 0).len, 0);
        }
        // Fprint* to a pipe: the byte count is returned and the bytes arrive.
        use std::io::Read;
        use std::os::fd::AsRawFd;
        let (mut r, w) = std::io::pipe().unwrap();
        let fd = w.as_raw_fd() as i64;
        // SAFETY: valid buffers.
        let n = unsafe {
            deferc_fmt_fprintln(fd, args.as_ptr(), 2)
                + deferc_fmt_fprint(fd, args.as_ptr(), 2)
                + deferc_fmt_fprintf(fd, f.as_ptr(), f.len(), args.as_ptr(), 2)
        };
        drop(w);
        let mut got = String::new();
        r.read_to_string(&mut got).unwrap();
        assert_eq!(got, "42 go\n42go42-go");
        assert_eq!(n as usize, got.len());
    }

    #[test]
    fn is_print_matches_go() {
        // unicode.IsPrint for a sample of runes (Go 1.19).
        for (r, want) in [
            (' ' as u32, true),
            ('\u{a0}' as u32, false),
            ('\u{ad}' as u32, false),
            ('é' as u32, true),
            ('\u{200b}' as u32, false),
            ('\u{378}' as u32, false),
            ('世' as u32, true),
            ('\u{1F600}' as u32, true),
            (0xE000, false),
            (0x10FFFF, false),
            (0x2FA1D, true),
        ] {
            assert_eq!(is_print(r), want, "{r:#x}");
        }
    }

    /// Shortest formatting where two candidates are equally close: Go rounds to even, Rust's
    /// `{:e}` rounds up. Expected values from Go 1.19's strconv.FormatFloat(v, 'g', -1, size).
    /// (A scratch cross-check of 543,000 FormatFloat results and unicode.IsPrint over all runes
    /// against a Go dump found no other differences.)
    #[test]
    fn shortest_ties_round_to_even() {
        let cases: &[(u64, u32, &str)] = &[
            (0x42d10052d74516c8, 64, "7.477235004732312e+13"),
            (0x431106517ffc89cd, 64, "1.1980054283638912e+15"),
            (0x42eabb5e536eb394, 64, "2.3513634986127662e+14"),
            (0xc14acb8320000000, 32, "-3.5120702e+06"),
        ];
        for &(bits, size, want) in cases {
            let v = f64::from_bits(bits);
            assert_eq!(
                format_float(v, b'g', -1, size),
                want.as_bytes(),
                "{bits:#x}"
            );
        }
        // fmt.Println(74772350047323.125) → 7.477235004732312e+13
        assert_eq!(
            sprintln(&[mk(&A::F64(0x42d10052d74516c8))]),
            "7.477235004732312e+13\n"
        );
    }
}
