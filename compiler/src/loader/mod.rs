//! The loader: from the command line's files or package to the one parsed `File` the checker
//! sees, with every package the program imports resolved and joined to it: the user's own
//! packages of its module (packages.rs, module.rs, build.rs) and deferc's library (golib.rs).
//! It sits between syntax and check so that check only checks: nothing in check knows where a
//! package came from.

pub mod build;
pub mod golib;
mod lazy;
pub mod module;
pub mod packages;
pub mod testmain;

pub use build::BuildContext;
pub use packages::{Input, Loaded};

use crate::diag::{Diags, Source};
use crate::syntax::ast::File;

/// Parse the one-file program in `src` (which imports the library only) and join the
/// Go-source library packages it imports (their files are registered with `src` so positions
/// in them can be shown). None when a diagnostic was reported (it is in `diags`).
pub fn load(src: &mut Source, diags: &mut Diags) -> Option<File> {
    let file = crate::syntax::parser::parse_bytes(&src.raw, diags);
    let Some(mut file) = file.filter(|_| diags.is_empty()) else {
        if diags.is_empty() {
            diags.error(Default::default(), "syntax error: no package clause");
        }
        return None;
    };
    golib::join(
        &mut file,
        src,
        diags,
        &BuildContext::for_target(None, false),
    );
    diags.is_empty().then_some(file)
}
