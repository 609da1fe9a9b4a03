//! The Go standard library subset: which packages exist, the members each exports, and their
//! types. This is the one list of supported library functions; codegen lowers each `LibFunc`.

use super::types::*;
use super::ConstVal;

/// Packages a program may import.
pub const KNOWN_PACKAGES: &[&str] = &["fmt", "errors", "os", "time", "runtime"];

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
    FmtErrorf,
    ErrorsNew,
    OsExit,
    OsGetenv,
    /// The variable os.Args, read through the runtime.
    OsArgs,
    TimeNow,
    TimeSince,
    RuntimeGoexit,
    RuntimeBreakpoint,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LibMethod {
    DurationNanoseconds,
    DurationMicroseconds,
    DurationMilliseconds,
    DurationSeconds,
    DurationMinutes,
    DurationHours,
    DurationString,
    TimeSub,
    TimeUnixNano,
}

pub struct LibTypes {
    pub error: TypeId,
    /// fmt.Stringer: interface { String() string }.
    pub stringer: TypeId,
    pub duration: TypeId,
    pub time: TypeId,
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
            sig: str_sig,
        }]));
        t.named.get_mut(&stringer).unwrap().underlying = siface;
        let duration = t.new_named("time", "Duration");
        t.named.get_mut(&duration).unwrap().underlying = INT64;
        let time = t.new_named("time", "Time");
        let tu = t.intern(TypeKind::Struct(vec![FieldT {
            name: "wall".into(),
            ty: INT64,
            embedded: false,
        }]));
        t.named.get_mut(&time).unwrap().underlying = tu;
        let any_slice = t.intern(TypeKind::Slice(ANY));
        let string_slice = t.intern(TypeKind::Slice(STRING));
        LibTypes {
            error,
            stringer,
            duration,
            time,
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
            ("fmt", "Errorf") => {
                Member::Func(FmtErrorf, self.func(t, vec![STRING, anys], vec![err], true))
            }
            ("errors", "New") => {
                Member::Func(ErrorsNew, self.func(t, vec![STRING], vec![err], false))
            }
            ("os", "Exit") => Member::Func(OsExit, self.func(t, vec![INT], vec![], false)),
            ("os", "Getenv") => {
                Member::Func(OsGetenv, self.func(t, vec![STRING], vec![STRING], false))
            }
            ("os", "Args") => Member::Var(OsArgs, self.string_slice),
            ("time", "Now") => Member::Func(TimeNow, self.func(t, vec![], vec![self.time], false)),
            ("time", "Since") => Member::Func(
                TimeSince,
                self.func(t, vec![self.time], vec![self.duration], false),
            ),
            ("runtime", "Breakpoint") => {
                Member::Func(RuntimeBreakpoint, self.func(t, vec![], vec![], false))
            }
            ("runtime", "Goexit") => {
                Member::Func(RuntimeGoexit, self.func(t, vec![], vec![], false))
            }
            ("time", "Duration") => Member::Type(self.duration),
            ("fmt", "Stringer") => Member::Type(self.stringer),
            ("time", "Time") => Member::Type(self.time),
            ("time", unit) => {
                let ns: i128 = match unit {
                    "Nanosecond" => 1,
                    "Microsecond" => 1_000,
                    "Millisecond" => 1_000_000,
                    "Second" => 1_000_000_000,
                    "Minute" => 60_000_000_000,
                    "Hour" => 3_600_000_000_000,
                    _ => return None,
                };
                Member::Const(ConstVal::int(ns), self.duration)
            }
            _ => return None,
        })
    }

    /// A method of a library type, with its signature.
    pub fn method(&self, t: &mut Types, recv: TypeId, name: &str) -> Option<(LibMethod, TypeId)> {
        use LibMethod::*;
        if recv == self.duration {
            let (m, r) = match name {
                "Nanoseconds" => (DurationNanoseconds, INT64),
                "Microseconds" => (DurationMicroseconds, INT64),
                "Milliseconds" => (DurationMilliseconds, INT64),
                "Seconds" => (DurationSeconds, FLOAT64),
                "Minutes" => (DurationMinutes, FLOAT64),
                "Hours" => (DurationHours, FLOAT64),
                "String" => (DurationString, STRING),
                _ => return None,
            };
            return Some((m, self.func(t, vec![], vec![r], false)));
        }
        if recv == self.time {
            return match name {
                "Sub" => Some((
                    TimeSub,
                    self.func(t, vec![self.time], vec![self.duration], false),
                )),
                "UnixNano" => Some((TimeUnixNano, self.func(t, vec![], vec![INT64], false))),
                _ => None,
            };
        }
        None
    }
}
