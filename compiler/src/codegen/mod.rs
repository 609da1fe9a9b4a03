//! AST + type info -> Cranelift IR, written once over `&mut dyn Module` so the JIT and the AOT
//! drivers share every line of it.
//!
//! Module-level concerns live here: declaring every function before defining any, runtime
//! imports (from runtime_abi's one table), string constants, static funcvals, globals, type
//! descriptors, and the program entry. Function bodies are in func.rs / expr.rs / defer.rs.

mod chan;
mod defer;
mod expr;
mod func;
pub mod ice;
pub mod layout;
mod range_assign;
pub mod runtime_abi;

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
    /// Give functions with defers their landing pads (always, except when measuring what the
    /// pads cost a program that never panics: `deferc run --no-landing-pads`).
    pub landing_pads: bool,
}

pub struct Output {
    pub entry: FuncId,
    /// `deferc_funcdata`: `{n, [FuncInfo; n]}` in runtime/src/funcdata.rs's layout.
    pub funcdata: DataId,
    pub clif: String,
}

/// What the unwinder needs to know about one compiled function.
struct FuncMeta {
    id: FuncId,
    name: String,
    size: u32,
    /// (return offset, handler offset or u32::MAX, frame offset, line), sorted by offset.
    sites: Vec<[u32; 4]>,
}

// Types that exist only as descriptors (no TypeId in the checker's table) are keyed in
// `type_descs` by these reserved ids, above any real TypeId.
/// The size of one entry of a method table (runtime/src/types.rs's `Method`: name, code, typ).
const METHOD_SIZE: usize = std::mem::size_of::<deferc_runtime::types::Method>();

const KEY_RUNTIME_ERRORSTRING: TypeId = u32::MAX - 1;
const KEY_RUNTIME_BOUNDSERROR: TypeId = u32::MAX - 2;
const KEY_RUNTIME_TYPEASSERTIONERROR: TypeId = u32::MAX - 3;
const KEY_RUNTIME_PLAINERROR: TypeId = u32::MAX - 4;

/// Functions generated around methods (defined at the end, see `define_wrappers`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Wrapper {
    /// `x.M` as a func value of method `fi` (Go's `-fm`): the closure holds {code, cell with
    /// the receiver}.
    MethodValue(FuncIdx),
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
    /// Go functions by FuncIdx: declared (and queued for definition) the first time code or
    /// data refers to one (`go_func_id`), so library functions a program never reaches cost
    /// nothing. `go_syms` holds their symbol names.
    go_funcs: Vec<Option<FuncId>>,
    go_syms: Vec<String>,
    pending_funcs: Vec<FuncIdx>,
    static_funcvals: HashMap<FuncIdx, DataId>,
    /// `{code}` funcvals of generated wrappers (method expressions).
    wrapper_funcvals: HashMap<FuncId, DataId>,
    strings: HashMap<Vec<u8>, DataId>,
    type_descs: HashMap<TypeId, DataId>,
    pending_types: Vec<TypeId>,
    globals: HashMap<ObjId, DataId>,
    /// `deferc_curg`: the runtime's pointer to the running G (defer records are pushed and
    /// popped inline).
    curg: DataId,
    runtime_error_names: HashMap<TypeId, String>,
    static_boxes: HashMap<(TypeId, Vec<u8>, Option<u32>), DataId>,
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
    opts: Options,
    next_anon: u32,
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
        go_funcs: Vec::new(),
        go_syms: Vec::new(),
        pending_funcs: Vec::new(),
        static_funcvals: HashMap::new(),
        wrapper_funcvals: HashMap::new(),
        strings: HashMap::new(),
        type_descs: HashMap::new(),
        pending_types: Vec::new(),
        globals: HashMap::new(),
        curg: DataId::from_u32(0),
        runtime_error_names: HashMap::new(),
        static_boxes: HashMap::new(),
        wrappers: HashMap::new(),
        pending_wrappers: Vec::new(),
        pending_go_thunks: Vec::new(),
        go_trampoline: FuncId::from_u32(0),
        errstring_error: FuncId::from_u32(0),
        runtime_error_marker: FuncId::from_u32(0),
        method_trampoline: FuncId::from_u32(0),
        init_fn: FuncId::from_u32(0),
        clif: String::new(),
        opts,
        next_anon: 0,
    };
    cg.declare_all()?;
    // Every function of the program is compiled; library functions when something refers to
    // them (calls, function values, method tables, wrappers), found by draining the queue
    // until functions, descriptors and wrappers stop asking for more.
    for (fi, f) in info.funcs.iter().enumerate() {
        if f.name.starts_with("main.") {
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
        while let Some(fi) = cg.pending_funcs.pop() {
            cg.define_go_func(fi)?;
        }
        cg.define_go_thunks()?;
        cg.emit_type_descs()?;
        cg.define_wrappers()?;
        if cg.pending_funcs.is_empty()
            && cg.pending_types.is_empty()
            && cg.pending_wrappers.is_empty()
            && cg.pending_go_thunks.is_empty()
        {
            break;
        }
    }
    let funcdata = cg.emit_funcdata()?;
    Ok(Output {
        entry,
        funcdata,
        clif: std::mem::take(&mut cg.clif),
    })
}

fn merr<E: std::fmt::Display>(e: E) -> String {
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

    fn declare_all(&mut self) -> Result<(), String> {
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
            self.go_funcs.push(None);
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
        let strip_recv = |fi: FuncIdx| {
            let mut s = self.sig_of(self.info.funcs[fi as usize].sig);
            if !s.params.is_empty() {
                s.params.remove(0);
            }
            s
        };
        match w {
            Wrapper::MethodValue(fi) => Some((strip_recv(*fi), None)),
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
                        Target::Method { func, .. } => strip_recv(func),
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
    fn wrapper_sig(&self, w: &Wrapper, msig: &Sig) -> ir::Signature {
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
    fn method_owner_name(&self, base: TypeId, ptr: bool) -> String {
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
            Wrapper::MethodValue(fi) => format!("{}-fm", self.info.funcs[*fi as usize].name),
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

    fn define_wrappers(&mut self) -> Result<(), String> {
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
        }
        Ok(())
    }

    /// `deferc.<entry>(ctx, args...)`: call the raising runtime entry with the C convention.
    fn define_stubs(&mut self) -> Result<(), String> {
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

    /// The funcdata table: for every function, its entry, size, name, file and call sites.
    fn emit_funcdata(&mut self) -> Result<DataId, String> {
        let metas = std::mem::take(&mut self.funcs_meta);
        let id = self
            .module
            .declare_data(FUNCDATA_SYMBOL, Linkage::Export, false, false)
            .map_err(merr)?;
        let file = self.file_path.clone();
        let file_id = self.string_data(file.as_bytes())?;
        let mut bytes = vec![0u8; 8 + 64 * metas.len()];
        bytes[0..8].copy_from_slice(&(metas.len() as u64).to_le_bytes());
        let mut data_relocs: Vec<(u32, DataId)> = Vec::new();
        let mut func_relocs: Vec<(u32, FuncId)> = Vec::new();
        for (i, m) in metas.iter().enumerate() {
            let base = 8 + 64 * i;
            let put = |b: &mut Vec<u8>, off: usize, v: u64| {
                b[base + off..base + off + 8].copy_from_slice(&v.to_le_bytes())
            };
            func_relocs.push((base as u32, m.id));
            put(&mut bytes, 8, m.size as u64);
            let nid = self.string_data(m.name.as_bytes())?;
            data_relocs.push((base as u32 + 16, nid));
            put(&mut bytes, 24, m.name.len() as u64);
            data_relocs.push((base as u32 + 32, file_id));
            put(&mut bytes, 40, file.len() as u64);
            if !m.sites.is_empty() {
                let sid = self
                    .module
                    .declare_anonymous_data(false, false)
                    .map_err(merr)?;
                let mut sd = DataDescription::new();
                let mut sb = Vec::with_capacity(16 * m.sites.len());
                for site in &m.sites {
                    for w in site {
                        sb.extend_from_slice(&w.to_le_bytes());
                    }
                }
                sd.define(sb.into_boxed_slice());
                sd.set_align(8);
                self.module.define_data(sid, &sd).map_err(merr)?;
                data_relocs.push((base as u32 + 48, sid));
            }
            put(&mut bytes, 56, m.sites.len() as u64);
        }
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (off, d) in data_relocs {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off, gv, 0);
        }
        for (off, f) in func_relocs {
            let fr = self.module.declare_func_in_data(f, &mut dd);
            dd.write_function_addr(off, fr);
        }
        self.module.define_data(id, &dd).map_err(merr)?;
        Ok(id)
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

    /// The function of FuncIdx `fi`, declared and queued for definition on first use.
    pub fn go_func_id(&mut self, fi: FuncIdx) -> Result<FuncId, String> {
        if let Some(id) = self.go_funcs[fi as usize] {
            return Ok(id);
        }
        let sig = self.go_sig(&self.sig_of(self.info.funcs[fi as usize].sig));
        let id = self
            .module
            .declare_function(&self.go_syms[fi as usize], Linkage::Local, &sig)
            .map_err(merr)?;
        self.go_funcs[fi as usize] = Some(id);
        self.pending_funcs.push(fi);
        Ok(id)
    }

    fn anon_name(&mut self, prefix: &str) -> String {
        self.next_anon += 1;
        format!("{}·{}", prefix, self.next_anon)
    }

    /// A read-only data object holding the bytes of a string constant.
    pub fn string_data(&mut self, bytes: &[u8]) -> Result<DataId, String> {
        if let Some(&id) = self.strings.get(bytes) {
            return Ok(id);
        }
        let name = self.anon_name("go.string");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        let mut b = bytes.to_vec();
        b.push(0);
        dd.define(b.into_boxed_slice());
        self.module.define_data(id, &dd).map_err(merr)?;
        self.strings.insert(bytes.to_vec(), id);
        Ok(id)
    }

    /// A constant's value in read-only data, the `data` word of an interface holding it.
    pub fn static_box(&mut self, c: &crate::check::ConstVal, t: TypeId) -> Result<DataId, String> {
        use crate::check::ConstVal;
        let (size, _) = self.types().size_align(t);
        let mut bytes = vec![0u8; size.max(1) as usize];
        let mut str_reloc = None;
        match c {
            ConstVal::Bool(b) => bytes[0] = *b as u8,
            ConstVal::Str(s) => {
                bytes = vec![0u8; 16];
                bytes[8..16].copy_from_slice(&(s.len() as u64).to_le_bytes());
                if !s.is_empty() {
                    str_reloc = Some(self.string_data(s)?);
                }
            }
            _ => {
                let raw: u64 = match self.types().basic(t) {
                    Some(crate::check::types::Basic::Float32) => {
                        (c.as_f64().unwrap_or(0.0) as f32).to_bits() as u64
                    }
                    Some(b) if b.is_float() => c.as_f64().unwrap_or(0.0).to_bits(),
                    _ => c.as_i128().unwrap_or(0) as u64,
                };
                let n = bytes.len().min(8);
                bytes[..n].copy_from_slice(&raw.to_le_bytes()[..n]);
            }
        }
        let key = (t, bytes.clone(), str_reloc.map(|d| d.as_u32()));
        if let Some(&id) = self.static_boxes.get(&key) {
            return Ok(id);
        }
        let name = self.anon_name("go.box");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        if let Some(sd) = str_reloc {
            let gv = self.module.declare_data_in_data(sd, &mut dd);
            dd.write_data_addr(0, gv, 0);
        }
        self.module.define_data(id, &dd).map_err(merr)?;
        self.static_boxes.insert(key, id);
        Ok(id)
    }

    /// `{code}`: the funcval of a top-level function (or capture-free literal) used as a value.
    pub fn static_funcval(&mut self, fi: FuncIdx) -> Result<DataId, String> {
        if let Some(&id) = self.static_funcvals.get(&fi) {
            return Ok(id);
        }
        let name = format!("{}·f", self.info.funcs[fi as usize].name);
        let name = if self.module.get_name(&name).is_some() {
            self.anon_name(&name)
        } else {
            name
        };
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        // Not zeroinit: a .bss object cannot carry the relocation to the code.
        dd.define(vec![0u8; 8].into_boxed_slice());
        dd.set_align(8);
        let fid = self.go_func_id(fi)?;
        let fref = self.module.declare_func_in_data(fid, &mut dd);
        dd.write_function_addr(0, fref);
        self.module.define_data(id, &dd).map_err(merr)?;
        self.static_funcvals.insert(fi, id);
        Ok(id)
    }

    /// `{code}`: the funcval of a generated wrapper used as a value (a method expression).
    pub fn wrapper_funcval(&mut self, w: Wrapper) -> Result<DataId, String> {
        let f = self.wrapper(w)?;
        if let Some(&id) = self.wrapper_funcvals.get(&f) {
            return Ok(id);
        }
        let name = self.anon_name("go.wrapperfunc");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        dd.define(vec![0u8; 8].into_boxed_slice());
        dd.set_align(8);
        let fref = self.module.declare_func_in_data(f, &mut dd);
        dd.write_function_addr(0, fref);
        self.module.define_data(id, &dd).map_err(merr)?;
        self.wrapper_funcvals.insert(f, id);
        Ok(id)
    }

    pub fn global_data(&self, o: ObjId) -> DataId {
        self.globals[&o]
    }

    /// The data object of a type descriptor (emitted at the end, see emit_type_descs).
    pub fn type_desc(&mut self, t: TypeId) -> Result<DataId, String> {
        if let Some(&id) = self.type_descs.get(&t) {
            return Ok(id);
        }
        let name = self.anon_name("type");
        let id = self
            .module
            .declare_data(&name, Linkage::Local, false, false)
            .map_err(merr)?;
        self.type_descs.insert(t, id);
        self.pending_types.push(t);
        Ok(id)
    }

    /// A string-shaped type with an Error method (the message, "runtime error: " included):
    /// the dynamic type of the runtime's error panics (Go's runtime.errorString and
    /// runtime.boundsError).
    fn runtime_error_desc(&mut self, name: &str) -> Result<DataId, String> {
        let key = match name {
            "runtime.boundsError" => KEY_RUNTIME_BOUNDSERROR,
            "runtime.plainError" => KEY_RUNTIME_PLAINERROR,
            "*runtime.TypeAssertionError" => KEY_RUNTIME_TYPEASSERTIONERROR,
            _ => KEY_RUNTIME_ERRORSTRING,
        };
        if let Some(&id) = self.type_descs.get(&key) {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data(&format!("type·{}", name), Linkage::Local, false, false)
            .map_err(merr)?;
        self.type_descs.insert(key, id);
        self.runtime_error_names.insert(key, name.to_string());
        self.pending_types.push(key);
        Ok(id)
    }

    /// The descriptor of `runtime.plainError`, the panic value of runtime.panicwrap (a value
    /// method called through a nil pointer).
    pub fn plain_error_desc(&mut self) -> Result<DataId, String> {
        self.runtime_error_desc("runtime.plainError")
    }

    fn emit_type_descs(&mut self) -> Result<(), String> {
        while let Some(t) = self.pending_types.pop() {
            self.emit_type_desc(t)?;
        }
        Ok(())
    }

    /// Write one descriptor in runtime/src/types.rs's `Type` layout (11 words: size, kind/align/
    /// flags, name ptr+len, elem, key, len, fields, nfields, methods, nmethods).
    fn emit_type_desc(&mut self, t: TypeId) -> Result<(), String> {
        let id = self.type_descs[&t];
        let mut bytes = vec![0u8; 11 * 8];
        let mut dd = DataDescription::new();
        let types = self.types();
        let put =
            |b: &mut Vec<u8>, off: usize, v: u64| b[off..off + 8].copy_from_slice(&v.to_le_bytes());
        let synthesized = t >= KEY_RUNTIME_PLAINERROR;
        let (name, size, align, kind, named) = if synthesized {
            let n = self.runtime_error_names[&t].clone();
            if n.starts_with('*') {
                // Pointer-shaped: data is the pointer to the message.
                (n, 8, 8, 22u8, false)
            } else {
                (n, 16, 8, 24u8, true)
            }
        } else {
            let (s, a) = types.size_align(t);
            (types.name(t), s, a, kind_of(types, t), types.is_named(t))
        };
        put(&mut bytes, 0, size);
        bytes[8] = kind;
        bytes[9] = align as u8;
        bytes[10] = if named { 1 } else { 0 };
        let name_id = self.string_data(name.as_bytes())?;
        put(&mut bytes, 24, name.len() as u64);
        let mut relocs: Vec<(u32, DataId)> = vec![(16, name_id)];
        let mut frelocs: Vec<(u32, FuncId)> = Vec::new();
        if synthesized {
            // Two methods, sorted by name: Error, and RuntimeError (a no-op marking the
            // runtime.Error interface).
            let mid = self
                .module
                .declare_anonymous_data(false, false)
                .map_err(merr)?;
            let mut md = DataDescription::new();
            let mut mb = vec![0u8; 2 * METHOD_SIZE];
            mb[8..16].copy_from_slice(&5u64.to_le_bytes());
            mb[METHOD_SIZE + 8..METHOD_SIZE + 16].copy_from_slice(&12u64.to_le_bytes());
            md.define(mb.into_boxed_slice());
            md.set_align(8);
            // Their signatures, `func() string` and `func()`, are interned by check::lib.
            let sig = |results: Vec<TypeId>| {
                types.lookup(&TypeKind::Func(Sig {
                    params: vec![],
                    results,
                    variadic: false,
                }))
            };
            let sigs = [sig(vec![crate::check::types::STRING]), sig(vec![])];
            for (i, (name, f)) in [
                (&b"Error"[..], self.errstring_error),
                (&b"RuntimeError"[..], self.runtime_error_marker),
            ]
            .into_iter()
            .enumerate()
            {
                let o = (METHOD_SIZE * i) as u32;
                let nid = self.string_data(name)?;
                let gv = self.module.declare_data_in_data(nid, &mut md);
                md.write_data_addr(o, gv, 0);
                let fr = self.module.declare_func_in_data(f, &mut md);
                md.write_function_addr(o + 16, fr);
                if let Some(s) = sigs[i] {
                    let td = self.type_desc(s)?;
                    let gv = self.module.declare_data_in_data(td, &mut md);
                    md.write_data_addr(o + 24, gv, 0);
                }
            }
            self.module.define_data(mid, &md).map_err(merr)?;
            relocs.push((72, mid));
            put(&mut bytes, 80, 2);
        } else {
            let mtab = self.method_table(t)?;
            if let Some((mid, n)) = mtab {
                relocs.push((72, mid));
                put(&mut bytes, 80, n);
            }
            match types.ukind(t).clone() {
                TypeKind::Array(e, n) => {
                    relocs.push((32, self.type_desc(e)?));
                    put(&mut bytes, 48, n);
                }
                TypeKind::Slice(e) | TypeKind::Pointer(e) | TypeKind::Chan(_, e) => {
                    relocs.push((32, self.type_desc(e)?));
                }
                TypeKind::Map(k, v) => {
                    relocs.push((32, self.type_desc(v)?));
                    relocs.push((40, self.type_desc(k)?));
                }
                TypeKind::Struct(fs) => {
                    let offs = types.field_offsets(t);
                    let fid = self
                        .module
                        .declare_anonymous_data(false, false)
                        .map_err(merr)?;
                    let mut fd = DataDescription::new();
                    let mut fb = vec![0u8; 40 * fs.len().max(1)];
                    let mut fr: Vec<(u32, DataId)> = Vec::new();
                    for (i, f) in fs.iter().enumerate() {
                        let base = i * 40;
                        fb[base + 8..base + 16]
                            .copy_from_slice(&(f.name.len() as u64).to_le_bytes());
                        fb[base + 24..base + 32].copy_from_slice(&offs[i].to_le_bytes());
                        fb[base + 32..base + 40]
                            .copy_from_slice(&(f.embedded as u64).to_le_bytes());
                        fr.push((base as u32, self.string_data(f.name.as_bytes())?));
                        fr.push((base as u32 + 16, self.type_desc(f.ty)?));
                    }
                    fd.define(fb.into_boxed_slice());
                    fd.set_align(8);
                    for (off, d) in fr {
                        let gv = self.module.declare_data_in_data(d, &mut fd);
                        fd.write_data_addr(off, gv, 0);
                    }
                    self.module.define_data(fid, &fd).map_err(merr)?;
                    relocs.push((56, fid));
                    put(&mut bytes, 64, fs.len() as u64);
                }
                _ => {}
            }
        }
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        for (off, d) in relocs {
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(off, gv, 0);
        }
        for (off, f) in frelocs.drain(..) {
            let fr = self.module.declare_func_in_data(f, &mut dd);
            dd.write_function_addr(off, fr);
        }
        self.module.define_data(id, &dd).map_err(merr)
    }

    /// The method table of type `t` for its descriptor (sorted by name, code taking the data
    /// word as receiver): a named type's value-receiver methods, or for `*N` all of N's.
    fn method_table(&mut self, t: TypeId) -> Result<Option<(DataId, u64)>, String> {
        let types = self.types();
        // An interface type's table lists its method names (no code): what a dynamic type
        // must have to satisfy it (deferc_implements).
        if let TypeKind::Interface(ms) = types.ukind(t) {
            if ms.is_empty() {
                return Ok(None);
            }
            let names: Vec<(String, TypeId)> = ms.iter().map(|m| (m.name.clone(), m.sig)).collect();
            let mid = self
                .module
                .declare_anonymous_data(false, false)
                .map_err(merr)?;
            let mut md = DataDescription::new();
            md.set_align(8);
            let mut bytes = vec![0u8; METHOD_SIZE * names.len()];
            let mut relocs = Vec::new();
            for (i, (name, sig)) in names.iter().enumerate() {
                let nid = self.string_data(name.as_bytes())?;
                let o = METHOD_SIZE * i;
                bytes[o + 8..o + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
                relocs.push((o as u32, nid));
                relocs.push((o as u32 + 24, self.type_desc(*sig)?));
            }
            md.define(bytes.into_boxed_slice());
            for (off, nid) in relocs {
                let gv = self.module.declare_data_in_data(nid, &mut md);
                md.write_data_addr(off, gv, 0);
            }
            self.module.define_data(mid, &md).map_err(merr)?;
            return Ok(Some((mid, names.len() as u64)));
        }
        let (base, is_ptr) = self.info.deref(t);
        let ms = self.info.method_set(t);
        if ms.is_empty() {
            return Ok(None);
        }
        // Pointer-shaped values sit in the data word themselves: their methods take it as is.
        let direct = is_ptr
            || matches!(
                types.ukind(base),
                TypeKind::Func(_) | TypeKind::Map(..) | TypeKind::Chan(..)
            );
        let mid = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(merr)?;
        let mut md = DataDescription::new();
        md.set_align(8);
        let mut bytes = vec![0u8; METHOD_SIZE * ms.len()];
        let mut relocs = Vec::new();
        let mut typs = Vec::new();
        for (i, (name, sel)) in ms.iter().enumerate() {
            // The signature without receiver, when some interface of the program has it.
            let sig = match sel.target {
                Target::Method { func, .. } => {
                    let mut s = types
                        .sig(self.info.funcs[func as usize].sig)
                        .unwrap()
                        .clone();
                    s.params.remove(0);
                    types.lookup(&TypeKind::Func(s))
                }
                Target::IfaceMethod { sig, .. } => Some(sig),
                Target::Field { .. } => None,
            };
            if let Some(sig) = sig {
                typs.push(((METHOD_SIZE * i + 24) as u32, self.type_desc(sig)?));
            }
            // A pointer-shaped t's data word is the receiver itself for a method declared on
            // t; everything else goes through `(*base).M`, which takes a pointer to the value
            // (the data word of other types is a pointer to a copy).
            let code = match sel.target {
                Target::Method { func, ptr_recv }
                    if sel.path.is_empty() && ptr_recv == is_ptr && direct =>
                {
                    self.go_func_id(func)?
                }
                _ => self.wrapper(Wrapper::Recv {
                    base,
                    ptr: true,
                    name: name.clone(),
                })?,
            };
            let nid = self.string_data(name.as_bytes())?;
            let o = METHOD_SIZE * i;
            bytes[o + 8..o + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
            relocs.push((o as u32, nid, o as u32 + 16, code));
        }
        md.define(bytes.into_boxed_slice());
        for (off, d) in typs {
            let gv = self.module.declare_data_in_data(d, &mut md);
            md.write_data_addr(off, gv, 0);
        }
        for (noff, nid, coff, code) in relocs {
            let gv = self.module.declare_data_in_data(nid, &mut md);
            md.write_data_addr(noff, gv, 0);
            let fr = self.module.declare_func_in_data(code, &mut md);
            md.write_function_addr(coff, fr);
        }
        self.module.define_data(mid, &md).map_err(merr)?;
        Ok(Some((mid, ms.len() as u64)))
    }

    fn finish_func(&mut self, id: FuncId, func: ir::Function, name: String) -> Result<(), String> {
        let mut ctx = Context::for_function(func);
        if self.opts.emit_clif {
            self.clif
                .push_str(&format!("; {}\n{}\n", name, ctx.func.display()));
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
        self.funcs_meta.push(FuncMeta {
            id,
            name,
            size: cc.code_info().total_size,
            sites,
        });
        Ok(())
    }

    fn define_go_func(&mut self, fi: FuncIdx) -> Result<(), String> {
        if let Some(d) = self.info.funcs[fi as usize].decl {
            if let Decl::Func(fd) = &self.file.decls[d] {
                if fd.body.is_none() {
                    return self.define_intrinsic(fi);
                }
            }
        }
        let id = self.go_func_id(fi)?;
        let sig = self.go_sig(&self.sig_of(self.info.funcs[fi as usize].sig));
        let mut func = ir::Function::with_name_signature(UserFuncName::user(0, id.as_u32()), sig);
        let mut fbc = FunctionBuilderContext::new();
        let f = &self.info.funcs[fi as usize];
        let (line, col) = self.src.line_col(f.span.lo);
        ice::enter(&f.name, self.src.name_at(f.span.lo), line, col);
        let done = (|| {
            {
                let b = FunctionBuilder::new(&mut func, &mut fbc);
                let mut g = func::FnGen::new(self, b, Some(fi));
                g.gen_body()?;
                g.finish();
            }
            let name = self.info.funcs[fi as usize].name.clone();
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
    fn define_intrinsic(&mut self, fi: FuncIdx) -> Result<(), String> {
        let f = &self.info.funcs[fi as usize];
        let (pkg, name) = f.name.split_once('.').unwrap_or(("", &f.name));
        let sym = format!("deferc_{}_{}", pkg, name);
        let fname = f.name.clone();
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
        if cparams != gparams || cret != gret {
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
            let args = b.block_params(blk)[1..].to_vec();
            let callee = self.module.declare_func_in_func(self.rt[&rt], b.func);
            let call = b.ins().call(callee, &args);
            let r = b.inst_results(call).to_vec();
            b.ins().return_(&r);
            b.seal_all_blocks();
            b.finalize(self.module.target_config());
        }
        self.finish_func(id, func, fname)
    }

    /// `main.init`: package-level variable initializers in dependency order.
    fn define_init(&mut self) -> Result<(), String> {
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
    fn define_errstring_error(&mut self) -> Result<(), String> {
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

    fn define_go_thunks(&mut self) -> Result<(), String> {
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
    fn define_go_trampoline(&mut self) -> Result<(), String> {
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
    fn define_method_trampoline(&mut self) -> Result<(), String> {
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
    fn define_entry(&mut self) -> Result<FuncId, String> {
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

/// Go's reflect.Kind of a type (runtime/src/types.rs Kind).
pub fn kind_of(types: &Types, t: TypeId) -> u8 {
    use crate::check::types::Basic::*;
    match types.ukind(t) {
        TypeKind::Basic(b) => match b {
            Bool | UntypedBool => 1,
            Int | UntypedInt => 2,
            Int8 => 3,
            Int16 => 4,
            Int32 | UntypedRune => 5,
            Int64 => 6,
            Uint => 7,
            Uint8 => 8,
            Uint16 => 9,
            Uint32 => 10,
            Uint64 => 11,
            Uintptr => 12,
            Float32 => 13,
            Float64 | UntypedFloat => 14,
            String | UntypedString => 24,
            UntypedNil => 26,
        },
        TypeKind::Array(..) => 17,
        TypeKind::Chan(..) => 18,
        TypeKind::Func(_) => 19,
        TypeKind::Interface(_) => 20,
        TypeKind::Map(..) => 21,
        TypeKind::Pointer(_) => 22,
        TypeKind::Slice(_) => 23,
        TypeKind::Struct(_) => 25,
        _ => 0,
    }
}
