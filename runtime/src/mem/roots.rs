//! Roots outside the heap: the program's global variables, which the compiler lists in a
//! `deferc_gcroots` table (`{n, [(addr, size); n]}`) that the JIT driver and the executables'
//! C `main` register before the program starts. Only globals whose type can hold a pointer are
//! listed (codegen/data.rs `emit_gcroots`); the rest can never keep a heap object alive.

use std::sync::Mutex;

/// One global: its address and size in bytes.
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GcRoot {
    pub addr: usize,
    pub size: usize,
}

/// The layout of the `deferc_gcroots` object.
#[repr(C)]
pub struct RootTable {
    pub n: usize,
    /// Really `[GcRoot; n]`.
    pub roots: [GcRoot; 0],
}

static GLOBALS: Mutex<Vec<GcRoot>> = Mutex::new(Vec::new());

/// Registers a `deferc_gcroots` table (a program's globals; called once per program).
///
/// # Safety
/// `t` must point at a table laid out as `RootTable` followed by its `n` entries, each naming
/// memory that stays valid until the process ends.
pub unsafe fn register_table(t: *const RootTable) {
    let n = (*t).n;
    let roots = std::ptr::addr_of!((*t).roots) as *const GcRoot;
    let mut g = GLOBALS.lock().unwrap_or_else(|e| e.into_inner());
    for i in 0..n {
        g.push(*roots.add(i));
    }
}

/// The registered globals.
pub fn globals() -> Vec<GcRoot> {
    GLOBALS.lock().unwrap_or_else(|e| e.into_inner()).clone()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_register_their_globals() {
        static mut A: [usize; 3] = [0; 3];
        static mut B: usize = 0;
        #[repr(C)]
        struct T2 {
            n: usize,
            r: [GcRoot; 2],
        }
        let (a, b) = (
            std::ptr::addr_of!(A) as usize,
            std::ptr::addr_of!(B) as usize,
        );
        let t = Box::leak(Box::new(T2 {
            n: 2,
            r: [GcRoot { addr: a, size: 24 }, GcRoot { addr: b, size: 8 }],
        }));
        // SAFETY: T2 is laid out as RootTable with two entries, and leaked.
        unsafe { register_table(t as *const T2 as *const RootTable) };
        let g = globals();
        assert!(g.contains(&GcRoot { addr: a, size: 24 }));
        assert!(g.contains(&GcRoot { addr: b, size: 8 }));
    }
}
