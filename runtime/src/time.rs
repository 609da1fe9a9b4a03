//! Clocks (runtime.nanotime / walltime), for package time (compiler/golib/time) and the scheduler.

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        let a = deferc_nanotime();
        let b = deferc_nanotime();
        assert!(a > 0 && b >= a);
        assert!(deferc_walltime() > 1_600_000_000_000_000_000);
    }
}
