use super::*;
use crate::pkg_utf8::go_cases::{arg, cases, hex, hs, report};

fn int(s: &str) -> i64 {
    s.parse().expect("int field")
}

/// Every strconv function (but the float ones) against Go 1.19's results in
/// runtime/tests/data/lib_cases.txt.
#[test]
fn lib_cases_strconv() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut err = GoString::EMPTY;
    for c in cases() {
        let (s, sl) = arg(c.args.first().copied().unwrap_or(""));
        let s = s.as_ptr();
        // SAFETY: arguments are leaked, live buffers; err is writable.
        let got = unsafe {
            match c.func {
                "Quote" => hs(deferc_strconv_Quote(s, sl)),
                "QuoteToASCII" => hs(deferc_strconv_QuoteToASCII(s, sl)),
                "Unquote" => {
                    let v = deferc_strconv_Unquote(s, sl, &mut err);
                    format!("{}\t{}", hs(v), hs(err))
                }
                "Itoa" => hs(deferc_strconv_Itoa(int(c.args[0]))),
                "FormatInt" => {
                    let v = deferc_strconv_FormatInt(int(c.args[0]), int(c.args[1]), &mut err);
                    assert_eq!(err.len, 0);
                    hs(v)
                }
                "Atoi" => {
                    let v = deferc_strconv_Atoi(s, sl, &mut err);
                    format!("{v}\t{}", hs(err))
                }
                "ParseInt" => {
                    let (b, bits) = (int(c.args[1]), int(c.args[2]));
                    let v = deferc_strconv_ParseInt(s, sl, b, bits, &mut err);
                    format!("{v}\t{}", hs(err))
                }
                "ParseUint" => {
                    let (b, bits) = (int(c.args[1]), int(c.args[2]));
                    let v = deferc_strconv_ParseUint(s, sl, b, bits, &mut err);
                    format!("{v}\t{}", hs(err))
                }
                "ParseBool" => {
                    let v = deferc_strconv_ParseBool(s, sl, &mut err);
                    format!("{v}\t{}", hs(err))
                }
                "QuoteRune" => hs(deferc_strconv_QuoteRune(int(c.args[0]) as i32)),
                "QuoteRuneToASCII" => hs(deferc_strconv_QuoteRuneToASCII(int(c.args[0]) as i32)),
                "FormatBool" => hs(deferc_strconv_FormatBool(int(c.args[0]) as u8)),
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

/// ParseFloat and FormatFloat against Go 1.19's results in
/// runtime/tests/data/float_cases.txt (runtime/tests/gen/float_cases.go).
#[test]
fn float_cases() {
    let (mut n, mut failures) = (0, Vec::new());
    let mut err = GoString::EMPTY;
    for line in include_str!("../../tests/data/float_cases.txt").lines() {
        let Some((args, want)) = line.split_once("\t=>\t") else {
            continue;
        };
        let f: Vec<&str> = args.split('\t').collect();
        // SAFETY: arguments are leaked, live buffers; err is writable.
        let got = unsafe {
            match f[0] {
                "ParseFloat" => {
                    let (s, sl) = arg(f[1]);
                    let v = deferc_strconv_ParseFloat(s.as_ptr(), sl, int(f[2]), &mut err);
                    format!("{:016x}\t{}", v.to_bits(), hs(err))
                }
                "FormatFloat" => {
                    let v = f64::from_bits(u64::from_str_radix(f[1], 16).unwrap());
                    let fmt = int(f[2]) as u8;
                    let r = deferc_strconv_FormatFloat(v, fmt, int(f[3]), int(f[4]), &mut err);
                    assert_eq!(err.len, 0);
                    hs(r)
                }
                other => panic!("unknown function {other}"),
            }
        };
        n += 1;
        if got != want {
            failures.push(format!("{args}: want {want} got {got}"));
        }
    }
    report(n, &failures);
}

// Go: strconv.FormatInt(5, 1) panics "strconv: illegal AppendInt/FormatInt base";
// strconv.FormatFloat(1, 'g', -1, 16) panics "strconv: illegal AppendFloat/FormatFloat
// bitSize"; strconv.FormatUint(1<<64-1, 36) = "3w5e11264sgsf".
#[test]
fn go_panics() {
    let mut msg = GoString::EMPTY;
    // SAFETY: msg is writable.
    unsafe {
        deferc_strconv_FormatInt(5, 1, &mut msg);
        assert_eq!(msg.as_bytes(), b"strconv: illegal AppendInt/FormatInt base");
        deferc_strconv_FormatInt(5, 37, &mut msg);
        assert_eq!(msg.as_bytes(), b"strconv: illegal AppendInt/FormatInt base");
        deferc_strconv_FormatFloat(1.0, b'g', -1, 16, &mut msg);
        assert_eq!(
            msg.as_bytes(),
            b"strconv: illegal AppendFloat/FormatFloat bitSize"
        );
        let u = deferc_strconv_FormatUint(u64::MAX, 36, &mut msg);
        assert_eq!((u.as_bytes(), msg.len), (&b"3w5e11264sgsf"[..], 0));
    }
}

// Go: strconv.Atoi("12345678901234567890") → 9223372036854775807, `strconv.Atoi: parsing
// "12345678901234567890": value out of range`; strconv.Atoi("-42") → -42 <nil>.
#[test]
fn atoi_examples() {
    let mut err = GoString::EMPTY;
    let s = b"12345678901234567890";
    // SAFETY: s is live; err writable.
    unsafe {
        assert_eq!(deferc_strconv_Atoi(s.as_ptr(), s.len(), &mut err), i64::MAX);
        assert_eq!(
            err.as_bytes(),
            b"strconv.Atoi: parsing \"12345678901234567890\": value out of range"
        );
        assert_eq!(deferc_strconv_Atoi(b"-42".as_ptr(), 3, &mut err), -42);
        assert_eq!(err.len, 0);
    }
    assert_eq!(hex(b"ok"), "6f6b");
}

#[test]
fn is_print_matches_go() {
    // unicode.IsPrint for a sample of runes (Go 1.19).
    for (r, want) in [
        (' ' as u32, true),
        ('\u{a0}' as u32, false),
        ('\u{ad}' as u32, false),
        ('é' as u32, true),
        ('\u{200b}' as u32, false),
        ('\u{378}' as u32, false),
        ('世' as u32, true),
        ('\u{1F600}' as u32, true),
        (0xE000, false),
        (0x10FFFF, false),
        (0x2FA1D, true),
    ] {
        assert_eq!(is_print(r), want, "{r:#x}");
    }
}

/// Shortest formatting where two candidates are equally close: Go rounds to even, Rust's
/// `{:e}` rounds up. Expected values from Go 1.19's strconv.FormatFloat(v, 'g', -1, size).
/// (A scratch cross-check of 543,000 FormatFloat results and unicode.IsPrint over all runes
/// against a Go dump found no other differences.)
#[test]
fn shortest_ties_round_to_even() {
    let cases: &[(u64, u32, &str)] = &[
        (0x42d10052d74516c8, 64, "7.477235004732312e+13"),
        (0x431106517ffc89cd, 64, "1.1980054283638912e+15"),
        (0x42eabb5e536eb394, 64, "2.3513634986127662e+14"),
        (0xc14acb8320000000, 32, "-3.5120702e+06"),
    ];
    for &(bits, size, want) in cases {
        let v = f64::from_bits(bits);
        assert_eq!(
            format_float(v, b'g', -1, size),
            want.as_bytes(),
            "{bits:#x}"
        );
    }
}
