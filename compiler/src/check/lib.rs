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
    "unsafe",
];

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
    /// The variable os.Args, read through the runtime.
    OsArgs,
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
    /// unsafe.Sizeof, Add, ...: a builtin reached through its package.
    Builtin(super::Builtin),
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

    /// `pkg.name`, or None when the package has no such exported member in the subset.
    pub fn member(&self, t: &mut Types, pkg: &str, name: &str) -> Option<Member> {
        use LibFunc::*;
        if let Some((c, t)) = pkg_const(pkg, name) {
            return Some(Member::Const(c, t));
        }
        Some(match (pkg, name) {
            ("os", "Args") => Member::Var(OsArgs, self.string_slice),
            ("runtime", "Breakpoint") => {
                Member::Func(RuntimeBreakpoint, self.func(t, vec![], vec![], false))
            }
            ("runtime", "Goexit") => {
                Member::Func(RuntimeGoexit, self.func(t, vec![], vec![], false))
            }
            ("runtime", "Error") => Member::Type(self.runtime_error),
            ("fmt", "Stringer") => Member::Type(self.stringer),
            ("unsafe", "Pointer") => Member::Type(UNSAFE_POINTER),
            ("unsafe", "Sizeof") => Member::Builtin(super::Builtin::Sizeof),
            ("unsafe", "Alignof") => Member::Builtin(super::Builtin::Alignof),
            ("unsafe", "Offsetof") => Member::Builtin(super::Builtin::Offsetof),
            ("unsafe", "Add") => Member::Builtin(super::Builtin::Add),
            ("unsafe", "Slice") => Member::Builtin(super::Builtin::Slice),
            _ => return None,
        })
    }
}
