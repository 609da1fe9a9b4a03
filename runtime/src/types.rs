//! The memory layout of Go values shared by compiled code and the runtime: strings, slices,
//! interfaces (eface) and the type descriptors the compiler emits for every type that reaches
//! an interface (fmt arguments, panic values).
//!
//! Invariant: these structs are `#[repr(C)]` and the compiler's codegen/layout.rs writes the
//! same offsets. Changing a field here means changing the emitter there.

/// Go's reflect.Kind numbering, so %T / %v code reads like Go's.
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Invalid = 0,
    Bool = 1,
    Int = 2,
    Int8 = 3,
    Int16 = 4,
    Int32 = 5,
    Int64 = 6,
    Uint = 7,
    Uint8 = 8,
    Uint16 = 9,
    Uint32 = 10,
    Uint64 = 11,
    Uintptr = 12,
    Float32 = 13,
    Float64 = 14,
    Complex64 = 15,
    Complex128 = 16,
    Array = 17,
    Chan = 18,
    Func = 19,
    Interface = 20,
    Map = 21,
    Pointer = 22,
    Slice = 23,
    String = 24,
    Struct = 25,
    UnsafePointer = 26,
}

impl Kind {
    pub fn from_u8(k: u8) -> Kind {
        if k <= 26 {
            // SAFETY: Kind is repr(u8) with every value 0..=26 defined.
            unsafe { std::mem::transmute::<u8, Kind>(k) }
        } else {
            Kind::Invalid
        }
    }
}

/// A Go string header: {ptr, len}. The bytes are immutable and need not be UTF-8.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoString {
    pub ptr: *const u8,
    pub len: usize,
}

impl GoString {
    pub const EMPTY: GoString = GoString {
        ptr: std::ptr::null(),
        len: 0,
    };
    /// # Safety
    /// `ptr` must point at `len` readable bytes that outlive the returned slice (Go strings do).
    pub unsafe fn as_bytes<'a>(self) -> &'a [u8] {
        if self.len == 0 {
            &[]
        } else {
            std::slice::from_raw_parts(self.ptr, self.len)
        }
    }
    /// A string owned by the Go heap (noscan).
    pub fn from_bytes(b: &[u8]) -> GoString {
        if b.is_empty() {
            return GoString::EMPTY;
        }
        let p = crate::alloc::alloc_noscan(b.len());
        // SAFETY: p has room for b.len() bytes and does not overlap b.
        unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
        GoString {
            ptr: p,
            len: b.len(),
        }
    }
}

/// A Go slice header: {ptr, len, cap}.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct GoSlice {
    pub ptr: *mut u8,
    pub len: usize,
    pub cap: usize,
}

/// An empty interface value (Go's eface). `data` holds the value itself when the type is
/// pointer-shaped (Pointer, Func, Map, Chan, UnsafePointer: `Type::is_direct`), otherwise a
/// pointer to a copy of the value. A nil interface has `typ == null`.
#[repr(C)]
#[derive(Clone, Copy, Debug)]
pub struct Eface {
    pub typ: *const Type,
    pub data: *const u8,
}

/// One field of a struct type (also a parameter or result of a func type, see `Type::fields`).
#[repr(C)]
#[derive(Debug)]
pub struct StructField {
    pub name: GoString,
    pub typ: *const Type,
    pub offset: usize,
    pub embedded: usize,
    /// The field's tag (reflect.StructTag), empty when it has none.
    pub tag: GoString,
}

/// A method in a type's method table, sorted by name. `code` is the compiled method taking the
/// receiver as a pointer to the value (for value receivers the compiler emits a wrapper); null
/// in an interface's table. `typ` is the method's signature without the receiver (a func type
/// descriptor, Go's method.mtyp / imethod.ityp): a type has an interface's method only when
/// both name and signature agree, and descriptors are unique per type, so that is pointer
/// equality. It may be null in a concrete type's table when no interface in the program has a
/// method of that signature (the compiler never made the func type).
#[repr(C)]
#[derive(Debug)]
pub struct Method {
    pub name: GoString,
    pub code: *const u8,
    pub typ: *const Type,
    /// The method expression's type, receiver first (`func(main.T, int) string`; reflect's
    /// Type.Method(i).Type); null unless the program imports reflect.
    pub mtyp: *const Type,
}

/// A type descriptor, emitted by the compiler as read-only data.
#[repr(C)]
#[derive(Debug)]
pub struct Type {
    pub size: usize,
    pub kind: u8,
    pub align: u8,
    /// TFLAG_* bits.
    pub flags: u16,
    pub _pad: u32,
    /// The type as %T prints it: `int`, `main.Celsius`, `[3]int`, `*main.T`, `func(int) string`.
    pub name: GoString,
    /// Array, Pointer, Slice and Chan element; Map value; a Func's first parameter (null for
    /// none).
    pub elem: *const Type,
    /// Map key.
    pub key: *const Type,
    /// Array length; a Func's number of parameters (Go's inCount).
    pub len: usize,
    /// A struct's fields; a Func's parameters then results (only `typ` set), `len` of them
    /// parameters.
    pub fields: *const StructField,
    pub nfields: usize,
    pub methods: *const Method,
    pub nmethods: usize,
    /// The prefix of a value that can hold pointers, in bytes (a multiple of 8; 0 for a type
    /// without pointers, whose values are allocated noscan). Go's _type.ptrdata.
    pub ptrdata: usize,
    /// The pointer mask (Go's _type.gcdata for types without a GC program): one bit per word of
    /// the first `ptrdata` bytes, lowest bit first, set for a word that holds a pointer the
    /// collector must follow. Null when ptrdata is 0.
    pub gcdata: *const u8,
    /// The import path of a named type's package (reflect's PkgPath), or of the package that
    /// declared a struct type (its unexported fields belong to it); empty otherwise.
    pub pkgpath: GoString,
    /// The descriptor of `*T` when the program has one (Go's ptrToThis), so that reflect's
    /// PointerTo finds it instead of making a second descriptor of the same type.
    pub ptrto: *const Type,
    /// A func type's reflect.Value.Call adapter and reflect.MakeFunc stub
    /// (compiler/src/codegen/reflectcall.rs); null unless the program imports reflect.
    pub reflectcall: *const u8,
    pub makefunc: *const u8,
}

/// A descriptor the runtime defines itself, as a static.
pub struct StaticType(pub Type);

// SAFETY: the descriptor is immutable and its pointers point at static data.
unsafe impl Sync for StaticType {}

/// The type has a name of its own (`main.MyInt`), as opposed to a type literal (`[3]int`).
pub const TFLAG_NAMED: u16 = 1;
/// A func type whose last parameter is `...T`.
pub const TFLAG_VARIADIC: u16 = 2;

impl Type {
    /// The one constructor of a descriptor the runtime makes itself (the fallback runtime error
    /// types, tests): the pointer mask of a scalar of `kind` (a string's first word, both of an
    /// interface's, a pointer-shaped value's only word; none for an array or struct, whose
    /// masks the caller sets), no element, key, fields or methods; set those with struct update syntax
    /// (`Type { elem, ..Type::new(..) }`). The compiler emits its descriptors as data in this
    /// layout instead (codegen/data.rs).
    pub const fn new(kind: Kind, size: usize, align: u8, flags: u16, name: &'static [u8]) -> Type {
        Type {
            size,
            kind: kind as u8,
            align,
            flags,
            _pad: 0,
            name: GoString {
                ptr: name.as_ptr(),
                len: name.len(),
            },
            elem: std::ptr::null(),
            key: std::ptr::null(),
            len: 0,
            fields: std::ptr::null(),
            nfields: 0,
            methods: std::ptr::null(),
            nmethods: 0,
            ptrdata: match kind {
                Kind::Interface => 16,
                Kind::String
                | Kind::Slice
                | Kind::Pointer
                | Kind::Map
                | Kind::Chan
                | Kind::Func
                | Kind::UnsafePointer => 8,
                _ => 0,
            },
            gcdata: match kind {
                Kind::Interface => [0b11u8].as_ptr(),
                Kind::String
                | Kind::Slice
                | Kind::Pointer
                | Kind::Map
                | Kind::Chan
                | Kind::Func
                | Kind::UnsafePointer => [0b1u8].as_ptr(),
                _ => std::ptr::null(),
            },
            pkgpath: GoString::EMPTY,
            ptrto: std::ptr::null(),
            reflectcall: std::ptr::null(),
            makefunc: std::ptr::null(),
        }
    }

    /// Whether word `i` of a value (i < ptrdata / 8) holds a pointer.
    pub fn is_pointer_word(&self, i: usize) -> bool {
        // SAFETY: gcdata has ptrdata / 8 bits.
        i < self.ptrdata / 8 && unsafe { *self.gcdata.add(i / 8) } & (1 << (i % 8)) != 0
    }

    pub fn kind(&self) -> Kind {
        Kind::from_u8(self.kind)
    }
    pub fn is_direct(&self) -> bool {
        matches!(
            self.kind(),
            Kind::Pointer | Kind::Func | Kind::Map | Kind::Chan | Kind::UnsafePointer
        )
    }
    pub fn name(&self) -> &[u8] {
        // SAFETY: names are emitted as static data by the compiler.
        unsafe { self.name.as_bytes() }
    }
    pub fn fields(&self) -> &[StructField] {
        if self.nfields == 0 {
            &[]
        } else {
            // SAFETY: the compiler emits nfields entries at fields.
            unsafe { std::slice::from_raw_parts(self.fields, self.nfields) }
        }
    }
    pub fn methods(&self) -> &[Method] {
        if self.nmethods == 0 {
            &[]
        } else {
            // SAFETY: the compiler emits nmethods entries at methods.
            unsafe { std::slice::from_raw_parts(self.methods, self.nmethods) }
        }
    }
}

/// The method `name` of `t` (binary search in the sorted table), whatever its signature.
pub fn find_method<'a>(t: &'a Type, name: &[u8]) -> Option<&'a Method> {
    let ms = t.methods();
    // SAFETY: method names are static strings emitted by the compiler.
    ms.binary_search_by(|m| unsafe { m.name.as_bytes() }.cmp(name))
        .ok()
        .map(|i| &ms[i])
}

/// The method `name` of `t` if its signature is the func type literal `sig` (as %T prints it):
/// what fmt and the panic printer use to ask "is this an error / a Stringer" without an
/// interface descriptor at hand (`func() string` is a type literal, so its name is its
/// identity).
pub fn find_method_sig<'a>(t: &'a Type, name: &[u8], sig: &[u8]) -> Option<&'a Method> {
    // SAFETY: non-null method types are descriptors emitted by the compiler.
    find_method(t, name).filter(|m| !m.typ.is_null() && unsafe { (*m.typ).name() } == sig)
}

/// The first method of interface `iface` that `t` lacks (by name and signature), or None when
/// `t` implements it (Go's runtime.getitab / assertE2I).
pub fn missing_method<'a>(t: &Type, iface: &'a Type) -> Option<&'a Method> {
    iface
        .methods()
        .iter()
        .find(|im| match find_method(t, unsafe { im.name.as_bytes() }) {
            Some(m) => m.typ != im.typ,
            None => true,
        })
}
