//! The random program generator: valid Go 1.19 programs inside the defer language that stress
//! defer, panic and recover, reproducible from a seed.
//!
//! A program is a set of functions f0..fN-1 over ints, called from main under a recovering
//! wrapper (or, sometimes, not: then a panic ends the program as Go's crash output). A function
//! only calls functions with a higher index, so there is no recursion but the one written on
//! purpose (`rec*`), and every call site is charged against a budget of dynamic calls, so no
//! program runs long. Every output line is labelled with the function and a site number, so a
//! mismatch points at the statement that produced it.
//!
//! Besides defer, a function's statements include self-contained snippets of the constructs
//! where compilers go wrong: closures over loop variables (closures.rs), order of evaluation
//! (evalorder.rs), constant expressions and shifts (consts.rs), method values and method
//! expressions through embedded fields (methods.rs), and allocation-heavy code for the garbage
//! collector (alloc.rs: lists, trees, records, maps, strings, closures, interfaces, channels,
//! goroutines, deferred calls and panic values holding heap data, large objects, runtime.GC()).
//! A program is one of three kinds: without allocation snippets (2 in 10), with a few (4 in 10),
//! or allocation-heavy (4 in 10: more snippets, most of them alloc.rs's, and often one at the
//! start of a function); about three programs in five run at least one.
//!
//! About one program in three (`Options::generics_percent`; `difftest --generics` makes it
//! every one) also uses generics (generics.rs): a prelude of constraints, generic types and
//! generic helpers, generic functions G0.. of random shapes and constraints, and snippets in
//! the f functions that instantiate and call them with explicit, inferred and partially explicit
//! type arguments, store generic values in interfaces, panic with values of type parameters and
//! defer inside generic functions. They draw from a random stream of their own and only add
//! lines (variables g<n>, sites f<i>.g<n>): without them a program is the one its seed gave
//! before generics existed.
//!
//! What Go rejects is never generated: every local is used (`_ = v`), every function with results
//! ends in a return, imports are always used (by the fixed prelude). What Go leaves to chance is
//! never generated either: goroutines run one at a time (main waits on a channel; alloc.rs's
//! producers, which run beside main, only send to it and touch nothing else), a range over a
//! map with more than one key never lets the order show, and no pointer is printed. Expressions
//! that both call a function and read a variable the call changes, which the spec leaves to
//! the compiler, are generated on purpose (sideeffects.rs): deferc follows gc's order. Allocation
//! is bounded like calls, by a budget the program keeps itself (alloc.rs's `allocN`), and never
//! observed: no finalizers, no MemStats.

use std::collections::BTreeMap;
use std::fmt::Write as _;

/// `ln!(g, "fmt", args)`: one line of Go at the current indentation.
macro_rules! ln {
    ($g:expr, $($a:tt)*) => {{
        let s = format!($($a)*);
        $g.line(&s)
    }};
}

mod alloc;
mod closures;
mod consts;
mod evalorder;
mod generics;
mod methods;
mod sideeffects;

/// splitmix64: a seed must give the same program on every machine and every version of every
/// crate, which is all this needs from a generator.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    /// Uniform in 0..n (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next_u64() % n
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
    pub fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len() as u64) as usize]
    }
}

/// A generated program and the features it exercises (for the run's coverage report).
pub struct Program {
    pub source: String,
    pub features: BTreeMap<&'static str, u32>,
}

/// The shapes a function's results take.
#[derive(Clone, Copy, PartialEq)]
enum Results {
    None,
    /// `int`, unnamed.
    Int,
    /// `(r int)`: deferred closures may change it after a recover.
    Named,
    /// `(r int, err error)`.
    NamedErr,
}

/// Dynamic calls one program may make at most (a bound on its running time and output).
const CALL_BUDGET: u64 = 400;

struct Func {
    results: Results,
    /// Worst-case number of calls one call of this function makes, itself included.
    cost: u64,
}

/// Where a statement is being generated.
#[derive(Clone)]
struct Scope {
    /// Ints that may be read.
    ints: Vec<String>,
    /// Ints that may be assigned (locals and named results; never loop variables).
    mutable: Vec<String>,
    /// Directly in a closure that was deferred: `recover()` here stops a panic.
    deferred_closure: bool,
    /// Anywhere inside a deferred closure (nested closures included).
    in_deferred: bool,
    /// Nesting of loops (a call or defer in a loop may run up to LOOP_MAX times per entry).
    loop_mult: u64,
    depth: u32,
    /// The enclosing function's results, for `return` (None inside closures: plain `return`).
    results: Option<Results>,
}

const LOOP_MAX: u64 = 3;

/// Of a function's statements, the share that are snippets of closures.rs, evalorder.rs,
/// consts.rs, methods.rs and alloc.rs.
const GROWN_PERCENT: u64 = 20;

/// In an allocation-heavy program (see `program`), the share of snippets, and the weight of
/// alloc.rs among the snippet modules (each other module weighs 1).
const GROWN_PERCENT_ALLOC_HEAVY: u64 = 40;
const ALLOC_WEIGHT_HEAVY: u64 = 8;

pub struct Gen {
    rng: Rng,
    out: String,
    indent: usize,
    funcs: Vec<Func>,
    /// The function being generated.
    cur: usize,
    /// Calls charged to the current function so far (worst case).
    cur_cost: u64,
    next_site: u32,
    next_var: u32,
    features: BTreeMap<&'static str, u32>,
    /// This program's share of statements that are snippets (percent).
    grown_percent: u64,
    /// This program's weight of alloc.rs among the snippet modules (each other one weighs 1).
    alloc_weight: u64,
    /// Generics' own random stream and counters, when this program uses generics.
    generics: Option<Box<generics::State>>,
    /// The program's generic functions G0.. (generics.rs).
    gfuncs: Vec<generics::GFunc>,
    /// A generics snippet is being generated: its variables are g<n>, its sites f<i>.g<n>.
    gmode: bool,
}

/// What `generate_with` may vary beyond the seed.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// The share of programs (percent, 0..=100) that use generics (generics.rs); the others
    /// are exactly the programs their seeds gave before generics existed.
    pub generics_percent: u64,
}

/// Programs with generics by default: about one in three.
pub const DEFAULT_GENERICS_PERCENT: u64 = 33;

impl Default for Options {
    fn default() -> Options {
        Options {
            generics_percent: DEFAULT_GENERICS_PERCENT,
        }
    }
}

pub fn generate(seed: u64) -> Program {
    generate_with(seed, &Options::default())
}

pub fn generate_with(seed: u64, opts: &Options) -> Program {
    let mut g = Gen {
        rng: Rng::new(seed),
        out: String::new(),
        indent: 0,
        funcs: Vec::new(),
        cur: 0,
        cur_cost: 0,
        next_site: 0,
        next_var: 0,
        features: BTreeMap::new(),
        grown_percent: GROWN_PERCENT,
        alloc_weight: 0,
        generics: generics::State::for_seed(seed, opts.generics_percent),
        gfuncs: Vec::new(),
        gmode: false,
    };
    g.program(seed);
    Program {
        source: g.out,
        features: g.features,
    }
}

const PRELUDE: &str = r#"import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"sort"
	"sync"
)

// E is an error type whose values are pointers (fmt prints Error()).
type E struct{ code int }

func (e *E) Error() string { return fmt.Sprintf("E%d", e.code) }

// P is a plain struct panic value.
type P struct {
	a int
	b string
}

// S prints through String.
type S int

func (s S) String() string { return fmt.Sprintf("S<%d>", int(s)) }

var errSentinel = errors.New("sentinel")

var zero int

var table = []int{10, 20, 30}

var mu sync.Mutex

var counter int

func bump(label string, n int) int {
	counter += n
	fmt.Println(label, "bump", n, counter)
	return counter
}

// recoverHere is deferred directly: its recover stops a panic.
func recoverHere(label string) {
	if r := recover(); r != nil {
		fmt.Println(label, "recovered:", r)
	}
}

// recoverTooDeep is deferred but calls recover one frame too deep: it returns nil.
func recoverTooDeep(label string) {
	recoverHere(label + "/deep")
}

func locked(label string) {
	mu.Lock()
	defer mu.Unlock()
	fmt.Println(label, "locked")
}

func yield() { runtime.Gosched() }

// exit ends the program at once: no deferred call runs.
func exit(label string, code int) {
	fmt.Println(label, "exit", code)
	os.Exit(code)
}

// T has methods on both receiver kinds; deferring t.M evaluates the receiver at the defer.
type T struct{ n int }

func (t T) Val(label string) { fmt.Println(label, "T.Val", t.n) }

func (t *T) Ptr(label string) {
	t.n++
	fmt.Println(label, "T.Ptr", t.n)
}

// Shower is satisfied by T and *T (Val) and by S.
type Shower interface{ Val(label string) }

func (s S) Val(label string) { fmt.Println(label, "S.Val", int(s)) }

// describe reports a recovered value by its dynamic type.
func describe(label string, v interface{}) {
	switch x := v.(type) {
	case runtime.Error:
		fmt.Println(label, "runtime.Error:", x.Error())
	case *E:
		fmt.Println(label, "*E with code", x.code, errors.Is(x, errSentinel))
	case error:
		fmt.Println(label, "error:", x, errors.Is(x, errSentinel))
	case string:
		fmt.Println(label, "string:", x, len(x))
	case int:
		fmt.Println(label, "int:", x+1)
	case P:
		fmt.Printf("%s P: %+v %T\n", label, x, x)
	case fmt.Stringer:
		fmt.Printf("%s Stringer: %v %d\n", label, x, x)
	default:
		fmt.Printf("%s other: %T %v\n", label, x, x)
	}
}

// show takes a struct by value: deferring it copies the struct at the defer statement.
func show(label string, p P, xs [3]int) { fmt.Println(label, "show", p, xs) }

// apply calls f: a deferred call whose argument is a closure.
func apply(label string, f func(int) int, n int) {
	fmt.Println(label, "apply", f(n))
}

// tr prints and returns v: the order of evaluation shows in the output.
func tr(label string, v int) int {
	fmt.Println(label, "eval", v)
	return v
}

// trb is tr for bools (short-circuit evaluation shows).
func trb(label string, b bool) bool {
	fmt.Println(label, "eval", b)
	return b
}

// ints is a range expression that says when it is evaluated.
func ints(label string, xs ...int) []int {
	fmt.Println(label, "ints", xs)
	return xs
}

// arr3 returns an array value, saying when it is evaluated.
func arr3(label string, a, b, c int) [3]int {
	fmt.Println(label, "arr3", a, b, c)
	return [3]int{a, b, c}
}

// sortedKeys: a map's keys in order, so that ranging over a map prints deterministically.
func sortedKeys(m map[int]int) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// Pair is a struct target for assignments.
type Pair struct{ a, b int }

// pp returns its argument, saying when it is evaluated.
func pp(label string, p *Pair) *Pair {
	fmt.Println(label, "pp", p.a, p.b)
	return p
}

// Typed parameters: an untyped shift passed here takes the parameter's type.
func asInt8(v int8) int8       { return v }
func asUint8(v uint8) uint8    { return v }
func asInt16(v int16) int16    { return v }
func asUint16(v uint16) uint16 { return v }
func asInt32(v int32) int32    { return v }
func asUint32(v uint32) uint32 { return v }
func asInt64(v int64) int64    { return v }
func asUint64(v uint64) uint64 { return v }

// Base's methods are promoted through Mid (embedded by value), MidP (by pointer), Top (two
// levels) and TopP (a pointer to a Mid). Embedded fields come after others (offsets not 0).
type Base struct {
	id   byte
	n    int
	hist [3]int
}

func (b Base) Get(label string) int {
	fmt.Println(label, "Base.Get", b.id, b.n, b.hist)
	return b.n
}

func (b *Base) Add(label string, d int) int {
	b.n += d
	b.hist[d%3] += d
	fmt.Println(label, "Base.Add", b.id, b.n, b.hist)
	return b.n
}

func (b Base) Name() string { return fmt.Sprint("Base", b.n) }

type Mid struct {
	m int
	Base
}

// Name shadows Base.Name one level up.
func (m Mid) Name() string { return fmt.Sprint("Mid", m.m, "/", m.n) }

type MidP struct {
	m int
	*Base
}

type Top struct {
	t int
	Mid
}

type TopP struct {
	t int
	*Mid
}

type Getter interface{ Get(label string) int }

type Adder interface{ Add(label string, d int) int }

// Wrap embeds an interface: its Get is the dynamic value's, bound when a method value is taken.
type Wrap struct {
	w int
	Getter
}

// mkMid is a receiver that says when it is evaluated.
func mkMid(label string, n int) Mid {
	fmt.Println(label, "mkMid", n)
	return Mid{n, Base{n: n}}
}

// protect runs f, reporting a panic that escapes it; main calls everything through it but,
// sometimes, the last call.
func protect(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("main:", name, "panicked:", r)
		}
	}()
	f()
}
"#;

impl Gen {
    fn feature(&mut self, name: &'static str) {
        *self.features.entry(name).or_insert(0) += 1;
    }

    fn line(&mut self, s: &str) {
        for _ in 0..self.indent {
            self.out.push('\t');
        }
        self.out.push_str(s);
        self.out.push('\n');
    }

    fn site(&mut self) -> String {
        self.next_site += 1;
        if self.gmode {
            return format!("f{}.g{}", self.cur, self.next_site);
        }
        format!("f{}.{}", self.cur, self.next_site)
    }

    /// `N` fresh variable names, in order.
    fn vars<const N: usize>(&mut self) -> [String; N] {
        std::array::from_fn(|_| self.var())
    }

    fn var(&mut self) -> String {
        self.next_var += 1;
        if self.gmode {
            return format!("g{}", self.next_var);
        }
        format!("v{}", self.next_var)
    }

    fn program(&mut self, seed: u64) {
        let _ = writeln!(
            self.out,
            "// Generated by tools/difftest (seed {seed}): run by deferc and by Go 1.19, outputs compared.\n\npackage main\n"
        );
        self.out.push_str(PRELUDE);
        self.out.push_str(alloc::ALLOC_PRELUDE);
        if self.generics.is_some() {
            self.generics_decls();
        }
        // Allocation snippets: none in some programs (defer alone), a few in others, and in the
        // allocation-heavy ones more snippets, most of them alloc.rs's.
        match self.rng.below(10) {
            0 | 1 => self.alloc_weight = 0,
            2..=5 => self.alloc_weight = 3,
            _ => {
                self.alloc_weight = ALLOC_WEIGHT_HEAVY;
                self.grown_percent = GROWN_PERCENT_ALLOC_HEAVY;
                self.feature("allocation-heavy program");
            }
        }
        let n = self.rng.range(3, 8) as usize;
        // Generated from the last to the first, so a call's worst-case cost is known.
        let mut bodies = Vec::new();
        self.funcs = (0..n)
            .map(|_| Func {
                results: Results::None,
                cost: 1,
            })
            .collect();
        for i in (0..n).rev() {
            self.cur = i;
            self.cur_cost = 1;
            self.next_site = 0;
            let results = *self.rng.pick(&[
                Results::None,
                Results::Int,
                Results::Named,
                Results::Named,
                Results::NamedErr,
            ]);
            self.funcs[i].results = results;
            let saved = std::mem::take(&mut self.out);
            self.func(i, results);
            bodies.push(std::mem::replace(&mut self.out, saved));
            self.funcs[i].cost = self.cur_cost;
        }
        if self.rng.chance(30) {
            self.recursive();
        }
        for b in bodies.iter().rev() {
            self.out.push('\n');
            self.out.push_str(b);
        }
        self.main(n);
    }

    fn signature(i: usize, results: Results) -> String {
        let res = match results {
            Results::None => "",
            Results::Int => " int",
            Results::Named => " (r int)",
            Results::NamedErr => " (r int, err error)",
        };
        format!("func f{i}(x int){res} {{")
    }

    fn func(&mut self, i: usize, results: Results) {
        self.line(&Self::signature(i, results));
        self.indent += 1;
        let mut scope = Scope {
            ints: vec!["x".into()],
            mutable: vec![],
            deferred_closure: false,
            in_deferred: false,
            loop_mult: 1,
            depth: 0,
            results: Some(results),
        };
        if matches!(results, Results::Named | Results::NamedErr) {
            scope.ints.push("r".into());
            scope.mutable.push("r".into());
        }
        let n = if self.rng.chance(15) {
            self.feature("long function (may exceed 8 defers)");
            self.rng.range(10, 18)
        } else {
            self.rng.range(2, 7)
        };
        if self.alloc_weight >= ALLOC_WEIGHT_HEAVY && self.rng.chance(50) {
            // Before anything can panic: most calls of the function run it.
            self.alloc_stmt(&scope);
        }
        if self.generics_here(50) {
            self.generic_stmt(&scope);
        }
        self.block(&mut scope, n as u32);
        self.ret(&scope);
        self.indent -= 1;
        self.line("}");
    }

    fn ret(&mut self, scope: &Scope) {
        let e = self.int_expr(scope);
        match scope.results {
            Some(Results::None) | None => self.line("return"),
            Some(Results::Int) => self.line(&format!("return {e}")),
            Some(Results::Named) => {
                if self.rng.chance(50) {
                    self.feature("bare return of named result");
                    self.line("return");
                } else {
                    self.line(&format!("return {e}"));
                }
            }
            Some(Results::NamedErr) => {
                let err = self.error_expr();
                self.line(&format!("return {e}, {err}"));
            }
        }
    }

    fn block(&mut self, scope: &mut Scope, n: u32) {
        for _ in 0..n {
            self.stmt(scope);
        }
    }

    fn int_expr(&mut self, scope: &Scope) -> String {
        let v = self.rng.pick(&scope.ints).clone();
        match self.rng.below(4) {
            0 => format!("{}", self.rng.range(-3, 9)),
            1 => v,
            2 => format!("{v} + {}", self.rng.range(1, 5)),
            _ => format!("{v}*{} - {}", self.rng.range(2, 4), self.rng.range(0, 7)),
        }
    }

    /// An int expression that is never constant (Go rejects a constant index out of range).
    fn var_expr(&mut self, scope: &Scope) -> String {
        let v = self.rng.pick(&scope.ints).clone();
        format!("{v} + {}", self.rng.range(-3, 3))
    }

    fn error_expr(&mut self) -> String {
        match self.rng.below(4) {
            0 => "nil".into(),
            1 => "errSentinel".into(),
            2 => format!("&E{{{}}}", self.rng.range(1, 99)),
            _ => format!(
                "fmt.Errorf(\"wrapped %w\", &E{{{}}})",
                self.rng.range(1, 99)
            ),
        }
    }

    /// A condition that holds for some arguments and not others.
    fn cond(&mut self, scope: &Scope) -> String {
        let v = self.rng.pick(&scope.ints).clone();
        match self.rng.below(3) {
            0 => format!("{v} > {}", self.rng.range(0, 6)),
            1 => format!("{v}%2 == {}", self.rng.range(0, 1)),
            _ => format!("{v} < {}", self.rng.range(-1, 4)),
        }
    }

    /// A function to call from here whose worst-case cost, times `mult`, fits the budget.
    fn callee(&mut self, mult: u64) -> Option<usize> {
        let cands: Vec<usize> = (self.cur + 1..self.funcs.len())
            .filter(|&j| self.cur_cost + self.funcs[j].cost * mult <= CALL_BUDGET)
            .collect();
        if cands.is_empty() {
            return None;
        }
        let j = *self.rng.pick(&cands);
        self.cur_cost += self.funcs[j].cost * mult;
        Some(j)
    }

    /// A call of another generated function as a statement, its results printed.
    fn call_stmt(&mut self, scope: &Scope, j: usize) {
        let arg = self.int_expr(scope);
        let site = self.site();
        match self.funcs[j].results {
            Results::None => self.line(&format!("f{j}({arg})")),
            Results::Int | Results::Named => {
                self.line(&format!("fmt.Println(\"{site} got\", f{j}({arg}))"))
            }
            Results::NamedErr => {
                let (a, b) = (self.var(), self.var());
                self.line(&format!("{a}, {b} := f{j}({arg})"));
                self.line(&format!("fmt.Println(\"{site} got\", {a}, {b})"));
            }
        }
        self.feature("call");
    }

    fn stmt(&mut self, scope: &mut Scope) {
        self.generics_before_stmt(scope);
        if self.rng.chance(self.grown_percent) {
            self.grown_stmt(scope);
            return;
        }
        let deep = scope.depth >= 3;
        let k = self.rng.below(100);
        match k {
            0..=11 => {
                let e = self.int_expr(scope);
                let site = self.site();
                self.line(&format!("fmt.Println(\"{site}\", {e})"));
            }
            12..=17 if !scope.mutable.is_empty() && self.rng.chance(50) => {
                let v = self.rng.pick(&scope.mutable).clone();
                let e = self.int_expr(scope);
                self.line(&format!("{v} += {e}"));
            }
            12..=17 => {
                let v = self.var();
                let e = self.int_expr(scope);
                self.line(&format!("{v} := {e}"));
                self.line(&format!("_ = {v}"));
                scope.ints.push(v.clone());
                scope.mutable.push(v);
                self.feature("local variable");
            }
            18..=45 => self.defer_stmt(scope),
            46..=55 => self.panic_stmt(scope, true),
            56..=60 if !deep => {
                let c = self.cond(scope);
                self.line(&format!("if {c} {{"));
                self.indent += 1;
                let mut inner = scope.clone();
                inner.depth += 1;
                let n = self.rng.range(1, 3) as u32;
                self.block(&mut inner, n);
                self.indent -= 1;
                if self.rng.chance(40) {
                    self.line("} else {");
                    self.indent += 1;
                    let mut inner = scope.clone();
                    inner.depth += 1;
                    self.block(&mut inner, 1);
                    self.indent -= 1;
                }
                self.line("}");
                self.feature("if");
            }
            61..=67 if !deep => self.loop_stmt(scope),
            68..=72 => {
                let c = self.cond(scope);
                self.line(&format!("if {c} {{"));
                self.indent += 1;
                let site = self.site();
                self.line(&format!("fmt.Println(\"{site} early return\")"));
                self.ret(scope);
                self.indent -= 1;
                self.line("}");
                self.feature("early return");
            }
            73..=80 => {
                if let Some(j) = self.callee(scope.loop_mult) {
                    self.call_stmt(scope, j);
                }
            }
            81..=84 if !deep => {
                // A function literal called on the spot, with defers of its own.
                self.line("func() {");
                self.indent += 1;
                let mut inner = scope.clone();
                inner.depth += 1;
                inner.deferred_closure = false;
                inner.results = None;
                let n = self.rng.range(1, 3) as u32;
                self.block(&mut inner, n);
                self.indent -= 1;
                self.line("}()");
                self.feature("closure called in place");
            }
            85..=88 if !deep => self.goroutine(scope),
            89..=91 => {
                let site = self.site();
                self.line(&format!(
                    "fmt.Println(\"{site} recover outside a deferred call:\", recover())"
                ));
                self.feature("recover in the wrong place");
            }
            92..=93 => {
                let site = self.site();
                self.line(&format!("locked(\"{site}\")"));
                self.feature("mutex with deferred unlock");
            }
            94..=95 => {
                let site = self.site();
                let e = self.int_expr(scope);
                self.line(&format!("bump(\"{site}\", {e})"));
            }
            _ => {
                let site = self.site();
                let e = self.int_expr(scope);
                self.line(&format!("fmt.Println(\"{site}\", {e})"));
            }
        }
    }

    /// A snippet of one of the constructs behind past miscompiles (see the module docs).
    fn grown_stmt(&mut self, scope: &Scope) {
        match self.rng.below(4 + self.alloc_weight) {
            0 => self.closure_stmt(scope),
            1 => self.evalorder_stmt(scope),
            2 => self.const_stmt(scope),
            3 => self.method_stmt(scope),
            _ => self.alloc_stmt(scope),
        }
    }

    /// `v`, an int of the scope reduced to an index in 0..n (never constant).
    fn index_of(&mut self, scope: &Scope, n: usize) -> String {
        let v = self.rng.pick(&scope.ints).clone();
        format!("({v}%{n}+{n})%{n}")
    }

    /// A small int from the scope, in -8..=8 (never constant).
    fn small(&mut self, scope: &Scope) -> String {
        let v = self.rng.pick(&scope.ints).clone();
        format!("{v}%9")
    }

    fn loop_stmt(&mut self, scope: &mut Scope) {
        let mut inner = scope.clone();
        inner.depth += 1;
        inner.loop_mult *= LOOP_MAX;
        let i = self.var();
        if self.rng.chance(60) {
            let n = self.rng.range(0, LOOP_MAX as i64);
            self.line(&format!("for {i} := 0; {i} < {n}; {i}++ {{"));
            self.feature("for loop");
        } else {
            let n = self.rng.range(0, LOOP_MAX as i64) as usize;
            let elems: Vec<String> = (0..n).map(|_| self.rng.range(0, 9).to_string()).collect();
            self.line(&format!(
                "for _, {i} := range []int{{{}}} {{",
                elems.join(", ")
            ));
            self.line(&format!("\t_ = {i}"));
            self.feature("range loop");
        }
        inner.ints.push(i);
        self.indent += 1;
        let n = self.rng.range(1, 3) as u32;
        self.block(&mut inner, n);
        if self.rng.chance(20) {
            let c = self.cond(&inner);
            let kw = if self.rng.chance(50) {
                "break"
            } else {
                "continue"
            };
            self.line(&format!("if {c} {{"));
            self.line(&format!("\t{kw}"));
            self.line("}");
            self.feature("break/continue");
        }
        self.indent -= 1;
        self.line("}");
    }

    /// A value to panic with, and its kind (for the coverage report).
    fn panic_value(&mut self, scope: &Scope) -> (String, &'static str) {
        let e = self.int_expr(scope);
        let site = self.site();
        match self.rng.below(9) {
            0 => (e, "panic(int)"),
            1 => (format!("\"{site} boom\""), "panic(string)"),
            2 => (format!("fmt.Sprintf(\"{site} %d\", {e})"), "panic(Sprintf)"),
            3 => (format!("&E{{{e}}}"), "panic(error type)"),
            4 => ("errSentinel".into(), "panic(errors.New)"),
            5 => (format!("P{{{e}, \"{site}\"}}"), "panic(struct)"),
            6 => (format!("S({e})"), "panic(Stringer)"),
            7 => (
                format!("fmt.Errorf(\"{site}: %w\", errSentinel)"),
                "panic(wrapped error)",
            ),
            _ => ("nil".into(), "panic(nil)"),
        }
    }

    /// A panic: explicit, or a run-time error (index, nil map, division, nil pointer), guarded
    /// by a condition when `guarded` so the code after it stays reachable for some inputs.
    fn panic_stmt(&mut self, scope: &Scope, guarded: bool) {
        let guard = guarded && self.rng.chance(80);
        if guard {
            let c = self.cond(scope);
            self.line(&format!("if {c} {{"));
            self.indent += 1;
        }
        let e = self.var_expr(scope);
        match self.rng.below(10) {
            0 => {
                self.line(&format!("fmt.Println(table[{e}+2])"));
                self.feature("runtime error: index");
            }
            1 => {
                let m = self.var();
                self.line(&format!("var {m} map[int]int"));
                self.line(&format!("{m}[{e}] = 1"));
                self.feature("runtime error: nil map");
            }
            2 => {
                self.line(&format!("fmt.Println({e} / zero)"));
                self.feature("runtime error: divide");
            }
            3 => {
                let p = self.var();
                self.line(&format!("var {p} *P"));
                self.line(&format!("fmt.Println({p}.a)"));
                self.feature("runtime error: nil pointer");
            }
            _ => {
                let (v, kind) = self.panic_value(scope);
                self.line(&format!("panic({v})"));
                self.feature(kind);
            }
        }
        if guard {
            self.indent -= 1;
            self.line("}");
        }
    }

    fn defer_stmt(&mut self, scope: &mut Scope) {
        let site = self.site();
        if scope.loop_mult > 1 {
            self.feature("defer in a loop (runtime defer)");
        } else if scope.depth > 0 {
            self.feature("conditional defer");
        } else {
            self.feature("defer");
        }
        match self.rng.below(19) {
            13 => {
                // Method values: the receiver (a copy for T, the pointer for *T) is taken now.
                let t = self.var();
                let e = self.int_expr(scope);
                self.line(&format!("{t} := T{{{e}}}"));
                match self.rng.below(3) {
                    0 => self.line(&format!("defer {t}.Val(\"{site}\")")),
                    1 => self.line(&format!("defer {t}.Ptr(\"{site}\")")),
                    _ => {
                        let i = self.var();
                        let v = if self.rng.chance(50) {
                            t.clone()
                        } else {
                            format!("S({e})")
                        };
                        self.line(&format!("var {i} Shower = {v}"));
                        self.line(&format!("defer {i}.Val(\"{site}\")"));
                        self.feature("defer of an interface method");
                    }
                }
                self.line(&format!("{t}.n += 100"));
                self.feature("defer of a method value");
            }
            14 => {
                // The arguments panic while the defer statement evaluates them: nothing is
                // deferred.
                let e = self.var_expr(scope);
                self.line(&format!(
                    "defer fmt.Println(\"{site} never deferred\", table[{e}+2])"
                ));
                self.feature("defer whose arguments panic");
            }
            15 => {
                let e = self.int_expr(scope);
                let k = self.rng.range(1, 5);
                self.line(&format!(
                    "defer apply(\"{site}\", func(n int) int {{ return n*{k} + {e} }}, {e})"
                ));
                self.feature("defer with a closure argument");
            }
            16 if self.rng.chance(15) => {
                // os.Exit from a deferred call: the remaining deferred calls never run.
                let c = self.cond(scope);
                let code = self.rng.range(0, 4);
                self.line("defer func() {");
                self.line(&format!("\tif {c} {{"));
                self.line(&format!("\t\texit(\"{site}\", {code})"));
                self.line("\t}");
                self.line("}()");
                self.feature("os.Exit in a deferred call");
            }
            17 => {
                let e = self.int_expr(scope);
                let a = self.rng.range(0, 3);
                self.line(&format!("switch {e} % 3 {{"));
                self.line(&format!("case {a}:"));
                self.line(&format!(
                    "\tdefer fmt.Println(\"{site} deferred in a switch case\")"
                ));
                self.line("default:");
                self.line(&format!("\tdefer recoverHere(\"{site} switch default\")"));
                self.line("}");
                self.feature("defer in a switch");
            }
            18 if self.rng.chance(60) => {
                // Struct and array arguments are copied when the defer statement runs.
                let (p, a) = (self.var(), self.var());
                let e = self.int_expr(scope);
                self.line(&format!("{p} := P{{{e}, \"{site}\"}}"));
                self.line(&format!("{a} := [3]int{{{e}, 1, 2}}"));
                self.line(&format!("defer show(\"{site}\", {p}, {a})"));
                self.line(&format!("{p}.a, {a}[0] = 99, 99"));
                self.feature("defer with struct and array arguments");
            }
            0 | 1 | 16 | 18 => {
                let e = self.int_expr(scope);
                self.line(&format!(
                    "defer fmt.Println(\"{site} deferred, args at defer:\", {e})"
                ));
                self.feature("defer fmt.Println");
            }
            2..=5 => self.deferred_closure(scope, &site),
            6 => {
                let e = self.int_expr(scope);
                let vars = scope.ints.join(", ");
                self.line("defer func(a int) {");
                self.line(&format!(
                    "\tfmt.Println(\"{site} deferred arg\", a, \"now\", {vars})"
                ));
                self.line(&format!("}}({e})"));
                self.feature("defer closure with argument");
            }
            7 => match self.callee(scope.loop_mult) {
                Some(j) => {
                    let e = self.int_expr(scope);
                    self.line(&format!("defer f{j}({e})"));
                    self.feature("defer of a generated function");
                }
                None => self.line(&format!("defer recoverHere(\"{site}\")")),
            },
            8 | 9 => {
                self.line(&format!("defer recoverHere(\"{site}\")"));
                self.feature("deferred recover helper");
            }
            10 => {
                self.line(&format!("defer recoverTooDeep(\"{site}\")"));
                self.feature("recover one frame too deep");
            }
            11 if scope.in_deferred => {
                // Not `defer recover()` here: whether Go 1.19 lets it stop a panic that is
                // running this deferred closure depends on whether the goroutine's stack was
                // copied meanwhile (docs/DESIGN-NOTES.md, "Known differences"); deferc
                // never copies stacks.
                self.line(&format!("defer recoverTooDeep(\"{site}\")"));
                self.feature("recover one frame too deep");
            }
            11 => {
                self.line("defer recover()");
                self.feature("defer recover()");
            }
            _ => {
                let e = self.int_expr(scope);
                self.line(&format!("defer bump(\"{site}\", {e})"));
                self.feature("defer of a function with a result");
            }
        }
    }

    fn deferred_closure(&mut self, scope: &Scope, site: &str) {
        self.line("defer func() {");
        self.indent += 1;
        let mut inner = scope.clone();
        inner.deferred_closure = true;
        inner.in_deferred = true;
        inner.results = None;
        inner.depth += 1;
        inner.loop_mult = scope.loop_mult;
        self.feature("deferred closure");
        match self.rng.below(5) {
            0 | 1 => {
                // The usual handler, sometimes changing named results or re-panicking.
                self.line("if e := recover(); e != nil {");
                self.indent += 1;
                if self.rng.chance(30) {
                    // What a Go program does with a recovered value: look at its type.
                    self.line(&format!("describe(\"{site}\", e)"));
                    self.feature("type switch on a recovered value");
                } else {
                    self.line(&format!("fmt.Println(\"{site} recovered:\", e)"));
                }
                self.feature("recover in a deferred closure");
                if inner.mutable.iter().any(|v| v == "r") && self.rng.chance(60) {
                    let e = self.int_expr(&inner);
                    self.line(&format!("r = {e}"));
                    self.feature("named result set after recover");
                }
                if self.rng.chance(25) {
                    self.line(&format!("panic(fmt.Sprint(\"{site} re-panic: \", e))"));
                    self.feature("re-panic");
                }
                self.indent -= 1;
                self.line("}");
            }
            2 => {
                // A panic while a deferred call runs (replacing or adding to the current one).
                let c = self.cond(&inner);
                self.line(&format!("if {c} {{"));
                self.indent += 1;
                self.line(&format!("panic(\"{site} panic in deferred call\")"));
                self.indent -= 1;
                self.line("}");
                self.feature("panic in a deferred call");
            }
            3 => {
                // recover from a closure nested in the deferred one: too deep, returns nil.
                self.line(&format!(
                    "func() {{ fmt.Println(\"{site} nested recover:\", recover()) }}()"
                ));
                self.feature("recover in a nested closure");
            }
            _ => {}
        }
        let vars = inner.ints.join(", ");
        self.line(&format!(
            "fmt.Println(\"{site} deferred closure sees\", {vars})"
        ));
        if !inner.mutable.is_empty() && self.rng.chance(40) {
            let v = self.rng.pick(&inner.mutable).clone();
            let e = self.int_expr(&inner);
            self.line(&format!("{v} += {e}"));
            self.feature("deferred closure writes a captured variable");
        }
        if inner.depth < 3 && self.rng.chance(35) {
            let n = self.rng.range(1, 2) as u32;
            self.block(&mut inner, n);
        }
        self.indent -= 1;
        self.line("}()");
    }

    /// A goroutine that main waits for: deterministic under any scheduler. With a recovering
    /// handler it closes `done` from a defer; without one, a panic in it ends the program while
    /// the waiting goroutine is blocked, and Goexit leaves everyone asleep (Go's deadlock).
    fn goroutine(&mut self, scope: &Scope) {
        let done = self.var();
        let site = self.site();
        self.line(&format!("{done} := make(chan struct{{}})"));
        self.line("go func() {");
        self.indent += 1;
        let recovering = self.rng.chance(70);
        if recovering {
            self.line(&format!("defer close({done})"));
            self.line(&format!("defer recoverHere(\"{site} goroutine\")"));
        }
        // Without the deferred close, the body's own defers must have run before `done` is
        // closed (else they race with main under Go's scheduler): it gets a frame of its own.
        if !recovering {
            self.line("func() {");
            self.indent += 1;
        }
        let mut inner = scope.clone();
        inner.depth += 1;
        inner.deferred_closure = false;
        inner.results = None;
        let n = self.rng.range(1, 3) as u32;
        self.block(&mut inner, n);
        if self.rng.chance(15) {
            let c = self.cond(&inner);
            self.line(&format!("if {c} {{"));
            self.line("\truntime.Goexit()");
            self.line("}");
            self.feature("runtime.Goexit");
        }
        if !recovering {
            self.indent -= 1;
            self.line("}()");
            self.line(&format!("close({done})"));
        }
        self.indent -= 1;
        self.line("}()");
        self.line("yield()");
        self.line(&format!("<-{done}"));
        self.feature(if recovering {
            "goroutine recovering its panics"
        } else {
            "goroutine without recover"
        });
    }

    /// A recursive function with a defer in every frame and a panic at the bottom, sometimes
    /// recovered halfway up.
    fn recursive(&mut self) {
        let depth = self.rng.range(3, 40);
        let catch_at = self.rng.range(0, depth);
        let kind = self.rng.below(3);
        let _ = writeln!(
            self.out,
            "
func rec(n int) (r int) {{
	defer func() {{ r += n }}()
	if n == {catch_at} && {kind} == 0 {{
		defer recoverHere(\"rec\")
	}}
	if n == 0 {{
		panic(fmt.Sprint(\"rec bottom\", {depth}))
	}}
	if {kind} == 1 && n%7 == 3 {{
		defer func() {{ fmt.Println(\"rec\", n, recover()) }}()
	}}
	return rec(n-1) * 2 % 1000003
}}"
        );
        // Only main calls rec (see `main`): it is outside f*'s call graph and budget.
        self.feature("recursion with defers");
        self.out
            .push_str(&format!("\nfunc recDepth() int {{ return {depth} }}\n"));
    }

    fn main(&mut self, n: usize) {
        self.out.push_str("\nfunc main() {\n");
        let calls = self.rng.range(1, 4);
        let has_rec = self.out.contains("\nfunc rec(");
        for c in 0..calls {
            let j = self.rng.below(n.min(3) as u64) as usize;
            let arg = self.rng.range(-2, 7);
            let call = match self.funcs[j].results {
                Results::None => format!("f{j}({arg})"),
                Results::NamedErr => format!("fmt.Println(f{j}({arg}))"),
                _ => format!("fmt.Println(\"main got\", f{j}({arg}))"),
            };
            let last = c + 1 == calls;
            if last && self.rng.chance(25) {
                let _ = writeln!(self.out, "\t{call}");
                self.feature("panic may reach the top");
            } else {
                let _ = writeln!(self.out, "\tprotect(\"call {c}\", func() {{ {call} }})");
            }
        }
        if has_rec {
            let _ = writeln!(
                self.out,
                "\tprotect(\"rec\", func() {{ fmt.Println(\"rec:\", rec(recDepth())) }})"
            );
        }
        self.out
            .push_str("\tfmt.Println(\"main: counter\", counter)\n}\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_seed_same_program() {
        assert_eq!(generate(7).source, generate(7).source);
        assert_ne!(generate(7).source, generate(8).source);
    }

    fn with_generics(seed: u64, percent: u64) -> String {
        generate_with(
            seed,
            &Options {
                generics_percent: percent,
            },
        )
        .source
    }

    #[test]
    fn generics_share_of_programs() {
        let uses = |src: &str| src.contains("\nfunc G0[");
        assert!((1..50).all(|s| uses(&with_generics(s, 100))));
        assert!((1..50).all(|s| !uses(&with_generics(s, 0))));
        let n = (1..301).filter(|&s| uses(&generate(s).source)).count();
        assert!((60..140).contains(&n), "{n} of 300 programs use generics");
        assert_eq!(with_generics(9, 100), with_generics(9, 100));
    }

    /// Generics draw from a stream of their own and add lines only: the program without them
    /// is, line for line, a subsequence of the program with them.
    #[test]
    fn generics_only_add_lines() {
        for seed in 1..40 {
            let with = with_generics(seed, 100);
            let mut lines = with.lines();
            for l in with_generics(seed, 0).lines() {
                assert!(
                    lines.any(|w| w == l),
                    "seed {seed}: line {l:?} of the program without generics is missing"
                );
            }
        }
    }
}
