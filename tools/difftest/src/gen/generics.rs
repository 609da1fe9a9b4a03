//! Generics (Go 1.18/1.19 type parameters): a fixed prelude of constraints, type arguments,
//! generic types and generic helpers (GENERICS_PRELUDE), per-program generic functions `G0`..
//! drawn at random, and snippets in the generated functions that instantiate and call them.
//!
//! - Constraints: `any`, `comparable`, unions of underlying types (`Number`: ~int | ~int64 |
//!   ~float64, `Integer`, `Ordered`, sometimes spelled inline as `interface{ ... }` or as a bare
//!   union), a method constraint (`Named`, `fmt.Stringer`), a core type with a method
//!   (`IntLike`), and core-type constraints `[S ~[]E, E C]`, `[M ~map[K]V, ...]`.
//! - Generic functions `G<n>` of 1-3 type parameters in several shapes: binary operators allowed
//!   by the constraint (+, -, *, shifts, /, %, &, |, ^ only for integer constraints, < for
//!   ordered ones, == for comparable ones), `var zero T`, loops, closures capturing and writing
//!   values of type T, calls of later `G<m>` (with the caller's type parameter as the argument)
//!   and of the prelude's helpers; slices through `S ~[]E` (len, range, index, append, slicing);
//!   conversions `U(x)` between numeric type parameters; maps `map[K]V` with K comparable; sums
//!   over maps with three type parameters; variadic functions calling the constraint's method
//!   (and method values of it); type switches on `any(x)` with the type parameter among the
//!   cases; deferred closures that change a named result of type T, defers in loops, panics
//!   with values of type T (or of a generic type) recovered with `%v`, or left to the calling
//!   function's defer/recover machinery.
//! - Calls with explicit type arguments, inferred ones (from typed values, untyped constants,
//!   function literals, core types), partially explicit ones (`G3[float64](x)`), generic
//!   function values (`f := G2[int]`), deferred generic calls.
//! - Type arguments: int, int8, uint16, int64, float64, string, `MyInt` (with String), `Name`
//!   (a string type), the struct `Pt`, the pointer `*Pt` (String on the pointer), `Box[int]`,
//!   `any`, `[]int`, `struct{ A int }` and `[2]int`, each only where it satisfies the
//!   constraint under Go 1.19 (`any` and `[]int` never satisfy `comparable` there).
//! - Generic types: `Box[T]`, `KV[K comparable, V any]`, `Opt[T]` (String), `Stack[T]`
//!   (pointer-receiver methods, a panic when popped empty, defers in a loop), the recursive
//!   `List[T]`, `Tree[T Ordered]` over an unexported generic node type, `OMap[K, V]` (a generic
//!   map type), `Fn[T]` (a generic function type with a method), the generic interface
//!   `GetterOf[T]`, `Tagged[T]` (embeds `Box[T]`: promoted methods); nested instantiations
//!   (`Box[KV[string, T]]`, `Stack[Box[T]]`), method values and method expressions of
//!   instantiated types, a method returning a closure over its receiver, values stored in
//!   interfaces and asserted back (or to another instantiation), printed with `%v`, `%+v`, `%#v`
//!   and `%T`; a channel of T filled by a goroutine that the caller waits for (`Async`).
//! - Go 1.19's inference at its edges: `Fill[Box[int]](v)` infers `PB interface{ *B; Set(T) }`
//!   from its core type, `GetVia[G GetterOf[T], T any]` cannot infer T (no core type) and is
//!   always given both, `Zero[T]()` (nothing to infer from) is always explicit, and a function
//!   value is instantiated in full (`G3[float64, int]`: Go 1.19 infers nothing from the
//!   assignment).
//!
//! Determinism: a map is only printed by fmt (which sorts its keys) or summed; a value holding
//! a pointer below its top level is never printed (fmt would show the address), nor passed to
//! the prelude's `describe` (whose `%d` would), so `*Pt` is kept out of those places. Floats
//! are halves of small ints multiplied only by small constants, so sums and products stay
//! exact, and a float is converted to an integer type only when it is small and not negative. Bounded work: a `G<n>` calls at most one
//! later `G<m>`, and loops run at most three times.
//!
//! Generics have their own random stream (`State`), and their snippets their own variable
//! names (`g<n>`) and sites (`f<i>.g<n>`): a program that does not use generics is exactly the
//! program its seed gave before generics existed, and one that does is that program with
//! snippets added (they call no generated function `f<j>`, so they change no call budget).

use super::{Gen, Rng, Scope};

/// Mixed into the seed for the generics stream.
const SALT: u64 = 0x6765_6e65_7269_6373;

/// Generics' share of a program's statements (percent): a snippet goes before this share.
const STMT_PERCENT: u64 = 25;

pub(super) struct State {
    rng: Rng,
    next_var: u32,
    next_site: u32,
}

impl State {
    /// Whether the program with this seed uses generics (`percent` of programs do), and if so
    /// its generics stream.
    pub(super) fn for_seed(seed: u64, percent: u64) -> Option<Box<State>> {
        let mut rng = Rng::new(seed ^ SALT);
        if !rng.chance(percent) {
            return None;
        }
        Some(Box::new(State {
            rng,
            next_var: 0,
            next_site: 0,
        }))
    }
}

/// Constraints.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum C {
    Any,
    Comparable,
    Number,
    Integer,
    Ordered,
    Named,
    IntLike,
}

impl C {
    /// The constraint as written in a type parameter list (sometimes inline).
    fn spelled(self, rng: &mut Rng) -> &'static str {
        let forms: &[&'static str] = match self {
            C::Any => &["any", "any", "interface{}"],
            C::Comparable => &["comparable"],
            C::Number => &[
                "Number",
                "Number",
                "interface{ ~int | ~int64 | ~float64 }",
                "~int | ~int64 | ~float64",
            ],
            C::Integer => &["Integer", "Integer", "interface{ Integer }"],
            C::Ordered => &["Ordered", "Ordered", "interface{ Ordered }"],
            C::Named => &["Named", "interface{ String() string }", "fmt.Stringer"],
            C::IntLike => &["IntLike", "interface{ ~int; String() string }"],
        };
        let form: &&'static str = rng.pick(forms);
        form
    }

    /// Every type of self's type set is in sup's: a type parameter constrained by self
    /// satisfies sup.
    fn implies(self, sup: C) -> bool {
        use C::*;
        match sup {
            Any => true,
            Comparable => !matches!(self, Any | Named),
            Number => matches!(self, Number | IntLike),
            Integer => matches!(self, Integer | IntLike),
            Ordered => matches!(self, Number | Integer | Ordered | IntLike),
            Named => matches!(self, Named | IntLike),
            IntLike => self == IntLike,
        }
    }

    /// +, -, * and conversions of small constants.
    fn arith(self) -> bool {
        matches!(self, C::Number | C::Integer | C::IntLike)
    }

    /// Also %, &, |, ^, &^, shifts.
    fn integer(self) -> bool {
        matches!(self, C::Integer | C::IntLike)
    }

    /// <, >, and + (strings included).
    fn ordered(self) -> bool {
        self.implies(C::Ordered)
    }

    fn comparable(self) -> bool {
        self.implies(C::Comparable)
    }
}

/// The type arguments.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Ty {
    Int,
    Int8,
    Uint16,
    Int64,
    Float64,
    Str,
    MyInt,
    Name,
    Pt,
    PtrPt,
    BoxInt,
    Any,
    SliceInt,
    Anon,
    Arr,
}

const TYS: [Ty; 15] = [
    Ty::Int,
    Ty::Int8,
    Ty::Uint16,
    Ty::Int64,
    Ty::Float64,
    Ty::Str,
    Ty::MyInt,
    Ty::Name,
    Ty::Pt,
    Ty::PtrPt,
    Ty::BoxInt,
    Ty::Any,
    Ty::SliceInt,
    Ty::Anon,
    Ty::Arr,
];

impl Ty {
    fn go(self) -> &'static str {
        match self {
            Ty::Int => "int",
            Ty::Int8 => "int8",
            Ty::Uint16 => "uint16",
            Ty::Int64 => "int64",
            Ty::Float64 => "float64",
            Ty::Str => "string",
            Ty::MyInt => "MyInt",
            Ty::Name => "Name",
            Ty::Pt => "Pt",
            Ty::PtrPt => "*Pt",
            Ty::BoxInt => "Box[int]",
            Ty::Any => "any",
            Ty::SliceInt => "[]int",
            Ty::Anon => "struct{ A int }",
            Ty::Arr => "[2]int",
        }
    }

    /// Satisfies the constraint under Go 1.19 (where `comparable` wants strictly comparable
    /// types: no interface).
    fn sat(self, c: C) -> bool {
        use Ty::*;
        match c {
            C::Any => true,
            C::Comparable => !matches!(self, Any | SliceInt),
            C::Number => matches!(self, Int | Int64 | Float64 | MyInt),
            C::Integer => matches!(self, Int | Int8 | Uint16 | Int64 | MyInt),
            C::Ordered => matches!(
                self,
                Int | Int8 | Uint16 | Int64 | Float64 | Str | MyInt | Name
            ),
            C::Named => matches!(self, MyInt | PtrPt),
            C::IntLike => self == MyInt,
        }
    }

    /// A value of the type from `e`, a non-constant int expression, and a small constant k.
    fn value(self, e: &str, k: i64) -> String {
        match self {
            Ty::Int => e.to_string(),
            Ty::Int8 => format!("int8({e})"),
            Ty::Uint16 => format!("uint16({e})"),
            Ty::Int64 => format!("int64({e})"),
            Ty::Float64 => format!("float64({e})/2"),
            Ty::Str => format!("fmt.Sprint(\"s\", {e})"),
            Ty::MyInt => format!("MyInt({e})"),
            Ty::Name => format!("Name(fmt.Sprint(\"n\", {e}))"),
            Ty::Pt => format!("Pt{{{e}, {k}}}"),
            Ty::PtrPt => format!("&Pt{{{e}, {k}}}"),
            Ty::BoxInt => format!("Box[int]{{{e}}}"),
            Ty::Any => format!("any({e})"),
            Ty::SliceInt => format!("[]int{{{e}, {k}}}"),
            Ty::Anon => format!("struct{{ A int }}{{{e}}}"),
            Ty::Arr => format!("[2]int{{{e}, {k}}}"),
        }
    }

    /// An untyped constant that converts to the type (for inference mixing typed values and
    /// constants), if there is one.
    fn constant(self, k: i64) -> Option<String> {
        match self {
            Ty::Int | Ty::Int8 | Ty::Uint16 | Ty::Int64 | Ty::Float64 | Ty::MyInt => {
                Some(k.to_string())
            }
            Ty::Str | Ty::Name => Some(format!("\"c{k}\"")),
            _ => None,
        }
    }

    /// The named slice type of these elements, if the prelude has one.
    fn named_slice(self) -> Option<&'static str> {
        match self {
            Ty::Int => Some("IntSlice"),
            Ty::Name => Some("Names"),
            _ => None,
        }
    }
}

/// The shapes of the generated generic functions.
#[derive(Clone, Copy, Debug)]
enum Shape {
    /// `func G[T c](a, b T) T`.
    Binary(C),
    /// `func G[S ~[]E, E c](xs S, x E) E` (or `S`).
    Slice(C, bool),
    /// `func G[U cu, T ct](x T) U`.
    Convert(C, C),
    /// `func G[T c](x T, n int) (r T)`: defers, a panic; recovered there when `handler`.
    Defer { c: C, handler: bool, boxed: bool },
    /// `func G[T c](x T) string`: a type switch.
    Switch(C),
    /// `func G[K comparable, V c](ks []K, v V) map[K]V`.
    Multi(C),
    /// `func G[K comparable, V any, R c](m map[K]V, f func(V) R) (total R)`.
    Fold(C),
    /// `func G[T c](label string, xs ...T) string`.
    Variadic(C),
}

pub(super) struct GFunc {
    shape: Shape,
    /// Never instantiated with `*Pt` (it prints values nested, or lets panics escape).
    no_ptr: bool,
}

impl Gen {
    /// Runs `f` on the generics stream, with generics' variable names and sites.
    fn in_generics<R>(&mut self, f: impl FnOnce(&mut Gen) -> R) -> R {
        let mut st = self.generics.take().expect("a program with generics");
        std::mem::swap(&mut self.rng, &mut st.rng);
        std::mem::swap(&mut self.next_var, &mut st.next_var);
        std::mem::swap(&mut self.next_site, &mut st.next_site);
        self.gmode = true;
        let r = f(self);
        self.gmode = false;
        std::mem::swap(&mut self.rng, &mut st.rng);
        std::mem::swap(&mut self.next_var, &mut st.next_var);
        std::mem::swap(&mut self.next_site, &mut st.next_site);
        self.generics = Some(st);
        r
    }

    /// Whether to put a generics snippet here (draws from the generics stream only).
    pub(super) fn generics_here(&mut self, percent: u64) -> bool {
        !self.gmode
            && self
                .generics
                .as_mut()
                .is_some_and(|st| st.rng.chance(percent))
    }

    pub(super) fn generics_before_stmt(&mut self, scope: &Scope) {
        if self.generics_here(STMT_PERCENT) {
            self.generic_stmt(scope);
        }
    }

    /// The prelude and the program's generic functions (after the other preludes).
    pub(super) fn generics_decls(&mut self) {
        self.out.push_str(GENERICS_PRELUDE);
        self.in_generics(|g| g.gen_funcs());
        self.feature("generics program");
    }

    /// A generics snippet in a generated function.
    pub(super) fn generic_stmt(&mut self, scope: &Scope) {
        let scope = scope.clone();
        self.in_generics(|g| {
            g.line("{");
            g.indent += 1;
            match g.rng.below(12) {
                0..=4 => g.call_gfunc(&scope),
                5 => g.box_snippet(&scope),
                6 => g.stack_snippet(&scope),
                7 => g.list_tree_snippet(&scope),
                8 | 9 => g.helpers_snippet(&scope),
                10 => g.panic_snippet(&scope),
                _ => g.nested_snippet(&scope),
            }
            g.indent -= 1;
            g.line("}");
        });
    }

    // ---- The generic functions G0.. of the program ----

    fn gen_funcs(&mut self) {
        let n = self.rng.range(3, 7) as usize;
        let mut funcs: Vec<GFunc> = Vec::new();
        let mut texts = Vec::new();
        let all = [
            C::Any,
            C::Comparable,
            C::Number,
            C::Integer,
            C::Ordered,
            C::Named,
            C::IntLike,
        ];
        // From the last to the first: a function calls only later ones, already made.
        for i in (0..n).rev() {
            let name = format!("G{i}");
            let shape = match self.rng.below(16) {
                0..=3 => Shape::Binary(*self.rng.pick(&all)),
                4 | 5 => Shape::Slice(
                    *self
                        .rng
                        .pick(&[C::Any, C::Comparable, C::Number, C::Integer, C::Ordered]),
                    self.rng.chance(40),
                ),
                6 | 7 => {
                    let nums = [C::Number, C::Integer, C::IntLike];
                    Shape::Convert(*self.rng.pick(&nums), *self.rng.pick(&nums))
                }
                8..=10 => Shape::Defer {
                    c: *self.rng.pick(&all),
                    handler: self.rng.chance(65),
                    boxed: self.rng.chance(25),
                },
                11 | 12 => Shape::Switch(*self.rng.pick(&all)),
                13 => Shape::Multi(*self.rng.pick(&all)),
                14 => Shape::Fold(*self.rng.pick(&[C::Number, C::Number, C::IntLike])),
                _ => Shape::Variadic(*self.rng.pick(&[C::Named, C::IntLike, C::Ordered])),
            };
            let saved = std::mem::take(&mut self.out);
            self.out.push('\n');
            let mut no_ptr = false;
            match shape {
                Shape::Binary(c) => no_ptr = self.emit_binary(&name, c, &funcs, i + 1),
                Shape::Slice(c, ret_slice) => {
                    self.emit_slice(&name, c, ret_slice);
                    no_ptr = true;
                }
                Shape::Convert(cu, ct) => self.emit_convert(&name, cu, ct),
                Shape::Defer { c, handler, boxed } => {
                    self.emit_defer(&name, c, handler, boxed);
                    no_ptr = !handler || boxed;
                }
                Shape::Switch(c) => self.emit_switch(&name, c),
                Shape::Multi(c) => {
                    self.emit_multi(&name, c);
                    no_ptr = true;
                }
                Shape::Fold(c) => self.emit_fold(&name, c),
                Shape::Variadic(c) => self.emit_variadic(&name, c),
            }
            texts.push(std::mem::replace(&mut self.out, saved));
            funcs.push(GFunc { shape, no_ptr });
        }
        // Made from the last: funcs[k] is G(n-1-k).
        funcs.reverse();
        for t in texts.iter().rev() {
            self.out.push_str(t);
        }
        self.gfuncs = funcs;
    }

    /// An expression of type `t` (a type parameter constrained by c) over `vars`.
    fn texpr(&mut self, c: C, t: &str, vars: &[&str], depth: u32) -> String {
        if depth == 0 || self.rng.chance(30) || !c.ordered() {
            if c.arith() && self.rng.chance(20) {
                return format!("{t}({})", self.rng.range(0, 9));
            }
            return self.rng.pick(vars).to_string();
        }
        let l = self.texpr(c, t, vars, depth - 1);
        let r = self.texpr(c, t, vars, depth - 1);
        let v = self.rng.pick(vars).to_string();
        let k = self.rng.range(0, 9);
        if c.integer() {
            match self.rng.below(8) {
                0 => return format!("({l} << {})", self.rng.range(0, 5)),
                1 => return format!("({l} >> (uint({v}) % 8))"),
                2 => return format!("({l} / ({v} | 1))"),
                3 => return format!("({l} % ({v} | 1))"),
                4 => {
                    let op = self.rng.pick(&["&", "|", "^", "&^"]);
                    return format!("({l} {op} {r})");
                }
                _ => {}
            }
        }
        if c.arith() {
            let op = *self.rng.pick(&["+", "-", "*"]);
            // Number may be float64: a product of two values only by a constant, so that floats
            // (halves of small ints) stay exact and no contracted multiply-add can differ.
            if self.rng.chance(40) || (c == C::Number && op == "*") {
                format!("({l} {op} {k})")
            } else {
                format!("({l} {op} {r})")
            }
        } else {
            // Ordered: + (strings too), no constants.
            format!("({l} + {r})")
        }
    }

    /// A condition over two values of a type parameter constrained by c.
    fn tcond(&mut self, c: C, a: &str, b: &str) -> Option<String> {
        if c.ordered() {
            let op = self.rng.pick(&["<", "<=", ">", ">="]);
            Some(format!("{a} {op} {b}"))
        } else if c.comparable() {
            let op = self.rng.pick(&["==", "!="]);
            Some(format!("{a} {op} {b}"))
        } else if c == C::Named {
            Some(format!("{a}.String() < {b}.String()"))
        } else {
            None
        }
    }

    /// `func G[T c](a, b T) T`; returns whether it must not be instantiated with *Pt.
    fn emit_binary(&mut self, name: &str, c: C, later: &[GFunc], first: usize) -> bool {
        let cs = c.spelled(&mut self.rng);
        ln!(self, "func {name}[T {cs}](a, b T) T {{");
        self.indent += 1;
        let mut k = 0;
        let mut site = || {
            k += 1;
            format!("{name}.{k}")
        };
        // Named's zero may be a nil pointer: no String on it.
        let mut vars = vec!["a", "b"];
        if self.rng.chance(50) {
            self.line("var zero T");
            self.line("_ = zero");
            if c != C::Named {
                vars.push("zero");
            }
            self.feature("generics: var zero T");
        }
        let e = self.texpr(c, "T", &vars, 2);
        ln!(self, "acc := {e}");
        self.line("_ = acc");
        vars.push("acc");
        if self.rng.chance(50) {
            let e = self.texpr(c, "T", &vars, 2);
            ln!(self, "for i := 0; i < {}; i++ {{", self.rng.range(1, 3));
            ln!(self, "\tacc = {e}");
            if let Some(cond) = self.tcond(c, "acc", "b") {
                if c != C::Named && self.rng.chance(50) {
                    ln!(self, "\tif {cond} {{");
                    ln!(self, "\t\tfmt.Println(\"{}\", i)", site());
                    self.line("\t}");
                }
            }
            self.line("}");
        }
        if self.rng.chance(40) {
            let e = self.texpr(c, "T", &["y", "acc", "a"], 2);
            ln!(self, "f := func(y T) T {{ return {e} }}");
            self.line("acc = f(b)");
            self.feature("generics: closure over type-parameter values");
        }
        if self.rng.chance(30) {
            let e = self.texpr(c, "T", &vars, 2);
            ln!(self, "set := func() {{ acc = {e} }}");
            self.line("set()");
            self.feature("generics: closure writing a captured T");
        }
        if c == C::Named {
            if self.rng.chance(50) {
                self.line("s := a.String");
                ln!(self, "fmt.Println(\"{}\", s(), b.String())", site());
                self.feature("generics: method value on a type parameter");
            }
        } else if let Some(cond) = self.tcond(c, "a", "b") {
            if self.rng.chance(60) {
                let e1 = self.texpr(c, "T", &vars, 1);
                let e2 = self.texpr(c, "T", &vars, 1);
                ln!(self, "if {cond} {{");
                ln!(self, "\tacc = {e1}");
                self.line("} else {");
                ln!(self, "\tacc = {e2}");
                self.line("}");
            }
        }
        // A prelude helper over T.
        if self.rng.chance(50) {
            let mut opts: Vec<String> = vec![
                "acc = Box[T]{acc}.Get()".into(),
                "acc = Some(acc).OrElse(b)".into(),
                "acc = *Ptr(acc)".into(),
                "acc = ListOf(a, b, acc).Slice()[2]".into(),
                "acc = [2]T{a, acc}[1]".into(),
                "acc = Tag(\"SITE\", acc).Get()".into(),
                "acc = Catch(\"SITE\", func() T { return acc }).OrElse(a)".into(),
            ];
            if c.ordered() {
                opts.push("acc = Max(acc, a, b)".into());
                opts.push("acc = Max[T](acc)".into());
            }
            if c.comparable() {
                opts.push(
                    "fmt.Println(\"SITE\", Index([]T{a, b}, acc), MakeKV(a, 1).Key == a)".into(),
                );
            }
            if c.implies(C::Number) {
                opts.push("acc = Sum([]T{a, acc})".into());
            }
            let o = self.rng.pick(&opts).replace("SITE", &site());
            self.line(&o);
            self.feature("generics: generic helper called from a generic function");
        }
        // At most one later generic function.
        let mut no_ptr = false;
        if self.rng.chance(60) {
            let cands: Vec<usize> = (0..later.len())
                .filter(|&j| match later[later.len() - 1 - j].shape {
                    Shape::Binary(cm) | Shape::Switch(cm) | Shape::Variadic(cm) => c.implies(cm),
                    Shape::Slice(cm, _) => c.implies(cm),
                    Shape::Defer { c: cm, handler, .. } => handler && c.implies(cm),
                    _ => false,
                })
                .collect();
            if !cands.is_empty() {
                let j = *self.rng.pick(&cands);
                let f = &later[later.len() - 1 - j];
                let callee = format!("G{}", first + j);
                no_ptr = f.no_ptr;
                let targ = if self.rng.chance(40) { "[T]" } else { "" };
                let s = site();
                match f.shape {
                    Shape::Binary(_) => ln!(self, "acc = {callee}{targ}(acc, b)"),
                    Shape::Switch(_) => ln!(self, "fmt.Println(\"{s}\", {callee}{targ}(acc))"),
                    Shape::Variadic(_) => {
                        ln!(self, "fmt.Println(\"{s}\", {callee}{targ}(\"{s}\", a, b))")
                    }
                    Shape::Slice(_, true) => {
                        ln!(
                            self,
                            "fmt.Println(\"{s}\", len({callee}([]T{{a, b}}, acc)))"
                        )
                    }
                    Shape::Slice(_, false) => ln!(self, "acc = {callee}([]T{{a, b}}, acc)"),
                    Shape::Defer { .. } => ln!(self, "acc = {callee}{targ}(acc, 2)"),
                    _ => {}
                }
                self.feature("generics: generic function calls a generic function");
            }
        }
        if self.rng.chance(60) {
            ln!(self, "fmt.Println(\"{}\", acc)", site());
        }
        let e = self.texpr(c, "T", &vars, 2);
        ln!(self, "return {e}");
        self.indent -= 1;
        self.line("}");
        no_ptr
    }

    /// `func G[S ~[]E, E c](xs S, x E) E` (or S): len, range, index, append, slicing.
    fn emit_slice(&mut self, name: &str, c: C, ret_slice: bool) {
        let cs = c.spelled(&mut self.rng);
        let ret = if ret_slice { "S" } else { "E" };
        ln!(self, "func {name}[S ~[]E, E {cs}](xs S, x E) {ret} {{");
        self.indent += 1;
        self.line("n := len(xs)");
        if self.rng.chance(50) {
            self.line("ys := make(S, 0, n+1)");
            self.line("ys = append(ys, xs...)");
        } else {
            self.line("ys := append(S{}, xs...)");
        }
        self.line("ys = append(ys, x)");
        if c.arith() || c == C::Ordered {
            let e = self.texpr(c, "E", &["ys[i]", "x"], 1);
            self.line("for i := range ys {");
            ln!(self, "\tys[i] = {e}");
            self.line("}");
        }
        if c.ordered() {
            self.line("best := ys[0]");
            self.line("for _, v := range ys[1:] {");
            ln!(
                self,
                "\tif v {} best {{",
                self.rng.pick(&["<", ">", "<=", ">="])
            );
            self.line("\t\tbest = v");
            self.line("\t}");
            self.line("}");
            ln!(self, "fmt.Println(\"{name}.1 best\", best)");
        }
        if c.comparable() {
            self.line("idx := -1");
            self.line("for i, v := range ys {");
            self.line("\tif v == x {");
            self.line("\t\tidx = i");
            self.line("\t\tbreak");
            self.line("\t}");
            self.line("}");
            ln!(self, "fmt.Println(\"{name}.2 index\", idx)");
        }
        if self.rng.chance(50) {
            self.line("if n > 0 {");
            self.line("\txs[0] = x");
            self.line("}");
            self.feature("generics: write through S ~[]E");
        }
        ln!(self, "fmt.Println(\"{name}.3\", n, len(ys), ys)");
        if self.rng.chance(50) {
            self.line("ys[0], ys[len(ys)-1] = ys[len(ys)-1], ys[0]");
        }
        if ret_slice {
            ln!(self, "return ys[{}:]", self.rng.range(0, 1));
        } else {
            ln!(self, "return ys[len(ys)/2]");
        }
        self.indent -= 1;
        self.line("}");
        self.feature("generics: core type constraint S ~[]E");
    }

    /// `func G[U cu, T ct](x T) U`: conversions between type parameters.
    fn emit_convert(&mut self, name: &str, cu: C, ct: C) {
        let (su, st) = (cu.spelled(&mut self.rng), ct.spelled(&mut self.rng));
        ln!(self, "func {name}[U {su}, T {st}](x T) U {{");
        self.indent += 1;
        self.line("u := U(x)");
        self.line("back := T(u)");
        ln!(self, "fmt.Println(\"{name}.1\", x, u, back)");
        let e = self.texpr(cu, "U", &["u"], 2);
        ln!(self, "return {e}");
        self.indent -= 1;
        self.line("}");
    }

    /// `func G[T c](x T, n int) (r T)`: defers changing the named result, defers in a loop,
    /// a panic with x (or a generic value holding it), recovered here when `handler`.
    fn emit_defer(&mut self, name: &str, c: C, handler: bool, boxed: bool) {
        let cs = c.spelled(&mut self.rng);
        ln!(self, "func {name}[T {cs}](x T, n int) (r T) {{");
        self.indent += 1;
        let addable = c.ordered();
        if handler {
            self.line("defer func() {");
            self.line("\tif e := recover(); e != nil {");
            ln!(
                self,
                "\t\tfmt.Printf(\"{name}.1 recovered %v (%T)\\n\", e, e)"
            );
            match self.rng.below(3) {
                0 => self.line("\t\tr = x"),
                1 => {
                    self.line("\t\tif v, ok := e.(T); ok {");
                    self.line("\t\t\tr = v");
                    self.line("\t\t}");
                    self.feature("generics: recovered value asserted to T");
                }
                _ if addable => self.line("\t\tr = r + x"),
                _ => self.line("\t\tr = x"),
            }
            self.line("\t}");
            self.line("}()");
            self.feature("generics: recover in a generic function");
        }
        if self.rng.chance(60) {
            self.line("for i := 0; i < n%3; i++ {");
            self.line("\tdefer func(i int) {");
            if addable {
                let e = self.texpr(c, "T", &["r", "x"], 1);
                ln!(self, "\t\tr = {e}");
            }
            ln!(self, "\t\tfmt.Println(\"{name}.2\", i, r)");
            self.line("\t}(i)");
            self.line("}");
            self.feature("generics: defers in a loop change a named result of type T");
        }
        if self.rng.chance(40) {
            ln!(self, "defer fmt.Println(\"{name}.3 deferred with\", x)");
        }
        let e = self.texpr(c, "T", &["x"], 1);
        ln!(self, "r = {e}");
        let pv = if boxed {
            self.rng
                .pick(&["Box[T]{x}", "KV[string, T]{\"k\", x}", "Some(x)"])
        } else {
            "x"
        };
        match self.rng.below(4) {
            0 => {
                self.line("if n%2 == 0 {");
                ln!(self, "\tBoom(\"{name}.4\", {pv})");
                self.line("}");
            }
            1 => {
                self.line("if n > 3 {");
                ln!(self, "\tpanic(fmt.Sprint(\"{name}.5 \", x))");
                self.line("}");
            }
            _ => {
                self.line("if n%2 == 0 {");
                ln!(self, "\tpanic({pv})");
                self.line("}");
            }
        }
        self.feature("generics: panic with a value of type-parameter type");
        if self.rng.chance(30) {
            self.line("return");
        } else {
            let e = self.texpr(c, "T", &["r", "x"], 1);
            ln!(self, "return {e}");
        }
        self.indent -= 1;
        self.line("}");
    }

    /// `func G[T c](x T) string`: a type switch on any(x) with T among the cases.
    fn emit_switch(&mut self, name: &str, c: C) {
        let cs = c.spelled(&mut self.rng);
        ln!(self, "func {name}[T {cs}](x T) string {{");
        self.indent += 1;
        let mut cases: Vec<(&str, &str)> = vec![
            ("T", "fmt.Println(\"SITE T\", v)"),
            ("int", "fmt.Println(\"SITE int\", v+1)"),
            ("string", "fmt.Println(\"SITE string\", len(v), v)"),
            ("MyInt, Name", "fmt.Printf(\"SITE named %T %v\\n\", v, v)"),
            ("fmt.Stringer", "fmt.Println(\"SITE Stringer\", v.String())"),
            ("float64", "fmt.Println(\"SITE float64\", v*2)"),
            ("[]T", "fmt.Println(\"SITE []T\", len(v))"),
            ("Box[T]", "fmt.Println(\"SITE Box[T]\", v.Get())"),
            ("Box[int]", "fmt.Println(\"SITE Box[int]\", v.Get()+1)"),
            ("*T", "fmt.Println(\"SITE *T\", v == nil)"),
            ("T, int8", "fmt.Printf(\"SITE T or int8 %T\\n\", v)"),
            ("error", "fmt.Println(\"SITE error\", v)"),
        ];
        // A random subset in a random order, T (alone or in a list) once at most.
        let mut chosen = Vec::new();
        let mut has_t = false;
        for _ in 0..self.rng.range(2, 5) {
            let i = self.rng.below(cases.len() as u64) as usize;
            let (ty, body) = cases.remove(i);
            if ty.starts_with("T") {
                if has_t {
                    continue;
                }
                has_t = true;
            }
            chosen.push((ty, body));
        }
        self.line("switch v := any(x).(type) {");
        for (k, (ty, body)) in chosen.iter().enumerate() {
            ln!(self, "case {ty}:");
            ln!(
                self,
                "\t{}",
                body.replace("SITE", &format!("{name}.{}", k + 1))
            );
        }
        self.line("default:");
        ln!(self, "\tfmt.Printf(\"{name}.0 other %T\\n\", v)");
        self.line("}");
        if self.rng.chance(50) {
            self.line("y, ok := any(x).(T)");
            self.line("_, isInt := any(x).(int)");
            ln!(
                self,
                "fmt.Println(\"{name}.9\", ok, isInt, fmt.Sprintf(\"%T\", y))"
            );
        }
        ln!(
            self,
            "return {}",
            self.rng.pick(&[
                "fmt.Sprintf(\"%T\", x)",
                "fmt.Sprint(x)",
                "fmt.Sprintf(\"%v/%T\", x, x)"
            ])
        );
        self.indent -= 1;
        self.line("}");
        self.feature("generics: type switch with a type-parameter case");
    }

    /// `func G[K comparable, V c](ks []K, v V) map[K]V`.
    fn emit_multi(&mut self, name: &str, c: C) {
        let cs = c.spelled(&mut self.rng);
        ln!(
            self,
            "func {name}[K comparable, V {cs}](ks []K, v V) map[K]V {{"
        );
        self.indent += 1;
        self.line("m := make(map[K]V, len(ks))");
        self.line("for _, k := range ks {");
        if c.ordered() {
            self.line("\tm[k] = m[k] + v");
        } else {
            self.line("\tm[k] = v");
        }
        self.line("}");
        self.line("if len(ks) > 0 {");
        self.line("\tif old, ok := m[ks[0]]; ok {");
        ln!(self, "\t\tfmt.Println(\"{name}.1\", old, len(m))");
        self.line("\t}");
        if self.rng.chance(50) {
            self.line("\tdelete(m, ks[len(ks)-1])");
        }
        self.line("}");
        self.line("return m");
        self.indent -= 1;
        self.line("}");
        self.feature("generics: map[K]V with K comparable");
    }

    /// `func G[K comparable, V any, R c](m map[K]V, f func(V) R) (total R)`: three type
    /// parameters, a sum that does not depend on the map's order.
    fn emit_fold(&mut self, name: &str, c: C) {
        let cs = c.spelled(&mut self.rng);
        ln!(
            self,
            "func {name}[K comparable, V any, R {cs}](m map[K]V, f func(V) R) (total R) {{"
        );
        self.indent += 1;
        if self.rng.chance(50) {
            self.line("defer func() { total = total * 2 }()");
        }
        self.line("for _, v := range m {");
        self.line("\ttotal += f(v)");
        self.line("}");
        ln!(self, "fmt.Println(\"{name}.1\", len(m), total)");
        self.line("return");
        self.indent -= 1;
        self.line("}");
        self.feature("generics: three type parameters");
    }

    /// `func G[T c](label string, xs ...T) string`.
    fn emit_variadic(&mut self, name: &str, c: C) {
        let cs = c.spelled(&mut self.rng);
        ln!(self, "func {name}[T {cs}](label string, xs ...T) string {{");
        self.indent += 1;
        self.line("out := label");
        match c {
            C::Named | C::IntLike => {
                self.line("for i, x := range xs {");
                self.line("\ts := x.String");
                self.line("\tout += fmt.Sprint(\" \", i, \":\", s())");
                self.line("}");
                self.feature("generics: method constraint");
            }
            _ => {}
        }
        if c.ordered() {
            self.line("var acc T");
            self.line("for i, x := range xs {");
            self.line("\tif i == 0 || x > acc {");
            self.line("\t\tacc = x");
            self.line("\t}");
            self.line("}");
            if c.arith() {
                self.line("acc = acc + 1");
            }
            self.line("out += fmt.Sprint(\" max \", acc)");
        }
        self.line("return out");
        self.indent -= 1;
        self.line("}");
    }

    // ---- Snippets in the generated functions ----

    /// A type argument satisfying c (never *Pt when `no_ptr`).
    fn pick_ty(&mut self, c: C, no_ptr: bool) -> Ty {
        let cands: Vec<Ty> = TYS
            .iter()
            .copied()
            .filter(|t| t.sat(c) && !(no_ptr && *t == Ty::PtrPt))
            .collect();
        *self.rng.pick(&cands)
    }

    /// A value of ty from the scope's ints (never constant).
    fn gval(&mut self, ty: Ty, scope: &Scope) -> String {
        let e = self.small(scope);
        let k = self.rng.range(0, 9);
        ty.value(&e, k)
    }

    /// Values of ty, comma-separated.
    fn gvals(&mut self, ty: Ty, scope: &Scope, n: usize) -> String {
        (0..n)
            .map(|_| self.gval(ty, scope))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// A value of ty that converts to every numeric type: a float is small and not negative.
    fn gval_convertible(&mut self, ty: Ty, scope: &Scope) -> String {
        if ty == Ty::Float64 {
            let e = self.small(scope);
            format!("float64({e}+9)/2")
        } else {
            self.gval(ty, scope)
        }
    }

    /// A call of one of the program's G functions.
    fn call_gfunc(&mut self, scope: &Scope) {
        let i = self.rng.below(self.gfuncs.len() as u64) as usize;
        let (shape, no_ptr) = (self.gfuncs[i].shape, self.gfuncs[i].no_ptr);
        let g = format!("G{i}");
        let site = self.site();
        match shape {
            Shape::Binary(c) => {
                let ty = self.pick_ty(c, no_ptr);
                let t = ty.go();
                let [a, b, h] = self.vars::<3>();
                let (va, vb) = (self.gval(ty, scope), self.gval(ty, scope));
                ln!(self, "var {a}, {b} {t} = {va}, {vb}");
                match self.rng.below(7) {
                    0 => {
                        ln!(self, "fmt.Println(\"{site}\", {g}({a}, {b}))");
                        self.feature("generics: inferred type arguments");
                    }
                    1 => {
                        ln!(self, "fmt.Println(\"{site}\", {g}[{t}]({a}, {b}))");
                        self.feature("generics: explicit type arguments");
                    }
                    2 => {
                        ln!(self, "{h} := {g}[{t}]");
                        ln!(
                            self,
                            "fmt.Println(\"{site}\", {h}({a}, {b}), fmt.Sprintf(\"%T\", {h}))"
                        );
                        self.feature("generics: generic function value");
                    }
                    3 => {
                        if self.rng.chance(50) {
                            ln!(self, "defer {g}[{t}]({a}, {b})");
                        } else {
                            ln!(self, "defer {g}({a}, {b})");
                        }
                        ln!(self, "{a} = {b}");
                        ln!(self, "fmt.Println(\"{site} deferred\", {a})");
                        self.feature("generics: deferred generic call");
                    }
                    4 => {
                        ln!(self, "{h} := func(y {t}) {t} {{ return {g}(y, {a}) }}");
                        ln!(self, "fmt.Println(\"{site}\", {h}({b}))");
                        self.feature("generics: generic call in a closure");
                    }
                    5 => {
                        let k = self.rng.range(0, 9);
                        match ty.constant(k) {
                            Some(k) => {
                                ln!(self, "fmt.Println(\"{site}\", {g}({a}, {k}), {b})");
                                self.feature("generics: inference with an untyped constant");
                            }
                            None => ln!(self, "fmt.Println(\"{site}\", {g}({b}, {a}))"),
                        }
                    }
                    _ => {
                        self.line("for i := 0; i < 2; i++ {");
                        ln!(self, "\t{a} = {g}({a}, {b})");
                        self.line("}");
                        ln!(self, "fmt.Println(\"{site}\", {a})");
                    }
                }
            }
            Shape::Slice(c, _) => {
                let ty = self.pick_ty(c, true);
                let t = ty.go();
                let (xs, x, r) = (self.var(), self.var(), self.var());
                let n = self.rng.range(0, 3) as usize;
                let vals = self.gvals(ty, scope, n);
                let sty = match ty.named_slice() {
                    Some(s) if self.rng.chance(50) => s.to_string(),
                    _ => format!("[]{t}"),
                };
                ln!(self, "{xs} := {sty}{{{vals}}}");
                let v = self.gval(ty, scope);
                ln!(self, "{x} := {v}");
                let call = match self.rng.below(3) {
                    0 => format!("{g}({xs}, {x})"),
                    1 => {
                        self.feature("generics: partially explicit type arguments");
                        format!("{g}[{sty}]({xs}, {x})")
                    }
                    _ => format!("{g}[{sty}, {t}]({xs}, {x})"),
                };
                ln!(self, "{r} := {call}");
                ln!(self, "fmt.Printf(\"{site} %v %T %v\\n\", {r}, {r}, {xs})");
            }
            Shape::Convert(cu, ct) => {
                let tu = self.pick_ty(cu, true);
                let tt = self.pick_ty(ct, true);
                let (u, t) = (tu.go(), tt.go());
                let x = self.var();
                let v = self.gval_convertible(tt, scope);
                ln!(self, "{x} := {t}({v})");
                let call = match self.rng.below(3) {
                    0 => {
                        self.feature("generics: partially explicit type arguments");
                        format!("{g}[{u}]({x})")
                    }
                    1 => format!("{g}[{u}, {t}]({x})"),
                    _ => {
                        let h = self.var();
                        ln!(self, "{h} := {g}[{u}, {t}]");
                        self.feature("generics: generic function value");
                        format!("{h}({x})")
                    }
                };
                ln!(self, "fmt.Printf(\"{site} %v %T\\n\", {call}, {call})");
                self.feature("generics: conversion between type parameters");
            }
            Shape::Defer { c, .. } => {
                let ty = self.pick_ty(c, no_ptr);
                let t = ty.go();
                let x = self.var();
                let v = self.gval(ty, scope);
                let n = self.small(scope);
                ln!(self, "var {x} {t} = {v}");
                match self.rng.below(4) {
                    0 => ln!(self, "fmt.Println(\"{site}\", {g}({x}, {n}))"),
                    1 => ln!(self, "fmt.Println(\"{site}\", {g}[{t}]({x}, {n}))"),
                    2 => {
                        ln!(self, "defer {g}[{t}]({x}, {n})");
                        self.feature("generics: deferred generic call");
                    }
                    _ => {
                        ln!(self, "for i := 0; i < 2; i++ {{");
                        ln!(self, "\tfmt.Println(\"{site}\", i, {g}({x}, {n}+i))");
                        self.line("}");
                    }
                }
            }
            Shape::Switch(c) => {
                let ty = self.pick_ty(c, no_ptr);
                let v = self.gval(ty, scope);
                if self.rng.chance(50) {
                    ln!(self, "fmt.Println(\"{site}\", {g}({v}))");
                } else {
                    ln!(self, "fmt.Println(\"{site}\", {g}[{}]({v}))", ty.go());
                }
            }
            Shape::Multi(c) => {
                let tk = self.pick_ty(C::Comparable, true);
                let tv = self.pick_ty(c, true);
                let (k, v) = (tk.go(), tv.go());
                let n = self.rng.range(1, 3) as usize;
                let ks = self.gvals(tk, scope, n);
                let val = self.gval(tv, scope);
                let call = match self.rng.below(3) {
                    0 => format!("{g}([]{k}{{{ks}}}, {val})"),
                    1 => format!("{g}[{k}, {v}]([]{k}{{{ks}}}, {val})"),
                    _ => {
                        self.feature("generics: partially explicit type arguments");
                        format!("{g}[{k}]([]{k}{{{ks}}}, {val})")
                    }
                };
                ln!(self, "fmt.Println(\"{site}\", {call})");
            }
            Shape::Fold(c) => {
                let tk = self.pick_ty(C::Comparable, false);
                let tv = self.pick_ty(C::Any, false);
                let tr = self.pick_ty(c, true);
                let (k, v, r) = (tk.go(), tv.go(), tr.go());
                let (m, f) = (self.var(), self.var());
                let mut entries = Vec::new();
                for _ in 0..self.rng.range(0, 3) {
                    let (kk, vv) = (self.gval(tk, scope), self.gval(tv, scope));
                    entries.push(format!("{kk}: {vv}"));
                }
                ln!(self, "{m} := map[{k}]{v}{{{}}}", entries.join(", "));
                ln!(
                    self,
                    "{f} := func(v {v}) {r} {{ return {r}(len(fmt.Sprint(v))) }}"
                );
                let call = match self.rng.below(3) {
                    0 => format!("{g}({m}, {f})"),
                    1 => format!("{g}[{k}, {v}, {r}]({m}, {f})"),
                    _ => {
                        self.feature("generics: partially explicit type arguments");
                        format!("{g}[{k}, {v}]({m}, {f})")
                    }
                };
                ln!(self, "fmt.Println(\"{site}\", {call})");
            }
            Shape::Variadic(c) => {
                let ty = self.pick_ty(c, no_ptr);
                let t = ty.go();
                let n = self.rng.range(1, 3) as usize;
                let vals = self.gvals(ty, scope, n);
                match self.rng.below(4) {
                    0 => ln!(self, "fmt.Println({g}(\"{site}\", {vals}))"),
                    1 => ln!(self, "fmt.Println({g}[{t}](\"{site}\"))"),
                    2 => ln!(self, "fmt.Println({g}(\"{site}\", []{t}{{{vals}}}...))"),
                    _ => {
                        let h = self.var();
                        ln!(self, "{h} := {g}[{t}]");
                        ln!(self, "fmt.Println({h}(\"{site}\", {vals}))");
                        self.feature("generics: generic function value");
                    }
                }
            }
        }
        self.feature("generics: call of a generated generic function");
    }

    /// A type argument other than ty.
    fn other_ty(&mut self, ty: Ty) -> Ty {
        loop {
            let o = *self.rng.pick(&TYS);
            if o != ty {
                return o;
            }
        }
    }

    /// Box[T]: printing, method values and expressions, interfaces.
    fn box_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let ty = *self.rng.pick(&TYS);
        let t = ty.go();
        let printable = ty != Ty::PtrPt;
        let b = self.var();
        let v = self.gval(ty, scope);
        ln!(self, "{b} := Box[{t}]{{{v}}}");
        ln!(self, "_ = {b}");
        for _ in 0..self.rng.range(1, 3) {
            let [f, h, i] = self.vars::<3>();
            let v = self.gval(ty, scope);
            match self.rng.below(11) {
                8 => {
                    ln!(self, "{f} := {b}.Getter()");
                    ln!(self, "{b}.Set({v})");
                    ln!(self, "fmt.Println(\"{site} Getter\", {f}(), {b}.Get())");
                    self.feature("generics: closure over a generic receiver");
                }
                9 => {
                    ln!(
                        self,
                        "fmt.Println(\"{site} GetVia\", GetVia[Box[{t}], {t}]({b}), GetVia[*Box[{t}], {t}](&{b}))"
                    );
                    self.feature("generics: constraint naming another type parameter");
                }
                10 => {
                    if self.rng.chance(50) {
                        ln!(self, "{f} := Fill[Box[{t}]]({v})");
                    } else {
                        ln!(self, "{f} := Fill[Box[{t}], *Box[{t}], {t}]({v})");
                    }
                    ln!(self, "fmt.Printf(\"{site} Fill %v %T\\n\", {f}.Get(), {f})");
                    self.feature(
                        "generics: constraint type inference (PB interface{ *B; Set(T) })",
                    );
                }
                0 => {
                    if printable {
                        let verbs = self.rng.pick(&["%v %+v %T", "%#v %T", "%v %T %#v"]);
                        ln!(self, "fmt.Printf(\"{site} {verbs}\\n\", {b}, {b}, {b})");
                    } else {
                        ln!(self, "fmt.Printf(\"{site} %T %v\\n\", {b}, {b}.Get())");
                    }
                    self.feature("generics: generic value printed with %v/%+v/%#v/%T");
                }
                1 => {
                    ln!(self, "{f}, {h} := {b}.Get, {b}.Set");
                    ln!(self, "{h}({v})");
                    ln!(
                        self,
                        "fmt.Println(\"{site} method values\", {f}(), {b}.Get())"
                    );
                    self.feature("generics: method values of an instantiated type");
                }
                2 => {
                    ln!(self, "{f} := Box[{t}].Get");
                    ln!(self, "(*Box[{t}]).Set(&{b}, {v})");
                    ln!(self, "fmt.Println(\"{site} method expressions\", {f}({b}))");
                    self.feature("generics: method expressions of an instantiated type");
                }
                3 => {
                    ln!(self, "{f} := {b}.With({v})");
                    ln!(self, "fmt.Println(\"{site} With\", {f}.Get(), {b}.Get())");
                }
                4 => {
                    ln!(self, "{f} := {b}.Keyed(\"{site}\")");
                    if printable {
                        ln!(self, "fmt.Printf(\"{site} %v %+v %T\\n\", {f}, {f}, {f})");
                    } else {
                        ln!(self, "fmt.Printf(\"{site} %T %v\\n\", {f}, {f}.Val)");
                    }
                    self.feature("generics: method calling a generic function");
                }
                5 => {
                    let o = self.other_ty(ty).go();
                    ln!(self, "var {i} any = {b}");
                    ln!(self, "if {f}, ok := {i}.(Box[{t}]); ok {{");
                    ln!(self, "\tfmt.Println(\"{site} asserted back\", {f}.Get())");
                    self.line("}");
                    ln!(self, "_, {h} := {i}.(Box[{o}])");
                    ln!(self, "fmt.Println(\"{site} as Box[{o}]\", {h})");
                    ln!(self, "switch {f} := {i}.(type) {{");
                    ln!(self, "case Box[{o}]:");
                    ln!(self, "\tfmt.Println(\"{site} wrong instantiation\", {f})");
                    ln!(self, "case GetterOf[{t}]:");
                    ln!(
                        self,
                        "\tfmt.Printf(\"{site} GetterOf %T %v\\n\", {f}, {f}.Get())"
                    );
                    self.line("default:");
                    ln!(self, "\tfmt.Println(\"{site} default\")");
                    self.line("}");
                    self.feature("generics: instantiated type in an interface, asserted back");
                }
                6 => {
                    let amp = if self.rng.chance(50) { "&" } else { "" };
                    ln!(self, "var {i} GetterOf[{t}] = {amp}{b}");
                    ln!(self, "fmt.Printf(\"{site} %T %v\\n\", {i}, {i}.Get())");
                    self.feature("generics: generic interface");
                }
                _ => {
                    ln!(self, "{f} := Some({b}.Get())");
                    ln!(
                        self,
                        "fmt.Println(\"{site} Opt\", {f}, Opt[{t}]{{}}, {f}.OrElse({v}))"
                    );
                    self.feature("generics: generic type with a String method");
                }
            }
        }
    }

    /// Stack[T]: pointer-receiver methods, method values and expressions, defers in a loop
    /// (Drain), a panic when popped empty.
    fn stack_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let ty = *self.rng.pick(&TYS);
        let t = ty.go();
        let [st, push, pop, v, ok] = self.vars::<5>();
        ln!(self, "var {st} Stack[{t}]");
        let vals = self.gvals(ty, scope, 2);
        ln!(self, "{st}.Push({vals})");
        ln!(self, "{push} := {st}.Push");
        let val = self.gval(ty, scope);
        ln!(self, "{push}({val})");
        ln!(self, "{pop} := (*Stack[{t}]).Pop");
        ln!(self, "{v}, {ok} := {pop}(&{st})");
        ln!(
            self,
            "fmt.Println(\"{site} popped\", {v}, {ok}, {st}.Len(), Stack[{t}].Len({st}))"
        );
        self.feature("generics: method values of an instantiated type");
        if ty != Ty::PtrPt && self.rng.chance(50) {
            ln!(
                self,
                "fmt.Printf(\"{site} %v %+v %T\\n\", {st}, {st}, &{st})"
            );
        }
        if self.rng.chance(30) {
            ln!(
                self,
                "defer func() {{ fmt.Println(\"{site} at exit\", {st}.Len()) }}()"
            );
        }
        match self.rng.below(3) {
            0 => {
                ln!(self, "for {st}.Len() > 0 {{");
                ln!(self, "\tfmt.Println(\"{site}\", {st}.MustPop())");
                self.line("}");
            }
            _ => {
                ln!(
                    self,
                    "fmt.Println(\"{site} drained\", {st}.Drain(\"{site}\"))"
                );
                self.feature("generics: defers in a loop in a generic method");
            }
        }
        if self.rng.chance(20) {
            let c = self.cond(scope);
            ln!(self, "if {c} {{");
            ln!(self, "\tfmt.Println(\"{site} never\", {st}.MustPop())");
            self.line("}");
            self.feature("generics: panic in a generic method");
        }
    }

    /// The recursive List[T], Tree[T Ordered] and the map type OMap[K, V].
    fn list_tree_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let [l, t, m, f] = self.vars::<4>();
        match self.rng.below(3) {
            0 => {
                let ty = *self.rng.pick(&TYS);
                let tn = ty.go();
                let n = self.rng.range(0, 3) as usize;
                if n == 0 {
                    ln!(self, "{l} := ListOf[{tn}]()");
                } else {
                    let vals = self.gvals(ty, scope, n);
                    ln!(self, "{l} := ListOf({vals})");
                }
                let v = self.gval(ty, scope);
                ln!(self, "{l} = {l}.Push({v})");
                ln!(self, "{l}.Each(func(i int, v {tn}) {{");
                ln!(self, "\tfmt.Println(\"{site}\", i, v)");
                self.line("})");
                if ty != Ty::PtrPt {
                    ln!(
                        self,
                        "fmt.Printf(\"{site} %d %v %T\\n\", {l}.Len(), {l}.Slice(), {l})"
                    );
                } else {
                    ln!(self, "fmt.Printf(\"{site} %d %T\\n\", {l}.Len(), {l})");
                }
                self.feature("generics: recursive generic type");
            }
            1 => {
                let ty = self.pick_ty(C::Ordered, true);
                let tn = ty.go();
                let n = self.rng.range(1, 5) as usize;
                let vals = self.gvals(ty, scope, n);
                ln!(self, "var {t} Tree[{tn}]");
                ln!(self, "{f} := {t}.Insert");
                ln!(self, "{f}({vals})");
                let v = self.gval(ty, scope);
                ln!(self, "{t}.Insert({v})");
                ln!(self, "fmt.Println(\"{site} tree\", {t}.Sorted(), {t}.size)");
                if self.rng.chance(50) {
                    ln!(self, "{t}.Walk(func(v {tn}) {{ fmt.Print(v, \";\") }})");
                    self.line("fmt.Println()");
                }
                self.feature("generics: generic type with an Ordered constraint");
            }
            _ => {
                let tk = self.pick_ty(C::Ordered, true);
                let tv = self.pick_ty(C::Any, true);
                let (k, v) = (tk.go(), tv.go());
                ln!(self, "{m} := OMap[{k}, {v}]{{}}");
                for _ in 0..self.rng.range(1, 4) {
                    let (kk, vv) = (self.gval(tk, scope), self.gval(tv, scope));
                    ln!(self, "{m}[{kk}] = {vv}");
                }
                ln!(
                    self,
                    "fmt.Println(\"{site} omap\", {m}.Keys(), len({m}), {m})"
                );
                ln!(
                    self,
                    "fmt.Printf(\"{site} %v %T\\n\", Keys(map[{k}]{v}({m})), {m})"
                );
                self.feature("generics: generic map type");
            }
        }
    }

    /// The prelude's generic helpers, with inferred and explicit type arguments.
    fn helpers_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let [xs, a, b, r, f] = self.vars::<5>();
        let which = self.rng.below(10);
        // Helpers that print elements nested (Filter, SortSlice, Count) exclude *Pt.
        let ty = match which {
            1 => self.pick_ty(C::Any, true),
            3 | 8 => self.pick_ty(C::Ordered, true),
            4 => self.pick_ty(C::Comparable, true),
            6 => self.pick_ty(C::Number, true),
            _ => *self.rng.pick(&TYS),
        };
        let t = ty.go();
        let n = self.rng.range(1, 4) as usize;
        let vals = self.gvals(ty, scope, n);
        let sty = match ty.named_slice() {
            Some(s) if self.rng.chance(40) => s.to_string(),
            _ => format!("[]{t}"),
        };
        ln!(self, "{xs} := {sty}{{{vals}}}");
        let (va, vb) = (self.gval(ty, scope), self.gval(ty, scope));
        ln!(self, "var {a}, {b} {t} = {va}, {vb}");
        ln!(self, "_, _, _ = {xs}, {a}, {b}");
        match which {
            0 => {
                if self.rng.chance(50) {
                    ln!(
                        self,
                        "{r} := Map({xs}, func(v {t}) string {{ return fmt.Sprint(v) }})"
                    );
                } else {
                    ln!(self, "{r} := Map[{t}, int]({xs}, func(v {t}) int {{ return len(fmt.Sprint(v)) }})");
                }
                ln!(self, "fmt.Printf(\"{site} Map %v %T\\n\", {r}, {r})");
            }
            1 => {
                let cond = if ty.sat(C::Ordered) {
                    format!("v > {a}")
                } else if ty.sat(C::Comparable) {
                    format!("v != {a}")
                } else {
                    "len(fmt.Sprint(v)) > 2".to_string()
                };
                ln!(
                    self,
                    "{r} := Filter({xs}, func(v {t}) bool {{ return {cond} }})"
                );
                ln!(
                    self,
                    "fmt.Printf(\"{site} Filter %v %T %d\\n\", {r}, {r}, len({r}))"
                );
            }
            2 => {
                if self.rng.chance(50) {
                    ln!(self, "{r} := Reduce({xs}, 0, func(acc int, v {t}) int {{ return acc + len(fmt.Sprint(v)) }})");
                } else {
                    ln!(self, "{r} := Reduce[{t}, string]({xs}, \"\", func(acc string, v {t}) string {{ return acc + fmt.Sprint(v) }})");
                }
                ln!(self, "fmt.Println(\"{site} Reduce\", {r})");
            }
            3 => {
                let k = ty
                    .constant(self.rng.range(0, 9))
                    .unwrap_or_else(|| b.clone());
                match self.rng.below(3) {
                    0 => ln!(self, "fmt.Println(\"{site} Max\", Max({a}, {b}), Max({a}))"),
                    1 => ln!(self, "fmt.Println(\"{site} Max\", Max[{t}]({a}, {xs}...))"),
                    _ => ln!(self, "fmt.Println(\"{site} Max\", Max({a}, {k}))"),
                }
            }
            4 => {
                ln!(
                    self,
                    "fmt.Println(\"{site} Index\", Index({xs}, {a}), Index({xs}, {xs}[0]), Count({xs}))"
                );
            }
            5 => {
                ln!(self, "{r} := Zero[{t}]()");
                ln!(self, "{f} := Ptr({a})");
                ln!(self, "*{f} = {b}");
                ln!(
                    self,
                    "fmt.Printf(\"{site} %v %T %v %v\\n\", {r}, {r}, Deref({f}, {a}), Deref[{t}](nil, {a}))"
                );
                self.feature("generics: explicit type argument not inferable (Zero[T]())");
            }
            6 => {
                ln!(
                    self,
                    "fmt.Println(\"{site} Sum\", Sum({xs}), Sum([]{t}{{{a}, {b}}}))"
                );
            }
            7 => {
                let body = match ty {
                    Ty::Int | Ty::Int8 | Ty::Uint16 | Ty::Int64 | Ty::Float64 | Ty::MyInt => {
                        "v*2 + 1"
                    }
                    Ty::Str | Ty::Name => "v + \"!\"",
                    _ => "v",
                };
                ln!(self, "{f} := Fn[{t}](func(v {t}) {t} {{ return {body} }})");
                ln!(self, "{r} := {f}.Twice");
                ln!(
                    self,
                    "fmt.Printf(\"{site} Fn %v %v %T\\n\", {r}({a}), {f}({b}), {f})"
                );
                self.feature("generics: generic function type with a method");
            }
            9 => {
                let body = if ty.sat(C::Ordered) {
                    format!("Max({a}, {b})")
                } else {
                    format!("ListOf({a}, {b}).Slice()[1]")
                };
                ln!(self, "{r} := Async(func() {t} {{ return {body} }})");
                ln!(self, "fmt.Printf(\"{site} Async %v %T\\n\", {r}, {r})");
                self.feature("generics: channel of T (a goroutine main waits for)");
            }
            _ => {
                ln!(self, "SortSlice({xs})");
                ln!(self, "fmt.Printf(\"{site} sorted %v %T\\n\", {xs}, {xs})");
            }
        }
        self.feature("generics: generic helpers");
    }

    /// Panics with values of a type parameter's type (or of generic types): recovered by the
    /// generic Catch, by a deferred closure here, or by the calling function's defers.
    fn panic_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let [o, a] = self.vars::<2>();
        match self.rng.below(4) {
            0 => {
                let ty = *self.rng.pick(&TYS);
                let t = ty.go();
                let v = self.gval(ty, scope);
                ln!(self, "{a} := {v}");
                ln!(
                    self,
                    "{o} := Catch(\"{site}\", func() {t} {{ return Boom(\"{site}\", {a}) }})"
                );
                ln!(self, "fmt.Println(\"{site} caught\", {o})");
                self.feature("generics: panic of a T value recovered in a generic function");
            }
            1 => {
                let ty = *self.rng.pick(&TYS);
                let t = ty.go();
                ln!(self, "{o} := Catch(\"{site}\", func() {t} {{");
                ln!(self, "\tvar {a} Stack[{t}]");
                ln!(self, "\treturn {a}.MustPop()");
                self.line("})");
                ln!(self, "fmt.Println(\"{site} caught\", {o})");
                self.feature("generics: panic in a generic method");
            }
            2 => {
                // Left to the defers of the function around (describe must not see a *Pt).
                let ty = self.pick_ty(C::Any, true);
                let v = self.gval(ty, scope);
                let pv = match self.rng.below(3) {
                    0 => v,
                    1 => format!("Box[{}]{{{v}}}", ty.go()),
                    _ => format!("MakeKV(\"k\", {v})"),
                };
                let c = self.cond(scope);
                ln!(self, "if {c} {{");
                ln!(self, "\tBoom(\"{site}\", {pv})");
                self.line("}");
                self.feature("generics: panic of a T value left to the caller's defers");
            }
            _ => {
                let ty = self.pick_ty(C::Any, true);
                let v = self.gval(ty, scope);
                let pv = match self.rng.below(3) {
                    0 => v,
                    1 => format!("Box[{}]{{{v}}}", ty.go()),
                    _ => format!("Some({v})"),
                };
                self.line("func() {");
                self.line("\tdefer func() {");
                self.line("\t\tif e := recover(); e != nil {");
                ln!(
                    self,
                    "\t\t\tfmt.Printf(\"{site} recovered %v %+v %T\\n\", e, e, e)"
                );
                self.line("\t\t}");
                self.line("\t}()");
                ln!(self, "\tpanic({pv})");
                self.line("}()");
                self.feature("generics: panic with a generic type's value");
            }
        }
    }

    /// Generic types nested in generic types.
    fn nested_snippet(&mut self, scope: &Scope) {
        let site = self.site();
        let ty = *self.rng.pick(&TYS);
        let t = ty.go();
        let printable = ty != Ty::PtrPt;
        let [x, y, z] = self.vars::<3>();
        let (va, vb) = (self.gval(ty, scope), self.gval(ty, scope));
        match self.rng.below(6) {
            5 => {
                ln!(self, "{x} := Tag(\"{site}\", {va})");
                ln!(self, "{y} := {x}.Get");
                ln!(self, "{x}.Set({vb})");
                if printable {
                    ln!(self, "fmt.Printf(\"{site} %v %+v %T\\n\", {x}, {x}, {x})");
                }
                ln!(
                    self,
                    "fmt.Println(\"{site} promoted\", {y}(), {x}.Get(), {x}.Box.Get(), {x}.tag)"
                );
                self.feature("generics: promoted methods of an embedded generic type");
            }
            0 => {
                ln!(self, "{x} := Box[KV[string, {t}]]{{MakeKV(\"k\", {va})}}");
                if printable {
                    ln!(self, "fmt.Printf(\"{site} %v %+v %T\\n\", {x}, {x}, {x})");
                } else {
                    ln!(self, "fmt.Printf(\"{site} %T %v\\n\", {x}, {x}.Get().Val)");
                }
            }
            1 => {
                ln!(self, "var {x} Stack[Box[{t}]]");
                ln!(self, "{x}.Push(Box[{t}]{{{va}}}, Box[{t}]{{{vb}}})");
                ln!(self, "{y}, _ := {x}.Pop()");
                ln!(
                    self,
                    "fmt.Printf(\"{site} %v %d %T\\n\", {y}.Get(), {x}.Len(), {x})"
                );
            }
            2 => {
                ln!(self, "{x} := ListOf(Some({va}), Opt[{t}]{{}}, Some({vb}))");
                ln!(self, "fmt.Println(\"{site}\", {x}.Slice(), {x}.Len())");
            }
            3 => {
                ln!(self, "{x} := map[string]Box[{t}]{{\"k\": {{{va}}}}}");
                ln!(
                    self,
                    "var {y} GetterOf[Box[{t}]] = Box[Box[{t}]]{{{x}[\"k\"]}}"
                );
                ln!(self, "{z} := {y}.Get()");
                ln!(
                    self,
                    "fmt.Printf(\"{site} %v %T %T\\n\", {z}.Get(), {y}, {z})"
                );
            }
            _ => {
                ln!(self, "{x} := OMap[string, Stack[{t}]]{{}}");
                ln!(self, "{y} := {x}[\"a\"]");
                ln!(self, "{y}.Push({va}, {vb})");
                ln!(self, "{x}[\"a\"] = {y}");
                ln!(self, "{z} := {x}[\"a\"]");
                ln!(
                    self,
                    "fmt.Printf(\"{site} %d %v %T\\n\", {z}.Len(), {x}.Keys(), {x})"
                );
            }
        }
        self.feature("generics: generic types nested in generic types");
    }
}

/// Appended to the preludes of a program that uses generics.
pub(super) const GENERICS_PRELUDE: &str = r#"
// Generics (tools/difftest/src/gen/generics.rs): constraints, the types they are instantiated
// with, generic types with methods, and generic helpers. Go 1.19's rules: no type declarations
// inside generic functions, no methods with type parameters of their own, no field access or
// methods on a type parameter unless its constraint has them, no inference from results.

// Number is a union of underlying types: +, -, *, <, conversions from int.
type Number interface {
	~int | ~int64 | ~float64
}

// Integer allows every integer operator (%, &, |, ^, &^, shifts).
type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

// Ordered allows < and + (strings too).
type Ordered interface {
	Integer | ~float32 | ~float64 | ~string
}

// Named is a method constraint.
type Named interface{ String() string }

// IntLike has a core type (int) and a method.
type IntLike interface {
	~int
	String() string
}

// MyInt satisfies every constraint but the ones of strings.
type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

// Name is a string type without methods.
type Name string

// Pt is a comparable struct without methods; *Pt has String.
type Pt struct{ X, Y int }

func (p *Pt) String() string { return fmt.Sprintf("Pt(%d,%d)", p.X, p.Y) }

// IntSlice and Names are named slice types (for S ~[]E).
type IntSlice []int

type Names []Name

// Box is the simplest generic type.
type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

// With renames the type parameter in its receiver.
func (b Box[V]) With(v V) Box[V] {
	b.v = v
	return b
}

// Keyed calls a generic function from a method.
func (b Box[T]) Keyed(k string) KV[string, T] { return MakeKV(k, b.v) }

// Getter returns a closure over a copy of the receiver.
func (b Box[T]) Getter() func() T { return func() T { return b.v } }

// GetterOf is a generic interface: Box[T] implements GetterOf[T].
type GetterOf[T any] interface{ Get() T }

// GetVia's constraint mentions another type parameter: T cannot be inferred from G (GetterOf
// has no core type), so both are always given.
func GetVia[G GetterOf[T], T any](g G) T { return g.Get() }

// Fill: PB's constraint has the core type *B, so PB is inferred from B (constraint type
// inference), T from the argument: Fill[Box[int]](3).
func Fill[B any, PB interface {
	*B
	Set(T)
}, T any](v T) B {
	var b B
	PB(&b).Set(v)
	return b
}

// Tagged embeds an instantiated generic type: Box's methods are promoted.
type Tagged[T any] struct {
	tag string
	Box[T]
}

func Tag[T any](tag string, v T) Tagged[T] { return Tagged[T]{tag, Box[T]{v}} }

// Async computes f on another goroutine and waits for it: a channel of T.
func Async[T any](f func() T) T {
	ch := make(chan T, 1)
	go func() { ch <- f() }()
	return <-ch
}

// KV has exported fields (%+v names them, %#v too).
type KV[K comparable, V any] struct {
	Key K
	Val V
}

func MakeKV[K comparable, V any](k K, v V) KV[K, V] { return KV[K, V]{k, v} }

// Opt prints through String.
type Opt[T any] struct {
	v  T
	ok bool
}

func Some[T any](v T) Opt[T] { return Opt[T]{v, true} }

func (o Opt[T]) String() string {
	if !o.ok {
		return "none"
	}
	return fmt.Sprintf("some(%v)", o.v)
}

func (o Opt[T]) OrElse(d T) T {
	if o.ok {
		return o.v
	}
	return d
}

// Stack has pointer-receiver methods and panics when popped empty.
type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(vs ...T) { s.items = append(s.items, vs...) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) MustPop() T {
	v, ok := s.Pop()
	if !ok {
		panic(fmt.Sprintf("pop of an empty %T", s))
	}
	return v
}

func (s Stack[T]) Len() int { return len(s.items) }

// Drain pops everything through a deferred closure per element (defers in a loop).
func (s *Stack[T]) Drain(label string) (n int) {
	for i := len(s.items); i > 0; i-- {
		defer func() {
			v := s.MustPop()
			n++
			fmt.Println(label, "drained", n, Some(v))
		}()
	}
	return 0
}

// List is a recursive generic type.
type List[T any] struct {
	val  T
	next *List[T]
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{v, l} }

func (l *List[T]) Len() int {
	n := 0
	for ; l != nil; l = l.next {
		n++
	}
	return n
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for p := l; p != nil; p = p.next {
		f(i, p.val)
		i++
	}
}

func (l *List[T]) Slice() []T {
	var out []T
	l.Each(func(_ int, v T) { out = append(out, v) })
	return out
}

func ListOf[T any](vs ...T) *List[T] {
	var l *List[T]
	for i := len(vs) - 1; i >= 0; i-- {
		l = l.Push(vs[i])
	}
	return l
}

// Tree is a binary search tree over an ordered type.
type Tree[T Ordered] struct {
	root *tnode[T]
	size int
}

type tnode[T Ordered] struct {
	val         T
	left, right *tnode[T]
}

func (t *Tree[T]) Insert(vs ...T) {
	for _, v := range vs {
		t.root = t.root.insert(v, &t.size)
	}
}

func (n *tnode[T]) insert(v T, size *int) *tnode[T] {
	if n == nil {
		*size++
		return &tnode[T]{val: v}
	}
	switch {
	case v < n.val:
		n.left = n.left.insert(v, size)
	case n.val < v:
		n.right = n.right.insert(v, size)
	}
	return n
}

func (t *Tree[T]) Walk(f func(T)) { t.root.walk(f) }

func (n *tnode[T]) walk(f func(T)) {
	if n == nil {
		return
	}
	n.left.walk(f)
	f(n.val)
	n.right.walk(f)
}

func (t *Tree[T]) Sorted() []T {
	var out []T
	t.Walk(func(v T) { out = append(out, v) })
	return out
}

// OMap is a generic map type whose keys come out sorted.
type OMap[K Ordered, V any] map[K]V

func (m OMap[K, V]) Keys() []K { return Keys(m) }

// Fn is a generic function type.
type Fn[T any] func(T) T

func (f Fn[T]) Twice(x T) T { return f(f(x)) }

func SortSlice[S ~[]E, E Ordered](s S) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func Keys[M ~map[K]V, K Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	SortSlice(ks)
	return ks
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](xs S, keep func(E) bool) S {
	var out S
	for _, x := range xs {
		if keep(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func Max[T Ordered](a T, rest ...T) T {
	for _, x := range rest {
		if x > a {
			a = x
		}
	}
	return a
}

func Index[T comparable](xs []T, v T) int {
	for i, x := range xs {
		if x == v {
			return i
		}
	}
	return -1
}

func Count[K comparable](xs []K) map[K]int {
	m := make(map[K]int)
	for _, x := range xs {
		m[x]++
	}
	return m
}

func Zero[T any]() T {
	var z T
	return z
}

func Ptr[T any](v T) *T { return &v }

func Deref[T any](p *T, d T) T {
	if p == nil {
		return d
	}
	return *p
}

func Sum[S ~[]E, E Number](xs S) (total E) {
	for _, x := range xs {
		total += x
	}
	return
}

// Boom panics with a value of the type parameter's type.
func Boom[T any](label string, v T) T {
	fmt.Println(label, "Boom panics with a", fmt.Sprintf("%T", v))
	panic(v)
}

// Catch calls f, recovering a panic into an Opt of its value.
func Catch[T any](label string, f func() T) (o Opt[T]) {
	defer func() {
		if e := recover(); e != nil {
			fmt.Printf("%s Catch recovered %v (%T)\n", label, e, e)
			if v, ok := e.(T); ok {
				o = Some(v)
			}
		}
	}()
	return Some(f())
}
"#;
