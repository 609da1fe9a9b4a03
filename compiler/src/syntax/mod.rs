//! Source text to syntax tree: the lexer (with Go's automatic semicolons) and the parser.

pub mod ast;
pub mod lexer;
pub mod parser;
pub mod visit;
