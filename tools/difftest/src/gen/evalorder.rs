//! Order of evaluation: a range expression is evaluated once (an array value is copied, a
//! pointer to an array or a slice is not; a nil pointer to an array with only the key is not
//! evaluated at all), range clauses that assign to existing variables and to index, field, map
//! and pointer targets, tuple assignments (`a[i], i = ...`, `i, a[i] = ...`, swaps), the order of
//! calls in operands, composite literals, arguments and defer statements, switch tags and cases,
//! select cases, append's operands, op-assignments with calls on both sides, calls inside len
//! and cap of array operands.
//!
//! Calls here go to the prelude's `tr`/`trb`/`ints`/`arr3`/`pp`, which print and change nothing
//! an expression reads (the order of a call against a variable read is unspecified in Go).

use super::{Gen, Scope};

impl Gen {
    pub(super) fn evalorder_stmt(&mut self, scope: &Scope) {
        self.line("{");
        self.indent += 1;
        match self.rng.below(10) {
            0 => self.range_evaluated_once(scope),
            1 => self.range_copy(scope),
            2 | 3 => self.range_assign(scope),
            4 | 5 => self.tuple_assign(scope),
            6 => self.call_order(scope),
            7 => self.control_order(scope),
            8 => self.op_assign_calls(scope),
            _ => self.side_effect_stmt(scope),
        }
        self.indent -= 1;
        self.line("}");
    }

    /// `tr("site/name", v)`.
    fn tr(&mut self, site: &str, name: &str, v: &str) -> String {
        format!("tr(\"{site}/{name}\", {v})")
    }

    /// n small int literals, comma-separated.
    fn literals(&mut self, n: usize, lo: i64, hi: i64) -> String {
        let xs: Vec<String> = (0..n).map(|_| self.rng.range(lo, hi).to_string()).collect();
        xs.join(", ")
    }

    /// Range expressions with calls in them are evaluated once, before the first iteration.
    fn range_evaluated_once(&mut self, scope: &Scope) {
        let site = self.site();
        let (i, x, s, cnt, p) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let e = self.small(scope);
        let n = self.rng.range(0, 4) as usize;
        let lits = self.literals(n, -3, 9);
        let args = if lits.is_empty() {
            e.clone()
        } else {
            format!("{lits}, {e}")
        };
        match self.rng.below(6) {
            0 => {
                ln!(self, "for {i}, {x} := range ints(\"{site}\", {args}) {{");
                ln!(self, "\tfmt.Println(\"{site} iteration\", {i}, {x})");
                self.line("}");
                self.feature("range over a call, evaluated once");
            }
            1 => {
                // With only the key, a call still makes the array expression evaluated.
                ln!(self, "for {i} := range arr3(\"{site}\", {e}, 1, 2) {{");
                ln!(self, "\tfmt.Println(\"{site} iteration\", {i})");
                self.line("}");
                self.feature("range over an array returned by a call");
            }
            2 => {
                ln!(self, "{cnt} := 0");
                ln!(self, "for range ints(\"{site}\", {args}) {{");
                ln!(self, "\t{cnt}++");
                self.line("}");
                ln!(self, "fmt.Println(\"{site} count\", {cnt})");
                self.feature("range without variables over a call");
            }
            3 => {
                // len(*p) is constant and there is no value variable: p is not dereferenced.
                ln!(self, "var {p} *[3]int");
                ln!(self, "for {i} := range {p} {{");
                ln!(self, "\tfmt.Println(\"{site} nil array pointer\", {i})");
                self.line("}");
                ln!(self, "fmt.Println(\"{site} len\", len({p}))");
                if self.rng.chance(30) {
                    // With the value variable it is: a nil dereference.
                    ln!(self, "for {i}, {x} := range {p} {{");
                    ln!(self, "\tfmt.Println(\"{site} never\", {i}, {x})");
                    self.line("}");
                    self.feature("range over a nil pointer to an array panics");
                }
                self.feature("range over a nil pointer to an array, key only");
            }
            4 => {
                // The slice header is read once: appending in the loop does not add iterations.
                ln!(self, "{s} := []int{{{args}}}");
                ln!(self, "for {i}, {x} := range {s} {{");
                ln!(self, "\t{s} = append({s}, {x}*2)");
                ln!(
                    self,
                    "\tfmt.Println(\"{site} iteration\", {i}, {x}, len({s}))"
                );
                self.line("}");
                ln!(self, "fmt.Println(\"{site} after\", {s})");
                self.feature("range over a slice appended to in the loop");
            }
            _ => {
                ln!(self, "{s} := []int{{{args}}}");
                ln!(self, "for {i}, {x} := range {s} {{");
                ln!(self, "\t{s} = []int{{{x}}}");
                ln!(self, "\tfmt.Println(\"{site} iteration\", {i}, {x}, {s})");
                self.line("}");
                self.feature("range over a slice reassigned in the loop");
            }
        }
    }

    /// The array is copied when ranged over by value, not through a pointer or a slice.
    fn range_copy(&mut self, scope: &Scope) {
        let site = self.site();
        let (a, i, x, p, st) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let e = self.small(scope);
        let lits = self.literals(2, 0, 9);
        ln!(self, "{a} := [3]int{{{e}, {lits}}}");
        let mut target = a.clone();
        let (over, what) = match self.rng.below(5) {
            0 => (a.clone(), "range over an array value while it changes"),
            1 => (
                format!("&{a}"),
                "range over a pointer to an array while it changes",
            ),
            2 => (
                format!("{a}[:]"),
                "range over a slice of an array while it changes",
            ),
            3 => {
                ln!(self, "{p} := &{a}");
                (format!("*{p}"), "range over a dereferenced array pointer")
            }
            _ => {
                ln!(self, "{st} := struct{{ arr [3]int }}{{{a}}}");
                target = format!("{st}.arr");
                (target.clone(), "range over an array field")
            }
        };
        ln!(self, "for {i}, {x} := range {over} {{");
        self.indent += 1;
        ln!(self, "{target}[({i}+1)%3] += 10");
        if self.rng.chance(40) {
            ln!(self, "{target}[{i}] = -1");
        }
        ln!(
            self,
            "fmt.Println(\"{site} iteration\", {i}, {x}, {target})"
        );
        self.indent -= 1;
        self.line("}");
        self.feature(what);
    }

    /// `for k, v = range ...` assigning to existing variables, index expressions (whose index
    /// is the key being assigned: its old value is used), fields, map elements, `*p`.
    fn range_assign(&mut self, scope: &Scope) {
        let site = self.site();
        let (i, x, a, pr, m, q, r) = (
            self.var(),
            self.var(),
            self.var(),
            self.var(),
            self.var(),
            self.var(),
            self.var(),
        );
        let n = self.rng.range(0, 4) as usize;
        // Elements are valid indexes of a (some targets index a by the value).
        let lits = self.literals(n, 0, 4);
        ln!(self, "var {i}, {x} int");
        ln!(self, "{a} := make([]int, 5)");
        ln!(self, "var {pr} Pair");
        ln!(self, "{m} := map[int]int{{}}");
        ln!(self, "{q} := &{pr}");
        ln!(self, "_ = {q}");
        let (kt, vt) = match self.rng.below(10) {
            0 => (i.clone(), x.clone()),
            1 => (i.clone(), format!("{a}[{i}]")),
            2 => (format!("{a}[{x}]"), x.clone()),
            3 => (format!("{pr}.a"), format!("{q}.b")),
            4 => (format!("{m}[{x}]"), x.clone()),
            5 => (format!("*&{i}"), format!("{m}[{i}]")),
            6 => (format!("{a}[{i}]"), i.clone()),
            7 => (i.clone(), format!("{a}[{i}+1]")),
            8 => (format!("{q}.a"), format!("{a}[{q}.a]")),
            _ => (format!("{a}[0]"), format!("{a}[{a}[0]]")),
        };
        let e = self.small(scope);
        let over = if self.rng.chance(40) {
            if lits.is_empty() {
                format!("ints(\"{site}\")")
            } else {
                format!("ints(\"{site}\", {lits})")
            }
        } else if self.rng.chance(50) {
            format!("[]int{{{lits}}}")
        } else {
            format!("[{n}]int{{{lits}}}")
        };
        let body = self.rng.chance(60);
        if self.rng.chance(20) {
            ln!(self, "for {kt} = range {over} {{");
            self.feature("range assigning the key to an existing target");
        } else {
            ln!(self, "for {kt}, {vt} = range {over} {{");
            self.feature("range assigning to existing targets");
        }
        if body {
            ln!(
                self,
                "\tfmt.Println(\"{site} iteration\", {i}, {x}, {a}, {pr}, {m})"
            );
        }
        if self.rng.chance(20) {
            ln!(self, "\t{x} += {e}");
        }
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} after\", {i}, {x}, {a}, {pr}, {m})"
        );
        if self.rng.chance(30) {
            // A string: the value is a rune.
            let s = *self.rng.pick(&["ab", "é€", ""]);
            ln!(self, "var {r} rune");
            ln!(self, "for {i}, {r} = range {s:?} {{");
            ln!(self, "\t{a}[{i}%5] = int({r})");
            self.line("}");
            ln!(self, "fmt.Println(\"{site} string\", {i}, {r}, {a})");
            self.feature("range over a string assigning to existing variables");
        }
    }

    /// Tuple assignments: the left side's index and pointer operands and the right side are
    /// evaluated first, then the assignments happen left to right.
    fn tuple_assign(&mut self, scope: &Scope) {
        let site = self.site();
        let (a, i, j, x, y) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let lits = self.literals(4, -5, 9);
        let ii = self.index_of(scope, 4);
        let jj = self.index_of(scope, 4);
        let arr = self.rng.chance(30);
        if arr {
            ln!(self, "{a} := [4]int{{{lits}}}");
        } else {
            ln!(self, "{a} := []int{{{lits}}}");
        }
        ln!(self, "{i}, {j} := {ii}, {jj}");
        ln!(
            self,
            "{x}, {y} := {}, {}",
            self.rng.range(-5, 9),
            self.rng.range(-5, 9)
        );
        for _ in 0..self.rng.range(1, 4) {
            let k = self.rng.range(0, 3);
            let c = self.rng.range(-9, 99);
            match self.rng.below(15) {
                12 => {
                    ln!(self, "{a}[{i}], {a}[{i}] = {c}, {k}");
                    self.feature("tuple assignment to the same element twice");
                }
                13 => {
                    let (p, q) = (self.var(), self.var());
                    let second = if self.rng.chance(50) { &x } else { &y };
                    ln!(self, "{p}, {q} := &{x}, &{second}");
                    ln!(self, "*{p}, *{q} = *{q}+{c}, *{p}");
                    self.feature("tuple assignment through pointers (maybe aliased)");
                }
                14 => {
                    // A panic in the middle of a tuple assignment: what was assigned shows.
                    let target = match self.rng.below(3) {
                        0 => format!("{a}[{i}+4]"),
                        1 => {
                            let nm = self.var();
                            ln!(self, "var {nm} map[int]int");
                            format!("{nm}[{k}]")
                        }
                        _ => {
                            let np = self.var();
                            ln!(self, "var {np} *Pair");
                            format!("{np}.a")
                        }
                    };
                    self.line("func() {");
                    ln!(
                        self,
                        "\tdefer func() {{ fmt.Println(\"{site} partial\", {x}, {y}, {a}, recover()) }}()"
                    );
                    ln!(self, "\t{x}, {target}, {y} = {c}, {k}, {c}");
                    self.line("}()");
                    self.feature("tuple assignment that panics halfway");
                }
                0 => ln!(self, "{a}[{i}], {i} = {c}, {k}"),
                1 => ln!(self, "{i}, {a}[{i}] = {k}, {c}"),
                2 => ln!(self, "{x}, {y} = {y}, {x}"),
                3 => ln!(self, "{a}[{i}], {a}[{j}] = {a}[{j}], {a}[{i}]"),
                4 => ln!(self, "{a}[0], {a}[1], {a}[2] = {a}[2], {a}[0], {a}[1]"),
                5 => ln!(self, "{i}, {j}, {a}[{i}] = {j}, {i}, {a}[{j}]"),
                6 => {
                    let (ti, tj) = (self.tr(&site, "i", &i), self.tr(&site, "j", &j));
                    let (tx, ty) = (self.tr(&site, "x", &c.to_string()), self.tr(&site, "y", &x));
                    ln!(self, "{a}[{ti}], {a}[{tj}] = {tx}, {ty}");
                    self.feature("tuple assignment with calls on both sides");
                }
                7 => {
                    let (p, q) = (self.var(), self.var());
                    ln!(self, "{p} := &Pair{{{x}, {y}}}");
                    ln!(self, "{q} := {p}");
                    ln!(self, "{p}.a, {p} = {c}, &Pair{{{k}, {k}}}");
                    ln!(self, "fmt.Println(\"{site} pointers\", *{p}, *{q})");
                    self.feature("tuple assignment through a pointer it reassigns");
                }
                8 if !arr => {
                    let s = self.var();
                    ln!(self, "{s} := {a}");
                    ln!(self, "{s}, {s}[0] = []int{{{k}, {c}}}, {c}");
                    ln!(self, "fmt.Println(\"{site} slices\", {s})");
                    self.feature("tuple assignment to a slice and its element");
                }
                9 => {
                    let m = self.var();
                    ln!(self, "{m} := map[int]int{{}}");
                    ln!(self, "{m}[{x}], {x} = {x}+{c}, {k}");
                    ln!(self, "{m}[{x}], {m}[{y}] = {m}[{y}], {c}");
                    ln!(self, "fmt.Println(\"{site} map\", {m})");
                }
                10 => {
                    let (f, g) = (self.tr(&site, "f", &y), self.tr(&site, "g", &x));
                    ln!(self, "{x}, {y} = func() (int, int) {{ return {f}, {g} }}()");
                    self.feature("tuple assignment from a multi-value call");
                }
                _ => ln!(self, "{i}, {a}[{i}], {j} = {k}, {i}, {a}[{k}]"),
            }
            ln!(self, "fmt.Println(\"{site}\", {a}, {i}, {j}, {x}, {y})");
        }
        self.feature("tuple assignment with index expressions");
    }

    /// The order of calls in operands, composite literals, arguments and defer statements.
    fn call_order(&mut self, scope: &Scope) {
        let site = self.site();
        let v = self.rng.pick(&scope.ints).clone();
        let mut t = Vec::new();
        for (k, name) in ["a", "b", "c", "d", "e"].iter().enumerate() {
            let val = if k == 0 {
                v.clone()
            } else {
                self.rng.range(0, 2).to_string()
            };
            t.push(self.tr(&site, name, &val));
        }
        let w = self.var();
        match self.rng.below(10) {
            0 => {
                ln!(
                    self,
                    "fmt.Println(\"{site}\", {} + {}*{} - {}, {})",
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    t[4]
                );
                self.feature("calls in operands");
            }
            1 => {
                ln!(self, "{w} := []int{{{}, {}, {}}}", t[1], t[0], t[2]);
                ln!(self, "fmt.Println(\"{site}\", {w})");
                self.feature("calls in a slice literal");
            }
            2 => {
                ln!(self, "{w} := Pair{{b: {}, a: {}}}", t[1], t[2]);
                ln!(
                    self,
                    "fmt.Println(\"{site}\", {w}, []Pair{{{{{}, {}}}, {{b: {}}}}})",
                    t[0],
                    t[3],
                    t[4]
                );
                self.feature("calls in struct literals");
            }
            3 => {
                ln!(self, "{w} := [4]int{{3: {}, 1: {}, {}}}", t[1], t[2], t[3]);
                ln!(self, "fmt.Println(\"{site}\", {w})");
                self.feature("calls in a keyed array literal");
            }
            4 => {
                ln!(
                    self,
                    "{w} := map[int]int{{{}: {}, {}: {}}}",
                    t[1],
                    t[0],
                    t[2],
                    t[3]
                );
                ln!(self, "fmt.Println(\"{site}\", {w}, len({w}))");
                self.feature("calls in a map literal");
            }
            5 => {
                let (b1, b2, b3) = (
                    self.rng.chance(50),
                    self.rng.chance(50),
                    self.rng.chance(50),
                );
                ln!(
                    self,
                    "fmt.Println(\"{site}\", trb(\"{site}/p\", {b1}) && trb(\"{site}/q\", {b2}) || trb(\"{site}/r\", {b3}), {})",
                    t[0]
                );
                self.feature("short-circuit evaluation order");
            }
            6 => {
                let inner = format!("{} + {}", t[1], t[2]);
                let nested = self.tr(&site, "outer", &inner);
                ln!(self, "fmt.Println(\"{site}\", {nested}, table[{}], pp(\"{site}\", &Pair{{{}, 1}}).a)", t[3], t[0]);
                self.feature("nested calls in arguments");
            }
            7 => {
                ln!(
                    self,
                    "defer fmt.Println(\"{site} deferred\", {}, {}*{})",
                    t[0],
                    t[1],
                    t[2]
                );
                ln!(self, "fmt.Println(\"{site} after the defer statement\")");
                self.feature("calls in deferred arguments");
            }
            8 => {
                // len/cap of an array are constants only without calls or receives inside;
                // the calls still run, in order.
                ln!(
                    self,
                    "{w} := len([3]int{{{}, 1, {}}}) + cap([2]int{{{}}})",
                    t[0],
                    t[1],
                    t[2]
                );
                ln!(
                    self,
                    "fmt.Println(\"{site}\", {w}, len(arr3(\"{site}/arr\", {}, 0, 1)), len(&[2]int{{{}, 0}}), len([2]int{{int(0.0), len(\"ab\")}}))",
                    t[3],
                    t[4]
                );
                self.feature("calls inside len and cap of arrays");
            }
            _ => {
                ln!(
                    self,
                    "{w} := ints(\"{site}\", {}, {}, {}, {})[{}:{}]",
                    t[0],
                    t[1],
                    t[2],
                    t[3],
                    t[4],
                    self.tr(&site, "hi", "3")
                );
                ln!(self, "fmt.Println(\"{site}\", {w})");
                self.feature("calls in a slice expression");
            }
        }
    }

    /// `a[f()] op= g()`: the index call, then the right side; the target evaluated once.
    fn op_assign_calls(&mut self, scope: &Scope) {
        let site = self.site();
        let (a, m, pr, pa, s) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let lits = self.literals(3, -5, 9);
        let e = self.small(scope);
        ln!(self, "{a} := []int{{{lits}}}");
        ln!(self, "{m} := map[int]int{{1: {e}}}");
        ln!(self, "{pr} := Pair{{{e}, 2}}");
        ln!(self, "{pa} := &[3]int{{{lits}}}");
        ln!(self, "{s} := \"s\"");
        for _ in 0..self.rng.range(1, 4) {
            let idx = self.rng.range(0, 2).to_string();
            let ti = self.tr(&site, "i", &idx);
            let c = self.rng.range(1, 5).to_string();
            let tv = self.tr(&site, "v", &c);
            match self.rng.below(8) {
                0 => ln!(self, "{a}[{ti}] += {tv}"),
                1 => ln!(self, "{m}[{ti}] -= {tv}"),
                2 => ln!(self, "pp(\"{site}\", &{pr}).a *= {tv}"),
                3 => ln!(self, "{a}[{ti}] <<= {tv}"),
                4 => ln!(self, "{a}[{ti}]++"),
                5 => ln!(self, "{pa}[{ti}] |= {tv}"),
                6 => ln!(self, "{s} += fmt.Sprint({ti}, {tv})"),
                _ => ln!(self, "{m}[{ti}] *= {a}[{tv}%3]"),
            }
        }
        ln!(self, "fmt.Println(\"{site}\", {a}, {m}, {pr}, *{pa}, {s})");
        self.feature("op-assign with calls on both sides");
    }

    /// Calls in switch tags and cases (evaluated top to bottom, left to right, until one
    /// matches), in select cases (every channel and sent value, once, in source order), in
    /// append's operands.
    fn control_order(&mut self, scope: &Scope) {
        let site = self.site();
        match self.rng.below(4) {
            0 => {
                let tag = self.index_of(scope, 4);
                let tag = self.tr(&site, "tag", &tag);
                let (c1, c2, c3) = (
                    self.tr(&site, "c1", "0"),
                    self.tr(&site, "c2", "1"),
                    self.tr(&site, "c3", "2"),
                );
                ln!(self, "switch {tag} {{");
                ln!(self, "case {c1}, {c2}:");
                ln!(self, "\tfmt.Println(\"{site} first case\")");
                if self.rng.chance(30) {
                    self.line("\tfallthrough");
                }
                ln!(self, "case {c3}:");
                ln!(self, "\tfmt.Println(\"{site} second case\")");
                self.line("default:");
                ln!(self, "\tfmt.Println(\"{site} default\")");
                self.line("}");
                self.feature("calls in switch tags and cases");
            }
            1 => {
                let c = self.cond(scope);
                let c2 = self.cond(scope);
                self.line("switch {");
                ln!(self, "case trb(\"{site}/p\", {c}):");
                ln!(self, "\tfmt.Println(\"{site} first case\")");
                ln!(
                    self,
                    "case trb(\"{site}/q\", {c2}), trb(\"{site}/r\", true):"
                );
                ln!(self, "\tfmt.Println(\"{site} second case\")");
                self.line("}");
                self.feature("calls in tagless switch cases");
            }
            2 => {
                // One case at most is ready (nil channels never are): deterministic.
                let (cs, bc, v) = (self.var(), self.var(), self.var());
                let full = self.rng.chance(30);
                ln!(self, "var {cs} [2]chan int");
                ln!(self, "{bc} := make(chan int, 1)");
                if full {
                    ln!(self, "{bc} <- 0");
                }
                let (t1, t2, t3, t4) = (
                    self.tr(&site, "ch", "1"),
                    self.tr(&site, "send", "3"),
                    self.tr(&site, "ready", "4"),
                    self.tr(&site, "recv", "0"),
                );
                self.line("select {");
                ln!(self, "case {cs}[{t1}] <- {t2}:");
                ln!(self, "\tfmt.Println(\"{site} never\")");
                ln!(self, "case {bc} <- {t3}:");
                ln!(self, "\tfmt.Println(\"{site} sent\", <-{bc})");
                ln!(self, "case {v} := <-{cs}[{t4}]:");
                ln!(self, "\tfmt.Println(\"{site} never\", {v})");
                if full {
                    self.line("default:");
                    ln!(self, "\tfmt.Println(\"{site} default\", <-{bc})");
                }
                self.line("}");
                self.feature("calls in select cases");
            }
            _ => {
                let w = self.var();
                let e = self.small(scope);
                let (a, b, c, d) = (
                    self.tr(&site, "a", &e),
                    self.tr(&site, "b", "1"),
                    self.tr(&site, "c", "2"),
                    self.tr(&site, "d", "3"),
                );
                ln!(self, "{w} := []int{{{a}}}");
                ln!(self, "{w} = append({w}, {b}, {c})");
                ln!(self, "{w} = append(ints(\"{site}\", {d}), {w}...)");
                ln!(self, "fmt.Println(\"{site}\", {w}, len({w}))");
                self.feature("calls in append's operands");
            }
        }
    }
}
