//! The two operations package sort (compiler/golib/sort/sort.go) cannot write in the defer
//! language: the length of a slice held in an `any`, and swapping two of its elements (what
//! Go's reflectlite.ValueOf(x).Len and reflectlite.Swapper do).

use crate::types::{Eface, GoSlice, GoString, Kind};

/// The slice in `x`, or None if `x` does not hold a slice.
///
/// # Safety
/// `x` must be an eface built by compiled code.
unsafe fn slice_of(x: Eface) -> Option<(*const GoSlice, usize)> {
    let t = x.typ.as_ref()?;
    if t.kind() != Kind::Slice || x.data.is_null() {
        return None;
    }
    Some((x.data as *const GoSlice, (*t.elem).size))
}

/// `sort.sliceLen(x any) int`: len(x) for a slice; -1 otherwise (sort.go then panics as
/// reflectlite.Swapper does, naming `sliceKind(x)`).
#[no_mangle]
pub extern "C" fn deferc_sort_sliceLen(typ: usize, data: usize) -> isize {
    let x = Eface {
        typ: typ as *const _,
        data: data as *const u8,
    };
    // SAFETY: compiled code passes a valid eface.
    match unsafe { slice_of(x) } {
        Some((s, _)) => unsafe { (*s).len as isize },
        None => -1,
    }
}

/// `sort.sliceKind(x any) string`: reflect.Kind's name for x's dynamic type ("" for nil), for
/// the message of reflect's ValueError.
#[no_mangle]
pub extern "C" fn deferc_sort_sliceKind(typ: usize, _data: usize) -> GoString {
    const NAMES: [&str; 27] = [
        "",
        "bool",
        "int",
        "int8",
        "int16",
        "int32",
        "int64",
        "uint",
        "uint8",
        "uint16",
        "uint32",
        "uint64",
        "uintptr",
        "float32",
        "float64",
        "complex64",
        "complex128",
        "array",
        "chan",
        "func",
        "interface",
        "map",
        "ptr",
        "slice",
        "string",
        "struct",
        "unsafe.Pointer",
    ];
    // SAFETY: a non-null typ is a descriptor emitted by the compiler.
    let k = match unsafe { (typ as *const crate::types::Type).as_ref() } {
        Some(t) => t.kind as usize,
        None => 0,
    };
    let n = NAMES.get(k).copied().unwrap_or("");
    GoString {
        ptr: n.as_ptr(),
        len: n.len(),
    }
}

/// `sort.sliceSwap(x any, i, j int)`: exchanges elements i and j of the slice in x. Indices
/// come from sort's algorithms, always within [0, len).
#[no_mangle]
pub extern "C" fn deferc_sort_sliceSwap(typ: usize, data: usize, i: usize, j: usize) {
    let x = Eface {
        typ: typ as *const _,
        data: data as *const u8,
    };
    // SAFETY: compiled code passes a valid eface holding a slice; i and j are in range (sort
    // only swaps indices below the length it was given).
    unsafe {
        let Some((s, size)) = slice_of(x) else {
            return;
        };
        let s = &*s;
        if i >= s.len || j >= s.len || i == j {
            return;
        }
        let a = s.ptr.add(i * size);
        let b = s.ptr.add(j * size);
        std::ptr::swap_nonoverlapping(a, b, size);
    }
}
