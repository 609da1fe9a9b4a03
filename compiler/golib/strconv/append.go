// Package strconv: AppendBool, AppendInt, AppendUint and AppendFloat (lazy, as all of
// strconv). Each grows dst as Go's does, which a program can see in the capacity: AppendInt
// appends its digits in one piece, AppendFloat in Go's pieces.
package strconv

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	if b {
		return append(dst, "true"...)
	}
	return append(dst, "false"...)
}

// AppendInt appends the string form of i, as FormatInt makes it, to dst (in one append, as
// Go does: the capacity shows it).
func AppendInt(dst []byte, i int64, base int) []byte {
	var a [65]byte
	if i < 0 {
		return append(dst, a[formatBits(&a, -uint64(i), base, true):]...)
	}
	return append(dst, a[formatBits(&a, uint64(i), base, false):]...)
}

// AppendUint appends the string form of i, as FormatUint makes it, to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	var a [65]byte
	return append(dst, a[formatBits(&a, i, base, false):]...)
}

// AppendFloat appends the string form of f, as FormatFloat makes it, to dst. When dst must
// grow, it grows as Go's does: Go appends the number a piece at a time (sign, runs of
// digits, single padding zeros, the point, the exponent), so the pieces are found again in
// the formatted text and appended one by one.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	s := FormatFloat(f, fmt, prec, bitSize)
	if cap(dst)-len(dst) >= len(s) || s == "NaN" || s == "+Inf" || s == "-Inf" || s[0] == '%' {
		return append(dst, s...)
	}
	i := 0
	if s[0] == '-' {
		dst = append(dst, '-')
		i = 1
	}
	// one appends s[i] alone.
	one := func() {
		dst = append(dst, s[i])
		i++
	}
	// upTo appends s[i:j] in one piece.
	upTo := func(j int) {
		dst = append(dst, s[i:j]...)
		i = j
	}
	// exponent appends the exponent letter, its sign, then its digits in one piece (Go
	// writes a '+' of 'b' format's exponent alone and a '-' with the digits).
	exponent := func() {
		one()
		if fmt != 'b' || s[i] == '+' {
			one()
		}
		upTo(len(s))
	}
	switch fmt {
	case 'b':
		upTo(indexByte(s, 'p'))
		exponent()
	case 'x', 'X':
		upTo(i + 3) // 0x1
		for s[i] != 'p' && s[i] != 'P' {
			one()
		}
		exponent()
	default:
		e := indexByte(s, 'e')
		if e < 0 {
			e = indexByte(s, 'E')
		}
		if e >= 0 {
			// d[.ddd]e±dd: the digits after the point up to the last nonzero one in a piece,
			// the zeros after it one by one.
			one()
			if s[i] == '.' {
				one()
				last := i
				for k := i; k < e; k++ {
					if s[k] != '0' {
						last = k + 1
					}
				}
				upTo(last)
				for i < e {
					one()
				}
			}
			exponent()
			break
		}
		// ddd[.ddd]: the integer digits up to the last nonzero digit of the number in a piece
		// (one '0' alone for a number below 1), then one by one.
		dot := indexByte(s, '.')
		if dot < 0 {
			dot = len(s)
		}
		if s[i:dot] == "0" {
			one()
		} else {
			last := i
			for k := i; k < len(s); k++ {
				if s[k] != '0' && s[k] != '.' {
					last = k + 1
				}
			}
			if last > dot {
				last = dot
			}
			upTo(last)
		}
		for i < len(s) {
			one()
		}
	}
	return dst
}

// indexByte is the index of the first c in s, or -1.
func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
