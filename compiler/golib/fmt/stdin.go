// Package fmt: Go 1.19's Scan, Scanf and Scanln, which read os.Stdin (scan.go holds the
// scanner). loader::golib joins this file only to programs that name one of them, so that
// other programs do not import os through fmt.
package fmt

import "os"

// Scan is Fscan reading os.Stdin. os.Stdin is not an io.RuneScanner: each call reads one
// byte at a time and the rune it reads past its last operand is lost, as in Go.
func Scan(a ...any) (n int, err error) {
	return Fscan(os.Stdin, a...)
}

// Scanln is Fscanln reading os.Stdin.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(os.Stdin, a...)
}

// Scanf is Fscanf reading os.Stdin.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(os.Stdin, format, a...)
}
