//! deferc: a compiler for the defer language (a subset of Go) on Cranelift.
//!
//! The pipeline is source -> tokens -> AST (syntax) -> checked program (check) -> analyses
//! (analyze) -> Cranelift IR (codegen) -> a JIT image or an object file (driver).

pub mod analyze;
pub mod bench;
pub mod check;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod syntax;
