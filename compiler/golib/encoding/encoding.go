// Package encoding: Go 1.19's interfaces for types that convert themselves to and from bytes
// or text (BinaryMarshaler, BinaryUnmarshaler, TextMarshaler, TextUnmarshaler).
package encoding

// BinaryMarshaler is implemented by values that can encode themselves in binary form.
type BinaryMarshaler interface {
	MarshalBinary() (data []byte, err error)
}

// BinaryUnmarshaler is implemented by values that can decode a binary form of themselves.
type BinaryUnmarshaler interface {
	UnmarshalBinary(data []byte) error
}

// TextMarshaler is implemented by values that can encode themselves as UTF-8 text.
type TextMarshaler interface {
	MarshalText() (text []byte, err error)
}

// TextUnmarshaler is implemented by values that can decode a textual form of themselves.
type TextUnmarshaler interface {
	UnmarshalText(text []byte) error
}
