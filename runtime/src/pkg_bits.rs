//! Go's math/bits beyond what compiles to one instruction (compiler/golib/math/bits/bits.go):
//! the 128-by-64-bit division behind Div64, and the runtime.Error its overflow panics with.

use crate::error::{runtime_error, RuntimeError};
use crate::types::Eface;

/// Two words returned in the two result registers (rax:rdx, x0:x1).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuoRem {
    pub quo: u64,
    pub rem: u64,
}

/// `bits.div64(hi, lo, y) (quo, rem)`: (hi, lo) / y for hi < y (checked by the Go caller, so
/// the quotient fits in 64 bits and y != 0).
#[no_mangle]
pub extern "C" fn deferc_bits_div64(hi: u64, lo: u64, y: u64) -> QuoRem {
    let n = (hi as u128) << 64 | lo as u128;
    QuoRem {
        quo: (n / y as u128) as u64,
        rem: (n % y as u128) as u64,
    }
}

/// `bits.overflowError() error`: Go's runtime.overflowError, the runtime.Error "integer
/// overflow".
#[no_mangle]
pub extern "C" fn deferc_bits_overflowError() -> Eface {
    runtime_error(
        RuntimeError::ErrorString,
        b"runtime error: integer overflow",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn div64_matches_u128() {
        let qr = |quo, rem| QuoRem { quo, rem };
        assert_eq!(deferc_bits_div64(0, 7, 2), qr(3, 1));
        assert_eq!(deferc_bits_div64(1, 0, 2), qr(1 << 63, 0));
        assert_eq!(
            deferc_bits_div64(u64::MAX - 1, u64::MAX, u64::MAX),
            qr(u64::MAX, u64::MAX - 1)
        );
    }
}
