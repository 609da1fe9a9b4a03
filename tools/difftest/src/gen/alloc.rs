//! Allocation-heavy snippets, for the garbage collector: heap data built and dropped in many
//! shapes while some of it stays alive across further allocation and explicit `runtime.GC()`
//! calls, then is read back and printed as deterministic checksums. This module owns the
//! allocation prelude (ALLOC_PRELUDE: the Node, Cell, Rec, Big and HeapErr types, their
//! builders and checksums, the `sink` globals and the allocation budget) and these snippets:
//!
//! - linked lists (some nodes unlinked, the head dropped while a pointer into the middle stays)
//!   and binary trees (a long-lived tree beside short-lived ones, subtrees swapped between them);
//! - slices of pointers grown by append, of which only a subslice, `&s[i]` or one element is kept;
//!   slices and arrays of structs with pointer fields, kept through interior pointers;
//! - records mixing every kind of field (strings, slices, maps, pointers, interfaces, closures,
//!   channels, ints, an array of structs), stored in slices that are partly cleared;
//! - maps with pointer, string, slice and interface values under inserts, overwrites and
//!   deletes (summed, never printed in iteration order);
//! - strings built by concatenation and fmt.Sprint in loops, substrings of them kept;
//! - closures and method values capturing heap data, called after the data's other references
//!   are gone; interface boxes holding structs, pointers, slices and funcs;
//! - buffered channels holding pointers, structs and interfaces;
//! - goroutines holding the only reference to data while main allocates and waits on a channel
//!   (or feeding main through an unbuffered channel: only main prints, nothing else is shared);
//! - values held only by the arguments and receivers of deferred calls (which may run while a
//!   panic unwinds), or only by a panic value recovered later, with garbage made and collected
//!   by deferred calls that run during the panic;
//! - large objects (over 32 KiB: structs with pointers at both ends, pointer slices, byte
//!   slices) and values kept by a deferred closure until the function returns.
//!
//! Sizes are moderate (tens to a few thousand allocations a snippet, divided by the loops around
//! it) and every loop count goes through the prelude's `allocN`/`allocD`, a dynamic budget per
//! program: past it every snippet asks for little, so a program stays fast however often its
//! functions are called, under `DEFERC_GCSTRESS=1` (a collection at every allocation) too.
//! Nothing depends on what Go leaves open: no pointer is printed, maps are only summed, no
//! finalizers or MemStats, and a goroutine touches the globals (`sink`, the budget) only while
//! main is blocked waiting for it.

use super::{Gen, Scope};

/// Appended to the prelude of every program (unused types and functions are legal Go).
pub(super) const ALLOC_PRELUDE: &str = r#"
// The heap shapes of the allocation snippets (tools/difftest/src/gen/alloc.rs): pointers beside
// scalars at many offsets, in structs, arrays of structs, interfaces, closures and large objects.

// Node is a list cell and a tree node.
type Node struct {
	val         int
	next        *Node
	left, right *Node
	name        string
}

// Sum is a pointer method: a method value of it holds the node.
func (n *Node) Sum() int { return listSum(n) }

// Show is deferred with a receiver that nothing else holds.
func (n *Node) Show(label string) { fmt.Println(label, "Node.Show", listSum(n), treeSum(n)) }

// Cell has its pointer after a scalar and a string.
type Cell struct {
	k int
	s string
	p *Node
}

// Key is a value method: a method value of it holds a copy of the Cell.
func (c Cell) Key() int {
	if c.p == nil {
		return c.k + len(c.s)
	}
	return c.k + len(c.s) + c.p.val
}

// Rec mixes every kind of field.
type Rec struct {
	id    int
	name  string
	tags  []string
	m     map[string]int
	p     *Node
	v     interface{}
	cells [3]Cell
	f     func() int
	data  []int
	flag  bool
	ch    chan *Node
}

// Big is a large object (over 32 KiB) with pointers before and after its scalars.
type Big struct {
	head *Node
	nums [4200]int
	tail *Node
	s    string
}

// HeapErr is a panic value whose message is computed from the heap data only it holds.
type HeapErr struct {
	l    *Node
	tags []string
}

func (e *HeapErr) Error() string { return fmt.Sprint("HeapErr ", listSum(e.l), " ", len(e.tags)) }

// sink and sinks keep garbage reachable from globals until the next store.
var sink interface{}

var sinks [4]interface{}

// allocWork counts the allocations of the snippets so far: past allocLimit each one asks for
// little, so no program runs long however often its functions are called.
var allocWork int

const allocLimit = 30000

// allocN is the count of a loop whose iterations allocate about w objects each.
func allocN(n, w int) int {
	if allocWork > allocLimit {
		n = n/50 + 1
	}
	allocWork += n * w
	return n
}

// allocD is allocN for the depth of a tree (2^(d+1)-1 nodes).
func allocD(d int) int {
	if allocWork > allocLimit {
		d = 1
	}
	allocWork += 2 << d
	return d
}

func mkList(n, v int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{val: v + i, next: h}
	}
	return h
}

func mkNamedList(n, v int) *Node {
	var h *Node
	for i := 0; i < n; i++ {
		h = &Node{val: v - i, next: h, name: fmt.Sprint("n", i)}
	}
	return h
}

func listSum(h *Node) int {
	s := 0
	for ; h != nil; h = h.next {
		s = (s*31 + h.val + len(h.name)) % 1000003
	}
	return s
}

func mkTree(d, v int) *Node {
	if d <= 0 {
		return &Node{val: v}
	}
	return &Node{val: v, left: mkTree(d-1, 2*v+1), right: mkTree(d-1, 2*v+2)}
}

func treeSum(t *Node) int {
	if t == nil {
		return 0
	}
	return (t.val%1000 + 3*treeSum(t.left) + 7*treeSum(t.right)) % 1000003
}

func strSum(s string) int {
	h := len(s)
	for i := 0; i < len(s); i++ {
		h = (h*131 + int(s[i])) % 1000003
	}
	return h
}

// recSum reads every field of a record (a map's entries are summed: order does not show).
func recSum(r *Rec) int {
	if r == nil {
		return 0
	}
	s := r.id*7 + strSum(r.name) + len(r.tags) + len(r.data) + listSum(r.p) + boxSum(r.v) + len(r.ch)
	for _, t := range r.tags {
		s += strSum(t)
	}
	for k, v := range r.m {
		s += strSum(k) * v
	}
	for _, c := range r.cells {
		s += c.Key()
	}
	for _, d := range r.data {
		s += d
	}
	if r.f != nil {
		s += r.f()
	}
	if r.flag {
		s++
	}
	return s % 1000003
}

// boxSum reads what an interface holds.
func boxSum(v interface{}) int {
	switch x := v.(type) {
	case nil:
		return 1
	case int:
		return x
	case string:
		return strSum(x)
	case *Node:
		return listSum(x) + treeSum(x) + 3
	case Cell:
		return x.Key() + 5
	case *Rec:
		return recSum(x) + 7
	case Rec:
		return recSum(&x) + 11
	case []int:
		s := len(x)
		for _, y := range x {
			s += y
		}
		return s
	case []*Node:
		s := len(x)
		for _, n := range x {
			s += listSum(n)
		}
		return s
	case Pair:
		return x.a*3 + x.b
	case [3]Cell:
		return x[0].Key() + x[1].Key()*2 + x[2].Key()*3
	case error:
		return strSum(x.Error())
	case func() int:
		return x()
	case *Big:
		if x == nil {
			return 13
		}
		return x.nums[17] + listSum(x.head) + listSum(x.tail) + strSum(x.s)
	case map[int]string:
		s := len(x)
		for k, w := range x {
			s += k * strSum(w)
		}
		return s
	default:
		return -1
	}
}

func boxesSum(xs []interface{}) int {
	s := 0
	for i, x := range xs {
		s = (s + (i+1)*boxSum(x)) % 1000003
	}
	return s
}
"#;

impl Gen {
    pub(super) fn alloc_stmt(&mut self, scope: &Scope) {
        self.feature("allocation snippet");
        if self.rng.chance(8) {
            // A value kept by a deferred closure until the function returns, while the rest of
            // the function (other snippets) allocates: not in a block of its own.
            self.alloc_kept_to_return(scope);
            return;
        }
        if self.rng.chance(5) {
            self.line("runtime.GC()");
            self.feature("alloc: runtime.GC() alone");
            return;
        }
        self.line("{");
        self.indent += 1;
        match self.rng.below(16) {
            0 | 1 => self.alloc_list(scope),
            2 => self.alloc_trees(scope),
            3 => self.alloc_pointer_slice(scope),
            4 => self.alloc_struct_slice(scope),
            5 => self.alloc_records(scope),
            6 => self.alloc_maps(scope),
            7 => self.alloc_strings(scope),
            8 => self.alloc_closures(scope),
            9 => self.alloc_interfaces(scope),
            10 => self.alloc_channels(scope),
            11 => self.alloc_goroutine(scope),
            12 => self.alloc_deferred_args(scope),
            13 => self.alloc_panic_value(scope),
            14 => self.alloc_large(scope),
            _ => self.alloc_goroutine_feeds(scope),
        }
        self.indent -= 1;
        self.line("}");
    }

    /// `allocN(k, w)`: k in lo..=hi divided by the loops around the snippet (at least 1), the
    /// count of a loop whose iterations make about `w` allocations.
    fn alloc_count(&mut self, scope: &Scope, lo: i64, hi: i64, w: u64) -> String {
        let k = (self.rng.range(lo, hi) / scope.loop_mult as i64).max(1);
        format!("allocN({k}, {w})")
    }

    fn maybe_gc(&mut self, percent: u64) {
        if self.rng.chance(percent) {
            self.line("runtime.GC()");
            self.feature("alloc: runtime.GC()");
        }
    }

    /// One statement making garbage (into the `sink` globals) of a random shape, and about how
    /// many allocations it makes; `i` is an int in scope.
    fn garbage_expr(&mut self, i: &str) -> (String, u64) {
        match self.rng.below(10) {
            0 => (format!("sink = &Node{{val: {i}}}"), 1),
            1 => (format!("sink = fmt.Sprint(\"garbage\", {i})"), 2),
            2 => (
                format!("sinks[{i}%4] = make([]int, {i}%{})", self.rng.range(8, 700)),
                1,
            ),
            3 => (format!("sink = mkTree(2, {i})"), 7),
            4 => (
                format!("sink = []*Node{{{{val: {i}}}, nil, {{val: {i} + 1}}}}"),
                3,
            ),
            5 => (
                format!("sink = map[int]string{{{i}: \"g\", {i} + 1: \"h\"}}"),
                3,
            ),
            6 => (format!("sink = Cell{{{i}, \"g\", &Node{{val: {i}}}}}"), 2),
            7 => (
                format!("sinks[{i}%4] = []string{{\"a\", fmt.Sprint({i})}}"),
                3,
            ),
            8 => (format!("sink = func() int {{ return {i} }}"), 2),
            _ => (format!("sink = &Rec{{id: {i}, p: &Node{{}}}}"), 2),
        }
    }

    /// A loop making garbage (sometimes large objects), then maybe a collection.
    fn garbage(&mut self, scope: &Scope) {
        let i = self.var();
        if self.rng.chance(15) {
            // Large garbage: byte slices or Bigs over 32 KiB.
            let n = self.alloc_count(scope, 1, 6, 1);
            let e = if self.rng.chance(50) {
                format!("sink = make([]byte, 33000+{i}*{})", self.rng.range(1, 2000))
            } else {
                format!("sink = &Big{{s: fmt.Sprint({i})}}")
            };
            ln!(self, "for {i}, n := 0, {n}; {i} < n; {i}++ {{");
            ln!(self, "\t{e}");
            self.line("}");
            self.feature("alloc: large garbage");
        } else {
            let (e, mut w) = self.garbage_expr(&i);
            let mut body = vec![e];
            if self.rng.chance(30) {
                let (e, w2) = self.garbage_expr(&i);
                body.push(e);
                w += w2;
            }
            let n = self.alloc_count(scope, 20, 600, w);
            ln!(self, "for {i}, n := 0, {n}; {i} < n; {i}++ {{");
            for e in body {
                ln!(self, "\t{e}");
            }
            self.line("}");
        }
        self.maybe_gc(50);
    }

    fn alloc_list(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, l, mid, i, p] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 20, 2000, 2);
        let m = self.rng.range(1, 5);
        ln!(self, "{n} := {cnt}");
        ln!(self, "var {l} *Node");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        if self.rng.chance(40) {
            ln!(
                self,
                "\t{l} = &Node{{val: {i}*{m} + {e}, next: {l}, name: fmt.Sprint(\"n\", {i}%100)}}"
            );
        } else {
            ln!(self, "\t{l} = &Node{{val: {i}*{m} + {e}, next: {l}}}");
        }
        if self.rng.chance(40) {
            let (g, _) = self.garbage_expr(&i);
            ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(2, 20));
            ln!(self, "\t\t{g}");
            self.line("\t}");
        }
        self.line("}");
        // A pointer into the middle: it alone keeps the tail once the head is dropped.
        ln!(self, "{mid} := {l}");
        ln!(self, "for {i} := 0; {i} < {n}/2; {i}++ {{");
        ln!(self, "\t{mid} = {mid}.next");
        self.line("}");
        if self.rng.chance(40) {
            let k = self.rng.range(2, 5);
            ln!(
                self,
                "for {p} := {l}; {p} != nil && {p}.next != nil; {p} = {p}.next {{"
            );
            ln!(self, "\tif {p}.next.val%{k} == 0 {{");
            ln!(self, "\t\t{p}.next = {p}.next.next");
            self.line("\t}");
            self.line("}");
            self.feature("alloc: list nodes unlinked");
        }
        if self.rng.chance(50) {
            self.garbage(scope);
        }
        self.maybe_gc(30);
        ln!(
            self,
            "fmt.Println(\"{site} list\", {n}, listSum({l}), listSum({mid}))"
        );
        ln!(self, "{l} = nil");
        self.garbage(scope);
        ln!(
            self,
            "fmt.Println(\"{site} list tail\", listSum({mid}), {mid}.val)"
        );
        self.feature("alloc: linked list");
    }

    fn alloc_trees(&mut self, scope: &Scope) {
        let site = self.site();
        let [long, n, chk, i, t] = self.vars();
        let e = self.small(scope);
        let d1 = self.rng.range(2, 10);
        let d2 = self.rng.range(1, 6);
        let cnt = self.alloc_count(scope, 2, 40, 1);
        ln!(self, "{long} := mkTree(allocD({d1}), {e})");
        ln!(self, "{n} := {cnt}");
        ln!(self, "{chk} := 0");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        ln!(self, "\t{t} := mkTree(allocD({d2}), {i})");
        ln!(self, "\t{chk} += treeSum({t})");
        if self.rng.chance(40) {
            // The long-lived tree takes a subtree of a short-lived one, and gives one away.
            ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(2, 4));
            ln!(self, "\t\t{long}.left, {t}.right = {t}.right, {long}.left");
            ln!(self, "\t\tsink = {t}");
            self.line("\t}");
            self.feature("alloc: subtrees moved between trees");
        }
        if self.rng.chance(20) {
            ln!(self, "\tif {i}%{} == 1 {{", self.rng.range(3, 9));
            self.line("\t\truntime.GC()");
            self.line("\t}");
        }
        self.line("}");
        self.maybe_gc(40);
        ln!(
            self,
            "fmt.Println(\"{site} trees\", {n}, {chk}, treeSum({long}))"
        );
        self.feature("alloc: binary trees");
    }

    fn alloc_pointer_slice(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, ps, i, sub, q, one, s, p] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 10, 3000, 2);
        ln!(self, "{n} := {cnt}");
        if self.rng.chance(30) {
            ln!(self, "{ps} := make([]*Node, 0, {n}/4)");
        } else {
            ln!(self, "var {ps} []*Node");
        }
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        if self.rng.chance(40) {
            ln!(
                self,
                "\t{ps} = append({ps}, &Node{{val: {i} + {e}, name: fmt.Sprint({i})}})"
            );
        } else {
            ln!(self, "\t{ps} = append({ps}, &Node{{val: {i} + {e}}})");
        }
        if self.rng.chance(30) {
            ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(2, 9));
            ln!(self, "\t\t{ps}[{i}/2] = nil");
            self.line("\t}");
        }
        self.line("}");
        if self.rng.chance(50) {
            ln!(self, "{sub} := {ps}[{n}/3 : {n}/2]");
        } else {
            ln!(self, "{sub} := {ps}[{n}/3 : {n}/2 : {n}/2]");
            self.feature("alloc: three-index subslice");
        }
        // Interior pointers into the backing array, and one element.
        ln!(self, "{q} := &{ps}[{n}-1]");
        ln!(self, "{one} := {ps}[{n}*3/4]");
        ln!(self, "{ps} = nil");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        ln!(self, "for _, {p} := range {sub} {{");
        ln!(self, "\tif {p} != nil {{");
        ln!(self, "\t\t{s} += {p}.val + len({p}.name)");
        self.line("\t}");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} pointers\", len({sub}), {s}, listSum(*{q}), listSum({one}))"
        );
        if self.rng.chance(40) {
            // Appending to the subslice writes the dropped backing array (or copies it).
            ln!(
                self,
                "{sub} = append({sub}, &Node{{val: 7}}, &Node{{val: 8}})"
            );
            self.garbage(scope);
            ln!(
                self,
                "fmt.Println(\"{site} after append\", len({sub}), listSum({sub}[len({sub})-1]), listSum(*{q}))"
            );
        }
        self.feature("alloc: slice of pointers, interior pointers kept");
    }

    fn alloc_struct_slice(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, cs, i, cp, pp, sub, s] = self.vars();
        let e = self.small(scope);
        if self.rng.chance(30) {
            // An array of structs with pointers: over 32 KiB when k > 1024.
            let k = self.rng.range(10, 1400);
            let step = self.rng.range(1, 7);
            // Filled up to allocN's count: past the budget, mostly zero Cells.
            ln!(self, "{cs} := new([{k}]Cell)");
            ln!(
                self,
                "for {i}, n := 0, allocN({k}, 3); {i} < n; {i} += {step} {{"
            );
            ln!(
                self,
                "\t{cs}[{i}] = Cell{{{i}, fmt.Sprint({i}%10), &Node{{val: {i} + {e}}}}}"
            );
            self.line("}");
            ln!(self, "{cp} := &{cs}[{}]", (k - 1) / step * step);
            ln!(self, "{pp} := &{cs}[0].p");
            ln!(self, "{cs} = nil");
            self.garbage(scope);
            ln!(
                self,
                "fmt.Println(\"{site} array of cells\", {cp}.Key(), listSum(*{pp}))"
            );
            self.feature("alloc: array of structs with pointers");
            return;
        }
        let cnt = self.alloc_count(scope, 10, 1500, 3);
        ln!(self, "{n} := {cnt}");
        if self.rng.chance(40) {
            ln!(self, "{cs} := make([]Cell, 0, {})", self.rng.range(0, 8));
        } else {
            ln!(self, "var {cs} []Cell");
        }
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        ln!(
            self,
            "\t{cs} = append({cs}, Cell{{{i}, fmt.Sprint(\"c\", {i}%100), &Node{{val: {i}*2 + {e}}}}})"
        );
        self.line("}");
        ln!(self, "{cp} := &{cs}[{n}/2]");
        ln!(self, "{pp} := &{cs}[{n}-1].p");
        ln!(self, "{sub} := {cs}[{n}/3 : {n}/2]");
        ln!(self, "{cs} = nil");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        ln!(self, "for {i} := range {sub} {{");
        ln!(self, "\t{s} += {sub}[{i}].Key()");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} cells\", len({sub}), {s}, {cp}.Key(), listSum(*{pp}))"
        );
        self.feature("alloc: slice of structs, interior pointers kept");
    }

    fn alloc_records(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, rs, i, rr, keep, q, s, p] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 5, 300, 12);
        let by_value = self.rng.chance(30);
        ln!(self, "{n} := {cnt}");
        if by_value {
            ln!(self, "var {rs} []Rec");
        } else {
            ln!(self, "var {rs} []*Rec");
        }
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        self.indent += 1;
        ln!(
            self,
            "{rr} := &Rec{{id: {i} + {e}, name: fmt.Sprint(\"r\", {i})}}"
        );
        if self.rng.chance(60) {
            ln!(self, "{rr}.tags = []string{{\"t\", fmt.Sprint({i}%7)}}");
        }
        if self.rng.chance(50) {
            ln!(
                self,
                "{rr}.m = map[string]int{{\"k\": {i}, fmt.Sprint({i}%{}): 2}}",
                self.rng.range(2, 9)
            );
        }
        if self.rng.chance(60) {
            ln!(self, "{rr}.p = mkList({i}%{}, {i})", self.rng.range(1, 8));
        }
        if self.rng.chance(60) {
            ln!(
                self,
                "{rr}.cells[{i}%3] = Cell{{{i}, fmt.Sprint({i}), &Node{{val: -{i}}}}}"
            );
        }
        if self.rng.chance(40) {
            ln!(
                self,
                "{rr}.f = func() int {{ return {rr}.id*2 + len({rr}.name) }}"
            );
        }
        if self.rng.chance(40) {
            ln!(
                self,
                "{rr}.data = make([]int, {i}%{})",
                self.rng.range(2, 700)
            );
            ln!(self, "if len({rr}.data) > 0 {{");
            ln!(self, "\t{rr}.data[len({rr}.data)-1] = {i}");
            self.line("}");
        }
        if self.rng.chance(25) {
            ln!(self, "{rr}.ch = make(chan *Node, 2)");
            ln!(self, "{rr}.ch <- &Node{{val: {i}}}");
        }
        if self.rng.chance(60) {
            let k = self.rng.range(2, 6);
            ln!(self, "switch {i} % {k} {{");
            let vals = [
                format!("Pair{{{i}, 2}}"),
                format!("&Node{{val: {i}}}"),
                format!("Cell{{1, \"c\", &Node{{val: {i}}}}}"),
                format!("[3]Cell{{{{1, \"a\", nil}}, {{2, \"b\", &Node{{}}}}, {{3, \"c\", &Node{{val: {i}}}}}}}"),
                format!("&HeapErr{{mkList(3, {i}), nil}}"),
                format!("[]int{{{i}, {i} * 2}}"),
            ];
            for c in 0..k {
                let v = self.rng.pick(&vals).clone();
                ln!(self, "case {c}:");
                ln!(self, "\t{rr}.v = {v}");
            }
            self.line("}");
        }
        if self.rng.chance(30) {
            ln!(self, "{rr}.flag = {i}%2 == 0");
        }
        if by_value {
            ln!(self, "{rs} = append({rs}, *{rr})");
        } else {
            ln!(self, "{rs} = append({rs}, {rr})");
            if self.rng.chance(40) {
                ln!(self, "if {i}%{} == 0 {{", self.rng.range(2, 6));
                ln!(self, "\t{rs}[{i}/2] = nil");
                self.line("}");
            }
        }
        self.indent -= 1;
        self.line("}");
        ln!(self, "{keep} := {rs}[{n}/3 : {n}/2]");
        ln!(self, "{q} := &{rs}[{n}-1]");
        ln!(self, "{rs} = nil");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        let (get, q_get) = if by_value {
            (format!("recSum(&{p})"), format!("recSum({q})"))
        } else {
            (format!("recSum({p})"), format!("recSum(*{q})"))
        };
        ln!(self, "for _, {p} := range {keep} {{");
        ln!(self, "\t{s} += {get}");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} records\", len({keep}), {s}, {q_get})"
        );
        self.feature(if by_value {
            "alloc: records with every kind of field (by value)"
        } else {
            "alloc: records with every kind of field (pointers)"
        });
    }

    fn alloc_maps(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, i, s, k, v] = self.vars();
        let e = self.small(scope);
        let keys = self.rng.range(3, 400);
        // Which maps (at least one): pointer, slice, string and interface values.
        let mut kinds: Vec<u64> = (0..4).filter(|_| self.rng.chance(45)).collect();
        if kinds.is_empty() {
            kinds.push(self.rng.below(4));
        }
        let w = kinds.iter().map(|k| [1, 2, 3, 2][*k as usize]).sum();
        let cnt = self.alloc_count(scope, 20, 1500, w);
        ln!(self, "{n} := {cnt}");
        let names: Vec<String> = kinds.iter().map(|_| self.var()).collect();
        for (&kind, m) in kinds.iter().zip(&names) {
            let hint = if self.rng.chance(30) {
                format!(", {}", self.rng.range(0, 64))
            } else {
                String::new()
            };
            match kind {
                0 => ln!(self, "{m} := make(map[int]*Node{hint})"),
                1 => ln!(self, "{m} := make(map[string][]int{hint})"),
                2 => ln!(self, "{m} := make(map[string]string{hint})"),
                _ => ln!(self, "{m} := make(map[int]interface{{}}{hint})"),
            }
        }
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        self.indent += 1;
        let del = self.rng.range(2, 7);
        for (&kind, m) in kinds.iter().zip(&names) {
            match kind {
                0 => {
                    ln!(
                        self,
                        "{m}[{i}%{keys}] = &Node{{val: {i} + {e}, next: {m}[({i}+1)%{keys}]}}"
                    );
                    ln!(self, "if {i}%{del} == 0 {{");
                    ln!(self, "\tdelete({m}, ({i}*7)%{keys})");
                    self.line("}");
                }
                1 => {
                    ln!(self, "{k} := fmt.Sprint(\"k\", {i}%{keys})");
                    ln!(self, "{m}[{k}] = append({m}[{k}], {i})");
                    ln!(self, "if {i}%{del} == 0 {{");
                    ln!(self, "\tdelete({m}, fmt.Sprint(\"k\", ({i}*3)%{keys}))");
                    self.line("}");
                }
                2 => {
                    ln!(
                        self,
                        "{m}[fmt.Sprint({i}%{keys})] = fmt.Sprint(\"v\", {i}, \"-\", {e})"
                    );
                    ln!(self, "if {i}%{del} == 1 {{");
                    ln!(self, "\tdelete({m}, fmt.Sprint(({i}*5)%{keys}))");
                    self.line("}");
                }
                _ => {
                    ln!(self, "switch {i} % 3 {{");
                    ln!(self, "case 0:");
                    ln!(
                        self,
                        "\t{m}[{i}%{keys}] = Cell{{{i}, \"m\", &Node{{val: {i}}}}}"
                    );
                    ln!(self, "case 1:");
                    ln!(self, "\t{m}[{i}%{keys}] = mkList(2, {i})");
                    ln!(self, "default:");
                    ln!(self, "\t{m}[{i}%{keys}] = fmt.Sprint({i})");
                    self.line("}");
                    ln!(self, "if {i}%{del} == 2 {{");
                    ln!(self, "\tdelete({m}, ({i}*11)%{keys})");
                    self.line("}");
                }
            }
        }
        self.indent -= 1;
        self.line("}");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        let mut lens = Vec::new();
        for (&kind, m) in kinds.iter().zip(&names) {
            ln!(self, "for {k}, {v} := range {m} {{");
            match kind {
                0 => ln!(self, "\t{s} += {k} * listSum({v})"),
                1 => ln!(self, "\t{s} += strSum({k})*len({v}) + {v}[len({v})-1]"),
                2 => ln!(self, "\t{s} += strSum({k}) ^ strSum({v})"),
                _ => ln!(self, "\t{s} += ({k} + 1) * boxSum({v})"),
            }
            self.line("}");
            lens.push(format!("len({m})"));
        }
        ln!(
            self,
            "fmt.Println(\"{site} maps\", {}, {s})",
            lens.join(", ")
        );
        if kinds[0] == 0 && self.rng.chance(50) {
            let m = &names[0];
            ln!(
                self,
                "if {v}, ok := {m}[{}]; ok {{",
                self.rng.range(0, keys - 1)
            );
            ln!(self, "\tfmt.Println(\"{site} lookup\", listSum({v}))");
            self.line("} else {");
            ln!(self, "\tfmt.Println(\"{site} lookup missing\")");
            self.line("}");
        }
        self.feature("alloc: maps with inserts and deletes");
    }

    fn alloc_strings(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, s, parts, i, head, t, p, sum] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 20, 1500, 3);
        ln!(self, "{n} := {cnt}");
        ln!(self, "{s} := \"\"");
        ln!(self, "var {parts} []string");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        let piece = match self.rng.below(5) {
            0 => format!("fmt.Sprint({i}%10)"),
            1 => format!("string(rune('a' + {i}%26))"),
            2 => format!("fmt.Sprintf(\"%d,\", {i}+{e})"),
            3 => format!("fmt.Sprint(Pair{{{i}, {e}}})"),
            _ => "\"xy\"".to_string(),
        };
        ln!(self, "\t{s} += {piece}");
        ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(5, 100));
        ln!(self, "\t\t{parts} = append({parts}, {s}[len({s})/2:])");
        self.line("\t}");
        if self.rng.chance(30) {
            // Dropping the front: the kept substring holds the old string.
            ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(20, 300));
            ln!(self, "\t\t{s} = {s}[len({s})/3:]");
            self.line("\t}");
            self.feature("alloc: substrings of dropped strings");
        }
        self.line("}");
        ln!(self, "{head} := {s}[:len({s})/4]");
        if self.rng.chance(40) {
            ln!(self, "{t} := []byte({s})");
            ln!(self, "for {i} := range {t} {{");
            ln!(self, "\t{t}[{i}] ^= 1");
            self.line("}");
            ln!(self, "{parts} = append({parts}, string({t}))");
        }
        ln!(self, "{s} = \"\"");
        self.garbage(scope);
        ln!(self, "{sum} := 0");
        ln!(self, "for _, {p} := range {parts} {{");
        ln!(self, "\t{sum} += strSum({p})");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} strings\", len({parts}), {sum}, len({head}), strSum({head}), len({s}))"
        );
        self.feature("alloc: strings built in loops");
    }

    fn alloc_closures(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, fs, i, l, data, j, total, f, cnt] = self.vars();
        let e = self.small(scope);
        let count = self.alloc_count(scope, 5, 300, 8);
        ln!(self, "{n} := {count}");
        ln!(self, "var {fs} []func() int");
        ln!(self, "{cnt} := new(int)");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        self.indent += 1;
        ln!(self, "{j} := {i}");
        ln!(
            self,
            "{l} := mkList({i}%{}+1, {i}+{e})",
            self.rng.range(1, 9)
        );
        ln!(
            self,
            "{data} := make([]int, {i}%{}+1)",
            self.rng.range(1, 800)
        );
        ln!(self, "{data}[len({data})-1] = {j}");
        match self.rng.below(4) {
            0 => {
                ln!(self, "{fs} = append({fs}, {l}.Sum)");
                ln!(self, "{fs} = append({fs}, Cell{{{j}, \"m\", {l}}}.Key)");
                self.feature("alloc: method values holding heap data");
            }
            1 => {
                ln!(self, "{fs} = append({fs}, func() int {{");
                ln!(self, "\t*{cnt}++");
                ln!(
                    self,
                    "\treturn listSum({l})*3 + {data}[len({data})-1] + *{cnt}"
                );
                self.line("})");
            }
            _ => {
                ln!(
                    self,
                    "{fs} = append({fs}, func() int {{ return listSum({l}) + {data}[len({data})-1]*{j} }})"
                );
            }
        }
        if self.rng.chance(30) {
            let (g, _) = self.garbage_expr(&j);
            ln!(self, "{g}");
        }
        self.indent -= 1;
        self.line("}");
        self.garbage(scope);
        ln!(self, "{total} := 0");
        ln!(self, "for _, {f} := range {fs} {{");
        ln!(self, "\t{total} = ({total}*7 + {f}()) % 1000003");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} closures\", len({fs}), {total}, *{cnt})"
        );
        self.feature("alloc: closures capturing heap data");
    }

    fn alloc_interfaces(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, b, i, sh] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 10, 800, 3);
        let all = [
            format!("Cell{{{i}, fmt.Sprint({i}), &Node{{val: {i}}}}}"),
            format!("&Node{{val: {i} + {e}, name: \"b\"}}"),
            format!("fmt.Sprint(\"s\", {i})"),
            format!("[]int{{{i}, {i} + 1}}"),
            format!("{i} * 1000"),
            format!("Rec{{id: {i}, p: &Node{{val: {i}}}, tags: []string{{\"x\"}}}}"),
            format!("&Rec{{id: {i}, name: fmt.Sprint({i}), v: Pair{{{i}, 1}}}}"),
            format!("Pair{{{i}, {e}}}"),
            format!("[3]Cell{{{{{i}, \"a\", nil}}, {{1, \"b\", &Node{{val: {i}}}}}, {{}}}}"),
            format!("[]*Node{{mkList(2, {i}), nil}}"),
            "func() int { return 42 }".to_string(),
            format!("&HeapErr{{mkList({i}%5, {i}), []string{{\"e\"}}}}"),
        ];
        let k = self.rng.range(2, 6) as usize;
        let mut shapes = Vec::new();
        for _ in 0..k {
            shapes.push(self.rng.pick(&all).clone());
        }
        ln!(self, "{n} := {cnt}");
        ln!(self, "var {b} []interface{{}}");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        ln!(self, "\tswitch {i} % {k} {{");
        for (c, v) in shapes.iter().enumerate() {
            ln!(self, "\tcase {c}:");
            ln!(self, "\t\t{b} = append({b}, {v})");
        }
        self.line("\t}");
        if self.rng.chance(30) {
            ln!(self, "\tif {i}%{} == 0 {{", self.rng.range(2, 5));
            ln!(self, "\t\t{b}[{i}/2] = nil");
            self.line("\t}");
        }
        self.line("}");
        if self.rng.chance(30) {
            ln!(self, "var {sh} Shower = &T{{{e}}}");
            ln!(self, "{b} = append({b}, {sh})");
        }
        self.garbage(scope);
        ln!(
            self,
            "fmt.Println(\"{site} interfaces\", len({b}), boxesSum({b}))"
        );
        self.feature("alloc: interface boxes");
    }

    fn alloc_channels(&mut self, scope: &Scope) {
        let site = self.site();
        let [k, c, i, s, p] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 5, 400, 3);
        let (elem, val, read) = match self.rng.below(5) {
            0 => (
                "*Node",
                format!("&Node{{val: {i} + {e}, name: fmt.Sprint({i})}}"),
                format!("{p}.val + len({p}.name)"),
            ),
            1 => (
                "Cell",
                format!("Cell{{{i}, fmt.Sprint({i}), mkList(2, {i})}}"),
                format!("{p}.Key()"),
            ),
            2 => (
                "[]int",
                format!("make([]int, {i}%{}+1)", self.rng.range(1, 300)),
                format!("len({p})"),
            ),
            3 => (
                "interface{}",
                format!("Cell{{{i}, \"i\", &Node{{val: {i}}}}}"),
                format!("boxSum({p})"),
            ),
            _ => (
                "string",
                format!("fmt.Sprint(\"chan\", {i}, {e})"),
                format!("strSum({p})"),
            ),
        };
        ln!(self, "{k} := {cnt}");
        ln!(self, "{c} := make(chan {elem}, {k})");
        ln!(self, "for {i} := 0; {i} < {k}; {i}++ {{");
        ln!(self, "\t{c} <- {val}");
        self.line("}");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        ln!(self, "for {i} := 0; {i} < {k}/2; {i}++ {{");
        ln!(self, "\t{p} := <-{c}");
        ln!(self, "\t{s} += {read}");
        self.line("}");
        if self.rng.chance(50) {
            self.garbage(scope);
            ln!(self, "close({c})");
            ln!(self, "for {p} := range {c} {{");
            ln!(self, "\t{s} += 2 * {read}");
            self.line("}");
        }
        ln!(self, "fmt.Println(\"{site} channel\", {k}, len({c}), {s})");
        self.feature("alloc: buffered channel holding heap data");
    }

    /// A goroutine holds the only reference to its arguments while main allocates; it runs
    /// only once main hands over and waits for its result.
    fn alloc_goroutine(&mut self, scope: &Scope) {
        let site = self.site();
        let [start, res, l, ss, big, t] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 10, 1500, 2);
        ln!(self, "{start} := make(chan struct{{}})");
        ln!(self, "{res} := make(chan int)");
        ln!(self, "go func({l} *Node, {ss} []string, {big} *Big) {{");
        self.indent += 1;
        ln!(self, "<-{start}");
        self.garbage(scope);
        ln!(self, "{t} := mkTree(allocD({}), 1)", self.rng.range(1, 6));
        self.maybe_gc(50);
        ln!(
            self,
            "{res} <- listSum({l}) + len({ss}) + treeSum({t}) + boxSum({big})"
        );
        self.indent -= 1;
        let big_arg = if self.rng.chance(40) {
            self.feature("alloc: large object held by a goroutine");
            format!("&Big{{head: mkList(3, {e}), s: \"gbig\"}}")
        } else {
            "nil".to_string()
        };
        ln!(
            self,
            "}}(mkNamedList({cnt}, {e}), []string{{\"a\", fmt.Sprint({e})}}, {big_arg})"
        );
        self.garbage(scope);
        ln!(self, "{start} <- struct{{}}{{}}");
        ln!(self, "fmt.Println(\"{site} goroutine\", <-{res})");
        self.feature("alloc: goroutine holds the only reference");
    }

    /// A goroutine sends main freshly built lists over an unbuffered channel; only main prints,
    /// and the goroutine touches no global (main's garbage uses them).
    fn alloc_goroutine_feeds(&mut self, scope: &Scope) {
        let site = self.site();
        let [out, n, i, s, l, j] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 5, 200, 10);
        ln!(self, "{out} := make(chan *Node)");
        ln!(self, "go func({n} int) {{");
        ln!(self, "\tfor {i} := 0; {i} < {n}; {i}++ {{");
        ln!(
            self,
            "\t\t{out} <- mkList({i}%{}+1, {i}+{e})",
            self.rng.range(1, 20)
        );
        self.line("\t}");
        ln!(self, "\tclose({out})");
        ln!(self, "}}({cnt})");
        ln!(self, "{s} := 0");
        ln!(self, "{j} := 0");
        ln!(self, "for {l} := range {out} {{");
        ln!(self, "\t{s} = ({s}*3 + listSum({l})) % 1000003");
        ln!(self, "\t{j}++");
        ln!(self, "\tif {j}%{} == 0 {{", self.rng.range(3, 40));
        let (g, _) = self.garbage_expr(&j);
        ln!(self, "\t\t{g}");
        if self.rng.chance(50) {
            self.line("\t\truntime.GC()");
        }
        self.line("\t}");
        self.line("}");
        ln!(self, "fmt.Println(\"{site} fed by a goroutine\", {j}, {s})");
        self.feature("alloc: goroutine feeds main through a channel");
    }

    /// Heap values held only by a deferred call's arguments, receiver or closure; the
    /// function may panic past them (they run while the panic unwinds).
    fn alloc_deferred_args(&mut self, scope: &Scope) {
        let site = self.site();
        let [l, big, s, c, t] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 10, 1000, 1);
        self.line("func() {");
        self.indent += 1;
        if self.rng.chance(30) {
            ln!(
                self,
                "defer mkTree(allocD({}), {e}).Show(\"{site}\")",
                self.rng.range(1, 7)
            );
            self.feature("alloc: deferred method's receiver holds a tree");
        }
        ln!(
            self,
            "defer func({l} *Node, {big} []int, {s} string, {c} Cell) {{"
        );
        ln!(
            self,
            "\tfmt.Println(\"{site} deferred call holds\", listSum({l}), {big}[len({big})-1], strSum({s}), {c}.Key())"
        );
        let size = if self.rng.chance(30) {
            self.rng.range(4097, 5000)
        } else {
            self.rng.range(1, 600)
        };
        ln!(
            self,
            "}}(mkList({cnt}, {e}), append(make([]int, {size}), {e}), fmt.Sprint(\"held\", {e}), Cell{{{e}, \"c\", mkList(3, {e})}})"
        );
        if self.rng.chance(40) {
            ln!(self, "{t} := mkTree(allocD({}), {e})", self.rng.range(1, 8));
            ln!(
                self,
                "defer apply(\"{site}\", func(k int) int {{ return treeSum({t}) + k }}, 3)"
            );
            self.feature("alloc: deferred closure argument holds a tree");
        }
        if self.rng.chance(30) {
            self.line("defer runtime.GC()");
        }
        self.garbage(scope);
        self.line("runtime.GC()");
        if self.rng.chance(35) {
            // Unrecovered here: the deferred calls run while it unwinds, and whoever recovers
            // prints the heap data that only the panic value holds.
            let cond = self.cond(scope);
            ln!(self, "if {cond} {{");
            ln!(
                self,
                "\tpanic(&HeapErr{{mkNamedList({}, {e}), []string{{\"{site}\"}}}})",
                self.rng.range(1, 200)
            );
            self.line("}");
            self.feature("alloc: heap panic value unwinds past deferred holders");
        }
        self.indent -= 1;
        self.line("}()");
        self.feature("alloc: values held only by deferred calls");
    }

    /// A panic value holding heap data, recovered after deferred calls made garbage and
    /// collected during the panic.
    fn alloc_panic_value(&mut self, scope: &Scope) {
        let site = self.site();
        let rv = self.var();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 10, 800, 2);
        self.line("func() {");
        self.indent += 1;
        ln!(self, "defer func() {{");
        ln!(self, "\t{rv} := recover()");
        ln!(
            self,
            "\tfmt.Println(\"{site} recovered heap value\", boxSum({rv}))"
        );
        self.line("}()");
        if self.rng.chance(30) {
            // A second panic replaces the first while it runs; both hold heap data.
            ln!(self, "defer func() {{");
            ln!(self, "\tif {rv} := recover(); {rv} != nil {{");
            ln!(
                self,
                "\t\tpanic([]*Node{{mkList(5, boxSum({rv})), mkTree(3, {e})}})"
            );
            self.line("\t}");
            self.line("}()");
            self.feature("alloc: re-panic with a new heap value");
        }
        ln!(self, "defer func() {{");
        self.indent += 1;
        self.garbage(scope);
        self.line("runtime.GC()");
        self.indent -= 1;
        self.line("}()");
        // Built in the panic's argument: only the panic value holds it.
        let v = match self.rng.below(4) {
            0 => format!("Cell{{{e}, \"cell\", mkNamedList({cnt}, {e})}}"),
            1 => format!("[]*Node{{mkNamedList({cnt}, {e}), nil, mkTree(4, {e})}}"),
            2 => format!(
                "&Rec{{id: {e}, p: mkNamedList({cnt}, {e}), tags: []string{{\"p\"}}, v: Cell{{1, \"c\", mkList(3, {e})}}}}"
            ),
            _ => format!(
                "&HeapErr{{mkNamedList({cnt}, {e}), []string{{\"{site}\", fmt.Sprint({e})}}}}"
            ),
        };
        ln!(self, "panic({v})");
        self.indent -= 1;
        self.line("}()");
        self.feature("alloc: heap panic value recovered later");
    }

    /// Large objects: Bigs (pointers on both sides of 33 KB of ints), pointer slices up to
    /// 40 KB, byte slices over 32 KiB.
    fn alloc_large(&mut self, scope: &Scope) {
        let site = self.site();
        let [n, bigs, i, b, ptrs, s] = self.vars();
        let e = self.small(scope);
        let cnt = self.alloc_count(scope, 1, 10, 8);
        ln!(self, "{n} := {cnt}");
        ln!(self, "var {bigs} []*Big");
        ln!(self, "for {i} := 0; {i} < {n}; {i}++ {{");
        ln!(
            self,
            "\t{b} := &Big{{head: &Node{{val: {i} + {e}}}, s: fmt.Sprint(\"big\", {i})}}"
        );
        ln!(self, "\t{b}.nums[17] = {i} * 3");
        ln!(self, "\t{b}.nums[({i}*37)%4200] += {i}");
        ln!(self, "\t{b}.tail = mkList(3, {i})");
        ln!(self, "\t{bigs} = append({bigs}, {b})");
        if self.rng.chance(50) {
            ln!(
                self,
                "\tsink = make([]byte, 33000+{i}*{})",
                self.rng.range(1, 1000)
            );
        }
        if self.rng.chance(40) {
            ln!(self, "\tif {i}%2 == 1 {{");
            ln!(self, "\t\t{bigs}[{i}-1] = nil");
            self.line("\t}");
        }
        self.line("}");
        let plen = self.rng.range(100, 5000);
        let step = self.rng.range(1, 20);
        ln!(self, "{ptrs} := make([]*Node, allocN({plen}, 1))");
        ln!(self, "for {i} := range {ptrs} {{");
        ln!(self, "\tif {i}%{step} == 0 {{");
        ln!(self, "\t\t{ptrs}[{i}] = &Node{{val: {i}}}");
        self.line("\t}");
        self.line("}");
        self.garbage(scope);
        ln!(self, "{s} := 0");
        ln!(self, "for _, {b} := range {bigs} {{");
        ln!(self, "\t{s} += boxSum({b})");
        self.line("}");
        ln!(
            self,
            "fmt.Println(\"{site} large\", len({bigs}), {s}, boxSum({ptrs}))"
        );
        self.feature("alloc: large objects");
    }

    /// A heap value declared at the statement's level and read by a deferred closure when the
    /// function returns (or unwinds), after whatever the function allocates meanwhile.
    fn alloc_kept_to_return(&mut self, scope: &Scope) {
        let site = self.site();
        let h = self.var();
        let e = self.small(scope);
        let (init, read) = match self.rng.below(4) {
            0 => (
                format!("mkTree(allocD({}), {e})", self.rng.range(1, 8)),
                format!("treeSum({h})"),
            ),
            1 => (
                format!(
                    "mkNamedList({}, {e})",
                    self.alloc_count(scope, 5, 500, 2)
                ),
                format!("listSum({h})"),
            ),
            2 => (
                format!("map[int]string{{1: fmt.Sprint({e}), 2: \"two\"}}"),
                format!("boxSum({h})"),
            ),
            _ => (
                format!("&Rec{{id: {e}, name: \"kept\", p: mkList(4, {e}), cells: [3]Cell{{{{}}, {{1, \"x\", &Node{{val: 9}}}}, {{}}}}}}"),
                format!("recSum({h})"),
            ),
        };
        ln!(self, "{h} := {init}");
        ln!(
            self,
            "defer func() {{ fmt.Println(\"{site} kept until return\", {read}) }}()"
        );
        self.feature("alloc: heap value kept by a deferred closure until return");
    }
}

#[cfg(test)]
mod tests {
    use super::super::generate;

    #[test]
    fn a_good_share_of_programs_allocate() {
        let with = (1..=200)
            .filter(|&s| generate(s).features.contains_key("allocation snippet"))
            .count();
        assert!(
            (110..=180).contains(&with),
            "{with} of 200 programs allocate"
        );
    }
}
