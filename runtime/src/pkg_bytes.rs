//! The rune-level Unicode functions package bytes (compiler/golib/bytes/bytes.go) maps and
//! trims with: the unicode package's simple case mappings and white space, from the same
//! tables as package strings (pkg_unicode). bytes' searching needs no entries of its own: its
//! body-less declarations are aliases of pkg_strings' entries on string views of the slices
//! (codegen::runtime_abi::intrinsic_alias).

use crate::pkg_unicode::{is_space, to_lower, to_upper};

/// `bytes.toUpperRune(r)`: unicode.ToUpper.
#[no_mangle]
pub extern "C" fn deferc_bytes_toUpperRune(r: i32) -> i32 {
    to_upper(r)
}

/// `bytes.toLowerRune(r)`: unicode.ToLower.
#[no_mangle]
pub extern "C" fn deferc_bytes_toLowerRune(r: i32) -> i32 {
    to_lower(r)
}

/// `bytes.isSpaceRune(r)`: unicode.IsSpace.
#[no_mangle]
pub extern "C" fn deferc_bytes_isSpaceRune(r: i32) -> u8 {
    is_space(r) as u8
}
