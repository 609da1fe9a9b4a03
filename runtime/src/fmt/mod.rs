//! Go's fmt package (Print, Println, Printf and their F/S forms) over the Eface argument arrays
//! compiled code passes.
//!
//! The code follows Go 1.19's fmt/print.go (print.rs), fmt/format.go (format.rs) and
//! internal/fmtsort (fmtsort.rs) function by function, so outputs match byte for byte; float
//! formatting and quoting are strconv's (crate::pkg_strconv), as in Go. Where Go uses
//! reflection, these files walk the compiler's type descriptors (`types::Type`) instead.
//!
//! Values are handled as `Value`s in the eface convention (see `types::Eface`): for
//! pointer-shaped kinds `data` is the value itself, otherwise a pointer to it. Interface-kind
//! values in memory (struct fields, slice elements) are assumed to be laid out as an Eface
//! {typ, data} — deferc represents every interface that way.
//!
//! Error/String methods are Go code; the runtime reaches them through a trampoline that the
//! compiled program registers at startup (`deferc_set_method_trampoline`).

mod fmtsort;
mod format;
mod print;
mod scan;
#[cfg(test)]
mod tests;
mod value;

use format::Pp;
pub use scan::*;

use crate::os::write_fd;
use crate::types::{Eface, GoSlice, GoString};
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

/// The code of compiler/golib/fmt's `callFormat` (registered by fmt's package initialization
/// through `setFormatter`), through which the printer calls Format methods; 0 until then (a
/// program that does not import fmt has no Formatter to call).
static FORMAT_HOOK: AtomicUsize = AtomicUsize::new(0);

/// fmt.setFormatter(f func(*fmtState) string) bool: remembers the code of the Go function the
/// printer calls for an operand with a Format method.
///
/// # Safety
/// `f` must be a Go func value (a closure record whose first word is its code).
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_setFormatter(f: *const usize) -> bool {
    FORMAT_HOOK.store(*f, Ordering::Relaxed);
    true
}

pub(crate) fn format_hook() -> Option<*const u8> {
    match FORMAT_HOOK.load(Ordering::Relaxed) {
        0 => None,
        p => Some(p as *const u8),
    }
}

/// compiler/golib/fmt's fmtState, the State a Format method is given: the operand, the verb
/// and the directive's flags, and the bytes Format writes (a Go slice the Go code appends to).
/// Every field is a word so the two layouts agree without padding rules.
#[repr(C)]
pub(crate) struct FmtState {
    pub arg: Eface,
    pub verb: i64,
    pub wid: i64,
    pub prec: i64,
    /// FMT_* bits.
    pub flags: i64,
    pub buf: GoSlice,
}

pub(crate) const FMT_WID: i64 = 1;
pub(crate) const FMT_PREC: i64 = 2;
pub(crate) const FMT_MINUS: i64 = 4;
pub(crate) const FMT_PLUS: i64 = 8;
pub(crate) const FMT_SHARP: i64 = 16;
pub(crate) const FMT_SPACE: i64 = 32;
pub(crate) const FMT_ZERO: i64 = 64;

/// The signature of fmt.Formatter's method.
pub const FORMAT_METHOD: &[u8] = b"func(fmt.State, int32)";

/// The method named `name` in `t`'s method table (sorted by name, so binary search).
pub use crate::types::{find_method, find_method_sig};

/// The signature fmt's method interfaces (error, Stringer, GoStringer) require.
pub const STRING_METHOD: &[u8] = b"func() string";

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
/// As `deferc_fmt_Sprint`.
pub unsafe fn sprint_bytes(a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_print(args(a, n));
    p.into_buf()
}

/// # Safety
/// As `deferc_fmt_Sprintln`.
pub unsafe fn sprintln_bytes(a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_println(args(a, n));
    p.into_buf()
}

/// # Safety
/// As `deferc_fmt_Sprintf`.
pub unsafe fn sprintf_bytes(fmt: &[u8], a: *const Eface, n: usize) -> Vec<u8> {
    let mut p = Pp::new();
    p.do_printf(fmt, args(a, n));
    p.into_buf()
}

/// fmt.Errorf's formatting (compiler/golib/fmt): the message, and in `*wrapped` the index of
/// the operand a valid %w wrapped, or -1.
///
/// # Safety
/// As `deferc_fmt_Sprintf`; `wrapped` must be writable.
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
        let p = crate::alloc::alloc_noscan(cap);
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
/// and copying it (garbage for the collector).
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
pub unsafe extern "C" fn deferc_fmt_fprint(
    fd: i64,
    args: *const Eface,
    n: usize,
    _cap: usize,
) -> i64 {
    let b = sprint_bytes(args, n);
    write_fd(fd, &b);
    b.len() as i64
}

/// fmt.Fprintln.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_fprintln(
    fd: i64,
    args: *const Eface,
    n: usize,
    _cap: usize,
) -> i64 {
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
    _cap: usize,
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
pub unsafe extern "C" fn deferc_fmt_Sprint(args: *const Eface, n: usize, _cap: usize) -> GoString {
    GoString::from_bytes(&sprint_bytes(args, n))
}

/// fmt.Sprintln.
///
/// # Safety
/// `args` must point at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_Sprintln(
    args: *const Eface,
    n: usize,
    _cap: usize,
) -> GoString {
    GoString::from_bytes(&sprintln_bytes(args, n))
}

/// fmt.Sprintf.
///
/// # Safety
/// `fmt_ptr` must point at `fmt_len` bytes and `args` at `n` valid efaces.
#[no_mangle]
pub unsafe extern "C" fn deferc_fmt_Sprintf(
    fmt_ptr: *const u8,
    fmt_len: usize,
    args: *const Eface,
    n: usize,
    _cap: usize,
) -> GoString {
    let f = GoString {
        ptr: fmt_ptr,
        len: fmt_len,
    }
    .as_bytes();
    GoString::from_bytes(&sprintf_bytes(f, args, n))
}
