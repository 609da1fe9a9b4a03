//! Calls that change what the rest of their statement reads: a snippet declares locals of
//! several kinds (ints, a bool, a struct, a slice and its index, a map, a pointer) and a closure
//! `set` that changes all of them, then a statement mixing reads of those locals with calls of
//! `set` (in operands, arguments converted to interfaces, composite literals, assignments,
//! var declarations, conditions, defer statements, && and ||). The Go spec leaves the order of
//! such a call against a plain read unspecified; deferc promises what gc does (calls first,
//! reads at the operation, with gc's copies for values converted to interfaces), so these are
//! compared like everything else.

use super::{Gen, Scope};

impl Gen {
    pub(super) fn side_effect_stmt(&mut self, scope: &Scope) {
        let site = self.site();
        let [x, y, b, p, s, i, m, q, set] = self.vars::<9>();
        let e1 = self.small(scope);
        let e2 = self.small(scope);
        let l: Vec<i64> = (0..6).map(|_| self.rng.range(-3, 9)).collect();
        let ix = self.index_of(scope, 3);
        ln!(self, "{x}, {y} := {e1}, {e2}");
        ln!(self, "{b} := {x} > {}", l[0]);
        ln!(self, "{p} := Pair{{{y}, {}}}", l[1]);
        ln!(self, "{s} := []int{{{}, {}, {}}}", l[2], l[3], l[4]);
        ln!(self, "{i} := {ix}");
        ln!(self, "{m} := map[int]int{{0: {}, 1: {x}}}", l[5]);
        ln!(self, "{q} := &Pair{{{x}, {y}}}");
        ln!(self, "{set} := func(n int) int {{");
        ln!(self, "\t{x} += n");
        ln!(self, "\t{b} = !{b}");
        ln!(self, "\t{p}.a = n");
        ln!(self, "\t{s}[{i}] = n");
        ln!(self, "\t{i} = ({i} + 1) % 3");
        ln!(self, "\t{m}[{i}] = n");
        ln!(self, "\t{q}.b = n");
        self.line("\treturn n");
        self.line("}");
        ln!(self, "_ = {set}");
        let names = Names {
            x: &x,
            y: &y,
            b: &b,
            p: &p,
            s: &s,
            i: &i,
            m: &m,
            q: &q,
            set: &set,
            site: &site,
        };
        let w = self.var();
        match self.rng.below(11) {
            0 | 1 => {
                let args: Vec<String> = (0..self.rng.range(2, 5))
                    .map(|_| self.se_any(&names))
                    .collect();
                ln!(self, "fmt.Println(\"{site}\", {})", args.join(", "));
                self.feature("side effects: reads and calls as interface arguments");
            }
            2 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                ln!(self, "{y} = {a} + {c}");
                self.feature("side effects: assignment from an expression with calls");
            }
            3 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 1));
                let op = *self.rng.pick(&["+=", "-=", "*="]);
                let target = self.se_target(&names);
                ln!(self, "{target} {op} {a} - {c}");
                self.feature("side effects: op-assignment");
            }
            4 => {
                let (t1, t2) = (self.se_target(&names), self.se_target(&names));
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                if t1 == t2 {
                    ln!(self, "{t1} = {a} * {c}");
                } else {
                    ln!(self, "{t1}, {t2} = {a}, {c}");
                }
                self.feature("side effects: tuple assignment");
            }
            5 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                ln!(self, "var {w}, {w}b = {a}, {c}");
                ln!(self, "fmt.Println(\"{site} var\", {w}, {w}b)");
                self.feature("side effects: var declaration with several values");
            }
            6 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                let (d, e) = (self.se_int(&names, 1), self.se_any(&names));
                ln!(
                    self,
                    "fmt.Println(\"{site} literals\", Pair{{{a}, {c}}}, []int{{{d}, {c}}}, map[int]int{{1: {a}, 2: {d}}}, []any{{{e}, {d}}})"
                );
                self.feature("side effects: composite literals");
            }
            7 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                let (d, e) = (self.se_bool(&names), self.se_bool(&names));
                ln!(self, "if {a} > {c} || {d} && {e} {{");
                ln!(self, "\tfmt.Println(\"{site} then\")");
                self.line("}");
                self.feature("side effects: conditions");
            }
            8 => {
                let (a, c) = (self.se_any(&names), self.se_int(&names, 2));
                ln!(self, "defer fmt.Println(\"{site} deferred\", {a}, {c})");
                self.feature("side effects: deferred arguments");
            }
            9 => {
                let (a, c) = (self.se_int(&names, 2), self.se_int(&names, 2));
                ln!(self, "{w} := func() (int, int) {{ return {a}, {c} }}");
                ln!(self, "{w}a, {w}b := {w}()");
                ln!(self, "fmt.Println(\"{site} results\", {w}a, {w}b)");
                self.feature("side effects: return values");
            }
            _ => {
                let (a, c) = (self.se_bool(&names), self.se_int(&names, 2));
                let k = self.rng.range(-2, 5);
                ln!(
                    self,
                    "fmt.Println(\"{site} mixed\", {a}, {c}, {s}[({set}({k})%3+3)%3:], len({s}) + {c})"
                );
                self.feature("side effects: slices, len and bools");
            }
        }
        ln!(
            self,
            "fmt.Println(\"{site} after\", {x}, {y}, {b}, {p}, {s}, {i}, {m}, *{q})"
        );
    }

    /// An int expression of depth up to `depth` over the snippet's locals and calls of `set`.
    fn se_int(&mut self, n: &Names, depth: u32) -> String {
        if depth > 0 && self.rng.chance(45) {
            let a = self.se_int(n, depth - 1);
            let c = self.se_int(n, depth - 1);
            let op = *self.rng.pick(&["+", "-", "*"]);
            return format!("({a} {op} {c})");
        }
        let k = self.rng.range(-2, 5);
        match self.rng.below(11) {
            0..=2 => format!("{}({k})", n.set),
            3 => n.x.to_string(),
            4 => n.y.to_string(),
            5 => format!("{}.a", n.p),
            6 => format!("{}[{}]", n.s, n.i),
            7 => format!("{}[{}]", n.m, n.i),
            8 => format!("{}.b", n.q),
            9 => format!("tr(\"{}/t\", {}({k}))", n.site, n.set),
            _ => format!("len({})", n.s),
        }
    }

    /// A bool expression (reads, comparisons, && and || with calls).
    fn se_bool(&mut self, n: &Names) -> String {
        match self.rng.below(5) {
            0 => n.b.to_string(),
            1 => format!("!{}", n.b),
            2 => {
                let (a, c) = (self.se_int(n, 1), self.se_int(n, 1));
                format!("{a} < {c}")
            }
            3 => {
                let k = self.rng.range(-2, 5);
                format!("({} && {}({k}) > 0)", n.b, n.set)
            }
            _ => {
                let k = self.rng.range(-2, 5);
                format!("({}({k}) > 1 || {})", n.set, n.b)
            }
        }
    }

    /// An argument converted to an interface: ints, bools, the struct, the pointer's target,
    /// the slice, the map (nil-safe, printed sorted by fmt).
    fn se_any(&mut self, n: &Names) -> String {
        match self.rng.below(8) {
            0 | 1 => self.se_int(n, 2),
            2 => self.se_bool(n),
            3 => n.p.to_string(),
            4 => format!("*{}", n.q),
            5 => n.s.to_string(),
            6 => format!("{}[{}:]", n.s, n.i),
            _ => n.m.to_string(),
        }
    }

    /// An assignable int.
    fn se_target(&mut self, n: &Names) -> String {
        match self.rng.below(6) {
            0 => n.x.to_string(),
            1 => n.y.to_string(),
            2 => format!("{}.a", n.p),
            3 => format!("{}[{}]", n.s, n.i),
            4 => format!("{}[{}]", n.m, n.i),
            _ => format!("{}.b", n.q),
        }
    }
}

/// The snippet's names.
struct Names<'a> {
    x: &'a str,
    y: &'a str,
    b: &'a str,
    p: &'a str,
    s: &'a str,
    i: &'a str,
    m: &'a str,
    q: &'a str,
    set: &'a str,
    site: &'a str,
}
