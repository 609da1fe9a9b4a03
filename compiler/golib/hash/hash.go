// Package hash: Go 1.19's hash interfaces (Hash, Hash32, Hash64), which hash/crc32,
// hash/fnv, hash/adler32, crypto/sha256 and crypto/md5 implement.
package hash

import "io"

// Hash is the interface of every hash function. Write never fails; Sum appends the current
// hash to b without changing the state.
type Hash interface {
	io.Writer
	Sum(b []byte) []byte
	Reset()
	Size() int
	BlockSize() int
}

// Hash32 is a Hash whose value is also a uint32.
type Hash32 interface {
	Hash
	Sum32() uint32
}

// Hash64 is a Hash whose value is also a uint64.
type Hash64 interface {
	Hash
	Sum64() uint64
}
