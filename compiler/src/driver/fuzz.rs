//! Entry points of the fuzz targets (fuzz/): one compile step on arbitrary bytes, on a thread
//! with the compiler's big stack as `deferc` itself runs, panics passed on to the fuzzer.

use crate::diag::Source;

/// Parse, join the library packages and check `data`; the result (a program or diagnostics)
/// is dropped.
pub fn frontend(data: &[u8]) {
    let data = data.to_vec();
    on_fuzz_stack(move || {
        let mut src = Source::from_bytes("fuzz.go", data);
        let _ = super::frontend(&mut src);
    });
}

/// Everything `deferc build` does before linking: front end, code generation for the host and
/// the object file's bytes.
pub fn compile(data: &[u8]) {
    let data = data.to_vec();
    on_fuzz_stack(move || {
        let mut src = Source::from_bytes("fuzz.go", data);
        if let Ok(fe) = super::frontend(&mut src) {
            // A checked program that code generation cannot compile is a bug as much as a
            // panic is (it would reach the user as "internal compiler error").
            if let Err(e) = super::aot::compile_object(&src, &fe, None, false, false, true) {
                if e.contains("internal compiler error") {
                    panic!("{e}");
                }
            }
        }
    });
}

/// Like `super::on_big_stack`, but a panic is re-raised on the caller's thread (where the
/// fuzzer's panic hook reports it) instead of ending the process with a message.
fn on_fuzz_stack(f: impl FnOnce() + Send + 'static) {
    let joined = std::thread::Builder::new()
        .name("deferc-fuzz".into())
        .stack_size(super::BIG_STACK)
        .spawn(f)
        .expect("spawn compiler thread")
        .join();
    if let Err(panic) = joined {
        std::panic::resume_unwind(panic);
    }
}
