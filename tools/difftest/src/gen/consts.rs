//! Constant expressions and shifts: untyped integer, rune and floating-point constants mixed (Go
//! keeps them exact: `10/4*4.0` is 8, `'a'*2.0` is the float 194), constant shifts (`1<<62 >> 60`,
//! `1.0 << 3`), typed constants, and non-constant shifts of untyped constants whose type comes
//! from the context (`var v int8 = 1 << s` shifts in 8 bits, `fmt.Println('a' << s)` in 32);
//! iota in constant blocks (implicit repetition, blank entries, typed blocks), constants as array
//! lengths.
//!
//! Go rejects a constant that overflows its type, a constant division by zero, a shift of a
//! float: every constant is computed here exactly (rationals over i128) and only what Go accepts
//! is written. Go 1.19 crashes (internal compiler error) on a rune constant as the count of a
//! non-constant shift: shift counts are never runes.

use super::{Gen, Scope};

/// An exact rational: reduced, den > 0, both bounded so that products fit in i128.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Rat {
    n: i128,
    d: i128,
}

const BOUND: i128 = 1 << 100;
const DEN_BOUND: i128 = 1 << 40;

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

impl Rat {
    fn int(n: i128) -> Rat {
        Rat { n, d: 1 }
    }
    fn new(n: i128, d: i128) -> Option<Rat> {
        if d == 0 {
            return None;
        }
        let g = gcd(n, d).max(1);
        let (mut n, mut d) = (n / g, d / g);
        if d < 0 {
            (n, d) = (-n, -d);
        }
        (n.abs() <= BOUND && d <= DEN_BOUND).then_some(Rat { n, d })
    }
    fn is_int(self) -> bool {
        self.d == 1
    }
    fn add(self, o: Rat) -> Option<Rat> {
        let n = self
            .n
            .checked_mul(o.d)?
            .checked_add(o.n.checked_mul(self.d)?)?;
        Rat::new(n, self.d.checked_mul(o.d)?)
    }
    fn neg(self) -> Rat {
        Rat {
            n: -self.n,
            d: self.d,
        }
    }
    fn mul(self, o: Rat) -> Option<Rat> {
        Rat::new(self.n.checked_mul(o.n)?, self.d.checked_mul(o.d)?)
    }
    fn div(self, o: Rat) -> Option<Rat> {
        if o.n == 0 {
            return None;
        }
        Rat::new(self.n.checked_mul(o.d)?, self.d.checked_mul(o.n)?)
    }
}

/// The kinds of untyped constants, in Go's order: an operation's result has the later kind.
#[derive(Clone, Copy, PartialEq, PartialOrd, Debug)]
enum Kind {
    Int,
    Rune,
    Float,
}

/// A constant expression: its Go text, exact value and kind (for a typed constant, the kind of
/// the values it may hold), and its precedence (6 for operands, 5 for `*`-level, 4 for `+`-level).
#[derive(Clone, Debug)]
struct C {
    text: String,
    val: Rat,
    kind: Kind,
    prec: u8,
}

impl C {
    fn leaf(text: &str, val: Rat, kind: Kind) -> C {
        C {
            text: text.to_string(),
            val,
            kind,
            prec: 6,
        }
    }
    /// The text as an operand of a unary or postfix operator.
    fn operand(&self) -> String {
        if self.prec < 6 || self.text.starts_with(['-', '+', '^']) {
            format!("({})", self.text)
        } else {
            self.text.clone()
        }
    }
    fn integer(&self) -> Option<i128> {
        self.val.is_int().then_some(self.val.n)
    }
}

/// An integer type: its name, width and signedness.
#[derive(Clone, Copy)]
struct IntTy {
    name: &'static str,
    bits: u32,
    signed: bool,
}

const INT_TYPES: &[IntTy] = &[
    IntTy {
        name: "int8",
        bits: 8,
        signed: true,
    },
    IntTy {
        name: "uint8",
        bits: 8,
        signed: false,
    },
    IntTy {
        name: "byte",
        bits: 8,
        signed: false,
    },
    IntTy {
        name: "int16",
        bits: 16,
        signed: true,
    },
    IntTy {
        name: "uint16",
        bits: 16,
        signed: false,
    },
    IntTy {
        name: "int32",
        bits: 32,
        signed: true,
    },
    IntTy {
        name: "rune",
        bits: 32,
        signed: true,
    },
    IntTy {
        name: "uint32",
        bits: 32,
        signed: false,
    },
    IntTy {
        name: "int64",
        bits: 64,
        signed: true,
    },
    IntTy {
        name: "uint64",
        bits: 64,
        signed: false,
    },
    IntTy {
        name: "int",
        bits: 64,
        signed: true,
    },
    IntTy {
        name: "uint",
        bits: 64,
        signed: false,
    },
];

impl IntTy {
    fn min(self) -> i128 {
        if self.signed {
            -(1i128 << (self.bits - 1))
        } else {
            0
        }
    }
    fn max(self) -> i128 {
        if self.signed {
            (1i128 << (self.bits - 1)) - 1
        } else {
            (1i128 << self.bits) - 1
        }
    }
    fn holds(self, c: &C) -> bool {
        c.integer()
            .is_some_and(|v| v >= self.min() && v <= self.max())
    }
    /// The prelude's `asT` taking this type, if there is one.
    fn as_func(self) -> Option<String> {
        let name = match self.name {
            "byte" => "uint8",
            "rune" => "int32",
            "int" | "uint" => return None,
            n => n,
        };
        let mut f = String::from("as");
        f.push_str(&name[..1].to_uppercase());
        f.push_str(&name[1..]);
        Some(f)
    }
}

/// Untyped constant literals: decimal, hex, octal, binary, with underscores, runes, floats.
fn literal(g: &mut Gen) -> C {
    let i = |t: &str, v: i128| C::leaf(t, Rat::int(v), Kind::Int);
    let r = |t: &str, v: i128| C::leaf(t, Rat::int(v), Kind::Rune);
    let f = |t: &str, n: i128, d: i128| C::leaf(t, Rat::new(n, d).unwrap(), Kind::Float);
    match g.rng.below(16) {
        0..=4 => {
            let v = g.rng.range(0, 20) as i128;
            i(&v.to_string(), v)
        }
        5 => {
            let v = g.rng.range(100, 300) as i128;
            i(&v.to_string(), v)
        }
        6 => g
            .rng
            .pick(&[
                i("0x1F", 31),
                i("0o17", 15),
                i("0b101", 5),
                i("1_000", 1000),
                i("0xFF", 255),
                i("017", 15),
            ])
            .clone(),
        7 => g
            .rng
            .pick(&[
                i("4294967296", 1 << 32),
                i("9007199254740993", (1 << 53) + 1),
                i("0x7FFFFFFFFFFFFFFF", i64::MAX as i128),
                i("65535", 65535),
            ])
            .clone(),
        8..=10 => g
            .rng
            .pick(&[
                r("'a'", 97),
                r("'Z'", 90),
                r("'0'", 48),
                r("'\\n'", 10),
                r("'é'", 233),
                r("'€'", 8364),
                r("'\\x7f'", 127),
            ])
            .clone(),
        _ => g
            .rng
            .pick(&[
                f("0.5", 1, 2),
                f("1.5", 3, 2),
                f("2.25", 9, 4),
                f("0.1", 1, 10),
                f("1e3", 1000, 1),
                f("2.5e-1", 1, 4),
                f("1e-2", 1, 100),
                f("3.0", 3, 1),
                f(".5", 1, 2),
                f("1e20", 100_000_000_000_000_000_000, 1),
                f("7.", 7, 1),
            ])
            .clone(),
    }
}

/// A binary operation on two untyped constants, if Go accepts it and the result stays in bounds.
fn binary(l: &C, op: &str, r: &C) -> Option<C> {
    let ints = l.kind != Kind::Float && r.kind != Kind::Float;
    let kind = if l.kind > r.kind { l.kind } else { r.kind };
    let (val, kind) = match op {
        "+" => (l.val.add(r.val)?, kind),
        "-" => (l.val.add(r.val.neg())?, kind),
        "*" => (l.val.mul(r.val)?, kind),
        "/" if ints => {
            let (a, b) = (l.integer()?, r.integer()?);
            (Rat::int(a.checked_div(b)?), kind)
        }
        "/" => (l.val.div(r.val)?, kind),
        "%" | "&" | "|" | "^" | "&^" if ints => {
            let (a, b) = (l.integer()?, r.integer()?);
            let v = match op {
                "%" => a.checked_rem(b)?,
                "&" => a & b,
                "|" => a | b,
                "^" => a ^ b,
                _ => a & !b,
            };
            (Rat::new(v, 1)?, kind)
        }
        "<<" | ">>" if r.kind != Kind::Rune => {
            // The left operand is an integer value (a float one becomes an untyped int).
            let a = l.integer()?;
            let s = r.integer()?;
            if !(0..=100).contains(&s) {
                return None;
            }
            let v = if op == "<<" {
                a.checked_mul(1i128.checked_shl(s as u32)?)?
            } else {
                a >> s
            };
            let kind = if l.kind == Kind::Float {
                Kind::Int
            } else {
                l.kind
            };
            (Rat::new(v, 1)?, kind)
        }
        _ => return None,
    };
    let prec = if matches!(op, "+" | "-" | "|" | "^") {
        4
    } else {
        5
    };
    let lt = if l.prec < prec {
        format!("({})", l.text)
    } else {
        l.text.clone()
    };
    let rt = if r.prec <= prec {
        format!("({})", r.text)
    } else {
        r.text.clone()
    };
    Some(C {
        text: format!("{lt} {op} {rt}"),
        val,
        kind,
        prec,
    })
}

const OPS: &[&str] = &[
    "+", "-", "*", "/", "%", "<<", ">>", "&", "|", "^", "&^", "+", "*", "-",
];

/// A random untyped constant expression of the given depth.
fn cexpr(g: &mut Gen, depth: u32) -> C {
    if depth == 0 || g.rng.chance(25) {
        return literal(g);
    }
    for _ in 0..8 {
        if g.rng.chance(12) {
            let x = cexpr(g, depth - 1);
            let (op, v) = match g.rng.below(3) {
                0 => ("-", Some(x.val.neg())),
                1 => ("+", Some(x.val)),
                _ => (
                    "^",
                    x.integer()
                        .filter(|_| x.kind != Kind::Float)
                        .map(|v| Rat::int(-v - 1)),
                ),
            };
            if let Some(val) = v {
                return C {
                    text: format!("{op}{}", x.operand()),
                    val,
                    kind: x.kind,
                    prec: 6,
                };
            }
            continue;
        }
        let l = cexpr(g, depth - 1);
        let op = *g.rng.pick(OPS);
        let r = if matches!(op, "<<" | ">>") {
            // Shift counts: small ints, sometimes an integral float.
            let s = g.rng.range(0, 64) as i128;
            if g.rng.chance(20) {
                C::leaf(&format!("{s}.0"), Rat::int(s), Kind::Float)
            } else {
                C::leaf(&s.to_string(), Rat::int(s), Kind::Int)
            }
        } else {
            cexpr(g, depth - 1)
        };
        if let Some(c) = binary(&l, op, &r) {
            return c;
        }
    }
    literal(g)
}

/// Whether the constant may stand where its default type is used (fmt's arguments).
fn fits_default(c: &C) -> bool {
    match c.kind {
        Kind::Int => c.integer().is_some_and(|v| i64::try_from(v).is_ok()),
        Kind::Rune => c.integer().is_some_and(|v| i32::try_from(v).is_ok()),
        Kind::Float => true,
    }
}

impl Gen {
    pub(super) fn const_stmt(&mut self, scope: &Scope) {
        self.line("{");
        self.indent += 1;
        match self.rng.below(7) {
            0 | 1 => self.untyped_consts(scope),
            2 => self.typed_consts(),
            3 => self.iota_consts(),
            _ => self.context_shifts(scope),
        }
        self.indent -= 1;
        self.line("}");
    }

    /// An untyped constant expression that fits its default type (else a literal).
    fn printable_const(&mut self, depth: u32) -> C {
        for _ in 0..10 {
            let c = cexpr(self, depth);
            if fits_default(&c) {
                return c;
            }
        }
        C::leaf("1", Rat::int(1), Kind::Int)
    }

    /// Untyped constant expressions printed with their default types, assigned to typed
    /// variables, converted, declared as constants and used with variables.
    fn untyped_consts(&mut self, scope: &Scope) {
        let site = self.site();
        for _ in 0..self.rng.range(1, 3) {
            let depth = self.rng.range(1, 4) as u32;
            let c = self.printable_const(depth);
            match self.rng.below(5) {
                0 => {
                    ln!(
                        self,
                        "fmt.Printf(\"%s %T %v\\n\", \"{site}\", {t}, {t})",
                        t = c.text
                    );
                    self.feature("untyped constant expression (default type)");
                }
                1 => {
                    ln!(self, "fmt.Println(\"{site}\", {})", c.text);
                    self.feature("untyped constant expression (default type)");
                }
                2 => {
                    // A typed variable: any integer type holding the value, or a float type.
                    let fits: Vec<IntTy> =
                        INT_TYPES.iter().copied().filter(|t| t.holds(&c)).collect();
                    let v = self.var();
                    let ty = if fits.is_empty() || self.rng.chance(30) {
                        *self.rng.pick(&["float64", "float32"])
                    } else {
                        self.rng.pick(&fits).name
                    };
                    ln!(self, "var {v} {ty} = {}", c.text);
                    let d = self.rng.range(2, 7);
                    ln!(self, "fmt.Println(\"{site}\", {v}, -{v}, {v}/{d}, {v}*{d})");
                    self.feature("untyped constant assigned to a typed variable");
                }
                3 => {
                    let fits: Vec<IntTy> =
                        INT_TYPES.iter().copied().filter(|t| t.holds(&c)).collect();
                    let ty = if fits.is_empty() || self.rng.chance(25) {
                        *self.rng.pick(&["float64", "float32"])
                    } else {
                        self.rng.pick(&fits).name
                    };
                    ln!(self, "fmt.Println(\"{site}\", {ty}({}))", c.text);
                    if c.kind != Kind::Float
                        && c.integer().is_some_and(|v| (32..0x3000).contains(&v))
                    {
                        ln!(self, "fmt.Println(\"{site}\", string(rune({})))", c.text);
                    }
                    self.feature("untyped constant converted");
                }
                _ => {
                    // A named untyped constant used with a variable of the scope.
                    let k = self.var();
                    let v = self.rng.pick(&scope.ints).clone();
                    ln!(self, "const {k} = {}", c.text);
                    if c.integer().is_some_and(|v| v.abs() < 1 << 31) {
                        ln!(self, "fmt.Println(\"{site}\", {k}, {v}*{k}, {v}+{k})");
                    } else {
                        ln!(
                            self,
                            "fmt.Println(\"{site}\", {k}, float64({v})*{k}, {k}/float64({v}%5+9))"
                        );
                    }
                    self.feature("named untyped constant with a variable");
                }
            }
        }
    }

    /// Typed constants and constant arithmetic on them, each result representable in the type.
    fn typed_consts(&mut self) {
        let site = self.site();
        let k = self.var();
        if self.rng.chance(25) {
            let ty = *self.rng.pick(&["float64", "float32"]);
            let c = cexpr(self, 2);
            ln!(self, "const {k} {ty} = {}", c.text);
            let d = *self.rng.pick(&["3", "7", "0.1", "10"]);
            ln!(
                self,
                "fmt.Println(\"{site}\", {k}, {k}*{d}, {k}/{d}, -{k}, {k}+0.5)"
            );
            ln!(
                self,
                "fmt.Printf(\"%s %T %v %.3f\\n\", \"{site}\", {k}, {k}/{d}*{d}, {k})"
            );
            self.feature("typed float constant arithmetic");
            return;
        }
        // An integer type and a constant it holds.
        let ty = *self.rng.pick(INT_TYPES);
        let mut c = None;
        for _ in 0..20 {
            let depth = self.rng.range(0, 3) as u32;
            let cand = cexpr(self, depth);
            if ty.holds(&cand) {
                c = Some(cand);
                break;
            }
        }
        let c = c.unwrap_or_else(|| C::leaf("7", Rat::int(7), Kind::Int));
        let v = c.integer().unwrap_or(7);
        ln!(self, "const {k} {} = {}", ty.name, c.text);
        let typed = C {
            text: k.clone(),
            val: Rat::int(v),
            kind: Kind::Int,
            prec: 6,
        };
        let mut derived = vec![k.clone()];
        for _ in 0..self.rng.range(2, 6) {
            let e = match self.rng.below(4) {
                0 => {
                    // Unary operators: ^ flips the type's bits.
                    let flipped = if ty.signed { -v - 1 } else { ty.max() - v };
                    if self.rng.chance(50) {
                        Some((format!("^{k}"), flipped))
                    } else {
                        Some((format!("-{k}"), -v))
                    }
                }
                1 => {
                    let s = self.rng.range(0, ty.bits as i64 + 2) as u32;
                    let op = *self.rng.pick(&["<<", ">>"]);
                    let r = if op == "<<" {
                        v.checked_shl(s).unwrap_or(i128::MAX)
                    } else {
                        v >> s
                    };
                    // Left shifts of i128 may wrap for wide shifts: only small ones count.
                    (op == ">>" || (v.abs() < 1 << 64 && s < 64))
                        .then(|| (format!("{k} {op} {s}"), r))
                }
                _ => {
                    let lit = literal(self);
                    let op = *self.rng.pick(&["+", "-", "*", "/", "%", "&", "|", "&^"]);
                    if !ty.holds(&lit) {
                        None
                    } else {
                        binary(&typed, op, &lit).and_then(|r| {
                            let rv = r.integer()?;
                            Some((r.text, rv))
                        })
                    }
                }
            };
            if let Some((text, val)) = e {
                if val >= ty.min() && val <= ty.max() {
                    derived.push(text);
                }
            }
        }
        ln!(self, "fmt.Println(\"{site}\", {})", derived.join(", "));
        if self.rng.chance(40) {
            ln!(self, "fmt.Printf(\"%s %T %v\\n\", \"{site}\", {k}, {k})");
        }
        self.feature("typed integer constant arithmetic");
    }

    /// Non-constant shifts: an untyped constant shifted by a variable takes its type from the
    /// context; typed variables shifted by variables and by untyped constants.
    fn context_shifts(&mut self, scope: &Scope) {
        let site = self.site();
        let s = self.var();
        let sty = *self.rng.pick(&["uint", "int", "uint8", "uint32", "int64"]);
        let wide = *self.rng.pick(&[8, 9, 17, 33, 65, 70]);
        let count = if sty.starts_with('i') && self.rng.chance(4) {
            let v = self.rng.pick(&scope.ints).clone();
            self.feature("negative shift count (panics)");
            format!("{sty}({v}%3 - 3)")
        } else {
            let idx = self.index_of(scope, wide);
            format!("{sty}({idx})")
        };
        ln!(self, "{s} := {count}");
        for _ in 0..self.rng.range(1, 4) {
            let ty = *self.rng.pick(INT_TYPES);
            // The shifted untyped constant: an int, sometimes a rune or an integral float.
            let mut c = literal(self);
            if c.kind == Kind::Float && !c.val.is_int() {
                c = C::leaf("1", Rat::int(1), Kind::Int);
            }
            if !ty.holds(&c) {
                c = C::leaf("1", Rat::int(1), Kind::Int);
            }
            let float = c.kind == Kind::Float;
            let c = c.operand();
            // Not with a float constant: `1.0<<s + 2` is a shift of an untyped float.
            let arm = match self.rng.below(7) {
                1 if float => 0,
                a => a,
            };
            match arm {
                0 => {
                    let w = self.var();
                    ln!(self, "var {w} {} = {c} << {s}", ty.name);
                    ln!(self, "fmt.Println(\"{site}\", {w})");
                    self.feature("untyped constant shifted in a typed declaration");
                }
                1 => {
                    let w = self.var();
                    let d = literal(self);
                    let d = if ty.holds(&d) && d.kind != Kind::Float {
                        d.operand()
                    } else {
                        "1".to_string()
                    };
                    let op = *self.rng.pick(&["+", "|", "^", "-"]);
                    ln!(self, "var {w} {} = {c}<<{s} {op} {d}", ty.name);
                    ln!(self, "fmt.Println(\"{site}\", {w})");
                    self.feature("untyped constant shifted in a typed declaration");
                }
                2 => {
                    // In fmt's arguments an untyped int shifts as int, a rune as int32.
                    let p = self.printable_const(0);
                    if p.kind == Kind::Float {
                        ln!(self, "fmt.Println(\"{site}\", 1<<{s}, 1>>{s})");
                    } else {
                        let p = p.operand();
                        ln!(self, "fmt.Println(\"{site}\", {p}<<{s}, {p}>>{s})");
                    }
                    self.feature("untyped constant shifted with its default type");
                }
                3 => match ty.as_func() {
                    Some(f) => {
                        ln!(self, "fmt.Println(\"{site}\", {f}({c}<<{s}))");
                        self.feature("untyped constant shifted as a typed argument");
                    }
                    None => ln!(self, "fmt.Println(\"{site}\", {}({c}<<{s}))", ty.name),
                },
                4 => {
                    ln!(
                        self,
                        "fmt.Println(\"{site}\", {}({c}<<{s}), {}({c}>>{s}))",
                        ty.name,
                        ty.name
                    );
                    self.feature("untyped constant shifted in a conversion");
                }
                5 => {
                    let (t, v) = (self.var(), self.rng.pick(&scope.ints).clone());
                    ln!(self, "{t} := {}({v})", ty.name);
                    ln!(self, "fmt.Println(\"{site}\", {t}+{c}<<{s}, {t} == {c}<<{s}, {t}<<{s}, {t}>>{s}, -{t}>>{s})");
                    self.feature("untyped constant shifted beside a typed operand");
                }
                _ => {
                    // Typed operands shifted by untyped constant counts, ints and floats.
                    let (t, v) = (self.var(), self.rng.pick(&scope.ints).clone());
                    let (a, b) = (self.rng.range(0, ty.bits as i64 + 3), self.rng.range(0, 5));
                    ln!(self, "{t} := {}({v})", ty.name);
                    ln!(
                        self,
                        "fmt.Println(\"{site}\", {t}<<{a}, {t}>>{b}.0, {t}<<(1<<2), {t}>>{s}<<{b})"
                    );
                    self.feature("typed shift by an untyped constant count");
                }
            }
        }
        if self.rng.chance(30) {
            // An untyped int shift compared with an untyped constant: both are ints.
            ln!(
                self,
                "fmt.Println(\"{site}\", 1<<{s} == 1<<33, 1<<{s} > 1000)"
            );
        }
        if self.rng.chance(4) {
            // Untyped kinds mixed in a comparison: the larger kind's default type wins, so a
            // rune shift wraps at 32 bits beside an int constant (`'0'<<s == 0`).
            let r = *self.rng.pick(&["'0'", "'a'", "'\\x01'", "'~'"]);
            let k = self.rng.range(0, 100);
            let cmp = *self.rng.pick(&["==", "!=", "<", ">=", ">"]);
            ln!(
                self,
                "fmt.Println(\"{site}\", {r}<<{s} {cmp} {k}, {k} {cmp} {r}>>{s}, 1<<{s} {cmp} {r}<<{s})"
            );
            self.feature("untyped rune and int shifts compared");
        }
    }

    /// A constant block with iota: an expression repeated implicitly, blank entries, sometimes
    /// a type; each value computed here so that a typed block only holds what fits.
    fn iota_consts(&mut self) {
        let site = self.site();
        let k = self.rng.range(1, 9) as i128;
        let m = self.rng.range(1, 3) as i128;
        let first = self.rng.range(0, 1) as i128;
        // The expression, and its value and kind at each iota.
        let (text, kind): (String, Kind) = match self.rng.below(7) {
            0 => (format!("{k} << iota"), Kind::Int),
            1 => (format!("{k} << ({m} * iota)"), Kind::Int),
            2 => (
                format!("iota * {}", ["0.5", "1.5", "2.25"][m as usize - 1]),
                Kind::Float,
            ),
            3 => ("1<<iota - 1".to_string(), Kind::Int),
            4 => ("'a' + iota".to_string(), Kind::Rune),
            5 => (format!("(iota + {k}) * {m}"), Kind::Int),
            _ => ("-iota >> 1".to_string(), Kind::Int),
        };
        let value = |n: i128| -> Rat {
            match (text.as_str(), kind) {
                (_, Kind::Float) => {
                    Rat::new(n * [1, 3, 9][m as usize - 1], [2, 2, 4][m as usize - 1]).unwrap()
                }
                ("1<<iota - 1", _) => Rat::int((1 << n) - 1),
                ("'a' + iota", _) => Rat::int(97 + n),
                ("-iota >> 1", _) => Rat::int(-n >> 1),
                (t, _) if t.starts_with('(') => Rat::int((n + k) * m),
                (t, _) if t.contains('*') => Rat::int(k << (m * n)),
                _ => Rat::int(k << n),
            }
        };
        let n = self.rng.range(2, 5) as i128;
        let vals: Vec<C> = (0..first + n)
            .map(|i| C {
                text: String::new(),
                val: value(i),
                kind,
                prec: 6,
            })
            .collect();
        let typed: Vec<&str> = match kind {
            Kind::Float => vec!["float32", "float64"],
            _ => INT_TYPES
                .iter()
                .filter(|t| vals.iter().all(|c| t.holds(c)))
                .map(|t| t.name)
                .collect(),
        };
        let ty = if !typed.is_empty() && self.rng.chance(40) {
            format!(" {}", self.rng.pick(&typed))
        } else {
            String::new()
        };
        self.line("const (");
        let mut names = Vec::new();
        if first == 1 {
            ln!(self, "\t_{ty} = {text}");
        }
        for i in 0..n {
            let name = self.var();
            if i == 0 && first == 0 {
                ln!(self, "\t{name}{ty} = {text}");
            } else if self.rng.chance(15) && i + 1 < n {
                self.line("\t_");
                continue;
            } else {
                ln!(self, "\t{name}");
            }
            names.push(name);
        }
        self.line(")");
        if !names.is_empty() {
            let all = names.join(", ");
            ln!(self, "fmt.Println(\"{site}\", {all})");
            ln!(
                self,
                "fmt.Printf(\"%s %T\\n\", \"{site}\", {})",
                names[names.len() - 1]
            );
            if kind != Kind::Float && vals.iter().all(|c| c.val.n >= 0 && c.val.n < 64) {
                let a = self.var();
                let last = &names[names.len() - 1];
                ln!(self, "var {a} [{last}]int");
                ln!(self, "fmt.Println(\"{site} array\", len({a}), {a})");
                self.feature("constant as an array length");
            }
        }
        self.feature("iota constant block");
    }
}
