//! Fuzz target: lexer, parser, library join and checker on arbitrary bytes. Any input must end
//! in a checked program or in rendered diagnostics: never a panic, a hang or a stack overflow.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    deferc::driver::fuzz::frontend(data);
});
