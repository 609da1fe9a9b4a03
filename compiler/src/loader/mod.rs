//! The loader: from a source file to the one parsed `File` the checker sees, with every
//! package the program imports resolved and joined to it (golib.rs). It sits between syntax
//! and check so that check only checks: nothing in check knows where a package came from.
//!
//! Today a program is one file and its packages are deferc's library (Go source embedded in the
//! binary, or implemented by the runtime: check::lib); a module of several packages will be
//! loaded here too.

pub mod golib;
mod lazy;

use crate::diag::{Diags, Source};
use crate::syntax::ast::File;

/// Parse the program in `src` and join the Go-source library packages it imports (their files
/// are registered with `src` so positions in them can be shown). None when a diagnostic was
/// reported (it is in `diags`).
pub fn load(src: &mut Source, diags: &mut Diags) -> Option<File> {
    let file = crate::syntax::parser::parse_bytes(&src.raw, diags);
    let Some(mut file) = file.filter(|_| diags.is_empty()) else {
        if diags.is_empty() {
            diags.error(Default::default(), "syntax error: no package clause");
        }
        return None;
    };
    golib::join(&mut file, src, diags);
    diags.is_empty().then_some(file)
}
