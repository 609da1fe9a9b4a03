//! `deferc run`: run a program in this process. `run_object` loads the program's object
//! (load.rs; compiled now or found in the build cache) and is what `deferc run` uses; `run`
//! compiles into memory with cranelift-jit (no object, no cache: the fuzzers and tools that
//! want one process). Runtime entry points resolve to the runtime crate linked into deferc
//! (runtime_abi's table).

use cranelift_jit::{JITBuilder, JITModule};

use crate::codegen::{self, runtime_abi};
use crate::diag::Source;

/// Compile and run; returns the program's exit status (os.Exit and panics exit directly).
pub fn run(
    src: &Source,
    fe: &super::Frontend,
    args: Vec<Vec<u8>>,
    landing_pads: bool,
) -> Result<i32, String> {
    let isa = super::make_isa(None, false)?;
    let mut jb = JITBuilder::with_isa(isa, cranelift_module::default_libcall_names());
    for &rt in runtime_abi::ALL {
        jb.symbol(rt.symbol(), rt.addr());
    }
    jb.symbol(
        codegen::CURG_SYMBOL,
        &deferc_runtime::goroutine::deferc_curg as *const _ as *const u8,
    );
    let mut module = JITModule::new(jb);
    let out = codegen::compile(
        &mut module,
        &fe.file,
        &fe.info,
        &fe.plan,
        src,
        codegen::Options {
            emit_clif: false,
            emit_asm: false,
            landing_pads,
        },
    )?;
    module
        .finalize_definitions()
        .map_err(|e| format!("internal compiler error: {}", e))?;
    let entry = module.get_finalized_function(out.entry);
    let (funcdata, _) = module.get_finalized_data(out.funcdata);
    // SAFETY: funcdata points at `{n: usize, [FuncInfo; n]}` just emitted by codegen, which
    // lives as long as the JIT module (this whole run).
    unsafe {
        let n = *(funcdata as *const usize);
        deferc_runtime::funcdata::deferc_register_funcs(
            funcdata.add(8) as *const deferc_runtime::funcdata::FuncInfo,
            n,
        );
    }
    let (gcroots, _) = module.get_finalized_data(out.gcroots);
    // SAFETY: gcroots points at `{n, [(addr, size); n]}` just emitted by codegen, naming
    // globals of this module, which lives for the whole run.
    unsafe {
        deferc_runtime::mem::roots::register_table(
            gcroots as *const deferc_runtime::mem::roots::RootTable,
        )
    };
    // SAFETY: entry is deferc_program_main, just compiled for this host with the runtime
    // symbols of this process.
    let code = unsafe { deferc_runtime::run_main(entry, args) };
    Ok(code)
}

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
