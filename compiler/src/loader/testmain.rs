//! `deferc test`'s program, built the way the go command builds a test binary: the package
//! under test with its internal `_test.go` files (package p), its external test files
//! (package p_test, which imports p) as a package of their own, and a generated main package
//! (Go's _testmain.go) that hands package testing the tests (`TestXxx(*testing.T)`),
//! benchmarks (`BenchmarkXxx(*testing.B)`) and examples (`ExampleXxx()` with an `// Output:`
//! comment) found in the test files, and calls TestMain when the package has one.

use crate::syntax::ast::{Decl, Expr, ExprKind, File, FuncDecl};

/// What the test files of one package (p or p_test) declare.
#[derive(Default, Debug)]
pub struct Found {
    pub tests: Vec<String>,
    pub benchmarks: Vec<String>,
    /// (name, output, unordered).
    pub examples: Vec<(String, String, bool)>,
    pub test_main: bool,
}

/// Whether `name` is `prefix` followed by nothing or a character that is not a lower-case
/// letter (Go's isTest: `Testing` is not a test, `Test_x` and `TestX` are).
fn is_test_name(name: &str, prefix: &str) -> bool {
    match name.strip_prefix(prefix) {
        Some(rest) => rest.chars().next().is_none_or(|c| !c.is_lowercase()),
        None => false,
    }
}

/// Whether `e` is `*X.name` where X is the file's name for package testing.
fn is_testing_ptr(e: &Expr, testing: &str, name: &str) -> bool {
    let ExprKind::Star(x) = &e.kind else {
        return false;
    };
    matches!(&x.kind, ExprKind::Selector(p, sel)
        if sel.name == name && matches!(&p.kind, ExprKind::Ident(n) if n == testing))
}

/// Finds the tests, benchmarks, examples and TestMain of one parsed `_test.go` file; `text`
/// is the file's source (for example output comments), `base` its first position.
pub fn scan(file: &File, text: &[u8], base: u32, found: &mut Found) {
    let testing = file
        .imports
        .iter()
        .find(|i| i.path == "testing")
        .map(|i| match &i.name {
            Some(n) => n.name.clone(),
            None => "testing".to_string(),
        });
    for d in &file.decls {
        let Decl::Func(fd) = d else { continue };
        if fd.recv.is_some() || !fd.type_params.is_empty() || fd.body.is_none() {
            continue;
        }
        let name = fd.name.name.as_str();
        let one_param = |ty: &str| {
            let t = testing.as_deref().unwrap_or("");
            fd.sig.results.is_empty()
                && fd.sig.params.len() == 1
                && fd.sig.params[0].names.len() <= 1
                && !t.is_empty()
                && is_testing_ptr(&fd.sig.params[0].ty, t, ty)
        };
        if name == "TestMain" && one_param("M") {
            found.test_main = true;
        } else if is_test_name(name, "Test") && one_param("T") {
            found.tests.push(name.to_string());
        } else if is_test_name(name, "Benchmark") && one_param("B") {
            found.benchmarks.push(name.to_string());
        } else if is_test_name(name, "Example")
            && fd.sig.params.is_empty()
            && fd.sig.results.is_empty()
        {
            if let Some((out, unordered)) = example_output(fd, text, base) {
                found.examples.push((name.to_string(), out, unordered));
            }
        }
    }
}

/// An example's expected output: its body's last comment, when it starts with `Output:` or
/// `Unordered output:` (Go's rule; an example without one is compiled, not run).
fn example_output(fd: &FuncDecl, text: &[u8], base: u32) -> Option<(String, bool)> {
    let body = fd.body.as_ref()?;
    let lo = (body.span.lo.checked_sub(base)?) as usize;
    let hi = (body.rbrace.lo.checked_sub(base)?) as usize;
    let src = String::from_utf8_lossy(text.get(lo..hi)?);
    // The comment lines at the end of the body (its last comment group).
    let lines: Vec<&str> = src.lines().collect();
    let mut group: Vec<String> = Vec::new();
    for l in lines.iter().rev() {
        let t = l.trim();
        if let Some(c) = t.strip_prefix("//") {
            group.push(c.strip_prefix(' ').unwrap_or(c).to_string());
        } else if t.is_empty() && group.is_empty() {
            continue;
        } else {
            break;
        }
    }
    group.reverse();
    // Go's pattern: `(?i)^[[:space:]]*(unordered )?output:`.
    let first = group.first()?.trim_start();
    let lower = first.to_ascii_lowercase();
    let (rest, unordered) = if lower.starts_with("output:") {
        (&first["output:".len()..], false)
    } else if lower.starts_with("unordered output:") {
        (&first["unordered output:".len()..], true)
    } else {
        return None;
    };
    let mut out = rest.trim().to_string();
    for l in &group[1..] {
        out.push('\n');
        out.push_str(l);
    }
    Some((out.trim().to_string(), unordered))
}

/// The generated main package: the test tables and a main that runs them (or TestMain).
/// `internal` and `external` are what the package's and the p_test package's test files
/// declare; `path` is the package's import path.
pub fn source(path: &str, internal: &Found, external: Option<&Found>) -> String {
    let mut s = String::from("package main\n\nimport (\n\t\"os\"\n\t\"testing\"\n");
    let uses_internal = !internal.tests.is_empty()
        || !internal.benchmarks.is_empty()
        || !internal.examples.is_empty()
        || internal.test_main;
    if uses_internal {
        s.push_str(&format!("\t_test {:?}\n", path));
    }
    if let Some(x) = external {
        s.push_str(&format!("\t_xtest {:?}\n", format!("{}_test", path)));
        let _ = x;
    }
    s.push_str(")\n\n");
    let both = |f: &dyn Fn(&Found) -> Vec<String>| -> Vec<String> {
        let mut v: Vec<String> = f(internal).iter().map(|n| format!("_test.{}", n)).collect();
        if let Some(x) = external {
            v.extend(f(x).iter().map(|n| format!("_xtest.{}", n)));
        }
        v
    };
    s.push_str("var tests = []testing.InternalTest{\n");
    for q in both(&|f| f.tests.clone()) {
        let n = q.split_once('.').unwrap().1;
        s.push_str(&format!("\t{{{:?}, {}}},\n", n, q));
    }
    s.push_str("}\n\nvar benchmarks = []testing.InternalBenchmark{\n");
    for q in both(&|f| f.benchmarks.clone()) {
        let n = q.split_once('.').unwrap().1;
        s.push_str(&format!("\t{{{:?}, {}}},\n", n, q));
    }
    s.push_str("}\n\nvar examples = []testing.InternalExample{\n");
    let mut egs: Vec<(&str, &(String, String, bool))> =
        internal.examples.iter().map(|e| ("_test", e)).collect();
    if let Some(x) = external {
        egs.extend(x.examples.iter().map(|e| ("_xtest", e)));
    }
    for (pkg, (name, out, unordered)) in egs {
        s.push_str(&format!(
            "\t{{{:?}, {}.{}, {:?}, {}}},\n",
            name, pkg, name, out, unordered
        ));
    }
    s.push_str("}\n\nfunc main() {\n\ttesting.SetImportPath(");
    s.push_str(&format!("{:?})\n", path));
    s.push_str("\tm := testing.MainStart(nil, tests, benchmarks, nil, examples)\n");
    let tm = if internal.test_main {
        Some("_test")
    } else if external.is_some_and(|x| x.test_main) {
        Some("_xtest")
    } else {
        None
    };
    match tm {
        Some(p) => s.push_str(&format!(
            "\t{}.TestMain(m)\n\tos.Exit(testing.MainExitCode(m))\n",
            p
        )),
        None => s.push_str("\tos.Exit(m.Run())\n"),
    }
    s.push_str("}\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(is_test_name("Test", "Test") && is_test_name("TestX", "Test"));
        assert!(is_test_name("Test_x", "Test") && !is_test_name("Testing", "Test"));
        assert!(is_test_name("Example", "Example") && is_test_name("ExampleT_m", "Example"));
    }

    #[test]
    fn finds_tests_and_example_outputs() {
        let src = "package p\n\nimport (\n\t\"fmt\"\n\tt2 \"testing\"\n)\n\nfunc TestA(t *t2.T) {}\nfunc Testing(t *t2.T) {}\nfunc TestB(x int) {}\nfunc BenchmarkC(b *t2.B) {}\nfunc TestMain(m *t2.M) {}\nfunc ExampleD() {\n\tfmt.Println(1)\n\t// Output: 1\n}\nfunc ExampleE() {\n\tfmt.Println(2)\n\tfmt.Println(3)\n\t// Unordered output:\n\t// 3\n\t// 2\n}\nfunc ExampleF() {\n\t// just a comment\n}\n";
        let mut diags = crate::diag::Diags::default();
        let f = crate::syntax::parser::parse_bytes(src.as_bytes(), &mut diags).unwrap();
        let mut found = Found::default();
        scan(&f, src.as_bytes(), 0, &mut found);
        assert_eq!(found.tests, vec!["TestA"]);
        assert_eq!(found.benchmarks, vec!["BenchmarkC"]);
        assert!(found.test_main);
        assert_eq!(
            found.examples,
            vec![
                ("ExampleD".to_string(), "1".to_string(), false),
                ("ExampleE".to_string(), "3\n2".to_string(), true)
            ]
        );
        let main = source("example.com/p", &found, None);
        assert!(main.contains("{\"TestA\", _test.TestA}"), "{main}");
        assert!(main.contains("_test.TestMain(m)"), "{main}");
    }
}
