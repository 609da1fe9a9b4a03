//! Panics, runtime errors and Go's crash output.
//!
//! This release ends the program at the panic: the crash report is Go's (`panic: <value>`,
//! a blank line, `goroutine 1 [running]:`, exit status 2), but deferred calls pending in the
//! frames above are not run and recover() always answers nil. The unwinder that runs them and
//! lets recover stop a panic (funcdata, landing pads, raise and resume per architecture) is the
//! next piece of work; codegen already uses the Tail convention and frame pointers it needs.

use crate::fmt::{find_method, method_trampoline};
use crate::os::flush_stdout;
use crate::print::{print_str, printpanicval};
use crate::types::{Eface, GoString, Type};

/// Print the value of a panic as Go's printpanicval does, calling Error or String methods.
///
/// # Safety
/// `typ`/`data` must be an eface built by compiled code.
unsafe fn print_value(typ: *const Type, data: *const u8) {
    if !typ.is_null() {
        let t = &*typ;
        for name in [&b"Error"[..], &b"String"[..]] {
            if let (Some(m), Some(tr)) = (find_method(t, name), method_trampoline()) {
                let s: GoString = tr(m.code, data);
                print_str(s.as_bytes());
                return;
            }
        }
    }
    printpanicval(typ, data);
}

fn die() -> ! {
    print_str(b"\ngoroutine 1 [running]:\n");
    print_str(b"main.main()\n\t(deferc does not print goroutine frames yet)\n");
    std::process::exit(2)
}

/// `panic(v)`.
///
/// # Safety
/// `typ`/`data` must be an eface built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_gopanic(typ: *const Type, data: *const u8) -> ! {
    flush_stdout();
    print_str(b"panic: ");
    if typ.is_null() {
        // Go 1.19: panic(nil) prints as a nil interface.
        print_str(b"nil");
    } else {
        print_value(typ, data);
    }
    let t = typ.as_ref();
    if t.is_some_and(|t| t.name() == b"*errors.errorString") {
        // errors are printed by their Error method (done above)
    }
    print_str(b"\n");
    die()
}

/// `recover()`: no panic can be in flight while Go code runs in this release.
#[no_mangle]
pub extern "C" fn deferc_gorecover(_fp: usize) -> Eface {
    Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    }
}

fn runtime_error(msg: &str, extra: Option<&str>) -> ! {
    flush_stdout();
    print_str(b"panic: runtime error: ");
    print_str(msg.as_bytes());
    print_str(b"\n");
    if let Some(x) = extra {
        print_str(x.as_bytes());
        print_str(b"\n");
    }
    die()
}

#[no_mangle]
pub extern "C" fn deferc_panic_index(i: i64, len: i64) -> ! {
    runtime_error(
        &format!("index out of range [{}] with length {}", i, len),
        None,
    )
}

/// Slice bounds failure: re-derive which of Go's checks failed, in Go's order.
/// `flags`: 1 = three-index slice, 2 = the operand is a slice (Go says "capacity").
#[no_mangle]
pub extern "C" fn deferc_panic_slice(lo: i64, hi: i64, max: i64, cap: i64, flags: i64) -> ! {
    let word = if flags & 2 != 0 { "capacity" } else { "length" };
    let (lo_u, hi_u, max_u, cap_u) = (lo as u64, hi as u64, max as u64, cap as u64);
    let msg = if flags & 1 != 0 {
        if max_u > cap_u {
            format!(
                "slice bounds out of range [::{}] with {} {}",
                max, word, cap
            )
        } else if hi_u > max_u {
            format!("slice bounds out of range [:{}:{}]", hi, max)
        } else {
            format!("slice bounds out of range [{}:{}:]", lo, hi)
        }
    } else if hi_u > cap_u {
        format!("slice bounds out of range [:{}] with {} {}", hi, word, cap)
    } else {
        let _ = lo_u;
        format!("slice bounds out of range [{}:{}]", lo, hi)
    };
    runtime_error(&msg, None)
}

#[no_mangle]
pub extern "C" fn deferc_panic_divide() -> ! {
    runtime_error("integer divide by zero", None)
}

#[no_mangle]
pub extern "C" fn deferc_panic_mem() -> ! {
    runtime_error(
        "invalid memory address or nil pointer dereference",
        Some("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]"),
    )
}

#[no_mangle]
pub extern "C" fn deferc_panic_shift() -> ! {
    runtime_error("negative shift amount", None)
}

/// Interface equality: same dynamic type and equal values.
///
/// # Safety
/// Both pairs must be efaces built by compiled code.
#[no_mangle]
pub unsafe extern "C" fn deferc_ifaceeq(
    t1: *const Type,
    d1: *const u8,
    t2: *const Type,
    d2: *const u8,
) -> u8 {
    if t1 != t2 {
        return 0;
    }
    if t1.is_null() {
        return 1;
    }
    let t = &*t1;
    (value_eq(t, d1, d2)) as u8
}

unsafe fn value_eq(t: &Type, a: *const u8, b: *const u8) -> bool {
    use crate::types::Kind::*;
    if t.is_direct() {
        return a == b;
    }
    match t.kind() {
        String => {
            let x = *(a as *const GoString);
            let y = *(b as *const GoString);
            x.as_bytes() == y.as_bytes()
        }
        Float64 => *(a as *const f64) == *(b as *const f64),
        Float32 => *(a as *const f32) == *(b as *const f32),
        Array => {
            let e = &*t.elem;
            (0..t.len).all(|i| value_eq(e, a.add(i * e.size), b.add(i * e.size)))
        }
        Struct => t
            .fields()
            .iter()
            .all(|f| value_eq(&*f.typ, a.add(f.offset), b.add(f.offset))),
        Interface => {
            let x = *(a as *const Eface);
            let y = *(b as *const Eface);
            deferc_ifaceeq(x.typ, x.data, y.typ, y.data) != 0
        }
        _ => std::slice::from_raw_parts(a, t.size) == std::slice::from_raw_parts(b, t.size),
    }
}

/// The code of method `name` of dynamic type `typ` (the compiler guarantees it exists).
///
/// # Safety
/// `typ` must be a descriptor emitted by the compiler; `name` a valid string.
#[no_mangle]
pub unsafe extern "C" fn deferc_find_method(
    typ: *const Type,
    name: *const u8,
    len: usize,
) -> *const u8 {
    let n = std::slice::from_raw_parts(name, len);
    match find_method(&*typ, n) {
        Some(m) => m.code,
        None => std::ptr::null(),
    }
}
