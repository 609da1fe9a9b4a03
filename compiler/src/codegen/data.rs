//! Module-level data: string literals, boxed constants, static funcvals, the type descriptors
//! and method tables the runtime reads (fmt, interfaces, maps), funcdata, the table of call
//! sites and handlers the unwinder walks, and gcroots, the globals the collector scans.

use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module};

use super::*;
use crate::check::lookup::Target;
use crate::check::types::{Sig, TypeId, TypeKind, Types};
use crate::check::{FuncIdx, ObjId};

/// Bytes of runtime/src/types.rs's `Type`.
const TYPE_DESC_SIZE: usize = 18 * 8;
/// Bytes of runtime/src/funcdata.rs's `FuncInfo`.
const FUNCINFO_SIZE: usize = std::mem::size_of::<deferc_runtime::funcdata::FuncInfo>();
/// Bytes of runtime/src/types.rs's `StructField`.
const FIELD_SIZE: usize = 56;

impl<'a> Codegen<'a> {
    /// The funcdata table: for every function, its entry, size, name, file and call sites.
    pub(super) fn emit_funcdata(&mut self) -> Result<DataId, String> {
        let metas = std::mem::take(&mut self.funcs_meta);
        let id = self
            .module
            .declare_data(FUNCDATA_SYMBOL, Linkage::Export, false, false)
            .map_err(merr)?;
        let mut bytes = vec![0u8; 8 + FUNCINFO_SIZE * metas.len()];
        bytes[0..8].copy_from_slice(&(metas.len() as u64).to_le_bytes());
        let mut data_relocs: Vec<(u32, DataId)> = Vec::new();
        let mut func_relocs: Vec<(u32, FuncId)> = Vec::new();
        for (i, m) in metas.iter().enumerate() {
            let base = 8 + FUNCINFO_SIZE * i;
            let put = |b: &mut Vec<u8>, off: usize, v: u64| {
                b[base + off..base + off + 8].copy_from_slice(&v.to_le_bytes())
            };
            func_relocs.push((base as u32, m.id));
            put(&mut bytes, 8, m.size as u64);
            let nid = self.string_data(m.name.as_bytes())?;
            data_relocs.push((base as u32 + 16, nid));
            put(&mut bytes, 24, m.name.len() as u64);
            let file_id = self.string_data(m.file.as_bytes())?;
            data_relocs.push((base as u32 + 32, file_id));
            put(&mut bytes, 40, m.file.len() as u64);
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
            if m.wrapper {
                put(
                    &mut bytes,
                    64,
                    deferc_runtime::funcdata::FUNC_WRAPPER as u64,
                );
            }
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

    /// `deferc_gcroots`: the address and size of every global whose type can hold a pointer,
    /// in runtime/src/mem/roots.rs's `RootTable` layout.
    pub(super) fn emit_gcroots(&mut self) -> Result<DataId, String> {
        let id = self
            .module
            .declare_data(GCROOTS_SYMBOL, Linkage::Export, false, false)
            .map_err(merr)?;
        let mut roots: Vec<(ObjId, DataId)> = self
            .globals
            .iter()
            .map(|(&o, &d)| (o, d))
            .filter(|&(o, _)| has_pointers(self.types(), self.info.objs[o as usize].ty))
            .collect();
        roots.sort();
        let mut bytes = vec![0u8; 8 + 16 * roots.len()];
        bytes[0..8].copy_from_slice(&(roots.len() as u64).to_le_bytes());
        let mut dd = DataDescription::new();
        for (i, &(o, d)) in roots.iter().enumerate() {
            let base = 8 + 16 * i;
            let size = mem_size(self.types(), self.info.objs[o as usize].ty).max(1);
            bytes[base + 8..base + 16].copy_from_slice(&size.to_le_bytes());
            let gv = self.module.declare_data_in_data(d, &mut dd);
            dd.write_data_addr(base as u32, gv, 0);
        }
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        self.module.define_data(id, &dd).map_err(merr)?;
        Ok(id)
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
            _ if self.types().is_complex(t) => {
                // Two floats: 4 bytes apart in a complex64, 8 in a complex128.
                let (re, im) = c.parts().unwrap_or((ConstVal::int(0), ConstVal::int(0)));
                let half = bytes.len() / 2;
                for (i, p) in [re, im].iter().enumerate() {
                    let raw = if half == 4 {
                        p.to_f32_rounded().unwrap_or(0.0).to_bits() as u64
                    } else {
                        p.as_f64().unwrap_or(0.0).to_bits()
                    };
                    bytes[i * half..(i + 1) * half].copy_from_slice(&raw.to_le_bytes()[..half]);
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

    /// Go's staticuint64s: the words 0..=255, read-only. An integer below 256 converted to an
    /// interface points into it instead of a new box (Go's convT16/32/64 do the same; boxes
    /// are never written, so sharing them is sound). Little-endian targets only, so a narrower
    /// integer reads its value at the same address.
    pub fn staticuint64s(&mut self) -> Result<DataId, String> {
        if let Some(id) = self.staticuint64s {
            return Ok(id);
        }
        let id = self
            .module
            .declare_data("go.staticuint64s", Linkage::Local, false, false)
            .map_err(merr)?;
        let bytes: Vec<u8> = (0u64..256).flat_map(|v| v.to_le_bytes()).collect();
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        self.module.define_data(id, &dd).map_err(merr)?;
        self.staticuint64s = Some(id);
        Ok(id)
    }

    /// `{code}`: the funcval of a top-level function (or capture-free literal) used as a value.
    pub fn static_funcval(&mut self, fi: FuncIdx) -> Result<DataId, String> {
        let key = self.key_of(fi);
        self.static_funcval_key(key)
    }

    /// `static_funcval` of a function to compile (an instance of generic code).
    pub fn static_funcval_key(&mut self, key: super::FnKey) -> Result<DataId, String> {
        let fi = key.0;
        if let Some(&id) = self.static_funcvals.get(&key) {
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
        let fid = self.go_func_key(key)?;
        let fref = self.module.declare_func_in_data(fid, &mut dd);
        dd.write_function_addr(0, fref);
        self.module.define_data(id, &dd).map_err(merr)?;
        self.static_funcvals.insert(key, id);
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
    pub(super) fn runtime_error_desc(&mut self, name: &str) -> Result<DataId, String> {
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

    pub(super) fn emit_type_descs(&mut self) -> Result<(), String> {
        while let Some(t) = self.pending_types.pop() {
            self.emit_type_desc(t)?;
        }
        Ok(())
    }

    /// Write one descriptor in runtime/src/types.rs's `Type` layout (13 words: size, kind/align/
    /// flags, name ptr+len, elem, key, len, fields, nfields, methods, nmethods, ptrdata, gcdata).
    pub(super) fn emit_type_desc(&mut self, t: TypeId) -> Result<(), String> {
        let id = self.type_descs[&t];
        let mut bytes = vec![0u8; TYPE_DESC_SIZE];
        let mut dd = DataDescription::new();
        let types = self.types();
        let put =
            |b: &mut Vec<u8>, off: usize, v: u64| b[off..off + 8].copy_from_slice(&v.to_le_bytes());
        let synthesized = t >= KEY_RUNTIME_PLAINERROR;
        let (name, size, align, kind, named, mask) = if synthesized {
            let n = self.runtime_error_names[&t].clone();
            // Pointer-shaped (data is the pointer to the message) or string-shaped: one
            // pointer, first.
            if n.starts_with('*') {
                (n, 8, 8, 22u8, false, vec![true])
            } else {
                (n, 16, 8, 24u8, true, vec![true])
            }
        } else {
            let (s, a) = types.size_align(t);
            let mask = super::layout::ptrmask(types, t);
            (
                types.name(t),
                s,
                a,
                kind_of(types, t),
                types.is_named(t),
                mask,
            )
        };
        put(&mut bytes, 88, 8 * mask.len() as u64);
        put(&mut bytes, 0, size);
        bytes[8] = kind;
        bytes[9] = align as u8;
        bytes[10] = if named { 1 } else { 0 };
        let name_id = self.string_data(name.as_bytes())?;
        put(&mut bytes, 24, name.len() as u64);
        let mut relocs: Vec<(u32, DataId)> = vec![(16, name_id)];
        if let Some(g) = self.gcdata(&mask)? {
            relocs.push((96, g));
        }
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
                // What runtime.SetFinalizer checks (Go's functype inCount, in()[0] and
                // dotdotdot): the parameter count, the first parameter, the variadic flag.
                TypeKind::Func(sig) => {
                    put(&mut bytes, 48, sig.params.len() as u64);
                    if let Some(&p) = sig.params.first() {
                        relocs.push((32, self.type_desc(p)?));
                    }
                    if sig.variadic {
                        bytes[10] |= 2;
                    }
                    if self.uses_reflect {
                        frelocs.push((128, self.reflect_thunk(t)?));
                        frelocs.push((136, self.makefunc_stub(t)?));
                    }
                    // Parameters then results, as fields with only a type (reflect's In, Out).
                    if self.uses_reflect {
                        let all: Vec<crate::check::types::FieldT> = sig
                            .params
                            .iter()
                            .chain(&sig.results)
                            .map(|&ty| crate::check::types::FieldT {
                                name: String::new(),
                                ty,
                                embedded: false,
                                tag: String::new(),
                            })
                            .collect();
                        if !all.is_empty() {
                            relocs.push((56, self.field_table(&all, &[])?));
                            put(&mut bytes, 64, all.len() as u64);
                        }
                    }
                }
                TypeKind::Struct(fs) => {
                    let offs = types.field_offsets(t);
                    relocs.push((56, self.field_table(&fs, &offs)?));
                    put(&mut bytes, 64, fs.len() as u64);
                }
                _ => {}
            }
        }
        if !synthesized {
            // reflect's PkgPath: a named type's package; for a struct, the package its
            // unexported fields belong to (the named type's, else main's).
            let path = match types.kind(t) {
                TypeKind::Named { .. } => types.named[&t].pkgpath.clone(),
                TypeKind::Struct(fs) if fs.iter().any(|f| !crate::check::is_exported(&f.name)) => {
                    "main".to_string()
                }
                _ => String::new(),
            };
            if !path.is_empty() {
                put(&mut bytes, 112, path.len() as u64);
                relocs.push((104, self.string_data(path.as_bytes())?));
            }
            if self.uses_reflect && !types.is_pointer(t) {
                if let Some(pt) = types.lookup(&TypeKind::Pointer(t)) {
                    relocs.push((120, self.type_desc(pt)?));
                }
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

    /// An array of runtime StructFields (name, type, offset, embedded, tag) for a struct's
    /// fields (`offs` their offsets) or a func's parameters and results (no offsets).
    fn field_table(
        &mut self,
        fs: &[crate::check::types::FieldT],
        offs: &[u64],
    ) -> Result<DataId, String> {
        let fid = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(merr)?;
        let mut fd = DataDescription::new();
        let mut fb = vec![0u8; FIELD_SIZE * fs.len().max(1)];
        let mut fr: Vec<(u32, DataId)> = Vec::new();
        let put =
            |b: &mut Vec<u8>, off: usize, v: u64| b[off..off + 8].copy_from_slice(&v.to_le_bytes());
        for (i, f) in fs.iter().enumerate() {
            let base = i * FIELD_SIZE;
            if !f.name.is_empty() {
                put(&mut fb, base + 8, f.name.len() as u64);
                fr.push((base as u32, self.string_data(f.name.as_bytes())?));
            }
            fr.push((base as u32 + 16, self.type_desc(f.ty)?));
            put(&mut fb, base + 24, offs.get(i).copied().unwrap_or(0));
            put(&mut fb, base + 32, f.embedded as u64);
            if !f.tag.is_empty() {
                put(&mut fb, base + 48, f.tag.len() as u64);
                fr.push((base as u32 + 40, self.string_data(f.tag.as_bytes())?));
            }
        }
        fd.define(fb.into_boxed_slice());
        fd.set_align(8);
        for (off, d) in fr {
            let gv = self.module.declare_data_in_data(d, &mut fd);
            fd.write_data_addr(off, gv, 0);
        }
        self.module.define_data(fid, &fd).map_err(merr)?;
        Ok(fid)
    }

    /// The pointer mask `mask` as data (one bit per word, lowest first; Go's gcdata), shared by
    /// every descriptor with that mask. None for an empty mask.
    fn gcdata(&mut self, mask: &[bool]) -> Result<Option<DataId>, String> {
        if mask.is_empty() {
            return Ok(None);
        }
        let mut bytes = vec![0u8; mask.len().div_ceil(8)];
        for (i, _) in mask.iter().enumerate().filter(|(_, &p)| p) {
            bytes[i / 8] |= 1 << (i % 8);
        }
        if let Some(&id) = self.gcmasks.get(&bytes) {
            return Ok(Some(id));
        }
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        dd.define(bytes.clone().into_boxed_slice());
        self.module.define_data(id, &dd).map_err(merr)?;
        self.gcmasks.insert(bytes, id);
        Ok(Some(id))
    }

    /// A descriptor for memory that is no Go type (a closure's captures, a method value, a
    /// `go` statement's record): `size` bytes whose pointer words are `mask`'s. Only the
    /// allocator reads it (size, ptrdata, gcdata); no value of it reaches an interface.
    pub fn shape_desc(&mut self, size: u64, mask: &[bool]) -> Result<DataId, String> {
        let mut mask = mask.to_vec();
        while mask.last() == Some(&false) {
            mask.pop();
        }
        let key = (size, mask.clone());
        if let Some(&id) = self.shapes.get(&key) {
            return Ok(id);
        }
        let mut bytes = vec![0u8; TYPE_DESC_SIZE];
        bytes[0..8].copy_from_slice(&size.to_le_bytes());
        bytes[8] = 25; // Struct
        bytes[9] = 8;
        bytes[88..96].copy_from_slice(&(8 * mask.len() as u64).to_le_bytes());
        let id = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(merr)?;
        let mut dd = DataDescription::new();
        dd.define(bytes.into_boxed_slice());
        dd.set_align(8);
        if let Some(g) = self.gcdata(&mask)? {
            let gv = self.module.declare_data_in_data(g, &mut dd);
            dd.write_data_addr(96, gv, 0);
        }
        self.module.define_data(id, &dd).map_err(merr)?;
        self.shapes.insert(key, id);
        Ok(id)
    }

    /// The method table of type `t` for its descriptor (sorted by name, code taking the data
    /// word as receiver): a named type's value-receiver methods, or for `*N` all of N's.
    pub(super) fn method_table(&mut self, t: TypeId) -> Result<Option<(DataId, u64)>, String> {
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
        let direct = is_ptr || types.is_pointer_shaped(base);
        let mid = self
            .module
            .declare_anonymous_data(false, false)
            .map_err(merr)?;
        let mut md = DataDescription::new();
        md.set_align(8);
        let mut bytes = vec![0u8; METHOD_SIZE * ms.len()];
        let mut relocs = Vec::new();
        let mut typs = Vec::new();
        let mut names_only = Vec::new();
        for (i, (name, sel)) in ms.iter().enumerate() {
            // The signature without receiver, when some interface of the program has it.
            let sig = match sel.target {
                Target::Method { func, named, .. } => self.info.method_sig(named, func),
                Target::IfaceMethod { sig, .. } => Some(sig),
                Target::Field { .. } => None,
            };
            if let Some(sig) = sig {
                typs.push(((METHOD_SIZE * i + 24) as u32, self.type_desc(sig)?));
                // reflect's Method(i).Type and Func: the method expression's type, which the
                // checker interned for programs that import reflect (check::reflect_types).
                if self.uses_reflect {
                    if let Some(s) = types.sig(sig) {
                        let mut full = s.clone();
                        full.params.insert(0, t);
                        if let Some(ft) = types.lookup(&TypeKind::Func(full)) {
                            typs.push(((METHOD_SIZE * i + 32) as u32, self.type_desc(ft)?));
                        }
                    }
                }
            }
            let nid = self.string_data(name.as_bytes())?;
            let o = METHOD_SIZE * i;
            bytes[o + 8..o + 16].copy_from_slice(&(name.len() as u64).to_le_bytes());
            // Every run-time lookup that takes a method's code matches an interface method's
            // name and signature (missing_method, and interface calls, whose receivers
            // satisfied the interface) or asks for Error, String or GoString as
            // `func() string` (fmt, errors, the panic printer). A method no interface of the
            // program has is never called through the table: its entry keeps name and type
            // with null code and the method is not compiled, as Go's linker drops it. (A type
            // with many methods, time.Time in the descriptor of a struct holding one, would
            // otherwise pull in most of its package.)
            // (A program that imports reflect may call any exported method: reflect's
            // Method and MethodByName.)
            let reachable = sig.is_some_and(|sig| {
                matches!(name.as_str(), "Error" | "String" | "GoString")
                    || (self.uses_reflect && crate::check::is_exported(name))
                    || self.iface_methods().contains(&(name.as_str(), sig))
            });
            if !reachable && matches!(sel.target, Target::Method { .. }) {
                names_only.push((o as u32, nid));
                continue;
            }
            // A pointer-shaped t's data word is the receiver itself for a method declared on
            // t; everything else goes through `(*base).M`, which takes a pointer to the value
            // (the data word of other types is a pointer to a copy).
            let code = match sel.target {
                Target::Method {
                    func,
                    ptr_recv,
                    named,
                } if sel.path.is_empty() && ptr_recv == is_ptr && direct => {
                    let key = self.method_key(func, named)?;
                    self.go_func_key(key)?
                }
                _ => self.wrapper(Wrapper::Recv {
                    base,
                    ptr: true,
                    name: name.clone(),
                })?,
            };
            relocs.push((o as u32, nid, o as u32 + 16, code));
        }
        md.define(bytes.into_boxed_slice());
        for (off, d) in typs.into_iter().chain(names_only) {
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
            Complex64 => 15,
            Complex128 | UntypedComplex => 16,
            String | UntypedString => 24,
            UntypedNil | UnsafePointer => 26,
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
