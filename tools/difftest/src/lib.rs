//! Differential testing against Go 1.19: the random program generator (gen) and how a run's
//! outcome is captured and compared (outcome), shared with the conformance harness.

pub mod gen;
pub mod outcome;
