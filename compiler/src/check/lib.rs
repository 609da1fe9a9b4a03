//! The Go standard library subset: which packages exist, the members each exports, and their
//! types. This is the one list of supported library functions; codegen lowers each `LibFunc`.

use super::types::*;
use super::ConstVal;

/// Packages a program may import.
pub const KNOWN_PACKAGES: &[&str] = &[
    "fmt",
    "errors",
    "os",
    "time",
    "runtime",
    "strings",
    "strconv",
    "unicode/utf8",
    "math",
    "io",
    "io/fs",
    "sort",
    "syscall",
    "bufio",
    "path",
    "path/filepath",
];

/// Go types in PKG_FUNCS signatures.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PT {
    Str,
    Int,
    Bool,
    Rune,
    Byte,
    StrSlice,
    Float,
}

/// A library function implemented by the runtime and called directly: its Go signature here,
/// its machine signature in codegen/runtime_abi.rs under the symbol `deferc_<pkg>_<Name>`.
pub struct PkgFunc {
    pub pkg: &'static str,
    pub name: &'static str,
    pub params: &'static [PT],
    pub result: PT,
}

macro_rules! pkg_funcs {
    ($($pkg:literal $name:ident ( $($p:ident),* ) -> $r:ident;)*) => {
        pub const PKG_FUNCS: &[PkgFunc] = &[
            $(PkgFunc { pkg: $pkg, name: stringify!($name), params: &[$(PT::$p),*], result: PT::$r }),*
        ];
    };
}

pkg_funcs! {
    "strings" Contains(Str, Str) -> Bool;
    "strings" ContainsAny(Str, Str) -> Bool;
    "strings" ContainsRune(Str, Rune) -> Bool;
    "strings" HasPrefix(Str, Str) -> Bool;
    "strings" HasSuffix(Str, Str) -> Bool;
    "strings" EqualFold(Str, Str) -> Bool;
    "strings" Index(Str, Str) -> Int;
    "strings" IndexAny(Str, Str) -> Int;
    "strings" IndexByte(Str, Byte) -> Int;
    "strings" IndexRune(Str, Rune) -> Int;
    "strings" LastIndex(Str, Str) -> Int;
    "strings" Count(Str, Str) -> Int;
    "strings" Compare(Str, Str) -> Int;
    "strings" Join(StrSlice, Str) -> Str;
    "strings" Split(Str, Str) -> StrSlice;
    "strings" SplitN(Str, Str, Int) -> StrSlice;
    "strings" Fields(Str) -> StrSlice;
    "strings" Replace(Str, Str, Str, Int) -> Str;
    "strings" ReplaceAll(Str, Str, Str) -> Str;
    "strings" ToUpper(Str) -> Str;
    "strings" ToLower(Str) -> Str;
    "strings" TrimSpace(Str) -> Str;
    "strings" Trim(Str, Str) -> Str;
    "strings" TrimLeft(Str, Str) -> Str;
    "strings" TrimRight(Str, Str) -> Str;
    "strings" TrimPrefix(Str, Str) -> Str;
    "strings" TrimSuffix(Str, Str) -> Str;
    "strconv" Itoa(Int) -> Str;
    "strconv" Quote(Str) -> Str;
    "strconv" QuoteRune(Rune) -> Str;
    "strconv" FormatBool(Bool) -> Str;
    "unicode/utf8" RuneLen(Rune) -> Int;
    "unicode/utf8" RuneCountInString(Str) -> Int;
    "unicode/utf8" ValidString(Str) -> Bool;
    "unicode/utf8" ValidRune(Rune) -> Bool;
    "math" Sqrt(Float) -> Float;
    "math" Abs(Float) -> Float;
    "math" Pow(Float, Float) -> Float;
    "math" Exp(Float) -> Float;
    "math" Log(Float) -> Float;
    "math" Log2(Float) -> Float;
    "math" Log10(Float) -> Float;
    "math" Sin(Float) -> Float;
    "math" Cos(Float) -> Float;
    "math" Tan(Float) -> Float;
    "math" Mod(Float, Float) -> Float;
    "math" Hypot(Float, Float) -> Float;
    "math" Cbrt(Float) -> Float;
    "math" Trunc(Float) -> Float;
    "math" Floor(Float) -> Float;
    "math" Ceil(Float) -> Float;
    "math" Round(Float) -> Float;
    "math" RoundToEven(Float) -> Float;
    "math" Inf(Int) -> Float;
    "math" NaN() -> Float;
    "math" IsNaN(Float) -> Bool;
    "math" IsInf(Float, Int) -> Bool;
}

/// The runtime symbol of a PKG_FUNCS entry: `deferc_<last path element>_<Name>`.
pub fn pkg_symbol(f: &PkgFunc) -> String {
    format!(
        "deferc_{}_{}",
        f.pkg.rsplit('/').next().unwrap_or(f.pkg),
        f.name
    )
}

/// Untyped constants of the library packages (Go declares them untyped too).
fn pkg_const(pkg: &str, name: &str) -> Option<(ConstVal, TypeId)> {
    use super::constant::parse_float;
    let int = |v: i128| Some((ConstVal::int(v), UNTYPED_INT));
    match (pkg, name) {
        ("math", "Pi") => Some((
            ConstVal::Float(parse_float(
                "3.14159265358979323846264338327950288419716939937510582097494459",
            )?),
            UNTYPED_FLOAT,
        )),
        ("math", "E") => Some((
            ConstVal::Float(parse_float(
                "2.71828182845904523536028747135266249775724709369995957496696763",
            )?),
            UNTYPED_FLOAT,
        )),
        ("math", "MaxFloat64") => Some((
            ConstVal::Float(parse_float("0x1.fffffffffffffp1023")?),
            UNTYPED_FLOAT,
        )),
        ("math", "SmallestNonzeroFloat64") => {
            Some((ConstVal::Float(parse_float("0x1p-1074")?), UNTYPED_FLOAT))
        }
        ("math", "MaxInt") | ("math", "MaxInt64") => int(i64::MAX as i128),
        ("math", "MinInt") | ("math", "MinInt64") => int(i64::MIN as i128),
        ("math", "MaxInt32") => int(i32::MAX as i128),
        ("math", "MinInt32") => int(i32::MIN as i128),
        ("math", "MaxInt16") => int(i16::MAX as i128),
        ("math", "MinInt16") => int(i16::MIN as i128),
        ("math", "MaxInt8") => int(i8::MAX as i128),
        ("math", "MinInt8") => int(i8::MIN as i128),
        ("math", "MaxUint") | ("math", "MaxUint64") => int(u64::MAX as i128),
        ("math", "MaxUint32") => int(u32::MAX as i128),
        ("math", "MaxUint16") => int(u16::MAX as i128),
        ("math", "MaxUint8") => int(u8::MAX as i128),
        ("unicode/utf8", "RuneError") => Some((ConstVal::int(0xFFFD), UNTYPED_RUNE)),
        ("unicode/utf8", "UTFMax") => int(4),
        ("unicode/utf8", "RuneSelf") => int(0x80),
        ("unicode/utf8", "MaxRune") => Some((ConstVal::int(0x10FFFF), UNTYPED_RUNE)),
        _ => None,
    }
}

/// Other standard packages: importing one is "unsupported", not "not in GOROOT".
pub const GO_STD_PACKAGES: &[&str] = &[
    "strings",
    "strconv",
    "sort",
    "math",
    "sync",
    "bufio",
    "io",
    "unicode",
    "unicode/utf8",
    "runtime",
    "reflect",
    "unsafe",
    "os/exec",
    "path/filepath",
    "bytes",
    "context",
    "log",
    "math/rand",
    "sync/atomic",
    "testing",
    "net",
    "net/http",
    "encoding/json",
    "regexp",
    "container/list",
    "runtime/debug",
    "syscall",
    "io/ioutil",
    "path",
    "flag",
    "errors",
];

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LibFunc {
    FmtPrint,
    FmtPrintln,
    FmtPrintf,
    FmtSprint,
    FmtSprintln,
    FmtSprintf,
    OsExit,
    OsGetenv,
    /// The variable os.Args, read through the runtime.
    OsArgs,
    /// PKG_FUNCS[i].
    Pkg(u16),
    RuntimeGoexit,
    RuntimeBreakpoint,
}

pub struct LibTypes {
    pub error: TypeId,
    /// fmt.Stringer: interface { String() string }.
    pub stringer: TypeId,
    /// runtime.Error: interface { error; RuntimeError() }.
    pub runtime_error: TypeId,
    pub any_slice: TypeId,
    pub string_slice: TypeId,
}

pub enum Member {
    Func(LibFunc, TypeId),
    Var(LibFunc, TypeId),
    Const(ConstVal, TypeId),
    Type(TypeId),
}

impl LibTypes {
    pub fn new(t: &mut Types) -> LibTypes {
        let error = t.new_named("", "error");
        let err_sig = t.intern(TypeKind::Func(Sig {
            params: vec![],
            results: vec![STRING],
            variadic: false,
        }));
        let iface = t.intern(TypeKind::Interface(vec![MethodT {
            name: "Error".into(),
            pkg: String::new(),
            sig: err_sig,
        }]));
        t.named.get_mut(&error).unwrap().underlying = iface;
        let str_sig = t.intern(TypeKind::Func(Sig {
            params: vec![],
            results: vec![STRING],
            variadic: false,
        }));
        let stringer = t.new_named("fmt", "Stringer");
        let siface = t.intern(TypeKind::Interface(vec![MethodT {
            name: "String".into(),
            pkg: String::new(),
            sig: str_sig,
        }]));
        t.named.get_mut(&stringer).unwrap().underlying = siface;
        let runtime_error = t.new_named("runtime", "Error");
        let marker_sig = t.intern(TypeKind::Func(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        }));
        let riface = t.intern(TypeKind::Interface(vec![
            MethodT {
                name: "Error".into(),
                pkg: String::new(),
                sig: err_sig,
            },
            MethodT {
                name: "RuntimeError".into(),
                pkg: String::new(),
                sig: marker_sig,
            },
        ]));
        t.named.get_mut(&runtime_error).unwrap().underlying = riface;
        let any_slice = t.intern(TypeKind::Slice(ANY));
        let string_slice = t.intern(TypeKind::Slice(STRING));
        LibTypes {
            error,
            stringer,
            runtime_error,
            any_slice,
            string_slice,
        }
    }

    fn func(
        &self,
        t: &mut Types,
        params: Vec<TypeId>,
        results: Vec<TypeId>,
        variadic: bool,
    ) -> TypeId {
        t.intern(TypeKind::Func(Sig {
            params,
            results,
            variadic,
        }))
    }

    pub fn pt_type(&self, p: PT) -> TypeId {
        match p {
            PT::Str => STRING,
            PT::Int => INT,
            PT::Bool => BOOL,
            PT::Rune => INT32,
            PT::Byte => UINT8,
            PT::StrSlice => self.string_slice,
            PT::Float => FLOAT64,
        }
    }

    /// `pkg.name`, or None when the package has no such exported member in the subset.
    pub fn member(&self, t: &mut Types, pkg: &str, name: &str) -> Option<Member> {
        use LibFunc::*;
        if let Some(i) = PKG_FUNCS
            .iter()
            .position(|f| f.pkg == pkg && f.name == name)
        {
            let f = &PKG_FUNCS[i];
            let params = f.params.iter().map(|&p| self.pt_type(p)).collect();
            let sig = self.func(t, params, vec![self.pt_type(f.result)], false);
            return Some(Member::Func(Pkg(i as u16), sig));
        }
        if let Some((c, t)) = pkg_const(pkg, name) {
            return Some(Member::Const(c, t));
        }
        let anys = self.any_slice;
        let err = self.error;
        Some(match (pkg, name) {
            ("fmt", "Print") => {
                Member::Func(FmtPrint, self.func(t, vec![anys], vec![INT, err], true))
            }
            ("fmt", "Println") => {
                Member::Func(FmtPrintln, self.func(t, vec![anys], vec![INT, err], true))
            }
            ("fmt", "Printf") => Member::Func(
                FmtPrintf,
                self.func(t, vec![STRING, anys], vec![INT, err], true),
            ),
            ("fmt", "Sprint") => {
                Member::Func(FmtSprint, self.func(t, vec![anys], vec![STRING], true))
            }
            ("fmt", "Sprintln") => {
                Member::Func(FmtSprintln, self.func(t, vec![anys], vec![STRING], true))
            }
            ("fmt", "Sprintf") => Member::Func(
                FmtSprintf,
                self.func(t, vec![STRING, anys], vec![STRING], true),
            ),
            ("os", "Exit") => Member::Func(OsExit, self.func(t, vec![INT], vec![], false)),
            ("os", "Getenv") => {
                Member::Func(OsGetenv, self.func(t, vec![STRING], vec![STRING], false))
            }
            ("os", "Args") => Member::Var(OsArgs, self.string_slice),
            ("runtime", "Breakpoint") => {
                Member::Func(RuntimeBreakpoint, self.func(t, vec![], vec![], false))
            }
            ("runtime", "Goexit") => {
                Member::Func(RuntimeGoexit, self.func(t, vec![], vec![], false))
            }
            ("runtime", "Error") => Member::Type(self.runtime_error),
            ("fmt", "Stringer") => Member::Type(self.stringer),
            _ => return None,
        })
    }
}
