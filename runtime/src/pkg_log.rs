//! What package log (compiler/golib/log) needs of the system: the local time zone's offset,
//! from the C library (which reads TZ and /etc/localtime as Go's time.Local does).

extern "C" {
    /// POSIX tzset (the libc crate does not declare it): reads TZ.
    fn tzset();
}

/// `log.localOffset(sec int64) int`: seconds east of UTC in the local time zone at Unix time
/// `sec` (0 when the C library cannot tell).
#[no_mangle]
pub extern "C" fn deferc_log_localOffset(sec: i64) -> isize {
    let t = sec as libc::time_t;
    // SAFETY: localtime_r writes only the tm it is given; tzset makes it read TZ.
    unsafe {
        let mut tm: libc::tm = std::mem::zeroed();
        tzset();
        if libc::localtime_r(&t, &mut tm).is_null() {
            return 0;
        }
        tm.tm_gmtoff as isize
    }
}
