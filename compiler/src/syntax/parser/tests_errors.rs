//! The parser's syntax errors against Go 1.19's gc, word for word and at the same position.

use super::*;

#[test]
fn syntax_errors_match_gc() {
    // Expected output is what `go build` (Go 1.19) prints for each file, minus type errors.
    let cases: &[(&str, &[&str])] = &[
            (
                "package main\nfunc main() {\n\tf(1,\n\t2\n)\n}\n",
                &["4:3: syntax error: unexpected newline in argument list; possibly missing comma or )"],
            ),
            (
                "package main\nx := 1\n",
                &["2:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tif x == 1 \n{\n}\n}\n",
                &["3:12: syntax error: unexpected newline, expecting { after if clause"],
            ),
            (
                "package main\nfunc main() {\n\tx := []int{1,2\n\t}\n}\n",
                &["3:16: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ \n\t{\n\t}\n}\n",
                &["3:26: syntax error: unexpected newline, expecting { after for clause"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1 +\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main()\n{\n}\n",
                &["3:1: syntax error: unexpected semicolon or newline before {"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tif x = 1 {\n\t}\n\tif x := f(a+b,c[1]); x++ {\n\t}\n\tfor i := 0; i < 10; i := 1 {}\n\tif x; {}\n\tswitch x := 2 {}\n}\n",
                &["4:7: syntax error: cannot use assignment (x) = (1) as value", "6:24: syntax error: cannot use x++ as value", "8:24: syntax error: cannot declare in post statement of for loop", "9:6: syntax error: missing condition in if statement", "10:11: syntax error: cannot use x := 2 as value"],
            ),
            (
                "package main\nfunc main() {\n\tx := [3]int{1,2,3}\n\t_ = x[1:2:]\n\t_ = x[::2]\n}\n",
                &["4:12: final index required in 3-index slice", "5:9: middle index required in 3-index slice"],
            ),
            (
                "package main\nimport 1\n",
                &["2:9: syntax error: import path must be a string"],
            ),
            (
                "package main\nfunc main() {\n\tvar x = 1\n\tx = 2 3\n\ty := }\n",
                &["4:8: syntax error: unexpected literal 3 at end of statement", "5:7: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc f(a int, string) {}\n",
                &["2:15: syntax error: mixed named and unnamed parameters"],
            ),
            (
                "package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
                &["3:7: syntax error: cannot use x := 1 as value"],
            ),
            (
                "package main\nfunc main() {\n\tfor {\n\t\tbreak\n\t}\n\telse {}\n}\n",
                &["6:2: syntax error: unexpected else, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tswitch x {\n\tcase 1:\n\t\tfoo()\n\tcas 2:\n\t}\n}\n",
                &["6:6: syntax error: unexpected literal 2 at end of statement"],
            ),
            (
                "package main\nfunc main() {\n\tx := struct{a int}{1}\n\tif x == struct{a int}{1} {\n\t}\n\tif x == T{1} {\n\t}\n}\n",
                &["6:15: syntax error: unexpected { at end of statement", "8:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\ntype T struct {\n\ta int,\n\tb int\n}\n",
                &["3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }"],
            ),
            (
                "package main\nfunc main() {\n\tx := map[string]int{\"a\": 1, \"b\" 2}\n}\n",
                &["3:34: syntax error: unexpected literal 2 in composite literal; possibly missing comma or }"],
            ),
            (
                "package main\nfunc main() {\n\tgo func() {}\n}\n",
                &["3:5: expression in go must be function call"],
            ),
            (
                "package main\nvar x = (1 + \n",
                &["3:1: syntax error: unexpected EOF, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tx +=\n}\n",
                &["5:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "pckage main\n",
                &["1:1: syntax error: package statement must be first"],
            ),
            (
                "package main\nfunc main() {\n\tvar a [3]int\n\tfor i = range a {}\n\tfor i := 0; i < 3 {}\n}\n",
                &["5:20: syntax error: unexpected {, expecting semicolon or newline"],
            ),
            (
                "package main\nfunc main() {\n\tx := 08\n\ty := 1_\n\tz := 'ab'\n\tw := \"\\q\"\n}\n",
                &["3:8: invalid digit '8' in octal literal", "4:8: '_' must separate successive digits", "5:7: more than one character in rune literal", "6:9: unknown escape"],
            ),
            (
                "package main\nfunc main() {\n\tselect {\n\tcase x := <-c:\n\tcase c <- 1:\n\tdefault:\n\t}\n\tselect x {}\n}\n",
                &["8:9: syntax error: missing { after select clause"],
            ),
            (
                "package main\nfunc main() {\n\tfunc f() {}\n}\n",
                &["3:7: syntax error: unexpected f, expecting (", "4:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\tx.\n}\n",
                &["5:1: syntax error: unexpected }, expecting name or ("],
            ),
            (
                "package main\nfunc main() {\n\ta, b = 1\n\ta, b\n}\n",
                &["4:6: syntax error: unexpected newline, expecting := or = or comma"],
            ),
            (
                "package main\nfunc main() {\n\tif true {\n\t} else for {}\n}\n",
                &["4:9: syntax error: else must be followed by if or statement block"],
            ),
            (
                "package main\nfunc main() {\n\tfor var i = 0; i < 3; i++ {}\n}\n",
                &["3:10: syntax error: var declaration not allowed in for initializer"],
            ),
            (
                "package main\nfunc main() {\n\tdefer recover\n\tgo (f())\n}\n",
                &["3:8: expression in defer must be function call", "4:5: expression in go must not be parenthesized"],
            ),
            (
                "package main\nfunc main() {\n\tf(a...,)\n\tf(a..., b)\n}\n",
                &["4:10: syntax error: unexpected b, expecting )"],
            ),
            (
                "package main\nconst (\n\ta = iota\n\tb\n\tc int = 5 ; d\n)\n",
                &[],
            ),
            (
                "package main\nfunc main() {\n\ts := []int{1}\n\t_ = s[]\n}\n",
                &["4:8: syntax error: unexpected ], expecting operand"],
            ),
            (
                "package main\nfunc main() {\n\tx := (struct{})\n\ty := (T){}\n}\n",
                &["4:10: syntax error: cannot parenthesize type in composite literal"],
            ),
            (
                "package main\nfunc main() {\n\tswitch {\n\tcase 1\n\t}\n}\n",
                &["4:8: syntax error: unexpected newline, expecting :"],
            ),
            (
                "package main\nfunc main() {\n\tvar x = [...]int{1,2}\n\tvar y [2, 3]int\n}\n",
                &["4:10: syntax error: unexpected comma; expecting ]"],
            ),
            (
                "package main\nfunc main() {\n\t/* unterminated\n",
                &["3:2: comment not terminated"],
            ),
            (
                "package main\nfunc main() {\n\tx := \"abc\n\ty := 1\n}\n",
                &["3:11: newline in string"],
            ),
            (
                "package main\nfunc main() {\n\tx := `abc\n",
                &["3:7: string not terminated"],
            ),
            (
                "package main\nfunc main() {\n\tfor range {\n\t}\n}\n",
                &["3:12: syntax error: unexpected {, expecting expression", "4:2: syntax error: unexpected }, expecting { after for clause"],
            ),
            (
                "package main\nfunc main() {\n\tvar f func(int, ...string) (a, b int)\n\tvar g func(a, b int, c ...int)\n\tvar h func(a int, b)\n}\n",
                &["5:20: syntax error: mixed named and unnamed parameters"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1\n\t++x\n}\n",
                &["4:2: syntax error: unexpected ++, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tif x := 1; {\n\t}\n}\n",
                &["3:11: syntax error: missing condition in if statement"],
            ),
            (
                "package main\nfunc main() {\n\tif {\n\t}\n\tfor ; ; {\n\t}\n}\n",
                &["3:5: syntax error: missing condition in if statement"],
            ),
            (
                "package main\nfunc main() {\n\tx = 1 +* 2\n\tx = !\n}\n",
                &["5:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nimport (\n\t\"fmt\"\n\tf \"fmt\"\n\t. \"os\"\n\t_ \"strings\"\n)\nimport \"x\" \"y\"\n",
                &["8:12: syntax error: unexpected literal \"y\", expecting semicolon or newline"],
            ),
            (
                "package main\nfunc main() {\n\tgoto\n}\n",
                &["4:1: syntax error: unexpected }, expecting name"],
            ),

            (
                "package main\nfunc main() {\n\tfor _, x := range []T{{1}} {\n\t}\n\tif x := (T{}); x.a {\n\t}\n\tswitch T{} {\n\t}\n}\n",
                &["7:13: syntax error: unexpected { at end of statement", "9:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tif x == T{} {\n\t}\n}\n",
                &["3:14: syntax error: unexpected { at end of statement", "5:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := range T{1,2} {\n\t}\n}\n",
                &["3:22: syntax error: unexpected }, expecting := or = or comma", "5:1: syntax error: non-declaration statement outside function body"],
            ),
            (
                "package main\nfunc main() {\n\tswitch x := y.(type) {\n\tcase int, string:\n\tcase nil:\n\tdefault:\n\t}\n\tswitch y.(type) {}\n\tswitch a, b := y.(type) {}\n}\n",
                &["9:14: syntax error: cannot use a, b := y.(type) as value"],
            ),
            (
                "package main\nfunc main() {\n\ta :=\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tf(\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := []int{\n}\n",
                &["5:1: syntax error: unexpected EOF, expecting }"],
            ),
            (
                "package main\nfunc main() {\n",
                &["3:1: syntax error: unexpected EOF, expecting }"],
            ),
            (
                "package main\nfunc main() {\n\tx := func(\n",
                &["4:1: syntax error: unexpected EOF, expecting )"],
            ),
            (
                "package main\nfunc main() {\n\tvar x [\n}\n",
                &["4:1: syntax error: unexpected }, expecting expression"],
            ),
            (
                "package main\nfunc main() {\n\tx := 1 2\n\ty := 3\n\tz := 4 5\n}\n",
                &["3:9: syntax error: unexpected literal 2 at end of statement", "5:9: syntax error: unexpected literal 5 at end of statement"],
            ),
            (
                "package main\nfunc main() {\n\tfor i := 0; i < 10; i++ {\n\t\tif i == 1 {\n\t\t\tcontinue\n\t\t}\n\t}}\n",
                &[],
            ),
            (
                "package main\nvar x = []int{1, 2, 3}}\n",
                &["2:23: syntax error: unexpected } after top level declaration"],
            ),
            (
                "package main\nfunc f() (int, string {\n}\n",
                &["2:23: syntax error: unexpected { in parameter list; possibly missing comma or )", "3:1: syntax error: unexpected } after top level declaration"],
            ),
            (
                "package main\nfunc main() {\n\tm := map[string]int{\n\t\t\"a\": 1,\n\t\t\"b\": 2\n\t}\n}\n",
                &["5:9: syntax error: unexpected newline in composite literal; possibly missing comma or }"],
            ),

        ];
    for (src, want) in cases {
        let (_, got) = parse(src);
        assert_eq!(&got, want, "{src}");
    }
}

#[test]
fn more_errors() {
    let e = |src: &str| parse(src).1;
    assert_eq!(
        e(""),
        vec!["1:1: syntax error: package statement must be first"]
    );
    assert_eq!(
        e("pckage main"),
        vec!["1:1: syntax error: package statement must be first"]
    );
    assert_eq!(
        e("package"),
        vec!["1:8: syntax error: unexpected EOF, expecting name"]
    );
    assert!(parse("package").0.is_none());
    assert_eq!(
        e("package p\nfunc f() {\n\tx := ~1\n}\n"),
        vec!["3:7: cannot use ~ outside of interface or type constraint"]
    );
    assert_eq!(
        e("package p\nfunc f() {\n\tfor a, b, c := range x {}\n}\n"),
        vec!["3:12: range clause permits at most two iteration variables"]
    );
    // Like gc, type-checking errors found while parsing wait for a syntactically valid file.
    assert_eq!(
        e("package p\nfunc f() {\n\t_ = ~x\n\t_ = x ~ x\n}\n"),
        vec!["4:8: syntax error: unexpected ~ at end of statement"]
    );
    assert_eq!(
        e("package p\nimport 1\n"),
        vec!["2:9: syntax error: import path must be a string"]
    );
    assert_eq!(
        e("package p\nimport\n"),
        vec!["3:1: syntax error: missing import path"]
    );
    // Several errors are reported, one per line at most, as gc does.
    let m = e("package p\nfunc f() {\n\ta := 1 2 3\n\tb := 4 5\n\tif c {\n}\n");
    assert_eq!(
        m,
        vec![
            "3:9: syntax error: unexpected literal 2 at end of statement",
            "4:9: syntax error: unexpected literal 5 at end of statement",
            // no "unexpected EOF": gc is silent at EOF once there are errors
        ]
    );
    // After ten errors parsing stops (one more is kept for "too many errors").
    let src = format!("package p\nfunc f() {{\n{}}}\n", "\tx := 1 2\n".repeat(100));
    assert_eq!(e(&src).len(), MAX_ERRORS + 1);
}
