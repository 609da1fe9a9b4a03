//! Go's view of code addresses (Go's symtab.go and the frame walk of traceback.go): the Go 1.19
//! runtime functions deferc's own machinery stands in for (runtime.main, runtime.goexit,
//! gopanic, runtime.Goexit, ...) registered as functions of their own, source files as Go
//! names them (library files under GOROOT/src), the line of a pc, and the walk of a
//! goroutine's logical frames that runtime.Callers, runtime.Stack, log's caller and every
//! traceback share.
//!
//! The logical frames are those Go would have, as far as function names and lines go:
//! - compiler-generated code is left out (stubs and trampolines, `go` statement thunks, the
//!   bodies of library functions that only pass their words to the runtime, method wrappers:
//!   their calls carry no source line), as Go elides its wrappers;
//! - the program's entry stands for Go's `runtime.main` and `runtime.goexit`, the goroutine
//!   trampoline for `runtime.goexit`;
//! - a frame whose landing pad is running deferred calls for a panic (or a Goexit) shows what
//!   Go's stack has there: the deferred call's caller is `runtime.gopanic` (`runtime.Goexit`),
//!   beneath which are the frames the panic unwound (recorded in its trace, since the landing
//!   pad's deferred calls reuse their stack), down to the frame itself at the line it was
//!   left from;
//! - library functions that are Go's runtime functions (runtime.Callers, runtime/debug.Stack)
//!   show as Go's, with Go's file and line.
//!
//! Invariants: the synthetic functions live in `RT_TEXT`, a static range no compiled code
//! overlaps, and are registered once (`register_runtime_funcs`) before any Go code runs. The
//! walk reads only frame records inside the goroutine's stack, going strictly up, so it always
//! terminates and reads nothing the chain does not give; it allocates nothing (the signal
//! handler uses it).

use crate::funcdata::{deferc_register_funcs, find_site, findfunc, CallSite, FuncInfo, NO_HANDLER};
use crate::goroutine::G;
use crate::types::GoString;
use std::sync::{Once, OnceLock};

/// The Go runtime functions deferc's frames stand for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum RtFunc {
    /// `runtime.main`: the main goroutine's bottom frame above goexit.
    Main,
    /// `runtime.goexit`: every goroutine's bottom frame.
    Goexit,
    /// `runtime.gopanic` (printed `panic`): the caller of deferred calls run by a panic.
    Gopanic,
    /// `runtime.Goexit`: the caller of deferred calls run by a Goexit.
    RuntimeGoexit,
    /// `runtime.Callers`: frame 0 of its own result.
    Callers,
    /// `runtime/debug.Stack`.
    DebugStack,
    /// `runtime/debug.PrintStack`.
    DebugPrintStack,
    /// `runtime.Gosched` (inlined in Go: printed `(...)`, no offset).
    Gosched,
}

const RT_COUNT: usize = 8;

/// Bytes of `RT_TEXT` each synthetic function spans.
const RT_SPAN: usize = 0x400;

/// `FuncInfo::nparams` of a synthetic function Go inlines: printed `f(...)` without `+0x..`.
pub const INLINED: u32 = u32::MAX;

struct RtDesc {
    name: &'static str,
    /// Relative to `$GOROOT/`.
    file: &'static str,
    /// Go 1.19.8's line of the call the frame is at.
    line: u32,
    /// The return offset Go's frame shows (`+0x212`).
    ret_off: u32,
    nparams: u32,
}

#[cfg(target_arch = "aarch64")]
const GOEXIT: RtDesc = RtDesc {
    name: "runtime.goexit",
    file: "src/runtime/asm_arm64.s",
    line: 1172,
    ret_off: 0x4,
    nparams: 0,
};
#[cfg(not(target_arch = "aarch64"))]
const GOEXIT: RtDesc = RtDesc {
    name: "runtime.goexit",
    file: "src/runtime/asm_amd64.s",
    line: 1594,
    ret_off: 0x1,
    nparams: 0,
};

/// In `RtFunc` order.
const RT_DESCS: [RtDesc; RT_COUNT] = [
    RtDesc {
        name: "runtime.main",
        file: "src/runtime/proc.go",
        line: 250,
        ret_off: 0x212,
        nparams: 0,
    },
    GOEXIT,
    RtDesc {
        name: "runtime.gopanic",
        file: "src/runtime/panic.go",
        line: 884,
        ret_off: 0x212,
        nparams: 1,
    },
    RtDesc {
        name: "runtime.Goexit",
        file: "src/runtime/panic.go",
        line: 522,
        ret_off: 0x185,
        nparams: 0,
    },
    RtDesc {
        name: "runtime.Callers",
        file: "src/runtime/extern.go",
        line: 247,
        ret_off: 0x74,
        nparams: 2,
    },
    RtDesc {
        name: "runtime/debug.Stack",
        file: "src/runtime/debug/stack.go",
        line: 24,
        ret_off: 0x65,
        nparams: 0,
    },
    RtDesc {
        name: "runtime/debug.PrintStack",
        file: "src/runtime/debug/stack.go",
        line: 16,
        ret_off: 0x19,
        nparams: 0,
    },
    RtDesc {
        name: "runtime.Gosched",
        file: "src/runtime/proc.go",
        line: 318,
        ret_off: 0x1,
        nparams: INLINED,
    },
];

/// The address range the synthetic functions occupy (never executed; only its addresses
/// matter, and no compiled code can be there).
#[repr(align(4096))]
struct RtText([u8; RT_COUNT * RT_SPAN]);
static RT_TEXT: RtText = RtText([0; RT_COUNT * RT_SPAN]);

/// The prefix of synthetic file names that `GOROOT` replaces.
const GOROOT_MARK: &[u8] = b"$GOROOT/";
/// The prefix of library file names (loader/golib.rs): `GOROOT/src/` replaces it.
const GOLIB_MARK: &[u8] = b"$DEFERC/golib/";

fn rt_entry(f: RtFunc) -> usize {
    RT_TEXT.0.as_ptr() as usize + f as usize * RT_SPAN
}

/// The return address a frame of `f` shows (what runtime.Callers reports for it).
pub fn rt_pc(f: RtFunc) -> usize {
    rt_entry(f) + RT_DESCS[f as usize].ret_off as usize
}

/// Registers the synthetic functions (once per process; before Go code runs).
pub fn register_runtime_funcs() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let mut funcs = Vec::with_capacity(RT_COUNT);
        for (i, d) in RT_DESCS.iter().enumerate() {
            let site: &'static [CallSite] = Box::leak(Box::new([CallSite {
                ret_off: d.ret_off,
                handler_off: NO_HANDLER,
                frame_off: 0,
                line: d.line,
            }]));
            let file: &'static [u8] =
                Box::leak([GOROOT_MARK, d.file.as_bytes()].concat().into_boxed_slice());
            funcs.push(FuncInfo {
                entry: RT_TEXT.0.as_ptr() as usize + i * RT_SPAN,
                size: RT_SPAN,
                name: GoString {
                    ptr: d.name.as_ptr(),
                    len: d.name.len(),
                },
                file: GoString {
                    ptr: file.as_ptr(),
                    len: file.len(),
                },
                sites: site.as_ptr(),
                nsites: 1,
                nparams: d.nparams,
                line: d.line,
                flags: 0,
            });
        }
        let funcs: &'static [FuncInfo] = Box::leak(funcs.into_boxed_slice());
        // SAFETY: the table, its strings and sites are leaked (alive until exit) and cover
        // RT_TEXT, which no compiled function overlaps.
        unsafe { deferc_register_funcs(funcs.as_ptr(), funcs.len()) };
    });
}

/// The library function whose frames show as Go's runtime function `name`, if any.
fn stand_in(name: &[u8]) -> Option<RtFunc> {
    if !name.starts_with(b"runtime") {
        return None;
    }
    Some(match name {
        b"runtime.Callers" => RtFunc::Callers,
        b"runtime/debug.Stack" => RtFunc::DebugStack,
        b"runtime/debug.PrintStack" => RtFunc::DebugPrintStack,
        b"runtime.Gosched" => RtFunc::Gosched,
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Files and lines

/// GOROOT and the two prefixes file names get from it, made once.
struct Roots {
    root: Vec<u8>,
    /// GOROOT + "/src/": replaces `$DEFERC/golib/`.
    src: Vec<u8>,
    /// GOROOT + "/": replaces `$GOROOT/`.
    slash: Vec<u8>,
}

static ROOTS: OnceLock<Roots> = OnceLock::new();

fn roots() -> &'static Roots {
    ROOTS.get_or_init(|| {
        let root = find_goroot();
        Roots {
            src: [&root[..], b"/src/"].concat(),
            slash: [&root[..], b"/"].concat(),
            root,
        }
    })
}

/// Go's runtime.GOROOT(): `$GOROOT` when set, else the root of the Go installation whose `go`
/// command is on PATH (the Go deferc stands for), else Go's default `/usr/local/go`.
fn find_goroot() -> Vec<u8> {
    use std::os::unix::ffi::OsStrExt;
    if let Some(v) = std::env::var_os("GOROOT").filter(|v| !v.is_empty()) {
        return v.as_bytes().to_vec();
    }
    let path = std::env::var_os("PATH").unwrap_or_default();
    for dir in std::env::split_paths(&path) {
        let Ok(exe) = std::fs::canonicalize(dir.join("go")) else {
            continue;
        };
        if let Some(root) = exe.parent().and_then(|b| b.parent()) {
            if root.join("src").join("runtime").is_dir() {
                return root.as_os_str().as_bytes().to_vec();
            }
        }
    }
    b"/usr/local/go".to_vec()
}

/// runtime.GOROOT() (see `find_goroot`), found once.
pub fn goroot() -> &'static [u8] {
    &roots().root
}

/// `f`'s file as Go names it, in two pieces to print one after the other: a library or
/// synthetic file is GOROOT's prefix then the rest. With `init` false (the signal handler,
/// which may not allocate) GOROOT is used only if already known, else the raw name is given.
pub(crate) fn file_parts(f: &FuncInfo, init: bool) -> (&'static [u8], &'static [u8]) {
    // SAFETY: file names are static data (compiled, or leaked by register_runtime_funcs).
    let file: &'static [u8] = unsafe { f.file.as_bytes() };
    let r = if init { Some(roots()) } else { ROOTS.get() };
    let Some(r) = r else { return (b"", file) };
    if let Some(rest) = file.strip_prefix(GOLIB_MARK) {
        (&r.src, rest)
    } else if let Some(rest) = file.strip_prefix(GOROOT_MARK) {
        (&r.slash, rest)
    } else {
        (b"", file)
    }
}

/// `f`'s file as a Go string (runtime.Caller, Frame.File, Func.FileLine).
pub fn go_file(f: &FuncInfo) -> GoString {
    let (a, b) = file_parts(f, true);
    if a.is_empty() {
        return GoString {
            ptr: f.file.ptr,
            len: f.file.len,
        };
    }
    GoString::from_bytes(&[a, b].concat())
}

/// The line of the code at `pc` in `f`: exact at a call's return address (what Callers
/// reports) and at the call itself (the return address minus one, a Frame's PC); the
/// declaration's line at the entry; else the line of the next call in the function (deferc
/// keeps lines of calls only).
pub fn pc_line(f: &FuncInfo, pc: usize) -> u32 {
    let off = pc.wrapping_sub(f.entry);
    if off == 0 && f.line != 0 {
        return f.line;
    }
    let sites = f.sites();
    let i = sites.partition_point(|s| (s.ret_off as usize) < off);
    // A return address matches exactly; pc = ret - 1 lies in the call before ret.
    sites
        .get(i)
        .or_else(|| sites.last())
        .map_or(f.line, |s| if s.line != 0 { s.line } else { f.line })
}

// ---------------------------------------------------------------------------------------------
// The walk

/// Whether a frame of `f` returning to `pc` is one Go would have: not generated code (whose
/// calls have no line) and not the program's entry.
pub(crate) fn visible(f: &FuncInfo, pc: usize) -> bool {
    if f.is_stub() || f.name().starts_with(b"deferc_") {
        return false;
    }
    find_site(f, pc.wrapping_sub(f.entry) as u32).is_some_and(|s| s.line != 0)
}

/// Whether the frame returning to `pc` is visible (trace entries and synthetic pcs alike).
fn visible_pc(pc: usize) -> bool {
    findfunc(pc.wrapping_sub(1)).is_some_and(|f| visible(f, pc))
}

/// The panic (or Goexit) whose landing pad runs in the frame `fp` of `g`, if any.
///
/// # Safety
/// `g`'s panic list is valid.
unsafe fn panic_at(g: *mut G, fp: usize) -> Option<*mut crate::panic::Panic> {
    if g.is_null() {
        return None;
    }
    let mut p = (*g).panic;
    while !p.is_null() {
        if (*p).frame_fp == fp {
            return Some(p);
        }
        p = (*p).link;
    }
    None
}

/// The frame Go has beneath the deferred calls a panic runs (`runtime.gopanic`), or a
/// Goexit (`runtime.Goexit`).
pub(crate) fn marker_pc(goexit: bool) -> usize {
    rt_pc(if goexit {
        RtFunc::RuntimeGoexit
    } else {
        RtFunc::Gopanic
    })
}

/// Calls `visit` with the pc of each logical frame of `g` (module docs), innermost first,
/// starting with the frame of compiled code whose frame pointer is `fp` and whose return
/// address (into it) is `pc`; stops when `visit` returns false. `lo`/`hi` bound the stack the
/// frame records are read from.
///
/// # Safety
/// `g` is a G whose panic list is valid (or null); (fp, pc) a frame of compiled code on the
/// stack [lo, hi) that stays put during the walk.
pub(crate) unsafe fn walk(
    g: *mut G,
    mut fp: usize,
    mut pc: usize,
    lo: usize,
    hi: usize,
    visit: &mut dyn FnMut(usize) -> bool,
) {
    while let Some(f) = findfunc(pc.wrapping_sub(1)) {
        let name = f.name();
        if name == b"deferc_program_main" {
            let _ = visit(rt_pc(RtFunc::Main)) && visit(rt_pc(RtFunc::Goexit));
            return;
        }
        if name == b"deferc.go_trampoline" {
            visit(rt_pc(RtFunc::Goexit));
            return;
        }
        let go_on = if let Some(rt) = stand_in(name) {
            visit(rt_pc(rt))
        } else if !visible(f, pc) {
            true
        } else if let Some(p) = panic_at(g, fp) {
            visit_panic(p, fp, pc, visit)
        } else {
            visit(pc)
        };
        if !go_on {
            return;
        }
        if fp < lo || !fp.is_multiple_of(8) || fp.checked_add(16).is_none_or(|e| e > hi) {
            return;
        }
        // SAFETY (of the reads): [fp, fp + 16) lies inside the goroutine's stack.
        let next_fp = *(fp as *const usize);
        pc = *((fp + 8) as *const usize);
        if next_fp <= fp {
            return;
        }
        fp = next_fp;
    }
}

/// The frames of frame `fp` while its landing pad runs deferred calls for `p`: the marker,
/// the frames `p` unwound, then the frame itself at the pc the panic left it from.
unsafe fn visit_panic(
    p: *mut crate::panic::Panic,
    fp: usize,
    pc: usize,
    visit: &mut dyn FnMut(usize) -> bool,
) -> bool {
    if !visit(marker_pc((*p).goexit)) {
        return false;
    }
    let t = &(*p).trace;
    for i in 0..t.n {
        if t.fps[i] == fp {
            return visit(t.pcs[i]);
        }
        if visible_pc(t.pcs[i]) && !visit(t.pcs[i]) {
            return false;
        }
    }
    visit(pc)
}

/// The walk of the running goroutine from the frame of the intrinsic body that called a
/// runtime entry through a caller shim (`fp`, `pc` from the shim); the intrinsic body itself
/// is generated code and not visited.
///
/// # Safety
/// Called on a goroutine by compiled code, (fp, pc) as the shim passed them.
pub(crate) unsafe fn walk_current(fp: usize, pc: usize, visit: &mut dyn FnMut(usize) -> bool) {
    let g = crate::goroutine::getg();
    let (lo, hi) = if g.is_null() || (*g).stack_hi == 0 {
        (0, usize::MAX)
    } else {
        ((*g).stack_lo, (*g).stack_hi)
    };
    walk(g, fp, pc, lo, hi, visit)
}

// ---------------------------------------------------------------------------------------------
// Package runtime's entries

/// `runtime.callers(skip, buf, n)` (through the `deferc_runtime_callers` shim): stores the
/// return pcs of the logical frames, frame 0 being the caller of the shim's caller (the
/// library function runtime.Callers or runtime.Caller), skipping `skip` of them, into
/// `buf[..n]`; returns how many were stored.
pub(crate) unsafe extern "C" fn callers_impl(
    skip: isize,
    buf: *mut usize,
    n: isize,
    fp: usize,
    pc: usize,
) -> isize {
    let mut skip = skip.max(0) as usize;
    let n = n.max(0) as usize;
    let mut k = 0usize;
    walk_current(fp, pc, &mut |pc| {
        if skip > 0 {
            skip -= 1;
            return true;
        }
        if k < n {
            *buf.add(k) = pc;
            k += 1;
        }
        k < n
    });
    k as isize
}

/// `runtime.findfunc(pc)`: the registered function containing `pc`, or null (FuncForPC's
/// `*Func` is this pointer: the runtime's FuncInfo, static data the collector passes over).
#[no_mangle]
pub extern "C" fn deferc_runtime_findfunc(pc: usize) -> *const FuncInfo {
    findfunc(pc).map_or(std::ptr::null(), |f| f as *const FuncInfo)
}

/// `runtime.funcName(f)`: Go's name of the function.
///
/// # Safety
/// `f` is a pointer `deferc_runtime_findfunc` returned.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_funcName(f: *const FuncInfo) -> GoString {
    (*f).name
}

/// `runtime.funcEntry(f)`.
///
/// # Safety
/// As for `deferc_runtime_funcName`.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_funcEntry(f: *const FuncInfo) -> usize {
    (*f).entry
}

/// `runtime.funcFile(f)`: Go's file name (library files under GOROOT/src).
///
/// # Safety
/// As for `deferc_runtime_funcName`.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_funcFile(f: *const FuncInfo) -> GoString {
    go_file(&*f)
}

/// `runtime.funcLine(f, pc)`: the line of `pc` in `f` (`pc_line`).
///
/// # Safety
/// As for `deferc_runtime_funcName`.
#[no_mangle]
pub unsafe extern "C" fn deferc_runtime_funcLine(f: *const FuncInfo, pc: usize) -> isize {
    pc_line(&*f, pc) as isize
}

/// `runtime.goroot()`.
#[no_mangle]
pub extern "C" fn deferc_runtime_goroot() -> GoString {
    GoString::from_bytes(goroot())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_functions() {
        register_runtime_funcs();
        register_runtime_funcs();
        for (i, d) in RT_DESCS.iter().enumerate() {
            // SAFETY: RtFunc is repr(usize) with RT_COUNT variants in RT_DESCS order.
            let rf: RtFunc = unsafe { std::mem::transmute::<usize, RtFunc>(i) };
            let pc = rt_pc(rf);
            let f = findfunc(pc - 1).expect("registered");
            assert_eq!(f.name(), d.name.as_bytes());
            assert_eq!(pc_line(f, pc), d.line);
            assert_eq!(pc_line(f, pc - 1), d.line);
            assert!(visible(f, pc));
            let (a, b) = file_parts(f, true);
            let full = [a, b].concat();
            assert!(full.ends_with(d.file.as_bytes()), "{:?}", full);
            assert!(full.starts_with(goroot()));
        }
        assert_eq!(stand_in(b"runtime.Callers"), Some(RtFunc::Callers));
        assert_eq!(stand_in(b"runtime.Caller"), None);
        assert_eq!(stand_in(b"main.Callers"), None);
    }

    #[test]
    fn lines_of_pcs() {
        let sites: &'static [CallSite] = Box::leak(Box::new([
            CallSite {
                ret_off: 0x10,
                handler_off: NO_HANDLER,
                frame_off: 0,
                line: 5,
            },
            CallSite {
                ret_off: 0x20,
                handler_off: NO_HANDLER,
                frame_off: 0,
                line: 7,
            },
        ]));
        let f = FuncInfo {
            entry: 0x1000,
            size: 0x40,
            name: GoString::EMPTY,
            file: GoString::EMPTY,
            sites: sites.as_ptr(),
            nsites: 2,
            nparams: 0,
            line: 3,
            flags: 0,
        };
        assert_eq!(pc_line(&f, 0x1000), 3);
        assert_eq!(pc_line(&f, 0x1010), 5);
        assert_eq!(pc_line(&f, 0x100f), 5);
        assert_eq!(pc_line(&f, 0x1011), 7);
        assert_eq!(pc_line(&f, 0x1020), 7);
        assert_eq!(pc_line(&f, 0x1030), 7);
    }
}
