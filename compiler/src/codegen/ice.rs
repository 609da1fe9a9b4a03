//! Internal compiler errors name what was being compiled: the Go function and the position of
//! the statement codegen was lowering, as rustc's ICE notes do, so a report of a deferc bug
//! points at the source that shows it ("internal compiler error: composite literal" alone
//! does not).
//!
//! The context is thread-local because a Rust panic reaches the process's panic hook
//! (main.rs) with no other way back to the compiler's state; an error returned as `Err` gets
//! the same words through `wrap`.

use std::cell::RefCell;

struct Context {
    func: String,
    file: String,
    line: u32,
    col: u32,
}

thread_local! {
    static CONTEXT: RefCell<Option<Context>> = const { RefCell::new(None) };
}

/// Codegen starts on Go function `func`, declared in `file` at `line:col`.
pub fn enter(func: &str, file: &str, line: u32, col: u32) {
    CONTEXT.with(|c| {
        *c.borrow_mut() = Some(Context {
            func: func.to_string(),
            file: file.to_string(),
            line,
            col,
        })
    });
}

/// Codegen moves on to the statement at `line:col` of the current function.
pub fn at(line: u32, col: u32) {
    CONTEXT.with(|c| {
        if let Some(cx) = c.borrow_mut().as_mut() {
            cx.line = line;
            cx.col = col;
        }
    });
}

/// Codegen is done with the current function.
pub fn leave() {
    CONTEXT.with(|c| *c.borrow_mut() = None);
}

/// "while compiling main.f, at prog.go:12:3", when codegen is inside a Go function.
pub fn context() -> Option<String> {
    CONTEXT.with(|c| {
        c.borrow().as_ref().map(|cx| {
            format!(
                "while compiling {}, at {}:{}:{}",
                cx.func, cx.file, cx.line, cx.col
            )
        })
    })
}

/// Give an internal compiler error returned as `Err` the current context (once).
pub fn wrap(e: String) -> String {
    match context() {
        Some(cx) if e.starts_with("internal compiler error") && !e.contains("while compiling ") => {
            format!("{}\n  {}", e.trim_end(), cx)
        }
        _ => e,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_error_names_the_function_and_the_statement() {
        enter("main.f", "prog.go", 3, 1);
        at(5, 9);
        let e = wrap("internal compiler error: composite literal".into());
        assert_eq!(
            e,
            "internal compiler error: composite literal\n  while compiling main.f, at prog.go:5:9"
        );
        // Once only, and user-facing errors are left alone.
        assert_eq!(wrap(e.clone()), e);
        assert_eq!(wrap("too many defers".into()), "too many defers");
        leave();
        assert_eq!(context(), None);
        assert_eq!(
            wrap("internal compiler error: x".into()),
            "internal compiler error: x"
        );
    }
}
