//! `deferc run`'s loader: the program's ELF relocatable object (aot.rs compiles it, the same
//! object `deferc build` links into an executable) placed in this process's memory and
//! relocated against the runtime linked into deferc, then run. Loading an object instead of
//! compiling into memory is what lets `deferc run` keep compiled programs in its build cache
//! (cache.rs): a warm run maps the cached object and starts, with no compiling at all.
//!
//! The object holds the sections Cranelift emits (.text, .rodata, .data.rel.ro, .data, .bss)
//! and four kinds of relocation per architecture, all handled here:
//! - x86-64: R_X86_64_64 (absolute, in data), R_X86_64_PC32/PLT32 (calls, local data) and
//!   R_X86_64_GOTPCREL (a non-local symbol's address through a GOT slot);
//! - aarch64: R_AARCH64_ABS64, R_AARCH64_CALL26 and the GOT pair ADR_GOT_PAGE +
//!   LD64_GOT_LO12_NC.
//!
//! Every section goes in one mapping, so PC-relative references between them always reach;
//! symbols outside it (the runtime's entry points, libc's memcpy) are reached through GOT
//! slots and call stubs placed inside it, as a dynamic linker's PLT does.

use std::collections::HashMap;

use object::{Object, ObjectSection, ObjectSymbol, RelocationFlags, RelocationTarget, SectionKind};

/// A loaded program: where its symbols are. The mapping lives as long as the process.
pub struct Image {
    symbols: HashMap<String, usize>,
}

impl Image {
    pub fn symbol(&self, name: &str) -> Result<usize, String> {
        self.symbols
            .get(name)
            .copied()
            .ok_or_else(|| format!("internal compiler error: the program has no {}", name))
    }
}

const PAGE: usize = 4096;
/// A call stub: x86-64 `jmp *0(%rip)` or aarch64 `ldr x16, #8; br x16`, then the address.
const STUB: usize = 16;

fn align(v: usize, a: usize) -> usize {
    (v + a - 1) & !(a - 1)
}

fn err(e: impl std::fmt::Display) -> String {
    format!("internal compiler error: loading the program: {}", e)
}

/// Loads `obj` (an object for this host), resolving undefined symbols with `resolve`.
pub fn load(obj: &[u8], resolve: &dyn Fn(&str) -> Option<usize>) -> Result<Image, String> {
    let file = object::File::parse(obj).map_err(err)?;
    let arm = match file.architecture() {
        object::Architecture::X86_64 => false,
        object::Architecture::Aarch64 => true,
        a => return Err(err(format!("unsupported architecture {:?}", a))),
    };
    if arm != cfg!(target_arch = "aarch64") {
        return Err(err("the object is for another architecture"));
    }
    // Layout: code sections, their call stubs, then (page-aligned) data sections and the GOT.
    let sections: Vec<object::Section> = file
        .sections()
        .filter(|s| s.size() > 0 && is_alloc(s))
        .collect();
    let is_code = |s: &object::Section| s.kind() == SectionKind::Text;
    let mut offsets: HashMap<object::SectionIndex, usize> = HashMap::new();
    let mut off = 0usize;
    for s in sections.iter().filter(|s| is_code(s)) {
        off = align(off, s.align().max(1) as usize);
        offsets.insert(s.index(), off);
        off += s.size() as usize;
    }
    // Symbols called that are not in the object get a stub each; symbols loaded through the
    // GOT get a slot each.
    let mut stubs: HashMap<object::SymbolIndex, usize> = HashMap::new();
    let mut got: HashMap<object::SymbolIndex, usize> = HashMap::new();
    let mut nstub = 0;
    let mut ngot = 0;
    for s in &sections {
        for (_, r) in s.relocations() {
            let RelocationTarget::Symbol(si) = r.target() else {
                continue;
            };
            let r_type = elf_type(r.flags())?;
            let sym = file.symbol_by_index(si).map_err(err)?;
            match r_type {
                object::elf::R_X86_64_PLT32 | object::elf::R_AARCH64_CALL26
                    if sym.is_undefined() =>
                {
                    stubs.entry(si).or_insert_with(|| {
                        nstub += 1;
                        nstub - 1
                    });
                }
                object::elf::R_X86_64_GOTPCREL | object::elf::R_AARCH64_ADR_GOT_PAGE => {
                    got.entry(si).or_insert_with(|| {
                        ngot += 1;
                        ngot - 1
                    });
                }
                _ => {}
            }
        }
    }
    let stub_base = align(off, 16);
    const IMAGE_HINT: usize = 0x40_0000;
    let code_end = align(stub_base + nstub * STUB, PAGE);
    off = code_end;
    for s in sections.iter().filter(|s| !is_code(s)) {
        off = align(off, s.align().max(1) as usize);
        offsets.insert(s.index(), off);
        off += s.size() as usize;
    }
    let got_base = align(off, 8);
    let total = align(got_base + ngot * 8, PAGE).max(PAGE);

    // SAFETY: a fresh private anonymous mapping, owned by this image for the process's life.
    // The address is a hint (no MAP_FIXED): low memory, where a Go executable's code and data
    // sit (gc links at 0x400000), so that programs comparing their globals' addresses with
    // Go's (a nil pointer plus a large offset must not land in them) see what Go gives.
    let mem = unsafe {
        libc::mmap(
            IMAGE_HINT as *mut libc::c_void,
            total,
            libc::PROT_READ | libc::PROT_WRITE,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS,
            -1,
            0,
        )
    };
    if mem == libc::MAP_FAILED {
        return Err(err("mmap failed"));
    }
    let base = mem as usize;
    // SAFETY: every write below is inside [base, base + total), which is mapped writable.
    let bytes = unsafe { std::slice::from_raw_parts_mut(mem as *mut u8, total) };
    for s in &sections {
        let o = offsets[&s.index()];
        if s.kind() != SectionKind::UninitializedData {
            let data = s.data().map_err(err)?;
            bytes[o..o + data.len()].copy_from_slice(data);
        }
    }

    // Symbol addresses.
    let mut symbols: HashMap<String, usize> = HashMap::new();
    let addr_of = |si: object::SymbolIndex| -> Result<usize, String> {
        let sym = file.symbol_by_index(si).map_err(err)?;
        if let Some(sec) = sym.section_index() {
            let o = offsets
                .get(&sec)
                .ok_or_else(|| err("a symbol in a section that is not loaded"))?;
            return Ok(base + o + sym.address() as usize);
        }
        let name = sym.name().map_err(err)?;
        resolve(name).ok_or_else(|| err(format!("undefined symbol {}", name)))
    };
    for sym in file.symbols() {
        if sym.is_definition() && sym.is_global() {
            if let Ok(name) = sym.name() {
                symbols.insert(name.to_string(), addr_of(sym.index())?);
            }
        }
    }
    for (&si, &k) in &stubs {
        let target = addr_of(si)? as u64;
        let p = stub_base + k * STUB;
        let code: [u8; 8] = if arm {
            // ldr x16, #8; br x16
            let mut c = [0u8; 8];
            c[..4].copy_from_slice(&0x5800_0050u32.to_le_bytes());
            c[4..].copy_from_slice(&0xD61F_0200u32.to_le_bytes());
            c
        } else {
            // jmp *0(%rip); two bytes of padding
            [0xFF, 0x25, 0, 0, 0, 0, 0x90, 0x90]
        };
        let (code_len, addr_at) = if arm { (8, 8) } else { (6, 6) };
        bytes[p..p + code_len].copy_from_slice(&code[..code_len]);
        bytes[p + addr_at..p + addr_at + 8].copy_from_slice(&target.to_le_bytes());
    }
    for (&si, &k) in &got {
        let target = addr_of(si)? as u64;
        let p = got_base + k * 8;
        bytes[p..p + 8].copy_from_slice(&target.to_le_bytes());
    }

    // Relocations.
    for s in &sections {
        let sec_off = offsets[&s.index()];
        for (roff, r) in s.relocations() {
            let place = sec_off + roff as usize;
            let p = (base + place) as i64;
            let a = r.addend();
            let (s_addr, si) = match r.target() {
                RelocationTarget::Symbol(si) => (addr_of(si)? as i64, Some(si)),
                RelocationTarget::Section(sec) => {
                    let o = offsets
                        .get(&sec)
                        .ok_or_else(|| err("a relocation against a section not loaded"))?;
                    ((base + o) as i64, None)
                }
                _ => return Err(err("unsupported relocation target")),
            };
            let stub = |si: Option<object::SymbolIndex>| {
                si.and_then(|si| stubs.get(&si))
                    .map(|&k| (base + stub_base + k * STUB) as i64)
            };
            let slot = |si: Option<object::SymbolIndex>| {
                si.and_then(|si| got.get(&si))
                    .map(|&k| (base + got_base + k * 8) as i64)
                    .ok_or_else(|| err("GOT relocation without a slot"))
            };
            let put32 = |bytes: &mut [u8], v: i64| -> Result<(), String> {
                let v32 = i32::try_from(v).map_err(|_| err("relocation out of range"))?;
                bytes[place..place + 4].copy_from_slice(&v32.to_le_bytes());
                Ok(())
            };
            let insn = |bytes: &[u8]| {
                u32::from_le_bytes(bytes[place..place + 4].try_into().expect("4 bytes"))
            };
            match elf_type(r.flags())? {
                object::elf::R_X86_64_64 | object::elf::R_AARCH64_ABS64 => {
                    bytes[place..place + 8].copy_from_slice(&((s_addr + a) as u64).to_le_bytes());
                }
                object::elf::R_X86_64_PC32 => put32(bytes, s_addr + a - p)?,
                object::elf::R_X86_64_PLT32 => {
                    let t = stub(si).unwrap_or(s_addr);
                    put32(bytes, t + a - p)?
                }
                object::elf::R_X86_64_GOTPCREL => put32(bytes, slot(si)? + a - p)?,
                object::elf::R_AARCH64_CALL26 => {
                    let t = stub(si).unwrap_or(s_addr);
                    let d = t + a - p;
                    if !(-(1 << 27)..(1 << 27)).contains(&d) {
                        return Err(err("call out of range"));
                    }
                    let i = (insn(bytes) & 0xFC00_0000) | (((d >> 2) as u32) & 0x03FF_FFFF);
                    bytes[place..place + 4].copy_from_slice(&i.to_le_bytes());
                }
                object::elf::R_AARCH64_ADR_GOT_PAGE => {
                    let g = slot(si)? + a;
                    let d = (g & !0xFFF) - (p & !0xFFF);
                    let imm = d >> 12;
                    if !(-(1 << 20)..(1 << 20)).contains(&imm) {
                        return Err(err("ADRP out of range"));
                    }
                    let imm = imm as u32;
                    let i = (insn(bytes) & 0x9F00_001F)
                        | ((imm & 3) << 29)
                        | (((imm >> 2) & 0x7FFFF) << 5);
                    bytes[place..place + 4].copy_from_slice(&i.to_le_bytes());
                }
                object::elf::R_AARCH64_LD64_GOT_LO12_NC => {
                    let g = (slot(si)? + a) as u64;
                    let i = (insn(bytes) & 0xFFC0_03FF) | ((((g & 0xFFF) >> 3) as u32) << 10);
                    bytes[place..place + 4].copy_from_slice(&i.to_le_bytes());
                }
                t => return Err(err(format!("unsupported relocation type {}", t))),
            }
        }
    }

    // SAFETY: the code span is inside the mapping; from now on it is only executed.
    unsafe {
        if libc::mprotect(mem, code_end, libc::PROT_READ | libc::PROT_EXEC) != 0 {
            return Err(err("mprotect failed"));
        }
        flush_icache(base, code_end);
    }
    Ok(Image { symbols })
}

fn is_alloc(s: &object::Section) -> bool {
    match s.flags() {
        object::SectionFlags::Elf { sh_flags } => sh_flags & u64::from(object::elf::SHF_ALLOC) != 0,
        _ => false,
    }
}

fn elf_type(f: RelocationFlags) -> Result<u32, String> {
    match f {
        RelocationFlags::Elf { r_type } => Ok(r_type),
        _ => Err(err("not an ELF relocation")),
    }
}

/// Makes instructions just written visible to instruction fetch: nothing on x86-64; on
/// aarch64 clean the data cache and invalidate the instruction cache over the range, by the
/// line sizes CTR_EL0 gives (what libgcc's __clear_cache does).
///
/// # Safety
/// [start, start + len) must be mapped.
unsafe fn flush_icache(start: usize, len: usize) {
    #[cfg(target_arch = "aarch64")]
    {
        use std::arch::asm;
        let ctr: u64;
        asm!("mrs {}, ctr_el0", out(reg) ctr);
        let dline = 4usize << ((ctr >> 16) & 0xF);
        let iline = 4usize << (ctr & 0xF);
        let end = start + len;
        let mut a = start & !(dline - 1);
        while a < end {
            asm!("dc cvau, {}", in(reg) a);
            a += dline;
        }
        asm!("dsb ish");
        let mut a = start & !(iline - 1);
        while a < end {
            asm!("ic ivau, {}", in(reg) a);
            a += iline;
        }
        asm!("dsb ish", "isb");
    }
    #[cfg(not(target_arch = "aarch64"))]
    let _ = (start, len);
}
