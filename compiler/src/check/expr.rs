//! Expressions: typing, untyped-constant conversion, constant folding, calls and builtins.

use super::constant::{self, ConstVal, FoldError, ReprError};
use super::lib::Member;
use super::lookup::{Lookup, Target};
use super::types::*;
use super::*;

#[derive(Clone, Debug)]
pub(crate) struct Operand {
    pub mode: Mode,
    pub ty: TypeId,
}

impl Operand {
    fn bad() -> Operand {
        Operand {
            mode: Mode::Value,
            ty: VOID,
        }
    }
    /// The operand of an expression that already failed (and was reported).
    pub fn is_bad(&self) -> bool {
        self.ty == VOID && matches!(self.mode, Mode::Value)
    }
    fn konst(&self) -> Option<&ConstVal> {
        match &self.mode {
            Mode::Const(c) => Some(c),
            _ => None,
        }
    }
}

pub(crate) fn strip_parens(mut e: &Expr) -> &Expr {
    for _ in 0..10_000 {
        match &e.kind {
            ExprKind::Paren(x) => e = x,
            _ => return e,
        }
    }
    e
}

impl<'a> Checker<'a> {
    fn fn_idx(&self) -> Option<FuncIdx> {
        self.fctx.last().map(|f| f.idx)
    }

    /// Go's short rendering of an expression for messages.
    pub(crate) fn expr_string(&self, e: &Expr) -> String {
        self.expr_string_d(e, 0)
    }

    fn expr_string_d(&self, e: &Expr, d: u32) -> String {
        if d > 8 {
            return "…".into();
        }
        let s = |x: &Expr| self.expr_string_d(x, d + 1);
        match &e.kind {
            ExprKind::Ident(n) => n.clone(),
            ExprKind::IntLit(t) | ExprKind::FloatLit(t) | ExprKind::ImagLit(t) => t.clone(),
            ExprKind::CharLit(c) => match char::from_u32(*c) {
                Some(ch) => format!("{:?}", ch),
                None => format!("{}", c),
            },
            ExprKind::StringLit(b) => format!("{:?}", String::from_utf8_lossy(b)),
            ExprKind::Paren(x) => format!("({})", s(x)),
            ExprKind::Selector(x, n) => format!("{}.{}", s(x), n.name),
            ExprKind::Index(x, i) => format!(
                "{}[{}]",
                s(x),
                i.iter().map(s).collect::<Vec<_>>().join(", ")
            ),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => format!(
                "{}({}{})",
                s(func),
                args.iter().map(s).collect::<Vec<_>>().join(", "),
                if *ellipsis { "..." } else { "" }
            ),
            ExprKind::Star(x) => format!("*{}", s(x)),
            ExprKind::Unary(op, x) => {
                let o = match op {
                    UnOp::Pos => "+",
                    UnOp::Neg => "-",
                    UnOp::Not => "!",
                    UnOp::Xor => "^",
                    UnOp::Tilde => "~",
                    UnOp::Addr => "&",
                    UnOp::Recv => "<-",
                    UnOp::Deref => "*",
                };
                format!("{}{}", o, s(x))
            }
            ExprKind::Binary(op, a, b) => format!("{} {} {}", s(a), op.as_str(), s(b)),
            ExprKind::FuncLit { sig, body } => format!(
                "{} {}",
                self.func_type_string(sig, d),
                if body.stmts.is_empty() { "{}" } else { "{…}" }
            ),
            ExprKind::FuncType(sig) => self.func_type_string(sig, d),
            ExprKind::MapType(k, v) => format!("map[{}]{}", s(k), s(v)),
            ExprKind::ChanType(dir, el) => match dir {
                ChanDir::Both => format!("chan {}", s(el)),
                ChanDir::Send => format!("chan<- {}", s(el)),
                ChanDir::Recv => format!("<-chan {}", s(el)),
            },
            ExprKind::StructType(fields) => format!(
                "struct{{{}}}",
                fields
                    .iter()
                    .map(|f| self.field_string(f, d))
                    .collect::<Vec<_>>()
                    .join("; ")
            ),
            ExprKind::CompositeLit { ty, elts, .. } => {
                let body = if elts.is_empty() { "{}" } else { "{…}" };
                match ty {
                    Some(t) => format!("{}{}", s(t), body),
                    None => body.into(),
                }
            }
            ExprKind::Slice { x, lo, hi, max } => {
                let o = |v: &Option<Box<Expr>>| v.as_ref().map(|x| s(x)).unwrap_or_default();
                match max {
                    Some(_) => format!("{}[{}:{}:{}]", s(x), o(lo), o(hi), o(max)),
                    None => format!("{}[{}:{}]", s(x), o(lo), o(hi)),
                }
            }
            ExprKind::ArrayType { len, elem } => match len {
                ArrayLen::Slice => format!("[]{}", s(elem)),
                ArrayLen::Ellipsis => format!("[...]{}", s(elem)),
                ArrayLen::Expr(n) => format!("[{}]{}", s(n), s(elem)),
            },
            ExprKind::TypeAssert(x, t) => match t {
                Some(t) => format!("{}.({})", s(x), s(t)),
                None => format!("{}.(type)", s(x)),
            },
            _ => "expression".into(),
        }
    }

    /// `func(a int) (int, error)` as Go's syntax printer writes it in messages.
    fn func_type_string(&self, sig: &FuncType, d: u32) -> String {
        let list = |fs: &[Field]| {
            fs.iter()
                .map(|f| self.field_string(f, d))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let params = format!("func({})", list(&sig.params));
        match sig.results.as_slice() {
            [] => params,
            [r] if r.names.is_empty() => format!("{} {}", params, list(&sig.results)),
            rs => format!("{} ({})", params, list(rs)),
        }
    }

    /// A parameter or struct field group: `a, b int`, `...string`, `T`.
    fn field_string(&self, f: &Field, d: u32) -> String {
        let ty = self.expr_string_d(&f.ty, d + 1);
        let ty = if f.variadic { format!("...{}", ty) } else { ty };
        if f.names.is_empty() {
            return ty;
        }
        let names: Vec<&str> = f.names.iter().map(|n| n.name.as_str()).collect();
        format!("{} {}", names.join(", "), ty)
    }

    /// `x (variable of type int)`, `"a" (untyped string constant)`, as Go describes operands.
    pub(crate) fn describe(&self, e: &Expr, op: &Operand) -> String {
        let es = self.expr_string(e);
        let tn = self.info.types.name_local(op.ty);
        match &op.mode {
            Mode::Const(c) => {
                // Go shows the value when its rendering differs from the expression's text.
                let v = c.describe();
                let val = if v == es {
                    String::new()
                } else {
                    format!(" {}", v)
                };
                if self.info.types.is_untyped(op.ty) {
                    format!("{} ({} constant{})", es, tn, val)
                } else {
                    format!("{} (constant{} of type {})", es, val, tn)
                }
            }
            Mode::Nil => "nil".into(),
            Mode::Var => format!("{} (variable of type {})", es, tn),
            _ => format!("{} (value of type {})", es, tn),
        }
    }

    pub(crate) fn single_value(&mut self, op: &Operand, e: &Expr) -> bool {
        match &op.mode {
            Mode::NoValue => {
                self.diags.error(
                    e.span,
                    format!("{} (no value) used as value", self.expr_string(e)),
                );
                false
            }
            Mode::Type => {
                self.diags.error(
                    e.span,
                    format!("{} (type) is not an expression", self.expr_string(e)),
                );
                false
            }
            Mode::Builtin(b) => {
                self.diags
                    .error(e.span, format!("{} (built-in) must be called", b.name()));
                false
            }
            Mode::Package => {
                self.diags.error(
                    e.span,
                    format!("use of package {} without selector", self.expr_string(e)),
                );
                false
            }
            _ => {
                if let Some(ts) = self.info.types.tuple(op.ty) {
                    if !ts.is_empty() {
                        self.diags.error(
                            e.span,
                            format!(
                                "multiple-value {} (value of type {}) in single-value context",
                                self.expr_string(e),
                                self.info.types.name_local(op.ty)
                            ),
                        );
                        return false;
                    }
                }
                true
            }
        }
    }

    /// Check an expression that must produce exactly one value.
    pub(crate) fn value(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        let op = self.expr(e, hint);
        if op.is_bad() {
            return op;
        }
        if !self.single_value(&op, e) {
            return Operand::bad();
        }
        op
    }

    /// The types of an expression assigned to `n` variables: a multi-value call, or the
    /// comma-ok form of a type assertion.
    pub(crate) fn multi_value(&mut self, e: &Expr, n: usize) -> Vec<TypeId> {
        if n == 2 {
            if let ExprKind::Index(..) = strip_parens(e).kind {
                let op = self.expr(e, None);
                if op.mode == Mode::MapIndex {
                    self.info.comma_ok.insert(strip_parens(e).id);
                    return vec![op.ty, UNTYPED_BOOL];
                }
                if op.is_bad() {
                    return vec![VOID; 2];
                }
                return self.tuple_types(&op, e, n, "assignment");
            }
            if let ExprKind::TypeAssert(..) | ExprKind::Unary(UnOp::Recv, _) = strip_parens(e).kind
            {
                let op = self.expr(e, None);
                if op.is_bad() {
                    return vec![VOID; 2];
                }
                self.info.comma_ok.insert(strip_parens(e).id);
                return vec![op.ty, UNTYPED_BOOL];
            }
        }
        let op = self.expr(e, None);
        self.tuple_types(&op, e, n, "assignment")
    }

    /// Can the `t` from [`Checker::multi_value`] be assigned to a variable of type `to`? The
    /// comma-ok value is an untyped bool: assignable to any boolean type, and as a bool to
    /// anything else (`v, ok = m[k]` with `var ok MyBool`, or with `var ok any`).
    pub(crate) fn multi_assignable(&self, t: TypeId, to: TypeId) -> bool {
        if t == UNTYPED_BOOL && (self.info.types.is_bool(to) || self.assignable(BOOL, to)) {
            return true;
        }
        self.assignable(t, to)
    }

    fn type_assert(&mut self, e: &Expr, x: &Expr, t: Option<&Expr>) -> Operand {
        let op = self.value(x, None);
        if op.is_bad() {
            return op;
        }
        let Some(t) = t else {
            self.diags.error(
                e.span,
                "invalid syntax tree: use of .(type) outside type switch",
            );
            return Operand::bad();
        };
        if !self.info.types.is_interface(op.ty) {
            self.diags.error(
                x.span,
                format!(
                    "invalid operation: {} is not an interface",
                    self.describe(x, &op)
                ),
            );
            return Operand::bad();
        }
        let ty = self.type_expr(t);
        if ty == VOID {
            return Operand::bad();
        }
        if !self.info.types.is_interface(ty) && !self.implements(ty, op.ty) {
            self.diags.error(
                t.span,
                format!(
                    "impossible type assertion: {}\n\t{} does not implement {}",
                    self.expr_string(e),
                    self.info.types.name_local(ty),
                    self.info.types.name_local(op.ty)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty,
        }
    }

    pub(crate) fn tuple_types(
        &mut self,
        op: &Operand,
        e: &Expr,
        n: usize,
        ctx: &str,
    ) -> Vec<TypeId> {
        if op.is_bad() {
            return vec![VOID; n];
        }
        let got: Vec<TypeId> = match self.info.types.tuple(op.ty) {
            Some(ts) => ts.to_vec(),
            None => vec![op.ty],
        };
        if got.len() != n {
            self.diags.error(
                e.span,
                format!(
                    "{} mismatch: {} variable{} but {} return{} {} value{}",
                    ctx,
                    n,
                    if n == 1 { "" } else { "s" },
                    self.expr_string(e),
                    if got.len() == 1 { "s" } else { "" },
                    got.len(),
                    if got.len() == 1 { "" } else { "s" }
                ),
            );
            return vec![VOID; n];
        }
        got
    }

    /// Is a value of type `from` assignable to `to` (spec "Assignability"), for typed `from`?
    pub(crate) fn assignable(&self, from: TypeId, to: TypeId) -> bool {
        if from == to || from == VOID || to == VOID {
            return true;
        }
        let t = &self.info.types;
        if t.is_interface(to) && self.implements(from, to) {
            return true;
        }
        // Identical underlying types and at least one is not named.
        if t.underlying(from) == t.underlying(to) && (!t.has_name(from) || !t.has_name(to)) {
            return !t.is_interface(to) || from == to || !t.is_named(from);
        }
        // A bidirectional channel to a directional one of the same element type.
        if let (TypeKind::Chan(ChanDir::Both, a), TypeKind::Chan(_, b)) =
            (t.kind(t.underlying(from)), t.kind(t.underlying(to)))
        {
            return a == b && (!t.is_named(from) || !t.is_named(to));
        }
        false
    }

    pub(crate) fn implements(&self, t: TypeId, iface: TypeId) -> bool {
        let TypeKind::Interface(ms) = self.info.types.ukind(iface) else {
            return false;
        };
        if ms.is_empty() {
            return true;
        }
        if let TypeKind::Interface(have) = self.info.types.ukind(t) {
            return ms.iter().all(|m| have.iter().any(|h| h == m));
        }
        self.missing_method(t, iface).is_none()
    }

    /// The first method of interface `iface` that type `t` lacks, and whether t has it with a
    /// pointer receiver (Go: "method M has pointer receiver"). Promoted methods count, with
    /// Go's method-set rules (lookup::Info::lookup).
    pub(crate) fn missing_method(&self, t: TypeId, iface: TypeId) -> Option<(String, bool)> {
        let TypeKind::Interface(ms) = self.info.types.ukind(iface) else {
            return None;
        };
        for m in ms {
            let have = match self.info.lookup(t, &m.name) {
                Lookup::Found(s) => match s.target {
                    Target::Method { func, ptr_recv } => {
                        if ptr_recv && !s.indirect {
                            return Some((m.name.clone(), true));
                        }
                        self.info
                            .types
                            .sig(self.info.funcs[func as usize].sig)
                            .map(|s| {
                                let mut s = s.clone();
                                s.params.remove(0);
                                s
                            })
                    }
                    Target::IfaceMethod { sig, .. } => self.info.types.sig(sig).cloned(),
                    Target::Field { .. } => None,
                },
                _ => None,
            };
            let want = self.info.types.sig(m.sig);
            if have.is_none() || have.as_ref() != want {
                return Some((m.name.clone(), false));
            }
        }
        None
    }

    /// Convert an operand for assignment to `target`: untyped constants take the target type
    /// (checking representability), and everything else must be assignable.
    pub(crate) fn assign_op(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
        ctx: &str,
    ) -> bool {
        if op.is_bad() || target == VOID {
            return false;
        }
        if !self.single_value(op, e) {
            *op = Operand::bad();
            return false;
        }
        if op.mode == Mode::Nil {
            let ok = matches!(
                self.info.types.ukind(target),
                TypeKind::Pointer(_)
                    | TypeKind::Func(_)
                    | TypeKind::Slice(_)
                    | TypeKind::Map(..)
                    | TypeKind::Chan(..)
                    | TypeKind::Interface(_)
            ) || self.info.types.basic(target) == Some(Basic::UntypedNil);
            if !ok {
                self.diags.error(
                    e.span,
                    format!(
                        "cannot use nil as {} value in {}",
                        self.info.types.name_local(target),
                        ctx
                    ),
                );
                return false;
            }
            self.record(e.id, Mode::Nil, target);
            op.ty = target;
            return true;
        }
        if self.info.types.is_untyped(op.ty) {
            let target_u = if self.info.types.is_interface(target) {
                self.info.types.default_type(op.ty)
            } else {
                target
            };
            if !self.convert_untyped(op, e, target_u, ctx) {
                return false;
            }
            if self.info.types.is_interface(target) && self.implements(op.ty, target) {
                return true;
            }
        }
        if !self.assignable(op.ty, target) {
            let why = if self.info.types.is_interface(target) {
                let tn = self.info.types.name_local(target);
                match self.missing_method(op.ty, target) {
                    Some((m, true)) => format!(
                        ":\n\t{} does not implement {} ({} method has pointer receiver)",
                        self.info.types.name_local(op.ty),
                        tn,
                        m
                    ),
                    Some((m, false)) => format!(
                        ":\n\t{} does not implement {} (missing {} method)",
                        self.info.types.name_local(op.ty),
                        tn,
                        m
                    ),
                    None => String::new(),
                }
            } else {
                String::new()
            };
            // Go 1.19: failed assignability says "as type T" (untyped constants that do not
            // fit say "as T value", in convert_untyped).
            let as_what = format!("type {}", self.info.types.name_local(target));
            self.diags.error(
                e.span,
                format!(
                    "cannot use {} as {} in {}{}",
                    self.describe(e, op),
                    as_what,
                    ctx,
                    why
                ),
            );
            return false;
        }
        true
    }

    /// Give an untyped operand the type `target` (a basic or named basic type), as Go's implicit
    /// conversion does, recording the new type on the expression.
    pub(crate) fn convert_untyped(
        &mut self,
        op: &mut Operand,
        e: &Expr,
        target: TypeId,
        ctx: &str,
    ) -> bool {
        let tb = self.info.types.basic(target);
        let from = self.info.types.basic(op.ty).unwrap_or(Basic::UntypedInt);
        let ok_kind = match tb {
            Some(b) if !b.is_untyped() || b == Basic::UntypedBool => match from {
                Basic::UntypedBool => b.is_bool(),
                Basic::UntypedString => b.is_string(),
                Basic::UntypedInt | Basic::UntypedRune | Basic::UntypedFloat => b.is_numeric(),
                _ => false,
            },
            Some(b) if b.is_untyped() => true,
            _ => false,
        };
        if !ok_kind {
            self.diags.error(
                e.span,
                format!(
                    "cannot use {} as {} value in {}",
                    self.describe(e, op),
                    self.info.types.name_local(target),
                    ctx
                ),
            );
            *op = Operand::bad();
            return false;
        }
        if let Mode::Const(c) = op.mode.clone() {
            let tb = tb.unwrap();
            let c2 = match c.represent(tb) {
                Ok(c2) => c2,
                Err(why) => {
                    let why = match why {
                        ReprError::Overflow => "overflows",
                        ReprError::Truncated => "truncated",
                    };
                    self.diags.error(
                        e.span,
                        format!(
                            "cannot use {} as {} value in {} ({})",
                            self.describe(e, op),
                            self.info.types.name_local(target),
                            ctx,
                            why
                        ),
                    );
                    *op = Operand::bad();
                    return false;
                }
            };
            op.mode = Mode::Const(c2.clone());
            op.ty = target;
            self.record(e.id, Mode::Const(c2), target);
        } else {
            // Untyped non-constant: comparisons (untyped bool) and shifts of untyped constants.
            op.ty = target;
            self.retype_untyped(e, target);
        }
        true
    }

    /// Push a type into an untyped non-constant expression tree (`a < b`, `1 << n`, `!x`).
    fn retype_untyped(&mut self, e: &Expr, target: TypeId) {
        let Some(tv) = self.info.tv(e.id).cloned() else {
            return;
        };
        if !self.info.types.is_untyped(tv.ty) {
            return;
        }
        self.record(e.id, tv.mode.clone(), target);
        match &e.kind {
            ExprKind::Paren(x) => self.retype_untyped(x, target),
            ExprKind::Unary(_, x) => self.retype_untyped(x, target),
            ExprKind::Binary(op, a, b) => {
                if matches!(op, BinOp::Shl | BinOp::Shr) {
                    self.retype_untyped(a, target);
                } else if !op.is_comparison() {
                    self.retype_untyped(a, target);
                    self.retype_untyped(b, target);
                }
            }
            _ => {}
        }
    }

    /// Give an untyped operand its default type (for `x := 1`, interface arguments, ...).
    pub(crate) fn default_op(&mut self, op: &mut Operand, e: &Expr) {
        if self.info.types.is_untyped(op.ty) && op.mode != Mode::Nil {
            let d = self.info.types.default_type(op.ty);
            self.convert_untyped(op, e, d, "assignment");
        }
    }

    fn note_ref(&mut self, o: ObjId) {
        self.note_dep(Dep::Obj(o));
    }

    /// Record a reference of the current package-level initializer or function (for
    /// Checker::order_globals).
    pub(crate) fn note_dep(&mut self, d: Dep) {
        if let Some(refs) = self.global_refs.last_mut() {
            refs.insert(d);
        }
        if let Some(f) = self.fctx.first() {
            let top = f.idx;
            self.func_refs.entry(top).or_default().insert(d);
        }
    }

    /// Mark variable `o` used from the current function, recording captures for closures.
    pub(crate) fn use_var(&mut self, o: ObjId, mark_used: bool) {
        if mark_used {
            self.info.objs[o as usize].used = true;
        }
        let Some(v) = self.info.var(o).cloned() else {
            return;
        };
        if v.global {
            self.note_ref(o);
            return;
        }
        let Some(cur) = self.fn_idx() else { return };
        if v.owner == Some(cur) {
            return;
        }
        if let ObjKind::Var(vi) = &mut self.info.objs[o as usize].kind {
            vi.captured = true;
        }
        // Every function between the current one and the owner captures the variable.
        let mut f = Some(cur);
        while let Some(fi) = f {
            if Some(fi) == v.owner {
                break;
            }
            let body = &mut self.info.funcs[fi as usize];
            if !body.captures.contains(&o) {
                body.captures.push(o);
            }
            f = body.parent;
        }
    }

    pub(crate) fn expr(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        if let Some((id, op)) = self.checked.take() {
            if id == e.id {
                return op;
            }
            self.checked = Some((id, op));
        }
        let op = self.expr_inner(e, hint);
        if !op.is_bad() || matches!(op.mode, Mode::NoValue) {
            self.record(e.id, op.mode.clone(), op.ty);
        }
        op
    }

    fn expr_inner(&mut self, e: &Expr, hint: Option<TypeId>) -> Operand {
        match &e.kind {
            ExprKind::Bad => Operand::bad(),
            ExprKind::Ident(name) => self.ident(e, name, true),
            ExprKind::IntLit(t) | ExprKind::FloatLit(t) if t.len() > constant::MAX_LITERAL_LEN => {
                let head: String = t.chars().take(10).collect();
                self.diags.error(
                    e.span,
                    format!("excessively long constant: {}... ({} chars)", head, t.len()),
                );
                Operand::bad()
            }
            ExprKind::IntLit(t) => match constant::parse_int(t) {
                Some(v) => Operand {
                    mode: Mode::Const(ConstVal::Int(v)),
                    ty: UNTYPED_INT,
                },
                None => {
                    self.diags
                        .error(e.span, format!("malformed constant: {}", t));
                    Operand::bad()
                }
            },
            ExprKind::FloatLit(t) => match constant::parse_float(t) {
                Some(v) => Operand {
                    mode: Mode::Const(ConstVal::Float(v)),
                    ty: UNTYPED_FLOAT,
                },
                None => {
                    self.diags
                        .error(e.span, format!("malformed constant: {}", t));
                    Operand::bad()
                }
            },
            ExprKind::ImagLit(_) => {
                self.diags.unsupported(e.span, "complex numbers");
                Operand::bad()
            }
            ExprKind::CharLit(c) => Operand {
                mode: Mode::Const(ConstVal::int(*c as i64)),
                ty: UNTYPED_RUNE,
            },
            ExprKind::StringLit(s) => Operand {
                mode: Mode::Const(ConstVal::Str(s.clone())),
                ty: UNTYPED_STRING,
            },
            ExprKind::Paren(x) => {
                let op = self.expr(x, hint);
                if matches!(op.mode, Mode::Var) {
                    return op;
                }
                op
            }
            ExprKind::FuncLit { sig, body } => self.func_lit(e, sig, body),
            ExprKind::CompositeLit { ty, elts, .. } => {
                self.composite_lit(e, ty.as_deref(), elts, hint)
            }
            ExprKind::Selector(x, sel) => self.selector(e, x, sel),
            ExprKind::Index(x, idx) => self.index(e, x, idx),
            ExprKind::Slice { x, lo, hi, max } => self.slice_expr(e, x, lo, hi, max),
            ExprKind::TypeAssert(x, t) => self.type_assert(e, x, t.as_deref()),
            ExprKind::Call {
                func,
                args,
                ellipsis,
            } => self.call(e, func, args, *ellipsis),
            ExprKind::Star(x) => {
                let op = self.expr(x, None);
                match op.mode {
                    Mode::Type => {
                        let t = self.info.types.intern(TypeKind::Pointer(op.ty));
                        Operand {
                            mode: Mode::Type,
                            ty: t,
                        }
                    }
                    _ => {
                        if op.is_bad() || !self.single_value(&op, x) {
                            return Operand::bad();
                        }
                        if op.mode == Mode::Nil {
                            self.diags
                                .error(e.span, "invalid operation: cannot indirect nil");
                            return Operand::bad();
                        }
                        match self.info.types.ukind(op.ty).clone() {
                            TypeKind::Pointer(el) => Operand {
                                mode: Mode::Var,
                                ty: el,
                            },
                            _ => {
                                self.diags.error(
                                    e.span,
                                    format!(
                                        "invalid operation: cannot indirect {}",
                                        self.describe(x, &op)
                                    ),
                                );
                                Operand::bad()
                            }
                        }
                    }
                }
            }
            ExprKind::Unary(op, x) => self.unary(e, *op, x, hint),
            ExprKind::Binary(op, a, b) => self.binary(e, *op, a, b, hint),
            ExprKind::ArrayType { .. }
            | ExprKind::StructType(_)
            | ExprKind::FuncType(_)
            | ExprKind::InterfaceType(_)
            | ExprKind::MapType(..)
            | ExprKind::ChanType(..) => {
                let t = self.type_expr(e);
                if t == VOID {
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Type,
                    ty: t,
                }
            }
            ExprKind::Ellipsis => {
                self.diags.error(e.span, "invalid use of ...");
                Operand::bad()
            }
        }
    }

    fn ident(&mut self, e: &Expr, name: &str, mark_used: bool) -> Operand {
        if name == "_" {
            self.diags.error(e.span, "cannot use _ as value");
            return Operand::bad();
        }
        let Some(o) = self.lookup(name) else {
            // Library code written in Go reaches its package's runtime-implemented members
            // (lib::LibTypes::member) by their plain names, as Go code in that package would.
            if self.pkg != 0 {
                let path = self.file.libs[self.pkg - 1].path.clone();
                if let Some(m) = self.lib.member(&mut self.info.types, &path, name) {
                    return self.member_operand(m);
                }
            }
            self.diags.error(e.span, format!("undefined: {}", name));
            return Operand::bad();
        };
        self.obj_operand(e, o, mark_used)
    }

    /// The operand an identifier (or a qualified `pkg.Name` of a library package written in
    /// Go) denoting object `o` yields; records `e`'s object.
    fn obj_operand(&mut self, e: &Expr, o: ObjId, mark_used: bool) -> Operand {
        let name = self.info.objs[o as usize].name.clone();
        let name = name.as_str();
        self.info.idents.insert(e.id, o);
        self.resolve_global(o);
        let obj = self.info.objs[o as usize].clone();
        match &obj.kind {
            ObjKind::Var(_) => {
                self.use_var(o, mark_used);
                Operand {
                    mode: Mode::Var,
                    ty: obj.ty,
                }
            }
            ObjKind::Const(c) => {
                if name == "iota" && self.scopes[0].names.get("iota") == Some(&o) {
                    return match self.iota {
                        Some(i) => Operand {
                            mode: Mode::Const(ConstVal::int(i)),
                            ty: UNTYPED_INT,
                        },
                        None => {
                            self.diags
                                .error(e.span, "cannot use iota outside constant declaration");
                            Operand::bad()
                        }
                    };
                }
                self.info.objs[o as usize].used = true;
                Operand {
                    mode: Mode::Const(c.clone()),
                    ty: obj.ty,
                }
            }
            ObjKind::TypeName => {
                if obj.ty == VOID {
                    self.diags.unsupported(e.span, format!("type {}", name));
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Type,
                    ty: obj.ty,
                }
            }
            ObjKind::Func(_) => {
                self.note_ref(o);
                Operand {
                    mode: Mode::Value,
                    ty: obj.ty,
                }
            }
            ObjKind::Builtin(b) => {
                if matches!(b, Builtin::Complex | Builtin::Real | Builtin::Imag) {
                    self.diags.unsupported(e.span, "complex numbers");
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Builtin(*b),
                    ty: VOID,
                }
            }
            ObjKind::Package(_) => {
                self.info.objs[o as usize].used = true;
                Operand {
                    mode: Mode::Package,
                    ty: VOID,
                }
            }
            ObjKind::Bad => Operand::bad(),
            ObjKind::Nil => Operand {
                mode: Mode::Nil,
                ty: UNTYPED_NIL,
            },
        }
    }

    fn func_lit(&mut self, e: &Expr, sig: &FuncType, body: &Block) -> Operand {
        let pkg = self.pkg_name().to_string();
        let t = self.func_type(sig);
        let parent = self.fn_idx();
        let fi = self.info.funcs.len() as FuncIdx;
        // Go names literals after the enclosing top-level function: main.f.func1, and nested ones
        // main.f.func1.1.
        let name = match parent {
            Some(p) => {
                let pf = &mut self.fctx.last_mut().unwrap();
                pf.lit_counter += 1;
                let n = pf.lit_counter;
                let pname = self.info.funcs[p as usize].name.clone();
                if self.info.funcs[p as usize].lit.is_some() {
                    format!("{}.{}", pname, n)
                } else {
                    format!("{}.func{}", pname, n)
                }
            }
            None => {
                let n = self
                    .info
                    .funcs
                    .iter()
                    .filter(|f| f.parent.is_none() && f.lit.is_some())
                    .count()
                    + 1;
                format!("{}.glob..func{}", pkg, n)
            }
        };
        self.info.funcs.push(FuncBody {
            name,
            short: "func literal".into(),
            sig: t,
            params: vec![],
            results: vec![],
            named_results: false,
            captures: vec![],
            parent,
            lit: Some(e.id),
            decl: None,
            defers: vec![],
            num_returns: 0,
            noinline: false,
            lit_escapes: true,
            span: e.span,
            has_recover: false,
            recv: None,
        });
        self.info.lits.insert(e.id, fi);
        self.check_body(fi, sig, body, t);
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    fn selector(&mut self, e: &Expr, x: &Expr, sel: &Ident) -> Operand {
        // Package member?
        if let ExprKind::Ident(pn) = &x.kind {
            if let Some(o) = self.lookup(pn) {
                if let ObjKind::Package(path) = self.info.objs[o as usize].kind.clone() {
                    self.info.objs[o as usize].used = true;
                    self.info.idents.insert(x.id, o);
                    self.record(x.id, Mode::Package, VOID);
                    if let Some(p) = self.source_pkg(&path) {
                        if let Some(m) = self.source_member(p, &sel.name) {
                            return self.obj_operand(e, m, true);
                        }
                    }
                    let m = self.lib.member(&mut self.info.types, &path, &sel.name);
                    return match m {
                        Some(m) => self.member_operand(m),
                        None => {
                            let exported =
                                sel.name.chars().next().is_some_and(|c| c.is_uppercase());
                            if exported {
                                self.diags
                                    .unsupported(sel.span, format!("{}.{}", path, sel.name));
                            } else {
                                self.diags.error(
                                    sel.span,
                                    format!("name {} not exported by package {}", sel.name, path),
                                );
                            }
                            Operand::bad()
                        }
                    };
                }
            }
        }
        let op = self.expr(x, None);
        if op.is_bad() {
            return op;
        }
        if op.mode == Mode::Type {
            return self.method_expr(e, x, sel, op.ty);
        }
        if !self.single_value(&op, x) {
            return Operand::bad();
        }
        let s = match self.info.lookup(op.ty, &sel.name) {
            Lookup::Found(s) => s,
            Lookup::Ambiguous => {
                self.diags.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", self.expr_string(x), sel.name),
                );
                return Operand::bad();
            }
            Lookup::NotFound => {
                if op.ty == VOID {
                    // The operand's type was already reported (an unsupported or undefined
                    // type).
                    return Operand::bad();
                }
                let t = &self.info.types;
                let why = match t.kind(op.ty) {
                    TypeKind::Pointer(el) if t.is_interface(*el) => format!(
                        "type {} is pointer to interface, not interface",
                        t.name_local(op.ty)
                    ),
                    _ => format!(
                        "type {} has no field or method {}",
                        t.name_local(op.ty),
                        sel.name
                    ),
                };
                self.diags.error(
                    sel.span,
                    format!("{}.{} undefined ({})", self.expr_string(x), sel.name, why),
                );
                return Operand::bad();
            }
        };
        if !s.path.is_empty() {
            self.info.embed_path.insert(e.id, s.path.clone());
        }
        match s.target {
            Target::Field { index, ty } => {
                // Addressable when x is, or when a pointer was dereferenced on the way.
                let mode = if s.indirect || op.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                self.info.field_index.insert(e.id, index);
                Operand { mode, ty }
            }
            Target::IfaceMethod { index, sig } => {
                self.info.calls.insert(e.id, CallKind::Iface(index));
                Operand {
                    mode: Mode::Value,
                    ty: sig,
                }
            }
            Target::Method { func, ptr_recv } => {
                self.note_dep(Dep::Method(func));
                // Go's automatic &: a pointer method needs an addressable holder unless a
                // pointer was dereferenced to reach it.
                if ptr_recv && !s.indirect {
                    if op.mode != Mode::Var {
                        self.diags.error(
                            sel.span,
                            format!(
                                "cannot call pointer method {} on {}",
                                sel.name,
                                self.info.types.name_local(op.ty)
                            ),
                        );
                        return Operand::bad();
                    }
                    self.mark_addr_taken(x);
                }
                let holder = self.info.holder_type(op.ty, &s.path);
                self.info.method_sel.insert(
                    e.id,
                    MethodSel {
                        func,
                        ptr_recv,
                        x_is_ptr: self.info.deref(holder).1,
                        expr: false,
                    },
                );
                let mt = self.method_type(func);
                Operand {
                    mode: Mode::Value,
                    ty: mt,
                }
            }
        }
    }

    /// A method expression `T.M` / `(*T).M` / `I.M`: the method as a function taking the
    /// receiver first. Methods declared on T with the matching receiver are used as they are;
    /// everything else (promoted methods, value methods through `*T`, interface methods) gets
    /// a wrapper from codegen (Info::method_exprs).
    fn method_expr(&mut self, e: &Expr, x: &Expr, sel: &Ident, t: TypeId) -> Operand {
        let s = match self.info.lookup(t, &sel.name) {
            Lookup::Found(s) => s,
            Lookup::Ambiguous => {
                self.diags.error(
                    sel.span,
                    format!("ambiguous selector {}.{}", self.expr_string(x), sel.name),
                );
                return Operand::bad();
            }
            Lookup::NotFound => {
                self.diags.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no field or method {})",
                        self.expr_string(x),
                        sel.name,
                        self.info.types.name_local(t),
                        sel.name
                    ),
                );
                return Operand::bad();
            }
        };
        let msig = match s.target {
            Target::Field { .. } => {
                self.diags.error(
                    sel.span,
                    format!(
                        "{}.{} undefined (type {} has no method {})",
                        self.expr_string(x),
                        sel.name,
                        self.info.types.name_local(t),
                        sel.name
                    ),
                );
                return Operand::bad();
            }
            Target::Method { func, ptr_recv } => {
                self.note_dep(Dep::Method(func));
                if ptr_recv && !s.indirect {
                    self.diags.error(
                        sel.span,
                        format!(
                            "cannot call pointer method {} on {}",
                            sel.name,
                            self.info.types.name_local(t)
                        ),
                    );
                    return Operand::bad();
                }
                let t_is_ptr = self.info.deref(t).1;
                if s.path.is_empty() && ptr_recv == t_is_ptr {
                    // The method itself: its receiver type is t.
                    self.info.method_sel.insert(
                        e.id,
                        MethodSel {
                            func,
                            ptr_recv,
                            x_is_ptr: t_is_ptr,
                            expr: true,
                        },
                    );
                    return Operand {
                        mode: Mode::Value,
                        ty: self.info.funcs[func as usize].sig,
                    };
                }
                self.method_type(func)
            }
            Target::IfaceMethod { sig, .. } => sig,
        };
        self.info.method_exprs.insert(e.id, t);
        let mut full = self.info.types.sig(msig).cloned().unwrap_or(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        });
        full.params.insert(0, t);
        Operand {
            mode: Mode::Value,
            ty: self.info.types.intern(TypeKind::Func(full)),
        }
    }

    pub(crate) fn const_int(&mut self, e: &Expr, what: &str) -> Option<i128> {
        let op = self.expr(e, None);
        if op.is_bad() {
            return None;
        }
        match op.konst().and_then(|c| c.as_i128()) {
            Some(v) if self.info.types.is_numeric(op.ty) || self.info.types.is_untyped(op.ty) => {
                Some(v)
            }
            _ => {
                self.diags.error(
                    e.span,
                    format!("{} {} must be integer constant", what, self.expr_string(e)),
                );
                None
            }
        }
    }

    /// Check an index operand: integer typed (or untyped constant representable as int).
    fn index_value(&mut self, i: &Expr, len: Option<u64>) -> Option<i128> {
        let mut op = self.value(i, None);
        if op.is_bad() {
            return None;
        }
        let int_const =
            self.info.types.is_untyped(op.ty) && op.konst().and_then(|c| c.as_i128()).is_some();
        if !self.info.types.is_integer(op.ty) && !int_const {
            self.diags.error(
                i.span,
                format!(
                    "invalid argument: index {} must be integer",
                    self.describe(i, &op)
                ),
            );
            return None;
        }
        if self.info.types.is_untyped(op.ty) {
            self.convert_untyped(&mut op, i, INT, "index");
        }
        if let Some(v) = op.konst().and_then(|c| c.as_i128()) {
            if v < 0 {
                self.diags.error(
                    i.span,
                    format!(
                        "invalid argument: index {} must not be negative",
                        self.expr_string(i)
                    ),
                );
                return None;
            }
            if let Some(n) = len {
                if v as u128 >= n as u128 {
                    self.diags.error(
                        i.span,
                        format!("invalid argument: index {} out of bounds [0:{}]", v, n),
                    );
                    return None;
                }
            }
            return Some(v);
        }
        None
    }

    fn index(&mut self, e: &Expr, x: &Expr, idx: &[Expr]) -> Operand {
        let op = self.expr(x, None);
        if op.is_bad() {
            return op;
        }
        if idx.len() != 1 || op.mode == Mode::Type {
            self.diags.unsupported(e.span, "generic instantiation");
            return Operand::bad();
        }
        if !self.single_value(&op, x) {
            return Operand::bad();
        }
        let i = &idx[0];
        match self.info.types.ukind(op.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                let len = op.konst().map(|c| match c {
                    ConstVal::Str(s) => s.len() as u64,
                    _ => 0,
                });
                self.index_value(i, len);
                Operand {
                    mode: Mode::Value,
                    ty: UINT8,
                }
            }
            TypeKind::Array(el, n) => {
                self.index_value(i, Some(n));
                let mode = if op.mode == Mode::Var {
                    Mode::Var
                } else {
                    Mode::Value
                };
                Operand { mode, ty: el }
            }
            TypeKind::Pointer(p) => match self.info.types.ukind(p).clone() {
                TypeKind::Array(el, n) => {
                    self.index_value(i, Some(n));
                    Operand {
                        mode: Mode::Var,
                        ty: el,
                    }
                }
                _ => self.bad_index(e, x, &op),
            },
            TypeKind::Slice(el) => {
                self.index_value(i, None);
                Operand {
                    mode: Mode::Var,
                    ty: el,
                }
            }
            TypeKind::Map(k, v) => {
                let mut ko = self.expr(i, Some(k));
                self.assign_op(&mut ko, i, k, "map index");
                Operand {
                    mode: Mode::MapIndex,
                    ty: v,
                }
            }
            _ => self.bad_index(e, x, &op),
        }
    }

    fn bad_index(&mut self, e: &Expr, x: &Expr, op: &Operand) -> Operand {
        self.diags.error(
            e.span,
            format!("invalid operation: cannot index {}", self.describe(x, op)),
        );
        Operand::bad()
    }

    fn slice_expr(
        &mut self,
        e: &Expr,
        x: &Expr,
        lo: &Option<Box<Expr>>,
        hi: &Option<Box<Expr>>,
        max: &Option<Box<Expr>>,
    ) -> Operand {
        let op = self.value(x, None);
        if op.is_bad() {
            return op;
        }
        let (res, cap) = match self.info.types.ukind(op.ty).clone() {
            TypeKind::Basic(b) if b.is_string() => {
                if max.is_some() {
                    self.diags
                        .error(e.span, "invalid operation: 3-index slice of string");
                    return Operand::bad();
                }
                let t = if b == Basic::UntypedString {
                    STRING
                } else {
                    op.ty
                };
                (t, None)
            }
            TypeKind::Array(el, n) => {
                if op.mode != Mode::Var {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: {} (slice of unaddressable value)",
                            self.expr_string(e)
                        ),
                    );
                    return Operand::bad();
                }
                // The slice points into the array: the variable must outlive the frame.
                self.mark_addr_taken(x);
                (self.info.types.intern(TypeKind::Slice(el)), Some(n))
            }
            TypeKind::Pointer(p) => match self.info.types.ukind(p).clone() {
                TypeKind::Array(el, n) => (self.info.types.intern(TypeKind::Slice(el)), Some(n)),
                _ => return self.bad_slice(e, x, &op),
            },
            TypeKind::Slice(_) => (op.ty, None),
            _ => return self.bad_slice(e, x, &op),
        };
        let mut consts = Vec::new();
        for ix in [lo, hi, max].into_iter().flatten() {
            let bound = cap.map(|c| c + 1);
            if let Some(v) = self.index_value(ix, bound) {
                consts.push(v);
            }
        }
        if consts.windows(2).any(|w| w[0] > w[1]) {
            self.diags.error(e.span, "invalid slice indices");
        }
        Operand {
            mode: Mode::Value,
            ty: res,
        }
    }

    fn bad_slice(&mut self, e: &Expr, x: &Expr, op: &Operand) -> Operand {
        self.diags
            .error(e.span, format!("cannot slice {}", self.describe(x, op)));
        Operand::bad()
    }

    fn composite_lit(
        &mut self,
        e: &Expr,
        ty: Option<&Expr>,
        elts: &[Element],
        hint: Option<TypeId>,
    ) -> Operand {
        let t = match ty {
            Some(te) => {
                if let ExprKind::ArrayType {
                    len: ArrayLen::Ellipsis,
                    elem,
                } = &te.kind
                {
                    let el = self.type_expr(elem);
                    // [...]T: the length is the largest index + 1.
                    let mut n: i128 = 0;
                    let mut next: i128 = 0;
                    for el_ in elts {
                        if let Some(k) = &el_.key {
                            if let Some(v) = self.const_int(k, "index") {
                                next = v;
                            }
                        }
                        next += 1;
                        n = n.max(next);
                    }
                    let at = self.info.types.intern(TypeKind::Array(el, n as u64));
                    self.record(te.id, Mode::Type, at);
                    at
                } else {
                    self.type_expr(te)
                }
            }
            None => match hint {
                // An element of type *T may elide `&T` (Go spec, Composite literals).
                Some(h) => match self.info.types.ukind(h).clone() {
                    TypeKind::Pointer(b)
                        if matches!(
                            self.info.types.ukind(b),
                            TypeKind::Struct(_)
                                | TypeKind::Array(..)
                                | TypeKind::Slice(_)
                                | TypeKind::Map(..)
                        ) =>
                    {
                        let op = self.composite_lit(e, None, elts, Some(b));
                        if op.is_bad() {
                            return op;
                        }
                        self.info.elided_addr.insert(e.id);
                        return Operand {
                            mode: Mode::Value,
                            ty: h,
                        };
                    }
                    _ => h,
                },
                None => {
                    self.diags
                        .error(e.span, "invalid composite literal type: missing type");
                    return Operand::bad();
                }
            },
        };
        if t == VOID {
            return Operand::bad();
        }
        match self.info.types.ukind(t).clone() {
            TypeKind::Array(el, n) => {
                let mut next: i128 = 0;
                for elt in elts {
                    if let Some(k) = &elt.key {
                        match self.const_int(k, "index") {
                            Some(v) => next = v,
                            None => continue,
                        }
                    }
                    if next < 0 || next as u128 >= n as u128 {
                        self.diags.error(
                            elt.value.span,
                            format!("index {} out of bounds [0:{}]", next, n),
                        );
                    }
                    self.elem_value(&elt.value, el, "array or slice literal");
                    next += 1;
                }
            }
            TypeKind::Struct(fs) => {
                let keyed = elts.first().is_some_and(|x| x.key.is_some());
                if keyed {
                    for elt in elts {
                        let Some(k) = &elt.key else {
                            self.diags.error(
                                elt.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        };
                        let ExprKind::Ident(name) = &k.kind else {
                            self.diags
                                .error(k.span, "invalid field name in struct literal");
                            continue;
                        };
                        match fs.iter().position(|f| &f.name == name) {
                            Some(i) => {
                                self.info.field_index.insert(k.id, i);
                                self.elem_value(&elt.value, fs[i].ty, "struct literal");
                            }
                            None => {
                                self.diags.error(
                                    k.span,
                                    format!(
                                        "unknown field '{}' in struct literal of type {}",
                                        name,
                                        self.info.types.name_local(t)
                                    ),
                                );
                            }
                        }
                    }
                } else {
                    for (i, elt) in elts.iter().enumerate() {
                        if elt.key.is_some() {
                            self.diags.error(
                                elt.value.span,
                                "mixture of field:value and value elements in struct literal",
                            );
                            continue;
                        }
                        match fs.get(i) {
                            Some(f) => {
                                self.elem_value(&elt.value, f.ty, "struct literal");
                            }
                            None => {
                                self.diags.error(
                                    elt.value.span,
                                    format!(
                                        "too many values in struct literal of type {}",
                                        self.info.types.name_local(t)
                                    ),
                                );
                                break;
                            }
                        }
                    }
                    if !elts.is_empty() && elts.len() < fs.len() {
                        self.diags.error(
                            e.span,
                            format!(
                                "too few values in struct literal of type {}",
                                self.info.types.name_local(t)
                            ),
                        );
                    }
                }
            }
            TypeKind::Slice(el) => {
                for elt in elts {
                    if let Some(k) = &elt.key {
                        match self.const_int(k, "index") {
                            Some(v) if v < 0 => {
                                self.diags.error(
                                    k.span,
                                    format!("index {} must be non-negative integer constant", v),
                                );
                                continue;
                            }
                            Some(_) => {}
                            None => continue,
                        }
                    }
                    self.elem_value(&elt.value, el, "slice literal");
                }
            }
            TypeKind::Map(kt, vt) => {
                let mut seen: Vec<ConstVal> = Vec::new();
                for elt in elts {
                    let Some(k) = &elt.key else {
                        self.diags
                            .error(elt.value.span, "missing key in map literal");
                        continue;
                    };
                    if let ExprKind::CompositeLit { ty: None, .. } = &k.kind {
                        self.expr(k, Some(kt));
                    } else {
                        let mut ko = self.expr(k, Some(kt));
                        if self.assign_op(&mut ko, k, kt, "map literal") {
                            if let Mode::Const(c) = &ko.mode {
                                if seen.contains(c) {
                                    self.diags.error(
                                        k.span,
                                        format!(
                                            "duplicate key {} in map literal",
                                            self.expr_string(k)
                                        ),
                                    );
                                }
                                seen.push(c.clone());
                            }
                        }
                    }
                    self.elem_value(&elt.value, vt, "map literal");
                }
            }
            _ => {
                self.diags.error(
                    e.span,
                    format!(
                        "invalid composite literal type {}",
                        self.info.types.name_local(t)
                    ),
                );
                return Operand::bad();
            }
        }
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    fn elem_value(&mut self, v: &Expr, el: TypeId, ctx: &str) {
        if let ExprKind::CompositeLit { ty: None, .. } = &v.kind {
            let op = self.expr(v, Some(el));
            let _ = op;
            return;
        }
        let mut op = self.expr(v, Some(el));
        self.assign_op(&mut op, v, el, ctx);
    }

    fn unary(&mut self, e: &Expr, op: UnOp, x: &Expr, hint: Option<TypeId>) -> Operand {
        if op == UnOp::Addr {
            if let ExprKind::CompositeLit { .. } = strip_parens(x).kind {
                let inner_hint = hint.and_then(|h| self.info.types.elem(h));
                let o = self.expr(x, inner_hint);
                if o.is_bad() {
                    return o;
                }
                let t = self.info.types.intern(TypeKind::Pointer(o.ty));
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                };
            }
            let o = self.expr(x, None);
            if o.is_bad() {
                return o;
            }
            if o.mode != Mode::Var {
                self.diags.error(
                    e.span,
                    format!(
                        "invalid operation: cannot take address of {}",
                        self.describe(x, &o)
                    ),
                );
                return Operand::bad();
            }
            self.mark_addr_taken(x);
            let t = self.info.types.intern(TypeKind::Pointer(o.ty));
            return Operand {
                mode: Mode::Value,
                ty: t,
            };
        }
        if op == UnOp::Recv {
            let c = self.value(x, None);
            if c.is_bad() {
                return c;
            }
            return match self.info.types.ukind(c.ty).clone() {
                TypeKind::Chan(dir, el) => {
                    if dir == ChanDir::Send {
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid operation: cannot receive from send-only channel {}",
                                self.describe(x, &c)
                            ),
                        );
                        return Operand::bad();
                    }
                    Operand {
                        mode: Mode::Value,
                        ty: el,
                    }
                }
                _ => {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: cannot receive from non-channel {}",
                            self.describe(x, &c)
                        ),
                    );
                    Operand::bad()
                }
            };
        }
        let o = self.value(x, hint);
        if o.is_bad() {
            return o;
        }
        let t = &self.info.types;
        let ok = match op {
            UnOp::Pos | UnOp::Neg => t.is_numeric(o.ty),
            UnOp::Not => t.is_bool(o.ty),
            UnOp::Xor => t.is_integer(o.ty),
            _ => false,
        };
        if !ok {
            let opname = match op {
                UnOp::Pos => "+",
                UnOp::Neg => "-",
                UnOp::Not => "!",
                _ => "^",
            };
            self.diags.error(
                e.span,
                format!(
                    "invalid operation: operator {} not defined on {}",
                    opname,
                    self.describe(x, &o)
                ),
            );
            return Operand::bad();
        }
        if let Some(c) = o.konst() {
            let r = match (op, c) {
                (UnOp::Pos, c) => Some(c.clone()),
                (UnOp::Neg, c) => constant::neg(c),
                (UnOp::Not, ConstVal::Bool(b)) => Some(ConstVal::Bool(!b)),
                (UnOp::Xor, c) => {
                    // ^x on an unsigned typed constant flips only the type's bits.
                    let bits = self.info.types.basic(o.ty).and_then(|b| {
                        if b.is_unsigned() {
                            b.int_range().map(|(_, max)| 128 - max.leading_zeros())
                        } else {
                            None
                        }
                    });
                    match constant::complement(c, bits) {
                        Some(Ok(c)) => Some(c),
                        Some(Err(_)) => {
                            self.diags.error(e.span, constant::overflow_message(None));
                            return Operand::bad();
                        }
                        None => None,
                    }
                }
                _ => None,
            };
            if let Some(r) = r {
                return self.typed_const(e, r, o.ty);
            }
        }
        Operand {
            mode: Mode::Value,
            ty: o.ty,
        }
    }

    /// A folded constant of type `t`: a typed constant must be representable in its type after
    /// every operation (floats are rounded to the type's precision).
    fn typed_const(&mut self, e: &Expr, c: ConstVal, t: TypeId) -> Operand {
        let mut c = c;
        if let Some(b) = self.info.types.basic(t) {
            if !b.is_untyped() || b.is_integer() {
                match c.represent(b) {
                    Ok(r) => c = r,
                    Err(why) => {
                        let op = Operand {
                            mode: Mode::Const(c),
                            ty: t,
                        };
                        let tn = self.info.types.name_local(t);
                        let why = match why {
                            ReprError::Overflow => "overflows",
                            ReprError::Truncated => "truncated to",
                        };
                        self.diags
                            .error(e.span, format!("{} {} {}", self.describe(e, &op), why, tn));
                        return Operand::bad();
                    }
                }
            }
        }
        Operand {
            mode: Mode::Const(c),
            ty: t,
        }
    }

    pub(crate) fn mark_addr_taken(&mut self, x: &Expr) {
        let x = strip_parens(x);
        match &x.kind {
            ExprKind::Ident(_) => {
                if let Some(&o) = self.info.idents.get(&x.id) {
                    if let ObjKind::Var(v) = &mut self.info.objs[o as usize].kind {
                        v.addr_taken = true;
                    }
                }
            }
            // Taking the address of a field or element of a variable takes the variable's.
            ExprKind::Selector(b, _) | ExprKind::Index(b, _)
                if !self.info.types.is_pointer(self.info.ty(b))
                    && !self.info.types.is_slice(self.info.ty(b)) =>
            {
                self.mark_addr_taken(b);
            }
            _ => {}
        }
    }

    fn binary(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, hint: Option<TypeId>) -> Operand {
        if matches!(op, BinOp::Shl | BinOp::Shr) {
            return self.shift(e, op, a, b, hint);
        }
        let mut x = self.value(a, None);
        let mut y = self.value(b, None);
        if x.is_bad() || y.is_bad() {
            return Operand::bad();
        }
        // Untyped operands take the other operand's type.
        let tx = self.info.types.is_untyped(x.ty);
        let ty_ = self.info.types.is_untyped(y.ty);
        if tx && !ty_ {
            if !self.match_untyped(&mut x, a, y.ty, e, op) {
                return Operand::bad();
            }
        } else if ty_ && !tx {
            if !self.match_untyped(&mut y, b, x.ty, e, op) {
                return Operand::bad();
            }
        } else if tx && ty_ {
            // Both untyped: the "larger" kind wins (int < rune < float).
            let rank = |t: TypeId| match t {
                UNTYPED_INT => 1,
                UNTYPED_RUNE => 2,
                UNTYPED_FLOAT => 3,
                _ => 0,
            };
            if x.mode == Mode::Nil || y.mode == Mode::Nil {
                if x.mode == Mode::Nil && y.mode == Mode::Nil && matches!(op, BinOp::Eq | BinOp::Ne)
                {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: {} (operator {} not defined on nil)",
                            self.expr_string(e),
                            op.as_str()
                        ),
                    );
                    return Operand::bad();
                }
            } else if rank(x.ty) > 0 && rank(y.ty) > 0 {
                let t = if rank(x.ty) >= rank(y.ty) { x.ty } else { y.ty };
                x.ty = t;
                y.ty = t;
                // A comparison ends the untyped expression: a non-constant operand (`'0'<<s`)
                // and the constant beside it both take the default type of the larger kind,
                // as go/types does, so that both sides are lowered at one width.
                if op.is_comparison() && (x.konst().is_none() || y.konst().is_none()) {
                    let d = self.info.types.default_type(t);
                    if !self.convert_untyped(&mut x, a, d, "expression")
                        || !self.convert_untyped(&mut y, b, d, "expression")
                    {
                        return Operand::bad();
                    }
                }
            } else if x.ty != y.ty {
                // Untyped constants of different kinds ('c' == "s", true + 1).
                self.mismatched(e, x.ty, y.ty);
                return Operand::bad();
            }
        }
        let t = &self.info.types;
        if x.mode == Mode::Nil || y.mode == Mode::Nil {
            let other = if x.mode == Mode::Nil { &y } else { &x };
            let ok_nil = matches!(
                t.ukind(other.ty),
                TypeKind::Pointer(_)
                    | TypeKind::Func(_)
                    | TypeKind::Slice(_)
                    | TypeKind::Map(..)
                    | TypeKind::Chan(..)
                    | TypeKind::Interface(_)
            );
            if !matches!(op, BinOp::Eq | BinOp::Ne) || !ok_nil {
                let (oe, oop) = if x.mode == Mode::Nil {
                    (b, y.clone())
                } else {
                    (a, x.clone())
                };
                self.diags.error(
                    e.span,
                    format!(
                        "invalid operation: {} (mismatched types {} and untyped nil)",
                        self.expr_string(e),
                        self.info.types.name_local(oop.ty)
                    ),
                );
                let _ = oe;
                return Operand::bad();
            }
            let ot = other.ty;
            let nil_e = if x.mode == Mode::Nil { a } else { b };
            self.record(nil_e.id, Mode::Nil, ot);
            return Operand {
                mode: Mode::Value,
                ty: UNTYPED_BOOL,
            };
        }
        // An interface compares with a value of a type that implements it.
        let mixed_iface = matches!(op, BinOp::Eq | BinOp::Ne)
            && ((t.is_interface(x.ty) && self.assignable(y.ty, x.ty))
                || (t.is_interface(y.ty) && self.assignable(x.ty, y.ty)));
        if mixed_iface {
            // The concrete operand must be comparable itself (`i == []int{}` is an error).
            for (o, oe) in [(&x, a), (&y, b)] {
                if !self.info.types.comparable(o.ty) {
                    self.diags.error(
                        oe.span,
                        format!(
                            "invalid operation: {} ({})",
                            self.expr_string(e),
                            self.info.types.incomparable_cause(o.ty)
                        ),
                    );
                    return Operand::bad();
                }
            }
            return Operand {
                mode: Mode::Value,
                ty: UNTYPED_BOOL,
            };
        }
        let t = &self.info.types;
        // Comparisons need one operand assignable to the other's type (an unnamed array
        // compares with a named one of that type), other operators identical types.
        let comparable_types =
            op.is_comparison() && (self.assignable(x.ty, y.ty) || self.assignable(y.ty, x.ty));
        if x.ty != y.ty && !(t.is_untyped(x.ty) && t.is_untyped(y.ty)) && !comparable_types {
            self.mismatched(e, x.ty, y.ty);
            return Operand::bad();
        }
        let ty = x.ty;
        let ok = match op {
            BinOp::Add => t.is_numeric(ty) || t.is_string(ty),
            BinOp::Sub | BinOp::Mul | BinOp::Div => t.is_numeric(ty),
            BinOp::Rem | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::AndNot => t.is_integer(ty),
            BinOp::LAnd | BinOp::LOr => t.is_bool(ty),
            BinOp::Eq | BinOp::Ne => t.comparable(ty),
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => t.ordered(ty),
            BinOp::Shl | BinOp::Shr => false,
        };
        if !ok {
            let what = if op.is_comparison() && matches!(op, BinOp::Eq | BinOp::Ne) {
                format!(
                    "invalid operation: {} ({})",
                    self.expr_string(e),
                    self.info.types.incomparable_cause(ty)
                )
            } else {
                format!(
                    "invalid operation: operator {} not defined on {}",
                    op.as_str(),
                    self.describe(a, &x)
                )
            };
            self.diags.error(e.span, what);
            return Operand::bad();
        }
        let res_ty = if op.is_comparison() { UNTYPED_BOOL } else { ty };
        if let (Some(cx), Some(cy)) = (x.konst(), y.konst()) {
            let integer = t.is_integer(ty);
            match constant::binary(op, cx, cy, integer) {
                // Typed constant arithmetic must still fit (and be rounded to) the type.
                Ok(c) => return self.typed_const(e, c, res_ty),
                Err(FoldError::DivByZero) => {
                    self.diags
                        .error(b.span, "invalid operation: division by zero");
                    return Operand::bad();
                }
                Err(FoldError::Overflow) => {
                    self.diags
                        .error(e.span, constant::overflow_message(Some(op)));
                    return Operand::bad();
                }
                Err(FoldError::NotRepresentable) => {
                    self.diags
                        .error(e.span, "constant result is not representable");
                    return Operand::bad();
                }
                Err(FoldError::Invalid) => {}
            }
        }
        if matches!(op, BinOp::Div | BinOp::Rem) && t.is_integer(ty) {
            if let Some(c) = y.konst() {
                if c.is_zero() {
                    self.diags
                        .error(b.span, "invalid operation: division by zero");
                    return Operand::bad();
                }
            }
        }
        Operand {
            mode: Mode::Value,
            ty: res_ty,
        }
    }

    /// Convert the untyped operand `u` of binary expression `e` to the other operand's type.
    fn match_untyped(
        &mut self,
        u: &mut Operand,
        ue: &Expr,
        target: TypeId,
        e: &Expr,
        op: BinOp,
    ) -> bool {
        if u.mode == Mode::Nil {
            return true;
        }
        let t = &self.info.types;
        let compatible = match t.basic(target) {
            Some(b) => match u.ty {
                UNTYPED_BOOL => b.is_bool(),
                UNTYPED_STRING => b.is_string(),
                UNTYPED_INT | UNTYPED_RUNE | UNTYPED_FLOAT => b.is_numeric(),
                _ => false,
            },
            None => t.is_interface(target) && matches!(op, BinOp::Eq | BinOp::Ne),
        };
        if !compatible {
            // Go names the operand types in source order.
            let u_is_left = matches!(&e.kind, ExprKind::Binary(_, a, _) if std::ptr::eq(&**a, ue));
            let (l, r) = if u_is_left {
                (u.ty, target)
            } else {
                (target, u.ty)
            };
            self.mismatched(e, l, r);
            return false;
        }
        let tgt = if t.is_interface(target) {
            t.default_type(u.ty)
        } else {
            target
        };
        self.convert_untyped(u, ue, tgt, "expression")
    }

    fn shift(&mut self, e: &Expr, op: BinOp, a: &Expr, b: &Expr, hint: Option<TypeId>) -> Operand {
        let mut x = self.value(a, None);
        let mut y = self.value(b, None);
        if x.is_bad() || y.is_bad() {
            return Operand::bad();
        }
        // Go describes a constant count as written, before it is converted to uint.
        let ydesc = self.describe(b, &y);
        // The shift count: an integer, or an untyped constant representable as uint.
        if self.info.types.is_untyped(y.ty) {
            match y.konst().and_then(|c| c.to_bigint()) {
                Some(v) if v.sign() != num_bigint::Sign::Minus => {
                    self.convert_untyped(&mut y, b, UINT, "shift count");
                }
                Some(_) => {
                    self.diags.error(
                        b.span,
                        format!("invalid shift count {} (negative)", self.expr_string(b)).replace(
                            "invalid shift count",
                            "invalid operation: negative shift count",
                        ),
                    );
                    return Operand::bad();
                }
                None if y.konst().is_none() => {
                    // An untyped non-constant count (`1 << s` itself, or a sum of such
                    // shifts) becomes a uint, as Go's checker converts it (Go issue 47410).
                    if !self.convert_untyped(&mut y, b, UINT, "shift count") {
                        return Operand::bad();
                    }
                }
                None => {
                    self.diags.error(
                        b.span,
                        format!(
                            "invalid operation: shift count {} must be integer",
                            self.describe(b, &y)
                        ),
                    );
                    return Operand::bad();
                }
            }
        } else if !self.info.types.is_integer(y.ty) {
            self.diags.error(
                b.span,
                format!(
                    "invalid operation: shift count {} must be integer",
                    self.describe(b, &y)
                ),
            );
            return Operand::bad();
        }
        if let (Some(cx), Some(cy)) = (x.konst().cloned(), y.konst().cloned()) {
            if cx.to_bigint().is_none() {
                self.diags.error(
                    a.span,
                    format!(
                        "invalid operation: shifted operand {} must be integer",
                        self.describe(a, &x)
                    ),
                );
                return Operand::bad();
            }
            let s = cy.as_i128().unwrap_or(0);
            if s < 0 {
                self.diags
                    .error(b.span, "invalid operation: negative shift count");
                return Operand::bad();
            }
            if s > constant::MAX_SHIFT as i128 {
                self.diags.error(
                    b.span,
                    format!("invalid operation: invalid shift count {}", ydesc),
                );
                return Operand::bad();
            }
            let t = if x.ty == UNTYPED_FLOAT {
                UNTYPED_INT
            } else {
                x.ty
            };
            return match constant::shift(op, &cx, s as u64) {
                Ok(c) => self.typed_const(e, c, t),
                Err(_) => {
                    self.diags
                        .error(e.span, constant::overflow_message(Some(op)));
                    Operand::bad()
                }
            };
        }
        // Non-constant shift: an untyped constant left operand takes the type from context.
        // Without an integer type from context the shift stays untyped, so the rest of the
        // expression decides (`u64 | 1<<s` makes the 1 a uint64), as Go's checker does.
        if self.info.types.is_untyped(x.ty) {
            match hint {
                Some(h) if self.info.types.is_integer(h) => {
                    if !self.convert_untyped(&mut x, a, h, "shift") {
                        return Operand::bad();
                    }
                }
                _ => {
                    let integral = x.konst().and_then(|c| c.as_i128()).is_some();
                    if !integral {
                        self.diags.error(
                            a.span,
                            format!(
                                "invalid operation: shifted operand {} must be integer",
                                self.describe(a, &x)
                            ),
                        );
                        return Operand::bad();
                    }
                    // An untyped rune stays a rune: `'0' << s` passed as `any` is an int32.
                    let t = if x.ty == UNTYPED_RUNE {
                        UNTYPED_RUNE
                    } else {
                        UNTYPED_INT
                    };
                    self.record(a.id, x.mode.clone(), t);
                    return Operand {
                        mode: Mode::Value,
                        ty: t,
                    };
                }
            }
        }
        if !self.info.types.is_integer(x.ty) {
            self.diags.error(
                a.span,
                format!(
                    "invalid operation: shifted operand {} must be integer",
                    self.describe(a, &x)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty: x.ty,
        }
    }

    // ---- calls ----

    fn call(&mut self, e: &Expr, func: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        let f = self.expr(func, None);
        if f.is_bad() {
            for a in args {
                self.expr(a, None);
            }
            return Operand::bad();
        }
        match f.mode.clone() {
            Mode::Type => return self.conversion(e, f.ty, args),
            Mode::Builtin(b) => return self.builtin(e, b, args, ellipsis),
            Mode::Lib(lf) => {
                if lf == LibFunc::OsArgs {
                    self.diags.error(e.span, "invalid operation: cannot call non-function os.Args (variable of type []string)");
                    return Operand::bad();
                }
                self.info.calls.insert(e.id, CallKind::Lib(lf));
            }
            Mode::Package => {
                self.single_value(&f, func);
                return Operand::bad();
            }
            _ => {
                if !self.single_value(&f, func) {
                    return Operand::bad();
                }
                let stripped = strip_parens(func);
                let kind = match &stripped.kind {
                    ExprKind::Ident(_) => match self
                        .info
                        .idents
                        .get(&stripped.id)
                        .map(|&o| &self.info.objs[o as usize].kind)
                    {
                        Some(ObjKind::Func(fi)) => CallKind::Static(*fi),
                        _ => CallKind::Dynamic,
                    },
                    ExprKind::Selector(..) => match self.info.calls.get(&stripped.id) {
                        Some(CallKind::Iface(i)) => CallKind::Iface(*i),
                        // `pkg.F` of a library package written in Go.
                        _ if matches!(
                            self.info
                                .idents
                                .get(&stripped.id)
                                .map(|&o| &self.info.objs[o as usize].kind),
                            Some(ObjKind::Func(_))
                        ) =>
                        {
                            match self.info.objs[self.info.idents[&stripped.id] as usize].kind {
                                ObjKind::Func(fi) => CallKind::Static(fi),
                                _ => CallKind::Dynamic,
                            }
                        }
                        _ => match self.info.method_sel.get(&stripped.id) {
                            Some(ms) if !ms.expr => CallKind::Method(ms.func),
                            _ => CallKind::Dynamic,
                        },
                    },
                    ExprKind::FuncLit { .. } => {
                        if let Some(&fi) = self.info.lits.get(&stripped.id) {
                            self.info.funcs[fi as usize].lit_escapes = false;
                        }
                        CallKind::Dynamic
                    }
                    _ => CallKind::Dynamic,
                };
                self.info.calls.insert(e.id, kind);
            }
        }
        let Some(sig) = self.info.types.sig(f.ty).cloned() else {
            self.diags.error(
                e.span,
                format!(
                    "invalid operation: cannot call non-function {}",
                    self.describe(func, &f)
                ),
            );
            for a in args {
                self.expr(a, None);
            }
            return Operand::bad();
        };
        let fname = self.expr_string(func);
        self.call_args(e, &fname, &sig, args, ellipsis);
        match sig.results.len() {
            0 => Operand {
                mode: Mode::NoValue,
                ty: VOID,
            },
            1 => Operand {
                mode: Mode::Value,
                ty: sig.results[0],
            },
            _ => {
                let t = self.info.types.intern(TypeKind::Tuple(sig.results.clone()));
                Operand {
                    mode: Mode::Value,
                    ty: t,
                }
            }
        }
    }

    /// Check arguments against a signature, including f(g()) and variadic forms.
    pub(crate) fn call_args(
        &mut self,
        e: &Expr,
        fname: &str,
        sig: &Sig,
        args: &[Expr],
        ellipsis: bool,
    ) {
        let np = sig.params.len();
        // f(g()) with a multi-value g.
        if args.len() == 1 && np > 1 || (args.len() == 1 && sig.variadic && !ellipsis) {
            let op = self.expr(&args[0], None);
            if let Some(ts) = self.info.types.tuple(op.ty).map(|t| t.to_vec()) {
                if ts.len() > 1 {
                    let ok_count = if sig.variadic {
                        ts.len() >= np - 1
                    } else {
                        ts.len() == np
                    };
                    if !ok_count {
                        self.arg_count_error(e, fname, sig, ts.len());
                        return;
                    }
                    for (i, t) in ts.iter().enumerate() {
                        let pt = self.param_type(sig, i);
                        if !self.assignable(*t, pt) {
                            self.diags.error(
                                args[0].span,
                                format!(
                                    "cannot use {} (value of type {}) as {} value in argument to {}",
                                    self.expr_string(&args[0]),
                                    self.info.types.name_local(*t),
                                    self.info.types.name_local(pt),
                                    fname
                                ),
                            );
                        }
                    }
                    return;
                }
            }
            // Single value: fall through with the operand already checked.
            let mut op = op;
            if op.is_bad() {
                return;
            }
            if np == 0 && !sig.variadic {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            if !sig.variadic && np != 1 {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            if sig.variadic && np > 2 {
                self.arg_count_error(e, fname, sig, 1);
                return;
            }
            let pt = self.param_type(sig, 0);
            self.assign_op(&mut op, &args[0], pt, &format!("argument to {}", fname));
            return;
        }
        if ellipsis {
            if !sig.variadic {
                self.diags.error(
                    e.span,
                    format!("have (...) but function is not variadic: {}", fname).replace(
                        "have (...) but function is not variadic",
                        "cannot use ... in call to non-variadic",
                    ),
                );
                for a in args {
                    self.expr(a, None);
                }
                return;
            }
            if args.len() != np {
                self.arg_count_error(e, fname, sig, args.len());
                for a in args {
                    self.expr(a, None);
                }
                return;
            }
            for (i, a) in args.iter().enumerate() {
                let pt = sig.params[i];
                let mut op = self.expr(a, Some(pt));
                self.assign_op(&mut op, a, pt, &format!("argument to {}", fname));
            }
            return;
        }
        let min = if sig.variadic { np - 1 } else { np };
        if args.len() < min || (!sig.variadic && args.len() > np) {
            self.arg_count_error(e, fname, sig, args.len());
            for a in args {
                self.expr(a, None);
            }
            return;
        }
        for (i, a) in args.iter().enumerate() {
            let pt = self.param_type(sig, i);
            let mut op = self.expr(a, Some(pt));
            self.assign_op(&mut op, a, pt, &format!("argument to {}", fname));
        }
    }

    fn param_type(&self, sig: &Sig, i: usize) -> TypeId {
        let np = sig.params.len();
        if sig.variadic && i >= np - 1 {
            self.info.types.elem(sig.params[np - 1]).unwrap_or(VOID)
        } else {
            sig.params.get(i).copied().unwrap_or(VOID)
        }
    }

    fn arg_count_error(&mut self, e: &Expr, fname: &str, sig: &Sig, got: usize) {
        let min = if sig.variadic {
            sig.params.len() - 1
        } else {
            sig.params.len()
        };
        let msg = if got < min { "not enough" } else { "too many" };
        let want: Vec<String> = sig
            .params
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                if sig.variadic && i == sig.params.len() - 1 {
                    format!(
                        "...{}",
                        self.info
                            .types
                            .name(self.info.types.elem(p).unwrap_or(VOID))
                    )
                } else {
                    self.info.types.name_local(p)
                }
            })
            .collect();
        let span = if got < min {
            match &e.kind {
                ExprKind::Call { .. } => Span::new(e.span.hi.saturating_sub(1), e.span.hi),
                _ => e.span,
            }
        } else {
            e.span
        };
        self.diags.error(
            span,
            format!(
                "{} arguments in call to {}\n\thave ({})\n\twant ({})",
                msg,
                fname,
                got_desc(got),
                want.join(", ")
            ),
        );
    }

    fn conversion(&mut self, e: &Expr, t: TypeId, args: &[Expr]) -> Operand {
        if args.len() != 1 {
            let tn = self.info.types.name_local(t);
            if args.is_empty() {
                self.diags
                    .error(e.span, format!("missing argument in conversion to {}", tn));
            } else {
                self.diags.error(
                    args[1].span,
                    format!("too many arguments in conversion to {}", tn),
                );
            }
            return Operand::bad();
        }
        self.info.calls.insert(e.id, CallKind::Conversion(t));
        let a = &args[0];
        let mut x = self.value(a, None);
        if x.is_bad() {
            return x;
        }
        let types = &self.info.types;
        // Constant conversions stay constant (for basic targets).
        if let Some(c) = x.konst().cloned() {
            if let Some(tb) = types.basic(t) {
                if tb.is_string() && (types.is_integer(x.ty)) {
                    // string(rune constant)
                    let v = c.as_i128().unwrap_or(0xFFFD);
                    let ch = u32::try_from(v)
                        .ok()
                        .and_then(char::from_u32)
                        .unwrap_or('\u{FFFD}');
                    return Operand {
                        mode: Mode::Const(ConstVal::Str(ch.to_string().into_bytes())),
                        ty: t,
                    };
                }
                if (tb.is_numeric() && types.is_numeric(x.ty))
                    || (tb.is_string() && types.is_string(x.ty))
                    || (tb.is_bool() && types.is_bool(x.ty))
                {
                    return match c.represent(tb) {
                        Ok(c) => Operand {
                            mode: Mode::Const(c),
                            ty: t,
                        },
                        Err(_) => {
                            self.diags.error(
                                a.span,
                                format!(
                                    "cannot convert {} to type {}",
                                    self.describe(a, &x),
                                    self.info.types.name_local(t)
                                ),
                            );
                            Operand::bad()
                        }
                    };
                }
            }
        }
        if self.info.types.is_untyped(x.ty) {
            if x.mode == Mode::Nil {
                let ok = matches!(
                    self.info.types.ukind(t),
                    TypeKind::Pointer(_)
                        | TypeKind::Func(_)
                        | TypeKind::Slice(_)
                        | TypeKind::Map(..)
                        | TypeKind::Chan(..)
                        | TypeKind::Interface(_)
                );
                if !ok {
                    self.diags.error(
                        a.span,
                        format!(
                            "cannot convert nil to type {}",
                            self.info.types.name_local(t)
                        ),
                    );
                    return Operand::bad();
                }
                self.record(a.id, Mode::Nil, t);
                return Operand {
                    mode: Mode::Value,
                    ty: t,
                };
            }
            let d = if self.info.types.is_interface(t) {
                self.info.types.default_type(x.ty)
            } else {
                t
            };
            let d = if self.info.types.basic(d).is_some() {
                d
            } else {
                self.info.types.default_type(x.ty)
            };
            self.convert_untyped(&mut x, a, d, "conversion");
        }
        if !self.convertible(x.ty, t) {
            self.diags.error(
                a.span,
                format!(
                    "cannot convert {} to type {}",
                    self.describe(a, &x),
                    self.info.types.name_local(t)
                ),
            );
            return Operand::bad();
        }
        Operand {
            mode: Mode::Value,
            ty: t,
        }
    }

    pub(crate) fn convertible(&self, from: TypeId, to: TypeId) -> bool {
        if self.assignable(from, to) {
            return true;
        }
        let t = &self.info.types;
        let (uf, ut) = (t.underlying(from), t.underlying(to));
        if uf == ut {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (t.kind(uf), t.kind(ut)) {
            if t.underlying(*a) == t.underlying(*b) {
                return true;
            }
        }
        if t.is_numeric(from) && t.is_numeric(to) {
            return true;
        }
        // Slice to array pointer (Go 1.17) with identical element types.
        if let (TypeKind::Slice(se), TypeKind::Pointer(p)) = (t.kind(uf), t.kind(ut)) {
            if let TypeKind::Array(ae, _) = t.ukind(*p) {
                if se == ae {
                    return true;
                }
            }
        }
        if t.is_string(to) {
            if t.is_integer(from) {
                return true;
            }
            if let TypeKind::Slice(el) = t.kind(uf) {
                return matches!(t.ukind(*el), TypeKind::Basic(Basic::Uint8 | Basic::Int32));
            }
        }
        if t.is_string(from) {
            if let TypeKind::Slice(el) = t.kind(ut) {
                return matches!(t.ukind(*el), TypeKind::Basic(Basic::Uint8 | Basic::Int32));
            }
        }
        false
    }

    fn builtin(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) -> Operand {
        self.info.calls.insert(e.id, CallKind::Builtin(b));
        if ellipsis && b != Builtin::Append {
            self.diags.error(
                e.span,
                format!(
                    "invalid operation: invalid use of ... with built-in {}",
                    b.name()
                ),
            );
            return Operand::bad();
        }
        if let Some(op) = self.builtin_multi(e, b, args, ellipsis) {
            return op;
        }
        let op = self.builtin_args(e, b, args, ellipsis);
        // The early-checked argument is normally taken again; not when the count was wrong.
        self.checked = None;
        op
    }

    fn builtin_args(&mut self, e: &Expr, b: Builtin, args: &[Expr], ellipsis: bool) -> Operand {
        let nargs_err = |c: &mut Self, want: &str| {
            let more = want.parse::<usize>().unwrap_or(0) > args.len();
            c.diags.error(
                e.span,
                format!(
                    "invalid operation: {} arguments for {} (expected {}, found {})",
                    if more { "not enough" } else { "too many" },
                    c.expr_string(e),
                    want,
                    args.len()
                ),
            );
        };
        match b {
            Builtin::Len | Builtin::Cap => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                let x = self.value(&args[0], None);
                if x.is_bad() {
                    return x;
                }
                let t = &self.info.types;
                let (ok, cst) = match t.ukind(x.ty).clone() {
                    TypeKind::Basic(bb) if bb.is_string() && b == Builtin::Len => (
                        true,
                        x.konst().map(|c| match c {
                            ConstVal::Str(s) => s.len() as i128,
                            _ => 0,
                        }),
                    ),
                    TypeKind::Array(_, n) => (
                        true,
                        if self.has_call_or_recv(&args[0]) {
                            None
                        } else {
                            Some(n as i128)
                        },
                    ),
                    TypeKind::Pointer(p) => match t.ukind(p) {
                        TypeKind::Array(_, n) => (
                            true,
                            if self.has_call_or_recv(&args[0]) {
                                None
                            } else {
                                Some(*n as i128)
                            },
                        ),
                        _ => (false, None),
                    },
                    TypeKind::Slice(_) | TypeKind::Chan(..) => (true, None),
                    TypeKind::Map(..) => (b == Builtin::Len, None),
                    _ => (false, None),
                };
                if !ok {
                    self.diags.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} for {}",
                            self.describe(&args[0], &x),
                            b.name()
                        ),
                    );
                    return Operand::bad();
                }
                if let Some(c) = cst {
                    return Operand {
                        mode: Mode::Const(ConstVal::int(c)),
                        ty: INT,
                    };
                }
                Operand {
                    mode: Mode::Value,
                    ty: INT,
                }
            }
            Builtin::Print | Builtin::Println => {
                for a in args {
                    let mut x = self.value(a, None);
                    if x.is_bad() {
                        continue;
                    }
                    if x.mode == Mode::Nil {
                        self.diags
                            .error(a.span, "use of untyped nil in argument to built-in print");
                        continue;
                    }
                    self.default_op(&mut x, a);
                    if matches!(
                        self.info.types.ukind(x.ty),
                        TypeKind::Array(..) | TypeKind::Struct(_)
                    ) {
                        self.diags.error(
                            a.span,
                            format!(
                                "illegal types for operand: print\n\t{}",
                                self.info.types.name_local(x.ty)
                            ),
                        );
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: VOID,
                }
            }
            Builtin::Panic => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                let mut x = self.value(&args[0], Some(ANY));
                self.assign_op(&mut x, &args[0], ANY, "argument to panic");
                Operand {
                    mode: Mode::NoValue,
                    ty: VOID,
                }
            }
            Builtin::Recover => {
                if !args.is_empty() {
                    nargs_err(self, "0");
                    return Operand::bad();
                }
                if let Some(fi) = self.fn_idx() {
                    self.info.funcs[fi as usize].has_recover = true;
                }
                Operand {
                    mode: Mode::Value,
                    ty: ANY,
                }
            }
            Builtin::New => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                let t = self.type_expr(&args[0]);
                if t == VOID {
                    return Operand::bad();
                }
                let p = self.info.types.intern(TypeKind::Pointer(t));
                Operand {
                    mode: Mode::Value,
                    ty: p,
                }
            }
            Builtin::Make => self.builtin_make(e, args),
            Builtin::Append => self.builtin_append(e, args, ellipsis),
            Builtin::Copy => {
                if args.len() != 2 {
                    nargs_err(self, "2");
                    return Operand::bad();
                }
                let d = self.value(&args[0], None);
                let sv = self.value(&args[1], None);
                if d.is_bad() || sv.is_bad() {
                    return Operand::bad();
                }
                let de = match self.info.types.ukind(d.ty) {
                    TypeKind::Slice(el) => *el,
                    _ => {
                        self.diags.error(
                            e.span,
                            format!(
                                "invalid argument: copy expects slice arguments; found {} and {}",
                                self.describe(&args[0], &d),
                                self.describe(&args[1], &sv)
                            ),
                        );
                        return Operand::bad();
                    }
                };
                let ok = match self.info.types.ukind(sv.ty) {
                    TypeKind::Slice(el) => {
                        self.info.types.underlying(*el) == self.info.types.underlying(de)
                    }
                    TypeKind::Basic(b) if b.is_string() => {
                        self.info.types.basic(de) == Some(Basic::Uint8)
                    }
                    _ => false,
                };
                if !ok {
                    self.diags.error(e.span, format!("invalid argument: arguments to copy {} and {} have different element types", self.describe(&args[0], &d), self.describe(&args[1], &sv)));
                    return Operand::bad();
                }
                if self.info.types.is_untyped(sv.ty) {
                    let mut s2 = sv.clone();
                    self.convert_untyped(&mut s2, &args[1], STRING, "argument to copy");
                }
                Operand {
                    mode: Mode::Value,
                    ty: INT,
                }
            }
            Builtin::Delete => {
                if args.len() != 2 {
                    nargs_err(self, "2");
                    return Operand::bad();
                }
                let m = self.value(&args[0], None);
                if m.is_bad() {
                    return Operand::bad();
                }
                let TypeKind::Map(k, _) = self.info.types.ukind(m.ty).clone() else {
                    self.diags.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} is not a map",
                            self.describe(&args[0], &m)
                        ),
                    );
                    return Operand::bad();
                };
                let mut ko = self.expr(&args[1], Some(k));
                self.assign_op(&mut ko, &args[1], k, "argument to delete");
                Operand {
                    mode: Mode::NoValue,
                    ty: VOID,
                }
            }
            Builtin::Close => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                let c = self.value(&args[0], None);
                if c.is_bad() {
                    return c;
                }
                match self.info.types.ukind(c.ty).clone() {
                    TypeKind::Chan(dir, _) => {
                        if dir == ChanDir::Recv {
                            self.diags.error(
                                args[0].span,
                                format!(
                                    "invalid operation: cannot close receive-only channel {}",
                                    self.describe(&args[0], &c)
                                ),
                            );
                            return Operand::bad();
                        }
                    }
                    _ => {
                        self.diags.error(
                            args[0].span,
                            format!(
                                "invalid operation: non-chan argument {}",
                                self.describe(&args[0], &c)
                            ),
                        );
                        return Operand::bad();
                    }
                }
                Operand {
                    mode: Mode::NoValue,
                    ty: VOID,
                }
            }
            Builtin::Complex | Builtin::Real | Builtin::Imag => {
                self.diags.unsupported(e.span, "complex numbers");
                Operand::bad()
            }
        }
    }

    fn builtin_make(&mut self, e: &Expr, args: &[Expr]) -> Operand {
        if args.is_empty() {
            self.diags.error(
                e.span,
                "invalid operation: not enough arguments for make() (expected 1, found 0)",
            );
            return Operand::bad();
        }
        let t = self.type_expr(&args[0]);
        if t == VOID {
            return Operand::bad();
        }
        match self.info.types.ukind(t).clone() {
            TypeKind::Slice(_) => {
                if args.len() < 2 || args.len() > 3 {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects 2 or 3 arguments; found {}",
                            self.expr_string(e),
                            args.len()
                        ),
                    );
                    return Operand::bad();
                }
                let mut consts = Vec::new();
                for a in &args[1..] {
                    let mut op = self.value(a, None);
                    if op.is_bad() {
                        return Operand::bad();
                    }
                    if self.info.types.is_untyped(op.ty)
                        && op.mode != Mode::Nil
                        && op.konst().and_then(|c| c.as_i128()).is_some()
                    {
                        self.convert_untyped(&mut op, a, INT, "argument to make");
                    }
                    if !self.info.types.is_integer(op.ty) {
                        self.diags.error(
                            a.span,
                            format!("cannot convert {} to type int", self.describe(a, &op)),
                        );
                        return Operand::bad();
                    }
                    if let Some(v) = op.konst().and_then(|c| c.as_i128()) {
                        if v < 0 {
                            self.diags.error(
                                a.span,
                                format!(
                                    "invalid argument: index {} must not be negative",
                                    self.expr_string(a)
                                ),
                            );
                            return Operand::bad();
                        }
                        consts.push(v);
                    }
                }
                if consts.len() == 2 && consts[0] > consts[1] {
                    self.diags.error(
                        args[1].span,
                        "invalid argument: length and capacity swapped",
                    );
                    return Operand::bad();
                }
                Operand {
                    mode: Mode::Value,
                    ty: t,
                }
            }
            kind @ (TypeKind::Map(..) | TypeKind::Chan(..)) => {
                // make(map[K]V, hint) and make(chan T, size): one optional int argument.
                if args.len() > 2 {
                    self.diags.error(
                        e.span,
                        format!(
                            "invalid operation: {} expects 1 or 2 arguments; found {}",
                            self.expr_string(e),
                            args.len()
                        ),
                    );
                    return Operand::bad();
                }
                if let Some(a) = args.get(1) {
                    let mut op = self.value(a, None);
                    if op.is_bad() {
                        return Operand::bad();
                    }
                    if self.info.types.is_untyped(op.ty) {
                        self.convert_untyped(&mut op, a, INT, "argument to make");
                    }
                    if !self.info.types.is_integer(op.ty) {
                        self.diags.error(
                            a.span,
                            format!("cannot convert {} to type int", self.describe(a, &op)),
                        );
                        return Operand::bad();
                    }
                    let is_chan = matches!(kind, TypeKind::Chan(..));
                    if let Some(v) = op.konst().and_then(|c| c.as_i128()).filter(|_| is_chan) {
                        if v < 0 {
                            self.diags.error(
                                a.span,
                                format!(
                                    "invalid argument: buffer size {} (untyped int constant) must not be negative",
                                    self.expr_string(a)
                                ),
                            );
                            return Operand::bad();
                        }
                    }
                }
                Operand {
                    mode: Mode::Value,
                    ty: t,
                }
            }
            _ => {
                self.diags.error(
                    args[0].span,
                    format!(
                        "invalid argument: cannot make {}; type must be slice, map, or channel",
                        self.expr_string(&args[0])
                    ),
                );
                Operand::bad()
            }
        }
    }

    fn builtin_append(&mut self, e: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
        if args.is_empty() {
            self.diags.error(
                e.span,
                "invalid operation: not enough arguments for append() (expected 1, found 0)",
            );
            return Operand::bad();
        }
        let s = self.value(&args[0], None);
        if s.is_bad() {
            return Operand::bad();
        }
        if s.mode == Mode::Nil {
            self.diags.error(
                args[0].span,
                "first argument to append must be a typed slice; found untyped nil",
            );
            return Operand::bad();
        }
        let el = match self.info.types.ukind(s.ty) {
            TypeKind::Slice(el) => *el,
            _ => {
                self.diags.error(
                    args[0].span,
                    format!(
                        "first argument to append must be a slice; have {}",
                        self.describe(&args[0], &s)
                    ),
                );
                return Operand::bad();
            }
        };
        if ellipsis {
            if args.len() != 2 {
                self.diags
                    .error(e.span, "can only use ... with final argument in list");
                return Operand::bad();
            }
            let mut t = self.value(&args[1], Some(s.ty));
            if t.is_bad() {
                return Operand::bad();
            }
            // append([]byte, string...) is allowed.
            let is_bytes_from_string =
                self.info.types.basic(el) == Some(Basic::Uint8) && self.info.types.is_string(t.ty);
            if is_bytes_from_string {
                if self.info.types.is_untyped(t.ty) {
                    self.convert_untyped(&mut t, &args[1], STRING, "argument to append");
                }
            } else {
                let st = self.info.types.intern(TypeKind::Slice(el));
                self.assign_op(&mut t, &args[1], st, "argument to append");
            }
            return Operand {
                mode: Mode::Value,
                ty: s.ty,
            };
        }
        for a in &args[1..] {
            let mut op = self.expr(a, Some(el));
            self.assign_op(&mut op, a, el, "argument to append");
        }
        Operand {
            mode: Mode::Value,
            ty: s.ty,
        }
    }

    /// Does type t contain an interface (map keys of such types need a hashability check at
    /// run time that deferc does not make yet)?
    /// Go's "invalid operation: a op b (mismatched types L and R)".
    fn mismatched(&mut self, e: &Expr, l: TypeId, r: TypeId) {
        let msg = format!(
            "invalid operation: {} (mismatched types {} and {})",
            self.expr_string(e),
            self.info.types.name_local(l),
            self.info.types.name_local(r)
        );
        self.diags.error(e.span, msg);
    }

    fn has_call_or_recv(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Call { .. } => true,
            ExprKind::Unary(UnOp::Recv, _) => true,
            ExprKind::Paren(x)
            | ExprKind::Star(x)
            | ExprKind::Unary(_, x)
            | ExprKind::Selector(x, _) => self.has_call_or_recv(x),
            ExprKind::Index(x, i) => {
                self.has_call_or_recv(x) || i.iter().any(|y| self.has_call_or_recv(y))
            }
            ExprKind::Binary(_, a, b) => self.has_call_or_recv(a) || self.has_call_or_recv(b),
            _ => false,
        }
    }

    // ---- types ----

    pub(crate) fn type_expr(&mut self, e: &Expr) -> TypeId {
        let t = self.type_expr_inner(e);
        if t != VOID {
            self.record(e.id, Mode::Type, t);
        }
        t
    }

    fn type_expr_inner(&mut self, e: &Expr) -> TypeId {
        match &e.kind {
            ExprKind::Ident(_) | ExprKind::Selector(..) => {
                let op = self.expr(e, None);
                if op.is_bad() {
                    return VOID;
                }
                if op.mode != Mode::Type {
                    self.diags
                        .error(e.span, format!("{} is not a type", self.expr_string(e)));
                    return VOID;
                }
                op.ty
            }
            ExprKind::Paren(x) => self.type_expr(x),
            ExprKind::Star(x) => {
                let el = self.type_expr(x);
                if el == VOID {
                    return VOID;
                }
                self.info.types.intern(TypeKind::Pointer(el))
            }
            ExprKind::ArrayType { len, elem } => {
                let el = self.type_expr(elem);
                match len {
                    ArrayLen::Slice => {
                        if el == VOID {
                            return VOID;
                        }
                        self.info.types.intern(TypeKind::Slice(el))
                    }
                    ArrayLen::Ellipsis => {
                        self.diags.error(
                            e.span,
                            "invalid use of [...] array (outside a composite literal)",
                        );
                        VOID
                    }
                    ArrayLen::Expr(n) => {
                        let op = self.expr(n, None);
                        if op.is_bad() {
                            return VOID;
                        }
                        let v = match op.konst().and_then(|c| c.as_i128()) {
                            Some(v)
                                if self.info.types.is_integer(op.ty) || op.ty == UNTYPED_FLOAT =>
                            {
                                v
                            }
                            _ => {
                                self.diags.error(
                                    n.span,
                                    format!(
                                        "array length {} must be constant",
                                        self.describe(n, &op)
                                    )
                                    .replace(
                                        &format!(
                                            "array length {} must be constant",
                                            self.describe(n, &op)
                                        ),
                                        &format!("invalid array length {}", self.expr_string(n)),
                                    ),
                                );
                                return VOID;
                            }
                        };
                        if v < 0 {
                            self.diags.error(
                                n.span,
                                format!("invalid array length {}", self.expr_string(n)),
                            );
                            return VOID;
                        }
                        if el == VOID {
                            return VOID;
                        }
                        let (sz, _) = self.info.types.size_align(el);
                        if (v as u128).saturating_mul(sz.max(1) as u128) > (1u128 << 40) {
                            self.diags.unsupported(e.span, "arrays larger than 1 TiB");
                            return VOID;
                        }
                        self.info.types.intern(TypeKind::Array(el, v as u64))
                    }
                }
            }
            ExprKind::StructType(fields) => {
                let mut fs = Vec::new();
                let mut seen = HashSet::new();
                for f in fields {
                    let t = self.type_expr(&f.ty);
                    if f.names.is_empty() {
                        // An embedded field: named by its type name (`T`, `*T`, `pkg.T`).
                        let Some((name, span)) = embedded_name(&f.ty) else {
                            continue;
                        };
                        if t == VOID || !self.embedded_type_ok(&f.ty, t) {
                            continue;
                        }
                        if !seen.insert(name.clone()) {
                            self.diags.error(span, format!("{} redeclared", name));
                        }
                        fs.push(FieldT {
                            name,
                            ty: t,
                            embedded: true,
                        });
                        continue;
                    }
                    for n in &f.names {
                        if n.name != "_" && !seen.insert(n.name.clone()) {
                            self.diags.error(n.span, format!("{} redeclared", n.name));
                        }
                        fs.push(FieldT {
                            name: n.name.clone(),
                            ty: t,
                            embedded: false,
                        });
                    }
                }
                self.info.types.intern(TypeKind::Struct(fs))
            }
            ExprKind::FuncType(ft) => self.func_type(ft),
            ExprKind::InterfaceType(elems) => {
                let mut ms: Vec<MethodT> = Vec::new();
                for el in elems {
                    match el {
                        InterfaceElem::Method { name, sig } => {
                            let t = self.func_type(sig);
                            if ms.iter().any(|m| m.name == name.name) {
                                self.diags
                                    .error(name.span, format!("duplicate method {}", name.name));
                                continue;
                            }
                            let exported = name.name.starts_with(char::is_uppercase);
                            ms.push(MethodT {
                                name: name.name.clone(),
                                pkg: if exported {
                                    String::new()
                                } else {
                                    self.pkg_name().to_string()
                                },
                                sig: t,
                            });
                        }
                        InterfaceElem::Embed(x) => {
                            // `~T` and `A | B` are type-set terms, not types.
                            if matches!(
                                &strip_parens(x).kind,
                                ExprKind::Binary(BinOp::Or, ..) | ExprKind::Unary(UnOp::Tilde, _)
                            ) {
                                self.diags.unsupported(
                                    x.span,
                                    "type constraints (union or non-interface elements)",
                                );
                                continue;
                            }
                            let t = self.type_expr(x);
                            if t == VOID {
                                continue;
                            }
                            match self.info.types.ukind(t).clone() {
                                TypeKind::Interface(inner) => {
                                    for m in inner {
                                        match ms.iter().find(|h| h.name == m.name) {
                                            Some(h) if h.sig != m.sig => {
                                                self.diags.error(
                                                    x.span,
                                                    format!("duplicate method {}", m.name),
                                                );
                                            }
                                            Some(_) => {}
                                            None => ms.push(m),
                                        }
                                    }
                                }
                                _ => {
                                    self.diags.unsupported(
                                        x.span,
                                        "type constraints (union or non-interface elements)",
                                    );
                                }
                            }
                        }
                    }
                }
                ms.sort_by(|a, b| a.name.cmp(&b.name));
                self.info.types.intern(TypeKind::Interface(ms))
            }
            ExprKind::MapType(k, v) => {
                let kt = self.type_expr(k);
                let vt = self.type_expr(v);
                if kt == VOID || vt == VOID {
                    return VOID;
                }
                if !self.info.types.comparable(kt) {
                    self.diags.error(
                        k.span,
                        format!("invalid map key type {}", self.info.types.name_local(kt)),
                    );
                    return VOID;
                }
                self.info.types.intern(TypeKind::Map(kt, vt))
            }
            ExprKind::ChanType(dir, el) => {
                let el = self.type_expr(el);
                if el == VOID {
                    return VOID;
                }
                self.info.types.intern(TypeKind::Chan(*dir, el))
            }
            ExprKind::Index(..) => {
                self.diags.unsupported(e.span, "generic types");
                VOID
            }
            _ => {
                self.diags
                    .error(e.span, format!("{} is not a type", self.expr_string(e)));
                VOID
            }
        }
    }

    /// Go's rules for the type of an embedded field `ty` (resolved to `t`): a type name T or
    /// `*T`, where T is neither a pointer nor, behind the `*`, an interface.
    fn embedded_type_ok(&mut self, ty: &Expr, t: TypeId) -> bool {
        let star = matches!(strip_parens(ty).kind, ExprKind::Star(_));
        let types = &self.info.types;
        let base = if star { self.info.deref(t).0 } else { t };
        let msg = if star && types.is_interface(base) {
            Some("embedded field type cannot be a pointer to an interface")
        } else if types.is_pointer(base) {
            Some("embedded field type cannot be a pointer")
        } else {
            None
        };
        if let Some(m) = msg {
            self.diags.error(ty.span, m);
            return false;
        }
        true
    }

    pub(crate) fn func_type(&mut self, ft: &FuncType) -> TypeId {
        let mut params = Vec::new();
        let mut variadic = false;
        for (i, f) in ft.params.iter().enumerate() {
            let mut t = self.type_expr(&f.ty);
            if f.variadic {
                if i != ft.params.len() - 1 || f.names.len() > 1 {
                    self.diags
                        .error(f.span, "can only use ... with final parameter in list");
                }
                variadic = true;
                t = self.info.types.intern(TypeKind::Slice(t));
            }
            for _ in 0..f.names.len().max(1) {
                params.push(t);
            }
        }
        let mut results = Vec::new();
        for f in &ft.results {
            let t = self.type_expr(&f.ty);
            for _ in 0..f.names.len().max(1) {
                results.push(t);
            }
        }
        self.info.types.intern(TypeKind::Func(Sig {
            params,
            results,
            variadic,
        }))
    }
}

/// The field name an embedded field's type expression gives it, and where it is written: the
/// type name, without the `*` or the package qualifier (None for forms the parser reported).
fn embedded_name(ty: &Expr) -> Option<(String, Span)> {
    match &ty.kind {
        ExprKind::Paren(x) | ExprKind::Star(x) => embedded_name(x),
        ExprKind::Ident(n) => Some((n.clone(), ty.span)),
        ExprKind::Selector(_, sel) => Some((sel.name.clone(), sel.span)),
        ExprKind::Index(x, _) => embedded_name(x),
        _ => None,
    }
}

fn got_desc(n: usize) -> String {
    vec!["value"; n].join(", ").replace("value", "number")
}

impl Checker<'_> {
    /// The operand of a library member implemented by the runtime. A function's signature is
    /// recorded for codegen (Info::lib_sigs), so the two never derive it separately.
    fn member_operand(&mut self, m: Member) -> Operand {
        if let Member::Func(f, t) = m {
            self.info.lib_sigs.insert(f, t);
        }
        member_operand(m)
    }
}

fn member_operand(m: Member) -> Operand {
    match m {
        Member::Func(f, t) | Member::Var(f, t) => Operand {
            mode: Mode::Lib(f),
            ty: t,
        },
        Member::Const(c, t) => Operand {
            mode: Mode::Const(c),
            ty: t,
        },
        Member::Type(t) => Operand {
            mode: Mode::Type,
            ty: t,
        },
    }
}
