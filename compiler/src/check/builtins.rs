//! Go's builtin functions (len, cap, make, append, copy, delete, new, panic, recover, print,
//! complex, ...): their argument rules and result types, constant `len` included.

use super::constant::ConstVal;
use super::expr::*;
use super::types::*;
use super::*;

impl<'a> Checker<'a> {
    pub(super) fn builtin(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> Operand {
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

    pub(super) fn builtin_args(
        &mut self,
        e: &Expr,
        b: Builtin,
        args: &[Expr],
        ellipsis: bool,
    ) -> Operand {
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
                    // A type parameter without a core type: every type of its set must have
                    // a length (a capacity).
                    TypeKind::TypeParam { .. } => {
                        let ts = t.term_types(x.ty);
                        let ok = !ts.is_empty()
                            && ts.iter().all(|&u| match t.ukind(u) {
                                TypeKind::Basic(bb) => bb.is_string() && b == Builtin::Len,
                                TypeKind::Array(..) | TypeKind::Slice(_) | TypeKind::Chan(..) => {
                                    true
                                }
                                TypeKind::Map(..) => b == Builtin::Len,
                                TypeKind::Pointer(p) => matches!(t.ukind(*p), TypeKind::Array(..)),
                                _ => false,
                            });
                        (ok, None)
                    }
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
                    TypeKind::TypeParam { .. } => {
                        self.info.types.basic(de) == Some(Basic::Uint8)
                            && self.info.types.term_types(sv.ty).iter().all(|&u| {
                                self.info.types.is_string(u)
                                    || matches!(self.info.types.ukind(u), TypeKind::Slice(e) if *e == UINT8)
                            })
                    }
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
            Builtin::Complex => {
                if args.len() != 2 {
                    nargs_err(self, "2");
                    return Operand::bad();
                }
                let x = self.value(&args[0], None);
                let y = self.value(&args[1], None);
                if x.is_bad() || y.is_bad() {
                    return Operand::bad();
                }
                self.builtin_complex(e, x, &args[0], y, &args[1])
            }
            Builtin::Real | Builtin::Imag => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                let x = self.value(&args[0], None);
                if x.is_bad() {
                    return x;
                }
                self.builtin_real_imag(e, b, x, &args[0])
            }
            Builtin::Sizeof | Builtin::Alignof | Builtin::Offsetof => {
                if args.len() != 1 {
                    nargs_err(self, "1");
                    return Operand::bad();
                }
                self.builtin_unsafe_layout(e, b, &args[0])
            }
            Builtin::Add | Builtin::Slice => {
                if args.len() != 2 {
                    nargs_err(self, "2");
                    return Operand::bad();
                }
                self.builtin_unsafe_pointer(b, args)
            }
        }
    }

    /// unsafe.Sizeof, Alignof and Offsetof: constants of type uintptr, computed with gc's
    /// layout (Types::size_align, field_offsets).
    fn builtin_unsafe_layout(&mut self, e: &Expr, b: Builtin, arg: &Expr) -> Operand {
        let v = if b == Builtin::Offsetof {
            let sel = super::expr::strip_parens(arg);
            let ExprKind::Selector(x, f) = &sel.kind else {
                // Checked all the same, so that its variables count as used.
                self.value(arg, None);
                self.diags.error(
                    arg.span,
                    format!(
                        "invalid argument: {} is not a selector expression",
                        self.expr_string(arg)
                    ),
                );
                return Operand::bad();
            };
            let op = self.value(sel, None);
            if op.is_bad() {
                return op;
            }
            let Some(&index) = self.info.field_index.get(&sel.id) else {
                self.diags.error(
                    arg.span,
                    format!(
                        "invalid argument: {} is a method value",
                        self.expr_string(arg)
                    ),
                );
                return Operand::bad();
            };
            let types = &self.info.types;
            let mut cur = types.underlying(self.info.ty(x));
            if let TypeKind::Pointer(p) = types.kind(cur) {
                cur = types.underlying(*p);
            }
            let mut off = 0u64;
            let path = self
                .info
                .embed_path
                .get(&sel.id)
                .cloned()
                .unwrap_or_default();
            for i in path.into_iter().chain(std::iter::once(index)) {
                let TypeKind::Struct(fs) = types.kind(cur) else {
                    self.diags.error(
                        arg.span,
                        format!(
                            "invalid argument: field {} is embedded via a pointer in {}",
                            f.name,
                            self.expr_string(x)
                        ),
                    );
                    return Operand::bad();
                };
                let ft = fs[i].ty;
                off += types.field_offsets(cur)[i];
                cur = types.underlying(ft);
            }
            if self.mentions_tparam(self.info.ty(x)) {
                self.diags
                    .unsupported(e.span, "unsafe.Offsetof in generic code");
                return Operand::bad();
            }
            off
        } else {
            let mut op = self.value(arg, None);
            if op.is_bad() {
                return op;
            }
            if self.info.types.is_untyped(op.ty) {
                let d = self.info.types.default_type(op.ty);
                self.convert_untyped(&mut op, arg, d, "argument");
            }
            if self.mentions_tparam(op.ty) {
                self.diags
                    .unsupported(e.span, format!("{} of a type parameter", b.name()));
                return Operand::bad();
            }
            let (size, align) = self.info.types.size_align(op.ty);
            if b == Builtin::Sizeof {
                size
            } else {
                align
            }
        };
        Operand {
            mode: Mode::Const(ConstVal::int(v as i128)),
            ty: UINTPTR,
        }
    }

    /// Whether `t` mentions a type parameter (its layout is known only per instance).
    fn mentions_tparam(&self, t: TypeId) -> bool {
        let mut found = false;
        self.info.types.each_tparam(t, &mut |_| found = true);
        found
    }

    /// unsafe.Add(ptr, len) and unsafe.Slice(ptr, len).
    fn builtin_unsafe_pointer(&mut self, b: Builtin, args: &[Expr]) -> Operand {
        let mut p = self.value(&args[0], None);
        if p.is_bad() {
            return p;
        }
        let result = if b == Builtin::Add {
            if !self.assign_op(&mut p, &args[0], UNSAFE_POINTER, "argument to unsafe.Add") {
                return Operand::bad();
            }
            UNSAFE_POINTER
        } else {
            match self.info.types.ukind(p.ty).clone() {
                TypeKind::Pointer(el) => self.info.types.intern(TypeKind::Slice(el)),
                _ => {
                    self.diags.error(
                        args[0].span,
                        format!(
                            "invalid argument: {} is not a pointer",
                            self.describe(&args[0], &p)
                        ),
                    );
                    return Operand::bad();
                }
            }
        };
        let mut n = self.value(&args[1], None);
        if n.is_bad() {
            return n;
        }
        let int_const =
            self.info.types.is_untyped(n.ty) && n.konst().and_then(|c| c.as_i128()).is_some();
        if !self.info.types.is_integer(n.ty) && !int_const {
            self.diags.error(
                args[1].span,
                format!(
                    "cannot use {} as int value in argument to {} (truncated)",
                    self.describe(&args[1], &n),
                    b.name()
                ),
            );
            return Operand::bad();
        }
        if self.info.types.is_untyped(n.ty) {
            self.convert_untyped(&mut n, &args[1], INT, "argument");
        }
        Operand {
            mode: Mode::Value,
            ty: result,
        }
    }

    pub(super) fn builtin_make(&mut self, e: &Expr, args: &[Expr]) -> Operand {
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
                        && !self.convert_untyped(&mut op, a, INT, "argument to make")
                    {
                        return Operand::bad();
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
                let msg = if self.info.types.is_tparam(t) {
                    format!(
                        "invalid argument: cannot make {}: no core type",
                        self.expr_string(&args[0])
                    )
                } else {
                    format!(
                        "invalid argument: cannot make {}; type must be slice, map, or channel",
                        self.expr_string(&args[0])
                    )
                };
                self.diags.error(args[0].span, msg);
                Operand::bad()
            }
        }
    }

    pub(super) fn builtin_append(&mut self, e: &Expr, args: &[Expr], ellipsis: bool) -> Operand {
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
            // And a type parameter whose types are all strings or byte slices.
            let bytes_or_string = |types: &Types, x: TypeId| {
                types.is_tparam(x)
                    && types.term_types(x).iter().all(|&u| {
                        types.is_string(u)
                            || matches!(types.ukind(u), TypeKind::Slice(e) if *e == UINT8)
                    })
            };
            let is_bytes_from_string = self.info.types.basic(el) == Some(Basic::Uint8)
                && (self.info.types.is_string(t.ty) || bytes_or_string(&self.info.types, t.ty));
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
}
