//! deferc: a compiler for the defer language (Go, as Go 1.19 runs it) on Cranelift.
//!
//! The pipeline, each stage importing only those before it:
//! source -> tokens -> AST (syntax) -> one joined file with its packages (loader) -> a checked
//! program (check) -> one plan per function (analyze) -> Cranelift IR (codegen) -> a JIT image
//! or an object file (driver).

pub mod analyze;
pub mod check;
pub mod codegen;
pub mod diag;
pub mod driver;
pub mod loader;
pub mod syntax;
