//! Method values and method expressions through embedded fields: the prelude's Base methods
//! promoted through Mid (by value), MidP (by pointer), Top (two levels), TopP (a pointer to a
//! Mid) and Wrap (an embedded interface); every embedded field after another field, so that
//! its offset is not 0, and Base larger than a word. A method value is bound when it is evaluated: a value receiver is copied then (through
//! an embedded pointer too), a pointer receiver is the address then; it is called later, deferred,
//! stored in a slice, after the original was modified or its embedded pointer replaced. A method
//! expression takes its receiver when called. Sometimes an embedded pointer is nil: evaluating
//! a method value that needs the value behind it panics, a pointer method's does not.

use super::{Gen, Scope};

impl Gen {
    pub(super) fn method_stmt(&mut self, scope: &Scope) {
        let site = self.site();
        let (o, p, t, tp) = (self.var(), self.var(), self.var(), self.var());
        let mut e = Vec::new();
        for _ in 0..4 {
            e.push(self.small(scope));
        }
        self.line("{");
        self.indent += 1;
        ln!(self, "{o} := Mid{{m: 1, Base: Base{{n: {}}}}}", e[0]);
        ln!(
            self,
            "{p} := MidP{{m: 2, Base: &Base{{n: {}, id: 'p'}}}}",
            e[1]
        );
        ln!(
            self,
            "{t} := Top{{t: 4, Mid: Mid{{m: 3, Base: Base{{n: {}, id: 't'}}}}}}",
            e[2]
        );
        ln!(
            self,
            "{tp} := TopP{{t: 6, Mid: &Mid{{m: 5, Base: Base{{n: {}}}}}}}",
            e[3]
        );
        let vals = [o.clone(), p.clone(), t.clone(), tp.clone()];
        for _ in 0..self.rng.range(2, 5) {
            self.method_action(&site, &vals);
        }
        ln!(
            self,
            "fmt.Println(\"{site} end\", {o}, {p}.n, {t}, {tp}.n, {tp}.m)"
        );
        if self.rng.chance(8) {
            self.nil_embedded(&site);
        }
        self.indent -= 1;
        self.line("}");
    }

    /// A write to the receivers after the method values were bound.
    fn method_modify(&mut self, vals: &[String]) {
        let [o, p, t, tp] = vals else { return };
        let d = self.rng.range(1, 50);
        match self.rng.below(9) {
            0 => ln!(self, "{o}.n += {d}"),
            1 => ln!(self, "{o}.Base = Base{{n: {d}, id: 'o'}}"),
            2 => ln!(self, "{p}.n += {d}"),
            3 => ln!(self, "{p}.Base = &Base{{n: {d}}}"),
            4 => ln!(self, "*{p}.Base = Base{{n: {d}, id: 'q'}}"),
            5 => ln!(self, "{t}.n, {t}.m = {d}, {d}"),
            6 => ln!(self, "{t}.Mid.Base.n++"),
            7 => ln!(self, "{tp}.n += {d}"),
            _ => ln!(self, "{tp}.Mid = &Mid{{m: {d}, Base: Base{{n: {d}}}}}"),
        }
    }

    fn method_action(&mut self, site: &str, vals: &[String]) {
        let [o, p, t, tp] = vals else { return };
        let (f, g) = (self.var(), self.var());
        let d = self.rng.range(1, 9);
        let mut which = self.rng.below(15);
        if which == 14 && self.rng.chance(70) {
            // It panics: rarely, so the snippet's other actions run.
            which = 0;
        }
        match which {
            12 => {
                // An embedded interface: the method value binds the interface's value now.
                let w = self.var();
                ln!(self, "{w} := Wrap{{w: {d}, Getter: {o}}}");
                ln!(self, "{f} := {w}.Get");
                ln!(self, "{g} := Wrap.Get");
                ln!(self, "{w}.Getter = &{t}");
                self.method_modify(vals);
                ln!(self, "fmt.Println(\"{site} embedded interface\", {f}(\"{site}/f\"), {w}.Get(\"{site}/w\"), {g}({w}, \"{site}/g\"))");
                self.feature("method value through an embedded interface");
            }
            13 => {
                // A map element (not addressable: value methods only) and a call's result.
                let m = self.var();
                ln!(self, "{m} := map[int]Mid{{1: {o}}}");
                ln!(self, "{f} := {m}[1].Get");
                ln!(self, "{g} := mkMid(\"{site}\", {d}).Get");
                ln!(self, "{m}[1] = Mid{{m: {d}, Base: Base{{n: {d}}}}}");
                self.method_modify(vals);
                ln!(self, "fmt.Println(\"{site} map element\", {f}(\"{site}/f\"), {g}(\"{site}/g\"), {m}[1].Get(\"{site}/m\"))");
                self.feature("method value of a map element or a call result");
            }
            14 => {
                // A method value of a nil interface panics when evaluated, of a nil *Mid
                // pointer-receiver method when called, of a nil *Mid value method when
                // evaluated.
                let (ni, np) = (self.var(), self.var());
                ln!(self, "var {np} *Mid");
                ln!(self, "{f} := {np}.Add");
                ln!(self, "_ = {f}");
                ln!(self, "fmt.Println(\"{site} bound Add on a nil *Mid\")");
                match self.rng.below(3) {
                    0 => {
                        ln!(self, "var {ni} Getter");
                        ln!(self, "{g} := {ni}.Get");
                        ln!(self, "fmt.Println(\"{site} never\", {g}(\"{site}\"))");
                    }
                    1 => {
                        ln!(self, "{g} := {np}.Get");
                        ln!(self, "fmt.Println(\"{site} never\", {g}(\"{site}\"))");
                    }
                    _ => ln!(self, "fmt.Println(\"{site} never\", {f}(\"{site}\", 1))"),
                }
                self.feature("method value with a nil receiver");
            }
            0..=2 => {
                // A method value through an embedded field, bound now, called after a change.
                let recv = self.rng.pick(vals).clone();
                let (method, call) = if self.rng.chance(50) {
                    ("Get", format!("{f}(\"{site}/{f}\")"))
                } else {
                    ("Add", format!("{f}(\"{site}/{f}\", {d})"))
                };
                let recv = if self.rng.chance(20) && (recv == *o || recv == *t) {
                    // Through a pointer to the outer struct: Get copies *ptr's field now.
                    ln!(self, "{g} := &{recv}");
                    g.clone()
                } else {
                    recv
                };
                ln!(self, "{f} := {recv}.{method}");
                self.method_modify(vals);
                if self.rng.chance(35) {
                    ln!(self, "defer {call}");
                    self.feature("deferred method value through an embedded field");
                } else {
                    ln!(self, "fmt.Println(\"{site} got\", {call})");
                }
                self.feature(if method == "Get" {
                    "method value (value receiver) through an embedded field"
                } else {
                    "method value (pointer receiver) through an embedded field"
                });
            }
            3 | 4 => {
                // A method expression: the receiver is an argument, taken at the call.
                let (expr, recv, args) = match self.rng.below(9) {
                    0 => ("Mid.Get", o.clone(), String::new()),
                    1 => ("(*Mid).Add", format!("&{o}"), format!(", {d}")),
                    2 => ("(*Mid).Get", format!("&{o}"), String::new()),
                    3 => ("MidP.Add", p.clone(), format!(", {d}")),
                    4 => ("MidP.Get", p.clone(), String::new()),
                    5 => ("Top.Get", t.clone(), String::new()),
                    6 => ("(*Top).Add", format!("&{t}"), format!(", {d}")),
                    7 => ("TopP.Add", tp.clone(), format!(", {d}")),
                    _ => ("TopP.Get", tp.clone(), String::new()),
                };
                ln!(self, "{f} := {expr}");
                self.method_modify(vals);
                if self.rng.chance(35) {
                    ln!(self, "defer {f}({recv}, \"{site}/{f}\"{args})");
                    self.feature("deferred method expression (receiver at the defer)");
                } else {
                    ln!(
                        self,
                        "fmt.Println(\"{site} got\", {f}({recv}, \"{site}/{f}\"{args}))"
                    );
                }
                self.feature("method expression of a promoted method");
            }
            5 => {
                // A defer statement evaluates the method value (and so its receiver) at once.
                let recv = self.rng.pick(vals).clone();
                if self.rng.chance(50) {
                    ln!(self, "defer {recv}.Get(\"{site} deferred\")");
                } else {
                    ln!(self, "defer {recv}.Add(\"{site} deferred\", {d})");
                }
                self.method_modify(vals);
                self.feature("defer of a promoted method");
            }
            6 => {
                // Stored in a slice, called after a change.
                ln!(
                    self,
                    "{f} := []func(string) int{{{o}.Get, {p}.Get, {t}.Get, {tp}.Get}}"
                );
                ln!(
                    self,
                    "{g} := []func(string, int) int{{{o}.Add, {p}.Add, {t}.Add, {tp}.Add}}"
                );
                self.method_modify(vals);
                self.method_modify(vals);
                let i = self.var();
                ln!(self, "for {i} := range {f} {{");
                ln!(self, "\tfmt.Println(\"{site} stored\", {i}, {f}[{i}](\"{site}/get\"), {g}[{i}](\"{site}/add\", {i}))");
                self.line("}");
                self.feature("method values stored in a slice");
            }
            7 => {
                // In a loop: Get copies each element, Add binds the one loop variable.
                let (m, i) = (self.var(), self.var());
                ln!(self, "var {f} []func(string) int");
                ln!(self, "var {g} []func(string, int) int");
                ln!(self, "for _, {m} := range []Mid{{{{m: 1, Base: Base{{n: 1}}}}, {{m: 2, Base: Base{{n: 2}}}}, {{m: 3, Base: Base{{n: {d}}}}}}} {{");
                ln!(self, "\t{f} = append({f}, {m}.Get)");
                ln!(self, "\t{g} = append({g}, {m}.Add)");
                self.line("}");
                ln!(self, "for {i} := range {f} {{");
                ln!(self, "\tfmt.Println(\"{site} loop\", {i}, {g}[{i}](\"{site}/add\", 10), {f}[{i}](\"{site}/get\"))");
                self.line("}");
                self.feature("method values of a range variable");
            }
            8 => {
                // Through interfaces: the interface holds a copy (or the pointer).
                let (gi, gp, ai, ap) = (self.var(), self.var(), self.var(), self.var());
                ln!(self, "var {gi} Getter = {o}");
                ln!(self, "var {gp} Getter = &{t}");
                ln!(self, "var {ai} Adder = &{o}");
                ln!(
                    self,
                    "var {ap} Adder = {}",
                    if self.rng.chance(50) { p } else { tp }
                );
                ln!(self, "{f} := {gi}.Get");
                ln!(self, "{g} := {ai}.Add");
                self.method_modify(vals);
                ln!(self, "fmt.Println(\"{site} interfaces\", {f}(\"{site}/f\"), {gi}.Get(\"{site}/gi\"), {gp}.Get(\"{site}/gp\"), {g}(\"{site}/g\", {d}), {ap}.Add(\"{site}/ap\", {d}))");
                self.feature("method values of interfaces holding embedding structs");
            }
            9 => {
                // Name is Mid's own at depth 0 of Mid, shadowing Base's.
                ln!(self, "{f} := {t}.Name");
                ln!(self, "{g} := {tp}.Base.Name");
                self.method_modify(vals);
                ln!(self, "fmt.Println(\"{site} names\", {f}(), {g}(), {o}.Name(), {o}.Base.Name(), {p}.Name(), {tp}.Name(), Top.Name({t}))");
                self.feature("shadowed promoted method values");
            }
            10 => {
                // An element of a slice: Add binds the element's address; the append moves the
                // slice to a new array, the bound pointer stays with the old one.
                let (ms, i) = (self.var(), self.var());
                ln!(self, "{ms} := []Mid{{{o}, {{m: 7, Base: Base{{n: {d}}}}}}}");
                ln!(self, "{i} := {}", self.rng.range(0, 1));
                ln!(self, "{f}, {g} := {ms}[{i}].Get, {ms}[{i}].Add");
                ln!(self, "{ms}[{i}].n += 100");
                if self.rng.chance(50) {
                    ln!(self, "{ms} = append({ms}, Mid{{}})");
                }
                ln!(self, "fmt.Println(\"{site} element\", {f}(\"{site}/get\"), {g}(\"{site}/add\", 1), {ms})");
                self.feature("method values of slice elements");
            }
            _ => {
                // Called by a goroutine that main waits for.
                let c = self.var();
                ln!(
                    self,
                    "{f} := {}.Add",
                    if self.rng.chance(50) { p } else { o }
                );
                self.method_modify(vals);
                ln!(self, "{c} := make(chan int)");
                ln!(
                    self,
                    "go func() {{ {c} <- {f}(\"{site} goroutine\", {d}) }}()"
                );
                ln!(self, "fmt.Println(\"{site} from the goroutine\", <-{c})");
                self.feature("method value called by a goroutine");
            }
        }
    }

    /// A nil embedded pointer: the pointer method's value binds nil (the call panics), the
    /// value method's evaluation panics at once.
    fn nil_embedded(&mut self, site: &str) {
        let (q, f, g) = (self.var(), self.var(), self.var());
        ln!(self, "var {q} MidP");
        ln!(self, "{f} := {q}.Add");
        ln!(
            self,
            "fmt.Println(\"{site} bound Add on a nil embedded pointer\")"
        );
        if self.rng.chance(50) {
            ln!(self, "{g} := {q}.Get");
            ln!(self, "fmt.Println(\"{site} never\", {g}(\"{site}\"))");
            self.feature("method value through a nil embedded pointer (panics at evaluation)");
        }
        ln!(self, "fmt.Println(\"{site} never\", {f}(\"{site}\", 1))");
        self.feature("method value through a nil embedded pointer");
    }
}
