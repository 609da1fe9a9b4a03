//! `deferc run`: compile into memory with cranelift-jit and run in this process. Runtime entry
//! points resolve to the runtime crate linked into deferc (runtime_abi's table).

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
