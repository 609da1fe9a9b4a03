//! Unit tests of the parser: precedence, literals, automatic semicolons, statements and
//! declarations, Go 1.19's syntax error messages word for word, and robustness (every prefix of
//! a program, random bytes and tokens, deep nesting, linear time on big inputs).

use super::*;
use crate::diag::Source;

// Syntax errors (the largest group) in a file of their own.
#[path = "tests_errors.rs"]
mod errors;

/// Parse and render diagnostics as gc does (`line:col: msg`), sorted by position.
fn parse(src: &str) -> (Option<File>, Vec<String>) {
    let mut d = Diags::default();
    let f = parse_file(src, &mut d);
    let s = Source::new("x.go", src);
    let mut list = d.list.clone();
    list.sort_by_key(|d| d.span.lo);
    let msgs = list
        .iter()
        .map(|e| {
            let (l, c) = s.line_col(e.span.lo);
            format!("{l}:{c}: {}", e.msg)
        })
        .collect();
    (f, msgs)
}

fn ok(src: &str) -> File {
    let (f, msgs) = parse(src);
    assert!(msgs.is_empty(), "{src}\n{msgs:?}");
    f.expect("file")
}

/// The initializer of the first `var` declaration.
fn var_init(f: &File) -> &Expr {
    for d in &f.decls {
        if let Decl::Var(g) = d {
            return &g.specs[0].values[0];
        }
    }
    panic!("no var")
}

fn expr(src: &str) -> Expr {
    let f = ok(&format!("package p\nvar _ = {src}\n"));
    var_init(&f).clone()
}

/// Fully parenthesized form of an expression, to check the tree's shape.
fn sx(e: &Expr) -> String {
    let list = |l: &[Expr]| l.iter().map(sx).collect::<Vec<_>>().join(" ");
    match &e.kind {
        ExprKind::Ident(n) => n.clone(),
        ExprKind::IntLit(s) | ExprKind::FloatLit(s) | ExprKind::ImagLit(s) => s.clone(),
        ExprKind::CharLit(c) => format!("'{c}'"),
        ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
        ExprKind::Binary(op, x, y) => format!("({} {} {})", op.as_str(), sx(x), sx(y)),
        ExprKind::Unary(op, x) => format!("({op:?} {})", sx(x)),
        ExprKind::Star(x) => format!("(* {})", sx(x)),
        ExprKind::Paren(x) => format!("[{}]", sx(x)),
        ExprKind::Selector(x, n) => format!("(. {} {})", sx(x), n.name),
        ExprKind::Call {
            func,
            args,
            ellipsis,
        } => format!(
            "(call {}{}{})",
            sx(func),
            if args.is_empty() { "" } else { " " },
            list(args) + if *ellipsis { "..." } else { "" }
        ),
        ExprKind::Index(x, a) => format!("(index {} {})", sx(x), list(a)),
        ExprKind::Slice { x, lo, hi, max } => {
            let o = |v: &Option<Box<Expr>>| v.as_ref().map_or("_".to_string(), |v| sx(v));
            format!("(slice {} {} {} {})", sx(x), o(lo), o(hi), o(max))
        }
        ExprKind::TypeAssert(x, t) => {
            format!(
                "(assert {} {})",
                sx(x),
                t.as_ref().map_or("type".to_string(), |t| sx(t))
            )
        }
        ExprKind::CompositeLit { ty, elts, .. } => {
            let els: Vec<String> = elts
                .iter()
                .map(|el| match &el.key {
                    Some(k) => format!("{}:{}", sx(k), sx(&el.value)),
                    None => sx(&el.value),
                })
                .collect();
            format!(
                "(lit {} {})",
                ty.as_ref().map_or("_".to_string(), |t| sx(t)),
                els.join(" ")
            )
        }
        ExprKind::ArrayType { len, elem } => match len {
            ArrayLen::Slice => format!("(slice-of {})", sx(elem)),
            ArrayLen::Ellipsis => format!("(array ... {})", sx(elem)),
            ArrayLen::Expr(n) => format!("(array {} {})", sx(n), sx(elem)),
        },
        ExprKind::MapType(k, v) => format!("(map {} {})", sx(k), sx(v)),
        ExprKind::ChanType(d, x) => format!("(chan {d:?} {})", sx(x)),
        ExprKind::FuncType(_) => "functype".to_string(),
        ExprKind::FuncLit { .. } => "funclit".to_string(),
        ExprKind::StructType(f) => format!("(struct {})", f.len()),
        ExprKind::InterfaceType(m) => format!("(interface {})", m.len()),
        ExprKind::Ellipsis => "...".to_string(),
        ExprKind::Bad => "BAD".to_string(),
    }
}

#[test]
fn precedence() {
    for (src, want) in [
        (
            "a || b && c == d + e * f",
            "(|| a (&& b (== c (+ d (* e f)))))",
        ),
        ("a * b + c", "(+ (* a b) c)"),
        ("a - b - c", "(- (- a b) c)"),
        ("a << b & c | d ^ e", "(^ (| (& (<< a b) c) d) e)"),
        ("a &^ b >> c % d / e", "(/ (% (>> (&^ a b) c) d) e)"),
        ("a == b != c < d", "(< (!= (== a b) c) d)"),
        (
            "a <= b || c >= d && e > f",
            "(|| (<= a b) (&& (>= c d) (> e f)))",
        ),
        ("-a * !b", "(* (Neg a) (Not b))"),
        ("^a + +b", "(+ (Xor a) (Pos b))"),
        ("*p.x", "(* (. p x))"),
        ("&t.f[1]", "(Addr (index (. t f) 1))"),
        ("&(T{})", "(Addr (lit T ))"),
        ("<-ch + 1", "(+ (Recv ch) 1)"),
        ("(a + b) * c", "(* [(+ a b)] c)"),
        ("f(a, b...)", "(call f a b...)"),
        ("a[1:2:3]", "(slice a 1 2 3)"),
        ("a[:]", "(slice a _ _ _)"),
        ("x.(T).y", "(. (assert x T) y)"),
        ("m[k][j]", "(index (index m k) j)"),
        ("[]int{1, 2}", "(lit (slice-of int) 1 2)"),
        ("[...]T{}", "(lit (array ... T) )"),
        ("map[string]int{\"a\": 1}", "(lit (map string int) \"a\":1)"),
        (
            "[][]int{{1}, {}}",
            "(lit (slice-of (slice-of int)) (lit _ 1) (lit _ ))",
        ),
        ("struct{}{}", "(lit (struct 0) )"),
        ("[]*T{}", "(lit (slice-of (* T)) )"),
        ("(<-chan int)(nil)", "(call [(chan Recv int)] nil)"),
        ("(chan<- int)(nil)", "(call [(chan Send int)] nil)"),
        ("p.T{1}", "(lit (. p T) 1)"),
        ("func(int) int(nil)", "(call functype nil)"),
        ("interface{}(nil)", "(call (interface 0) nil)"),
    ] {
        assert_eq!(sx(&expr(src)), want, "{src}");
    }
}

#[test]
fn literals() {
    let f = ok("package p\nvar _ = []interface{}{0x1F, 1_000, 0o17, 1.5e3, 0x1p-2, 2i, 'a', '\\n', '\\x41', '\\u00e4', \"a\\x80\\u00e4\", `r\\n\r\n`, \"\"}\n");
    let ExprKind::CompositeLit { elts, .. } = &var_init(&f).kind else {
        panic!()
    };
    let kinds: Vec<String> = elts.iter().map(|e| format!("{:?}", e.value.kind)).collect();
    assert_eq!(
        kinds,
        vec![
            "IntLit(\"0x1F\")",
            "IntLit(\"1_000\")",
            "IntLit(\"0o17\")",
            "FloatLit(\"1.5e3\")",
            "FloatLit(\"0x1p-2\")",
            "ImagLit(\"2i\")",
            "CharLit(97)",
            "CharLit(10)",
            "CharLit(65)",
            "CharLit(228)",
            "StringLit([97, 128, 195, 164])",
            "StringLit([114, 92, 110, 10])",
            "StringLit([])",
        ]
    );
    // A malformed literal is reported once and becomes Bad.
    let (f, msgs) = parse("package p\nvar _ = 09\n");
    assert_eq!(msgs, vec!["2:10: invalid digit '9' in octal literal"]);
    assert!(matches!(var_init(&f.unwrap()).kind, ExprKind::Bad));
}

#[test]
fn semicolons() {
    // Statements end at newlines after names, literals, closing brackets, ++ and return.
    ok("package p\nfunc f() int {\n\tx := 1\n\tx++\n\tg(x,\n\t\t2,\n\t)\n\treturn x\n}\n");
    ok("package p; func f() { a := 1; b := 2; _, _ = a, b }");
    // A block comment with a newline ends a statement, one without does not.
    ok("package p\nfunc f() {\n\tx := 1 /* a\n\tb */ y := 2\n\t_, _ = x, y\n}\n");
    let (_, m) = parse("package p\nfunc f() {\n\tx := 1 /* a b */ y := 2\n}\n");
    assert_eq!(
        m,
        vec!["3:19: syntax error: unexpected y at end of statement"]
    );
    // No semicolon after an operator: the expression continues on the next line.
    ok("package p\nvar x = 1 +\n\t2\n");
    let (_, m) = parse("package p\nvar x = 1\n\t+ 2 +\n");
    assert_eq!(
        m,
        vec!["3:2: syntax error: non-declaration statement outside function body"]
    );
    // EOF inserts the final semicolon.
    ok("package p\nvar x = 1");
    ok("package p\nfunc f() {}");
}

#[test]
fn composite_literal_in_header() {
    let (_, m) = parse("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n");
    assert_eq!(m[0], "3:14: syntax error: unexpected { at end of statement");
    for src in [
        "if x == (T{}) {}",
        "if f(T{}) {}",
        "if x := (T{}); x.a {}",
        "for _, v := range []T{{1}} { _ = v }",
        "if v := map[string]int{}; v != nil {}",
        "switch (struct{ a int }{1}) {}",
        "for x := [2]int{}; x[0] < 1; {}",
        "if x == a[i] {}",
        "if func() bool { return T{} == T{} }() {}",
        "switch x := y.(type) { case T: _ = x }",
    ] {
        ok(&format!("package p\nfunc f() {{\n\t{src}\n}}\n"));
    }
    // In a header a bare type name before `{` is not a literal: the `{` opens the block.
    let f = ok("package p\nfunc f() {\n\tfor x {\n\t}\n}\n");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let body = fd.body.as_ref().unwrap();
    assert!(matches!(&body.stmts[0].kind, StmtKind::For { cond: Some(c), .. } if sx(c) == "x"));
}

#[test]
fn statements() {
    let f = ok("package p\nfunc f() {\n\tswitch v := x.(type) {\n\tcase int, *T:\n\tdefault:\n\t}\n\tswitch x.(type) {}\n\tswitch {\n\t}\n\tswitch y := 1; y {\n\tcase 1:\n\t}\n\tfor k, v := range m {}\n\tfor i = range s {}\n\tfor range c {}\n\tfor {}\n\tfor i := 0; i < 3; i++ {}\n\tselect {\n\tcase v := <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}\n\tL: goto L\n\tgo f()\n\tdefer g(1)\n}\n");
    let Decl::Func(fd) = &f.decls[0] else {
        panic!()
    };
    let s = &fd.body.as_ref().unwrap().stmts;
    assert!(
        matches!(&s[0].kind, StmtKind::TypeSwitch { bind: Some(b), x, body, .. } if b.name == "v" && sx(x) == "x" && body.len() == 2 && body[1].default)
    );
    assert!(matches!(
        &s[1].kind,
        StmtKind::TypeSwitch { bind: None, .. }
    ));
    assert!(matches!(
        &s[2].kind,
        StmtKind::Switch {
            tag: None,
            init: None,
            ..
        }
    ));
    assert!(matches!(
        &s[3].kind,
        StmtKind::Switch {
            tag: Some(_),
            init: Some(_),
            ..
        }
    ));
    assert!(matches!(
        &s[4].kind,
        StmtKind::Range {
            key: Some(_),
            value: Some(_),
            define: true,
            ..
        }
    ));
    assert!(matches!(
        &s[5].kind,
        StmtKind::Range {
            key: Some(_),
            value: None,
            define: false,
            ..
        }
    ));
    assert!(matches!(
        &s[6].kind,
        StmtKind::Range {
            key: None,
            value: None,
            ..
        }
    ));
    assert!(matches!(
        &s[7].kind,
        StmtKind::For {
            init: None,
            cond: None,
            post: None,
            ..
        }
    ));
    assert!(matches!(
        &s[8].kind,
        StmtKind::For {
            init: Some(_),
            cond: Some(_),
            post: Some(_),
            ..
        }
    ));
    let StmtKind::Select(cl) = &s[9].kind else {
        panic!()
    };
    assert_eq!(cl.len(), 4);
    assert!(matches!(
        cl[0].comm.as_deref(),
        Some(Stmt {
            kind: StmtKind::Assign {
                op: AssignOp::Define,
                ..
            },
            ..
        })
    ));
    assert!(matches!(
        cl[1].comm.as_deref(),
        Some(Stmt {
            kind: StmtKind::Send(..),
            ..
        })
    ));
    assert!(matches!(
        cl[2].comm.as_deref(),
        Some(Stmt {
            kind: StmtKind::Expr(_),
            ..
        })
    ));
    assert!(cl[3].comm.is_none());
    assert!(
        matches!(&s[10].kind, StmtKind::Labeled(l, g) if l.name == "L" && matches!(g.kind, StmtKind::Goto(_)))
    );
    assert!(matches!(&s[11].kind, StmtKind::Go(_)));
    assert!(matches!(&s[12].kind, StmtKind::Defer(_)));
    assert_eq!(
        fd.body.as_ref().unwrap().rbrace.lo as usize,
        f_src_len_minus(2)
    );
}

/// Offset of the final `}` in the `statements` test source (its length minus 2).
fn f_src_len_minus(n: usize) -> usize {
    "package p\nfunc f() {\n\tswitch v := x.(type) {\n\tcase int, *T:\n\tdefault:\n\t}\n\tswitch x.(type) {}\n\tswitch {\n\t}\n\tswitch y := 1; y {\n\tcase 1:\n\t}\n\tfor k, v := range m {}\n\tfor i = range s {}\n\tfor range c {}\n\tfor {}\n\tfor i := 0; i < 3; i++ {}\n\tselect {\n\tcase v := <-c:\n\tcase c <- 1:\n\tcase <-c:\n\tdefault:\n\t}\n\tL: goto L\n\tgo f()\n\tdefer g(1)\n}\n".len() - n
}

#[test]
fn declarations() {
    let f = ok("package p\nimport (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"strings\"\n)\nimport \"io\"\nconst (\n\ta = iota * 2\n\tb\n\t_\n\tc, d int = 1, 2\n)\ntype (\n\tA = int\n\tB []A\n\tC[T any] struct{ x T }\n)\nvar x, y int\nfunc (r *R) m(a, b int, c ...string) (n int, err error) { return }\nfunc g[T any, U ~int | string](x T) {}\n//go:noinline\n// doc comment\nfunc h()\nfunc k() {}\n");
    let names: Vec<Option<&str>> = f
        .imports
        .iter()
        .map(|i| i.name.as_ref().map(|n| n.name.as_str()))
        .collect();
    assert_eq!(names, vec![None, Some("f"), Some("."), Some("_"), None]);
    assert_eq!(f.imports[4].path, "io");
    let Decl::Const(c) = &f.decls[0] else {
        panic!()
    };
    let iotas: Vec<u32> = c.specs.iter().map(|s| s.iota).collect();
    assert_eq!(iotas, vec![0, 1, 2, 3]);
    assert!(c.specs[1].values.is_empty() && c.specs[1].ty.is_none());
    assert_eq!(c.specs[3].names.len(), 2);
    let Decl::Type(t) = &f.decls[1] else { panic!() };
    assert!(t.specs[0].alias && !t.specs[1].alias);
    assert_eq!(t.specs[2].type_params.len(), 1);
    let Decl::Func(m) = &f.decls[3] else { panic!() };
    assert!(
        matches!(&m.recv, Some(Field { names, ty: Expr { kind: ExprKind::Star(_), .. }, .. }) if names[0].name == "r")
    );
    let groups: Vec<(usize, bool)> = m
        .sig
        .params
        .iter()
        .map(|p| (p.names.len(), p.variadic))
        .collect();
    assert_eq!(groups, vec![(2, false), (1, true)]);
    assert_eq!(m.sig.results.len(), 2);
    let Decl::Func(g) = &f.decls[4] else { panic!() };
    assert_eq!(g.type_params.len(), 2);
    assert_eq!(sx(&g.type_params[1].ty), "(| (Tilde int) string)");
    let Decl::Func(h) = &f.decls[5] else { panic!() };
    assert!(h.noinline && h.body.is_none());
    let Decl::Func(k) = &f.decls[6] else { panic!() };
    assert!(!k.noinline);
    // Unnamed parameters are types; mixing is an error.
    let f = ok("package p\nvar f func(int, []string) (bool, error)\n");
    let Decl::Var(v) = &f.decls[0] else { panic!() };
    let Some(Expr {
        kind: ExprKind::FuncType(ft),
        ..
    }) = &v.specs[0].ty
    else {
        panic!()
    };
    assert!(ft.params.iter().all(|p| p.names.is_empty()) && ft.params.len() == 2);
    let f = ok("package p\ntype S struct {\n\ta, b int `tag`\n\tT\n\t*U\n\tp.V\n}\ntype I interface {\n\tM(int) bool\n\tJ\n}\n");
    let Decl::Type(t) = &f.decls[0] else { panic!() };
    let ExprKind::StructType(fields) = &t.specs[0].ty.kind else {
        panic!()
    };
    assert_eq!(fields.len(), 4);
    assert_eq!(fields[0].tag.as_deref(), Some("`tag`"));
    assert!(fields[1..].iter().all(|f| f.names.is_empty()));
    let Decl::Type(t) = &f.decls[1] else { panic!() };
    let ExprKind::InterfaceType(elems) = &t.specs[0].ty.kind else {
        panic!()
    };
    assert!(matches!(&elems[0], InterfaceElem::Method { name, .. } if name.name == "M"));
    assert!(matches!(&elems[1], InterfaceElem::Embed(_)));
}

const REALISTIC: &str = r####"// Command inventory is a small program exercising most of Go's syntax.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

const (
	KindNone Kind = iota
	KindBook
	KindTool
	_
	KindFood
)

const maxItems, greeting = 1 << 10, "hello\tworld\n"

type Kind int

type Item struct {
	Name  string `json:"name"`
	Kind  Kind
	Price float64
	tags  []string
}

type Shelf interface {
	Add(it Item) error
	Len() int
	fmt.Stringer
}

type store struct {
	items map[string]*Item
	log   []string
}

var ErrFull = errors.New("store is full")

func (k Kind) String() string {
	switch k {
	case KindBook:
		return "book"
	case KindTool, KindFood:
		return fmt.Sprintf("kind(%d)", int(k))
	default:
		return "none"
	}
}

func newStore() *store {
	return &store{items: make(map[string]*Item), log: nil}
}

func (s *store) Add(it Item) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	if len(s.items) >= maxItems {
		return ErrFull
	}
	if _, ok := s.items[it.Name]; ok {
		return fmt.Errorf("duplicate %q", it.Name)
	}
	s.items[it.Name] = &it
	s.log = append(s.log, "add "+it.Name)
	return nil
}

func (s *store) Len() int { return len(s.items) }

func (s *store) String() string {
	var b strings.Builder
	names := make([]string, 0, len(s.items))
	for name := range s.items {
		names = append(names, name)
	}
	sort.Strings(names)
	for i, name := range names {
		if i > 0 {
			b.WriteString(", ")
		}
		it := s.items[name]
		fmt.Fprintf(&b, "%s:%v@%.2f", it.Name, it.Kind, it.Price)
	}
	return b.String()
}

//go:noinline
func sum(xs ...float64) (total float64) {
	for _, x := range xs {
		total += x
	}
	return
}

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func classify(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprint("int ", x)
	case string:
		return "string " + x
	case []int:
		return fmt.Sprintf("slice of %d", len(x))
	case func() int:
		return "func"
	case error:
		return x.Error()
	}
	return "other"
}

func producer(n int, out chan<- int, done <-chan struct{}) {
	defer close(out)
	for i := 0; i < n; i++ {
		select {
		case out <- i * i:
		case <-done:
			return
		}
	}
}

func matrix(n int) [][]int {
	m := make([][]int, n)
	for i := range m {
		m[i] = make([]int, n)
		for j := 0; j < n; j++ {
			m[i][j] = (i+1)*(j+1) - i&j | i^j&^1
		}
	}
	return m
}

type pair struct{ a, b int }

func pairs() []pair {
	ps := []pair{{1, 2}, {a: 3, b: 4}, {}}
	lookup := map[pair]string{{1, 2}: "first", {3, 4}: "second"}
	_ = lookup
	arr := [...]int{5: 1, 2, 3}
	_ = arr[1:3:4]
	return ps[:len(ps)-1]
}

func labels() int {
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			switch {
			case j > i:
				continue outer
			case i*j > 20:
				break outer
			case i == j:
				fallthrough
			default:
				count++
			}
		}
	}
	if count > 100 {
		goto end
	}
	count *= 2
end:
	return count
}

func main() {
	s := newStore()
	var sh Shelf = s
	items := []Item{
		{Name: "go book", Kind: KindBook, Price: 39.5},
		{Name: "hammer", Kind: KindTool, Price: 12},
		{"apple", KindFood, .5, nil},
	}
	for _, it := range items {
		if err := sh.Add(it); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println(sh.Len(), sh)
	fmt.Println(sum(1, 2, 3), sum([]float64{4, 5}...))
	next, reset := counter()
	next()
	reset()
	fmt.Println(next(), classify(42), classify([]int{1}), classify(next))
	out, done := make(chan int, 4), make(chan struct{})
	go producer(5, out, done)
	total := 0
	for v := range out {
		total += v
	}
	close(done)
	fmt.Println(total, matrix(3)[2][1], pairs(), labels(), !(total > 0 && -total < 0 || false))
	x := 'x'
	var p *int = new(int)
	*p += int(x) % 7
	fmt.Println(*p, greeting[:5], `raw\n`, 0x1F+0o17+0b11+1_000, 1e3, 2i)
}
"####;

#[test]
fn realistic_program() {
    let f = ok(REALISTIC);
    assert_eq!(f.package.name, "main");
    assert_eq!(f.imports.len(), 4);
    assert_eq!(f.decls.len(), 21);
    let funcs: Vec<(&str, bool)> = f
        .decls
        .iter()
        .filter_map(|d| match d {
            Decl::Func(fd) => Some((fd.name.name.as_str(), fd.noinline)),
            _ => None,
        })
        .collect();
    assert!(funcs.contains(&("sum", true)));
    assert_eq!(funcs.iter().filter(|f| f.1).count(), 1);
    Walk::file(&f, REALISTIC.len());
    // Every expression's span is exactly its text for a few samples.
    let Some(Decl::Func(m)) = f
        .decls
        .iter()
        .find(|d| matches!(d, Decl::Func(fd) if fd.name.name == "main"))
    else {
        panic!()
    };
    let last = m.body.as_ref().unwrap().stmts.last().unwrap();
    assert_eq!(
        &REALISTIC[last.span.lo as usize..last.span.hi as usize],
        "fmt.Println(*p, greeting[:5], `raw\\n`, 0x1F+0o17+0b11+1_000, 1e3, 2i)"
    );
    let StmtKind::Expr(call) = &last.kind else {
        panic!()
    };
    let ExprKind::Call { args, .. } = &call.kind else {
        panic!()
    };
    let texts: Vec<&str> = args
        .iter()
        .map(|a| &REALISTIC[a.span.lo as usize..a.span.hi as usize])
        .collect();
    assert_eq!(
        texts,
        vec![
            "*p",
            "greeting[:5]",
            "`raw\\n`",
            "0x1F+0o17+0b11+1_000",
            "1e3",
            "2i"
        ]
    );
}

#[test]
fn every_prefix_of_a_program() {
    // Every truncation must return quickly and without panicking.
    for end in 0..=REALISTIC.len() {
        if !REALISTIC.is_char_boundary(end) {
            continue;
        }
        let mut d = Diags::default();
        if let Some(f) = parse_here(&REALISTIC.as_bytes()[..end], 0, 0, &mut d) {
            if d.is_empty() {
                Walk::file(&f, end);
            }
        }
    }
}

struct XorShift(u64);
impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[test]
fn random_bytes() {
    let mut r = XorShift(0x9E37_79B9_7F4A_7C15);
    let alphabet = b"(){}[];:,.=+-*/%&|^<>!~\"'`\\\n\t x0_9aZ\x00\xff\xc3";
    for i in 0..3000 {
        let n = r.below(200);
        let mut b: Vec<u8> = if i % 2 == 0 {
            b"package p\n".to_vec()
        } else {
            Vec::new()
        };
        for _ in 0..n {
            let byte = if r.below(4) == 0 {
                r.next() as u8
            } else {
                alphabet[r.below(alphabet.len())]
            };
            b.push(byte);
        }
        let mut d = Diags::default();
        let _ = parse_here(&b, 0, 0, &mut d);
    }
}

#[test]
fn random_tokens() {
    // Token soup gets much deeper into the parser than random bytes.
    let toks = [
        "package",
        "p",
        "import",
        "\"fmt\"",
        "func",
        "f",
        "(",
        ")",
        "{",
        "}",
        "[",
        "]",
        ",",
        ";",
        ":",
        ".",
        "...",
        "=",
        ":=",
        "+=",
        "++",
        "<-",
        "*",
        "&",
        "+",
        "-",
        "!",
        "^",
        "~",
        "||",
        "&&",
        "==",
        "<",
        "1",
        "2.5",
        "'c'",
        "\"s\"",
        "`r`",
        "x",
        "y",
        "T",
        "var",
        "const",
        "type",
        "struct",
        "interface",
        "map",
        "chan",
        "if",
        "else",
        "for",
        "range",
        "switch",
        "case",
        "default",
        "select",
        "go",
        "defer",
        "return",
        "break",
        "continue",
        "goto",
        "fallthrough",
        "\n",
        "\n",
        "/* c */",
        "// c\n",
    ];
    let mut r = XorShift(0x2545_F491_4F6C_DD1D);
    for _ in 0..3000 {
        let n = r.below(80);
        let mut s = String::from("package p\n");
        if r.below(2) == 0 {
            s.push_str("func f() {\n");
        }
        for _ in 0..n {
            s.push_str(toks[r.below(toks.len())]);
            s.push(' ');
        }
        let mut d = Diags::default();
        if let Some(f) = parse_here(s.as_bytes(), 0, 0, &mut d) {
            if d.is_empty() {
                Walk::file(&f, s.len());
            }
        }
    }
}

#[test]
fn deep_nesting() {
    let nest_msg = "unsupported: nesting deeper than 1000 levels";
    let forms: &[(&str, &str, &str)] = &[
        ("(", "x", ")"),
        ("[]", "int", ""),
        ("*", "x", ""),
        ("f(", "x", ")"),
        ("a[", "x", "]"),
        ("T{", "", "}"),
        ("[]T{", "", "}"),
        ("func() int { return ", "1", " }()"),
        ("struct{ f ", "int", " }"),
        ("- ", "x", ""),
        ("<-", "x", ""),
        ("map[int]", "int", ""),
        ("x + ", "x", ""),
        ("x.", "y", ""),
        ("func(", "int", ")"),
        ("chan ", "int", ""),
        ("interface{ m(", "int", ") }"),
    ];
    for (open, mid, close) in forms {
        for n in [10_000usize, 1001] {
            let src = format!(
                "package p\nvar _ = {}{mid}{}\n",
                open.repeat(n),
                close.repeat(n)
            );
            let t = std::time::Instant::now();
            let (_, m) = parse(&src);
            assert_eq!(m.len(), 1, "{open} {n}: {m:?}");
            assert!(m[0].ends_with(nest_msg), "{open} {n}: {m:?}");
            assert!(t.elapsed().as_secs() < 2, "{open} {n} too slow");
        }
        // Moderate nesting is fine.
        let src = format!(
            "package p\nvar _ = {}{mid}{}\n",
            open.repeat(200),
            close.repeat(200)
        );
        ok(&src);
    }
    let stmts: &[(&str, &str, &str)] = &[
        ("{", "", "}"),
        ("if x {", "", "}"),
        ("for {", "", "}"),
        ("switch { case true: ", "", "}"),
        ("L: ", "x()", ""),
        ("if x {} else ", "{}", ""),
        ("func() {", "", "}()\n"),
        ("select { default: ", "", "}"),
    ];
    for (open, mid, close) in stmts {
        let src = format!(
            "package p\nfunc f() {{\n{}{mid}{}\n}}\n",
            open.repeat(10_000),
            close.repeat(10_000)
        );
        let (_, m) = parse(&src);
        assert_eq!(m.len(), 1, "{open}: {m:?}");
        assert!(m[0].ends_with(nest_msg), "{open}: {m:?}");
        let src = format!(
            "package p\nfunc f() {{\n{}{mid}{}\n}}\n",
            open.repeat(200),
            close.repeat(200)
        );
        ok(&src);
    }
    // Unbalanced openers only.
    for open in ["(", "{", "[", "f(", "T{", "func(){", "*", "<-"] {
        let src = format!("package p\nfunc f() {{\n\tx = {}", open.repeat(100_000));
        let t = std::time::Instant::now();
        let (_, m) = parse(&src);
        assert!(!m.is_empty());
        assert!(t.elapsed().as_secs() < 2, "{open} too slow");
    }
}

#[test]
fn big_inputs_are_linear() {
    // 100 copies of the realistic program (duplicate names are the checker's business).
    let body: String = REALISTIC.split_once("import").unwrap().1.to_string();
    let src = format!(
        "package main\nimport{}",
        body.repeat(100).replace("import (", "var ( _ = 1;")
    );
    let t = std::time::Instant::now();
    let _ = parse(&src);
    assert!(t.elapsed().as_secs() < 5);
    // Long flat lists and long lines of garbage.
    let src = format!("package p\nvar x = []int{{{}}}\n", "1, ".repeat(200_000));
    ok(&src);
    let src = format!("package p\n{}", ")".repeat(200_000));
    let (_, m) = parse(&src);
    assert_eq!(m.len(), 1);
    let src = format!("package p\nfunc f() {{ {} }}", "x := ) ".repeat(100_000));
    let _ = parse(&src);
}

#[test]
fn invalid_bytes() {
    let mut d = Diags::default();
    let f = parse_bytes(b"package p\nvar s = \"a\xffb\"\x00\n", &mut d);
    assert!(f.is_some());
    let m: Vec<(u32, &str)> = d.list.iter().map(|e| (e.span.lo, e.msg.as_str())).collect();
    assert_eq!(
        m,
        vec![
            (20, "invalid UTF-8 encoding"),
            (23, "invalid NUL character")
        ]
    );
}

#[test]
fn node_ids_are_dense_and_unique() {
    let f = ok(
        "package p\nfunc f(a int) { switch x := a; x { case 1, 2: default: }; _ = []int{a}[0] }\n",
    );
    Walk::file(&f, 200);
    assert!(f.node_count > 10);
}

/// Walks a file, checking that ids are unique and below node_count and that every
/// expression's span lies inside its parent's and inside the source.
struct Walk {
    seen: Vec<bool>,
    len: u32,
}

impl Walk {
    fn id(&mut self, id: NodeId) {
        let i = id as usize;
        assert!(i < self.seen.len(), "id {id} >= node_count");
        assert!(!self.seen[i], "duplicate id {id}");
        self.seen[i] = true;
    }
    fn inside(&self, sp: Span, parent: Span) {
        assert!(sp.lo <= sp.hi && sp.hi <= self.len, "{sp:?}");
        assert!(
            parent.lo <= sp.lo && sp.hi <= parent.hi,
            "{sp:?} not in {parent:?}"
        );
    }
    fn ident(&mut self, i: &Ident, parent: Span) {
        self.id(i.id);
        self.inside(i.span, parent);
    }
    fn fields(&mut self, fs: &[Field], parent: Span) {
        for f in fs {
            for n in &f.names {
                self.ident(n, parent);
            }
            self.expr(&f.ty, parent);
        }
    }
    fn sig(&mut self, s: &FuncType, parent: Span) {
        self.inside(s.span, parent);
        self.fields(&s.params, s.span);
        self.fields(&s.results, s.span);
    }
    fn expr(&mut self, e: &Expr, parent: Span) {
        self.id(e.id);
        self.inside(e.span, parent);
        let sp = e.span;
        match &e.kind {
            ExprKind::CompositeLit { ty, elts, rbrace } => {
                if let Some(t) = ty {
                    self.expr(t, sp);
                }
                for el in elts {
                    if let Some(k) = &el.key {
                        self.expr(k, sp);
                    }
                    self.expr(&el.value, sp);
                }
                self.inside(*rbrace, sp);
            }
            ExprKind::FuncLit { sig, body } => {
                self.sig(sig, sp);
                self.block(body, sp);
            }
            ExprKind::Paren(x) | ExprKind::Star(x) | ExprKind::Unary(_, x) => self.expr(x, sp),
            ExprKind::Selector(x, n) => {
                self.expr(x, sp);
                self.ident(n, sp);
            }
            ExprKind::Index(x, l) => {
                self.expr(x, sp);
                l.iter().for_each(|a| self.expr(a, sp));
            }
            ExprKind::Slice { x, lo, hi, max } => {
                self.expr(x, sp);
                for v in [lo, hi, max].into_iter().flatten() {
                    self.expr(v, sp);
                }
            }
            ExprKind::TypeAssert(x, t) => {
                self.expr(x, sp);
                if let Some(t) = t {
                    self.expr(t, sp);
                }
            }
            ExprKind::Call { func, args, .. } => {
                self.expr(func, sp);
                args.iter().for_each(|a| self.expr(a, sp));
            }
            ExprKind::Binary(_, x, y) | ExprKind::MapType(x, y) => {
                self.expr(x, sp);
                self.expr(y, sp);
            }
            ExprKind::ArrayType { len, elem } => {
                if let ArrayLen::Expr(n) = len {
                    self.expr(n, sp);
                }
                self.expr(elem, sp);
            }
            ExprKind::StructType(fs) => self.fields(fs, sp),
            ExprKind::FuncType(s) => self.sig(s, sp),
            ExprKind::InterfaceType(elems) => {
                for m in elems {
                    match m {
                        InterfaceElem::Method { name, sig } => {
                            self.ident(name, sp);
                            self.sig(sig, sp);
                        }
                        InterfaceElem::Embed(t) => self.expr(t, sp),
                    }
                }
            }
            ExprKind::ChanType(_, x) => self.expr(x, sp),
            _ => {}
        }
    }
    fn block(&mut self, b: &Block, parent: Span) {
        self.inside(b.span, parent);
        self.inside(b.rbrace, b.span);
        for s in &b.stmts {
            self.stmt(s, b.span);
        }
    }
    fn value_specs(&mut self, g: &GenDecl<ValueSpec>, parent: Span) {
        self.inside(g.span, parent);
        for s in &g.specs {
            self.inside(s.span, g.span);
            s.names.iter().for_each(|n| self.ident(n, s.span));
            if let Some(t) = &s.ty {
                self.expr(t, s.span);
            }
            s.values.iter().for_each(|v| self.expr(v, s.span));
        }
    }
    fn type_specs(&mut self, g: &GenDecl<TypeSpec>, parent: Span) {
        self.inside(g.span, parent);
        for s in &g.specs {
            self.ident(&s.name, s.span);
            self.fields(&s.type_params, s.span);
            self.expr(&s.ty, s.span);
        }
    }
    fn stmt(&mut self, s: &Stmt, parent: Span) {
        self.inside(s.span, parent);
        let sp = s.span;
        match &s.kind {
            StmtKind::Empty | StmtKind::Fallthrough => {}
            StmtKind::Expr(x) | StmtKind::Go(x) | StmtKind::Defer(x) => self.expr(x, sp),
            StmtKind::IncDec(x, _) => self.expr(x, sp),
            StmtKind::Send(x, y) => {
                self.expr(x, sp);
                self.expr(y, sp);
            }
            StmtKind::Assign { lhs, rhs, .. } => {
                lhs.iter().chain(rhs).for_each(|x| self.expr(x, sp));
            }
            StmtKind::Var(g) | StmtKind::Const(g) => self.value_specs(g, sp),
            StmtKind::Type(g) => self.type_specs(g, sp),
            StmtKind::Return(l) => l.iter().for_each(|x| self.expr(x, sp)),
            StmtKind::Break(l) | StmtKind::Continue(l) => {
                if let Some(l) = l {
                    self.ident(l, sp);
                }
            }
            StmtKind::Goto(l) => self.ident(l, sp),
            StmtKind::Block(b) => self.block(b, sp),
            StmtKind::If {
                init,
                cond,
                then,
                els,
            } => {
                if let Some(i) = init {
                    self.stmt(i, sp);
                }
                self.expr(cond, sp);
                self.block(then, sp);
                if let Some(e) = els {
                    self.stmt(e, sp);
                }
            }
            StmtKind::Switch { init, tag, body } => {
                if let Some(i) = init {
                    self.stmt(i, sp);
                }
                if let Some(t) = tag {
                    self.expr(t, sp);
                }
                self.clauses(body, sp);
            }
            StmtKind::TypeSwitch {
                init,
                bind,
                x,
                body,
            } => {
                if let Some(i) = init {
                    self.stmt(i, sp);
                }
                if let Some(b) = bind {
                    self.ident(b, sp);
                }
                self.expr(x, sp);
                self.clauses(body, sp);
            }
            StmtKind::Select(cl) => {
                for c in cl {
                    self.inside(c.span, sp);
                    if let Some(s) = &c.comm {
                        self.stmt(s, c.span);
                    }
                    c.body.iter().for_each(|s| self.stmt(s, c.span));
                }
            }
            StmtKind::For {
                init,
                cond,
                post,
                body,
            } => {
                for s in [init, post].into_iter().flatten() {
                    self.stmt(s, sp);
                }
                if let Some(c) = cond {
                    self.expr(c, sp);
                }
                self.block(body, sp);
            }
            StmtKind::Range {
                key,
                value,
                x,
                body,
                ..
            } => {
                for k in [key, value].into_iter().flatten() {
                    self.expr(k, sp);
                }
                self.expr(x, sp);
                self.block(body, sp);
            }
            StmtKind::Labeled(l, s) => {
                self.ident(l, sp);
                self.stmt(s, sp);
            }
        }
    }
    fn clauses(&mut self, cl: &[CaseClause], parent: Span) {
        for c in cl {
            self.id(c.id);
            self.inside(c.span, parent);
            c.exprs.iter().for_each(|x| self.expr(x, c.span));
            c.body.iter().for_each(|s| self.stmt(s, c.span));
        }
    }
    fn file(f: &File, len: usize) {
        let mut w = Walk {
            seen: vec![false; f.node_count as usize],
            len: len as u32,
        };
        let all = Span::new(0, len as u32);
        w.ident(&f.package, all);
        for i in &f.imports {
            w.inside(i.span, all);
            if let Some(n) = &i.name {
                w.ident(n, i.span);
            }
        }
        for d in &f.decls {
            match d {
                Decl::Func(fd) => {
                    w.inside(fd.span, all);
                    w.ident(&fd.name, fd.span);
                    if let Some(r) = &fd.recv {
                        w.fields(std::slice::from_ref(r), fd.span);
                    }
                    w.fields(&fd.type_params, fd.span);
                    w.sig(&fd.sig, fd.span);
                    if let Some(b) = &fd.body {
                        w.block(b, fd.span);
                    }
                }
                Decl::Var(g) | Decl::Const(g) => w.value_specs(g, all),
                Decl::Type(g) => w.type_specs(g, all),
            }
        }
    }
}
