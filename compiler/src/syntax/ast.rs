//! The syntax tree of one Go source file, with a span on every node.
//!
//! The parser accepts all of Go's syntax (except type parameters, which it reports as
//! unsupported), so that the checker can say `unsupported: <feature>` for what is outside the
//! subset instead of a parse error. Every expression carries a `NodeId`, unique in the file, that
//! the checker uses as the key of its side tables (types, constant values, resolved names), the
//! way go/types keys its Info maps by expression.

// Positions are diag's (the source text's), shared by every stage.
pub use crate::diag::Span;

pub type NodeId = u32;

#[derive(Clone, Debug)]
pub struct Ident {
    pub name: String,
    pub span: Span,
    pub id: NodeId,
}

#[derive(Clone, Debug)]
pub struct File {
    pub package: Ident,
    pub imports: Vec<Import>,
    pub decls: Vec<Decl>,
    /// Number of NodeIds handed out: every `id` in the file is below it.
    pub node_count: u32,
    /// The other packages joined to the program (loader): the user's packages of its module,
    /// then the library packages written in Go (loader::golib); their files' declarations
    /// follow the program's in `decls`.
    pub libs: Vec<LibPackage>,
    /// The main package's files when it has several (loader): each file's imports and the
    /// range of `decls` its declarations occupy. Empty for a file parsed alone, whose
    /// `imports` and `decls` are the whole package.
    pub files: Vec<SrcFile>,
}

/// A package joined to the program: its import path and name, its files' imports, and the
/// range of `File::decls` its declarations occupy.
#[derive(Clone, Debug)]
pub struct LibPackage {
    pub path: String,
    pub name: String,
    /// Every import of its files, each once (a library package's files share one import
    /// scope: loader::golib).
    pub imports: Vec<Import>,
    pub decls: std::ops::Range<usize>,
    /// A package of the user's module (or a module it requires): its files keep their own
    /// import scopes, as Go's do, and only its exported names are visible to other packages.
    /// Empty for a library package.
    pub files: Vec<SrcFile>,
}

impl LibPackage {
    /// A package of the user's (loaded from a directory), not deferc's library.
    pub fn is_user(&self) -> bool {
        !self.files.is_empty()
    }
}

/// One source file of a package of several: its imports and the range of `File::decls` its
/// declarations occupy.
#[derive(Clone, Debug)]
pub struct SrcFile {
    pub imports: Vec<Import>,
    pub decls: std::ops::Range<usize>,
}

#[derive(Clone, Debug)]
pub struct Import {
    /// `import name "path"`; `.` and `_` arrive as names too.
    pub name: Option<Ident>,
    pub path: String,
    pub span: Span,
}

// A file has few declarations; boxing the large FuncDecl variant would buy nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug)]
pub enum Decl {
    Func(FuncDecl),
    Var(GenDecl<ValueSpec>),
    Const(GenDecl<ValueSpec>),
    Type(GenDecl<TypeSpec>),
}

#[derive(Clone, Debug)]
pub struct GenDecl<T> {
    pub specs: Vec<T>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncDecl {
    pub name: Ident,
    pub recv: Option<Field>,
    pub type_params: Vec<Field>,
    pub sig: FuncType,
    pub body: Option<Block>,
    /// `//go:noinline` directly above the declaration.
    pub noinline: bool,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct FuncType {
    pub params: Vec<Field>,
    pub results: Vec<Field>,
    pub span: Span,
}

/// A parameter, result, struct field or receiver group: `a, b int`, or an unnamed `int`.
#[derive(Clone, Debug)]
pub struct Field {
    pub names: Vec<Ident>,
    pub ty: Expr,
    /// The last parameter written `...T`; `ty` is then T.
    pub variadic: bool,
    /// Struct field tag, undecoded.
    pub tag: Option<String>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct ValueSpec {
    pub names: Vec<Ident>,
    pub ty: Option<Expr>,
    /// Empty for a const spec that repeats the previous expression list (and for `var x T`).
    pub values: Vec<Expr>,
    /// Index of the spec within its const group: the value of iota.
    pub iota: u32,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct TypeSpec {
    pub name: Ident,
    pub type_params: Vec<Field>,
    /// `type A = B`
    pub alias: bool,
    pub ty: Expr,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub id: NodeId,
    pub span: Span,
    pub kind: ExprKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Pos,   // +x
    Neg,   // -x
    Not,   // !x
    Xor,   // ^x
    Addr,  // &x
    Recv,  // <-x
    Deref, // *x (only produced by the checker's view of Star; the parser emits Star)
    Tilde, // ~T, a term of a type constraint (only inside type parameter lists and interfaces)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    And,    // &
    Or,     // |
    Xor,    // ^
    Shl,    // <<
    Shr,    // >>
    AndNot, // &^
    LAnd,   // &&
    LOr,    // ||
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn as_str(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::Rem => "%",
            BinOp::And => "&",
            BinOp::Or => "|",
            BinOp::Xor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::AndNot => "&^",
            BinOp::LAnd => "&&",
            BinOp::LOr => "||",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChanDir {
    Both,
    Send, // chan<- T
    Recv, // <-chan T
}

#[derive(Clone, Debug)]
pub enum ArrayLen {
    /// `[]T`
    Slice,
    /// `[...]T`
    Ellipsis,
    Expr(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Element {
    /// `key: value` in a composite literal (a field name, an index, or a map key).
    pub key: Option<Expr>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum InterfaceElem {
    Method {
        name: Ident,
        sig: FuncType,
    },
    /// An embedded interface (or, in generic code, a type union: unsupported).
    Embed(Expr),
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Ident(String),
    /// Literal text as written (`0x1F`, `1_000`, `0o17`); the checker evaluates it exactly.
    IntLit(String),
    FloatLit(String),
    ImagLit(String),
    /// Decoded code point of a rune literal.
    CharLit(u32),
    /// Decoded bytes of an interpreted or raw string literal (may be invalid UTF-8 via \x escapes).
    StringLit(Vec<u8>),
    /// `T{...}`; `ty` is None for an elided type inside another composite literal.
    CompositeLit {
        ty: Option<Box<Expr>>,
        elts: Vec<Element>,
        rbrace: Span,
    },
    FuncLit {
        sig: FuncType,
        /// Shared with the checker's record of the literal (check::FuncBody::lit_body), so
        /// codegen reaches the body without searching the file for it.
        body: std::sync::Arc<Block>,
    },
    Paren(Box<Expr>),
    Selector(Box<Expr>, Ident),
    /// `x[i]`; more than one index (generic instantiation) is in `Vec` form for the checker to reject.
    Index(Box<Expr>, Vec<Expr>),
    Slice {
        x: Box<Expr>,
        lo: Option<Box<Expr>>,
        hi: Option<Box<Expr>>,
        max: Option<Box<Expr>>,
    },
    /// `x.(T)`; `ty` None for `x.(type)` in a type switch guard.
    TypeAssert(Box<Expr>, Option<Box<Expr>>),
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        /// `f(xs...)`
        ellipsis: bool,
    },
    /// `*x`: a dereference or a pointer type, decided by the checker.
    Star(Box<Expr>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    // Type expressions.
    ArrayType {
        len: ArrayLen,
        elem: Box<Expr>,
    },
    StructType(Vec<Field>),
    FuncType(FuncType),
    InterfaceType(Vec<InterfaceElem>),
    MapType(Box<Expr>, Box<Expr>),
    ChanType(ChanDir, Box<Expr>),
    /// `...` standing alone where an expression was expected (reported by the checker).
    Ellipsis,
    /// Placeholder after a syntax error (already reported).
    Bad,
}

#[derive(Clone, Debug)]
pub struct Block {
    pub stmts: Vec<Stmt>,
    pub span: Span,
    /// Span of the closing brace: Go reports "missing return" there.
    pub rbrace: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AssignOp {
    /// `=`
    Assign,
    /// `:=`
    Define,
    /// `+=`, `<<=`, ...
    Op(BinOp),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub span: Span,
    pub kind: StmtKind,
}

#[derive(Clone, Debug)]
pub struct CaseClause {
    /// Empty with `default: true` for the default clause. In a type switch these are types
    /// (`nil` included).
    pub exprs: Vec<Expr>,
    pub default: bool,
    pub body: Vec<Stmt>,
    pub span: Span,
    /// In a type switch, the implicitly declared variable of this clause gets this id.
    pub id: NodeId,
}

#[derive(Clone, Debug)]
pub struct CommClause {
    /// None for `default`; otherwise a Send, an Expr(<-ch), or an Assign with a receive on the right.
    pub comm: Option<Box<Stmt>>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Empty,
    Expr(Expr),
    Send(Expr, Expr),
    IncDec(Expr, bool),
    Assign {
        lhs: Vec<Expr>,
        op: AssignOp,
        rhs: Vec<Expr>,
    },
    Var(GenDecl<ValueSpec>),
    Const(GenDecl<ValueSpec>),
    Type(GenDecl<TypeSpec>),
    Go(Expr),
    Defer(Expr),
    Return(Vec<Expr>),
    Break(Option<Ident>),
    Continue(Option<Ident>),
    Goto(Ident),
    Fallthrough,
    Block(Block),
    If {
        init: Option<Box<Stmt>>,
        cond: Expr,
        then: Block,
        /// An `If` statement or a `Block`.
        els: Option<Box<Stmt>>,
    },
    Switch {
        init: Option<Box<Stmt>>,
        tag: Option<Expr>,
        body: Vec<CaseClause>,
    },
    TypeSwitch {
        init: Option<Box<Stmt>>,
        /// `v` in `switch v := x.(type)`.
        bind: Option<Ident>,
        /// The operand x (not the `.(type)` assertion).
        x: Expr,
        body: Vec<CaseClause>,
    },
    Select(Vec<CommClause>),
    For {
        init: Option<Box<Stmt>>,
        cond: Option<Expr>,
        post: Option<Box<Stmt>>,
        body: Block,
    },
    Range {
        key: Option<Expr>,
        value: Option<Expr>,
        define: bool,
        x: Expr,
        body: Block,
    },
    Labeled(Ident, Box<Stmt>),
}
