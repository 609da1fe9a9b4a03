//! Funcdata: the registry of compiled functions (entry, size, name, file, call sites) that the
//! panic unwinder and the crash traceback read (Go's findfunc / pcvalue tables).
//!
//! The compiler hands over one table per compilation unit: the JIT calls
//! `deferc_register_funcs` after finalizing (possibly several times), linked executables carry a
//! `deferc_funcdata` data object that the C `main` registers before running the program.
//!
//! Invariants:
//! - The registered `FuncInfo` arrays (and the names, files and call-site arrays they point to)
//!   live until the process ends; the registry stores pointers to them, never copies.
//! - The registry is a sorted snapshot published through an atomic pointer. A registration
//!   builds a new snapshot and publishes it; old snapshots are leaked, never freed, so a reader
//!   (the unwinder, or the SIGSEGV handler on its alternate stack) never takes a lock and never
//!   sees freed memory. Registrations are rare (once per compilation), so the leak is bounded.

use crate::types::GoString;
use std::sync::atomic::{AtomicPtr, Ordering};
use std::sync::Mutex;

/// `handler_off` of a call site that has no landing pad (a plain call).
pub const NO_HANDLER: u32 = u32::MAX;

/// One call instruction of a compiled function.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CallSite {
    /// Offset of the return address from the function's entry.
    pub ret_off: u32,
    /// Offset of the landing pad from the entry, or `NO_HANDLER`.
    pub handler_off: u32,
    /// For a try_call: the distance SP -> FP of the frame at this call (SP = FP - frame_off).
    pub frame_off: u32,
    /// Source line of the call (for tracebacks).
    pub line: u32,
}

/// One compiled function.
#[repr(C)]
#[derive(Debug)]
pub struct FuncInfo {
    pub entry: usize,
    pub size: usize,
    /// Go's name: `main.f`, `main.main.func1`, `main.(*T).M`; stubs are `deferc.*` or `go.*`.
    pub name: GoString,
    /// Absolute path of the source file.
    pub file: GoString,
    /// Call sites sorted by `ret_off`.
    pub sites: *const CallSite,
    pub nsites: usize,
    /// FUNC_* bits.
    pub flags: usize,
}

/// A function the compiler generated around a method or a call (a receiver wrapper,
/// reflect's adapters): `recover` looks through its frame, as Go's does through
/// funcFlag_WRAPPER functions.
pub const FUNC_WRAPPER: usize = 1;

impl FuncInfo {
    pub fn sites(&self) -> &[CallSite] {
        if self.nsites == 0 || self.sites.is_null() {
            &[]
        } else {
            // SAFETY: the compiler emits nsites entries at sites, alive for the whole run.
            unsafe { std::slice::from_raw_parts(self.sites, self.nsites) }
        }
    }
    pub fn name(&self) -> &[u8] {
        // SAFETY: names are static data emitted by the compiler.
        unsafe { self.name.as_bytes() }
    }
    pub fn file(&self) -> &[u8] {
        // SAFETY: as for name.
        unsafe { self.file.as_bytes() }
    }
    /// Runtime stubs and trampolines that tracebacks leave out (Go hides runtime frames too).
    pub fn is_wrapper(&self) -> bool {
        self.flags & FUNC_WRAPPER != 0
    }

    pub fn is_stub(&self) -> bool {
        let n = self.name();
        n.starts_with(b"deferc.") || n.starts_with(b"go.")
    }
}

/// Pointers to every registered FuncInfo, sorted by entry.
struct Snapshot {
    funcs: Vec<*const FuncInfo>,
}

/// The published snapshot (null = nothing registered).
static CURRENT: AtomicPtr<Snapshot> = AtomicPtr::new(std::ptr::null_mut());
/// Serializes registrations (readers never take it).
static REGISTER: Mutex<()> = Mutex::new(());

/// Adds `n` functions at `funcs` to the registry.
///
/// # Safety
/// `funcs` must point at `n` FuncInfos (with their strings and call sites) that stay valid and
/// unchanged until the process ends, and whose ranges do not overlap registered ones.
#[no_mangle]
pub unsafe extern "C" fn deferc_register_funcs(funcs: *const FuncInfo, n: usize) {
    if funcs.is_null() || n == 0 {
        return;
    }
    let _guard = REGISTER.lock().unwrap_or_else(|e| e.into_inner());
    let old = CURRENT.load(Ordering::Acquire);
    let mut v: Vec<*const FuncInfo> = if old.is_null() {
        Vec::with_capacity(n)
    } else {
        // SAFETY: published snapshots are never freed.
        (*old).funcs.clone()
    };
    v.extend((0..n).map(|i| funcs.add(i)));
    // SAFETY: every pointer in v is a live FuncInfo (caller contract).
    v.sort_by_key(|&f| (*f).entry);
    let snap = Box::into_raw(Box::new(Snapshot { funcs: v }));
    // The old snapshot is leaked on purpose: a concurrent reader may still be using it.
    CURRENT.store(snap, Ordering::Release);
    GENERATION.fetch_add(1, Ordering::Release);
}

/// The function containing `pc` (entry <= pc < entry + size), if registered.
/// For a return address use `findfunc(ret - 1)`: a call can be a function's last instruction.
pub fn findfunc(pc: usize) -> Option<&'static FuncInfo> {
    let snap = CURRENT.load(Ordering::Acquire);
    if snap.is_null() {
        return None;
    }
    // SAFETY: published snapshots are never freed; their FuncInfos live until exit.
    let funcs = unsafe { &(*snap).funcs };
    // Index of the first function with entry > pc; the candidate is the one before it.
    // SAFETY (closure): as above.
    let i = funcs.partition_point(|&f| unsafe { (*f).entry } <= pc);
    if i == 0 {
        return None;
    }
    // SAFETY: as above.
    let f: &'static FuncInfo = unsafe { &*funcs[i - 1] };
    if pc - f.entry < f.size {
        Some(f)
    } else {
        None
    }
}

/// What the unwinder needs about a return address: its function, whether that is a stub
/// (left out of tracebacks), and the call site, if funcdata has one.
#[derive(Clone, Copy)]
pub struct ReturnSite {
    pub func: &'static FuncInfo,
    pub stub: bool,
    pub site: Option<&'static CallSite>,
}

const CACHE_SIZE: usize = 256;

/// Return address -> ReturnSite, direct-mapped: a panic in a loop walks the same few frames
/// every time, and two binary searches plus a name check per frame were most of its cost.
struct SiteCache(std::cell::UnsafeCell<[(usize, Option<ReturnSite>); CACHE_SIZE]>);

// SAFETY: only the thread running Go code unwinds (M:1); the signal handler does not use it.
unsafe impl Sync for SiteCache {}

static SITE_CACHE: SiteCache = SiteCache(std::cell::UnsafeCell::new([(0, None); CACHE_SIZE]));
/// Bumped by every registration: entries cached before it are discarded.
static GENERATION: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static CACHE_GENERATION: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The function and call site of return address `ret` (cached; see SiteCache).
pub fn lookup_return(ret: usize) -> Option<ReturnSite> {
    let gen = GENERATION.load(Ordering::Acquire);
    // SAFETY: see SiteCache.
    let cache = unsafe { &mut *SITE_CACHE.0.get() };
    if CACHE_GENERATION.load(Ordering::Relaxed) != gen {
        cache.iter_mut().for_each(|e| *e = (0, None));
        CACHE_GENERATION.store(gen, Ordering::Relaxed);
    }
    let slot = &mut cache[(ret >> 2) % CACHE_SIZE];
    if slot.0 == ret && slot.1.is_some() {
        return slot.1;
    }
    let func = findfunc(ret.wrapping_sub(1))?;
    let r = ReturnSite {
        func,
        stub: func.is_stub(),
        site: find_site(func, (ret - func.entry) as u32),
    };
    *slot = (ret, Some(r));
    Some(r)
}

/// The call site of `f` whose return address is at offset `ret_off` (exact match).
pub fn find_site(f: &'static FuncInfo, ret_off: u32) -> Option<&'static CallSite> {
    let sites = f.sites();
    sites
        .binary_search_by_key(&ret_off, |s| s.ret_off)
        .ok()
        .map(|i| &sites[i])
}

/// The layout of the `deferc_funcdata` object the compiler emits into linked executables.
#[repr(C)]
pub struct FuncTable {
    pub n: usize,
    /// Really `[FuncInfo; n]`.
    pub funcs: [FuncInfo; 0],
}

/// Registers a `deferc_funcdata` table.
///
/// # Safety
/// `t` must point at a table laid out as `FuncTable` followed by its `n` entries, alive until
/// the process ends.
pub unsafe fn register_table(t: *const FuncTable) {
    let n = (*t).n;
    let funcs = std::ptr::addr_of!((*t).funcs) as *const FuncInfo;
    deferc_register_funcs(funcs, n);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gs(s: &'static str) -> GoString {
        GoString {
            ptr: s.as_ptr(),
            len: s.len(),
        }
    }

    fn leak<T>(v: Vec<T>) -> &'static [T] {
        Box::leak(v.into_boxed_slice())
    }

    // Entries far away from anything real so the global registry shared with other tests is not
    // confused (other tests may register their own ranges).
    const BASE: usize = 0x7000_0000_0000;

    #[test]
    fn lookup() {
        let sites_a = leak(vec![
            CallSite {
                ret_off: 0x10,
                handler_off: NO_HANDLER,
                frame_off: 0,
                line: 3,
            },
            CallSite {
                ret_off: 0x24,
                handler_off: 0x80,
                frame_off: 0x30,
                line: 4,
            },
        ]);
        // Registered out of order and in two batches.
        let batch1 = leak(vec![
            FuncInfo {
                entry: BASE + 0x200,
                size: 0x40,
                name: gs("main.g"),
                file: gs("/x/main.go"),
                sites: std::ptr::null(),
                nsites: 0,
                flags: 0,
            },
            FuncInfo {
                entry: BASE,
                size: 0x100,
                name: gs("main.f"),
                file: gs("/x/main.go"),
                sites: sites_a.as_ptr(),
                nsites: sites_a.len(),
                flags: 0,
            },
        ]);
        let batch2 = leak(vec![FuncInfo {
            entry: BASE + 0x100,
            size: 0x20,
            name: gs("deferc.stub.gopanic"),
            file: gs(""),
            sites: std::ptr::null(),
            nsites: 0,
            flags: 0,
        }]);
        // SAFETY: the tables are leaked, so they live until exit.
        unsafe {
            deferc_register_funcs(batch1.as_ptr(), batch1.len());
            deferc_register_funcs(batch2.as_ptr(), batch2.len());
        }
        let name = |pc| findfunc(pc).map(|f| String::from_utf8_lossy(f.name()).into_owned());
        assert_eq!(name(BASE - 1), None);
        assert_eq!(name(BASE).as_deref(), Some("main.f"));
        assert_eq!(name(BASE + 0xff).as_deref(), Some("main.f"));
        assert_eq!(name(BASE + 0x100).as_deref(), Some("deferc.stub.gopanic"));
        assert_eq!(name(BASE + 0x11f).as_deref(), Some("deferc.stub.gopanic"));
        assert_eq!(name(BASE + 0x120), None, "gap between functions");
        assert_eq!(name(BASE + 0x23f).as_deref(), Some("main.g"));
        assert_eq!(name(BASE + 0x240), None);
        assert!(findfunc(BASE + 0x100).unwrap().is_stub());
        assert!(!findfunc(BASE).unwrap().is_stub());

        let f = findfunc(BASE + 0x24).unwrap();
        assert_eq!(find_site(f, 0x10).map(|s| s.line), Some(3));
        let s = find_site(f, 0x24).unwrap();
        assert_eq!((s.handler_off, s.frame_off, s.line), (0x80, 0x30, 4));
        assert!(find_site(f, 0x11).is_none(), "exact match only");
        assert!(find_site(findfunc(BASE + 0x200).unwrap(), 0).is_none());
    }

    #[test]
    fn aot_table_layout() {
        #[repr(C)]
        struct Two {
            n: usize,
            funcs: [FuncInfo; 2],
        }
        let t: &'static Two = Box::leak(Box::new(Two {
            n: 2,
            funcs: [
                FuncInfo {
                    entry: BASE + 0x1000,
                    size: 0x10,
                    name: gs("main.a"),
                    file: gs("/x/a.go"),
                    sites: std::ptr::null(),
                    nsites: 0,
                    flags: 0,
                },
                FuncInfo {
                    entry: BASE + 0x1010,
                    size: 0x10,
                    name: gs("main.b"),
                    file: gs("/x/a.go"),
                    sites: std::ptr::null(),
                    nsites: 0,
                    flags: 0,
                },
            ],
        }));
        // SAFETY: Two has FuncTable's layout and is leaked.
        unsafe { register_table(t as *const Two as *const FuncTable) };
        assert_eq!(findfunc(BASE + 0x1018).unwrap().name(), b"main.b");
        assert_eq!(findfunc(BASE + 0x1000).unwrap().name(), b"main.a");
    }
}
