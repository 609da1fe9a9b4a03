// Prints 100,000,000 bytes: a million lines of 100 bytes, line i being the 8 digits of
// 10000000+i, a space, 90 letters of `letters` from position i%26, and a newline. os.Args[1]
// picks the way (the bytes are the same every way; "println" writes them to stderr):
//
//	fmtprintln  fmt.Println         fprintln  fmt.Fprintln(os.Stdout)
//	fmtprintf   fmt.Printf          bufio     fmt.Fprintf to a bufio.Writer on os.Stdout
//	write       os.Stdout.Write     writestr  os.Stdout.WriteString, piece by piece
//	println     the println builtin (stderr)
//
// tests/limits.rs reads the output as it comes and checks every byte, and that the program's
// peak memory stays far below what it prints (output is streamed, and printing makes no
// garbage that stays). The program allocates nothing per line itself.
package main

import (
	"bufio"
	"fmt"
	"os"
	"strconv"
)

const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

const digits = "0123456789"

const lines = 1000000

func body(i int) string {
	return letters[i%26 : i%26+90]
}

func main() {
	mode := ""
	if len(os.Args) > 1 {
		mode = os.Args[1]
	}
	switch mode {
	case "fmtprintln":
		for i := 0; i < lines; i++ {
			fmt.Println(10000000+i, body(i))
		}
	case "fmtprintf":
		for i := 0; i < lines; i++ {
			fmt.Printf("%d %s\n", 10000000+i, body(i))
		}
	case "fprintln":
		for i := 0; i < lines; i++ {
			fmt.Fprintln(os.Stdout, 10000000+i, body(i))
		}
	case "bufio":
		w := bufio.NewWriter(os.Stdout)
		for i := 0; i < lines; i++ {
			fmt.Fprintf(w, "%d %s\n", 10000000+i, body(i))
		}
		w.Flush()
	case "write":
		buf := make([]byte, 0, 100)
		for i := 0; i < lines; i++ {
			buf = strconv.AppendInt(buf[:0], int64(10000000+i), 10)
			buf = append(buf, ' ')
			buf = append(buf, body(i)...)
			buf = append(buf, '\n')
			os.Stdout.Write(buf)
		}
	case "writestr":
		for i := 0; i < lines; i++ {
			n := 10000000 + i
			for d := 10000000; d > 0; d /= 10 {
				k := n / d % 10
				os.Stdout.WriteString(digits[k : k+1])
			}
			os.Stdout.WriteString(" ")
			os.Stdout.WriteString(body(i))
			os.Stdout.WriteString("\n")
		}
	case "println":
		for i := 0; i < lines; i++ {
			println(10000000+i, body(i))
		}
	default:
		fmt.Fprintln(os.Stderr, "unknown mode", mode)
		os.Exit(1)
	}
}
