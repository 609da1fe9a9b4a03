//! analyze: the stage between check and codegen that decides every per-function question about
//! the checked program (which variables live in heap cells, which path each defer takes and
//! why) and writes one `Plan` that codegen and `deferc run --explain-defers` both read.
//!
//! check records facts (an address is taken, a literal is called directly, a defer is in a
//! loop, the number of returns); analyze turns facts into decisions. Nothing in check imports
//! this module, so a decision has exactly one home: the defer eligibility rules are
//! `classify_defers` and `FuncPlan::open_coded`, the escape rule is `escape`.

mod defers;
pub mod instances;

use crate::check::{FuncIdx, Info, ObjId, ObjKind};
use crate::syntax::ast::File;

pub use defers::{DeferClass, MAX_OPEN_CODED_IMPL, MAX_OPEN_DEFERS, MAX_RETURNS_TIMES_DEFERS};

/// The decisions for one program: indexed like `Info::funcs` and `Info::objs`.
pub struct Plan {
    pub funcs: Vec<FuncPlan>,
    /// The instances of generic functions and methods the program needs.
    pub instances: instances::Instances,
    /// Per object: a variable that lives in a heap cell (false for everything else).
    heap: Vec<bool>,
}

/// The decisions for one function.
#[derive(Clone, Debug, Default)]
pub struct FuncPlan {
    /// Go 1.19's classification of each defer statement (`Info::funcs[f].defers` order): what
    /// `--explain-defers` reports, as `go build -gcflags=-d=defer` does.
    pub defer_classes: Vec<DeferClass>,
    /// deferc open-codes this function's defers (a `defer_bits` mask in the frame, the calls
    /// made inline at every exit). A superset of Go's open-coded functions: see
    /// `defers::open_coded_impl`.
    pub open_coded: bool,
}

impl FuncPlan {
    /// Go 1.19 would open-code this function's defers.
    pub fn go_open_coded(&self) -> bool {
        !self.defer_classes.is_empty()
            && self
                .defer_classes
                .iter()
                .all(|c| *c == DeferClass::OpenCoded)
    }
}

impl Plan {
    /// The variable `o` lives in a heap cell (its address outlives the frame, or may).
    pub fn heap(&self, o: ObjId) -> bool {
        self.heap.get(o as usize).copied().unwrap_or(false)
    }

    pub fn func(&self, fi: FuncIdx) -> &FuncPlan {
        &self.funcs[fi as usize]
    }
}

/// Decide everything for a checked program. The escape decision comes first: whether a
/// result parameter lives on the heap is one of Go's defer rules.
pub fn analyze(_file: &File, info: &mut Info) -> Plan {
    let instances = instances::instantiate(info);
    let heap = escape(info);
    let funcs = defers::plan_defers(info, &heap);
    Plan {
        funcs,
        heap,
        instances,
    }
}

/// A variable lives in a heap cell when it is a package-level variable, its address is taken,
/// or a closure that captures it can outlive the statement that created it. Literals called
/// directly, or deferred directly outside any loop (check's `lit_escapes` is false), run while
/// their frame is alive, so what they capture may stay in the frame (in a stack slot, since
/// the closure refers to it by address).
fn escape(info: &Info) -> Vec<bool> {
    let mut heap = vec![false; info.objs.len()];
    for f in &info.funcs {
        if f.lit_escapes && f.lit.is_some() {
            for &v in &f.captures {
                heap[v as usize] = true;
            }
        }
    }
    for (i, o) in info.objs.iter().enumerate() {
        match &o.kind {
            ObjKind::Var(v) => heap[i] = v.global || v.addr_taken || heap[i],
            _ => heap[i] = false,
        }
    }
    heap
}
