//! The defer eligibility rules, in one place: Go 1.19's classification of every defer statement
//! (ssagen's open-coded defer conditions) and the wider rule deferc's own code follows.

use crate::check::{FuncBody, Info};

use super::FuncPlan;

/// Go 1.19: at most 8 defers per function are open-coded (ssagen's maxOpenDefers).
pub const MAX_OPEN_DEFERS: usize = 8;
/// Go 1.19: open-coding is skipped when returns x defers exceeds this (code size at each exit).
pub const MAX_RETURNS_TIMES_DEFERS: u32 = 15;
/// deferc's own limit for open-coding (the width of its widest defer_bits word). Go's limits
/// above decide what `--explain-defers` reports, as Go classifies; deferc's code open-codes
/// every function with no defer in a loop and at most this many defers.
pub const MAX_OPEN_CODED_IMPL: usize = 64;

/// Why a defer statement gets the runtime path in Go 1.19, or none: open-coded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeferClass {
    OpenCoded,
    InLoop,
    TooMany,
    ReturnsTimesDefers,
    HeapResult,
    /// Another defer of the same function is in a loop: Go disables open-coding for the function.
    FunctionHasLoopDefer,
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

/// One plan per function of `info` (`heap` is the escape decision, per object).
pub(super) fn plan_defers(info: &Info, heap: &[bool]) -> Vec<FuncPlan> {
    info.funcs
        .iter()
        .map(|f| FuncPlan {
            defer_classes: classify_defers(f, heap),
            open_coded: open_coded_impl(f),
        })
        .collect()
}

/// Go 1.19's reason for each defer of `f`, in the order ssagen checks them: a defer in a loop
/// (or after a label a later goto jumps back to) disables open-coding for the whole function;
/// then too many defers; then a result parameter on the heap; then returns x defers.
fn classify_defers(f: &FuncBody, heap: &[bool]) -> Vec<DeferClass> {
    let n = f.defers.len();
    let any_loop = f.defers.iter().any(|d| d.in_loop);
    let heap_result = f.results.iter().any(|&r| heap[r as usize]);
    f.defers
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
        .collect()
}

/// deferc open-codes a function's defers whenever none is in a loop and there are at most
/// MAX_OPEN_CODED_IMPL. Go's other limits do not apply to deferc's code: every return jumps to
/// one exit block (so returns x defers does not multiply code), and results that live in heap
/// cells are read at that exit like any other.
fn open_coded_impl(f: &FuncBody) -> bool {
    !f.defers.is_empty()
        && f.defers.len() <= MAX_OPEN_CODED_IMPL
        && f.defers.iter().all(|d| !d.in_loop)
}
