//! How Go values are represented in Cranelift IR and in memory.
//!
//! A value is a short list of machine values ("registers"): one for scalars, pointers and func
//! values, two for strings (ptr, len) and interfaces (type, data), three for slices
//! (ptr, len, cap), two floats for complex numbers (real, imaginary). Arrays and structs are
//! "memory" values: the IR carries the address of their bytes, and every assignment copies. In
//! memory, register parts sit at 8-byte strides, except complex64's two float32s at offsets 0
//! and 4 (gc's layout): see [`reg_offset`]. The runtime's types.rs uses the same offsets.

use crate::check::types::{Basic, TypeId, TypeKind, Types};
use cranelift_codegen::ir::{types as T, Type};

#[derive(Clone, Debug, PartialEq)]
pub enum Repr {
    Regs(Vec<Type>),
    Mem { size: u64, align: u64 },
}

pub fn basic_type(b: Basic) -> Type {
    match b {
        Basic::Bool | Basic::UntypedBool | Basic::Int8 | Basic::Uint8 => T::I8,
        Basic::Int16 | Basic::Uint16 => T::I16,
        Basic::Int32 | Basic::Uint32 | Basic::UntypedRune => T::I32,
        Basic::Float32 => T::F32,
        Basic::Float64 | Basic::UntypedFloat => T::F64,
        _ => T::I64,
    }
}

pub fn repr(types: &Types, t: TypeId) -> Repr {
    match types.ukind(t) {
        TypeKind::Basic(Basic::String) | TypeKind::Basic(Basic::UntypedString) => {
            Repr::Regs(vec![T::I64, T::I64])
        }
        TypeKind::Basic(Basic::Complex64) => Repr::Regs(vec![T::F32, T::F32]),
        TypeKind::Basic(Basic::Complex128 | Basic::UntypedComplex) => {
            Repr::Regs(vec![T::F64, T::F64])
        }
        TypeKind::Basic(b) => Repr::Regs(vec![basic_type(*b)]),
        TypeKind::Interface(_) => Repr::Regs(vec![T::I64, T::I64]),
        TypeKind::Slice(_) => Repr::Regs(vec![T::I64, T::I64, T::I64]),
        TypeKind::Array(..) | TypeKind::Struct(_) => {
            let (size, align) = types.size_align(t);
            Repr::Mem { size, align }
        }
        TypeKind::Tuple(_) => Repr::Regs(vec![]),
        _ => Repr::Regs(vec![T::I64]),
    }
}

/// The byte offset in memory of register `i` of a value whose registers are `regs`. Every
/// value of several registers has registers of one type, stored one after another: words for
/// strings, interfaces and slices, and complex numbers' two halves (4 bytes apart in a
/// complex64, 8 in a complex128).
pub fn reg_offset(regs: &[Type], i: usize) -> i32 {
    regs.first().map_or(0, |r| r.bytes() as i32) * i as i32
}

/// The machine types of a value as passed in registers (memory values pass their address).
pub fn flat(types: &Types, t: TypeId) -> Vec<Type> {
    match repr(types, t) {
        Repr::Regs(v) => v,
        Repr::Mem { .. } => vec![T::I64],
    }
}

pub fn is_mem(types: &Types, t: TypeId) -> bool {
    matches!(repr(types, t), Repr::Mem { .. })
}

/// Byte size of a value stored in memory (what `store` writes).
pub fn mem_size(types: &Types, t: TypeId) -> u64 {
    types.size_align(t).0
}

/// Whether a value of type `t` can hold a pointer the collector must see: strings (their
/// bytes), slices, pointers, maps, channels, funcs and interfaces do, and arrays and structs
/// that contain one. Memory of a type without pointers is allocated `noscan`. A uintptr
/// counts as a pointer too (scanned like a conservative root: kept alive if it points into
/// an object): Go keeps `uintptr(unsafe.Pointer(p))` arguments alive through a call, variadic
/// ones included, whose backing array deferc allocates; an integer that merely looks like an
/// address only delays a free.
pub fn has_pointers(types: &Types, t: TypeId) -> bool {
    has_pointers_depth(types, t, 0)
}

fn has_pointers_depth(types: &Types, t: TypeId, depth: u32) -> bool {
    if depth > 100 {
        return true;
    }
    match types.ukind(t) {
        TypeKind::Basic(b) => matches!(
            b,
            Basic::String
                | Basic::UntypedString
                | Basic::UntypedNil
                | Basic::UnsafePointer
                | Basic::Uintptr
        ),
        TypeKind::Array(e, n) => *n > 0 && has_pointers_depth(types, *e, depth + 1),
        TypeKind::Struct(fs) => fs
            .iter()
            .any(|f| has_pointers_depth(types, f.ty, depth + 1)),
        TypeKind::Tuple(_) => false,
        _ => true,
    }
}

/// The pointer mask of type `t` (Go's ptrmask): for each 8-byte word of a value up to its last
/// pointer word, whether the word holds a pointer the collector must follow. A string's first
/// word, both of an interface's, a slice's first, and the one word of a pointer, map, channel,
/// func or unsafe.Pointer; arrays and structs repeat and place their elements'. Empty for a
/// type without pointers. The runtime repeats the mask for each element of an array
/// allocation, so it is written per value, not per allocation.
pub fn ptrmask(types: &Types, t: TypeId) -> Vec<bool> {
    let mut m = Vec::new();
    if has_pointers(types, t) {
        mark_pointers(types, t, 0, &mut m);
    }
    while m.last() == Some(&false) {
        m.pop();
    }
    m
}

fn mark_pointers(types: &Types, t: TypeId, word: usize, m: &mut Vec<bool>) {
    let set = |m: &mut Vec<bool>, w: usize| {
        if m.len() <= w {
            m.resize(w + 1, false);
        }
        m[w] = true;
    };
    match types.ukind(t) {
        TypeKind::Basic(
            Basic::String
            | Basic::UntypedString
            | Basic::UntypedNil
            | Basic::UnsafePointer
            | Basic::Uintptr,
        ) => set(m, word),
        TypeKind::Basic(_) | TypeKind::Tuple(_) => {}
        TypeKind::Interface(_) => {
            set(m, word);
            set(m, word + 1);
        }
        TypeKind::Array(e, n) => {
            if has_pointers(types, *e) {
                let ew = (types.size_align(*e).0 / 8) as usize;
                for i in 0..*n as usize {
                    mark_pointers(types, *e, word + i * ew, m);
                }
            }
        }
        TypeKind::Struct(fs) => {
            let offs = types.field_offsets(t);
            for (f, off) in fs.iter().zip(offs) {
                if has_pointers(types, f.ty) {
                    mark_pointers(types, f.ty, word + (off / 8) as usize, m);
                }
            }
        }
        // Slices, pointers, maps, channels, funcs, unsafe.Pointer: the first word.
        _ => set(m, word),
    }
}
