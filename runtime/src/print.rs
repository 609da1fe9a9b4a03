//! Go's builtin print/println (runtime/print.go) and printpanicval (runtime/error.go), all
//! writing to stderr.
//!
//! Compiled code brackets one print statement with `deferc_printlock`/`deferc_printunlock`;
//! the pieces in between are collected in a buffer and written with a single write(2) on the
//! outermost unlock, so one statement's output is never split. Pieces printed outside a lock
//! (panic code calling `print_str` directly) are written at once. The lock state is
//! thread-local: all goroutines run on one OS thread and never switch inside a print statement.
//! Before anything reaches fd 2, `os::write_fd` flushes buffered stdout (ordering invariant).

use crate::types::{Kind, Type, TFLAG_NAMED};
use std::cell::RefCell;

struct PrintState {
    /// printlock nesting depth (panic printing may nest inside a print statement's lock).
    depth: u32,
    buf: Vec<u8>,
}

thread_local! {
    static PRINT: RefCell<PrintState> = const {
        RefCell::new(PrintState { depth: 0, buf: Vec::new() })
    };
}

/// Go's gwrite: writes `b` to stderr, or buffers it while a print lock is held.
pub fn print_str(b: &[u8]) {
    if b.is_empty() {
        return;
    }
    let written = PRINT.with(|p| {
        let mut p = p.borrow_mut();
        if p.depth > 0 {
            p.buf.extend_from_slice(b);
            true
        } else {
            false
        }
    });
    if !written {
        crate::os::write_fd(2, b);
    }
}

/// Starts one print statement: buffer everything until the matching printunlock.
pub fn printlock() {
    PRINT.with(|p| p.borrow_mut().depth += 1);
}

/// Ends one print statement; the outermost unlock writes the buffer with one write(2).
pub fn printunlock() {
    let out = PRINT.with(|p| {
        let mut p = p.borrow_mut();
        p.depth = p.depth.saturating_sub(1);
        if p.depth == 0 && !p.buf.is_empty() {
            Some(std::mem::take(&mut p.buf))
        } else {
            None
        }
    });
    if let Some(out) = out {
        crate::os::write_fd(2, &out);
    }
}

pub fn print_bool(b: bool) {
    print_str(if b { b"true" } else { b"false" });
}

pub fn print_uint(mut v: u64) {
    let mut buf = [0u8; 20];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = b'0' + (v % 10) as u8;
        if v < 10 {
            break;
        }
        v /= 10;
    }
    print_str(&buf[i..]);
}

pub fn print_int(v: i64) {
    if v < 0 {
        print_str(b"-");
    }
    print_uint(v.unsigned_abs());
}

pub fn print_hex(mut v: u64) {
    const DIG: &[u8; 16] = b"0123456789abcdef";
    let mut buf = [0u8; 18];
    let mut i = buf.len();
    loop {
        i -= 1;
        buf[i] = DIG[(v % 16) as usize];
        if v < 16 {
            break;
        }
        v /= 16;
    }
    i -= 1;
    buf[i] = b'x';
    i -= 1;
    buf[i] = b'0';
    print_str(&buf[i..]);
}

pub fn print_pointer(p: usize) {
    print_hex(p as u64);
}

/// runtime.printfloat's fixed format: sign, 7 significant digits, 3-digit exponent
/// (`+1.500000e+000`). The digits come from repeated float arithmetic, as in Go, so they
/// match Go's (imprecise) output bit for bit.
pub fn print_float_bytes(mut v: f64) -> Vec<u8> {
    if v.is_nan() {
        return b"NaN".to_vec();
    }
    if v + v == v && v > 0.0 {
        return b"+Inf".to_vec();
    }
    if v + v == v && v < 0.0 {
        return b"-Inf".to_vec();
    }
    const N: usize = 7;
    let mut buf = [0u8; N + 7];
    buf[0] = b'+';
    let mut e: i32 = 0;
    if v == 0.0 {
        if v.is_sign_negative() {
            buf[0] = b'-';
        }
    } else {
        if v < 0.0 {
            v = -v;
            buf[0] = b'-';
        }
        while v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
        while v < 1.0 {
            e -= 1;
            v *= 10.0;
        }
        let mut h = 5.0;
        for _ in 0..N {
            h /= 10.0;
        }
        v += h;
        if v >= 10.0 {
            e += 1;
            v /= 10.0;
        }
    }
    for i in 0..N {
        let s = v as i64;
        buf[i + 2] = (s as u8).wrapping_add(b'0');
        v -= s as f64;
        v *= 10.0;
    }
    buf[1] = buf[2];
    buf[2] = b'.';
    buf[N + 2] = b'e';
    buf[N + 3] = b'+';
    if e < 0 {
        e = -e;
        buf[N + 3] = b'-';
    }
    buf[N + 4] = (e / 100) as u8 + b'0';
    buf[N + 5] = (e / 10 % 10) as u8 + b'0';
    buf[N + 6] = (e % 10) as u8 + b'0';
    buf.to_vec()
}

pub fn print_float(v: f64) {
    print_str(&print_float_bytes(v));
}

/// runtime.printcomplex: `(+1.000000e+000+2.000000e+000i)`.
pub fn print_complex(re: f64, im: f64) {
    print_str(b"(");
    print_float(re);
    print_float(im);
    print_str(b"i)");
}

/// runtime.printeface: `(0xTYPE,0xDATA)`.
pub fn print_eface(typ: *const Type, data: *const u8) {
    print_str(b"(");
    print_pointer(typ as usize);
    print_str(b",");
    print_pointer(data as usize);
    print_str(b")");
}

/// runtime.printslice: `[len/cap]0xPTR`.
pub fn print_slice(ptr: usize, len: usize, cap: usize) {
    print_str(b"[");
    print_int(len as i64);
    print_str(b"/");
    print_int(cap as i64);
    print_str(b"]");
    print_pointer(ptr);
}

/// The name Go gives a predeclared basic type of this kind, if the kind is basic.
pub fn basic_name(k: Kind) -> Option<&'static [u8]> {
    Some(match k {
        Kind::Bool => b"bool",
        Kind::Int => b"int",
        Kind::Int8 => b"int8",
        Kind::Int16 => b"int16",
        Kind::Int32 => b"int32",
        Kind::Int64 => b"int64",
        Kind::Uint => b"uint",
        Kind::Uint8 => b"uint8",
        Kind::Uint16 => b"uint16",
        Kind::Uint32 => b"uint32",
        Kind::Uint64 => b"uint64",
        Kind::Uintptr => b"uintptr",
        Kind::Float32 => b"float32",
        Kind::Float64 => b"float64",
        Kind::Complex64 => b"complex64",
        Kind::Complex128 => b"complex128",
        Kind::String => b"string",
        Kind::UnsafePointer => b"unsafe.Pointer",
        _ => return None,
    })
}

/// Whether `t` is exactly a predeclared basic type (`int`, `string`, ...), the cases of
/// printpanicval's and fmt's type switches. A defined type such as `main.MyInt` is not, even
/// if the compiler marks predeclared types TFLAG_NAMED too.
pub fn is_predeclared_basic(t: &Type) -> bool {
    match basic_name(t.kind()) {
        Some(n) => t.flags & TFLAG_NAMED == 0 || t.name() == n,
        None => false,
    }
}

/// Prints a basic-kind value stored at `data` as print does. Returns false for other kinds.
///
/// # Safety
/// `data` must point at a value of `t`'s kind.
unsafe fn print_basic_value(k: Kind, data: *const u8) -> bool {
    match k {
        Kind::Bool => print_bool(*data != 0),
        Kind::Int | Kind::Int64 => print_int(*(data as *const i64)),
        Kind::Int8 => print_int(*(data as *const i8) as i64),
        Kind::Int16 => print_int(*(data as *const i16) as i64),
        Kind::Int32 => print_int(*(data as *const i32) as i64),
        Kind::Uint | Kind::Uint64 | Kind::Uintptr => print_uint(*(data as *const u64)),
        Kind::Uint8 => print_uint(*data as u64),
        Kind::Uint16 => print_uint(*(data as *const u16) as u64),
        Kind::Uint32 => print_uint(*(data as *const u32) as u64),
        Kind::Float32 => print_float(*(data as *const f32) as f64),
        Kind::Float64 => print_float(*(data as *const f64)),
        Kind::Complex64 => {
            let c = data as *const f32;
            print_complex(*c as f64, *c.add(1) as f64)
        }
        Kind::Complex128 => {
            let c = data as *const f64;
            print_complex(*c, *c.add(1))
        }
        Kind::String => print_str(crate::types::GoString::as_bytes(
            *(data as *const crate::types::GoString),
        )),
        _ => return false,
    }
    true
}

/// Go 1.19's printpanicval (runtime.printany + printanycustomtype) for an eface panic value
/// whose Error/String method, if any, has already been applied by the caller:
/// nil → `nil`; predeclared basic types print as print does (strings as-is); defined basic
/// types print as `main.MyInt(7)`, `main.S("x")`, `main.C(+1.0e+000+2.0e+000i)`; everything
/// else as `(TYPE) ADDR`, where ADDR is the eface data word.
///
/// # Safety
/// `typ`/`data` must form a valid eface (typ null or a descriptor, data valid for it).
pub unsafe fn printpanicval(typ: *const Type, data: *const u8) {
    if typ.is_null() {
        print_str(b"nil");
        return;
    }
    // SAFETY: a non-null eface type points at a compiler-emitted descriptor.
    let t = &*typ;
    let k = t.kind();
    let direct = t.is_direct();
    if is_predeclared_basic(t) && !direct {
        // SAFETY: indirect eface data points at a value of type t.
        if print_basic_value(k, data) {
            return;
        }
    }
    if basic_name(k).is_some() && !direct {
        print_str(t.name());
        match k {
            Kind::Complex64 | Kind::Complex128 => {}
            Kind::String => print_str(b"(\""),
            _ => print_str(b"("),
        }
        // SAFETY: as above.
        print_basic_value(k, data);
        match k {
            Kind::Complex64 | Kind::Complex128 => {}
            Kind::String => print_str(b"\")"),
            _ => print_str(b")"),
        }
        return;
    }
    print_str(b"(");
    print_str(t.name());
    print_str(b") ");
    print_pointer(data as usize);
}

// ---- entry points for compiled print/println statements ----

#[no_mangle]
pub extern "C" fn deferc_printlock() {
    printlock();
}

#[no_mangle]
pub extern "C" fn deferc_printunlock() {
    printunlock();
}

#[no_mangle]
pub extern "C" fn deferc_printbool(b: u8) {
    print_bool(b != 0);
}

#[no_mangle]
pub extern "C" fn deferc_printint(v: i64) {
    print_int(v);
}

#[no_mangle]
pub extern "C" fn deferc_printuint(v: u64) {
    print_uint(v);
}

#[no_mangle]
pub extern "C" fn deferc_printfloat(v: f64) {
    print_float(v);
}

/// runtime.printcomplex for complex64/complex128 operands (both passed widened to f64).
#[no_mangle]
pub extern "C" fn deferc_printcomplex(re: f64, im: f64) {
    print_complex(re, im);
}

/// # Safety
/// `p` must point at `len` readable bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_printstring(p: *const u8, len: usize) {
    print_str(crate::types::GoString { ptr: p, len }.as_bytes());
}

#[no_mangle]
pub extern "C" fn deferc_printpointer(p: usize) {
    print_pointer(p);
}

#[no_mangle]
pub extern "C" fn deferc_printhex(v: u64) {
    print_hex(v);
}

#[no_mangle]
pub extern "C" fn deferc_printsp() {
    print_str(b" ");
}

#[no_mangle]
pub extern "C" fn deferc_printnl() {
    print_str(b"\n");
}

#[no_mangle]
pub extern "C" fn deferc_printeface(typ: *const Type, data: *const u8) {
    print_eface(typ, data);
}

#[no_mangle]
pub extern "C" fn deferc_printslice(ptr: usize, len: usize, cap: usize) {
    print_slice(ptr, len, cap);
}

/// Collects what `f` prints (for tests and for callers that need the text, e.g. panic
/// messages assembled before writing).
pub fn capture(f: impl FnOnce()) -> Vec<u8> {
    let saved = PRINT.with(|p| {
        let mut p = p.borrow_mut();
        let saved = (p.depth, std::mem::take(&mut p.buf));
        p.depth = 1;
        saved
    });
    f();
    PRINT.with(|p| {
        let mut p = p.borrow_mut();
        let out = std::mem::take(&mut p.buf);
        p.depth = saved.0;
        p.buf = saved.1;
        out
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::types::GoString;

    fn s(b: Vec<u8>) -> String {
        String::from_utf8(b).unwrap()
    }

    // Expected values from Go 1.19:
    //   println(1.5, -0.0, 0.0, 1e300, 123456789.0, 1.0/3, 1e-300, 5e-324, NaN, +Inf, -Inf)
    //   +1.500000e+000 -0.000000e+000 +0.000000e+000 +1.000000e+300 +1.234568e+008
    //   +3.333333e-001 +1.000000e-300 +4.940656e-324 NaN +Inf -Inf
    #[test]
    fn floats() {
        let cases: &[(f64, &str)] = &[
            (1.5, "+1.500000e+000"),
            (-0.0, "-0.000000e+000"),
            (0.0, "+0.000000e+000"),
            (1e300, "+1.000000e+300"),
            (123456789.0, "+1.234568e+008"),
            (1.0 / 3.0, "+3.333333e-001"),
            (1e-300, "+1.000000e-300"),
            (5e-324, "+4.940656e-324"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "+Inf"),
            (f64::NEG_INFINITY, "-Inf"),
            (-2.5, "-2.500000e+000"),
            (9.9999999, "+1.000000e+001"),
        ];
        for &(v, want) in cases {
            assert_eq!(s(print_float_bytes(v)), want, "{v}");
        }
    }

    // println(true, -5, uint64(18446744073709551615), "x") + print(nil slice, hex)
    #[test]
    fn ints_and_statement() {
        let out = capture(|| {
            deferc_printbool(1);
            deferc_printsp();
            deferc_printint(i64::MIN);
            deferc_printsp();
            deferc_printuint(u64::MAX);
            deferc_printsp();
            deferc_printhex(0);
            deferc_printsp();
            deferc_printpointer(0xc000012345);
            deferc_printsp();
            deferc_printslice(0, 0, 0);
            deferc_printsp();
            deferc_printeface(std::ptr::null(), std::ptr::null());
            deferc_printsp();
            print_complex(1.0, -2.0);
            deferc_printnl();
        });
        assert_eq!(
            s(out),
            "true -9223372036854775808 18446744073709551615 0x0 0xc000012345 [0/0]0x0 \
             (0x0,0x0) (+1.000000e+000-2.000000e+000i)\n"
        );
    }

    static NAME_INT: &[u8] = b"int";
    static NAME_MYINT: &[u8] = b"main.MyInt";
    static NAME_S: &[u8] = b"main.S";
    static NAME_T: &[u8] = b"main.T";
    static NAME_PT: &[u8] = b"*main.T";

    fn ty(kind: Kind, name: &'static [u8], flags: u16, size: usize) -> Type {
        Type::new(kind, size, 8, flags, name)
    }

    // Go 1.19: panic(7) → "panic: 7"; type MyInt int; panic(MyInt(7)) → "panic: main.MyInt(7)";
    // type S string; panic(S("x")) → `panic: main.S("x")`; panic(T{}) → "panic: (main.T) 0xc...";
    // panic(&T{}) → "panic: (*main.T) 0xc..."; panic(nil) → "panic: nil".
    #[test]
    fn panic_values() {
        let int_t = ty(Kind::Int, NAME_INT, TFLAG_NAMED, 8);
        let my = ty(Kind::Int, NAME_MYINT, TFLAG_NAMED, 8);
        let st = ty(Kind::String, NAME_S, TFLAG_NAMED, 16);
        let tt = ty(Kind::Struct, NAME_T, TFLAG_NAMED, 8);
        let pt = ty(Kind::Pointer, NAME_PT, 0, 8);
        let seven: i64 = 7;
        let x = b"x";
        let gs = GoString {
            ptr: x.as_ptr(),
            len: 1,
        };
        // SAFETY: every eface below points at a value of its type.
        let out = capture(|| unsafe {
            printpanicval(&int_t, &seven as *const i64 as *const u8);
            print_str(b"|");
            printpanicval(&my, &seven as *const i64 as *const u8);
            print_str(b"|");
            printpanicval(&st, &gs as *const GoString as *const u8);
            print_str(b"|");
            printpanicval(&tt, 0x1234 as *const u8);
            print_str(b"|");
            printpanicval(&pt, 0xc000010000usize as *const u8);
            print_str(b"|");
            printpanicval(std::ptr::null(), std::ptr::null());
        });
        assert_eq!(
            s(out),
            "7|main.MyInt(7)|main.S(\"x\")|(main.T) 0x1234|(*main.T) 0xc000010000|nil"
        );
    }
}
