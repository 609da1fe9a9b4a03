//! Fuzz target: the whole compile step (front end, analyses, Cranelift code generation for the
//! host, object emission) on arbitrary bytes, without running anything.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    deferc::driver::fuzz::compile(data);
});
