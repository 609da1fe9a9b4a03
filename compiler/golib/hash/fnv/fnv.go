// Package fnv: Go 1.19's hash/fnv, all of it (New32, New32a, New64, New64a, New128,
// New128a; each hash's MarshalBinary and UnmarshalBinary), written for deferc. The hashes have
// Go's type names (*fnv.sum32, ...), so %T prints what Go prints.
package fnv

import (
	"errors"
	"hash"
)

type (
	sum32   uint32
	sum32a  uint32
	sum64   uint64
	sum64a  uint64
	sum128  [2]uint64 // high word, low word
	sum128a [2]uint64
)

const (
	offset32        = 2166136261
	offset64        = 14695981039346656037
	offset128Lower  = 0x62b821756295c58d
	offset128Higher = 0x6c62272e07bb0142
	prime32         = 16777619
	prime64         = 1099511628211
	// The 128-bit prime is 2^88 + 0x13b.
	prime128Lower = 0x13b
	prime128Shift = 24
)

// New32 returns a 32-bit FNV-1 hash.
func New32() hash.Hash32 {
	var s sum32 = offset32
	return &s
}

// New32a returns a 32-bit FNV-1a hash.
func New32a() hash.Hash32 {
	var s sum32a = offset32
	return &s
}

// New64 returns a 64-bit FNV-1 hash.
func New64() hash.Hash64 {
	var s sum64 = offset64
	return &s
}

// New64a returns a 64-bit FNV-1a hash.
func New64a() hash.Hash64 {
	var s sum64a = offset64
	return &s
}

// New128 returns a 128-bit FNV-1 hash.
func New128() hash.Hash {
	s := sum128{offset128Higher, offset128Lower}
	return &s
}

// New128a returns a 128-bit FNV-1a hash.
func New128a() hash.Hash {
	s := sum128a{offset128Higher, offset128Lower}
	return &s
}

func (s *sum32) Reset()   { *s = offset32 }
func (s *sum32a) Reset()  { *s = offset32 }
func (s *sum64) Reset()   { *s = offset64 }
func (s *sum64a) Reset()  { *s = offset64 }
func (s *sum128) Reset()  { *s = sum128{offset128Higher, offset128Lower} }
func (s *sum128a) Reset() { *s = sum128a{offset128Higher, offset128Lower} }

func (s *sum32) Sum32() uint32  { return uint32(*s) }
func (s *sum32a) Sum32() uint32 { return uint32(*s) }
func (s *sum64) Sum64() uint64  { return uint64(*s) }
func (s *sum64a) Sum64() uint64 { return uint64(*s) }

func (s *sum32) Size() int   { return 4 }
func (s *sum32a) Size() int  { return 4 }
func (s *sum64) Size() int   { return 8 }
func (s *sum64a) Size() int  { return 8 }
func (s *sum128) Size() int  { return 16 }
func (s *sum128a) Size() int { return 16 }

func (s *sum32) BlockSize() int   { return 1 }
func (s *sum32a) BlockSize() int  { return 1 }
func (s *sum64) BlockSize() int   { return 1 }
func (s *sum64a) BlockSize() int  { return 1 }
func (s *sum128) BlockSize() int  { return 1 }
func (s *sum128a) BlockSize() int { return 1 }

func (s *sum32) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h = h*prime32 ^ sum32(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum32a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h = (h ^ sum32a(c)) * prime32
	}
	*s = h
	return len(data), nil
}

func (s *sum64) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h = h*prime64 ^ sum64(c)
	}
	*s = h
	return len(data), nil
}

func (s *sum64a) Write(data []byte) (int, error) {
	h := *s
	for _, c := range data {
		h = (h ^ sum64a(c)) * prime64
	}
	*s = h
	return len(data), nil
}

// mulPrime128 is (hi, lo) * (2^88 + 0x13b) mod 2^128.
func mulPrime128(hi, lo uint64) (uint64, uint64) {
	// The full product of lo and 0x13b, from 32-bit halves.
	l0, l1 := lo&0xffffffff, lo>>32
	p0 := l0 * prime128Lower
	p1 := l1*prime128Lower + p0>>32
	nlo := p1<<32 | p0&0xffffffff
	carry := p1 >> 32
	nhi := carry + lo<<prime128Shift + prime128Lower*hi
	return nhi, nlo
}

func (s *sum128) Write(data []byte) (int, error) {
	for _, c := range data {
		s[0], s[1] = mulPrime128(s[0], s[1])
		s[1] ^= uint64(c)
	}
	return len(data), nil
}

func (s *sum128a) Write(data []byte) (int, error) {
	for _, c := range data {
		s[1] ^= uint64(c)
		s[0], s[1] = mulPrime128(s[0], s[1])
	}
	return len(data), nil
}

func put32(b []byte, v uint32) []byte {
	return append(b, byte(v>>24), byte(v>>16), byte(v>>8), byte(v))
}

func put64(b []byte, v uint64) []byte {
	return put32(put32(b, uint32(v>>32)), uint32(v))
}

// get is the big-endian value of b (at most 8 bytes).
func get(b []byte) uint64 {
	var v uint64
	for _, c := range b {
		v = v<<8 | uint64(c)
	}
	return v
}

func (s *sum32) Sum(in []byte) []byte   { return put32(in, uint32(*s)) }
func (s *sum32a) Sum(in []byte) []byte  { return put32(in, uint32(*s)) }
func (s *sum64) Sum(in []byte) []byte   { return put64(in, uint64(*s)) }
func (s *sum64a) Sum(in []byte) []byte  { return put64(in, uint64(*s)) }
func (s *sum128) Sum(in []byte) []byte  { return put64(put64(in, s[0]), s[1]) }
func (s *sum128a) Sum(in []byte) []byte { return put64(put64(in, s[0]), s[1]) }

// A marshaled state is "fnv" and a kind byte, then the hash as Sum appends it.
func marshal(kind byte, size int, sum func([]byte) []byte) ([]byte, error) {
	b := make([]byte, 0, 4+size)
	b = append(b, 'f', 'n', 'v', kind)
	return sum(b), nil
}

// unmarshal checks b's header and size and returns the state bytes.
func unmarshal(b []byte, kind byte, size int) ([]byte, error) {
	if len(b) < 4 || string(b[:4]) != "fnv"+string(rune(kind)) {
		return nil, errors.New("hash/fnv: invalid hash state identifier")
	}
	if len(b) != 4+size {
		return nil, errors.New("hash/fnv: invalid hash state size")
	}
	return b[4:], nil
}

func (s *sum32) MarshalBinary() ([]byte, error)   { return marshal(1, 4, s.Sum) }
func (s *sum32a) MarshalBinary() ([]byte, error)  { return marshal(2, 4, s.Sum) }
func (s *sum64) MarshalBinary() ([]byte, error)   { return marshal(3, 8, s.Sum) }
func (s *sum64a) MarshalBinary() ([]byte, error)  { return marshal(4, 8, s.Sum) }
func (s *sum128) MarshalBinary() ([]byte, error)  { return marshal(5, 16, s.Sum) }
func (s *sum128a) MarshalBinary() ([]byte, error) { return marshal(6, 16, s.Sum) }

func (s *sum32) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 1, 4)
	if err == nil {
		*s = sum32(get(v))
	}
	return err
}

func (s *sum32a) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 2, 4)
	if err == nil {
		*s = sum32a(get(v))
	}
	return err
}

func (s *sum64) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 3, 8)
	if err == nil {
		*s = sum64(get(v[:8]))
	}
	return err
}

func (s *sum64a) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 4, 8)
	if err == nil {
		*s = sum64a(get(v[:8]))
	}
	return err
}

func (s *sum128) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 5, 16)
	if err == nil {
		s[0], s[1] = get(v[:8]), get(v[8:])
	}
	return err
}

func (s *sum128a) UnmarshalBinary(b []byte) error {
	v, err := unmarshal(b, 6, 16)
	if err == nil {
		s[0], s[1] = get(v[:8]), get(v[8:])
	}
	return err
}
