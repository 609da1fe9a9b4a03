//! Closures over loop variables, with Go 1.19's semantics: a loop has ONE variable (three-clause
//! and range loops alike), shared by every closure made in it, whether the closure is called in
//! the loop, stored and called after it, deferred, or run by a goroutine; a closure that writes
//! the loop variable changes the loop (three-clause) or only the current value (range).
//!
//! The address of a loop variable (`&v`) is the same in every iteration too.
//!
//! Maps with more than one key are ranged over only where the order cannot show: closures that
//! outlive such an iteration capture per-iteration copies (`k, v := k, v`), and what the loop
//! computes is a sum or is printed through sorted keys.

use super::{Gen, Scope};

/// Strings to range over: ASCII, multi-byte runes, empty.
const STRINGS: &[&str] = &["go", "héllo", "a€b", "日本", "", "x\u{1F600}y"];

impl Gen {
    pub(super) fn closure_stmt(&mut self, scope: &Scope) {
        self.line("{");
        self.indent += 1;
        match self.rng.below(10) {
            0..=2 => self.closures_three_clause(scope),
            3 | 4 => self.closures_range(scope),
            5 => self.closures_map(scope),
            6 => self.closures_chan(scope),
            7 if self.rng.chance(50) => self.closures_range_structs(scope),
            7 => self.loop_var_addresses(scope),
            8 => self.closures_in_loop_clauses(scope),
            _ => self.closures_nested(scope),
        }
        self.indent -= 1;
        self.line("}");
    }

    /// `for n, f := range fs { fmt.Println(site, n, f()) }`, sometimes backwards.
    fn call_all(&mut self, fs: &str, site: &str) {
        let (n, f) = (self.var(), self.var());
        if self.rng.chance(25) {
            ln!(self, "for {n} := len({fs}) - 1; {n} >= 0; {n}-- {{");
            ln!(
                self,
                "\tfmt.Println(\"{site} backwards\", {n}, {fs}[{n}]())"
            );
            self.line("}");
        } else {
            ln!(self, "for {n}, {f} := range {fs} {{");
            ln!(self, "\tfmt.Println(\"{site} after\", {n}, {f}())");
            self.line("}");
        }
    }

    /// Closures made in a three-clause loop: stored, deferred, called in the loop and after it,
    /// some of them writing the loop variable.
    fn closures_three_clause(&mut self, scope: &Scope) {
        let site = self.site();
        let (fs, i, j) = (self.var(), self.var(), self.var());
        let e = self.small(scope);
        let start = self.rng.range(0, 2);
        let end = start + self.rng.range(0, 4);
        let k = self.rng.range(1, 9);
        ln!(self, "var {fs} []func() int");
        let shape = self.rng.below(4);
        let (captured, after) = match shape {
            0 => {
                // The variable is declared outside the loop: the same sharing, visibly.
                ln!(self, "{i} := {start}");
                ln!(self, "for ; {i} < {end}; {i}++ {{");
                self.feature("closure over a variable incremented by a loop");
                (format!("{i}*10 + {k}"), true)
            }
            1 => {
                ln!(
                    self,
                    "for {i}, {j} := {start}, {end}; {i} < {j}; {i}, {j} = {i}+1, {j}-1 {{"
                );
                self.feature("closure over two three-clause loop variables");
                (format!("{i}*100 + {j}*{k}"), false)
            }
            _ => {
                let step = self.rng.range(1, 2);
                ln!(self, "for {i} := {start}; {i} < {end}; {i} += {step} {{");
                self.feature("closure over a three-clause loop variable");
                (format!("{i}*10 + {k}"), false)
            }
        };
        self.indent += 1;
        ln!(
            self,
            "{fs} = append({fs}, func() int {{ return {captured} + {e} }})"
        );
        if self.rng.chance(35) {
            ln!(
                self,
                "defer func() {{ fmt.Println(\"{site} deferred closure sees\", {i}) }}()"
            );
            self.feature("deferred closure over a loop variable");
        }
        if self.rng.chance(25) {
            ln!(self, "defer fmt.Println(\"{site} deferred arg\", {i})");
        }
        if self.rng.chance(30) {
            ln!(self, "if {i}%2 == {} {{", self.rng.range(0, 1));
            ln!(self, "\t{i}++");
            self.line("}");
            self.feature("loop body writes the loop variable");
        }
        if self.rng.chance(30) {
            ln!(self, "func() {{ {i} += {} }}()", self.rng.range(1, 2));
            self.feature("closure writes the loop variable");
        }
        if self.rng.chance(25) {
            let inc = self.var();
            ln!(self, "{inc} := func() {{ {i}++ }}");
            ln!(
                self,
                "{fs} = append({fs}, func() int {{ {inc}(); return {i} }})"
            );
            self.feature("stored closure writes the loop variable after the loop");
        }
        if self.rng.chance(20) {
            let c = self.var();
            ln!(self, "{c} := make(chan int)");
            ln!(self, "go func() {{ {c} <- {i} * 3 }}()");
            ln!(self, "fmt.Println(\"{site} goroutine sent\", <-{c})");
            self.feature("goroutine over a loop variable");
        }
        if self.rng.chance(40) {
            // Two statements: the closure may write the variable (in one expression, whether it
            // is read before or after the call is unspecified).
            ln!(self, "fmt.Println(\"{site} in loop\", {i})");
            ln!(
                self,
                "fmt.Println(\"{site} in loop calls\", {fs}[len({fs})-1]())"
            );
        }
        if self.rng.chance(20) {
            let kw = *self.rng.pick(&["break", "continue"]);
            ln!(self, "if {i} == {} {{", start + 1);
            ln!(self, "\t{kw}");
            self.line("}");
            self.feature("break/continue beside closures over the loop variable");
        }
        self.indent -= 1;
        self.line("}");
        if after {
            ln!(self, "fmt.Println(\"{site} variable after the loop\", {i})");
        }
        self.call_all(&fs, &site);
        if after && self.rng.chance(40) {
            // The closures share the variable: writing it now changes what they return.
            ln!(self, "{i} = {}", self.rng.range(-5, 50));
            self.call_all(&fs, &site);
        }
    }

    /// Closures made in a range loop over a slice, an array, a pointer to an array, a string or
    /// a function's result, capturing the key, the value or both.
    fn closures_range(&mut self, scope: &Scope) {
        let site = self.site();
        let (fs, k, v, a) = (self.var(), self.var(), self.var(), self.var());
        let n = self.rng.range(0, 4) as usize;
        let elems: Vec<String> = (0..n).map(|_| self.rng.range(-2, 9).to_string()).collect();
        let list = elems.join(", ");
        let mut rune = false;
        let over = match self.rng.below(6) {
            0 => {
                self.feature("closure over range variables (slice)");
                format!("[]int{{{list}}}")
            }
            1 => {
                ln!(self, "{a} := [{n}]int{{{list}}}");
                self.feature("closure over range variables (array)");
                a.clone()
            }
            2 => {
                ln!(self, "{a} := [{n}]int{{{list}}}");
                self.feature("closure over range variables (pointer to array)");
                format!("&{a}")
            }
            3 => {
                let s = *self.rng.pick(STRINGS);
                rune = true;
                self.feature("closure over range variables (string)");
                format!("{s:?}")
            }
            4 => {
                let e = self.small(scope);
                self.feature("closure over range variables (function result)");
                if list.is_empty() {
                    format!("ints(\"{site}\", {e})")
                } else {
                    format!("ints(\"{site}\", {list}, {e})")
                }
            }
            _ => {
                self.feature("closure over range variables (slice)");
                let e = self.small(scope);
                format!("[]int{{{e}, {e} + 1}}")
            }
        };
        let val = if rune { format!("int({v})") } else { v.clone() };
        // Which variables the loop declares, and what its closures compute from them.
        let (head, captured, vars) = match self.rng.below(4) {
            0 => (format!("{k} := range {over}"), format!("{k}*7"), k.clone()),
            1 => (
                format!("_, {v} := range {over}"),
                format!("{val} + 1"),
                v.clone(),
            ),
            _ => (
                format!("{k}, {v} := range {over}"),
                format!("{k}*1000 + {val}"),
                format!("{k}, {v}"),
            ),
        };
        let captured = if n > 0 && over == a && self.rng.chance(50) {
            // The closures capture the array too (the variable, not the range's copy).
            self.feature("closure over the ranged array variable");
            format!("{captured} + {a}[0]")
        } else {
            captured
        };
        ln!(self, "var {fs} []func() int");
        ln!(self, "for {head} {{");
        self.indent += 1;
        ln!(
            self,
            "{fs} = append({fs}, func() int {{ return {captured} }})"
        );
        if self.rng.chance(30) {
            ln!(
                self,
                "defer func() {{ fmt.Println(\"{site} deferred closure sees\", {vars}) }}()"
            );
            self.feature("deferred closure over a range variable");
        }
        if self.rng.chance(30) {
            // Writing a range variable changes this iteration's value, not the iteration.
            let w = if vars.contains(',') || vars == k {
                &k
            } else {
                &v
            };
            if rune && w == &v {
                ln!(self, "func() {{ {w} += 1 }}()");
            } else {
                ln!(self, "func() {{ {w} *= {} }}()", self.rng.range(2, 3));
            }
            ln!(self, "fmt.Println(\"{site} written\", {vars})");
            self.feature("closure writes a range variable");
        }
        if n > 0 && (over == a || over == format!("&{a}")) && self.rng.chance(40) {
            ln!(self, "{a}[len({a})-1] += 100");
            self.feature("range over an array copy while the array changes");
        }
        if self.rng.chance(35) {
            ln!(self, "fmt.Println(\"{site} in loop\", {fs}[len({fs})-1]())");
        }
        self.indent -= 1;
        self.line("}");
        if over == a || over == format!("&{a}") {
            ln!(self, "fmt.Println(\"{site} array\", {a})");
        }
        self.call_all(&fs, &site);
        if self.rng.chance(25) {
            let f = self.var();
            ln!(self, "for _, {f} := range {fs} {{");
            ln!(self, "\tdefer {f}()");
            self.line("}");
            self.feature("stored closures deferred");
        }
    }

    /// Closures over a map's range variables: kept after the loop only for a single-key map;
    /// with more keys, per-iteration copies and a sum.
    fn closures_map(&mut self, scope: &Scope) {
        let site = self.site();
        let (m, k, v, fs) = (self.var(), self.var(), self.var(), self.var());
        let e = self.small(scope);
        if self.rng.chance(40) {
            let key = self.rng.range(-3, 9);
            ln!(self, "{m} := map[int]int{{{key}: {e}}}");
            ln!(self, "var {fs} []func() int");
            ln!(self, "for {k}, {v} := range {m} {{");
            ln!(
                self,
                "\t{fs} = append({fs}, func() int {{ return {k}*100 + {v} }})"
            );
            if self.rng.chance(50) {
                ln!(self, "\tdefer func() {{ fmt.Println(\"{site} deferred closure sees\", {k}, {v}) }}()");
            }
            if self.rng.chance(40) {
                ln!(self, "\t{v}++");
            }
            self.line("}");
            self.call_all(&fs, &site);
            self.feature("closure over map range variables (one key)");
            return;
        }
        let n = self.rng.range(2, 5);
        let base = self.rng.range(-3, 3);
        // Strictly increasing keys: a duplicate constant key is a compile error.
        let mut key = base;
        let mut pairs = Vec::new();
        for i in 0..n {
            pairs.push(format!("{key}: {}", i * 3 + 1));
            key += self.rng.range(1, 3);
        }
        let (sum, fm) = (self.var(), self.var());
        ln!(self, "{m} := map[int]int{{{}}}", pairs.join(", "));
        ln!(self, "{fm} := map[int]func() int{{}}");
        ln!(self, "{sum} := 0");
        ln!(self, "for {k}, {v} := range {m} {{");
        self.indent += 1;
        ln!(self, "{sum} += func() int {{ return {k} * {v} }}()");
        if self.rng.chance(40) {
            ln!(self, "func() {{ {v} += {e} }}()");
            ln!(self, "{sum} += {v}");
        }
        ln!(self, "{k}, {v} := {k}, {v}");
        ln!(self, "{fm}[{k}] = func() int {{ return {k}*10 + {v} }}");
        if self.rng.chance(50) {
            // Updating the value of a key that exists is allowed while ranging.
            ln!(self, "{m}[{k}] = {v} * 2");
        }
        self.indent -= 1;
        self.line("}");
        ln!(self, "fmt.Println(\"{site} sum\", {sum}, {m})");
        let key = self.var();
        ln!(self, "for _, {key} := range sortedKeys({m}) {{");
        ln!(self, "\tfmt.Println(\"{site} key\", {key}, {fm}[{key}]())");
        self.line("}");
        self.feature("closure over map range variables (per-iteration copies)");
    }

    /// Closures over the variable of a range over a channel (buffered and closed, or fed by a
    /// goroutine).
    fn closures_chan(&mut self, scope: &Scope) {
        let site = self.site();
        let (c, i, v, fs, base) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let e = self.small(scope);
        let n = self.rng.range(0, 4);
        let k = self.rng.range(1, 5);
        ln!(self, "{base} := {e}");
        if self.rng.chance(50) {
            ln!(self, "{c} := make(chan int, {})", n.max(1));
            ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
            ln!(self, "\t{c} <- {base} + {i}*{k}");
            self.line("}");
            ln!(self, "close({c})");
            self.feature("closure over a channel range variable (buffered)");
        } else {
            ln!(self, "{c} := make(chan int)");
            ln!(self, "go func() {{");
            ln!(self, "\tdefer close({c})");
            ln!(self, "\tfor {i} := 0; {i} < {n}; {i}++ {{");
            ln!(self, "\t\t{c} <- {base} + {i}*{k}");
            self.line("\t}");
            self.line("}()");
            self.feature("closure over a channel range variable (goroutine sends)");
        }
        ln!(self, "var {fs} []func() int");
        ln!(self, "for {v} := range {c} {{");
        ln!(
            self,
            "\t{fs} = append({fs}, func() int {{ return {v} * 2 }})"
        );
        if self.rng.chance(40) {
            ln!(
                self,
                "\tdefer func() {{ fmt.Println(\"{site} deferred closure sees\", {v}) }}()"
            );
        }
        if self.rng.chance(40) {
            ln!(self, "\tfmt.Println(\"{site} received\", {v}, {fs}[0]())");
        }
        self.line("}");
        self.call_all(&fs, &site);
    }

    /// Closures over the variables of two nested loops, and closures made by closures.
    fn closures_nested(&mut self, scope: &Scope) {
        let site = self.site();
        let (fs, i, j, x, mk) = (self.var(), self.var(), self.var(), self.var(), self.var());
        let n = self.rng.range(0, 3);
        let inner: Vec<String> = (0..self.rng.range(0, 3))
            .map(|_| self.rng.range(0, 9).to_string())
            .collect();
        let e = self.small(scope);
        ln!(self, "var {fs} []func() int");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        self.indent += 1;
        ln!(
            self,
            "for {j}, {x} := range []int{{{}}} {{",
            inner.join(", ")
        );
        self.indent += 1;
        if self.rng.chance(50) {
            ln!(self, "{mk} := func() func() int {{ return func() int {{ return {i}*100 + {j}*10 + {x} }} }}");
            ln!(self, "{fs} = append({fs}, {mk}())");
            self.feature("closure made by a closure over loop variables");
        } else {
            ln!(
                self,
                "{fs} = append({fs}, func() int {{ return {i}*100 + {j}*10 + {x} }})"
            );
        }
        if self.rng.chance(30) {
            ln!(self, "{x} += {e}");
        }
        self.indent -= 1;
        self.line("}");
        ln!(self, "{fs} = append({fs}, func() int {{ return {i} }})");
        if self.rng.chance(30) {
            ln!(
                self,
                "defer func() {{ fmt.Println(\"{site} deferred closure sees\", {i}) }}()"
            );
        }
        self.indent -= 1;
        self.line("}");
        self.call_all(&fs, &site);
        self.feature("closures over nested loop variables");
    }

    /// `&v` of a loop variable, stored in every iteration: one variable, one address.
    fn loop_var_addresses(&mut self, scope: &Scope) {
        let site = self.site();
        let (ps, i, v, p) = (self.var(), self.var(), self.var(), self.var());
        let e = self.small(scope);
        let n = self.rng.range(0, 4);
        ln!(self, "var {ps} []*int");
        if self.rng.chance(50) {
            ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
            ln!(self, "\t{ps} = append({ps}, &{i})");
            self.feature("address of a three-clause loop variable");
        } else {
            let lits: Vec<String> = (0..n).map(|k| format!("{e} + {k}")).collect();
            ln!(
                self,
                "for {i}, {v} := range []int{{{}}} {{",
                lits.join(", ")
            );
            if self.rng.chance(50) {
                ln!(self, "\t{ps} = append({ps}, &{v}, &{i})");
            } else {
                ln!(self, "\t{ps} = append({ps}, &{v})");
                ln!(self, "\t_ = {i}");
            }
            self.feature("address of a range variable");
        }
        if self.rng.chance(40) {
            ln!(self, "\t*{ps}[0] += 10");
        }
        if self.rng.chance(30) {
            ln!(
                self,
                "\tdefer func() {{ fmt.Println(\"{site} deferred\", *{ps}[len({ps})-1]) }}()"
            );
        }
        self.line("}");
        ln!(self, "for _, {p} := range {ps} {{");
        ln!(
            self,
            "\tfmt.Println(\"{site} through the pointer\", *{p}, {p} == {ps}[0])"
        );
        self.line("}");
    }

    /// Closures in the loop's own clauses: the condition and the post statement call closures
    /// over the loop variable; a labeled outer loop is continued from an inner one.
    fn closures_in_loop_clauses(&mut self, scope: &Scope) {
        let site = self.site();
        let (fs, i, j, lbl) = (self.var(), self.var(), self.var(), self.var());
        let n = self.rng.range(0, 4);
        let e = self.small(scope);
        ln!(self, "var {fs} []func() int");
        if self.rng.chance(50) {
            ln!(self, "for {i} := 0; func() bool {{ {fs} = append({fs}, func() int {{ return {i} }}); return {i} < {n} }}(); func() {{ {i}++ }}() {{");
            ln!(self, "\tfmt.Println(\"{site} body\", {i})");
            self.line("}");
            self.feature("closures in a loop's condition and post statement");
        } else {
            let inner = self.rng.range(1, 3);
            let kw = *self.rng.pick(&["continue", "break"]);
            ln!(self, "{lbl}:");
            ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
            ln!(self, "\tfor {j} := range [{inner}]int{{}} {{");
            ln!(
                self,
                "\t\t{fs} = append({fs}, func() int {{ return {i}*10 + {j} + {e} }})"
            );
            ln!(self, "\t\tif {j} == {} {{", inner - 1);
            ln!(self, "\t\t\t{kw} {lbl}");
            self.line("\t\t}");
            self.line("\t}");
            self.line("}");
            self.feature("closures over the variables of labeled loops");
        }
        self.call_all(&fs, &site);
    }

    /// A struct range variable: one variable, copied into from each element; the closures, the
    /// addresses and the writes all see that variable, never the elements.
    fn closures_range_structs(&mut self, scope: &Scope) {
        let site = self.site();
        let (src, fs, ps, i, p, q) = (
            self.var(),
            self.var(),
            self.var(),
            self.var(),
            self.var(),
            self.var(),
        );
        let e = self.small(scope);
        let n = self.rng.range(1, 3);
        let elems: Vec<String> = (0..n)
            .map(|k| format!("{{{e} + {k}, {}}}", self.rng.range(0, 9)))
            .collect();
        let arr = self.rng.chance(40);
        if arr {
            ln!(self, "{src} := [{n}]Pair{{{}}}", elems.join(", "));
        } else {
            ln!(self, "{src} := []Pair{{{}}}", elems.join(", "));
        }
        ln!(self, "var {fs} []func() int");
        ln!(self, "var {ps} []*Pair");
        ln!(self, "for {i}, {p} := range {src} {{");
        ln!(
            self,
            "\t{fs} = append({fs}, func() int {{ return {p}.a*10 + {p}.b }})"
        );
        ln!(self, "\t{ps} = append({ps}, &{p})");
        ln!(self, "\t{src}[({i}+1)%{n}].b += 100");
        ln!(self, "\t{p}.a += 1000");
        if self.rng.chance(40) {
            ln!(
                self,
                "\tdefer func() {{ fmt.Println(\"{site} deferred closure sees\", {i}, {p}) }}()"
            );
        }
        ln!(self, "\tfmt.Println(\"{site} in loop\", {i}, {p}, {src})");
        self.line("}");
        self.call_all(&fs, &site);
        ln!(self, "for _, {q} := range {ps} {{");
        ln!(self, "\tfmt.Println(\"{site} through the pointer\", *{q})");
        self.line("}");
        ln!(self, "fmt.Println(\"{site} source\", {src})");
        self.feature(if arr {
            "closure over a struct range variable (array)"
        } else {
            "closure over a struct range variable (slice)"
        });
    }
}
