// Package crc32: Go 1.19's hash/crc32, all of it (Size, IEEE, Castagnoli, Koopman, Table,
// IEEETable, MakeTable, New, NewIEEE, Update, Checksum, ChecksumIEEE; the digest's
// MarshalBinary and UnmarshalBinary), written for deferc. Tables are computed when made
// (IEEETable at start-up, Castagnoli's once on first use, as Go caches it), and every
// polynomial is updated a byte at a time: Go's sliced and hardware paths give the same values.
package crc32

import (
	"errors"
	"hash"
)

// Size is the size of a CRC-32 checksum in bytes.
const Size = 4

// Predefined polynomials, reversed.
const (
	IEEE       = 0xedb88320
	Castagnoli = 0x82f63b78
	Koopman    = 0xeb31d82e
)

// Table is the 256-word table of a polynomial.
type Table [256]uint32

// IEEETable is the table of the IEEE polynomial.
var IEEETable = makeTable(IEEE)

// castagnoliTable is made on the first MakeTable(Castagnoli), which then always returns it.
var castagnoliTable *Table

func makeTable(poly uint32) *Table {
	t := new(Table)
	for i := range t {
		c := uint32(i)
		for k := 0; k < 8; k++ {
			if c&1 != 0 {
				c = c>>1 ^ poly
			} else {
				c >>= 1
			}
		}
		t[i] = c
	}
	return t
}

// MakeTable returns the table of poly (IEEETable for IEEE; one shared table for Castagnoli).
func MakeTable(poly uint32) *Table {
	switch poly {
	case IEEE:
		return IEEETable
	case Castagnoli:
		if castagnoliTable == nil {
			castagnoliTable = makeTable(Castagnoli)
		}
		return castagnoliTable
	}
	return makeTable(poly)
}

// Update returns the CRC of crc's input followed by p.
func Update(crc uint32, tab *Table, p []byte) uint32 {
	crc = ^crc
	for _, b := range p {
		crc = tab[byte(crc)^b] ^ crc>>8
	}
	return ^crc
}

// Checksum is the CRC of data with tab.
func Checksum(data []byte, tab *Table) uint32 { return Update(0, tab, data) }

// ChecksumIEEE is the IEEE CRC of data.
func ChecksumIEEE(data []byte) uint32 { return Update(0, IEEETable, data) }

type digest struct {
	crc uint32
	tab *Table
}

// New returns a hash.Hash32 computing the CRC-32 with tab; Sum appends it big-endian.
func New(tab *Table) hash.Hash32 { return &digest{0, tab} }

// NewIEEE returns a hash.Hash32 computing the IEEE CRC-32.
func NewIEEE() hash.Hash32 { return New(IEEETable) }

func (d *digest) Size() int      { return Size }
func (d *digest) BlockSize() int { return 1 }
func (d *digest) Reset()         { d.crc = 0 }
func (d *digest) Sum32() uint32  { return d.crc }

func (d *digest) Write(p []byte) (int, error) {
	d.crc = Update(d.crc, d.tab, p)
	return len(p), nil
}

func (d *digest) Sum(in []byte) []byte {
	return putUint32(in, d.crc)
}

const magic = "crc\x01"

func putUint32(b []byte, x uint32) []byte {
	return append(b, byte(x>>24), byte(x>>16), byte(x>>8), byte(x))
}

func getUint32(b []byte) uint32 {
	return uint32(b[0])<<24 | uint32(b[1])<<16 | uint32(b[2])<<8 | uint32(b[3])
}

// tableSum identifies a table in a marshaled state: the IEEE CRC of its words, big-endian.
func tableSum(t *Table) uint32 {
	b := make([]byte, 0, 1024)
	if t != nil {
		for _, x := range t {
			b = putUint32(b, x)
		}
	}
	return ChecksumIEEE(b)
}

// MarshalBinary is the state: magic, the table's sum and the CRC.
func (d *digest) MarshalBinary() ([]byte, error) {
	b := make([]byte, 0, len(magic)+8)
	b = append(b, magic...)
	b = putUint32(b, tableSum(d.tab))
	return putUint32(b, d.crc), nil
}

func (d *digest) UnmarshalBinary(b []byte) error {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return errors.New("hash/crc32: invalid hash state identifier")
	}
	if len(b) != len(magic)+8 {
		return errors.New("hash/crc32: invalid hash state size")
	}
	if tableSum(d.tab) != getUint32(b[4:]) {
		return errors.New("hash/crc32: tables do not match")
	}
	d.crc = getUint32(b[8:])
	return nil
}
