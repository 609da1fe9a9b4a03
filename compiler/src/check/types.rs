//! Go types: one interned table, so two structurally identical unnamed types share a TypeId and
//! type identity is id equality (named types are unique per declaration, as in Go).

use std::collections::HashMap;

pub type TypeId = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Basic {
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    String,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedString,
    UntypedNil,
    // Interned after the others (ids COMPLEX64.. below), so the older ids did not move.
    Complex64,
    Complex128,
    UntypedComplex,
    /// unsafe.Pointer: a pointer of no particular type (spec "Package unsafe"); a basic type
    /// as in go/types, one machine word the collector treats as a pointer.
    UnsafePointer,
}

impl Basic {
    pub fn name(self) -> &'static str {
        match self {
            Basic::Bool => "bool",
            Basic::Int => "int",
            Basic::Int8 => "int8",
            Basic::Int16 => "int16",
            Basic::Int32 => "int32",
            Basic::Int64 => "int64",
            Basic::Uint => "uint",
            Basic::Uint8 => "uint8",
            Basic::Uint16 => "uint16",
            Basic::Uint32 => "uint32",
            Basic::Uint64 => "uint64",
            Basic::Uintptr => "uintptr",
            Basic::Float32 => "float32",
            Basic::Float64 => "float64",
            Basic::String => "string",
            Basic::UntypedBool => "untyped bool",
            Basic::UntypedInt => "untyped int",
            Basic::UntypedRune => "untyped rune",
            Basic::UntypedFloat => "untyped float",
            Basic::UntypedString => "untyped string",
            Basic::UntypedNil => "untyped nil",
            Basic::Complex64 => "complex64",
            Basic::Complex128 => "complex128",
            Basic::UntypedComplex => "untyped complex",
            Basic::UnsafePointer => "unsafe.Pointer",
        }
    }
    pub fn is_untyped(self) -> bool {
        matches!(
            self,
            Basic::UntypedBool
                | Basic::UntypedInt
                | Basic::UntypedRune
                | Basic::UntypedFloat
                | Basic::UntypedString
                | Basic::UntypedNil
                | Basic::UntypedComplex
        )
    }
    /// Can an untyped constant of kind `from` take this (typed) basic type?
    pub fn takes_untyped(self, from: Basic) -> bool {
        match from {
            Basic::UntypedBool => self.is_bool(),
            Basic::UntypedString => self.is_string(),
            Basic::UntypedInt
            | Basic::UntypedRune
            | Basic::UntypedFloat
            | Basic::UntypedComplex => self.is_numeric(),
            _ => false,
        }
    }
    pub fn is_integer(self) -> bool {
        matches!(
            self,
            Basic::Int
                | Basic::Int8
                | Basic::Int16
                | Basic::Int32
                | Basic::Int64
                | Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
                | Basic::UntypedInt
                | Basic::UntypedRune
        )
    }
    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            Basic::Uint
                | Basic::Uint8
                | Basic::Uint16
                | Basic::Uint32
                | Basic::Uint64
                | Basic::Uintptr
        )
    }
    pub fn is_float(self) -> bool {
        matches!(self, Basic::Float32 | Basic::Float64 | Basic::UntypedFloat)
    }
    pub fn is_complex(self) -> bool {
        matches!(
            self,
            Basic::Complex64 | Basic::Complex128 | Basic::UntypedComplex
        )
    }
    /// Integers, floats and complex numbers (Go's `isNumeric`).
    pub fn is_numeric(self) -> bool {
        self.is_integer() || self.is_float() || self.is_complex()
    }
    /// Integers and floats: the numeric types `<` orders (Go's `allOrdered` minus strings).
    pub fn is_real(self) -> bool {
        self.is_integer() || self.is_float()
    }
    pub fn is_string(self) -> bool {
        matches!(self, Basic::String | Basic::UntypedString)
    }
    pub fn is_bool(self) -> bool {
        matches!(self, Basic::Bool | Basic::UntypedBool)
    }
    /// Size in bytes of a typed basic value (strings are two words).
    pub fn size(self) -> u64 {
        match self {
            Basic::Bool | Basic::Int8 | Basic::Uint8 => 1,
            Basic::Int16 | Basic::Uint16 => 2,
            Basic::Int32 | Basic::Uint32 | Basic::Float32 => 4,
            Basic::String | Basic::Complex128 | Basic::UntypedComplex => 16,
            _ => 8,
        }
    }
    /// Alignment in bytes of a typed basic value: its size up to a word, except complex64,
    /// two float32s aligned as one (gc's layout).
    pub fn align(self) -> u64 {
        match self {
            Basic::Complex64 => 4,
            b => b.size().min(8),
        }
    }
    /// (min, max) of an integer type, for overflow checks on constants.
    pub fn int_range(self) -> Option<(i128, i128)> {
        Some(match self {
            Basic::Int8 => (i8::MIN as i128, i8::MAX as i128),
            Basic::Int16 => (i16::MIN as i128, i16::MAX as i128),
            Basic::Int32 => (i32::MIN as i128, i32::MAX as i128),
            Basic::Int | Basic::Int64 => (i64::MIN as i128, i64::MAX as i128),
            Basic::Uint8 => (0, u8::MAX as i128),
            Basic::Uint16 => (0, u16::MAX as i128),
            Basic::Uint32 => (0, u32::MAX as i128),
            Basic::Uint | Basic::Uint64 | Basic::Uintptr => (0, u64::MAX as i128),
            _ => return None,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Sig {
    pub params: Vec<TypeId>,
    pub results: Vec<TypeId>,
    /// The last parameter is `...T`; its type in `params` is `[]T`.
    pub variadic: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct FieldT {
    pub name: String,
    pub ty: TypeId,
    pub embedded: bool,
    /// The field's tag, decoded: part of the struct type's identity (spec "Type identity").
    pub tag: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct MethodT {
    pub name: String,
    /// The declaring package of an unexported method ("" for exported ones): unexported
    /// names of different packages are different methods, and a type's name shows it
    /// (`interface { main.m() }`).
    pub pkg: String,
    /// A Func type (without receiver).
    pub sig: TypeId,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum TypeKind {
    Basic(Basic),
    Array(TypeId, u64),
    Slice(TypeId),
    Pointer(TypeId),
    Func(Sig),
    Struct(Vec<FieldT>),
    /// Methods sorted by name.
    Interface(Vec<MethodT>),
    Map(TypeId, TypeId),
    Chan(crate::syntax::ast::ChanDir, TypeId),
    /// Several values: the type of a multi-result call.
    Tuple(Vec<TypeId>),
    /// A defined type. `underlying` is filled in after the declaration is resolved; `uid` keeps
    /// two declarations with the same name (in different scopes) distinct.
    Named {
        pkg: String,
        name: String,
        uid: u32,
    },
    /// A type parameter of a generic function, method or type (`T` in `func F[T any]`):
    /// unique per declaration like a named type. Its constraint is in `Types::tparams`.
    /// Codegen never sees one: every instance substitutes its type arguments first.
    TypeParam {
        name: String,
        uid: u32,
    },
    /// An interface that only constraints may use: one with type-set terms (`~int | string`)
    /// or `comparable` (spec "General interfaces"). Method-only interfaces, `any` among them,
    /// stay `Interface`, so values of interface type never meet this kind.
    Constraint(TypeSet),
}

/// The type set of a constraint interface: the types that satisfy it are those in `terms`
/// (all types when None) that also have `methods` and, with `comparable`, are comparable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TypeSet {
    /// Sorted by name, as Interface's.
    pub methods: Vec<MethodT>,
    pub terms: Option<Vec<Term>>,
    pub comparable: bool,
    /// Written as a bare union in a type parameter list (`[T ~int | ~float64]`): Go prints
    /// it as written, `~int|~float64`.
    pub implicit: bool,
}

/// One term of a union: `T` (the type itself) or `~T` (every type whose underlying type is T).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Term {
    pub tilde: bool,
    pub ty: TypeId,
}

/// A type parameter's declaration: its constraint and the generic declaration it belongs to.
#[derive(Clone, Debug)]
pub struct TParamInfo {
    /// An Interface or Constraint type (a bare union `[T ~int | ~float64]` is wrapped into a
    /// Constraint). VOID until resolved (constraints may refer to the parameters themselves).
    pub constraint: TypeId,
    pub owner: TParamOwner,
    pub index: usize,
}

/// What declared a type parameter: a generic function or method (whose instances codegen
/// compiles by substituting every type that mentions its parameters), or a generic type
/// (whose instances `Types::instantiate` makes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TParamOwner {
    Func(u32),
    Type(TypeId),
}

#[derive(Clone, Debug)]
pub struct NamedInfo {
    pub underlying: TypeId,
    /// The import path of the declaring package (reflect's PkgPath): `main`,
    /// `example.com/app/store`, `time`; empty for predeclared `error`.
    pub pkgpath: String,
    /// Methods declared on the type (value and pointer receivers), name -> function object.
    /// An instance of a generic type has its origin's (generic) methods: their signatures
    /// for the instance are `Types::method_sig`'s.
    pub methods: Vec<(String, crate::check::ObjId, bool)>,
    /// A generic type's type parameters (empty for ordinary named types and instances).
    pub tparams: Vec<TypeId>,
    /// An instance of a generic type: the generic type and the type arguments.
    pub origin: Option<TypeId>,
    pub targs: Vec<TypeId>,
    /// An instance's method signatures (without receiver), by name: the origin's with the
    /// type arguments substituted.
    pub msigs: HashMap<String, TypeId>,
    /// The underlying type is known (instances of a generic type whose declaration is being
    /// resolved wait for it: `type List[T any] struct { next *List[T] }`).
    pub complete: bool,
}

pub struct Types {
    /// The name of the package being checked: diagnostics write its types unqualified
    /// (`name_local`), as Go's do.
    pub local_pkg: String,
    kinds: Vec<TypeKind>,
    intern: HashMap<TypeKind, TypeId>,
    pub named: HashMap<TypeId, NamedInfo>,
    next_uid: u32,
    pub tparams: HashMap<TypeId, TParamInfo>,
    /// Instances of generic types: (generic type, type arguments) -> the instance.
    pub(super) instances: HashMap<(TypeId, Vec<TypeId>), TypeId>,
    /// The methods of each generic type: (name, signature without receiver in terms of the
    /// method's receiver type parameters, those parameters).
    pub method_generics: HashMap<TypeId, Vec<(String, TypeId, Vec<TypeId>)>>,
}

// Fixed ids of the predeclared types, in the order `Types::new` interns them.
pub const BOOL: TypeId = 0;
pub const INT: TypeId = 1;
pub const INT8: TypeId = 2;
pub const INT16: TypeId = 3;
pub const INT32: TypeId = 4;
pub const INT64: TypeId = 5;
pub const UINT: TypeId = 6;
pub const UINT8: TypeId = 7;
pub const UINT16: TypeId = 8;
pub const UINT32: TypeId = 9;
pub const UINT64: TypeId = 10;
pub const UINTPTR: TypeId = 11;
pub const FLOAT32: TypeId = 12;
pub const FLOAT64: TypeId = 13;
pub const STRING: TypeId = 14;
pub const UNTYPED_BOOL: TypeId = 15;
pub const UNTYPED_INT: TypeId = 16;
pub const UNTYPED_RUNE: TypeId = 17;
pub const UNTYPED_FLOAT: TypeId = 18;
pub const UNTYPED_STRING: TypeId = 19;
pub const UNTYPED_NIL: TypeId = 20;
/// interface{} / any
pub const ANY: TypeId = 21;
/// The empty tuple: the "type" of a call with no results.
pub const VOID: TypeId = 22;
pub const COMPLEX64: TypeId = 23;
pub const COMPLEX128: TypeId = 24;
pub const UNTYPED_COMPLEX: TypeId = 25;
/// unsafe.Pointer
pub const UNSAFE_POINTER: TypeId = 26;

impl Default for Types {
    fn default() -> Self {
        Self::new()
    }
}

impl Types {
    pub fn new() -> Types {
        let mut t = Types {
            local_pkg: "main".to_string(),
            kinds: Vec::new(),
            intern: HashMap::new(),
            named: HashMap::new(),
            next_uid: 0,
            tparams: HashMap::new(),
            instances: HashMap::new(),
            method_generics: HashMap::new(),
        };
        use Basic::*;
        for b in [
            Bool,
            Int,
            Int8,
            Int16,
            Int32,
            Int64,
            Uint,
            Uint8,
            Uint16,
            Uint32,
            Uint64,
            Uintptr,
            Float32,
            Float64,
            String,
            UntypedBool,
            UntypedInt,
            UntypedRune,
            UntypedFloat,
            UntypedString,
            UntypedNil,
        ] {
            t.intern(TypeKind::Basic(b));
        }
        let any = t.intern(TypeKind::Interface(vec![]));
        assert_eq!(any, ANY);
        let void = t.intern(TypeKind::Tuple(vec![]));
        assert_eq!(void, VOID);
        for b in [Complex64, Complex128, UntypedComplex] {
            t.intern(TypeKind::Basic(b));
        }
        assert_eq!(t.intern(TypeKind::Basic(UntypedComplex)), UNTYPED_COMPLEX);
        let up = t.intern(TypeKind::Basic(UnsafePointer));
        assert_eq!(up, UNSAFE_POINTER);
        t
    }

    pub fn intern(&mut self, k: TypeKind) -> TypeId {
        if let Some(&id) = self.intern.get(&k) {
            return id;
        }
        let id = self.kinds.len() as TypeId;
        self.kinds.push(k.clone());
        self.intern.insert(k, id);
        id
    }

    /// The id of an already interned type literal, without interning it.
    pub fn lookup(&self, k: &TypeKind) -> Option<TypeId> {
        self.intern.get(k).copied()
    }

    /// Every (name, signature) that some interned interface type has as a method: the only
    /// methods a dynamic lookup can ask a method table for (codegen's method tables).
    pub fn interface_methods(&self) -> std::collections::HashSet<(&str, TypeId)> {
        let mut set = std::collections::HashSet::new();
        for k in &self.kinds {
            if let TypeKind::Interface(ms) = k {
                for m in ms {
                    set.insert((m.name.as_str(), m.sig));
                }
            }
        }
        set
    }

    pub(super) fn bump_uid(&mut self) -> u32 {
        self.next_uid += 1;
        self.next_uid
    }

    pub fn new_named(&mut self, pkg: &str, name: &str) -> TypeId {
        self.next_uid += 1;
        let id = self.intern(TypeKind::Named {
            pkg: pkg.to_string(),
            name: name.to_string(),
            uid: self.next_uid,
        });
        self.named.insert(
            id,
            NamedInfo {
                underlying: INT,
                pkgpath: pkg.to_string(),
                methods: Vec::new(),
                tparams: Vec::new(),
                origin: None,
                targs: Vec::new(),
                msigs: HashMap::new(),
                complete: true,
            },
        );
        id
    }

    pub fn kind(&self, t: TypeId) -> &TypeKind {
        &self.kinds[t as usize]
    }

    pub fn count(&self) -> usize {
        self.kinds.len()
    }

    /// The underlying type; for a type parameter, its core type when it has one (what
    /// indexing, len, range, make, composite literals and conversions go by, spec "Core
    /// types"), else the type parameter itself.
    pub fn underlying(&self, mut t: TypeId) -> TypeId {
        // Bounded: a named type's underlying type is never itself named (resolved at declaration).
        for _ in 0..64 {
            match self.kinds[t as usize] {
                TypeKind::Named { .. } => t = self.named[&t].underlying,
                TypeKind::TypeParam { .. } => {
                    return match self.core_type(t) {
                        Some(c) if c != t => c,
                        _ => t,
                    }
                }
                _ => return t,
            }
        }
        t
    }

    pub fn ukind(&self, t: TypeId) -> &TypeKind {
        self.kind(self.underlying(t))
    }

    pub fn basic(&self, t: TypeId) -> Option<Basic> {
        match self.ukind(t) {
            TypeKind::Basic(b) => Some(*b),
            _ => None,
        }
    }

    pub fn is_named(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Named { .. })
    }

    /// Go's `hasName`: declared types and the predeclared basic types have names (so `int`
    /// is not assignable to `type MyInt int`, while `[]int` is assignable to `type S []int`).
    pub fn has_name(&self, t: TypeId) -> bool {
        matches!(
            self.kind(t),
            TypeKind::Named { .. } | TypeKind::Basic(_) | TypeKind::TypeParam { .. }
        )
    }

    pub fn is_untyped(&self, t: TypeId) -> bool {
        matches!(self.kind(t), TypeKind::Basic(b) if b.is_untyped())
    }
    // The predicates hold for a type parameter when they hold for every type of its type set
    // (the operators a type parameter allows are those all its types allow).
    pub fn is_integer(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_integer)
    }
    pub fn is_unsigned(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_unsigned)
    }
    pub fn is_float(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_float)
    }
    pub fn is_numeric(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_numeric)
    }
    pub fn is_complex(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_complex)
    }
    pub fn is_string(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_string)
    }
    pub fn is_bool(&self, t: TypeId) -> bool {
        self.basic_pred(t, Basic::is_bool)
    }
    fn basic_pred(&self, t: TypeId, pred: fn(Basic) -> bool) -> bool {
        match self.kind(t) {
            TypeKind::TypeParam { .. } => {
                self.all_terms(t, &|ts: &Types, x| ts.basic(x).is_some_and(pred))
            }
            _ => self.basic(t).is_some_and(pred),
        }
    }
    pub fn is_interface(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Interface(_))
    }
    pub fn is_pointer(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Pointer(_))
    }
    /// Values stored in an interface's data word themselves rather than behind a pointer
    /// (the runtime's `Type::is_direct`: pointers, funcs, maps, chans, unsafe.Pointer).
    pub fn is_pointer_shaped(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Pointer(_)
                | TypeKind::Func(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Basic(Basic::UnsafePointer)
        )
    }
    pub fn is_func(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Func(_))
    }
    /// Can nil be converted to (or assigned to) a value of type `t`?
    pub fn admits_nil(&self, t: TypeId) -> bool {
        matches!(
            self.ukind(t),
            TypeKind::Pointer(_)
                | TypeKind::Func(_)
                | TypeKind::Slice(_)
                | TypeKind::Map(..)
                | TypeKind::Chan(..)
                | TypeKind::Interface(_)
                | TypeKind::Basic(Basic::UnsafePointer)
        )
    }
    pub fn is_slice(&self, t: TypeId) -> bool {
        matches!(self.ukind(t), TypeKind::Slice(_))
    }
    pub fn sig(&self, t: TypeId) -> Option<&Sig> {
        match self.ukind(t) {
            TypeKind::Func(s) => Some(s),
            _ => None,
        }
    }
    pub fn tuple(&self, t: TypeId) -> Option<&[TypeId]> {
        match self.kind(t) {
            TypeKind::Tuple(v) => Some(v),
            _ => None,
        }
    }
    pub fn elem(&self, t: TypeId) -> Option<TypeId> {
        match self.ukind(t) {
            TypeKind::Array(e, _) | TypeKind::Slice(e) | TypeKind::Pointer(e) => Some(*e),
            TypeKind::Chan(_, e) => Some(*e),
            TypeKind::Map(_, v) => Some(*v),
            _ => None,
        }
    }

    /// The default type of an untyped constant kind (Go spec "Constants").
    pub fn default_type(&self, t: TypeId) -> TypeId {
        match t {
            UNTYPED_BOOL => BOOL,
            UNTYPED_INT => INT,
            UNTYPED_RUNE => INT32,
            UNTYPED_FLOAT => FLOAT64,
            UNTYPED_COMPLEX => COMPLEX128,
            UNTYPED_STRING => STRING,
            _ => t,
        }
    }

    /// Values of the type can be compared with == (spec "Comparison operators").
    pub fn comparable(&self, t: TypeId) -> bool {
        if self.is_tparam(t) {
            return self.tparam_comparable(t);
        }
        match self.ukind(t) {
            TypeKind::Basic(_) | TypeKind::Pointer(_) | TypeKind::Chan(..) => true,
            TypeKind::Interface(_) => true,
            TypeKind::TypeParam { .. } => self.tparam_comparable(t),
            TypeKind::Array(e, _) => self.comparable(*e),
            TypeKind::Struct(fs) => fs.iter().all(|f| self.comparable(f.ty)),
            _ => false,
        }
    }

    /// Why values of a type that is not [`Types::comparable`] cannot be compared, in Go's words
    /// (types2 `incomparableCause`): `slice can only be compared to nil`, `struct containing
    /// []int cannot be compared`, `[2][]int cannot be compared`.
    pub fn incomparable_cause(&self, t: TypeId) -> String {
        match self.ukind(t) {
            TypeKind::Slice(_) => "slice can only be compared to nil".into(),
            TypeKind::Func(_) => "func can only be compared to nil".into(),
            TypeKind::Map(..) => "map can only be compared to nil".into(),
            TypeKind::Struct(fs) => match fs.iter().find(|f| !self.comparable(f.ty)) {
                Some(f) => format!(
                    "struct containing {} cannot be compared",
                    self.name_local(f.ty)
                ),
                None => format!("{} cannot be compared", self.name_local(t)),
            },
            _ => format!("{} cannot be compared", self.name_local(t)),
        }
    }

    pub fn ordered(&self, t: TypeId) -> bool {
        self.basic_pred(t, |b| b.is_real() || b.is_string())
    }

    /// The type as Go prints it in messages and %T: `int`, `[3]int`, `main.T`, `func(int) string`.
    /// Whether t is or contains (in arrays and struct fields) an interface: such map keys are
    /// hashed by their dynamic types, which may not be hashable.
    pub fn has_interface(&self, t: TypeId, depth: u32) -> bool {
        if depth > 50 {
            return false;
        }
        match self.ukind(t) {
            TypeKind::Interface(_) => true,
            TypeKind::Array(e, _) => self.has_interface(*e, depth + 1),
            TypeKind::Struct(fs) => fs.iter().any(|f| self.has_interface(f.ty, depth + 1)),
            _ => false,
        }
    }

    pub fn name(&self, t: TypeId) -> String {
        self.name_depth(t, 0, false)
    }

    /// The type as Go's compiler names it in messages: types of package main unqualified
    /// (`T`, `[]T`), others qualified (`time.Duration`).
    pub fn name_local(&self, t: TypeId) -> String {
        self.name_depth(t, 0, true)
    }

    fn name_depth(&self, t: TypeId, depth: u32, local: bool) -> String {
        if depth > 20 {
            return "...".into();
        }
        let n = |x: TypeId| self.name_depth(x, depth + 1, local);
        match self.kind(t) {
            TypeKind::Basic(b) => b.name().to_string(),
            TypeKind::Array(e, len) => format!("[{}]{}", len, n(*e)),
            TypeKind::Slice(e) => format!("[]{}", n(*e)),
            TypeKind::Pointer(e) => format!("*{}", n(*e)),
            TypeKind::Func(sig) => format!("func{}", self.sig_string(sig, depth, local)),
            TypeKind::Struct(fs) => {
                let parts: Vec<String> = fs
                    .iter()
                    .map(|f| {
                        let s = if f.embedded {
                            n(f.ty)
                        } else {
                            format!("{} {}", f.name, n(f.ty))
                        };
                        if f.tag.is_empty() {
                            s
                        } else {
                            format!("{} {}", s, go_quote(&f.tag))
                        }
                    })
                    .collect();
                format!("struct {{ {} }}", parts.join("; ")).replace("struct {  }", "struct {}")
            }
            TypeKind::Interface(ms) => {
                if ms.is_empty() {
                    "interface {}".into()
                } else {
                    let parts: Vec<String> = ms
                        .iter()
                        .map(|m| {
                            let s = match self.kind(m.sig) {
                                TypeKind::Func(s) => self.sig_string(s, depth, local),
                                _ => String::new(),
                            };
                            if local || m.pkg.is_empty() {
                                format!("{}{}", m.name, s)
                            } else {
                                format!("{}.{}{}", m.pkg, m.name, s)
                            }
                        })
                        .collect();
                    format!("interface {{ {} }}", parts.join("; "))
                }
            }
            TypeKind::Map(k, v) => format!("map[{}]{}", n(*k), n(*v)),
            TypeKind::Chan(dir, e) => match dir {
                crate::syntax::ast::ChanDir::Both => format!("chan {}", n(*e)),
                crate::syntax::ast::ChanDir::Send => format!("chan<- {}", n(*e)),
                crate::syntax::ast::ChanDir::Recv => format!("<-chan {}", n(*e)),
            },
            TypeKind::Tuple(ts) => {
                let parts: Vec<String> = ts.iter().map(|&x| n(x)).collect();
                format!("({})", parts.join(", "))
            }
            TypeKind::Named { pkg, name, .. } => {
                let mut s = if pkg.is_empty() || (local && *pkg == self.local_pkg) {
                    name.clone()
                } else {
                    format!("{}.{}", pkg, name)
                };
                // An instance: `Pair[string,int]` (Go's type strings have no space).
                let targs = &self.named[&t].targs;
                if !targs.is_empty() {
                    let args: Vec<String> = targs.iter().map(|&x| n(x)).collect();
                    s.push('[');
                    s.push_str(&args.join(","));
                    s.push(']');
                }
                s
            }
            TypeKind::TypeParam { name, .. } => name.clone(),
            TypeKind::Constraint(ts) => {
                let mut parts: Vec<String> = Vec::new();
                if ts.comparable {
                    parts.push("comparable".into());
                }
                for m in &ts.methods {
                    if let TypeKind::Func(s) = self.kind(m.sig) {
                        parts.push(format!("{}{}", m.name, self.sig_string(s, depth, local)));
                    }
                }
                if let Some(terms) = &ts.terms {
                    let u: Vec<String> = terms
                        .iter()
                        .map(|term| format!("{}{}", if term.tilde { "~" } else { "" }, n(term.ty)))
                        .collect();
                    parts.push(u.join(" | "));
                }
                if parts.len() == 1 && ts.comparable && ts.terms.is_none() && ts.methods.is_empty()
                {
                    return "comparable".into();
                }
                if ts.implicit {
                    return parts.join("").replace(" | ", "|");
                }
                format!("interface{{{}}}", parts.join("; "))
            }
        }
    }

    fn sig_string(&self, sig: &Sig, depth: u32, local: bool) -> String {
        let n = |x: TypeId| self.name_depth(x, depth + 1, local);
        let mut ps: Vec<String> = sig.params.iter().map(|&p| n(p)).collect();
        if sig.variadic {
            if let Some(last) = ps.last_mut() {
                *last = format!("...{}", &last[2..]);
            }
        }
        let mut s = format!("({})", ps.join(", "));
        match sig.results.len() {
            0 => {}
            1 => s.push_str(&format!(" {}", n(sig.results[0]))),
            _ => {
                let rs: Vec<String> = sig.results.iter().map(|&r| n(r)).collect();
                s.push_str(&format!(" ({})", rs.join(", ")));
            }
        }
        s
    }

    /// Size and alignment in bytes on a 64-bit target.
    pub fn size_align(&self, t: TypeId) -> (u64, u64) {
        self.size_align_depth(t, 0)
    }

    fn size_align_depth(&self, t: TypeId, depth: u32) -> (u64, u64) {
        if depth > 100 {
            return (8, 8);
        }
        match self.ukind(t) {
            TypeKind::Basic(b) => (b.size(), b.align()),
            TypeKind::Array(e, n) => {
                let (s, a) = self.size_align_depth(*e, depth + 1);
                (s.saturating_mul(*n), a)
            }
            TypeKind::Slice(_) => (24, 8),
            TypeKind::Interface(_) => (16, 8),
            TypeKind::Struct(fs) => {
                let mut off = 0u64;
                let mut al = 1u64;
                let mut last_zero = false;
                for f in fs {
                    let (s, a) = self.size_align_depth(f.ty, depth + 1);
                    off = off.div_ceil(a) * a;
                    off = off.saturating_add(s);
                    al = al.max(a);
                    last_zero = s == 0;
                }
                // gc pads a non-empty struct that ends in a zero-size field by a byte, so that
                // the field's address never points at the next object (Go issue 9401).
                if off > 0 && last_zero {
                    off += 1;
                }
                (off.div_ceil(al) * al, al)
            }
            TypeKind::Tuple(_) => (0, 1),
            _ => (8, 8),
        }
    }

    /// Field offsets of a struct type.
    pub fn field_offsets(&self, t: TypeId) -> Vec<u64> {
        let mut out = Vec::new();
        if let TypeKind::Struct(fs) = self.ukind(t) {
            let mut off = 0u64;
            for f in fs {
                let (s, a) = self.size_align(f.ty);
                off = off.div_ceil(a) * a;
                out.push(off);
                off += s;
            }
        }
        out
    }
}

/// A string as Go's strconv.Quote writes the printable ASCII of struct tags.
fn go_quote(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The value of a struct tag's string literal (raw or interpreted).
pub fn decode_tag(lit: &str) -> String {
    if let Some(raw) = lit.strip_prefix('`').and_then(|r| r.strip_suffix('`')) {
        return raw.replace('\r', "");
    }
    let inner = lit
        .strip_prefix('"')
        .and_then(|r| r.strip_suffix('"'))
        .unwrap_or(lit);
    let mut out = String::new();
    let mut it = inner.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match it.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('r') => out.push('\r'),
            Some(o) => out.push(o),
            None => {}
        }
    }
    out
}
