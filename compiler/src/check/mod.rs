//! The type checker: resolves names, types every expression, folds constants, and records what
//! codegen and the analyses need in side tables keyed by NodeId (as go/types' Info does).
//!
//! Messages follow Go 1.19's compiler word for word where we report the same mistake: what Go
//! rejects, deferc rejects too, with the same words, and Go outside the subset gets only
//! `unsupported: <feature>`.

mod assign;
mod assignment;
pub mod bigfloat;
mod builtin_complex;
mod builtin_multi;
mod builtins;
mod call;
pub mod constant;
mod describe;
mod expr;
mod flow;
mod generic;
mod infer;
pub mod lib;
pub mod lookup;
mod operators;
mod stmt;
mod switch;
mod typeparams;
pub mod types;
mod typexpr;

use std::collections::{HashMap, HashSet};

use crate::diag::Diags;
use crate::syntax::ast::*;
pub use constant::ConstVal;
pub use lib::LibFunc;
use types::*;

pub type ObjId = u32;
pub type FuncIdx = u32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Builtin {
    Len,
    Cap,
    Print,
    Println,
    Panic,
    Recover,
    New,
    Make,
    Append,
    Copy,
    Delete,
    Close,
    Complex,
    Real,
    Imag,
    // Package unsafe's functions (spec "Package unsafe"): builtins in all but name.
    Sizeof,
    Alignof,
    Offsetof,
    Add,
    Slice,
}

impl Builtin {
    pub fn name(self) -> &'static str {
        match self {
            Builtin::Len => "len",
            Builtin::Cap => "cap",
            Builtin::Print => "print",
            Builtin::Println => "println",
            Builtin::Panic => "panic",
            Builtin::Recover => "recover",
            Builtin::New => "new",
            Builtin::Make => "make",
            Builtin::Append => "append",
            Builtin::Copy => "copy",
            Builtin::Delete => "delete",
            Builtin::Close => "close",
            Builtin::Complex => "complex",
            Builtin::Real => "real",
            Builtin::Imag => "imag",
            Builtin::Sizeof => "unsafe.Sizeof",
            Builtin::Alignof => "unsafe.Alignof",
            Builtin::Offsetof => "unsafe.Offsetof",
            Builtin::Add => "unsafe.Add",
            Builtin::Slice => "unsafe.Slice",
        }
    }
}

#[derive(Clone, Debug)]
pub struct VarInfo {
    /// Package-level variable.
    pub global: bool,
    /// The function whose frame declares the variable (None for globals).
    pub owner: Option<FuncIdx>,
    /// Referenced from a closure other than its owner.
    pub captured: bool,
    /// `&x` appears somewhere (one of the facts analyze's escape decision reads).
    pub addr_taken: bool,
    pub param: bool,
    pub result: bool,
}

#[derive(Clone, Debug)]
pub enum ObjKind {
    Var(VarInfo),
    Const(ConstVal),
    TypeName,
    Func(FuncIdx),
    Builtin(Builtin),
    Package(String),
    /// Declared by a declaration that was rejected (an unsupported import or generic function):
    /// uses are silent so one report is all the user sees.
    Bad,
    Nil,
}

#[derive(Clone, Debug)]
pub struct Object {
    pub name: String,
    pub kind: ObjKind,
    pub ty: TypeId,
    pub span: Span,
    pub used: bool,
}

/// How an expression was classified.
#[derive(Clone, Debug, PartialEq)]
pub enum Mode {
    Value,
    /// Addressable value (a variable, `*p`, `a[i]` of an addressable array).
    Var,
    /// `m[k]`: assignable but not addressable.
    MapIndex,
    Const(ConstVal),
    Type,
    /// A call with no result.
    NoValue,
    Builtin(Builtin),
    Lib(LibFunc),
    Package,
    Nil,
}

#[derive(Clone, Debug)]
pub struct Tv {
    pub mode: Mode,
    pub ty: TypeId,
}

/// A method selected by `x.M` or `T.M`.
#[derive(Clone, Copy, Debug)]
pub struct MethodSel {
    pub func: FuncIdx,
    /// The method has a pointer receiver.
    pub ptr_recv: bool,
    /// The receiver's holder is a pointer: the operand x (`p.M` with p of type *T), or for a
    /// promoted method the last embedded field of Info::embed_path (an embedded `*T`).
    pub x_is_ptr: bool,
    /// `T.M`: a method expression (the receiver is the first argument).
    pub expr: bool,
}

/// How a call expression is to be lowered.
#[derive(Clone, Debug, PartialEq)]
pub enum CallKind {
    /// Call of a top-level function by name.
    Static(FuncIdx),
    /// Call of a function value (closure, func variable, literal).
    Dynamic,
    Builtin(Builtin),
    Conversion(TypeId),
    Lib(LibFunc),
    /// Method call through an interface value: the method name's index in the interface.
    Iface(usize),
    /// `x.M(...)` with a concrete method (see Info::method_sel for the receiver adjustment).
    Method(FuncIdx),
    /// `x.M(...)` with x of type parameter type and M a method of its constraint: each
    /// instance calls the method of its type argument (an interface call when that is an
    /// interface type).
    TypeParamMethod,
}

#[derive(Clone, Debug)]
pub struct DeferSite {
    pub span: Span,
    /// The deferred call expression.
    pub call: NodeId,
    /// Inside a loop, or after a label that a later goto jumps back to (Go's escape analysis).
    pub in_loop: bool,
    /// Reachable in Go's SSA builder, i.e. not straight after a return, goto, break, continue
    /// or panic with no label in between. Go's `-d=defer` reports only reachable defers (but
    /// counts all of them), so `--explain-defers` does the same.
    pub reachable: bool,
}

#[derive(Clone, Debug)]
pub struct FuncBody {
    /// Name as Go's tracebacks print it: `main.f`, `main.f.func1`, `main.main.func2.1`.
    pub name: String,
    /// The function's declared name (for diagnostics), or "func literal".
    pub short: String,
    pub sig: TypeId,
    pub params: Vec<ObjId>,
    /// Result variables (unnamed results get synthesized objects named "~r0", ...).
    pub results: Vec<ObjId>,
    pub named_results: bool,
    /// Variables of enclosing functions referenced from here (directly or by nested literals).
    pub captures: Vec<ObjId>,
    pub parent: Option<FuncIdx>,
    /// The FuncLit expression id, or None for a declaration.
    pub lit: Option<NodeId>,
    /// The FuncLit's body (shared with the syntax tree).
    pub lit_body: Option<std::sync::Arc<Block>>,
    /// Index into File.decls for declarations.
    pub decl: Option<usize>,
    pub defers: Vec<DeferSite>,
    pub num_returns: u32,
    pub noinline: bool,
    /// For literals: false when the literal is called directly or deferred directly outside
    /// loops (it cannot outlive its frame); analyze's escape decision reads this.
    pub lit_escapes: bool,
    pub span: Span,
    pub has_recover: bool,
    /// For methods: the receiver's named type and whether the receiver is a pointer.
    pub recv: Option<(TypeId, bool)>,
    /// A generic function's type parameters (a method of a generic type: the receiver's),
    /// and their TypeName objects (the body's scope declares them again).
    pub tparams: Vec<TypeId>,
    pub tparam_objs: Vec<ObjId>,
}

impl FuncBody {
    pub fn is_generic(&self) -> bool {
        !self.tparams.is_empty()
    }
}

/// Everything the checker learned about a file.
pub struct Info {
    pub types: Types,
    pub objs: Vec<Object>,
    pub tvs: Vec<Option<Tv>>,
    /// Identifier NodeId -> object (uses and definitions).
    pub idents: HashMap<NodeId, ObjId>,
    pub calls: HashMap<NodeId, CallKind>,
    pub funcs: Vec<FuncBody>,
    /// FuncLit NodeId -> its FuncBody.
    pub lits: HashMap<NodeId, FuncIdx>,
    /// Package-level variables in initialization order, with their ValueSpec location
    /// (decl index, spec index).
    pub global_inits: Vec<(usize, usize)>,
    pub globals: Vec<ObjId>,
    pub main: Option<FuncIdx>,
    /// `func init` bodies, in declaration order.
    pub inits: Vec<FuncIdx>,
    /// Package initialization, package by package in Go's order (a package after the packages
    /// it imports, in the order of its imports): each package's variables in dependency
    /// order, then its `init` functions in source order; main.main runs after the last.
    pub init_steps: Vec<InitStep>,
    /// Type switch clause NodeId -> the implicit variable of that clause.
    pub clause_vars: HashMap<NodeId, ObjId>,
    /// Selector expressions that denote methods: `x.M` (called or as a method value) and
    /// method expressions `T.M`.
    pub method_sel: HashMap<NodeId, MethodSel>,
    /// `v, ok := x.(T)` (and later map index / receive): the expression yields (value, ok).
    pub comma_ok: HashSet<NodeId>,
    /// Composite literals that are elements of type *T written without `&T`: they denote the
    /// address of a new T.
    pub elided_addr: HashSet<NodeId>,
    /// Composite literal field keys: element key NodeId -> field index; and field selectors
    /// `x.f`: the index of f in the struct that holds it (see `embed_path`).
    pub field_index: HashMap<NodeId, usize>,
    /// Selectors that reach their field or method through embedded fields: the indices of
    /// the embedded fields taken, outermost first (lookup::Selection::path). Absent: none.
    pub embed_path: HashMap<NodeId, Vec<usize>>,
    /// Method expressions that have no function of their own: a promoted method (`S.M`,
    /// `(*S).M`), a value method through a pointer (`(*T).M`) or an interface method (`I.M`).
    /// Selector NodeId -> the receiver type; codegen generates the wrapper.
    pub method_exprs: HashMap<NodeId, TypeId>,
    /// The signature (a Func type) of every runtime-implemented library function the program
    /// names, as the checker typed it: codegen lowers calls by it.
    pub lib_sigs: HashMap<LibFunc, TypeId>,
    /// Uses of generic functions (`F` in `F(x)`, `F[int]`, and the index expression itself):
    /// the type arguments, which mention the enclosing function's type parameters when the
    /// use is inside generic code (codegen substitutes them per instance).
    pub instances: HashMap<NodeId, Vec<TypeId>>,
}

impl Info {
    pub fn tv(&self, id: NodeId) -> Option<&Tv> {
        self.tvs.get(id as usize).and_then(|t| t.as_ref())
    }
    pub fn ty(&self, e: &Expr) -> TypeId {
        self.tv(e.id).map(|t| t.ty).unwrap_or(types::VOID)
    }
    pub fn const_val(&self, e: &Expr) -> Option<&ConstVal> {
        match self.tv(e.id) {
            Some(Tv {
                mode: Mode::Const(c),
                ..
            }) => Some(c),
            _ => None,
        }
    }
    pub fn obj_of(&self, id: &Ident) -> Option<ObjId> {
        self.idents.get(&id.id).copied()
    }
    pub fn var(&self, o: ObjId) -> Option<&VarInfo> {
        match &self.objs[o as usize].kind {
            ObjKind::Var(v) => Some(v),
            _ => None,
        }
    }
}

pub(crate) struct Scope {
    names: HashMap<String, ObjId>,
}

pub(crate) struct LabelInfo {
    obj_span: Span,
    used: bool,
}

/// Per-function checking state.
pub(crate) struct FnCtx {
    idx: FuncIdx,
    result_types: Vec<TypeId>,
    loop_depth: u32,
    /// Labels seen so far (for "looping label" detection) and all labels of the function.
    seen_labels: HashSet<String>,
    looping_labels: HashSet<String>,
    labels: HashMap<String, LabelInfo>,
    /// After a looping label, everything is "in a loop" for defer classification (Go does so).
    after_looping_label: bool,
    lit_counter: u32,
    switch_depth: u32,
    /// Inside a branch that Go's deadcode pass deletes (`if false {...}`): defers and returns
    /// there are not counted, and codegen emits no defer for them.
    dead_depth: u32,
    /// After a jump in the current statement list (see DeferSite::reachable).
    unreachable: bool,
    /// Every label some goto in the function names, and every label defined in it.
    goto_targets: HashSet<String>,
    defined_labels: HashSet<String>,
}

/// What a package-level initializer or a function refers to, for the initialization order:
/// a package-level object (variable, function), or a method (methods have no object, and Go
/// counts `T(0).M()` and `T.M` as references to M's body: test/fixedbugs/bug446.go).
/// One step of package initialization (Info::init_steps).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InitStep {
    /// A package-level var spec: (decl index, spec index).
    Var(usize, usize),
    /// A `func init`.
    Init(FuncIdx),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Dep {
    Obj(ObjId),
    Method(FuncIdx),
}

pub struct Checker<'a> {
    pub(crate) file: &'a File,
    pub(crate) diags: &'a mut Diags,
    pub(crate) info: Info,
    pub(crate) scopes: Vec<Scope>,
    pub(crate) fctx: Vec<FnCtx>,
    /// Package-level objects not yet resolved: name -> (decl index, spec index).
    pub(crate) pending: HashMap<ObjId, (usize, usize)>,
    pub(crate) resolving: HashSet<ObjId>,
    /// (package, file, import path) -> the package name's object and the import's span.
    pub(crate) imports: HashMap<(usize, usize, String), (ObjId, Span)>,
    /// Globals referenced while checking the current package-level initializer / function.
    pub(crate) global_refs: Vec<HashSet<Dep>>,
    pub(crate) func_refs: HashMap<FuncIdx, HashSet<Dep>>,
    pub(crate) iota: Option<i128>,
    pub(crate) error_type: TypeId,
    pub(crate) lib: lib::LibTypes,
    pub(crate) func_decl_idx: HashMap<usize, FuncIdx>,
    pub(crate) global_deps: HashMap<(usize, usize), HashSet<Dep>>,
    /// Method declarations: (decl index, its FuncBody, its object).
    pub(crate) method_decls: Vec<(usize, FuncIdx, ObjId)>,
    /// The package being checked: 0 is main, i + 1 is `file.libs[i]` (check::golib). Its
    /// scope is `scopes[1]`; the others wait in `pkg_scopes` (the current one's slot is empty).
    pub(crate) pkg: usize,
    pub(crate) pkg_scopes: Vec<Scope>,
    /// The file being checked, within its package (`unit_of`), and every file's scope: the
    /// imports it sees (Go's file block, between the package block and function blocks). A
    /// library package's files share one (loader::golib).
    pub(crate) cur_file: usize,
    pub(crate) file_scopes: Vec<Vec<Scope>>,
    /// Each top-level declaration's (package, file).
    pub(crate) unit_of: Vec<(usize, usize)>,
    /// Each file's dot imports (`import . "path"`): the package (an index for enter_pkg)
    /// whose exported names the file sees, and the import's object; and those some name was
    /// found through (for "imported and not used").
    pub(crate) dot_imports: Vec<Vec<Vec<(usize, ObjId)>>>,
    pub(crate) dot_used: std::cell::RefCell<HashSet<ObjId>>,
    /// The package that declared each named type (generic ones by their origin).
    pub(crate) named_pkg: HashMap<TypeId, usize>,
    /// An expression checked ahead of its turn and its operand, which the next `expr` call on
    /// that node returns instead of checking it again (a built-in's only argument, checked
    /// early to see whether it is a multi-value call; checking twice would declare its
    /// function literals twice and repeat its errors).
    pub(crate) checked: Option<(NodeId, expr::Operand)>,
    /// Inside a constraint position (a type parameter's constraint, a union term): constraint
    /// interfaces are allowed there only.
    pub(crate) constraint_ok: u32,
    /// Checking the `G` of `G[...]`: a generic function or type may be named uninstantiated.
    pub(crate) allow_generic: u32,
    pub(crate) pending_verify: Vec<generic::PendingVerify>,
    /// Map types whose key is a type parameter: its comparability is checked once every
    /// constraint is resolved.
    pub(crate) pending_map_keys: Vec<(Span, TypeId)>,
    /// Every instantiation of a generic function (callee, type arguments, where), for the
    /// instantiation-cycle check.
    pub(crate) inst_sites: Vec<(FuncIdx, Vec<TypeId>, Span)>,
}

/// Type-check a parsed file. Returns None when errors were reported.
pub fn check(file: &File, diags: &mut Diags) -> Option<Info> {
    let before = diags.len();
    let mut c = Checker::new(file, diags);
    c.check_file();
    let info = c.info;
    if diags.len() > before {
        None
    } else {
        Some(info)
    }
}

impl<'a> Checker<'a> {
    fn new(file: &'a File, diags: &'a mut Diags) -> Checker<'a> {
        let mut types = Types::new();
        let lib = lib::LibTypes::new(&mut types);
        let error_type = lib.error;
        let info = Info {
            types,
            objs: Vec::new(),
            tvs: vec![None; file.node_count as usize + 1],
            idents: HashMap::new(),
            calls: HashMap::new(),
            funcs: Vec::new(),
            lits: HashMap::new(),
            global_inits: Vec::new(),
            globals: Vec::new(),
            main: None,
            inits: Vec::new(),
            init_steps: Vec::new(),
            clause_vars: HashMap::new(),
            field_index: HashMap::new(),
            embed_path: HashMap::new(),
            method_exprs: HashMap::new(),
            lib_sigs: HashMap::new(),
            comma_ok: HashSet::new(),
            elided_addr: HashSet::new(),
            method_sel: HashMap::new(),
            instances: HashMap::new(),
        };
        let mut c = Checker {
            file,
            diags,
            info,
            scopes: Vec::new(),
            fctx: Vec::new(),
            pending: HashMap::new(),
            resolving: HashSet::new(),
            imports: HashMap::new(),
            global_refs: Vec::new(),
            func_refs: HashMap::new(),
            iota: None,
            error_type,
            lib,
            func_decl_idx: HashMap::new(),
            global_deps: HashMap::new(),
            method_decls: Vec::new(),
            pkg: 0,
            pkg_scopes: Vec::new(),
            cur_file: 0,
            file_scopes: Vec::new(),
            unit_of: Vec::new(),
            dot_imports: Vec::new(),
            dot_used: std::cell::RefCell::new(HashSet::new()),
            named_pkg: HashMap::new(),
            checked: None,
            constraint_ok: 0,
            allow_generic: 0,
            pending_verify: Vec::new(),
            pending_map_keys: Vec::new(),
            inst_sites: Vec::new(),
        };
        c.universe();
        c
    }

    fn universe(&mut self) {
        self.push_scope();
        let basics = [
            ("bool", BOOL),
            ("int", INT),
            ("int8", INT8),
            ("int16", INT16),
            ("int32", INT32),
            ("rune", INT32),
            ("int64", INT64),
            ("uint", UINT),
            ("uint8", UINT8),
            ("byte", UINT8),
            ("uint16", UINT16),
            ("uint32", UINT32),
            ("uint64", UINT64),
            ("uintptr", UINTPTR),
            ("float32", FLOAT32),
            ("float64", FLOAT64),
            ("complex64", COMPLEX64),
            ("complex128", COMPLEX128),
            ("string", STRING),
            ("any", ANY),
        ];
        for (n, t) in basics {
            self.declare_universe(n, ObjKind::TypeName, t);
        }
        let et = self.error_type;
        self.declare_universe("error", ObjKind::TypeName, et);
        self.declare_universe("true", ObjKind::Const(ConstVal::Bool(true)), UNTYPED_BOOL);
        self.declare_universe("false", ObjKind::Const(ConstVal::Bool(false)), UNTYPED_BOOL);
        self.declare_universe("iota", ObjKind::Const(ConstVal::int(0)), UNTYPED_INT);
        self.declare_universe("nil", ObjKind::Nil, UNTYPED_NIL);
        use Builtin::*;
        for b in [
            Len, Cap, Print, Println, Panic, Recover, New, Make, Append, Copy, Delete, Close,
            Complex, Real, Imag,
        ] {
            self.declare_universe(b.name(), ObjKind::Builtin(b), VOID);
        }
        let comparable = self.info.types.intern(TypeKind::Constraint(TypeSet {
            methods: Vec::new(),
            terms: None,
            comparable: true,
            implicit: false,
        }));
        self.declare_universe("comparable", ObjKind::TypeName, comparable);
    }

    fn declare_universe(&mut self, name: &str, kind: ObjKind, ty: TypeId) {
        let o = self.new_obj(name, kind, ty, Span::default());
        self.info.objs[o as usize].used = true;
        self.scopes[0].names.insert(name.to_string(), o);
    }

    pub(crate) fn new_obj(&mut self, name: &str, kind: ObjKind, ty: TypeId, span: Span) -> ObjId {
        let id = self.info.objs.len() as ObjId;
        self.info.objs.push(Object {
            name: name.to_string(),
            kind,
            ty,
            span,
            used: false,
        });
        id
    }

    pub(crate) fn new_var(&mut self, name: &str, ty: TypeId, span: Span) -> ObjId {
        let owner = self.fctx.last().map(|f| f.idx);
        self.new_obj(
            name,
            ObjKind::Var(VarInfo {
                global: owner.is_none(),
                owner,
                captured: false,
                addr_taken: false,
                param: false,
                result: false,
            }),
            ty,
            span,
        )
    }

    pub(crate) fn push_scope(&mut self) {
        self.scopes.push(Scope {
            names: HashMap::new(),
        });
    }

    /// Close a block scope, reporting variables declared in it and never used.
    pub(crate) fn pop_scope(&mut self) {
        if let Some(s) = self.scopes.pop() {
            if self.fctx.is_empty() {
                return;
            }
            let mut unused: Vec<(Span, String)> = Vec::new();
            for (_, &o) in s.names.iter() {
                let obj = &self.info.objs[o as usize];
                if let ObjKind::Var(v) = &obj.kind {
                    if !obj.used && !v.param && !v.result && !v.global && obj.name != "_" {
                        unused.push((obj.span, obj.name.clone()));
                    }
                }
            }
            for (sp, n) in unused {
                self.diags.error(sp, format!("{} declared but not used", n));
            }
        }
    }

    /// Declare a name in the innermost scope; `_` is never declared.
    pub(crate) fn declare(&mut self, name: &Ident, obj: ObjId) {
        self.info.idents.insert(name.id, obj);
        if name.name == "_" {
            return;
        }
        let scope = self.scopes.last_mut().unwrap();
        if let Some(&prev) = scope.names.get(&name.name) {
            let prev_span = self.info.objs[prev as usize].span;
            let _ = prev_span;
            self.diags
                .error(name.span, format!("{} redeclared in this block", name.name));
            return;
        }
        scope.names.insert(name.name.clone(), obj);
    }

    pub(crate) fn lookup(&self, name: &str) -> Option<ObjId> {
        // Function blocks, then the file block (imports), the package block, the universe.
        let (outer, inner) = self.scopes.split_at(self.scopes.len().min(2));
        for s in inner.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        if outer.len() == 2 {
            let file = self
                .file_scopes
                .get(self.pkg)
                .and_then(|f| f.get(self.cur_file));
            if let Some(&o) = file.and_then(|f| f.names.get(name)) {
                return Some(o);
            }
            let dots = self
                .dot_imports
                .get(self.pkg)
                .and_then(|f| f.get(self.cur_file));
            for &(p, imp) in dots.into_iter().flatten() {
                if let Some(m) = self.source_member(p, name) {
                    self.dot_used.borrow_mut().insert(imp);
                    return Some(m);
                }
            }
        }
        for s in outer.iter().rev() {
            if let Some(&o) = s.names.get(name) {
                return Some(o);
            }
        }
        None
    }

    pub(crate) fn record(&mut self, id: NodeId, mode: Mode, ty: TypeId) {
        if let Some(slot) = self.info.tvs.get_mut(id as usize) {
            *slot = Some(Tv { mode, ty });
        }
    }

    fn check_file(&mut self) {
        let file = self.file;
        if file.package.name != "main" {
            self.diags.error(
                file.package.span,
                format!(
                    "unsupported: package {} (programs are package main)",
                    file.package.name
                ),
            );
        }
        self.push_scope(); // package scope
        self.pkg_scopes = (0..=file.libs.len())
            .map(|_| Scope {
                names: HashMap::new(),
            })
            .collect();
        // Every package's files, their imports and declarations: (package, file) units.
        let mut units: Vec<Vec<(&[Import], std::ops::Range<usize>)>> = Vec::new();
        let main_end = file
            .libs
            .first()
            .map_or(file.decls.len(), |l| l.decls.start);
        units.push(if file.files.is_empty() {
            vec![(&file.imports[..], 0..main_end)]
        } else {
            file.files
                .iter()
                .map(|f| (&f.imports[..], f.decls.clone()))
                .collect()
        });
        for lib in &file.libs {
            units.push(if lib.is_user() {
                lib.files
                    .iter()
                    .map(|f| (&f.imports[..], f.decls.clone()))
                    .collect()
            } else {
                vec![(&lib.imports[..], lib.decls.clone())]
            });
        }
        self.unit_of = vec![(0, 0); file.decls.len()];
        self.dot_imports = units
            .iter()
            .map(|fs| fs.iter().map(|_| Vec::new()).collect())
            .collect();
        self.file_scopes = units
            .iter()
            .map(|fs| {
                fs.iter()
                    .map(|_| Scope {
                        names: HashMap::new(),
                    })
                    .collect()
            })
            .collect();
        for (p, fs) in units.iter().enumerate() {
            self.enter_pkg(p);
            for (fi, (imports, decls)) in fs.iter().enumerate() {
                for di in decls.clone() {
                    self.unit_of[di] = (p, fi);
                }
                self.cur_file = fi;
                for imp in imports.iter() {
                    self.import(imp);
                }
            }
        }
        self.enter_pkg(0);
        self.cur_file = 0;
        self.collect_decls();
        // Resolve every package-level object (types, consts, var types, signatures).
        let pending: Vec<ObjId> = {
            let mut v: Vec<ObjId> = self.pending.keys().copied().collect();
            v.sort();
            v
        };
        // Types first, then the methods bound to them, then everything else: package-level
        // initializers may call methods (`var x = T{}.M()`) or need method sets
        // (`var i I = t`).
        for &o in &pending {
            if matches!(self.info.objs[o as usize].kind, ObjKind::TypeName) {
                self.resolve_global(o);
            }
        }
        self.resolve_methods();
        for o in pending {
            self.resolve_global(o);
        }
        self.verify_pending();
        // Function bodies.
        for (di, d) in file.decls.iter().enumerate() {
            if let Decl::Func(fd) = d {
                if let Some(&fi) = self.func_decl_idx.get(&di) {
                    self.enter_decl(di);
                    self.check_func_decl(fd, fi);
                }
            }
        }
        self.enter_pkg(0);
        self.verify_pending();
        self.check_instantiation_cycles();
        self.order_globals();
        let mut imports: Vec<_> = self.imports.clone().into_iter().collect();
        imports.sort_by_key(|(_, (_, sp))| sp.lo);
        for ((_, _, name), (o, span)) in imports {
            if !self.info.objs[o as usize].used && !self.dot_used.borrow().contains(&o) {
                let name = name.strip_prefix(". ").unwrap_or(&name).to_string();
                self.diags
                    .error(span, format!("imported and not used: \"{}\"", name));
            }
        }
        match self.scopes[1].names.get("main").copied() {
            Some(o) => {
                if let ObjKind::Func(fi) = self.info.objs[o as usize].kind {
                    self.info.main = Some(fi);
                } else {
                    self.diags.error(
                        self.info.objs[o as usize].span,
                        "cannot declare main - must be func",
                    );
                }
            }
            None => self.diags.error(
                file.package.span,
                "function main is undeclared in the main package",
            ),
        }
    }

    /// Make package `p` (0 = main, i + 1 = file.libs[i]) the one whose scope is `scopes[1]`.
    pub(crate) fn enter_pkg(&mut self, p: usize) {
        if p == self.pkg || self.scopes.len() < 2 {
            return;
        }
        self.info.types.local_pkg = match p {
            0 => "main".to_string(),
            p => self.file.libs[p - 1].name.clone(),
        };
        std::mem::swap(&mut self.scopes[1], &mut self.pkg_scopes[self.pkg]);
        std::mem::swap(&mut self.scopes[1], &mut self.pkg_scopes[p]);
        self.pkg = p;
    }

    /// The package a top-level declaration belongs to.
    pub(crate) fn decl_pkg(&self, di: usize) -> usize {
        self.unit_of[di].0
    }

    /// Check top-level declaration `di` in its package's scope and its file's imports.
    pub(crate) fn enter_decl(&mut self, di: usize) {
        let (p, f) = self.unit_of[di];
        self.enter_pkg(p);
        self.cur_file = f;
    }

    /// The name of the package being checked (what its types and functions are qualified by).
    pub(crate) fn pkg_name(&self) -> &str {
        match self.pkg {
            0 => "main",
            p => &self.file.libs[p - 1].name,
        }
    }

    /// What the functions of the package being checked are named by (Go's symbol names, in
    /// tracebacks and runtime.FuncForPC): `main` for the main package, otherwise the import
    /// path (`example.com/app/store.(*DB).Get`, `math/rand.(*Rand).Intn`).
    pub(crate) fn pkg_symbol_prefix(&self) -> &str {
        match self.pkg {
            0 => "main",
            p => &self.file.libs[p - 1].path,
        }
    }

    /// Whether package `p` (an index for enter_pkg) is one of the user's, not the library.
    pub(crate) fn is_user_pkg(&self, p: usize) -> bool {
        p == 0 || self.file.libs[p - 1].is_user()
    }

    /// The library package written in Go with this import path, if any (its index for
    /// enter_pkg).
    pub(crate) fn source_pkg(&self, path: &str) -> Option<usize> {
        // (A package of the user's is one too: joined by loader::packages.)
        self.file
            .libs
            .iter()
            .position(|l| l.path == path)
            .map(|i| i + 1)
    }

    /// An exported package-level object of library package `p`.
    pub(crate) fn source_member(&self, p: usize, name: &str) -> Option<ObjId> {
        if !is_exported(name) {
            return None;
        }
        let scope = if p == self.pkg {
            &self.scopes[1]
        } else {
            &self.pkg_scopes[p]
        };
        scope
            .names
            .get(name)
            .copied()
            .filter(|&o| !matches!(self.info.objs[o as usize].kind, ObjKind::Package(_)))
    }

    fn import(&mut self, imp: &Import) {
        // The standard library's internal packages (the user's are loader::packages's).
        let std_internal = crate::loader::module::is_std(&imp.path)
            && (imp.path.starts_with("internal/") || imp.path.contains("/internal/"));
        if self.is_user_pkg(self.pkg) && std_internal {
            self.diags.error(
                imp.span,
                format!("use of internal package {} not allowed", imp.path),
            );
            let name = imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string();
            let o = self.new_obj(&name, ObjKind::Bad, VOID, imp.span);
            self.info.objs[o as usize].used = true;
            self.file_scope().names.insert(name, o);
            return;
        }
        if !lib::KNOWN_PACKAGES.contains(&imp.path.as_str()) && self.source_pkg(&imp.path).is_none()
        {
            let name = imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string();
            let o = self.new_obj(&name, ObjKind::Bad, VOID, imp.span);
            self.info.objs[o as usize].used = true;
            self.file_scope().names.insert(name, o);
            // Standard-library paths have no dot in their first element (Go's rule); those
            // outside the subset are "unsupported", anything else is not in GOROOT.
            let first = imp.path.split('/').next().unwrap_or("");
            let known = lib::GO_STD_PACKAGES.contains(&imp.path.as_str())
                || (!first.contains('.') && !first.is_empty());
            if known {
                self.diags
                    .unsupported(imp.span, format!("package \"{}\"", imp.path));
            } else {
                self.diags
                    .error(imp.span, format!("package {} is not in GOROOT", imp.path));
            }
            return;
        }
        // The package clause's name (a package's directory need not be named after it).
        let default_name = match self.source_pkg(&imp.path) {
            Some(p) => self.file.libs[p - 1].name.clone(),
            None => imp.path.rsplit('/').next().unwrap_or(&imp.path).to_string(),
        };
        let name = match &imp.name {
            Some(n) if n.name == "_" => return,
            Some(n) if n.name == "." => {
                // The package's exported names, in this file's scope (lookup).
                let Some(p) = self.source_pkg(&imp.path) else {
                    self.diags
                        .unsupported(n.span, format!("dot import of package {}", imp.path));
                    return;
                };
                let o = self.new_obj(".", ObjKind::Package(imp.path.clone()), VOID, imp.span);
                self.imports.insert(
                    (self.pkg, self.cur_file, format!(". {}", imp.path)),
                    (o, imp.span),
                );
                self.dot_imports[self.pkg][self.cur_file].push((p, o));
                return;
            }
            Some(n) => n.name.clone(),
            None => default_name,
        };
        let o = self.new_obj(&name, ObjKind::Package(imp.path.clone()), VOID, imp.span);
        let key = (self.pkg, self.cur_file, imp.path.clone());
        if self.imports.contains_key(&key) {
            self.diags
                .error(imp.span, format!("{} redeclared in this block", name));
            return;
        }
        self.imports.insert(key, (o, imp.span));
        self.file_scope().names.insert(name, o);
    }

    /// The scope of the file being checked (its imports).
    fn file_scope(&mut self) -> &mut Scope {
        &mut self.file_scopes[self.pkg][self.cur_file]
    }

    /// Declare every package-level name first, so that order of declaration does not matter.
    fn collect_decls(&mut self) {
        let file = self.file;
        for (di, d) in file.decls.iter().enumerate() {
            self.enter_decl(di);
            match d {
                Decl::Func(fd) => {
                    if !fd.type_params.is_empty() && fd.recv.is_some() {
                        self.diags
                            .error(fd.name.span, "methods cannot have type parameters");
                        continue;
                    }
                    if !fd.type_params.is_empty() && fd.name.name == "init" {
                        self.diags
                            .error(fd.name.span, "func init must have no type parameters");
                        continue;
                    }
                    if !fd.type_params.is_empty() && fd.name.name == "main" {
                        self.diags
                            .error(fd.name.span, "func main must have no type parameters");
                        continue;
                    }

                    // A library function without a body is implemented by the runtime
                    // (`deferc_<pkg>_<name>` in codegen/runtime_abi.rs), as Go's assembly
                    // functions are.
                    if fd.body.is_none() && (self.pkg == 0 || fd.recv.is_some()) {
                        self.diags.error(fd.name.span, "missing function body");
                        continue;
                    }
                    let is_init = fd.name.name == "init" && fd.recv.is_none();
                    if is_init && (!fd.sig.params.is_empty() || !fd.sig.results.is_empty()) {
                        self.diags.error(
                            fd.name.span,
                            "func init must have no arguments and no return values",
                        );
                        continue;
                    }
                    let fi = self.info.funcs.len() as FuncIdx;
                    let name = if is_init {
                        let n = self.info.inits.len();
                        format!("{}.init.{}", self.pkg_symbol_prefix(), n)
                    } else if !fd.type_params.is_empty() {
                        // Go's tracebacks name an instance `main.Map[...]`.
                        format!("{}.{}[...]", self.pkg_symbol_prefix(), fd.name.name)
                    } else {
                        format!("{}.{}", self.pkg_symbol_prefix(), fd.name.name)
                    };
                    self.info.funcs.push(FuncBody {
                        name,
                        short: fd.name.name.clone(),
                        sig: VOID,
                        params: vec![],
                        results: vec![],
                        named_results: false,
                        captures: vec![],
                        parent: None,
                        lit: None,
                        lit_body: None,
                        decl: Some(di),
                        defers: vec![],
                        num_returns: 0,
                        noinline: fd.noinline,
                        lit_escapes: true,
                        span: fd.span,
                        has_recover: false,
                        recv: None,
                        tparams: vec![],
                        tparam_objs: vec![],
                    });
                    self.func_decl_idx.insert(di, fi);
                    let o = self.new_obj(&fd.name.name, ObjKind::Func(fi), VOID, fd.name.span);
                    self.info.objs[o as usize].used = true;
                    if is_init {
                        // Not declared: init cannot be referred to. Its signature is known.
                        self.info.inits.push(fi);
                        let sig = self.func_type(&fd.sig);
                        self.info.objs[o as usize].ty = sig;
                        self.info.funcs[fi as usize].sig = sig;
                        continue;
                    }
                    if fd.recv.is_some() {
                        // Methods are not in the package scope; resolve_methods binds them to
                        // their receiver types once all types are known.
                        self.method_decls.push((di, fi, o));
                        continue;
                    }
                    if fd.name.name == "_" {
                        continue;
                    }
                    self.declare(&fd.name, o);
                    self.pending.insert(o, (di, usize::MAX));
                }
                Decl::Var(g) | Decl::Const(g) => {
                    let is_const = matches!(d, Decl::Const(_));
                    for (si, spec) in g.specs.iter().enumerate() {
                        for n in &spec.names {
                            let kind = if is_const {
                                ObjKind::Const(ConstVal::int(0))
                            } else {
                                ObjKind::Var(VarInfo {
                                    global: true,
                                    owner: None,
                                    captured: false,
                                    addr_taken: false,
                                    param: false,
                                    result: false,
                                })
                            };
                            let o = self.new_obj(&n.name, kind, VOID, n.span);
                            self.info.objs[o as usize].used = true;
                            self.declare(n, o);
                            if n.name == "_" {
                                self.info.idents.insert(n.id, o);
                            }
                            self.pending.insert(o, (di, si));
                            if !is_const {
                                self.info.globals.push(o);
                            }
                        }
                    }
                }
                Decl::Type(g) => {
                    for (si, spec) in g.specs.iter().enumerate() {
                        let o =
                            self.new_obj(&spec.name.name, ObjKind::TypeName, VOID, spec.name.span);
                        self.info.objs[o as usize].used = true;
                        self.declare(&spec.name, o);
                        self.pending.insert(o, (di, si));
                    }
                }
            }
        }
        self.enter_pkg(0);
    }

    /// Bind every method declaration to its receiver's named type (all types are resolved by
    /// now), building its signature with the receiver as the first parameter.
    fn resolve_methods(&mut self) {
        let file = self.file;
        for (di, fi, o) in std::mem::take(&mut self.method_decls) {
            let Decl::Func(fd) = &file.decls[di] else {
                continue;
            };
            self.enter_decl(di);
            let recv = fd.recv.as_ref().unwrap();
            let (base_e, ptr) = match &recv.ty.kind {
                ExprKind::Star(x) => (&**x, true),
                ExprKind::Paren(x) => match &x.kind {
                    ExprKind::Star(y) => (&**y, true),
                    _ => (&**x, false),
                },
                _ => (&recv.ty, false),
            };
            // A method of a generic type declares the receiver's type parameters
            // (`func (s *Stack[T]) Push(v T)`); they stay in scope for the signature.
            self.push_scope();
            let base = match self.generic_receiver(base_e, fi) {
                Some(t) => t,
                None => self.type_expr(base_e),
            };
            if base == VOID {
                self.scopes.pop();
                continue;
            }
            let origin = self.info.types.origin(base);
            if !self.info.types.is_named(base)
                || matches!(
                    self.info.types.ukind(base),
                    TypeKind::Pointer(_) | TypeKind::Interface(_)
                )
                || !matches!(self.info.types.kind(base), TypeKind::Named { pkg, .. } if pkg == self.pkg_name())
            {
                self.diags.error(
                    base_e.span,
                    format!("invalid receiver type {}", self.info.types.name_local(base)),
                );
                self.scopes.pop();
                continue;
            }
            if self.info.types.is_generic(base) {
                self.diags.error(
                    base_e.span,
                    format!(
                        "cannot use generic type {} without instantiation",
                        self.generic_decl_string(base)
                    ),
                );
                self.scopes.pop();
                continue;
            }
            let name = fd.name.name.clone();
            let tname = self.info.types.name_local(origin);
            let _ = &tname;
            let dup = self.info.types.named[&origin]
                .methods
                .iter()
                .any(|(m, _, _)| *m == name);
            // Blank names declare nothing, so they clash with nothing.
            let field_clash = name != "_"
                && matches!(self.info.types.ukind(base), TypeKind::Struct(fs) if fs.iter().any(|f| f.name == name));
            if dup {
                self.diags.error(
                    fd.name.span,
                    format!("{}.{} redeclared in this block", tname, name),
                );
                self.scopes.pop();
                continue;
            }
            if field_clash {
                self.diags.error(
                    fd.name.span,
                    format!("field and method with the same name {}", name),
                );
                self.scopes.pop();
                continue;
            }
            let rt = if ptr {
                self.info.types.intern(TypeKind::Pointer(base))
            } else {
                base
            };
            let msig = self.func_type(&fd.sig);
            self.scopes.pop();
            if origin != base && name != "_" {
                let tps = self.info.funcs[fi as usize].tparams.clone();
                self.info
                    .types
                    .method_generics
                    .entry(origin)
                    .or_default()
                    .push((name.clone(), msig, tps));
            }
            let mut full = self.info.types.sig(msig).cloned().unwrap();
            full.params.insert(0, rt);
            let fsig = self.info.types.intern(TypeKind::Func(full));
            let mut short = tname.rsplit('.').next().unwrap_or(&tname).to_string();
            if origin != base {
                short.push_str("[...]");
            }
            let pkg = self.pkg_symbol_prefix().to_string();
            let b = &mut self.info.funcs[fi as usize];
            b.sig = fsig;
            b.recv = Some((base, ptr));
            b.name = if ptr {
                format!("{}.(*{}).{}", pkg, short, name)
            } else {
                format!("{}.{}.{}", pkg, short, name)
            };
            self.info.objs[o as usize].ty = fsig;
            // reflect's Method(i).Type and Call need the signature without receiver as a
            // type of its own (descriptors are emitted only for interned types).
            if is_exported(&name) {
                self.method_type(fi);
            }
            if name != "_" {
                self.info
                    .types
                    .named
                    .get_mut(&origin)
                    .unwrap()
                    .methods
                    .push((name, o, ptr));
            }
        }
        self.info.types.refresh_instance_methods();
        self.reflect_types();
    }

    /// A program that imports reflect can ask for any exported method's method expression
    /// type (Type.Method(i).Type and Func): `func(T, args) results` for T's value methods and
    /// `func(*T, args) results` for all of them. Descriptors exist only for interned types,
    /// so they are interned here.
    fn reflect_types(&mut self) {
        if !self.file.libs.iter().any(|l| l.path == "reflect") {
            return;
        }
        type Methods = Vec<(String, ObjId, bool)>;
        let named: Vec<(TypeId, Methods)> = self
            .info
            .types
            .named
            .iter()
            .filter(|(_, n)| n.tparams.is_empty() && n.origin.is_none())
            .map(|(&t, n)| (t, n.methods.clone()))
            .collect();
        for (t, methods) in named {
            for (name, o, ptr) in methods {
                if !is_exported(&name) {
                    continue;
                }
                let Some(s) = self.info.types.sig(self.info.objs[o as usize].ty).cloned() else {
                    continue;
                };
                let pt = self.info.types.intern(TypeKind::Pointer(t));
                let mut recvs = vec![pt];
                if !ptr {
                    recvs.push(t);
                }
                for r in recvs {
                    let mut full = s.clone();
                    if !full.params.is_empty() {
                        full.params[0] = r;
                    }
                    self.info.types.intern(TypeKind::Func(full));
                }
            }
        }
    }

    /// The method signature (without receiver) of method `fi` of named type `named` (an
    /// instance of a generic type has its type arguments substituted).
    pub(crate) fn method_type_in(&mut self, fi: FuncIdx, named: TypeId) -> TypeId {
        if let Some(t) = self.info.method_sig(named, fi) {
            return t;
        }
        self.method_type(fi)
    }

    /// The method signature (without receiver) of method function `fi`.
    pub(crate) fn method_type(&mut self, fi: FuncIdx) -> TypeId {
        let full = self
            .info
            .types
            .sig(self.info.funcs[fi as usize].sig)
            .cloned()
            .unwrap();
        let mut s = full;
        s.params.remove(0);
        self.info.types.intern(TypeKind::Func(s))
    }

    /// Resolve a package-level object on demand (Go allows uses before declarations).
    pub(crate) fn resolve_global(&mut self, o: ObjId) {
        let Some(&(di, si)) = self.pending.get(&o) else {
            return;
        };
        if self.resolving.contains(&o) {
            let obj = &self.info.objs[o as usize];
            // A type may refer to itself while its underlying type is being resolved (`next
            // *Node`); type_spec rejects the references that contain it by value.
            if matches!(obj.kind, ObjKind::TypeName) && self.info.types.is_named(obj.ty) {
                return;
            }
            let msg = match obj.kind {
                ObjKind::TypeName => format!("invalid recursive type {}", obj.name),
                _ => format!(
                    "initialization cycle or invalid recursive reference to {}",
                    obj.name
                ),
            };
            let sp = obj.span;
            self.diags.error(sp, msg);
            self.pending.remove(&o);
            return;
        }
        self.resolving.insert(o);
        // Package-level declarations are checked in their package's scope only.
        let saved_scopes: Vec<Scope> = self.scopes.drain(2..).collect();
        let saved_pkg = self.pkg;
        let saved_file = self.cur_file;
        self.enter_decl(di);
        let saved_fctx = std::mem::take(&mut self.fctx);
        let saved_iota = self.iota.take();
        let file = self.file;
        match &file.decls[di] {
            Decl::Func(fd) => {
                let fi = self.func_decl_idx[&di];
                self.push_scope();
                if !fd.type_params.is_empty() {
                    let (tps, objs) = self.declare_tparams(&fd.type_params, TParamOwner::Func(fi));
                    let b = &mut self.info.funcs[fi as usize];
                    b.tparams = tps;
                    b.tparam_objs = objs;
                }
                let sig = self.func_type(&fd.sig);
                self.scopes.pop();
                self.info.objs[o as usize].ty = sig;
                self.info.funcs[fi as usize].sig = sig;
            }
            Decl::Const(g) => {
                self.const_spec(g, si, true);
            }
            Decl::Var(g) => {
                self.global_refs.push(HashSet::new());
                self.global_var_spec(&g.specs[si], di, si);
                self.global_refs.pop();
            }
            Decl::Type(g) => {
                self.type_spec(&g.specs[si], o);
            }
        }
        self.iota = saved_iota;
        self.fctx = saved_fctx;
        self.enter_pkg(saved_pkg);
        self.cur_file = saved_file;
        self.scopes.extend(saved_scopes);
        self.resolving.remove(&o);
        self.pending.remove(&o);
    }

    /// Check one const spec; `global` when the names were declared by collect_decls.
    pub(crate) fn const_spec(&mut self, g: &GenDecl<ValueSpec>, si: usize, global: bool) {
        let spec = &g.specs[si];
        // An empty expression list repeats the closest preceding non-empty one (with this iota).
        let mut src = si;
        while src > 0 && g.specs[src].values.is_empty() && g.specs[src].ty.is_none() {
            src -= 1;
        }
        let from = &g.specs[src];
        self.iota = Some(spec.iota as i128);
        let ty = from.ty.as_ref().map(|t| self.type_expr(t));
        if from.values.is_empty() {
            self.diags
                .error(spec.span, "missing init expr for const declaration");
        }
        for (i, n) in spec.names.iter().enumerate() {
            let (cv, t) = match from.values.get(i) {
                Some(e) => {
                    let mut op = self.expr(e, ty);
                    if let Some(t) = ty {
                        self.assign_op(&mut op, e, t, "constant declaration");
                    }
                    match op.mode {
                        Mode::Const(c) => (c, op.ty),
                        _ => {
                            if op.ty != VOID {
                                self.diags.error(
                                    e.span,
                                    format!(
                                        "{} (value of type {}) is not constant",
                                        self.expr_string(e),
                                        self.info.types.name_local(op.ty)
                                    ),
                                );
                            }
                            (ConstVal::int(0), ty.unwrap_or(UNTYPED_INT))
                        }
                    }
                }
                None => {
                    if !from.values.is_empty() {
                        self.diags
                            .error(n.span, "missing init expr for const declaration");
                    }
                    (ConstVal::int(0), INT)
                }
            };
            let o = if global {
                self.info.idents.get(&n.id).copied()
            } else {
                None
            };
            let o = match o {
                Some(o) => {
                    self.info.objs[o as usize].kind = ObjKind::Const(cv);
                    self.info.objs[o as usize].ty = t;
                    o
                }
                None => {
                    let o = self.new_obj(&n.name, ObjKind::Const(cv), t, n.span);
                    self.info.objs[o as usize].used = true;
                    self.declare(n, o);
                    o
                }
            };
            let _ = o;
        }
        if from.values.len() > spec.names.len() && src == si {
            self.diags
                .error(from.values[spec.names.len()].span, "extra init expr");
        }
        self.iota = None;
    }

    fn global_var_spec(&mut self, spec: &ValueSpec, di: usize, si: usize) {
        // All names of the spec are resolved together.
        for n in &spec.names {
            if let Some(&o) = self.info.idents.get(&n.id) {
                self.resolving.insert(o);
            }
        }
        let types = self.var_spec_types(spec);
        for (n, t) in spec.names.iter().zip(types) {
            if let Some(&o) = self.info.idents.get(&n.id) {
                self.info.objs[o as usize].ty = t;
                self.pending.remove(&o);
                self.resolving.remove(&o);
            }
        }
        if !self.info.global_inits.contains(&(di, si)) {
            self.info.global_inits.push((di, si));
        }
        let refs = self.global_refs.last().cloned().unwrap_or_default();
        self.global_deps.insert((di, si), refs);
    }

    /// Types of the names of a var spec, checking its initializers.
    pub(crate) fn var_spec_types(&mut self, spec: &ValueSpec) -> Vec<TypeId> {
        let declared = spec.ty.as_ref().map(|t| self.type_expr(t));
        let n = spec.names.len();
        if spec.values.is_empty() {
            return vec![declared.unwrap_or(INT); n];
        }
        if spec.values.len() == 1 && n > 1 {
            let tys = self.multi_value(&spec.values[0], n);
            return tys
                .into_iter()
                .map(|t| {
                    if let Some(d) = declared {
                        if !self.multi_assignable(t, d) {
                            self.diags.error(
                                spec.values[0].span,
                                format!(
                                    "cannot use {} value as {} value in assignment",
                                    self.info.types.name_local(t),
                                    self.info.types.name_local(d)
                                ),
                            );
                        }
                        d
                    } else {
                        // The comma-ok value declares a bool.
                        self.info.types.default_type(t)
                    }
                })
                .collect();
        }
        if spec.values.len() != n {
            let sp = spec.span;
            if spec.values.len() > n {
                self.diags.error(
                    spec.values[n].span,
                    format!(
                        "assignment mismatch: {} variable{} but {} value{}",
                        n,
                        if n == 1 { "" } else { "s" },
                        spec.values.len(),
                        if spec.values.len() == 1 { "" } else { "s" }
                    ),
                );
            } else {
                self.diags.error(
                    sp,
                    format!(
                        "assignment mismatch: {} variable{} but {} value{}",
                        n,
                        if n == 1 { "" } else { "s" },
                        spec.values.len(),
                        if spec.values.len() == 1 { "" } else { "s" }
                    ),
                );
            }
            for v in &spec.values {
                self.expr(v, None);
            }
            return vec![declared.unwrap_or(INT); n];
        }
        let mut out = Vec::new();
        for v in &spec.values {
            let mut op = self.expr(v, declared);
            let t = match declared {
                Some(d) => {
                    self.assign_op(&mut op, v, d, "variable declaration");
                    d
                }
                None => {
                    if op.mode == Mode::Nil {
                        self.diags
                            .error(v.span, "use of untyped nil in variable declaration");
                        INT
                    } else {
                        self.single_value(&op, v);
                        let d = self.info.types.default_type(op.ty);
                        self.assign_op(&mut op, v, d, "variable declaration");
                        d
                    }
                }
            };
            out.push(t);
        }
        out
    }

    fn type_spec(&mut self, spec: &TypeSpec, o: ObjId) {
        if !spec.type_params.is_empty() && spec.alias {
            self.diags
                .error(spec.name.span, "generic type cannot be alias");
            return;
        }
        if spec.alias {
            let t = self.type_expr(&spec.ty);
            self.info.objs[o as usize].ty = t;
            return;
        }
        let pkg = self.pkg_name().to_string();
        let named = self.info.types.new_named(&pkg, &spec.name.name);
        let path = self.pkg_symbol_prefix().to_string();
        if let Some(n) = self.info.types.named.get_mut(&named) {
            n.pkgpath = path;
        }
        self.named_pkg.insert(named, self.pkg);
        self.info.objs[o as usize].ty = named;
        let generic = !spec.type_params.is_empty();
        if generic {
            if !self.fctx.is_empty() {
                self.diags.error(
                    spec.name.span,
                    "generic type cannot be declared inside a function",
                );
            }
            self.info.types.named.get_mut(&named).unwrap().complete = false;
            self.push_scope();
            let (tps, _) = self.declare_tparams(&spec.type_params, TParamOwner::Type(named));
            self.info.types.named.get_mut(&named).unwrap().tparams = tps;
        }
        // A declared interface may be a constraint (`type Number interface{ ~int | ~float64 }`).
        let u0 = self.type_expr_constraint(&spec.ty);
        if generic {
            self.scopes.pop();
            if self.info.types.is_tparam(u0) {
                self.diags.error(
                    spec.ty.span,
                    "cannot use a type parameter as RHS in type declaration",
                );
                self.info.types.complete_generic(named);
                return;
            }
        }
        let u0 = self.finish_type_spec(spec, named, u0);
        if generic {
            let _ = u0;
            self.info.types.complete_generic(named);
        }
    }

    fn finish_type_spec(&mut self, spec: &TypeSpec, named: TypeId, u0: TypeId) -> TypeId {
        if u0 == named {
            self.diags.error(
                spec.name.span,
                format!("invalid recursive type {}", spec.name.name),
            );
            return u0;
        }
        if self.incomplete_named(u0) {
            // `type B A` where A's declaration is still being resolved (it refers to B):
            // B's underlying type is not known yet.
            self.diags.unsupported(
                spec.ty.span,
                format!(
                    "type {} defined as a type whose declaration refers to it",
                    spec.name.name
                ),
            );
            return u0;
        }
        let u = self.info.types.underlying(u0);
        if let Some(ni) = self.info.types.named.get_mut(&named) {
            ni.underlying = u;
        }
        if self.contains_by_value(u, named, &mut HashSet::new()) {
            self.diags.error(
                spec.name.span,
                format!("invalid recursive type {}", spec.name.name),
            );
            // Break the cycle so that sizes, layouts and comparability stay finite.
            let empty = self.info.types.intern(TypeKind::Struct(Vec::new()));
            if let Some(ni) = self.info.types.named.get_mut(&named) {
                ni.underlying = empty;
            }
        }
        u0
    }

    /// A named type whose declaration is being resolved (its underlying type is a placeholder).
    fn incomplete_named(&self, t: TypeId) -> bool {
        self.info.types.is_named(t)
            && self
                .resolving
                .iter()
                .any(|&o| self.info.objs[o as usize].ty == t)
    }

    /// Does a value of type `t` contain a value of named type `target` (struct fields and array
    /// elements, not through pointers, slices, maps, funcs or channels)? Go rejects such a
    /// declaration of `target` as an invalid recursive type.
    fn contains_by_value(&self, t: TypeId, target: TypeId, seen: &mut HashSet<TypeId>) -> bool {
        if t == target || self.info.types.origin(t) == target {
            return true;
        }
        if !seen.insert(t) {
            return false;
        }
        match self.info.types.kind(t) {
            TypeKind::Named { .. } => {
                let u = self.info.types.named[&t].underlying;
                self.contains_by_value(u, target, seen)
            }
            TypeKind::Array(e, _) => self.contains_by_value(*e, target, seen),
            TypeKind::Struct(fs) => fs
                .iter()
                .any(|f| self.contains_by_value(f.ty, target, seen)),
            _ => false,
        }
    }

    /// Order package-level variable initialization as Go 1.19 does (the spec's "Package
    /// initialization", go/types' initorder.go): a variable's dependencies are the variables its
    /// initializer refers to, directly or through the functions and methods it refers to; then
    /// the next variable initialized is repeatedly the earliest in declaration order that is
    /// ready (all its dependencies initialized). Imported library packages come first (Go
    /// initializes a package's imports before it), in the order their declarations were
    /// joined.
    fn order_globals(&mut self) {
        use std::collections::BTreeSet;
        // A var spec (declaration index, spec index), and its place in declaration order.
        type Spec = (usize, usize);
        type SpecKey = (bool, usize, usize);
        let specs = std::mem::take(&mut self.info.global_inits);
        let mut spec_of: HashMap<ObjId, (usize, usize)> = HashMap::new();
        for &(di, si) in &specs {
            if let Decl::Var(g) = &self.file.decls[di] {
                for n in &g.specs[si].names {
                    if let Some(&o) = self.info.idents.get(&n.id) {
                        spec_of.insert(o, (di, si));
                    }
                }
            }
        }
        // Declaration order: the libraries' declarations follow the program's in File::decls.
        let key = |s: (usize, usize)| (self.decl_pkg(s.0) == 0, s.0, s.1);
        // The variables each spec depends on, through functions (Go removes function nodes
        // from the graph, giving their callers their dependencies).
        let mut deps: HashMap<(usize, usize), HashSet<(usize, usize)>> = HashMap::new();
        for &s in &specs {
            let mut out = HashSet::new();
            let mut stack: Vec<Dep> = self
                .global_deps
                .get(&s)
                .map(|r| r.iter().copied().collect())
                .unwrap_or_default();
            let mut seen_funcs: HashSet<FuncIdx> = HashSet::new();
            while let Some(d) = stack.pop() {
                let fi = match d {
                    Dep::Method(fi) => fi,
                    Dep::Obj(o) => match &self.info.objs[o as usize].kind {
                        ObjKind::Func(fi) => *fi,
                        ObjKind::Var(_) => {
                            if let Some(&t) = spec_of.get(&o) {
                                if t != s {
                                    out.insert(t);
                                }
                            }
                            continue;
                        }
                        _ => continue,
                    },
                };
                if seen_funcs.insert(fi) {
                    if let Some(r) = self.func_refs.get(&fi) {
                        stack.extend(r.iter().copied());
                    }
                }
            }
            deps.insert(s, out);
        }
        let mut users: HashMap<(usize, usize), Vec<(usize, usize)>> = HashMap::new();
        for (&s, ds) in &deps {
            for &d in ds {
                users.entry(d).or_default().push(s);
            }
        }
        // Package by package in initialization order; within one, a ready queue ordered by
        // (unfinished dependencies, declaration order): a node popped with dependencies left
        // is part of a cycle (reported elsewhere) and goes anyway. Dependencies on other
        // packages' variables are met already.
        let mut order = Vec::with_capacity(specs.len());
        let mut steps = Vec::new();
        let init_decl: HashMap<FuncIdx, usize> = self
            .func_decl_idx
            .iter()
            .map(|(&di, &fi)| (fi, di))
            .collect();
        for p in self.package_init_order() {
            let mine: Vec<Spec> = specs
                .iter()
                .copied()
                .filter(|s| self.decl_pkg(s.0) == p)
                .collect();
            let mut ndeps: HashMap<(usize, usize), usize> = mine
                .iter()
                .map(|s| {
                    (
                        *s,
                        deps[s].iter().filter(|d| self.decl_pkg(d.0) == p).count(),
                    )
                })
                .collect();
            let mut queue: BTreeSet<(usize, SpecKey, Spec)> =
                mine.iter().map(|&s| (ndeps[&s], key(s), s)).collect();
            while let Some(first) = queue.iter().next().copied() {
                queue.remove(&first);
                let s = first.2;
                order.push(s);
                steps.push(InitStep::Var(s.0, s.1));
                for &u in users.get(&s).map(|v| v.as_slice()).unwrap_or(&[]) {
                    let Some(&n) = ndeps.get(&u) else { continue };
                    if queue.remove(&(n, key(u), u)) {
                        ndeps.insert(u, n - 1);
                        queue.insert((n - 1, key(u), u));
                    }
                }
            }
            for &fi in &self.info.inits {
                if init_decl.get(&fi).is_some_and(|&di| self.decl_pkg(di) == p) {
                    steps.push(InitStep::Init(fi));
                }
            }
        }
        self.info.global_inits = order;
        self.info.init_steps = steps;
    }
}

impl Checker<'_> {
    /// `x.name` for x of type `t`, as the package being checked sees it: an unexported field
    /// or method of another package's type is not there (Go's rule; the lookup itself knows
    /// nothing of packages).
    pub(crate) fn visible(&self, t: TypeId, name: &str) -> lookup::Lookup {
        use lookup::{Lookup, Target};
        let found = self.info.lookup(t, name);
        let Lookup::Found(s) = &found else {
            return found;
        };
        if is_exported(name) {
            return found;
        }
        let types = &self.info.types;
        let origin = |n: TypeId| types.named.get(&n).and_then(|ni| ni.origin).unwrap_or(n);
        let owner = match s.target {
            Target::Method { named, .. } => Some(origin(named)),
            Target::Field { .. } => {
                // The struct holding the field: at the end of the embedding path.
                let mut cur = self.info.deref(t).0;
                for &i in &s.path {
                    let TypeKind::Struct(fs) = types.ukind(cur) else {
                        break;
                    };
                    cur = self.info.deref(fs[i].ty).0;
                }
                types.is_named(cur).then(|| origin(cur))
            }
            Target::IfaceMethod { .. } => None,
        };
        match owner.and_then(|n| self.named_pkg.get(&n)) {
            Some(&p) if p != self.pkg => Lookup::NotFound,
            _ => found,
        }
    }

    /// The packages with Go source (the program's, the user's, the library's) in the order Go
    /// initializes them: depth first along each package's imports in source order (its files
    /// in order), a package after everything it imports, main last.
    fn package_init_order(&self) -> Vec<usize> {
        let file = self.file;
        let imports_of = |p: usize| -> Vec<&Import> {
            match p {
                0 if file.files.is_empty() => file.imports.iter().collect(),
                0 => file.files.iter().flat_map(|f| &f.imports).collect(),
                p => file.libs[p - 1].imports.iter().collect(),
            }
        };
        fn visit<'f>(
            c: &Checker<'_>,
            p: usize,
            imports_of: &dyn Fn(usize) -> Vec<&'f Import>,
            seen: &mut Vec<bool>,
            out: &mut Vec<usize>,
        ) {
            if std::mem::replace(&mut seen[p], true) {
                return;
            }
            for imp in imports_of(p) {
                if let Some(q) = c.source_pkg(&imp.path) {
                    visit(c, q, imports_of, seen, out);
                }
            }
            out.push(p);
        }
        let n = file.libs.len() + 1;
        let mut seen = vec![false; n];
        let mut out = Vec::with_capacity(n);
        visit(self, 0, &imports_of, &mut seen, &mut out);
        // (Every joined package is imported by something; this is for safety only.)
        for p in 1..n {
            visit(self, p, &imports_of, &mut seen, &mut out);
        }
        out
    }
}

/// Go's token.IsExported: the name begins with an upper-case letter by unicode.IsUpper (Go
/// 1.19's Unicode 13 tables, from the runtime, not Rust's newer ones).
pub(crate) fn is_exported(name: &str) -> bool {
    name.chars()
        .next()
        .is_some_and(|c| deferc_runtime::pkg_unicode::is_upper(c as i32))
}
