//! The printer's state and its low-level formatting (Go 1.19's fmt/format.go: padding,
//! integers, strings, quoting, floats), which print.rs drives verb by verb.

use super::value::Value;
use crate::pkg_strconv::{
    append_quoted_rune, append_quoted_with, can_backquote, format_float, is_print,
};
use crate::strings::{decode_rune, encode_rune, rune_count, RUNE_ERROR};
use crate::types::Eface;

// The printer (Go's pp with its embedded fmt)

pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

#[derive(Clone, Copy, Default)]
pub(super) struct Flags {
    pub(super) wid_present: bool,
    pub(super) prec_present: bool,
    pub(super) minus: bool,
    pub(super) plus: bool,
    pub(super) sharp: bool,
    pub(super) space: bool,
    pub(super) zero: bool,
    /// %+v
    pub(super) plus_v: bool,
    /// %#v
    pub(super) sharp_v: bool,
}

pub(super) struct Pp {
    pub(super) buf: Vec<u8>,
    pub(super) f: Flags,
    pub(super) wid: i64,
    pub(super) prec: i64,
    /// The operand being printed when it came from an interface (Go's p.arg); None = nil.
    pub(super) arg: Option<Eface>,
    /// The operand being printed when reached by walking a value (Go's p.value).
    pub(super) value: Option<Value>,
    /// badVerb is printing an operand: do not call its methods.
    pub(super) erroring: bool,
    /// Printf used explicit argument indexes ([n]).
    pub(super) reordered: bool,
    pub(super) good_arg_num: bool,
    /// fmt.Errorf: %w is allowed (Go's p.wrapErrs), and the operand it wrapped (the index of
    /// Go's p.wrappedErr).
    pub(super) wrap_errs: bool,
    pub(super) wrapped: Option<usize>,
    /// Index of the operand being printed by Printf.
    pub(super) arg_index: usize,
    /// A panic value from an Error/String method is being printed (Go's p.panicking).
    pub(super) panicking: bool,
    /// The buffer grew past 64 KiB (see Drop).
    pub(super) big: bool,
}

/// Printers no longer in use, as Go's sync.Pool of pp keeps them on one P: a private slot and
/// a stack. Go takes a pp from the pool and clears its flags but not its wid and prec: a
/// directive on the fast path (`%x`, or Println) leaves the previous user's there, and a Format
/// method reading State.Width or Precision without looking at ok sees them. Only those two
/// numbers matter, so only they are kept, taken and returned in the pool's order.
#[derive(Default)]
struct PpPool {
    private: Option<(i64, i64)>,
    shared: Vec<(i64, i64)>,
}

thread_local! {
    static FREE_PP: std::cell::RefCell<PpPool> = std::cell::RefCell::new(PpPool::default());
}

impl Drop for Pp {
    /// Go's pp.free: a printer whose buffer grew past 64 KiB is not kept.
    fn drop(&mut self) {
        if self.buf.capacity() <= 64 << 10 && !self.big {
            let w = (self.wid, self.prec);
            let _ = FREE_PP.try_with(|f| {
                let mut f = f.borrow_mut();
                if f.private.is_none() {
                    f.private = Some(w);
                } else {
                    f.shared.push(w);
                }
            });
        }
    }
}

impl Pp {
    pub(super) fn new() -> Pp {
        let (wid, prec) = FREE_PP
            .try_with(|f| {
                let mut f = f.borrow_mut();
                f.private.take().or_else(|| f.shared.pop())
            })
            .ok()
            .flatten()
            .unwrap_or((0, 0));
        Pp {
            buf: Vec::with_capacity(64),
            f: Flags::default(),
            wid,
            prec,
            arg: None,
            value: None,
            erroring: false,
            reordered: false,
            good_arg_num: true,
            wrap_errs: false,
            wrapped: None,
            arg_index: 0,
            panicking: false,
            big: false,
        }
    }

    /// The printed bytes, ending this printer.
    pub(super) fn into_buf(mut self) -> Vec<u8> {
        self.big = self.buf.capacity() > 64 << 10;
        std::mem::take(&mut self.buf)
    }

    pub(super) fn write_rune(&mut self, r: u32) {
        encode_rune(&mut self.buf, r as i64);
    }

    // ---- format.go ----

    pub(super) fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let b = if self.f.zero { b'0' } else { b' ' };
        self.buf.resize(self.buf.len() + n as usize, b);
    }

    /// Appends b, padded to the width (counted in runes) on the left or right.
    pub(super) fn pad(&mut self, b: &[u8]) {
        if !self.f.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b) as i64;
        if !self.f.minus {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        } else {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        }
    }

    pub(super) fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// %U: `U+0041`, with # also `U+0041 'A'`.
    pub(super) fn fmt_unicode(&mut self, mut u: u64) {
        let mut prec: i64 = 4;
        if self.f.prec_present && self.prec > 4 {
            prec = self.prec;
        }
        let mut out: Vec<u8> = Vec::new(); // built reversed
        if self.f.sharp && u <= 0x10FFFF && is_print(u as u32) {
            out.push(b'\'');
            let mut tmp = Vec::new();
            encode_rune(&mut tmp, u as i64);
            out.extend(tmp.iter().rev());
            out.push(b'\'');
            out.push(b' ');
        }
        while u >= 16 {
            out.push(UDIGITS[(u & 0xF) as usize]);
            prec -= 1;
            u >>= 4;
        }
        out.push(UDIGITS[u as usize]);
        prec -= 1;
        while prec > 0 {
            out.push(b'0');
            prec -= 1;
        }
        out.push(b'+');
        out.push(b'U');
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Formats an integer in base 2, 8, 10 or 16 with sign, precision, zero padding and the
    /// # prefixes.
    pub(super) fn fmt_integer(
        &mut self,
        mut u: u64,
        base: u32,
        signed: bool,
        verb: u32,
        digits: &[u8; 17],
    ) {
        let negative = signed && (u as i64) < 0;
        if negative {
            u = u.wrapping_neg();
        }
        let mut prec: i64 = 0;
        if self.f.prec_present {
            prec = self.prec;
            // %.0d of 0 prints nothing but padding.
            if prec == 0 && u == 0 {
                let old_zero = self.f.zero;
                self.f.zero = false;
                self.write_padding(self.wid);
                self.f.zero = old_zero;
                return;
            }
        } else if self.f.zero && self.f.wid_present {
            prec = self.wid;
            if negative || self.f.plus || self.f.space {
                prec -= 1; // leave room for the sign
            }
        }
        let mut out: Vec<u8> = Vec::with_capacity(24); // built reversed
        let b = base as u64;
        while u >= b {
            out.push(digits[(u % b) as usize]);
            u /= b;
        }
        out.push(digits[u as usize]);
        while (out.len() as i64) < prec {
            out.push(b'0');
        }
        if self.f.sharp {
            match base {
                2 => out.extend_from_slice(b"b0"),
                8 if out.last() != Some(&b'0') => out.push(b'0'),
                16 => {
                    out.push(digits[16]);
                    out.push(b'0');
                }
                _ => {}
            }
        }
        if verb == 'O' as u32 {
            out.extend_from_slice(b"o0");
        }
        if negative {
            out.push(b'-');
        } else if self.f.plus {
            out.push(b'+');
        } else if self.f.space {
            out.push(b' ');
        }
        out.reverse();
        let old_zero = self.f.zero;
        self.f.zero = false;
        self.pad(&out);
        self.f.zero = old_zero;
    }

    /// Truncates b to the precision, counted in runes.
    pub(super) fn truncate<'b>(&self, b: &'b [u8]) -> &'b [u8] {
        if self.f.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                i += if b[i] < 0x80 {
                    1
                } else {
                    decode_rune(&b[i..]).1
                };
            }
        }
        b
    }

    /// %s: the string, truncated to the precision and padded.
    pub(super) fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// %x / %X of a string or byte slice, with `% x` spacing and `%#x` prefixes.
    pub(super) fn fmt_sbx(&mut self, s: &[u8], digits: &[u8; 17]) {
        let mut length = s.len() as i64;
        if self.f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if self.f.space {
                if self.f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if self.f.sharp {
                width += 2;
            }
        } else {
            if self.f.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if self.f.wid_present && self.wid > width && !self.f.minus {
            self.write_padding(self.wid - width);
        }
        if self.f.sharp {
            self.buf.push(b'0');
            self.buf.push(digits[16]);
        }
        for (i, &c) in s[..length as usize].iter().enumerate() {
            if self.f.space && i > 0 {
                self.buf.push(b' ');
                if self.f.sharp {
                    self.buf.push(b'0');
                    self.buf.push(digits[16]);
                }
            }
            self.buf.push(digits[(c >> 4) as usize]);
            self.buf.push(digits[(c & 0xF) as usize]);
        }
        if self.f.wid_present && self.wid > width && self.f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// %q of a string: double-quoted with Go escapes (%+q ASCII only, %#q backquoted if
    /// possible).
    pub(super) fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        if self.f.sharp && can_backquote(s) {
            let mut q = Vec::with_capacity(s.len() + 2);
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
            self.pad(&q);
            return;
        }
        let mut q = Vec::with_capacity(s.len() + 2);
        append_quoted_with(&mut q, s, b'"', self.f.plus);
        self.pad(&q);
    }

    /// %c: the rune (U+FFFD if out of range).
    pub(super) fn fmt_c(&mut self, c: u64) {
        let r = if c > 0x10FFFF {
            RUNE_ERROR as i64
        } else {
            c as i64
        };
        let mut b = Vec::with_capacity(4);
        encode_rune(&mut b, r);
        self.pad(&b);
    }

    /// %q of an integer: a single-quoted rune literal.
    pub(super) fn fmt_qc(&mut self, c: u64) {
        let r = if c > 0x10FFFF { RUNE_ERROR } else { c as u32 };
        let mut q = Vec::with_capacity(8);
        append_quoted_rune(&mut q, r, self.f.plus);
        self.pad(&q);
    }

    /// Formats a float with strconv and applies sign, #, zero padding and width.
    pub(super) fn fmt_float(&mut self, v: f64, size: u32, verb: u8, prec: i64) {
        let prec = if self.f.prec_present { self.prec } else { prec };
        // num[0] is a sign slot: '+' unless strconv produced a sign of its own.
        let mut num = vec![b'+'];
        num.extend_from_slice(&format_float(v, verb, prec, size));
        if num[1] == b'-' || num[1] == b'+' {
            num.remove(0);
        }
        if self.f.space && num[0] == b'+' && !self.f.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not padded with zeros, and NaN gets no sign unless asked.
        if num[1] == b'I' || num[1] == b'N' {
            let old_zero = self.f.zero;
            self.f.zero = false;
            if num[1] == b'N' && !self.f.space && !self.f.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.f.zero = old_zero;
            return;
        }
        // # forces a decimal point and keeps trailing zeros for %g/%v.
        if self.f.sharp && verb != b'b' {
            let mut digits: i64 = 0;
            if matches!(verb, b'v' | b'g' | b'G' | b'x') {
                digits = prec;
                if digits == -1 {
                    digits = 6;
                }
            }
            let mut tail: Vec<u8> = Vec::new();
            let mut has_decimal_point = false;
            let mut saw_nonzero_digit = false;
            let mut i = 1;
            while i < num.len() {
                match num[i] {
                    b'.' => has_decimal_point = true,
                    b'p' | b'P' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    b'e' | b'E' if verb != b'x' && verb != b'X' => {
                        tail.extend_from_slice(&num[i..]);
                        num.truncate(i);
                        break;
                    }
                    c => {
                        if c != b'0' {
                            saw_nonzero_digit = true;
                        }
                        if saw_nonzero_digit {
                            digits -= 1;
                        }
                    }
                }
                i += 1;
            }
            if !has_decimal_point {
                if num.len() == 2 && num[1] == b'0' {
                    digits -= 1;
                }
                num.push(b'.');
            }
            while digits > 0 {
                num.push(b'0');
                digits -= 1;
            }
            num.extend_from_slice(&tail);
        }
        if self.f.plus || num[0] != b'+' {
            // Zero padding goes between the sign and the digits.
            if self.f.zero && self.f.wid_present && self.wid > num.len() as i64 {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }
}
