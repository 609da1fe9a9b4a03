//! AST + type info -> Cranelift IR, written once over `&mut dyn Module` so the JIT and the AOT
//! drivers share every line of it.
//!
//! Module-level concerns live here: declaring every function before defining any, runtime
//! imports (from runtime_abi's one table), string constants, static funcvals, globals, type
//! descriptors, and the program entry. Function bodies are in func.rs / expr.rs / defer.rs.

mod body;
mod builtins;
mod call;
mod chan;
mod complex;
mod convert;
mod data;
mod defer;
mod expr;
mod func;
pub mod ice;
pub mod layout;
mod operators;
mod order;
mod range_assign;
mod reflectcall;
pub mod runtime_abi;
mod stmt;

use std::collections::HashMap;

use cranelift_codegen::ir::{self, types as T, AbiParam, InstBuilder, UserFuncName};
use cranelift_codegen::isa::CallConv;
use cranelift_codegen::Context;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};

use crate::analyze::Plan;
use crate::check::lookup::{Lookup, Selection, Target};
use crate::check::types::{Sig, TypeId, TypeKind, Types};
use crate::check::{FuncIdx, Info, ObjId};
use crate::diag::Source;
use crate::syntax::ast::{Decl, File};
use layout::*;
use runtime_abi::Rt;

/// The exported entry point: `void deferc_program_main(void)` with the C convention.
pub const ENTRY_SYMBOL: &str = "deferc_program_main";

pub struct Options {
    /// Collect the Cranelift IR text of every function (`--emit clif`).
    pub emit_clif: bool,
    /// Collect the machine code of every function as Cranelift prints it (`--emit asm`).
    pub emit_asm: bool,
    /// Give functions with defers their landing pads (always, except when measuring what the
    /// pads cost a program that never panics: `deferc run --no-landing-pads`).
    pub landing_pads: bool,
}

pub struct Output {
    pub entry: FuncId,
    /// `deferc_funcdata`: `{n, [FuncInfo; n]}` in runtime/src/funcdata.rs's layout.
    pub funcdata: DataId,
    /// `deferc_gcroots`: `{n, [(addr, size); n]}`, the globals that can hold pointers
    /// (runtime/src/mem/roots.rs).
    pub gcroots: DataId,
    /// `; NAME` then the function's CLIF, for every function (when Options::emit_clif).
    pub clif: String,
    /// `; NAME` then the function's machine code (when Options::emit_asm).
    pub asm: String,
}

/// What the unwinder needs to know about one compiled function.
struct FuncMeta {
    id: FuncId,
    name: String,
    /// Absolute path of its source file.
    file: String,
    size: u32,
    /// (return offset, handler offset or u32::MAX, frame offset, line), sorted by offset.
    sites: Vec<[u32; 4]>,
    /// Generated around a method or a call (funcdata's FUNC_WRAPPER): recover looks
    /// through it.
    wrapper: bool,
}

// Types that exist only as descriptors (no TypeId in the checker's table) are keyed in
// `type_descs` by these reserved ids, above any real TypeId.
/// The size of one entry of a method table (runtime/src/types.rs's `Method`: name, code, typ).
const METHOD_SIZE: usize = std::mem::size_of::<deferc_runtime::types::Method>();

const KEY_RUNTIME_ERRORSTRING: TypeId = u32::MAX - 1;
const KEY_RUNTIME_BOUNDSERROR: TypeId = u32::MAX - 2;
const KEY_RUNTIME_TYPEASSERTIONERROR: TypeId = u32::MAX - 3;
const KEY_RUNTIME_PLAINERROR: TypeId = u32::MAX - 4;

/// A function to compile: a FuncIdx, and for generic code the instance (an index into
/// `Plan::instances`).
pub type FnKey = (FuncIdx, Option<u32>);

/// Functions generated around methods (defined at the end, see `define_wrappers`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Wrapper {
    /// `x.M` as a func value of method `fi` (Go's `-fm`): the closure holds {code, cell with
    /// the receiver}.
    MethodValue(FuncIdx, Option<u32>),
    /// `x.M` as a func value with x of a type parameter's type, in an instance where that is
    /// the concrete type `rt`: the closure holds {code, cell with the receiver}, and the
    /// wrapper calls what a call `x.M()` would (`FnGen::tparam_method`).
    TParamMethodValue { rt: TypeId, name: String },
    /// `i.M` as a func value, M a method of interface type `iface`: the closure holds {code,
    /// the dynamic method's code, the data word}, both looked up when the value is made.
    IfaceMethodValue { iface: TypeId, name: String },
    /// Method `name` of `*base` (`ptr`) or of `base`, as a function taking the receiver
    /// first: Go's `main.(*T).M` / `main.T.M`. It finds the method with check::lookup and
    /// adjusts the receiver along the embedded fields (a value method through a pointer, a
    /// promoted method, an interface method). With `ptr` it is also the method table entry
    /// of `base` and `*base`: an interface's data word is a pointer to the value.
    Recv {
        base: TypeId,
        ptr: bool,
        name: String,
    },
}

/// The runtime's current-goroutine pointer (runtime/src/goroutine.rs).
pub const CURG_SYMBOL: &str = "deferc_curg";

/// The exported symbol of the funcdata table (the AOT runtime's `main` reads it).
pub const FUNCDATA_SYMBOL: &str = "deferc_funcdata";
/// The exported symbol of the table of globals the collector scans.
pub const GCROOTS_SYMBOL: &str = "deferc_gcroots";

pub struct Codegen<'a> {
    pub module: &'a mut dyn Module,
    pub file: &'a File,
    pub info: &'a Info,
    /// analyze's decisions (escape, defer paths), indexed like `info`.
    pub plan: &'a Plan,
    pub src: &'a Source,
    rt: HashMap<Rt, FuncId>,
    /// Tail-convention stubs through which generated code calls raising runtime entries.
    stubs: HashMap<Rt, FuncId>,
    funcs_meta: Vec<FuncMeta>,
    /// Absolute path of the source, for tracebacks.
    file_path: String,
    /// Where the Go function being finished was declared (its file goes in funcdata), and
    /// the absolute paths of the files seen so far.
    func_pos: Option<u32>,
    abs_paths: HashMap<String, String>,
    /// Go functions by FuncIdx: declared (and queued for definition) the first time code or
    /// data refers to one (`go_func_id`), so library functions a program never reaches cost
    /// nothing. `go_syms` holds their symbol names.
    go_funcs: HashMap<FnKey, FuncId>,
    go_syms: Vec<String>,
    pending_funcs: Vec<FnKey>,
    static_funcvals: HashMap<FnKey, DataId>,
    /// The instance of a generic function whose body (or literal) is being generated: every
    /// type read from the checker's tables goes through its substitution (`sub`).
    cur_inst: Option<u32>,
    /// `{code}` funcvals of generated wrappers (method expressions).
    wrapper_funcvals: HashMap<FuncId, DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    type_descs: HashMap<TypeId, DataId>,
    pending_types: Vec<TypeId>,
    /// Pointer masks (gcdata) by their bytes, and allocation shapes by (size, mask).
    gcmasks: HashMap<Vec<u8>, DataId>,
    shapes: HashMap<(u64, Vec<bool>), DataId>,
    globals: HashMap<ObjId, DataId>,
    /// `deferc_curg`: the runtime's pointer to the running G (defer records are pushed and
    /// popped inline).
    curg: DataId,
    runtime_error_names: HashMap<TypeId, String>,
    static_boxes: HashMap<(TypeId, Vec<u8>, Option<u32>), DataId>,
    staticuint64s: Option<DataId>,
    /// Types::interface_methods, made when the first method table needs it.
    iface_methods: std::cell::OnceCell<std::collections::HashSet<(&'a str, TypeId)>>,
    /// Generated method wrappers, and those not yet defined.
    wrappers: HashMap<Wrapper, FuncId>,
    pending_wrappers: Vec<(Wrapper, FuncId)>,
    /// `go` statement thunks not yet defined (chan.rs).
    pending_go_thunks: Vec<(chan::GoThunk, FuncId)>,
    /// The SystemV trampoline a new goroutine starts in (`deferc_set_go_trampoline`).
    go_trampoline: FuncId,
    /// The Error method of the runtime's error types (Go's runtime.errorString and friends):
    /// returns the message its receiver points at.
    errstring_error: FuncId,
    /// `RuntimeError()` of the same types: does nothing; its presence makes them runtime.Error.
    runtime_error_marker: FuncId,
    method_trampoline: FuncId,
    init_fn: FuncId,
    clif: String,
    asm: String,
    /// A line for the listing of the function being generated (`; defer_bits: ssN`), read by
    /// the generated-code tests.
    listing_note: Option<String>,
    opts: Options,
    next_anon: u32,
    /// The program imports reflect: descriptors then carry what only reflect reads (`*T`'s
    /// descriptor, ptrto), at the cost of emitting more of them.
    uses_reflect: bool,
    /// reflect's table of every type descriptor, when reflect asks for it.
    typelinks: Option<DataId>,
    /// reflect.Value.Call's adapters by func type, and those not yet defined (reflectcall.rs).
    reflect_thunks: HashMap<TypeId, FuncId>,
    pending_reflect_thunks: Vec<(TypeId, FuncId)>,
    /// reflect.MakeFunc's stubs by func type, and those not yet defined.
    makefunc_stubs: HashMap<TypeId, FuncId>,
    pending_makefunc_stubs: Vec<(TypeId, FuncId)>,
}

pub fn compile(
    module: &mut dyn Module,
    file: &File,
    info: &Info,
    plan: &Plan,
    src: &Source,
    opts: Options,
) -> Result<Output, String> {
    let mut cg = Codegen {
        module,
        file,
        info,
        plan,
        src,
        rt: HashMap::new(),
        stubs: HashMap::new(),
        funcs_meta: Vec::new(),
        file_path: std::fs::canonicalize(&src.name)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| src.name.clone()),
        func_pos: None,
        abs_paths: HashMap::new(),
        go_funcs: HashMap::new(),
        go_syms: Vec::new(),
        pending_funcs: Vec::new(),
        static_funcvals: HashMap::new(),
        cur_inst: None,
        wrapper_funcvals: HashMap::new(),
        strings: HashMap::new(),
        type_descs: HashMap::new(),
        pending_types: Vec::new(),
        gcmasks: HashMap::new(),
        shapes: HashMap::new(),
        globals: HashMap::new(),
        curg: DataId::from_u32(0),
        runtime_error_names: HashMap::new(),
        static_boxes: HashMap::new(),
        staticuint64s: None,
        iface_methods: std::cell::OnceCell::new(),
        wrappers: HashMap::new(),
        pending_wrappers: Vec::new(),
        pending_go_thunks: Vec::new(),
        go_trampoline: FuncId::from_u32(0),
        errstring_error: FuncId::from_u32(0),
        runtime_error_marker: FuncId::from_u32(0),
        method_trampoline: FuncId::from_u32(0),
        init_fn: FuncId::from_u32(0),
        clif: String::new(),
        asm: String::new(),
        listing_note: None,
        opts,
        next_anon: 0,
        uses_reflect: file.libs.iter().any(|l| l.path == "reflect"),
        typelinks: None,
        reflect_thunks: HashMap::new(),
        pending_reflect_thunks: Vec::new(),
        makefunc_stubs: HashMap::new(),
        pending_makefunc_stubs: Vec::new(),
    };
    cg.declare_all()?;
    // Every function of the program is compiled; library functions when something refers to
    // them (calls, function values, method tables, wrappers), found by draining the queue
    // until functions, descriptors and wrappers stop asking for more.
    for (fi, f) in info.funcs.iter().enumerate() {
        // Generic functions are compiled per instance, when something refers to one.
        if f.name.starts_with("main.")
            && crate::analyze::instances::generic_root(info, fi as FuncIdx).is_none()
        {
            cg.go_func_id(fi as FuncIdx)?;
        }
    }
    cg.define_init()?;
    cg.define_errstring_error()?;
    cg.define_method_trampoline()?;
    cg.define_go_trampoline()?;
    cg.define_stubs()?;
    let entry = cg.define_entry()?;
    // Functions are defined when first referred to; type descriptors ask for method wrappers,
    // and wrappers for functions (and for the descriptor of runtime.plainError): alternate
    // until nothing is pending.
    loop {
        while let Some(key) = cg.pending_funcs.pop() {
            cg.define_go_func(key)?;
        }
        cg.define_go_thunks()?;
        cg.emit_type_descs()?;
        cg.define_wrappers()?;
        cg.define_reflect_adapters()?;
        if cg.pending_funcs.is_empty()
            && cg.pending_types.is_empty()
            && cg.pending_wrappers.is_empty()
            && cg.pending_reflect_thunks.is_empty()
            && cg.pending_makefunc_stubs.is_empty()
            && cg.pending_go_thunks.is_empty()
        {
            break;
        }
    }
    if let Some(did) = cg.typelinks {
        cg.define_typelinks(did)?;
    }
    let funcdata = cg.emit_funcdata()?;
    let gcroots = cg.emit_gcroots()?;
    Ok(Output {
        entry,
        funcdata,
        gcroots,
        clif: std::mem::take(&mut cg.clif),
        asm: std::mem::take(&mut cg.asm),
    })
}

pub(super) fn merr<E: std::fmt::Display>(e: E) -> String {
    format!("internal compiler error: {}", e)
}

impl<'a> Codegen<'a> {
    pub fn ptr(&self) -> ir::Type {
        self.module.target_config().pointer_type()
    }

    pub fn landing_pads(&self) -> bool {
        self.opts.landing_pads
    }

    pub fn types(&self) -> &'a Types {
        &self.info.types
    }

    /// Every (name, signature) some interface type of the program has as a method.
    pub(super) fn iface_methods(&self) -> &std::collections::HashSet<(&'a str, TypeId)> {
        let types = self.types();
        self.iface_methods.get_or_init(|| types.interface_methods())
    }

    /// The signature of a Go function: Tail convention, a hidden closure-context word first,
    /// then the flattened parameters, then one result pointer per memory-typed result.
    pub fn go_sig(&self, sig: &Sig) -> ir::Signature {
        let mut s = ir::Signature::new(CallConv::Tail);
        s.params.push(AbiParam::new(T::I64));
        for &p in &sig.params {
            for t in flat(self.types(), p) {
                s.params.push(AbiParam::new(t));
            }
        }
        for &r in &sig.results {
            if is_mem(self.types(), r) {
                s.params.push(AbiParam::new(T::I64));
            } else {
                for t in flat(self.types(), r) {
                    s.returns.push(AbiParam::new(t));
                }
            }
        }
        s
    }

    pub fn sig_of(&self, t: TypeId) -> Sig {
        self.types().sig(t).cloned().unwrap_or(Sig {
            params: vec![],
            results: vec![],
            variadic: false,
        })
    }

    pub(super) fn declare_all(&mut self) -> Result<(), String> {
        let ptr = self.ptr();
        let cc = self.module.isa().default_call_conv();
        for &rt in runtime_abi::ALL {
            let sig = runtime_abi::signature(rt, cc, ptr);
            let id = self
                .module
                .declare_function(rt.symbol(), Linkage::Import, &sig)
                .map_err(merr)?;
            self.rt.insert(rt, id);
            if runtime_abi::raises(rt) {
                let mut ssig = ir::Signature::new(CallConv::Tail);
                ssig.params.push(AbiParam::new(T::I64));
                ssig.params.extend(sig.params.iter().cloned());
                let sid = self
                    .module
                    .declare_function(&format!("deferc.{}", rt.symbol()), Linkage::Local, &ssig)
                    .map_err(merr)?;
                self.stubs.insert(rt, sid);
            }
        }
        self.curg = self
            .module
            .declare_data(CURG_SYMBOL, Linkage::Import, true, false)
            .map_err(merr)?;
        let mut used_names: HashMap<String, u32> = HashMap::new();
        for f in &self.info.funcs {
            // Symbol names are Go's names; duplicates (shadowed literals) get a suffix.
            let n = used_names.entry(f.name.clone()).or_insert(0);
            let sym = if *n == 0 {
                f.name.clone()
            } else {
                format!("{}·{}", f.name, n)
            };
            *n += 1;
            self.go_syms.push(sym);
        }
        for &g in &self.info.globals {
            let name = format!("main.{}·{}", self.info.objs[g as usize].name, g);
            let id = self
                .module
                .declare_data(&name, Linkage::Local, true, false)
                .map_err(merr)?;
            let size = mem_size(self.types(), self.info.objs[g as usize].ty).max(1);
            let mut dd = DataDescription::new();
            dd.define_zeroinit(size as usize);
            dd.set_align(8);
            self.module.define_data(id, &dd).map_err(merr)?;
            self.globals.insert(g, id);
        }
        let init_sig = {
            let mut s = ir::Signature::new(CallConv::Tail);
            s.params.push(AbiParam::new(T::I64));
            s
        };
        self.init_fn = self
            .module
            .declare_function("main.init", Linkage::Local, &init_sig)
            .map_err(merr)?;
        let mut es_sig = ir::Signature::new(CallConv::Tail);
        es_sig.params.push(AbiParam::new(T::I64));
        es_sig.params.push(AbiParam::new(T::I64));
        es_sig.returns.push(AbiParam::new(T::I64));
        es_sig.returns.push(AbiParam::new(T::I64));
        self.errstring_error = self
            .module
            .declare_function("runtime.errorString.Error", Linkage::Local, &es_sig)
            .map_err(merr)?;
        let mut re_sig = ir::Signature::new(CallConv::Tail);
        re_sig.params.push(AbiParam::new(T::I64));
        re_sig.params.push(AbiParam::new(T::I64));
        self.runtime_error_marker = self
            .module
            .declare_function("runtime.errorString.RuntimeError", Linkage::Local, &re_sig)
            .map_err(merr)?;
        let mut tr_sig = ir::Signature::new(cc);
        tr_sig.params.push(AbiParam::new(T::I64));
        tr_sig.params.push(AbiParam::new(T::I64));
        tr_sig.returns.push(AbiParam::new(T::I64));
        tr_sig.returns.push(AbiParam::new(T::I64));
        self.method_trampoline = self
            .module
            .declare_function("deferc_method_trampoline", Linkage::Local, &tr_sig)
            .map_err(merr)?;
        Ok(())
    }

    pub fn rt_id(&self, rt: Rt) -> FuncId {
        self.rt[&rt]
    }

    pub fn stub_id(&self, rt: Rt) -> FuncId {
        self.stubs[&rt]
    }

    /// The method signature (no receiver) a wrapper calls with, and for `Recv` the selection
    /// it follows. None: the wrapper names no method (a checker bug; reported as an ICE).
    pub fn wrapper_target(&self, w: &Wrapper) -> Option<(Sig, Option<Selection>)> {
        let strip_recv = |fi: FuncIdx, inst: Option<u32>| {
            let t = self
                .plan
                .instances
                .subst(inst, self.info.funcs[fi as usize].sig);
            let mut s = self.sig_of(t);
            if !s.params.is_empty() {
                s.params.remove(0);
            }
            s
        };
        match w {
            Wrapper::MethodValue(fi, inst) => Some((strip_recv(*fi, *inst), None)),
            Wrapper::TParamMethodValue { rt, name } => {
                let (base, ptr) = self.info.deref(*rt);
                match self.info.lookup_from(base, ptr, name) {
                    Lookup::Found(sel) => match sel.target {
                        Target::Method { func, named, .. } => {
                            let t = self.info.method_sig(named, func)?;
                            Some((self.sig_of(t), None))
                        }
                        Target::IfaceMethod { sig, .. } => Some((self.sig_of(sig), None)),
                        Target::Field { .. } => None,
                    },
                    _ => None,
                }
            }
            Wrapper::IfaceMethodValue { iface, name } => match self.types().ukind(*iface) {
                TypeKind::Interface(ms) => {
                    let m = ms.iter().find(|m| &m.name == name)?;
                    Some((self.sig_of(m.sig), None))
                }
                _ => None,
            },
            Wrapper::Recv { base, ptr, name } => match self.info.lookup_from(*base, *ptr, name) {
                Lookup::Found(sel) => {
                    let sig = match sel.target {
                        Target::Method { func, named, .. } => {
                            match self.info.method_sig(named, func) {
                                Some(t) if self.types().is_named(named) => self.sig_of(t),
                                _ => strip_recv(func, None),
                            }
                        }
                        Target::IfaceMethod { sig, .. } => self.sig_of(sig),
                        Target::Field { .. } => return None,
                    };
                    Some((sig, Some(sel)))
                }
                _ => None,
            },
        }
    }

    /// The machine signature of a wrapper: the method's, with the closure context first and,
    /// for `Recv`, the receiver's words after it (a pointer, a struct's address, or an
    /// interface's two words).
    pub(super) fn wrapper_sig(&self, w: &Wrapper, msig: &Sig) -> ir::Signature {
        let mut sig = self.go_sig(msig);
        if let Wrapper::Recv { base, ptr, .. } = w {
            let words = if *ptr {
                vec![T::I64]
            } else {
                flat(self.types(), *base)
            };
            for (i, t) in words.into_iter().enumerate() {
                sig.params.insert(1 + i, AbiParam::new(t));
            }
        }
        sig
    }

    /// Go's name for a method of `*base` or `base`: `main.(*T)` / `main.T` (then `.M`).
    pub(super) fn method_owner_name(&self, base: TypeId, ptr: bool) -> String {
        match self.types().kind(base) {
            TypeKind::Named { pkg, name, .. } if !pkg.is_empty() => {
                if ptr {
                    format!("{}.(*{})", pkg, name)
                } else {
                    format!("{}.{}", pkg, name)
                }
            }
            _ => {
                let n = self.types().name(base);
                if ptr {
                    format!("(*{})", n)
                } else {
                    n
                }
            }
        }
    }

    /// The wrapper `w`, declared now and defined at the end.
    pub fn wrapper(&mut self, w: Wrapper) -> Result<FuncId, String> {
        if let Some(&id) = self.wrappers.get(&w) {
            return Ok(id);
        }
        let Some((msig, _)) = self.wrapper_target(&w) else {
            return Err(format!(
                "internal compiler error: wrapper {:?} has no method",
                w
            ));
        };
        let sig = self.wrapper_sig(&w, &msig);
        let name = match &w {
            Wrapper::MethodValue(fi, _) => format!("{}-fm", self.info.funcs[*fi as usize].name),
            Wrapper::TParamMethodValue { rt, name } => {
                format!("{}.{}-fm", self.types().name(*rt), name)
            }
            Wrapper::IfaceMethodValue { iface, name } => {
                format!("{}.{}-fm", self.method_owner_name(*iface, false), name)
            }
            Wrapper::Recv { base, ptr, name } => {
                format!("{}.{}", self.method_owner_name(*base, *ptr), name)
            }
        };
        // Types declared in different functions may share a name: keep symbols unique.
        let name = if self.module.get_name(&name).is_some() {
            self.anon_name(&name)
        } else {
            name
        };
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(merr)?;
        self.wrappers.insert(w.clone(), id);
        self.pending_wrappers.push((w, id));
        Ok(id)
    }

    pub(super) fn define_wrappers(&mut self) -> Result<(), String> {
        while let Some((w, id)) = self.pending_wrappers.pop() {
            let Some((msig, sel)) = self.wrapper_target(&w) else {
                return Err(format!(
                    "internal compiler error: wrapper {:?} has no method",
                    w
                ));
            };
            let sig = self.wrapper_sig(&w, &msig);
            let name = self
                .module
                .declarations()
                .get_function_decl(id)
                .linkage_name(id)
                .into_owned();
            let mut func =
                ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
            let mut fbc = FunctionBuilderContext::new();
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut g = func::FnGen::new(self, b, None);
                g.gen_wrapper(&w, &msig, sel.as_ref())?;
                g.finish();
            }
            self.finish_func(id, func, name)?;
            self.mark_wrapper();
        }
        Ok(())
    }

    /// `deferc.<entry>(ctx, args...)`: call the raising runtime entry with the C convention.
    pub(super) fn define_stubs(&mut self) -> Result<(), String> {
        let mut stubs: Vec<(Rt, FuncId)> = self.stubs.iter().map(|(a, b)| (*a, *b)).collect();
        stubs.sort_by_key(|(_, id)| id.as_u32());
        for (rt, sid) in stubs {
            let ptr = self.ptr();
            let cc = self.module.isa().default_call_conv();
            let mut ssig = ir::Signature::new(CallConv::Tail);
            ssig.params.push(AbiParam::new(T::I64));
            ssig.params
                .extend(runtime_abi::signature(rt, cc, ptr).params);
            let mut func =
                ir::Function::with_name_signature(UserFuncName::user(0, sid.as_u32()), ssig);
            let mut fbc = FunctionBuilderContext::new();
            {
                let mut b = FunctionBuilder::new(&mut func, &mut fbc);
                let blk = b.create_block();
                b.append_block_params_for_function_params(blk);
                b.switch_to_block(blk);
                let args = b.block_params(blk)[1..].to_vec();
                let f = self.module.declare_func_in_func(self.rt[&rt], b.func);
                b.ins().call(f, &args);
                b.ins().trap(ir::TrapCode::unwrap_user(1));
                b.seal_all_blocks();
                b.finalize(self.module.target_config());
            }
            self.finish_func(sid, func, format!("deferc.{}", rt.symbol()))?;
        }
        Ok(())
    }

    pub fn curg_data(&self) -> DataId {
        self.curg
    }

    /// A fresh zeroed, writable four-word object: one interface call site's method cache
    /// (FnGen::find_method).
    pub fn method_cache(&mut self) -> Result<DataId, String> {
        let id = self
            .module
            .declare_anonymous_data(true, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        dd.define_zeroinit(32);
        dd.set_align(8);
        self.module.define_data(id, &dd).map_err(merr)?;
        Ok(id)
    }

    /// The function of FuncIdx `fi`, declared and queued for definition on first use: a
    /// function literal of generic code in the instance being generated.
    pub fn go_func_id(&mut self, fi: FuncIdx) -> Result<FuncId, String> {
        let key = self.key_of(fi);
        self.go_func_key(key)
    }

    /// How `fi` is compiled when named from the code being generated: a literal of a generic
    /// function belongs to the current instance, anything else has no instance.
    pub fn key_of(&self, fi: FuncIdx) -> FnKey {
        match crate::analyze::instances::generic_root(self.info, fi) {
            Some(_) => (fi, self.cur_inst),
            None => (fi, None),
        }
    }

    /// The key of generic function (or method) `fi` for concrete type arguments `targs`.
    pub fn inst_key(&self, fi: FuncIdx, targs: &[TypeId]) -> Result<FnKey, String> {
        match self.plan.instances.get(fi, targs) {
            Some(i) => Ok((fi, Some(i))),
            None => Err(format!(
                "internal compiler error: no instance of {} for [{}]",
                self.info.funcs[fi as usize].name,
                targs
                    .iter()
                    .map(|&t| self.types().name(t))
                    .collect::<Vec<_>>()
                    .join(",")
            )),
        }
    }

    /// The key of method `fi` found on named type `named` (an instance of a generic type
    /// gives its type arguments to a generic method).
    pub fn method_key(&self, fi: FuncIdx, named: TypeId) -> Result<FnKey, String> {
        if self.info.funcs[fi as usize].is_generic() {
            let targs = self.types().targs(named).to_vec();
            return self.inst_key(fi, &targs);
        }
        Ok((fi, None))
    }

    /// `t` in the instance being generated.
    pub fn sub(&self, t: TypeId) -> TypeId {
        self.plan.instances.subst(self.cur_inst, t)
    }

    pub fn go_func_key(&mut self, key: FnKey) -> Result<FuncId, String> {
        if let Some(&id) = self.go_funcs.get(&key) {
            return Ok(id);
        }
        let (fi, inst) = key;
        let t = self
            .plan
            .instances
            .subst(inst, self.info.funcs[fi as usize].sig);
        let sig = self.go_sig(&self.sig_of(t));
        let sym = match inst {
            Some(i) => format!("{}·i{}", self.go_syms[fi as usize], i),
            None => self.go_syms[fi as usize].clone(),
        };
        let id = self
            .module
            .declare_function(&sym, Linkage::Local, &sig)
            .map_err(merr)?;
        self.go_funcs.insert(key, id);
        self.pending_funcs.push(key);
        Ok(id)
    }

    pub(super) fn anon_name(&mut self, prefix: &str) -> String {
        self.next_anon += 1;
        format!("{}·{}", prefix, self.next_anon)
    }

    /// The absolute path of the file holding source position `lo` (tracebacks print it).
    fn file_path_at(&mut self, lo: u32) -> String {
        let name = self.src.name_at(lo);
        if let Some(p) = self.abs_paths.get(name) {
            return p.clone();
        }
        let abs = std::fs::canonicalize(name)
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_else(|_| name.to_string());
        self.abs_paths.insert(name.to_string(), abs.clone());
        abs
    }

    pub(super) fn finish_func(
        &mut self,
        id: FuncId,
        func: ir::Function,
        name: String,
    ) -> Result<(), String> {
        let mut ctx = Context::for_function(func);
        ctx.set_disasm(self.opts.emit_asm);
        let note = self
            .listing_note
            .take()
            .map(|n| format!("; {}\n", n))
            .unwrap_or_default();
        let symbols = if self.opts.emit_clif || self.opts.emit_asm {
            self.listing_symbols(&ctx.func)
        } else {
            Vec::new()
        };
        if self.opts.emit_clif {
            let text = clif_listing(&ctx.func.display().to_string(), &symbols);
            self.clif
                .push_str(&format!("; {}\n{}{}\n", name, note, text));
        }
        self.module
            .define_function(id, &mut ctx)
            .map_err(|e| match e {
                cranelift_module::ModuleError::Compilation(ce) => {
                    let msg = cranelift_codegen::print_errors::pretty_error(&ctx.func, ce);
                    format!("internal compiler error: {}", msg)
                }
                other => merr(other),
            })?;
        // Call sites for the unwinder: handler and frame offsets of try_calls, and the line of
        // every call for tracebacks.
        let cc = ctx.compiled_code().expect("compiled");
        if let Some(text) = cc.vcode.as_ref().filter(|_| self.opts.emit_asm) {
            let text = asm_listing(text, &symbols);
            self.asm.push_str(&format!("; {}\n{}\n", name, text));
        }
        let srclocs = cc.buffer.get_srclocs_sorted();
        let line_at = |off: u32| -> u32 {
            srclocs
                .iter()
                .find(|s| s.start <= off && off < s.end)
                .map(|s| s.loc.bits())
                .filter(|&b| b != u32::MAX)
                .unwrap_or(0)
        };
        let mut sites: Vec<[u32; 4]> = cc
            .buffer
            .call_sites()
            .map(|cs| {
                let handler = cs
                    .exception_handlers
                    .iter()
                    .find_map(|h| match h {
                        cranelift_codegen::FinalizedMachExceptionHandler::Default(off) => {
                            Some(*off)
                        }
                        _ => None,
                    })
                    .unwrap_or(u32::MAX);
                [
                    cs.ret_addr,
                    handler,
                    cs.frame_offset.unwrap_or(0),
                    line_at(cs.ret_addr.saturating_sub(1)),
                ]
            })
            .collect();
        sites.sort_by_key(|s| s[0]);
        let file = match self.func_pos.take() {
            Some(lo) => self.file_path_at(lo),
            None => self.file_path.clone(),
        };
        self.funcs_meta.push(FuncMeta {
            id,
            name,
            file,
            size: cc.code_info().total_size,
            sites,
            wrapper: false,
        });
        Ok(())
    }

    /// The symbol each external name of `func` refers to (`userextnameK` is the K-th), for
    /// listings: functions are namespace 0 and data objects namespace 1 (cranelift-module's).
    fn listing_symbols(&self, func: &ir::Function) -> Vec<((u32, u32), String)> {
        let d = self.module.declarations();
        func.params
            .user_named_funcs()
            .values()
            .map(|n| {
                let sym = match n.namespace {
                    0 => {
                        let id = FuncId::from_u32(n.index);
                        d.get_function_decl(id).linkage_name(id).into_owned()
                    }
                    1 => {
                        let id = DataId::from_u32(n.index);
                        d.get_data_decl(id).linkage_name(id).into_owned()
                    }
                    ns => format!("u{}:{}", ns, n.index),
                };
                ((n.namespace, n.index), sym)
            })
            .collect()
    }

    pub(super) fn define_go_func(&mut self, key: FnKey) -> Result<(), String> {
        let (fi, inst) = key;
        if let Some(d) = self.info.funcs[fi as usize].decl {
            if let Decl::Func(fd) = &self.file.decls[d] {
                if fd.body.is_none() {
                    return self.define_intrinsic(fi);
                }
            }
        }
        let saved = std::mem::replace(&mut self.cur_inst, inst);
        let r = self.define_go_func_in(key);
        self.cur_inst = saved;
        r
    }

    fn define_go_func_in(&mut self, key: FnKey) -> Result<(), String> {
        let fi = key.0;
        let id = self.go_func_key(key)?;
        let sig = self.go_sig(&self.sig_of(self.sub(self.info.funcs[fi as usize].sig)));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        let f = &self.info.funcs[fi as usize];
        let (line, col) = self.src.line_col(f.span.lo);
        ice::enter(&f.name, self.src.name_at(f.span.lo), line, col);
        let pos = f.span.lo;
        let done = (|| {
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut g = func::FnGen::new(self, b, Some(fi));
                g.gen_body()?;
                g.finish();
            }
            let name = self.info.funcs[fi as usize].name.clone();
            self.func_pos = Some(pos);
            self.finish_func(id, func, name)
        })()
        .map_err(ice::wrap);
        ice::leave();
        done
    }

    /// A library function declared in Go without a body (check::golib): a Go-convention
    /// function that passes its arguments, word by word, to the runtime entry
    /// `deferc_<pkg>_<name>` and returns what it returns. The entry's table signature must be
    /// exactly the Go signature's machine values (no memory-typed results).
    pub(super) fn define_intrinsic(&mut self, fi: FuncIdx) -> Result<(), String> {
        let f = &self.info.funcs[fi as usize];
        // `math/bits.div64` is `deferc_bits_div64`: the package's last path element.
        let last = f.name.rsplit('/').next().unwrap_or(&f.name);
        let (pkg, name) = last.split_once('.').unwrap_or(("", last));
        let sym = format!("deferc_{}_{}", pkg, name);
        let fname = f.name.clone();
        if let Some(op) = runtime_abi::inline_intrinsic(&sym) {
            return self.define_inline_intrinsic(fi, op);
        }
        if sym == "deferc_reflect_typelinks" {
            return self.define_typelinks_func(fi);
        }
        let found = runtime_abi::ALL
            .iter()
            .copied()
            .find(|r| r.symbol() == sym)
            .or_else(|| runtime_abi::intrinsic_alias(&sym));
        let Some(rt) = found else {
            return Err(format!(
                "internal compiler error: library function {} has no runtime entry {}",
                fname, sym
            ));
        };
        let id = self.go_func_id(fi)?;
        let sig = self.go_sig(&self.sig_of(f.sig));
        let cc = self.module.isa().default_call_conv();
        let csig = runtime_abi::signature(rt, cc, self.ptr());
        let cparams: Vec<_> = csig.params.iter().map(|p| p.value_type).collect();
        let gparams: Vec<_> = sig.params[1..].iter().map(|p| p.value_type).collect();
        let cret: Vec<_> = csig.returns.iter().map(|p| p.value_type).collect();
        let gret: Vec<_> = sig.returns.iter().map(|p| p.value_type).collect();
        // A result of three words (a slice) comes back through a pointer the entry takes
        // first, to a slot of this frame (not the C sret register, which differs by target).
        let out_ptr = cret.is_empty()
            && gret.len() == 3
            && cparams.len() == gparams.len() + 1
            && cparams[1..] == gparams[..];
        if !out_ptr && (cparams != gparams || cret != gret) {
            return Err(format!(
                "internal compiler error: {} does not match runtime entry {}",
                fname, sym
            ));
        }
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let mut args = b.block_params(blk)[1..].to_vec();
            let callee = self.module.declare_func_in_func(self.rt[&rt], b.func);
            if out_ptr {
                let slot = b.create_sized_stack_slot(ir::StackSlotData::new(
                    ir::StackSlotKind::ExplicitSlot,
                    24,
                    3,
                ));
                let p = b.ins().stack_addr(T::I64, slot, 0);
                args.insert(0, p);
                b.ins().call(callee, &args);
                let r: Vec<_> = (0..3)
                    .map(|i| b.ins().load(T::I64, ir::MemFlagsData::trusted(), p, i * 8))
                    .collect();
                b.ins().return_(&r);
            } else {
                let call = b.ins().call(callee, &args);
                let r = b.inst_results(call).to_vec();
                b.ins().return_(&r);
            }
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, fname)
    }

    /// A body-less library function that is one instruction (runtime_abi::Inline) on its one
    /// argument, its result widened (unsigned) to the declared result type when narrower.
    fn define_inline_intrinsic(
        &mut self,
        fi: FuncIdx,
        op: runtime_abi::Inline,
    ) -> Result<(), String> {
        use runtime_abi::Inline;
        let f = &self.info.funcs[fi as usize];
        let fname = f.name.clone();
        let id = self.go_func_id(fi)?;
        let sig = self.go_sig(&self.sig_of(f.sig));
        if sig.params.len() != 2 || sig.returns.len() != 1 {
            return Err(format!(
                "internal compiler error: inline intrinsic {} must take and return one value",
                fname
            ));
        }
        let rty = sig.returns[0].value_type;
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let x = b.block_params(blk)[1];
            let mut r = match op {
                Inline::Bitcast => b.ins().bitcast(rty, ir::MemFlagsData::new(), x),
                Inline::Clz => b.ins().clz(x),
                Inline::Ctz => b.ins().ctz(x),
                Inline::Popcnt => b.ins().popcnt(x),
                Inline::Bitrev => b.ins().bitrev(x),
                Inline::Bswap => b.ins().bswap(x),
            };
            let have = b.func.dfg.value_type(r);
            if have != rty {
                if !have.is_int() || !rty.is_int() || have.bits() > rty.bits() {
                    return Err(format!(
                        "internal compiler error: inline intrinsic {} result type",
                        fname
                    ));
                }
                r = b.ins().uextend(rty, r);
            }
            b.ins().return_(&[r]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, fname)
    }

    /// Marks the function just finished as a wrapper (FuncMeta::wrapper).
    pub(super) fn mark_wrapper(&mut self) {
        if let Some(m) = self.funcs_meta.last_mut() {
            m.wrapper = true;
        }
    }

    /// reflect's `typelinks() unsafe.Pointer`: the address of the table of every type
    /// descriptor of the program (`typelinks`), which is written last, when no more can come.
    fn define_typelinks_func(&mut self, fi: FuncIdx) -> Result<(), String> {
        let f = &self.info.funcs[fi as usize];
        let fname = f.name.clone();
        let id = self.go_func_id(fi)?;
        let sig = self.go_sig(&self.sig_of(f.sig));
        let did = match self.typelinks {
            Some(d) => d,
            None => {
                let d = self
                    .module
                    .declare_anonymous_data(false, false)
                    .map_err(merr)?;
                self.typelinks = Some(d);
                d
            }
        };
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let gv = self.module.declare_data_in_func(did, &mut func);
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let a = b.ins().symbol_value(T::I64, gv);
            b.ins().return_(&[a]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, fname)
    }

    /// The typelinks table: a count, then a pointer to each type descriptor emitted (Go's
    /// moduledata.typelinks), so that reflect finds `[]T`, `map[K]V`, ... the program has
    /// instead of making a second descriptor of the same type.
    fn define_typelinks(&mut self, did: DataId) -> Result<(), String> {
        let mut descs: Vec<DataId> = self.type_descs.values().copied().collect();
        descs.sort_by_key(|d| d.as_u32());
        let mut bytes = vec![0u8; 8 * (descs.len() + 1)];
        bytes[0..8].copy_from_slice(&(descs.len() as u64).to_le_bytes());
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (i, d) in descs.into_iter().enumerate() {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(8 * (i as u32 + 1), gv, 0);
        }
        self.module.define_data(did, &dd).map_err(merr)
    }

    /// `main.init`: package-level variable initializers in dependency order.
    pub(super) fn define_init(&mut self) -> Result<(), String> {
        let id = self.init_fn;
        let mut sig = ir::Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::new(T::I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let b = FunctionBuilder::new(&mut func, &mut fbc);
            let mut g = func::FnGen::new(self, b, None);
            g.gen_init()?;
            g.finish();
        }
        self.finish_func(id, func, "main.init".into())
    }

    /// `runtime.errorString.Error` (shared by the runtime's error types): returns the string its
    /// receiver points at.
    pub(super) fn define_errstring_error(&mut self) -> Result<(), String> {
        let id = self.errstring_error;
        let mut sig = ir::Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::new(T::I64));
        sig.params.push(AbiParam::new(T::I64));
        sig.returns.push(AbiParam::new(T::I64));
        sig.returns.push(AbiParam::new(T::I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let recv = b.block_params(blk)[1];
            let flags = ir::MemFlagsData::trusted();
            let p = b.ins().load(T::I64, flags, recv, 0);
            let l = b.ins().load(T::I64, flags, recv, 8);
            b.ins().return_(&[p, l]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, "runtime.errorString.Error".into())?;
        let id = self.runtime_error_marker;
        let mut sig = ir::Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::new(T::I64));
        sig.params.push(AbiParam::new(T::I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, "runtime.errorString.RuntimeError".into())
    }

    /// Declare a `go` statement's thunk (a Go-convention function of the record), defined later.
    pub(crate) fn go_thunk(&mut self, g: chan::GoThunk) -> Result<FuncId, String> {
        let mut sig = ir::Signature::new(CallConv::Tail);
        sig.params.push(AbiParam::new(T::I64));
        let name = self.anon_name("go.thunk");
        let id = self
            .module
            .declare_function(&name, Linkage::Local, &sig)
            .map_err(merr)?;
        self.pending_go_thunks.push((g, id));
        Ok(id)
    }

    pub(super) fn define_go_thunks(&mut self) -> Result<(), String> {
        while let Some((g, id)) = self.pending_go_thunks.pop() {
            let mut sig = ir::Signature::new(CallConv::Tail);
            sig.params.push(AbiParam::new(T::I64));
            let mut func =
                ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
            let mut fbc = FunctionBuilderContext::new();
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut fg = func::FnGen::new(self, b, None);
                fg.gen_go_thunk(&g)?;
                fg.finish();
            }
            let name = self
                .module
                .declarations()
                .get_function_decl(id)
                .linkage_name(id)
                .into_owned();
            self.finish_func(id, func, name)?;
        }
        Ok(())
    }

    /// `deferc_go_trampoline(code, record)`: where every goroutine starts (C convention, called
    /// by the scheduler on the goroutine's own stack). It calls the go statement's thunk; a
    /// panic no frame recovered, or a Goexit, lands in its handler, which lets the runtime end
    /// the goroutine (Goexit) or the program (Go's crash output).
    pub(super) fn define_go_trampoline(&mut self) -> Result<(), String> {
        let cc = self.module.isa().default_call_conv();
        let mut sig = ir::Signature::new(cc);
        sig.params.push(AbiParam::new(T::I64));
        sig.params.push(AbiParam::new(T::I64));
        let id = self
            .module
            .declare_function("deferc_go_trampoline", Linkage::Local, &sig)
            .map_err(merr)?;
        self.go_trampoline = id;
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let code = b.block_params(blk)[0];
            let rec = b.block_params(blk)[1];
            let mut tsig = ir::Signature::new(CallConv::Tail);
            tsig.params.push(AbiParam::new(T::I64));
            let sref = b.import_signature(tsig);
            let done = b.create_block();
            let top = b.create_block();
            let et = catch_all(&mut b, sref, done, &[], top);
            b.ins().try_call_indirect(code, &[rec], et);
            b.switch_to_block(top);
            let f = self
                .module
                .declare_func_in_func(self.rt[&Rt::GoexitTop], b.func);
            b.ins().call(f, &[]);
            b.ins().jump(done, &[]);
            b.switch_to_block(done);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, "deferc.go_trampoline".into())
    }

    /// The C-convention bridge the runtime's fmt uses to call String/Error methods.
    pub(super) fn define_method_trampoline(&mut self) -> Result<(), String> {
        let id = self.method_trampoline;
        let cc = self.module.isa().default_call_conv();
        let mut sig = ir::Signature::new(cc);
        sig.params.push(AbiParam::new(T::I64));
        sig.params.push(AbiParam::new(T::I64));
        sig.returns.push(AbiParam::new(T::I64));
        sig.returns.push(AbiParam::new(T::I64));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.append_block_params_for_function_params(blk);
            b.switch_to_block(blk);
            let code = b.block_params(blk)[0];
            let recv = b.block_params(blk)[1];
            let mut msig = ir::Signature::new(CallConv::Tail);
            msig.params.push(AbiParam::new(T::I64));
            msig.params.push(AbiParam::new(T::I64));
            msig.returns.push(AbiParam::new(T::I64));
            msig.returns.push(AbiParam::new(T::I64));
            let sref = b.import_signature(msig);
            let zero = b.ins().iconst(T::I64, 0);
            // A panic inside the method lands in `caught`, which takes it off the G (its value
            // stays in G::caught) and reports METHOD_PANICKED: Go's fmt recovers such panics
            // (catchPanic) and prints them in the output.
            let ret = b.create_block();
            b.append_block_param(ret, T::I64);
            b.append_block_param(ret, T::I64);
            let caught = b.create_block();
            let rets = [ir::BlockArg::TryCallRet(0), ir::BlockArg::TryCallRet(1)];
            let et = catch_all(&mut b, sref, ret, &rets, caught);
            b.ins().try_call_indirect(code, &[zero, recv], et);
            b.switch_to_block(caught);
            let pc = self
                .module
                .declare_func_in_func(self.rt[&Rt::PanicCatch], b.func);
            b.ins().call(pc, &[]);
            let null = b.ins().iconst(T::I64, 0);
            let panicked = b.ins().iconst(T::I64, -1);
            b.ins().jump(ret, &[null.into(), panicked.into()]);
            b.switch_to_block(ret);
            let r = b.block_params(ret).to_vec();
            b.ins().return_(&r);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, "deferc.method_trampoline".into())
    }

    /// `void deferc_program_main(void)`: hook up the runtime, run package initialization, then
    /// main.main. The runtime calls it (after setting up os.Args) and exits with status 0 when it
    /// returns.
    pub(super) fn define_entry(&mut self) -> Result<FuncId, String> {
        let cc = self.module.isa().default_call_conv();
        let sig = ir::Signature::new(cc);
        let id = self
            .module
            .declare_function(ENTRY_SYMBOL, Linkage::Export, &sig)
            .map_err(merr)?;
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        {
            let mut b = FunctionBuilder::new(&mut func, &mut fbc);
            let blk = b.create_block();
            b.switch_to_block(blk);
            let tr = self
                .module
                .declare_func_in_func(self.method_trampoline, b.func);
            let tra = b.ins().func_addr(T::I64, tr);
            let set = self
                .module
                .declare_func_in_func(self.rt[&Rt::SetMethodTrampoline], b.func);
            b.ins().call(set, &[tra]);
            let gt = self.module.declare_func_in_func(self.go_trampoline, b.func);
            let gta = b.ins().func_addr(T::I64, gt);
            let set = self
                .module
                .declare_func_in_func(self.rt[&Rt::SetGoTrampoline], b.func);
            b.ins().call(set, &[gta]);
            let es = self.runtime_error_desc("runtime.errorString")?;
            let bs = self.runtime_error_desc("runtime.boundsError")?;
            let esg = self.module.declare_data_in_func(es, b.func);
            let bsg = self.module.declare_data_in_func(bs, b.func);
            let esa = b.ins().symbol_value(T::I64, esg);
            let bsa = b.ins().symbol_value(T::I64, bsg);
            let ts = self.runtime_error_desc("*runtime.TypeAssertionError")?;
            let tsg = self.module.declare_data_in_func(ts, b.func);
            let tsa = b.ins().symbol_value(T::I64, tsg);
            let set = self
                .module
                .declare_func_in_func(self.rt[&Rt::SetRuntimeErrorTypes], b.func);
            b.ins().call(set, &[esa, bsa, tsa]);
            // Package initialization, then main.main; a panic that no frame recovers lands in
            // the handler, which prints Go's crash report and exits 2.
            let fatal = b.create_block();
            let zero = b.ins().iconst(T::I64, 0);
            let mut targets = vec![self.init_fn];
            if let Some(m) = self.info.main {
                targets.push(self.go_func_id(m)?);
            }
            for t in targets {
                let f = self.module.declare_func_in_func(t, b.func);
                let sigref = b.func.dfg.ext_funcs[f].signature;
                let cont = b.create_block();
                let et = catch_all(&mut b, sigref, cont, &[], fatal);
                b.ins().try_call(f, &[zero], et);
                b.switch_to_block(cont);
            }
            b.ins().return_(&[]);
            b.switch_to_block(fatal);
            let fp = self
                .module
                .declare_func_in_func(self.rt[&Rt::Fatalpanic], b.func);
            b.ins().call(fp, &[]);
            b.ins().trap(ir::TrapCode::unwrap_user(1));
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, ENTRY_SYMBOL.into())?;
        Ok(id)
    }
}

/// The exception table of a trampoline's try_call: normal return to `normal(args)`, every
/// exception to `handler` (the trampolines turn a panic into a status or Go's crash output).
fn catch_all(
    b: &mut FunctionBuilder,
    sig: ir::SigRef,
    normal: ir::Block,
    args: &[ir::BlockArg],
    handler: ir::Block,
) -> ir::ExceptionTable {
    let normal = b.func.dfg.block_call(normal, args);
    let handler = b.func.dfg.block_call(handler, &[]);
    let et = ir::ExceptionTableData::new(sig, normal, [ir::ExceptionTableItem::Default(handler)]);
    b.func.dfg.exception_tables.push(et)
}

/// `--emit clif`: the function's CLIF with the symbol each external function and global value
/// names as a comment on its declaration line (`fn3 = u0:17 sig2  ; deferc_deferproc`).
fn clif_listing(text: &str, symbols: &[((u32, u32), String)]) -> String {
    let resolve = |w: &str| -> Option<&str> {
        if let Some(k) = w.strip_prefix("userextname") {
            return symbols.get(k.parse::<usize>().ok()?).map(|s| s.1.as_str());
        }
        let (ns, idx) = w.strip_prefix('u')?.split_once(':')?;
        let key = (ns.parse().ok()?, idx.parse().ok()?);
        symbols.iter().find(|s| s.0 == key).map(|s| s.1.as_str())
    };
    let mut out = String::with_capacity(text.len() + 32 * symbols.len());
    for line in text.lines() {
        out.push_str(line);
        let t = line.trim_start();
        if t.starts_with("fn") || t.starts_with("gv") {
            if let Some(sym) = t.split_whitespace().skip(2).find_map(resolve) {
                out.push_str("  ; ");
                out.push_str(sym);
            }
        }
        out.push('\n');
    }
    out
}

/// `--emit asm`: Cranelift's listing of the machine code with each `userextnameK` replaced
/// by the symbol it names.
fn asm_listing(text: &str, symbols: &[((u32, u32), String)]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("userextname") {
        out.push_str(&rest[..i]);
        let after = &rest[i + "userextname".len()..];
        let digits = after.len() - after.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match after[..digits]
            .parse::<usize>()
            .ok()
            .and_then(|k| symbols.get(k))
        {
            Some(sym) => out.push_str(&sym.1),
            None => out.push_str(&rest[i..i + "userextname".len() + digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}
