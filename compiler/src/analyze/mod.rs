//! Analyses over the checked program: which variables live in heap cells (escape) and which
//! defer statements are open-coded (Go 1.14's rules as Go 1.19 applies them).

use crate::check::{DeferClass, Info, ObjKind};
use crate::syntax::ast::File;

/// Go 1.19: at most 8 defers per function are open-coded (ssagen's maxOpenDefers).
pub const MAX_OPEN_DEFERS: usize = 8;
/// Go 1.19: open-coding is skipped when returns x defers exceeds this (code size at each exit).
pub const MAX_RETURNS_TIMES_DEFERS: u32 = 15;
/// deferc's own limit for open-coding (the width of its widest defer_bits word). Go's limits
/// above decide what `--explain-defers` reports, as Go classifies; deferc's code open-codes
/// every function with no defer in a loop and at most this many defers.
pub const MAX_OPEN_CODED_IMPL: usize = 64;

pub fn run(info: &mut Info, _file: &File) {
    escape(info);
    classify_defers(info);
}

/// A variable lives in a heap cell when its address is taken or a closure that captures it can
/// outlive the statement that created it. Literals called directly, or deferred directly
/// outside any loop, run while their frame is alive, so what they capture may stay in the frame
/// (in a stack slot, since the closure refers to it by address).
fn escape(info: &mut Info) {
    let n = info.objs.len();
    let mut heap = vec![false; n];
    for f in &info.funcs {
        if f.lit_escapes && f.lit.is_some() {
            for &v in &f.captures {
                heap[v as usize] = true;
            }
        }
    }
    for (i, o) in info.objs.iter_mut().enumerate() {
        if let ObjKind::Var(v) = &mut o.kind {
            if v.global {
                v.heap = true;
            } else {
                v.heap = v.addr_taken || heap[i];
            }
        }
    }
}

/// Why each defer statement gets the path it gets; the single source of the eligibility rules.
fn classify_defers(info: &mut Info) {
    for fi in 0..info.funcs.len() {
        let f = &info.funcs[fi];
        let n = f.defers.len();
        if n == 0 {
            continue;
        }
        let any_loop = f.defers.iter().any(|d| d.in_loop);
        let heap_result = f
            .results
            .iter()
            .any(|&r| info.var(r).is_some_and(|v| v.heap));
        let classes: Vec<DeferClass> = f
            .defers
            .iter()
            .map(|d| {
                if any_loop {
                    if d.in_loop {
                        DeferClass::InLoop
                    } else {
                        DeferClass::FunctionHasLoopDefer
                    }
                } else if n > MAX_OPEN_DEFERS {
                    DeferClass::TooMany
                } else if heap_result {
                    DeferClass::HeapResult
                } else if f.num_returns * n as u32 > MAX_RETURNS_TIMES_DEFERS {
                    DeferClass::ReturnsTimesDefers
                } else {
                    DeferClass::OpenCoded
                }
            })
            .collect();
        info.funcs[fi].classes = classes;
    }
}

impl DeferClass {
    /// The `--explain-defers` wording.
    pub fn explain(self) -> &'static str {
        match self {
            DeferClass::OpenCoded => "open-coded defer",
            DeferClass::InLoop => "runtime defer: defer in loop",
            DeferClass::FunctionHasLoopDefer => "runtime defer: function has a defer in a loop",
            DeferClass::TooMany => "runtime defer: too many defers (more than 8)",
            DeferClass::ReturnsTimesDefers => "runtime defer: returns x defers > 15",
            DeferClass::HeapResult => "runtime defer: a result parameter escapes to the heap",
        }
    }
}
