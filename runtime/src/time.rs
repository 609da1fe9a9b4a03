//! Clocks (runtime.nanotime / walltime) and time.Duration.String.

use crate::types::GoString;
use std::sync::OnceLock;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

/// The process's monotonic origin; nanotime counts from the first call (Go's nanotime is
/// only meaningful as a difference too).
static START: OnceLock<Instant> = OnceLock::new();

/// Monotonic nanoseconds (runtime.nanotime), for time.Now's monotonic reading and time.Since.
#[no_mangle]
pub extern "C" fn deferc_nanotime() -> i64 {
    // Offset by 1 so that the first reading is never 0 (0 means "no monotonic clock" in Go).
    START.get_or_init(Instant::now).elapsed().as_nanos() as i64 + 1
}

/// Wall-clock nanoseconds since the Unix epoch (runtime.walltime).
#[no_mangle]
pub extern "C" fn deferc_walltime() -> i64 {
    match SystemTime::now().duration_since(UNIX_EPOCH) {
        Ok(d) => d.as_nanos() as i64,
        Err(e) => -(e.duration().as_nanos() as i64),
    }
}

/// fmtFrac from time/time.go: writes the fraction of v/10^prec (omitting trailing zeros and the
/// point when the fraction is zero) into the tail of buf, returning the new start and v/10^prec.
fn fmt_frac(buf: &mut [u8], mut w: usize, mut v: u64, prec: usize) -> (usize, u64) {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            w -= 1;
            buf[w] = digit as u8 + b'0';
        }
        v /= 10;
    }
    if print {
        w -= 1;
        buf[w] = b'.';
    }
    (w, v)
}

/// fmtInt from time/time.go: writes v in decimal ending at buf[w].
fn fmt_int(buf: &mut [u8], mut w: usize, mut v: u64) -> usize {
    if v == 0 {
        w -= 1;
        buf[w] = b'0';
    } else {
        while v > 0 {
            w -= 1;
            buf[w] = (v % 10) as u8 + b'0';
            v /= 10;
        }
    }
    w
}

/// time.Duration.String: `72h3m0.5s`, `1.5µs`, `0s`, `-2ms`.
pub fn duration_string(d: i64) -> Vec<u8> {
    const MICRO: u64 = 1_000;
    const MILLI: u64 = 1_000_000;
    const SECOND: u64 = 1_000_000_000;
    let mut buf = [0u8; 32];
    let mut w = buf.len();
    let neg = d < 0;
    let mut u = d.unsigned_abs();
    if u < SECOND {
        let prec;
        w -= 1;
        buf[w] = b's';
        w -= 1;
        if u == 0 {
            return b"0s".to_vec();
        } else if u < MICRO {
            prec = 0;
            buf[w] = b'n';
        } else if u < MILLI {
            prec = 3;
            // "µ" is two bytes: U+00B5 encodes as C2 B5.
            w -= 1;
            buf[w] = 0xC2;
            buf[w + 1] = 0xB5;
        } else {
            prec = 6;
            buf[w] = b'm';
        }
        (w, u) = fmt_frac(&mut buf, w, u, prec);
        w = fmt_int(&mut buf, w, u);
    } else {
        w -= 1;
        buf[w] = b's';
        (w, u) = fmt_frac(&mut buf, w, u, 9);
        w = fmt_int(&mut buf, w, u % 60);
        u /= 60;
        if u > 0 {
            w -= 1;
            buf[w] = b'm';
            w = fmt_int(&mut buf, w, u % 60);
            u /= 60;
            if u > 0 {
                w -= 1;
                buf[w] = b'h';
                w = fmt_int(&mut buf, w, u);
            }
        }
    }
    if neg {
        w -= 1;
        buf[w] = b'-';
    }
    buf[w..].to_vec()
}

#[no_mangle]
pub extern "C" fn deferc_duration_string(d: i64) -> GoString {
    GoString::from_bytes(&duration_string(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Go 1.19:
    //   for _, d := range []time.Duration{0, 1, 999, 1000, 1500, 999999, 1000000, 2000000,
    //       -2000000, 1005613500, 90e9, 3600e9, 1<<63 - 1, -1 << 63, 100e9 + 5e8,
    //       72*3600e9 + 3*60e9 + 5e8, 1001} { fmt.Println(d) }
    #[test]
    fn durations() {
        let cases: &[(i64, &str)] = &[
            (0, "0s"),
            (1, "1ns"),
            (999, "999ns"),
            (1000, "1µs"),
            (1500, "1.5µs"),
            (999999, "999.999µs"),
            (1000000, "1ms"),
            (2000000, "2ms"),
            (-2000000, "-2ms"),
            (1005613500, "1.0056135s"),
            (90_000_000_000, "1m30s"),
            (3_600_000_000_000, "1h0m0s"),
            (i64::MAX, "2562047h47m16.854775807s"),
            (i64::MIN, "-2562047h47m16.854775808s"),
            (100_500_000_000, "1m40.5s"),
            (
                72 * 3_600_000_000_000 + 3 * 60_000_000_000 + 500_000_000,
                "72h3m0.5s",
            ),
            (1001, "1.001µs"),
        ];
        for &(d, want) in cases {
            assert_eq!(String::from_utf8(duration_string(d)).unwrap(), want, "{d}");
        }
    }

    #[test]
    fn clocks() {
        let a = deferc_nanotime();
        let b = deferc_nanotime();
        assert!(a > 0 && b >= a);
        assert!(deferc_walltime() > 1_600_000_000_000_000_000);
    }
}
