//! Tests of pkg_strings.rs against Go 1.19's results.

use super::*;
use crate::pkg_utf8::go_cases::{arg, cases, hs, report, slice};

fn int(s: &str) -> i64 {
    s.parse().expect("int field")
}

/// Every strings function against Go 1.19's results in runtime/tests/data/lib_cases.txt.
#[test]
fn lib_cases_strings() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut out = GoSlice {
        ptr: std::ptr::null_mut(),
        len: 0,
        cap: 0,
    };
    for c in cases() {
        let a = |i: usize| arg(c.args.get(i).copied().unwrap_or(""));
        let ((s, sl), (t, tl)) = (a(0), a(1));
        let (s, t) = (s.as_ptr(), t.as_ptr());
        // SAFETY: all arguments are leaked, live buffers; `out` is writable.
        let got = unsafe {
            match c.func {
                "ToUpper" => hs(deferc_strings_ToUpper(s, sl)),
                "ToLower" => hs(deferc_strings_ToLower(s, sl)),
                "TrimSpace" => hs(deferc_strings_TrimSpace(s, sl)),
                "Fields" => {
                    deferc_strings_Fields(&mut out, s, sl);
                    slice(out)
                }
                "Repeat" => {
                    let mut msg = GoString::EMPTY;
                    let r = deferc_strings_Repeat(s, sl, int(c.args[1]), &mut msg);
                    assert_eq!(msg.len, 0);
                    hs(r)
                }
                "Contains" => deferc_strings_Contains(s, sl, t, tl).to_string(),
                "ContainsAny" => deferc_strings_ContainsAny(s, sl, t, tl).to_string(),
                "IndexAny" => deferc_strings_IndexAny(s, sl, t, tl).to_string(),
                "HasPrefix" => deferc_strings_HasPrefix(s, sl, t, tl).to_string(),
                "HasSuffix" => deferc_strings_HasSuffix(s, sl, t, tl).to_string(),
                "Index" => deferc_strings_Index(s, sl, t, tl).to_string(),
                "LastIndex" => deferc_strings_LastIndex(s, sl, t, tl).to_string(),
                "Count" => deferc_strings_Count(s, sl, t, tl).to_string(),
                "EqualFold" => deferc_strings_EqualFold(s, sl, t, tl).to_string(),
                "Compare" => deferc_strings_Compare(s, sl, t, tl).to_string(),
                "Trim" => hs(deferc_strings_Trim(s, sl, t, tl)),
                "TrimLeft" => hs(deferc_strings_TrimLeft(s, sl, t, tl)),
                "TrimRight" => hs(deferc_strings_TrimRight(s, sl, t, tl)),
                "TrimPrefix" => hs(deferc_strings_TrimPrefix(s, sl, t, tl)),
                "TrimSuffix" => hs(deferc_strings_TrimSuffix(s, sl, t, tl)),
                "Split" => {
                    deferc_strings_Split(&mut out, s, sl, t, tl);
                    slice(out)
                }
                "SplitN" => {
                    deferc_strings_SplitN(&mut out, s, sl, t, tl, int(c.args[2]));
                    slice(out)
                }
                "ReplaceAll" => {
                    let (nw, nl) = a(2);
                    hs(deferc_strings_ReplaceAll(s, sl, t, tl, nw.as_ptr(), nl))
                }
                "Replace" => {
                    let (nw, nl) = a(2);
                    let n = int(c.args[3]);
                    hs(deferc_strings_Replace(s, sl, t, tl, nw.as_ptr(), nl, n))
                }
                "IndexByte" => deferc_strings_IndexByte(s, sl, int(c.args[1]) as u8).to_string(),
                "IndexRune" => deferc_strings_IndexRune(s, sl, int(c.args[1]) as i32).to_string(),
                "ContainsRune" => {
                    deferc_strings_ContainsRune(s, sl, int(c.args[1]) as i32).to_string()
                }
                "Join" => {
                    // Go: strings.Join(strings.Split(s, ","), t)
                    deferc_strings_Split(&mut out, s, sl, b",".as_ptr(), 1);
                    let parts = out;
                    hs(deferc_strings_Join(
                        parts.ptr as *const GoString,
                        parts.len,
                        parts.cap,
                        t,
                        tl,
                    ))
                }
                _ => continue,
            }
        };
        n += 1;
        let want = c.want.join("\t");
        if got != want {
            failures.push(format!("{} {:?}: want {want} got {got}", c.func, c.args));
        }
    }
    report(n, &failures);
}
// Go: fmt.Println(unicode.ToUpper('ß'), unicode.ToLower('İ'), unicode.ToUpper('ǅ'),
// unicode.ToLower('ǅ'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'),
// strings.ToUpper("ßtraße"), strings.ToLower("İSTANBUL"), strings.EqualFold("Straße",
// "STRASSE"), strings.EqualFold("k", "\u212A"))
// → 223 105 452 454 8490 75 ßTRAßE istanbul false true
#[test]
fn special_cases() {
    assert_eq!(to_upper('ß' as i32), 'ß' as i32);
    assert_eq!(to_lower('İ' as i32), 'i' as i32);
    assert_eq!(to_upper('ǅ' as i32), 452);
    assert_eq!(to_lower('ǅ' as i32), 454);
    assert_eq!(simple_fold('k' as i32), 0x212A);
    assert_eq!(simple_fold(0x212A), 'K' as i32);
    assert_eq!(hs(to_upper_string("ßtraße".as_bytes())), hx("ßTRAßE"));
    assert_eq!(hs(to_lower_string("İSTANBUL".as_bytes())), hx("istanbul"));
    assert!(!equal_fold("Straße".as_bytes(), b"STRASSE"));
    assert!(equal_fold(b"k", "\u{212A}".as_bytes()));
}

fn hx(s: &str) -> String {
    crate::pkg_utf8::go_cases::hex(s.as_bytes())
}

// Go: strings.Repeat("ab", -1) panics "strings: negative Repeat count";
// strings.Repeat("ab", 1<<62) panics "strings: Repeat count causes overflow";
// strings.Repeat("ab", 1<<48) panics "runtime error: makeslice: cap out of range";
// strings.Repeat("abc", 4) = "abcabcabcabc".
#[test]
fn go_panics() {
    let mut msg = GoString::EMPTY;
    // SAFETY: messages are set by the runtime from live memory.
    let text = |m: GoString| String::from_utf8(unsafe { m.as_bytes() }.to_vec()).unwrap();
    // SAFETY: arguments are live buffers, msg is writable.
    unsafe {
        deferc_strings_Repeat(b"ab".as_ptr(), 2, -1, &mut msg);
        assert_eq!(text(msg), "strings: negative Repeat count");
        deferc_strings_Repeat(b"ab".as_ptr(), 2, 1 << 62, &mut msg);
        assert_eq!(text(msg), "strings: Repeat count causes overflow");
        deferc_strings_Repeat(b"ab".as_ptr(), 2, 1 << 48, &mut msg);
        assert_eq!(text(msg), "runtime error: makeslice: cap out of range");
        let r = deferc_strings_Repeat(b"abc".as_ptr(), 3, 4, &mut msg);
        assert_eq!(msg.len, 0);
        assert_eq!(text(r), "abcabcabcabc");
        let r = deferc_strings_Repeat(b"".as_ptr(), 0, 1 << 62, &mut msg);
        assert_eq!((r.len, msg.len), (0, 0));
    }
}
