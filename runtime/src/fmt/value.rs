//! fmt's view of an operand: a typed value in the eface convention walked through the
//! compiler's type descriptors (what Go's fmt gets from reflect.Value).

use crate::strings::decode_rune;
use crate::types::{Eface, GoSlice, GoString, Kind, Type};

// Values

/// A typed value in the eface convention, plus reflect's "read-only" bit: a value reached
/// through an unexported struct field cannot be converted back to an interface, so fmt must
/// not call its methods (reflect.Value.CanInterface).
///
/// Invariant: `t` is a valid descriptor and `data` is valid for it (established by the unsafe
/// constructors from what compiled code passed), so the accessors below are safe to call.
#[derive(Clone, Copy)]
pub(super) struct Value {
    pub(super) t: &'static Type,
    pub(super) data: *const u8,
    pub(super) ro: bool,
}

impl Value {
    /// # Safety
    /// `e.typ` must be non-null and `e` a valid eface built by compiled code.
    pub(super) unsafe fn from_eface(e: Eface) -> Value {
        Value {
            t: &*e.typ,
            data: e.data,
            ro: false,
        }
    }

    /// The value of type `t` stored at `addr`.
    ///
    /// # Safety
    /// `addr` must point at a valid value of type `t`.
    pub(super) unsafe fn at(t: *const Type, addr: *const u8, ro: bool) -> Value {
        let t: &'static Type = &*t;
        let data = if t.is_direct() {
            *(addr as *const *const u8)
        } else {
            addr
        };
        Value { t, data, ro }
    }

    pub(super) fn kind(&self) -> Kind {
        self.t.kind()
    }

    pub(super) fn eface(&self) -> Eface {
        Eface {
            typ: self.t,
            data: self.data,
        }
    }

    pub(super) fn read<T: Copy>(&self) -> T {
        // SAFETY: by the type invariant data points at a value whose kind matches T (callers
        // choose T from the kind).
        unsafe { (self.data as *const T).read_unaligned() }
    }

    pub(super) fn bool(&self) -> bool {
        self.read::<u8>() != 0
    }

    pub(super) fn int(&self) -> i64 {
        match self.kind() {
            Kind::Int8 => self.read::<i8>() as i64,
            Kind::Int16 => self.read::<i16>() as i64,
            Kind::Int32 => self.read::<i32>() as i64,
            _ => self.read::<i64>(),
        }
    }

    pub(super) fn uint(&self) -> u64 {
        match self.kind() {
            Kind::Uint8 => self.read::<u8>() as u64,
            Kind::Uint16 => self.read::<u16>() as u64,
            Kind::Uint32 => self.read::<u32>() as u64,
            _ => self.read::<u64>(),
        }
    }

    pub(super) fn float(&self) -> f64 {
        match self.kind() {
            Kind::Float32 => self.read::<f32>() as f64,
            _ => self.read::<f64>(),
        }
    }

    pub(super) fn complex(&self) -> (f64, f64) {
        match self.kind() {
            Kind::Complex64 => {
                let c = self.read::<[f32; 2]>();
                (c[0] as f64, c[1] as f64)
            }
            _ => {
                let c = self.read::<[f64; 2]>();
                (c[0], c[1])
            }
        }
    }

    pub(super) fn string(&self) -> &'static [u8] {
        // SAFETY: a Go string's bytes live as long as the string is referenced (the value being printed is).
        unsafe { self.read::<GoString>().as_bytes() }
    }

    pub(super) fn slice(&self) -> GoSlice {
        self.read::<GoSlice>()
    }

    pub(super) fn elem_type(&self) -> &'static Type {
        // SAFETY: Array, Slice and Pointer descriptors carry their element type.
        unsafe { &*self.t.elem }
    }

    /// Array or slice length.
    pub(super) fn len(&self) -> usize {
        match self.kind() {
            Kind::Slice => self.slice().len,
            _ => self.t.len,
        }
    }

    /// Array or slice element i (< len).
    pub(super) fn index(&self, i: usize) -> Value {
        let base = match self.kind() {
            Kind::Slice => self.slice().ptr as *const u8,
            _ => self.data,
        };
        let et = self.elem_type();
        // SAFETY: i < len, elements are et.size apart.
        unsafe { Value::at(et, base.add(i * et.size), self.ro) }
    }

    /// The bytes of a []byte / [N]byte value.
    pub(super) fn bytes(&self) -> &'static [u8] {
        let (p, n) = match self.kind() {
            Kind::Slice => {
                let s = self.slice();
                (s.ptr as *const u8, s.len)
            }
            _ => (self.data, self.t.len),
        };
        if n == 0 {
            &[]
        } else {
            // SAFETY: the array or slice holds n bytes kept alive by the value being printed.
            unsafe { std::slice::from_raw_parts(p, n) }
        }
    }

    /// Struct field i; fields with unexported names make the value read-only.
    pub(super) fn field(&self, i: usize) -> Value {
        let f = &self.t.fields()[i];
        // SAFETY: field names are static strings emitted by the compiler.
        let name = unsafe { f.name.as_bytes() };
        let exported = !name.is_empty() && {
            let (r, _) = decode_rune(name);
            crate::pkg_unicode::is_upper(r as i32)
        };
        // SAFETY: the field lies at data + offset inside the struct value.
        unsafe { Value::at(f.typ, self.data.add(f.offset), self.ro || !exported) }
    }

    /// The dynamic value held by an interface-kind value (None if nil).
    pub(super) fn iface_elem(&self) -> Option<Value> {
        let e = self.read::<Eface>();
        if e.typ.is_null() {
            None
        } else {
            // SAFETY: a non-nil interface in memory is a valid eface.
            let mut v = unsafe { Value::from_eface(e) };
            v.ro = self.ro;
            Some(v)
        }
    }

    /// The pointee of a non-nil pointer.
    pub(super) fn pointee(&self) -> Value {
        // SAFETY: non-nil pointers point at a value of the element type.
        unsafe { Value::at(self.t.elem, self.data, self.ro) }
    }

    /// reflect.Value.Pointer for pointer-like kinds and slices.
    pub(super) fn pointer(&self) -> usize {
        match self.kind() {
            Kind::Slice => self.slice().ptr as usize,
            _ => self.data as usize,
        }
    }
}
