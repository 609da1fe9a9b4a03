// hash/crc32, hash/adler32 and hash/fnv: every constructor and function, the hash.Hash32 /
// hash.Hash64 / hash.Hash methods, writes in pieces, Sum appending, Reset, and the digests'
// MarshalBinary / UnmarshalBinary with their errors.
package main

import (
	"encoding"
	"fmt"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"hash/fnv"
	"strings"
)

var inputs = []string{"", "a", "abc", "message digest", "The quick brown fox jumps over the lazy dog",
	strings.Repeat("0123456789", 700), "\x00\xff\x80"}

func exercise(name string, h hash.Hash) {
	fmt.Printf("%s %T size=%d block=%d\n", name, h, h.Size(), h.BlockSize())
	for _, s := range inputs {
		h.Reset()
		n, err := h.Write([]byte(s))
		whole := h.Sum(nil)
		h.Reset()
		for i := 0; i < len(s); i += 7 {
			j := i + 7
			if j > len(s) {
				j = len(s)
			}
			h.Write([]byte(s[i:j]))
		}
		pieces := h.Sum([]byte("pre:"))
		extra := ""
		if h32, ok := h.(hash.Hash32); ok {
			extra = fmt.Sprintf(" sum32=%d", h32.Sum32())
		}
		if h64, ok := h.(hash.Hash64); ok {
			extra = fmt.Sprintf(" sum64=%d", h64.Sum64())
		}
		fmt.Printf("  %d %v %x %q%s\n", n, err, whole, pieces, extra)
	}
	// Sum does not change the state; writing after it continues the same message.
	h.Reset()
	h.Write([]byte("hello "))
	first := h.Sum(nil)
	h.Write([]byte("world"))
	fmt.Printf("  continued %x %x\n", first, h.Sum(nil))

	m := h.(encoding.BinaryMarshaler)
	state, err := m.MarshalBinary()
	fmt.Printf("  state %q %v len=%d cap=%d\n", state, err, len(state), cap(state))
	h.Reset()
	u := h.(encoding.BinaryUnmarshaler)
	fmt.Println("  unmarshal:", u.UnmarshalBinary(state))
	fmt.Printf("  restored %x\n", h.Sum(nil))
	fmt.Println("  bad magic:", u.UnmarshalBinary([]byte("xyz\x01\x00\x00\x00\x00")))
	fmt.Println("  short:", u.UnmarshalBinary([]byte("ab")))
	fmt.Println("  bad size:", u.UnmarshalBinary(append(state, 0)))
}

func main() {
	fmt.Println(crc32.Size, crc32.IEEE, crc32.Castagnoli, crc32.Koopman, adler32.Size)
	ieee := crc32.MakeTable(crc32.IEEE)
	cast := crc32.MakeTable(crc32.Castagnoli)
	koop := crc32.MakeTable(crc32.Koopman)
	fmt.Println(ieee == crc32.IEEETable, cast == crc32.MakeTable(crc32.Castagnoli), koop == crc32.MakeTable(crc32.Koopman))
	fmt.Println(crc32.IEEETable[1], crc32.IEEETable[255], cast[1], koop[128], len(*koop))
	for _, s := range inputs {
		b := []byte(s)
		fmt.Println(crc32.ChecksumIEEE(b), crc32.Checksum(b, cast), crc32.Checksum(b, koop),
			crc32.Checksum(b, crc32.MakeTable(0x12345678)), adler32.Checksum(b))
	}
	c := crc32.Update(0, ieee, []byte("hello "))
	c = crc32.Update(c, ieee, []byte("world"))
	fmt.Println(c, crc32.ChecksumIEEE([]byte("hello world")))
	c = crc32.Update(0, cast, []byte("hello "))
	fmt.Println(crc32.Update(c, cast, []byte("world")), crc32.Checksum([]byte("hello world"), cast))

	exercise("crc32 ieee", crc32.NewIEEE())
	exercise("crc32 castagnoli", crc32.New(cast))
	exercise("crc32 koopman", crc32.New(koop))
	exercise("adler32", adler32.New())
	exercise("fnv32", fnv.New32())
	exercise("fnv32a", fnv.New32a())
	exercise("fnv64", fnv.New64())
	exercise("fnv64a", fnv.New64a())
	exercise("fnv128", fnv.New128())
	exercise("fnv128a", fnv.New128a())

	// A crc32 state only restores into a digest with the same table.
	h := crc32.New(koop)
	h.Write([]byte("x"))
	st, _ := h.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(crc32.NewIEEE().(encoding.BinaryUnmarshaler).UnmarshalBinary(st))
	// fnv states are kind-specific.
	f := fnv.New32()
	st, _ = f.(encoding.BinaryMarshaler).MarshalBinary()
	fmt.Println(fnv.New32a().(encoding.BinaryUnmarshaler).UnmarshalBinary(st))

	// Adler-32 over more than 5552 bytes of 0xff (the reduction interval).
	big := make([]byte, 100000)
	for i := range big {
		big[i] = 0xff
	}
	fmt.Println(adler32.Checksum(big), crc32.ChecksumIEEE(big))
	var h32 hash.Hash32 = adler32.New()
	h32.Write(big[:5553])
	h32.Write(big[5553:])
	fmt.Println(h32.Sum32())
}
