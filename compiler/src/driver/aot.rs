//! `deferc build`: compile to an ELF object with cranelift-object (same codegen as the JIT),
//! then link it with the runtime staticlib into an executable (link.rs).

use cranelift_module::Module;
use cranelift_object::{ObjectBuilder, ObjectModule};

use crate::codegen;
use crate::diag::Source;

pub struct ObjectOut {
    pub bytes: Vec<u8>,
    pub clif: String,
    pub asm: String,
}

/// The program as an ELF object for `triple` (None: the host), optionally with its CLIF and
/// machine code text, and with or without landing pads (`deferc run --no-landing-pads`).
pub fn compile_object(
    src: &Source,
    fe: &super::Frontend,
    triple: Option<&str>,
    emit_clif: bool,
    emit_asm: bool,
    landing_pads: bool,
) -> Result<ObjectOut, String> {
    let isa = super::make_isa(triple, true)?;
    let builder = ObjectBuilder::new(
        isa,
        "deferc_program",
        cranelift_module::default_libcall_names(),
    )
    .map_err(|e| format!("internal compiler error: {}", e))?;
    let mut module = ObjectModule::new(builder);
    let out = codegen::compile(
        &mut module,
        &fe.file,
        &fe.info,
        &fe.plan,
        src,
        codegen::Options {
            emit_clif,
            emit_asm,
            landing_pads,
        },
    )?;
    let _ = module.isa();
    let product = module.finish();
    let bytes = product
        .emit()
        .map_err(|e| format!("internal compiler error: {}", e))?;
    Ok(ObjectOut {
        bytes,
        clif: out.clif,
        asm: out.asm,
    })
}
