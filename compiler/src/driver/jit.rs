//! `deferc run`: run a program in this process. `run_object` loads the program's object
//! (load.rs; compiled now or found in the build cache) and starts it; its undefined symbols
//! resolve to the runtime crate linked into deferc (runtime_abi's table, the one `deferc
//! build`'s executables link against). deferc compiled into memory with cranelift-jit before
//! the build cache; an object is what can be cached, and loading it is as fast.

use crate::codegen::{self, runtime_abi};

/// The address of an undefined symbol of a program's object: a runtime entry point (the table
/// `deferc build` links against too), the current-G slot, or a C library function Cranelift
/// calls (memcpy, fmod...).
fn resolve(name: &str) -> Option<usize> {
    if let Some(rt) = runtime_abi::ALL.iter().find(|r| r.symbol() == name) {
        return Some(rt.addr() as usize);
    }
    if name == codegen::CURG_SYMBOL {
        return Some(&deferc_runtime::goroutine::deferc_curg as *const _ as usize);
    }
    let c = std::ffi::CString::new(name).ok()?;
    // SAFETY: dlsym with a NUL-terminated name; RTLD_DEFAULT searches the process's objects.
    let p = unsafe { libc::dlsym(libc::RTLD_DEFAULT, c.as_ptr()) };
    (!p.is_null()).then_some(p as usize)
}

/// Load a compiled program's object into this process and run it; returns its exit status.
pub fn run_object(obj: &[u8], args: Vec<Vec<u8>>) -> Result<i32, String> {
    let image = super::load::load(obj, &resolve)?;
    let entry = image.symbol(codegen::ENTRY_SYMBOL)?;
    let funcdata = image.symbol(codegen::FUNCDATA_SYMBOL)?;
    let gcroots = image.symbol(codegen::GCROOTS_SYMBOL)?;
    // SAFETY: funcdata is `{n: usize, [FuncInfo; n]}` as codegen emits it, relocated in a
    // mapping that lives as long as the process; likewise gcroots.
    unsafe {
        let p = funcdata as *const u8;
        let n = *(p as *const usize);
        deferc_runtime::funcdata::deferc_register_funcs(
            p.add(8) as *const deferc_runtime::funcdata::FuncInfo,
            n,
        );
        deferc_runtime::mem::roots::register_table(
            gcroots as *const deferc_runtime::mem::roots::RootTable,
        );
    }
    // SAFETY: entry is deferc_program_main, compiled for this host, relocated against this
    // process's runtime.
    let code = unsafe { deferc_runtime::run_main(entry as *const u8, args) };
    Ok(code)
}
