//! Package reflect's runtime entries that compiled code has no counterpart of (the rest are
//! aliases of the entries compiled code uses: allocation, maps, channels, growslice;
//! codegen/runtime_abi.rs). compiler/golib/reflect reads and writes values itself through
//! unsafe pointers and the type descriptors of types.rs.

use crate::types::Type;

/// reflect's memmove: `n` bytes from `src` to `dst` (the ranges may overlap). The heap's
/// write barrier is page protection (mem/mbarrier.rs), so a plain copy is a barriered one.
///
/// # Safety
/// Both ranges must be valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn deferc_reflect_memmove(dst: *mut u8, src: *const u8, n: usize) {
    if n > 0 {
        std::ptr::copy(src, dst, n);
    }
}

/// The address of `key`'s value in map `m` of type `t`, or null when the key is absent (or
/// `m` is nil): Value.MapIndex.
///
/// # Safety
/// `m` is null or a map of type `t`; `key` points at a key of `t`'s key type.
#[no_mangle]
pub unsafe extern "C" fn deferc_reflect_mapaccess(
    t: *const Type,
    m: *const u8,
    key: *const u8,
) -> *const u8 {
    let r = crate::map::deferc_mapaccess2(t, m, key);
    if r.ok != 0 {
        r.val
    } else {
        std::ptr::null()
    }
}
