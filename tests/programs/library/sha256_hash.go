// crypto/sha256: Sum256, Sum224, New, New224 with Write in pieces around block boundaries,
// Sum appending, Reset, Size/BlockSize, and the state's MarshalBinary / UnmarshalBinary.
package main

import (
	"crypto/sha256"
	"encoding"
	"fmt"
	"strings"
)

func main() {
	fmt.Println(sha256.Size, sha256.Size224, sha256.BlockSize)
	for _, n := range []int{0, 1, 3, 55, 56, 57, 63, 64, 65, 119, 120, 128, 1000} {
		b := []byte(strings.Repeat("abcdefghij", 101)[:n])
		s := sha256.Sum256(b)
		t := sha256.Sum224(b)
		fmt.Printf("%4d %x\n     %x %d %d\n", n, s, t, len(s), len(t))
		h := sha256.New()
		for i := 0; i < n; i += 13 {
			j := i + 13
			if j > n {
				j = n
			}
			h.Write(b[i:j])
		}
		fmt.Println("     stream ok:", string(h.Sum(nil)) == string(s[:]))
	}
	h := sha256.New()
	h2 := sha256.New224()
	fmt.Printf("%T %d %d %T %d %d\n", h, h.Size(), h.BlockSize(), h2, h2.Size(), h2.BlockSize())
	fmt.Printf("%x\n%x\n", h.Sum(nil), h2.Sum(nil))
	n, err := h.Write([]byte("The quick brown fox"))
	fmt.Println(n, err)
	fmt.Printf("%x\n", h.Sum([]byte{1, 2, 3}))
	h.Write([]byte(" jumps over the lazy dog"))
	fmt.Printf("%x\n", h.Sum(nil))
	h.Reset()
	fmt.Printf("%x\n", h.Sum(nil))

	h.Write([]byte(strings.Repeat("x", 100)))
	st, err := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%x %v %d\n", st, err, len(st))
	g := sha256.New()
	fmt.Println(g.(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
	g.Write([]byte("tail"))
	h.Write([]byte("tail"))
	fmt.Printf("%x\n%x\n", g.Sum(nil), h.Sum(nil))
	fmt.Println(h2.(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
	fmt.Println(g.(encoding.BinaryUnmarshaler).UnmarshalBinary(st[:10]))
	fmt.Println(g.(encoding.BinaryUnmarshaler).UnmarshalBinary([]byte("sh")))
	st224, _ := h2.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Printf("%x\n", st224[:8])

	big := make([]byte, 1<<20)
	for i := range big {
		big[i] = byte(i * 31)
	}
	fmt.Printf("%x\n", sha256.Sum256(big))
}
