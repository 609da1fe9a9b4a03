use crate::types::{Kind, Method, Type};

use super::*;
use crate::pkg_strconv::format_float;
use crate::print::basic_name;
use crate::types::{StructField, TFLAG_NAMED};

fn leak<T: 'static>(v: T) -> &'static T {
    Box::leak(Box::new(v))
}

fn gs(s: &'static [u8]) -> GoString {
    GoString {
        ptr: s.as_ptr(),
        len: s.len(),
    }
}

fn ty(kind: Kind, name: &'static str, size: usize) -> Type {
    Type::new(kind, size, 8, 0, name.as_bytes())
}

fn size_of_kind(k: Kind) -> usize {
    match k {
        Kind::Bool | Kind::Int8 | Kind::Uint8 => 1,
        Kind::Int16 | Kind::Uint16 => 2,
        Kind::Int32 | Kind::Uint32 | Kind::Float32 => 4,
        Kind::Complex128 | Kind::String => 16,
        Kind::Slice => 24,
        _ => 8,
    }
}

/// A predeclared type such as `int`.
fn basic(k: Kind) -> &'static Type {
    let name = std::str::from_utf8(basic_name(k).unwrap()).unwrap();
    let mut t = ty(k, name, size_of_kind(k));
    t.flags = TFLAG_NAMED;
    leak(t)
}

fn named(k: Kind, name: &'static str, methods: &[(&'static str, MethodFn)]) -> &'static Type {
    let mut t = ty(k, name, size_of_kind(k));
    t.flags = TFLAG_NAMED;
    set_methods(&mut t, methods);
    leak(t)
}

fn set_methods(t: &mut Type, methods: &[(&'static str, MethodFn)]) {
    let ms: Vec<Method> = methods
        .iter()
        .map(|&(n, f)| Method {
            name: gs(n.as_bytes()),
            code: f as *const u8,
            // Every test method is a String or Error method.
            typ: leak(ty(Kind::Func, "func() string", 8)),
            mtyp: std::ptr::null(),
        })
        .collect();
    t.nmethods = ms.len();
    t.methods = Box::leak(ms.into_boxed_slice()).as_ptr();
}

fn slice_of(elem: &'static Type, name: &'static str) -> &'static Type {
    let mut t = ty(Kind::Slice, name, 24);
    t.elem = elem;
    leak(t)
}

fn array_of(elem: &'static Type, n: usize, name: &'static str) -> &'static Type {
    let mut t = ty(Kind::Array, name, elem.size * n);
    t.elem = elem;
    t.len = n;
    leak(t)
}

fn ptr_to(elem: &'static Type, name: &'static str) -> &'static Type {
    let mut t = ty(Kind::Pointer, name, 8);
    t.elem = elem;
    leak(t)
}

fn struct_of(
    name: &'static str,
    size: usize,
    fields: &[(&'static str, &'static Type, usize)],
    methods: &[(&'static str, MethodFn)],
) -> &'static Type {
    let mut t = ty(Kind::Struct, name, size);
    if name.starts_with("main.") {
        t.flags = TFLAG_NAMED;
    }
    let fs: Vec<StructField> = fields
        .iter()
        .map(|&(n, ft, off)| StructField {
            name: gs(n.as_bytes()),
            typ: ft,
            offset: off,
            embedded: 0,
            tag: GoString::EMPTY,
        })
        .collect();
    t.nfields = fs.len();
    t.fields = Box::leak(fs.into_boxed_slice()).as_ptr();
    set_methods(&mut t, methods);
    leak(t)
}

/// An eface holding a copy of `v` (indirect kinds).
fn boxed<T: 'static>(t: &'static Type, v: T) -> Eface {
    Eface {
        typ: t,
        data: leak(v) as *const T as *const u8,
    }
}

fn slice_hdr<T: Clone + 'static>(v: &[T]) -> GoSlice {
    let b: &'static [T] = Box::leak(v.to_vec().into_boxed_slice());
    GoSlice {
        ptr: b.as_ptr() as *mut u8,
        len: b.len(),
        cap: b.len(),
    }
}

const NIL_SLICE: GoSlice = GoSlice {
    ptr: std::ptr::null_mut(),
    len: 0,
    cap: 0,
};

type MethodFn = fn(*const u8) -> GoString;

extern "C" fn trampoline(code: *const u8, recv: *const u8) -> GoString {
    // SAFETY: test method tables store MethodFn pointers as code.
    let f: MethodFn = unsafe { std::mem::transmute::<*const u8, MethodFn>(code) };
    f(recv)
}

fn set_trampoline() {
    deferc_set_method_trampoline(trampoline);
}

fn owned(b: Vec<u8>) -> GoString {
    let b: &'static [u8] = Box::leak(b.into_boxed_slice());
    gs(b)
}

/// (mode, format, arguments, expected output)
type GoCase = (u8, &'static [u8], &'static [A], &'static [u8]);

enum A {
    Nil,
    Bool(bool),
    Int(i64),
    I8(i8),
    I16(i16),
    I32(i32),
    I64(i64),
    Uint(u64),
    U8(u8),
    U16(u16),
    U32(u32),
    U64(u64),
    Uintptr(u64),
    F64(u64),
    F32(u32),
    C128(u64, u64),
    C64(u32, u32),
    Str(&'static [u8]),
    Bytes(&'static [u8]),
    NilBytes,
    Ints(&'static [i64]),
    NilInts,
    Strs(&'static [&'static [u8]]),
    Arr3([i64; 3]),
}

fn mk(a: &A) -> Eface {
    match *a {
        A::Nil => Eface {
            typ: std::ptr::null(),
            data: std::ptr::null(),
        },
        A::Bool(v) => boxed(basic(Kind::Bool), v as u8),
        A::Int(v) => boxed(basic(Kind::Int), v),
        A::I8(v) => boxed(basic(Kind::Int8), v),
        A::I16(v) => boxed(basic(Kind::Int16), v),
        A::I32(v) => boxed(basic(Kind::Int32), v),
        A::I64(v) => boxed(basic(Kind::Int64), v),
        A::Uint(v) => boxed(basic(Kind::Uint), v),
        A::U8(v) => boxed(basic(Kind::Uint8), v),
        A::U16(v) => boxed(basic(Kind::Uint16), v),
        A::U32(v) => boxed(basic(Kind::Uint32), v),
        A::U64(v) => boxed(basic(Kind::Uint64), v),
        A::Uintptr(v) => boxed(basic(Kind::Uintptr), v),
        A::F64(b) => boxed(basic(Kind::Float64), f64::from_bits(b)),
        A::F32(b) => boxed(basic(Kind::Float32), f32::from_bits(b)),
        A::C128(r, i) => boxed(
            basic(Kind::Complex128),
            [f64::from_bits(r), f64::from_bits(i)],
        ),
        A::C64(r, i) => boxed(
            basic(Kind::Complex64),
            [f32::from_bits(r), f32::from_bits(i)],
        ),
        A::Str(s) => boxed(basic(Kind::String), gs(s)),
        A::Bytes(b) => boxed(slice_of(basic(Kind::Uint8), "[]uint8"), slice_hdr(b)),
        A::NilBytes => boxed(slice_of(basic(Kind::Uint8), "[]uint8"), NIL_SLICE),
        A::Ints(v) => boxed(slice_of(basic(Kind::Int), "[]int"), slice_hdr(v)),
        A::NilInts => boxed(slice_of(basic(Kind::Int), "[]int"), NIL_SLICE),
        A::Strs(v) => {
            let strs: Vec<GoString> = v.iter().map(|s| gs(s)).collect();
            boxed(slice_of(basic(Kind::String), "[]string"), slice_hdr(&strs))
        }
        A::Arr3(v) => boxed(array_of(basic(Kind::Int), 3, "[3]int"), v),
    }
}

fn sprintf(f: &[u8], args: &[Eface]) -> String {
    // SAFETY: args is a valid eface array.
    let b = unsafe { sprintf_bytes(f, args.as_ptr(), args.len()) };
    String::from_utf8_lossy(&b).into_owned()
}

fn sprint(args: &[Eface]) -> String {
    // SAFETY: args is a valid eface array.
    String::from_utf8_lossy(&unsafe { sprint_bytes(args.as_ptr(), args.len()) }).into_owned()
}

fn sprintln(args: &[Eface]) -> String {
    // SAFETY: args is a valid eface array.
    String::from_utf8_lossy(&unsafe { sprintln_bytes(args.as_ptr(), args.len()) }).into_owned()
}

/// Cases generated from Go 1.19's own output by a Go program of this shape (one entry per
/// case: mode f = Sprintf, p = Sprint, l = Sprintln; format; arguments; expected bytes):
///
/// ```go
/// cases := []C{
///     {"f", "%v %v %v %v %v %v", []any{1.0, 0.1, 3.14, 1e21, 1e20, 123456789.0}},
///     {"f", "|%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|", []any{3.14159, ...}},
///     ...
/// }
/// for _, c := range cases {
///     out := fmt.Sprintf(c.f, c.args...) // or Sprint / Sprintln
///     fmt.Printf("(b'%s', %s, &[%s], %s),\n", c.mode, lit(c.f), args(c.args), lit(out))
/// }
/// ```
///
/// Floats are given by their bit patterns so the values are exactly Go's.
#[rustfmt::skip]
const GO_CASES: &[GoCase] = &[
    (b'f', b"%v %v %v %v %v %v", &[A::F64(0x3ff0000000000000), A::F64(0x3fb999999999999a), A::F64(0x40091eb851eb851f), A::F64(0x444b1ae4d6e2ef50), A::F64(0x4415af1d78b58c40), A::F64(0x419d6f3454000000)], b"1 0.1 3.14 1e+21 1e+20 1.23456789e+08"),
    (b'f', b"%v %v %v %v %v", &[A::F64(0x412e848000000000), A::F64(0x412e847e00000000), A::F64(0x3f1a36e2eb1c432d), A::F64(0x3ee4f8b588e368f1), A::F64(0x3f201f31f46ed246)], b"1e+06 999999 0.0001 1e-05 0.000123"),
    (b'f', b"%v %v %v %v", &[A::F64(0x7ff8000000000001), A::F64(0x7ff0000000000000), A::F64(0xfff0000000000000), A::F64(0x8000000000000000)], b"NaN +Inf -Inf -0"),
    (b'f', b"%v %v %v", &[A::F32(0x3dcccccd), A::F32(0x501502f9), A::F32(0x7f7fc99e)], b"0.1 1e+10 3.4e+38"),
    (b'f', b"%v %v", &[A::F64(0x7fefffffffffffff), A::F64(0x1)], b"1.7976931348623157e+308 5e-324"),
    (b'f', b"%g %g %g %G", &[A::F64(0x3e7ad7f29abcaf48), A::F64(0x419d6f3454000000), A::F64(0x4004000000000000), A::F64(0x3e7ad7f29abcaf48)], b"1e-07 1.23456789e+08 2.5 1E-07"),
    (b'f', b"%e %E %.0e %.3e %e", &[A::F64(0x40934a456d5cfaad), A::F64(0x40934a456d5cfaad), A::F64(0x4004000000000000), A::F64(0x0), A::F64(0x8000000000000000)], b"1.234568e+03 1.234568E+03 2e+00 0.000e+00 -0.000000e+00"),
    (b'f', b"%f %.2f %.0f %.0f %.0f %.3f", &[A::F64(0x400921f9f01b866e), A::F64(0x4005666666666666), A::F64(0x3fe0000000000000), A::F64(0x3ff8000000000000), A::F64(0x4004000000000000), A::F64(0xbf40624dd2f1a9fc)], b"3.141590 2.67 0 2 2 -0.001"),
    (b'f', b"|%8.3f|%-8.3f|%08.3f|%+.2f|% .2f|%+08.2f|", &[A::F64(0x400921f9f01b866e), A::F64(0x400921f9f01b866e), A::F64(0xc00921f9f01b866e), A::F64(0x4000000000000000), A::F64(0x4000000000000000), A::F64(0xbff8000000000000)], b"|   3.142|3.142   |-003.142|+2.00| 2.00|-0001.50|"),
    (b'f', b"%.3g %.3g %.10g %.1g %g %.0g", &[A::F64(0x408f400000000000), A::F64(0x40934a0000000000), A::F64(0x3fd5555555555555), A::F64(0x3fc3333333333333), A::F64(0x40f86a0000000000), A::F64(0x401c000000000000)], b"1e+03 1.23e+03 0.3333333333 0.1 100000 7"),
    (b'f', b"%#g %#v %#.3g %#e %#.0f %#.0e", &[A::F64(0x3ff0000000000000), A::F64(0x4000000000000000), A::F64(0x3ff0000000000000), A::F64(0x3ff0000000000000), A::F64(0x4008000000000000), A::F64(0x4008000000000000)], b"1.00000 2 1.00 1.000000e+00 3. 3.e+00"),
    (b'f', b"%6.2f|%-10v|%10v|%010v|%+v", &[A::F64(0x7ff8000000000001), A::F64(0x7ff0000000000000), A::F64(0xfff0000000000000), A::F64(0x400c000000000000), A::F64(0x7ff0000000000000)], b"   NaN|+Inf      |      -Inf|00000003.5|+Inf"),
    (b'f', b"%b %x %X %.3x %x", &[A::F64(0x3ff0000000000000), A::F64(0x3ff0000000000000), A::F64(0xc00e000000000000), A::F64(0x400921fb54442d18), A::F64(0x0)], b"4503599627370496p-52 0x1p+00 -0X1.EP+01 0x1.922p+01 0x0p+00"),
    (b'f', b"%x %.1x %b", &[A::F32(0x3fc00000), A::F32(0x3dcccccd), A::F32(0x3f800000)], b"0x1.8p+00 0x1.ap-04 8388608p-23"),
    (b'f', b"%v %.2f %+.3v %8.2v", &[A::C128(0x3ff0000000000000, 0x4000000000000000), A::C128(0x3ff8000000000000, 0xc002000000000000), A::C128(0xbff0000000000000, 0x0), A::C128(0x3ff0000000000000, 0x3ff0000000000000)], b"(1+2i) (1.50-2.25i) (-1+0i) (       1      +1i)"),
    (b'f', b"%v %v", &[A::C64(0x3dcccccd, 0x3e4ccccd), A::C128(0x7ff8000000000001, 0x7ff0000000000000)], b"(0.1+0.2i) (NaN+Infi)"),
    (b'f', b"%F %5.1f%%", &[A::F64(0x3ff0000000000000), A::F64(0x4058dc28f5c28f5c)], b"1.000000  99.4%"),
    (b'f', b"%.20f %.30e", &[A::F64(0x3fb999999999999a), A::F64(0x3fd5555555555555)], b"0.10000000000000000555 3.333333333333333148296162562474e-01"),
    (b'f', b"%v %v %v %v", &[A::F64(0x7e8), A::F64(0x1), A::F64(0x10000000000000), A::F64(0x7fefffffffffffff)], b"1e-320 5e-324 2.2250738585072014e-308 1.7976931348623157e+308"),
    (b'f', b"%v %v %v", &[A::F32(0x1), A::F32(0x4b800000), A::F32(0x3e99999a)], b"1e-45 1.6777216e+07 0.3"),
    (b'f', b"%v %v %v %v", &[A::F64(0x4059000000000000), A::F64(0x430c6bf526340000), A::F64(0x41678c29c0000000), A::F64(0x3f50624dd2f1a9fc)], b"100 1e+15 1.2345678e+07 0.001"),
    (b'f', b"%d %d %d %d %d", &[A::Int(0), A::Int(-1), A::Int(9223372036854775807), A::Int(-9223372036854775808), A::U64(18446744073709551615)], b"0 -1 9223372036854775807 -9223372036854775808 18446744073709551615"),
    (b'f', b"|%5d|%-5d|%05d|%+d|% d|%+05d|%-+5d|", &[A::Int(42), A::Int(42), A::Int(-42), A::Int(42), A::Int(42), A::Int(42), A::Int(42)], b"|   42|42   |-0042|+42| 42|+0042|+42  |"),
    (b'f', b"%x %X %#x %#X %x %o %#o %O %b %#b", &[A::Int(255), A::Int(255), A::Int(255), A::Int(255), A::Int(-255), A::Int(8), A::Int(8), A::Int(8), A::Int(5), A::Int(5)], b"ff FF 0xff 0XFF -ff 10 010 0o10 101 0b101"),
    (b'f', b"%.3d|%6.3d|%.0d|%5.0d|%-6.3d|%06.3d", &[A::Int(7), A::Int(7), A::Int(0), A::Int(0), A::Int(-7), A::Int(7)], b"007|   007||     |-007  |   007"),
    (b'f', b"%c %c %c %q %q %q %+q %U %#U %#U", &[A::I32(65), A::Int(19990), A::Int(-1), A::I32(120), A::I32(10), A::Int(128512), A::Int(233), A::Int(128512), A::I32(65), A::Int(7)], b"A \xe4\xb8\x96 \xef\xbf\xbd 'x' '\\n' '\xf0\x9f\x98\x80' '\\u00e9' U+1F600 U+0041 'A' U+0007"),
    (b'f', b"%d %d %d %v %v", &[A::I8(-128), A::I16(300), A::I32(-5), A::U8(200), A::Uintptr(4660)], b"-128 300 -5 200 4660"),
    (b'f', b"%x %X %o", &[A::U16(48879), A::U32(3735928559), A::I64(-8)], b"beef DEADBEEF -10"),
    (b'f', b"%#v %#v %#v %#v", &[A::Int(42), A::Uint(42), A::Str(b"hi"), A::F64(0xbff8000000000000)], b"42 0x2a \"hi\" -1.5"),
    (b'f', b"%v %t %v", &[A::Bool(true), A::Bool(false), A::Bool(false)], b"true false false"),
    (b'f', b"%5t|%-7v|", &[A::Bool(true), A::Bool(false)], b" true|false  |"),
    (b'f', b"%08x|%-8x|%8X|%#08x", &[A::Int(171), A::Int(171), A::Int(171), A::Int(171)], b"000000ab|ab      |      AB|0x000000ab"),
    (b'f', b"%U %.6U %08U", &[A::Int(65), A::Int(65), A::Int(65)], b"U+0041 U+000041   U+0041"),
    (b'f', b"|%s|%5s|%-5s|%.2s|%5.1s|%-5.3s|", &[A::Str(b"hello"), A::Str(b"ab"), A::Str(b"ab"), A::Str(b"hello"), A::Str(b"xyz"), A::Str(b"h\xc3\xa9llo")], b"|hello|   ab|ab   |he|    x|h\xc3\xa9l  |"),
    (b'f', b"%q %+q %#q %#q %q", &[A::Str(b"h\xc3\xa9llo\x0a\x09\"w\xc3\xb6rld\""), A::Str(b"h\xc3\xa9llo"), A::Str(b"back`tick"), A::Str(b"raw\\str"), A::Str(b"\x00\x7f\xff\xe2\x80\x8b\xf0\x9f\x98\x80")], b"\"h\xc3\xa9llo\\n\\t\\\"w\xc3\xb6rld\\\"\" \"h\\u00e9llo\" \"back`tick\" `raw\\str` \"\\x00\\x7f\\xff\\u200b\xf0\x9f\x98\x80\""),
    (b'f', b"%x %X % x %#x %# x %.2x %10x|%-10x|", &[A::Str(b"hello"), A::Str(b"hi"), A::Str(b"abc"), A::Str(b"abc"), A::Str(b"abc"), A::Str(b"abcdef"), A::Str(b"ab"), A::Str(b"ab")], b"68656c6c6f 6869 61 62 63 0x616263 0x61 0x62 0x63 6162       6162|6162      |"),
    (b'f', b"%s %v %q %x %d %s", &[A::Bytes(b"bytes"), A::Bytes(b"ab"), A::Bytes(b"q\x0a"), A::Bytes(b"\x01\xab"), A::Bytes(b"\x01\x02"), A::NilBytes], b"bytes [97 98] \"q\\n\" 01ab [1 2] "),
    (b'f', b"%#v %#v %v", &[A::Bytes(b"\x01\x02"), A::NilBytes, A::NilBytes], b"[]byte{0x1, 0x2} []byte(nil) []"),
    (b'f', b"%5s|%-4q|%06s", &[A::Str(b"\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e"), A::Str(b"\xc3\xa9"), A::Str(b"ab")], b"  \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e|\"\xc3\xa9\" |0000ab"),
    (b'f', b"%q %q", &[A::Str(b"\x07\x08\x0c\x0d\x0b"), A::Str(b"\xc2\xad\xcd\xb8")], b"\"\\a\\b\\f\\r\\v\" \"\\u00ad\\u0378\""),
    (b'f', b"%s", &[A::Str(b"\xe4\xb8")], b"\xe4\xb8"),
    (b'f', b"%.1s|%.0s|%.10s", &[A::Str(b"\xe6\x97\xa5\xe6\x9c\xac"), A::Str(b"abc"), A::Str(b"ab")], b"\xe6\x97\xa5||ab"),
    (b'f', b"%v %v %d %x %v %s", &[A::Ints(&[1, 2, 3]), A::NilInts, A::Ints(&[10, 11]), A::Ints(&[10, 255]), A::Strs(&[b"a", b"b"]), A::Strs(&[b"x", b"y"])], b"[1 2 3] [] [10 11] [a ff] [a b] [x y]"),
    (b'f', b"%#v %#v %#v %q", &[A::Ints(&[1, 2]), A::NilInts, A::Strs(&[b"a"]), A::Strs(&[b"a", b"b"])], b"[]int{1, 2} []int(nil) []string{\"a\"} [\"a\" \"b\"]"),
    (b'f', b"%v %#v %03d", &[A::Arr3([1, 2, 3]), A::Arr3([4, 5, 6]), A::Arr3([7, 8, 9])], b"[1 2 3] [3]int{4, 5, 6} [007 008 009]"),
    (b'f', b"%s %z", &[A::Ints(&[1, 2]), A::Ints(&[3])], b"[%!s(int=1) %!s(int=2)] [%!z(int=3)]"),
    (b'f', b"%d %s", &[A::Str(b"hi"), A::Int(5)], b"%!d(string=hi) %!s(int=5)"),
    (b'f', b"%d", &[A::Int(1), A::Int(2), A::Str(b"a")], b"1%!(EXTRA int=2, string=a)"),
    (b'f', b"%d %d", &[A::Int(1)], b"1 %!d(MISSING)"),
    (b'f', b"%!", &[], b"%!!(MISSING)"),
    (b'f', b"abc%", &[], b"abc%!(NOVERB)"),
    (b'f', b"%z", &[A::Int(1)], b"%!z(int=1)"),
    (b'f', b"%z %t", &[A::Str(b"str"), A::Int(1)], b"%!z(string=str) %!t(int=1)"),
    (b'f', b"%d %v %s", &[A::Nil, A::Nil, A::Nil], b"%!d(<nil>) <nil> %!s(<nil>)"),
    (b'f', b"%!(NOVERB) %", &[A::Int(1)], b"%!!(int=1)(NOVERB) %!(NOVERB)"),
    (b'f', b"%*d|%-*d|%.*f|%*.*f|%*d", &[A::Int(5), A::Int(1), A::Int(5), A::Int(1), A::Int(2), A::F64(0x400921f9f01b866e), A::Int(8), A::Int(3), A::F64(0x400921f9f01b866e), A::Str(b"x"), A::Int(7)], b"    1|1    |3.14|   3.142|%!(BADWIDTH)7"),
    (b'f', b"%[2]d %[1]d %d %[5]d %[x]d", &[A::Int(1), A::Int(2), A::Int(3)], b"2 1 2 %!d(BADINDEX) %!d(BADINDEX)"),
    (b'f', b"%[1]*d|%[3]v", &[A::Int(4), A::Int(5)], b"   5|%!v(BADINDEX)"),
    (b'f', b"%.*d|%*d", &[A::Int(-1), A::Int(5), A::Int(2000000), A::Int(5)], b"%!(BADPREC)5|%!(BADWIDTH)5"),
    (b'f', b"%T %T %T %T %T %T %T", &[A::Int(1), A::Str(b"s"), A::F64(0x3ff8000000000000), A::Nil, A::Ints(&[1]), A::Arr3([0, 0, 0]), A::Bytes(b"x")], b"int string float64 <nil> []int [3]int []uint8"),
    (b'f', b"%10T|%-6T|", &[A::Int(1), A::Bool(true)], b"       int|bool  |"),
    (b'f', b"%p %v", &[A::NilInts, A::Nil], b"0x0 <nil>"),
    (b'f', b"%w", &[A::Int(1)], b"%!w(int=1)"),
    (b'f', b"%s %v", &[A::Bool(true), A::I32(120)], b"%!s(bool=true) 120"),
    (b'f', b"%5z|%-5q|%x", &[A::Int(1), A::F64(0x3ff8000000000000), A::Bool(true)], b"%!z(int=    1)|%!q(float64=1.5  )|%!x(bool=true)"),
    (b'f', b"%\xc3\xa9 %\xe2\x84\xa4", &[A::Int(1), A::Int(2)], b"%!\xc3\xa9(int=1) %!\xe2\x84\xa4(int=2)"),
    (b'f', b"%[0]d %[4]d|%[1]d %[1]d", &[A::Int(1), A::Int(2)], b"%!d(BADINDEX) %!d(BADINDEX)|1 1"),
    (b'f', b"%3.2%|%-5%|", &[], b"%|%|"),
    (b'f', b"%+d %+v % v", &[A::Int(0), A::Str(b"s"), A::Int(7)], b"+0 s  7"),
    (b'p', b"", &[A::Str(b"a"), A::Int(1), A::Int(2), A::Str(b"b"), A::Str(b"c"), A::F64(0x400c000000000000), A::Nil, A::Bool(true), A::Bool(false)], b"a1 2bc3.5 <nil> true false"),
    (b'p', b"", &[A::Int(1), A::Int(2)], b"1 2"),
    (b'p', b"", &[A::Str(b"a"), A::Str(b"b")], b"ab"),
    (b'p', b"", &[], b""),
    (b'l', b"", &[A::Str(b"a"), A::Int(1), A::Int(2), A::Str(b"b"), A::Nil, A::F64(0x444b1ae4d6e2ef50), A::Ints(&[1]), A::F32(0x40200000)], b"a 1 2 b <nil> 1e+21 [1] 2.5\x0a"),
    (b'l', b"", &[], b"\x0a"),
];

#[test]
fn go_cases() {
    let mut failures = Vec::new();
    for (mode, f, args, want) in GO_CASES {
        let efaces: Vec<Eface> = args.iter().map(mk).collect();
        // SAFETY: efaces is a valid eface array.
        let got = unsafe {
            match mode {
                b'f' => sprintf_bytes(f, efaces.as_ptr(), efaces.len()),
                b'p' => sprint_bytes(efaces.as_ptr(), efaces.len()),
                _ => sprintln_bytes(efaces.as_ptr(), efaces.len()),
            }
        };
        if got != *want {
            failures.push(format!(
                "{:?}: got {:?}, want {:?}",
                String::from_utf8_lossy(f),
                String::from_utf8_lossy(&got),
                String::from_utf8_lossy(want)
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn celsius_string(recv: *const u8) -> GoString {
    // SAFETY: recv points at the Celsius (float64) value.
    let v = unsafe { *(recv as *const f64) };
    let mut b = format_float(v, b'f', 1, 64);
    b.extend_from_slice("°C".as_bytes());
    owned(b)
}

fn e_error(recv: *const u8) -> GoString {
    // SAFETY: recv points at E{Code int}.
    let code = unsafe { *(recv as *const i64) };
    owned(format!("err {code}").into_bytes())
}

fn e_string(_: *const u8) -> GoString {
    gs(b"string!")
}

fn errorstring_error(recv: *const u8) -> GoString {
    // SAFETY: recv is a *errors.errorString, pointing at its GoString field.
    unsafe { *(recv as *const GoString) }
}

#[repr(C)]
#[derive(Clone, Copy)]
struct RT {
    a: i64,
    b: GoString,
}

fn t_type() -> &'static Type {
    struct_of(
        "main.T",
        24,
        &[("A", basic(Kind::Int), 0), ("B", basic(Kind::String), 8)],
        &[],
    )
}

/// The Go program these expectations come from (Go 1.19 output in the comments):
///
/// ```go
/// type T struct { A int; B string }
/// type Celsius float64
/// func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }
/// type E struct{ Code int }
/// func (e E) Error() string  { return fmt.Sprint("err ", e.Code) }
/// func (e E) String() string { return "string!" }
/// type Hid struct { c Celsius; C Celsius }
/// type WithIface struct { X any; Y error }
/// type MyInt int
/// type Inner struct{ P *int }
/// type Outer struct { T; N []T; I Inner }
/// ```
#[test]
fn composites_and_methods() {
    set_trampoline();
    let tt = t_type();
    let t = boxed(tt, RT { a: 1, b: gs(b"x") });
    // fmt.Printf("%v|%+v|%#v|%d|%s\n", t, t, t, t, t)
    assert_eq!(
        sprintf(b"%v|%+v|%#v|%d|%s", &[t, t, t, t, t]),
        "{1 x}|{A:1 B:x}|main.T{A:1, B:\"x\"}|{1 %!d(string=x)}|{%!s(int=1) x}"
    );
    // fmt.Printf("%v|%+v|%#v\n", &t, &t, []T{t, {2, "y"}})
    let pt = ptr_to(tt, "*main.T");
    let tp = Eface {
        typ: pt,
        data: t.data,
    };
    let ts = boxed(
        slice_of(tt, "[]main.T"),
        slice_hdr(&[RT { a: 1, b: gs(b"x") }, RT { a: 2, b: gs(b"y") }]),
    );
    assert_eq!(
        sprintf(b"%v|%+v|%#v", &[tp, tp, ts]),
        "&{1 x}|&{A:1 B:x}|[]main.T{main.T{A:1, B:\"x\"}, main.T{A:2, B:\"y\"}}"
    );
    // var np *T; fmt.Printf("%v|%+v|%#v|%p|%d\n", np, np, np, np, np)
    let np = Eface {
        typ: pt,
        data: std::ptr::null(),
    };
    assert_eq!(
        sprintf(b"%v|%+v|%#v|%p|%d", &[np, np, np, np, np]),
        "<nil>|<nil>|(*main.T)(nil)|0x0|0"
    );
    // Non-nil pointers print their address.
    assert_eq!(sprintf(b"%p", &[tp]), format!("{:#x}", t.data as usize));
    assert_eq!(sprintf(b"%v", &[tp]).as_bytes()[0], b'&');
    let pint = Eface {
        typ: ptr_to(basic(Kind::Int), "*int"),
        data: leak(5i64) as *const i64 as *const u8,
    };
    assert_eq!(sprint(&[pint]), format!("{:#x}", pint.data as usize));
    assert_eq!(
        sprintf(b"%#p", &[pint]),
        format!("{:x}", pint.data as usize)
    );

    // c := Celsius(36.6)
    // fmt.Printf("%v|%s|%d|%x|%q|%.2f|%8v|%-8s|\n", c, c, c, c, c, c, c, c)
    let cel = named(Kind::Float64, "main.Celsius", &[("String", celsius_string)]);
    let c = boxed(cel, 36.6f64);
    assert_eq!(
        sprintf(b"%v|%s|%d|%x|%q|%.2f|%8v|%-8s|", &[c, c, c, c, c, c, c, c]),
        "36.6°C|36.6°C|%!d(main.Celsius=36.6)|33362e36c2b043|\"36.6°C\"|36.60|  36.6°C|36.6°C  |"
    );
    // fmt.Println(c, []Celsius{1, 2}, Hid{3, 4})
    let cs = boxed(slice_of(cel, "[]main.Celsius"), slice_hdr(&[1.0f64, 2.0]));
    let hid = struct_of("main.Hid", 16, &[("c", cel, 0), ("C", cel, 8)], &[]);
    let h = boxed(hid, [3.0f64, 4.0]);
    assert_eq!(sprintln(&[c, cs, h]), "36.6°C [1.0°C 2.0°C] {3 4.0°C}\n");
    // fmt.Printf("%v|%+v\n", Hid{5, 6}, Hid{5, 6})
    let h = boxed(hid, [5.0f64, 6.0]);
    assert_eq!(sprintf(b"%v|%+v", &[h, h]), "{5 6.0°C}|{c:5 C:6.0°C}");

    // e := E{7}; fmt.Printf("%v|%s|%d|%#v\n", e, e, e, e)
    let et = struct_of(
        "main.E",
        8,
        &[("Code", basic(Kind::Int), 0)],
        &[("Error", e_error), ("String", e_string)],
    );
    let e = boxed(et, 7i64);
    assert_eq!(
        sprintf(b"%v|%s|%d|%#v", &[e, e, e, e]),
        "err 7|err 7|{7}|main.E{Code:7}"
    );

    // fmt.Println(WithIface{}, WithIface{X: 5, Y: e})
    let any_t = leak(ty(Kind::Interface, "interface {}", 16));
    let err_t = leak(ty(Kind::Interface, "error", 16));
    let wi = struct_of(
        "main.WithIface",
        32,
        &[("X", any_t, 0), ("Y", err_t, 16)],
        &[],
    );
    let nil = Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    };
    let w0 = boxed(wi, [nil, nil]);
    let w1 = boxed(wi, [mk(&A::Int(5)), e]);
    assert_eq!(sprintln(&[w0, w1]), "{<nil> <nil>} {5 err 7}\n");
    // fmt.Printf("%#v|%+v\n", WithIface{}, WithIface{X: "s", Y: nil})
    let w2 = boxed(wi, [mk(&A::Str(b"s")), nil]);
    assert_eq!(
        sprintf(b"%#v|%+v", &[w0, w2]),
        "main.WithIface{X:interface {}(nil), Y:error(nil)}|{X:s Y:<nil>}"
    );

    // fmt.Printf("%v|%d|%#v|%x\n", MyInt(5), MyInt(5), MyInt(5), MyInt(255))
    let myint = named(Kind::Int, "main.MyInt", &[]);
    let m5 = boxed(myint, 5i64);
    let m255 = boxed(myint, 255i64);
    assert_eq!(sprintf(b"%v|%d|%#v|%x", &[m5, m5, m5, m255]), "5|5|5|ff");

    // fmt.Printf("%v|%+v\n", Outer{T: t, N: []T{t}}, Outer{})
    let inner = struct_of(
        "main.Inner",
        8,
        &[("P", ptr_to(basic(Kind::Int), "*int"), 0)],
        &[],
    );
    let outer = struct_of(
        "main.Outer",
        56,
        &[
            ("T", tt, 0),
            ("N", slice_of(tt, "[]main.T"), 24),
            ("I", inner, 48),
        ],
        &[],
    );
    #[repr(C)]
    #[derive(Clone, Copy)]
    struct ROuter {
        t: RT,
        n: GoSlice,
        p: usize,
    }
    let o1 = boxed(
        outer,
        ROuter {
            t: RT { a: 1, b: gs(b"x") },
            n: slice_hdr(&[RT { a: 1, b: gs(b"x") }]),
            p: 0,
        },
    );
    let o0 = boxed(
        outer,
        ROuter {
            t: RT {
                a: 0,
                b: GoString::EMPTY,
            },
            n: NIL_SLICE,
            p: 0,
        },
    );
    assert_eq!(
        sprintf(b"%v|%+v", &[o1, o0]),
        "{{1 x} [{1 x}] {<nil>}}|{T:{A:0 B:} N:[] I:{P:<nil>}}"
    );
    // A non-nil pointer below the top level prints as an address.
    let o2 = boxed(
        outer,
        ROuter {
            t: RT { a: 1, b: gs(b"x") },
            n: NIL_SLICE,
            p: 0xc000012345,
        },
    );
    assert_eq!(sprint(&[o2]), "{{1 x} [] {0xc000012345}}");

    // arr := [2]int{1, 2}; fmt.Printf("%v|%v\n", &arr, &[]string{"a"})
    let arr_t = array_of(basic(Kind::Int), 2, "[2]int");
    let parr = Eface {
        typ: ptr_to(arr_t, "*[2]int"),
        data: leak([1i64, 2]) as *const [i64; 2] as *const u8,
    };
    let strs_t = slice_of(basic(Kind::String), "[]string");
    let pstrs = Eface {
        typ: ptr_to(strs_t, "*[]string"),
        data: leak(slice_hdr(&[gs(b"a")])) as *const GoSlice as *const u8,
    };
    assert_eq!(sprintf(b"%v|%v", &[parr, pstrs]), "&[1 2]|&[a]");

    // fmt.Println(errors.New("boom"), map[string]int(nil))
    let es = struct_of(
        "errors.errorString",
        16,
        &[("s", basic(Kind::String), 0)],
        &[],
    );
    let mut pes = ty(Kind::Pointer, "*errors.errorString", 8);
    pes.elem = es;
    set_methods(&mut pes, &[("Error", errorstring_error)]);
    let boom = Eface {
        typ: leak(pes),
        data: leak(gs(b"boom")) as *const GoString as *const u8,
    };
    let mut map_t = ty(Kind::Map, "map[string]int", 8);
    map_t.key = basic(Kind::String);
    map_t.elem = basic(Kind::Int);
    let map_t = leak(map_t);
    let nil_map = Eface {
        typ: map_t,
        data: std::ptr::null(),
    };
    assert_eq!(sprintln(&[boom, nil_map]), "boom map[]\n");
    // fmt.Printf("%#v|%#v|%v\n", map[string]int(nil), map[string]int{}, map[int]bool{})
    let empty_map = Eface {
        typ: map_t,
        // SAFETY: map_t is a valid map descriptor.
        data: unsafe { crate::map::deferc_makemap(map_t, 0) },
    };
    assert_eq!(
        sprintf(b"%#v|%#v|%v", &[nil_map, empty_map, empty_map]),
        "map[string]int(nil)|map[string]int{}|map[]"
    );

    // fmt.Printf("%d|%s\n", []MyInt{1, 2}, [2]bool{true, false})
    let mis = boxed(slice_of(myint, "[]main.MyInt"), slice_hdr(&[1i64, 2]));
    let bools = boxed(array_of(basic(Kind::Bool), 2, "[2]bool"), [1u8, 0]);
    assert_eq!(
        sprintf(b"%d|%s", &[mis, bools]),
        "[1 2]|[%!s(bool=true) %!s(bool=false)]"
    );
    // fmt.Printf("%x|%X|% x|%s\n", [3]byte{1, 2, 255}, []uint8{0xab}, [2]byte{1, 2},
    //     [2]byte{'h', 'i'})
    let u8t = basic(Kind::Uint8);
    let a3 = boxed(array_of(u8t, 3, "[3]uint8"), [1u8, 2, 255]);
    let sab = mk(&A::Bytes(b"\xab"));
    let a2 = boxed(array_of(u8t, 2, "[2]uint8"), [1u8, 2]);
    let hi = boxed(array_of(u8t, 2, "[2]uint8"), *b"hi");
    assert_eq!(
        sprintf(b"%x|%X|% x|%s", &[a3, sab, a2, hi]),
        "0102ff|AB|01 02|hi"
    );
    // fmt.Printf("%v|%s\n", struct{}{}, struct{ a, b int }{1, 2})
    let empty = struct_of("struct {}", 0, &[], &[]);
    let ab = struct_of(
        "struct { a int; b int }",
        16,
        &[("a", basic(Kind::Int), 0), ("b", basic(Kind::Int), 8)],
        &[],
    );
    let ev = Eface {
        typ: empty,
        data: crate::alloc::alloc_noscan(0),
    };
    assert_eq!(
        sprintf(b"%v|%s", &[ev, boxed(ab, [1i64, 2])]),
        "{}|{%!s(int=1) %!s(int=2)}"
    );
    // fmt.Printf("%6.2v|%-6v|\n", T{1, "x"}, []int{1, 2})
    assert_eq!(
        sprintf(b"%6.2v|%-6v|", &[t, mk(&A::Ints(&[1, 2]))]),
        "{    01      x}|[1      2     ]|"
    );
    // fmt.Print(t, t, "s", c, "\n"); fmt.Print(1, "a", c, e, 2, "\n")
    let nl = mk(&A::Str(b"\n"));
    assert_eq!(
        sprint(&[t, t, mk(&A::Str(b"s")), c, nl]),
        "{1 x} {1 x}s36.6°C\n"
    );
    assert_eq!(
        sprint(&[mk(&A::Int(1)), mk(&A::Str(b"a")), c, e, mk(&A::Int(2)), nl]),
        "1a36.6°C err 7 2\n"
    );
    // %T of composite types.
    assert_eq!(
        sprintf(b"%T %T %T", &[t, tp, c]),
        "main.T *main.T main.Celsius"
    );
}

/// The method trampoline reports a panic inside String: a nil pointer receiver prints
/// `<nil>`, anything else the caught value (G::caught), as Go's catchPanic does. Under
/// the G lock: other tests leave values in G::caught.
#[test]
fn panicking_method() {
    let _l = crate::panic::tests::lock_g();
    set_trampoline();
    fn panicked(_: *const u8) -> GoString {
        GoString {
            ptr: std::ptr::null(),
            len: METHOD_PANICKED,
        }
    }
    let mut p = ty(Kind::Pointer, "*main.N", 8);
    p.elem = basic(Kind::Int);
    set_methods(&mut p, &[("String", panicked)]);
    let p = leak(p);
    let nilp = Eface {
        typ: p,
        data: std::ptr::null(),
    };
    assert_eq!(sprintf(b"%v|%s|%d", &[nilp, nilp, nilp]), "<nil>|<nil>|0");
    let x = Eface {
        typ: p,
        data: leak(1i64) as *const i64 as *const u8,
    };
    let g = crate::goroutine::getg();
    // SAFETY: under the G lock.
    unsafe { (*g).caught = mk(&A::Str(b"boom")) };
    assert_eq!(sprintf(b"%v", &[x]), "%!v(PANIC=String method: boom)");
    // SAFETY: under the G lock.
    unsafe {
        (*g).caught = Eface {
            typ: std::ptr::null(),
            data: std::ptr::null(),
        }
    };
    assert_eq!(sprintf(b"%v", &[x]), "%!v(PANIC=String method: <nil>)");
}

/// A map of type `t` holding `entries` (built with the map runtime).
fn map_eface<K, V: Copy>(t: &'static Type, entries: &[(K, V)]) -> Eface {
    // SAFETY: t describes a K -> V map; the assigned slots have room for a V.
    unsafe {
        let m = crate::map::deferc_makemap(t, 0);
        for (k, v) in entries {
            let p = crate::map::deferc_mapassign(t, m, k as *const K as *const u8);
            (p as *mut V).write_unaligned(*v);
        }
        Eface { typ: t, data: m }
    }
}

fn map_t(name: &'static str, k: &'static Type, v: &'static Type) -> &'static Type {
    let mut t = ty(Kind::Map, name, 8);
    t.key = k;
    t.elem = v;
    leak(t)
}

/// Maps print sorted by key (internal/fmtsort). Expected outputs are Go 1.19's for:
///
/// ```go
/// type T struct { A int; B string }
/// type P struct{ X, Y int }
/// type S struct { A int; b string }
/// type Celsius float64 // String() = fmt.Sprintf("%.1f°C", float64(c))
/// ```
#[test]
fn maps_sorted() {
    set_trampoline();
    let int_t = basic(Kind::Int);
    let str_t = basic(Kind::String);
    let bool_t = basic(Kind::Bool);
    let f64_t = basic(Kind::Float64);
    let any_t = leak(ty(Kind::Interface, "interface {}", 16));
    let tt = t_type();
    let pt = struct_of("main.P", 16, &[("X", int_t, 0), ("Y", int_t, 8)], &[]);
    let nan = f64::NAN;
    let ss = |b: &'static [u8]| gs(b);

    // fmt.Println(map[interface{}]int{1: 1, "a": 2, 2.5: 3, true: 4, nil: 5, int8(3): 6,
    //     uint(7): 7, T{1, "x"}: 8, [2]int{1, 2}: 9, P{1, 2}: 10, 'r': 11, "b": 12, 0: 13,
    //     false: 14})
    let nil = Eface {
        typ: std::ptr::null(),
        data: std::ptr::null(),
    };
    let i8_t = basic(Kind::Int8);
    let uint_t = basic(Kind::Uint);
    let i32_t = basic(Kind::Int32);
    let arr_t = array_of(int_t, 2, "[2]int");
    let keys = [
        (boxed(int_t, 1i64), 1i64),
        (boxed(str_t, ss(b"a")), 2),
        (boxed(f64_t, 2.5f64), 3),
        (boxed(bool_t, 1u8), 4),
        (nil, 5),
        (boxed(i8_t, 3i8), 6),
        (boxed(uint_t, 7u64), 7),
        (boxed(tt, RT { a: 1, b: ss(b"x") }), 8),
        (boxed(arr_t, [1i64, 2]), 9),
        (boxed(pt, [1i64, 2]), 10),
        (boxed(i32_t, 'r' as i32), 11),
        (boxed(str_t, ss(b"b")), 12),
        (boxed(int_t, 0i64), 13),
        (boxed(bool_t, 0u8), 14),
    ];
    let mixed = map_eface(map_t("map[interface {}]int", any_t, int_t), &keys);
    assert_eq!(
        sprintln(&[mixed]),
        "map[<nil>:5 false:14 true:4 2.5:3 0:13 1:1 114:11 3:6 a:2 b:12 7:7 [1 2]:9 {1 2}:10 {1 x}:8]\n"
    );

    // fmt.Println(map[float64]string{math.NaN(): "a", 1: "b", math.Inf(-1): "c",
    //     math.Inf(1): "d", -2.5: "e", 0: "f"})
    let fs = map_eface(
        map_t("map[float64]string", f64_t, str_t),
        &[
            (nan, ss(b"a")),
            (1.0, ss(b"b")),
            (f64::NEG_INFINITY, ss(b"c")),
            (f64::INFINITY, ss(b"d")),
            (-2.5, ss(b"e")),
            (0.0, ss(b"f")),
        ],
    );
    assert_eq!(sprintln(&[fs]), "map[NaN:a -Inf:c -2.5:e 0:f 1:b +Inf:d]\n");

    // fmt.Println(map[string]int{"b": 2, "a": 1, "": 0, "ab": 3})
    let si_t = map_t("map[string]int", str_t, int_t);
    let si = map_eface(
        si_t,
        &[
            (ss(b"b"), 2i64),
            (ss(b"a"), 1),
            (GoString::EMPTY, 0),
            (ss(b"ab"), 3),
        ],
    );
    assert_eq!(sprintln(&[si]), "map[:0 a:1 ab:3 b:2]\n");

    // fmt.Printf("%v|%+v|%#v\n", map[string]int{"b": 2, "a": 1},
    //     map[T]P{{1, "x"}: {1, 2}, {0, "y"}: {3, 4}}, map[string]int{"b": 2, "a": 1})
    let ab = map_eface(si_t, &[(ss(b"b"), 2i64), (ss(b"a"), 1)]);
    let tp = map_eface(
        map_t("map[main.T]main.P", tt, pt),
        &[
            (RT { a: 1, b: ss(b"x") }, [1i64, 2]),
            (RT { a: 0, b: ss(b"y") }, [3i64, 4]),
        ],
    );
    assert_eq!(
        sprintf(b"%v|%+v|%#v", &[ab, tp, ab]),
        "map[a:1 b:2]|map[{A:0 B:y}:{X:3 Y:4} {A:1 B:x}:{X:1 Y:2}]|map[string]int{\"a\":1, \"b\":2}"
    );
    // fmt.Printf("%#v\n", map[T]P{{1, "x"}: {1, 2}, {0, "y"}: {3, 4}})
    assert_eq!(
        sprintf(b"%#v", &[tp]),
        "map[main.T]main.P{main.T{A:0, B:\"y\"}:main.P{X:3, Y:4}, main.T{A:1, B:\"x\"}:main.P{X:1, Y:2}}"
    );
    // fmt.Printf("%#v\n", map[interface{}]int{1: 1, "a": 2, nil: 3})
    let ai = map_eface(
        map_t("map[interface {}]int", any_t, int_t),
        &[
            (boxed(int_t, 1i64), 1i64),
            (boxed(str_t, ss(b"a")), 2),
            (nil, 3),
        ],
    );
    assert_eq!(
        sprintf(b"%#v", &[ai]),
        "map[interface {}]int{interface {}(nil):3, 1:1, \"a\":2}"
    );

    // fmt.Println(map[bool]int{true: 1, false: 0},
    //     map[[2]int]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true})
    let bi = map_eface(
        map_t("map[bool]int", bool_t, int_t),
        &[(1u8, 1i64), (0u8, 0)],
    );
    let ab2 = map_eface(
        map_t("map[[2]int]bool", arr_t, bool_t),
        &[([2i64, 1], 1u8), ([1, 2], 0), ([1, 1], 1)],
    );
    assert_eq!(
        sprintln(&[bi, ab2]),
        "map[false:0 true:1] map[[1 1]:true [1 2]:false [2 1]:true]\n"
    );

    // var nm map[int]int
    // fmt.Printf("%v %#v %d\n", nm, nm, map[int]int{3: 4, -1: 2})
    let ii_t = map_t("map[int]int", int_t, int_t);
    let nm = Eface {
        typ: ii_t,
        data: std::ptr::null(),
    };
    let ii = map_eface(ii_t, &[(3i64, 4i64), (-1, 2)]);
    assert_eq!(
        sprintf(b"%v %#v %d", &[nm, nm, ii]),
        "map[] map[int]int(nil) map[-1:2 3:4]"
    );

    // m := map[float64]int{}; m[math.NaN()] = 1; m[math.NaN()] = 1; m[0] = 2
    // m[math.Copysign(0, -1)] = 3; fmt.Println(m, len(m))
    let fi_t = map_t("map[float64]int", f64_t, int_t);
    let fi = map_eface(fi_t, &[(nan, 1i64), (nan, 1), (0.0, 2), (-0.0, 3)]);
    // SAFETY: fi.data is a map.
    let n = unsafe { crate::map::deferc_maplen(fi.data) };
    assert_eq!(
        sprintln(&[fi, boxed(int_t, n)]),
        "map[NaN:1 NaN:1 -0:3] 3\n"
    );

    // fmt.Printf("%x %q %5d\n", map[string]int{"b": 2, "a": 10},
    //     map[string]string{"k": "v"}, map[int]int{1: 2})
    let hx = map_eface(si_t, &[(ss(b"b"), 2i64), (ss(b"a"), 10)]);
    let kv = map_eface(
        map_t("map[string]string", str_t, str_t),
        &[(ss(b"k"), ss(b"v"))],
    );
    let one = map_eface(ii_t, &[(1i64, 2i64)]);
    assert_eq!(
        sprintf(b"%x %q %5d", &[hx, kv, one]),
        "map[61:a 62:2] map[\"k\":\"v\"] map[    1:    2]"
    );

    // fmt.Println(map[int]map[string]int{1: {"z": 1, "y": 2}},
    //     map[string][]int{"s": {1, 2}})
    let inner = map_eface(si_t, &[(ss(b"z"), 1i64), (ss(b"y"), 2)]);
    let outer = map_eface(
        map_t("map[int]map[string]int", int_t, si_t),
        &[(1i64, inner.data)],
    );
    let ints_t = slice_of(int_t, "[]int");
    let sl = map_eface(
        map_t("map[string][]int", str_t, ints_t),
        &[(ss(b"s"), slice_hdr(&[1i64, 2]))],
    );
    assert_eq!(sprintln(&[outer, sl]), "map[1:map[y:2 z:1]] map[s:[1 2]]\n");

    // fmt.Println(map[Celsius]Celsius{1: 2, -3: 4})
    let cel = named(Kind::Float64, "main.Celsius", &[("String", celsius_string)]);
    let cc = map_eface(
        map_t("map[main.Celsius]main.Celsius", cel, cel),
        &[(1.0f64, 2.0f64), (-3.0, 4.0)],
    );
    assert_eq!(sprintln(&[cc]), "map[-3.0°C:4.0°C 1.0°C:2.0°C]\n");

    // fmt.Println(map[interface{}]int{math.NaN(): 1, 1.5: 2, -1.0: 3})
    let fa = map_eface(
        map_t("map[interface {}]int", any_t, int_t),
        &[
            (boxed(f64_t, nan), 1i64),
            (boxed(f64_t, 1.5f64), 2),
            (boxed(f64_t, -1.0f64), 3),
        ],
    );
    assert_eq!(sprintln(&[fa]), "map[NaN:1 -1:3 1.5:2]\n");

    // fmt.Printf("%v %+v\n", map[S]bool{{2, "b"}: true, {1, "z"}: false, {2, "a"}: true},
    //     map[[2]float64]int{{1, math.NaN()}: 1, {0, 5}: 2, {-1, 2}: 3})
    let st = struct_of("main.S", 24, &[("A", int_t, 0), ("b", str_t, 8)], &[]);
    let sb = map_eface(
        map_t("map[main.S]bool", st, bool_t),
        &[
            (RT { a: 2, b: ss(b"b") }, 1u8),
            (RT { a: 1, b: ss(b"z") }, 0),
            (RT { a: 2, b: ss(b"a") }, 1),
        ],
    );
    let fa2 = map_eface(
        map_t(
            "map[[2]float64]int",
            array_of(f64_t, 2, "[2]float64"),
            int_t,
        ),
        &[([1.0, nan], 1i64), ([0.0, 5.0], 2), ([-1.0, 2.0], 3)],
    );
    assert_eq!(
        sprintf(b"%v %+v", &[sb, fa2]),
        "map[{1 z}:false {2 a}:true {2 b}:true] map[[-1 2]:3 [0 5]:2 [1 NaN]:1]"
    );

    // Pointer keys sort by address; &m prints as &map[...].
    let (p1, p2) = (
        leak(1i64) as *const i64 as usize,
        leak(2i64) as *const i64 as usize,
    );
    let (lo, hi) = (p1.min(p2), p1.max(p2));
    let pi = map_eface(
        map_t("map[*int]int", ptr_to(int_t, "*int"), int_t),
        &[(hi, 2i64), (lo, 1)],
    );
    assert_eq!(sprint(&[pi]), format!("map[{lo:#x}:1 {hi:#x}:2]"));
    let pm = Eface {
        typ: ptr_to(si_t, "*map[string]int"),
        data: leak(ab.data) as *const *const u8 as *const u8,
    };
    assert_eq!(sprint(&[pm]), "&map[a:1 b:2]");
}

#[test]
fn entry_points() {
    let args = [mk(&A::Int(42)), mk(&A::Str(b"go"))];
    let f = b"%d-%s";
    // SAFETY: valid buffers.
    unsafe {
        let s = deferc_fmt_Sprintf(f.as_ptr(), f.len(), args.as_ptr(), 2, 2);
        assert_eq!(s.as_bytes(), b"42-go");
        assert_eq!(deferc_fmt_Sprint(args.as_ptr(), 2, 2).as_bytes(), b"42go");
        assert_eq!(
            deferc_fmt_Sprintln(args.as_ptr(), 2, 2).as_bytes(),
            b"42 go\n"
        );
        assert_eq!(deferc_fmt_Sprint(std::ptr::null(), 0, 0).len, 0);
    }
    // Fprint* to a pipe: the byte count is returned and the bytes arrive.
    use std::io::Read;
    use std::os::fd::AsRawFd;
    let (mut r, w) = std::io::pipe().unwrap();
    let fd = w.as_raw_fd() as i64;
    // SAFETY: valid buffers.
    let n = unsafe {
        deferc_fmt_fprintln(fd, args.as_ptr(), 2, 2)
            + deferc_fmt_fprint(fd, args.as_ptr(), 2, 2)
            + deferc_fmt_fprintf(fd, f.as_ptr(), f.len(), args.as_ptr(), 2, 2)
    };
    drop(w);
    let mut got = String::new();
    r.read_to_string(&mut got).unwrap();
    assert_eq!(got, "42 go\n42go42-go");
    assert_eq!(n as usize, got.len());
}

/// fmt prints floats through strconv's shortest formatting, ties rounding to even.
#[test]
fn println_float_shortest_tie() {
    // fmt.Println(74772350047323.125) → 7.477235004732312e+13
    assert_eq!(
        sprintln(&[mk(&A::F64(0x42d10052d74516c8))]),
        "7.477235004732312e+13\n"
    );
}
