// Package adler32: Go 1.19's hash/adler32, all of it (Size, Checksum, New; the digest's
// MarshalBinary and UnmarshalBinary), written for deferc.
package adler32

import (
	"errors"
	"hash"
)

const (
	mod = 65521 // the largest prime below 2^16
	// nmax is the most bytes whose sums cannot overflow 32 bits before reducing:
	// 255*n*(n+1)/2 + (n+1)*(mod-1) < 2^32.
	nmax = 5552
)

// Size is the size of an Adler-32 checksum in bytes.
const Size = 4

// digest is s2<<16 | s1.
type digest uint32

// New returns a hash.Hash32 computing the Adler-32 checksum; Sum appends it big-endian.
func New() hash.Hash32 {
	d := new(digest)
	d.Reset()
	return d
}

func (d *digest) Reset()         { *d = 1 }
func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 4 }
func (d *digest) Sum32() uint32  { return uint32(*d) }

func update(d digest, p []byte) digest {
	s1, s2 := uint32(d&0xffff), uint32(d>>16)
	for len(p) > 0 {
		q := p
		if len(q) > nmax {
			q = q[:nmax]
		}
		p = p[len(q):]
		for _, b := range q {
			s1 += uint32(b)
			s2 += s1
		}
		s1 %= mod
		s2 %= mod
	}
	return digest(s2<<16 | s1)
}

func (d *digest) Write(p []byte) (int, error) {
	*d = update(*d, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	s := uint32(*d)
	return append(in, byte(s>>24), byte(s>>16), byte(s>>8), byte(s))
}

// Checksum is the Adler-32 checksum of data.
func Checksum(data []byte) uint32 { return uint32(update(1, data)) }

const magic = "adl\x01"

func (d *digest) MarshalBinary() ([]byte, error) {
	s := uint32(*d)
	b := make([]byte, 0, len(magic)+4)
	b = append(b, magic...)
	return append(b, byte(s>>24), byte(s>>16), byte(s>>8), byte(s)), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/adler32: invalid hash state identifier")
	}
	if len(b) != len(magic)+4 {
		return errors.New("hash/adler32: invalid hash state size")
	}
	*d = digest(uint32(b[4])<<24 | uint32(b[5])<<16 | uint32(b[6])<<8 | uint32(b[7]))
	return nil
}
