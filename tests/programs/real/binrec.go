// binrec: encodes sensor records to a binary format with encoding/binary and crc32, then hex-dumps, base64s, hashes and decodes them.
package main

import (
	"bytes"
	"crypto/md5"
	"crypto/sha256"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"math"
)

const magic = 0x53454E53 // "SENS"

type Record struct {
	ID       uint32
	Sensor   string
	Celsius  float64
	Flags    uint8
	Readings []int64
}

var ErrChecksum = errors.New("checksum mismatch")
var ErrMagic = errors.New("bad magic")

// Encode writes: magic(BE u32) | id(LE u32) | len(uvarint)+sensor | celsius(BE f64 bits)
// | flags(u8) | count(uvarint) | readings(varint each) | crc32(BE u32) over everything before it.
func Encode(r Record) []byte {
	var buf bytes.Buffer
	var tmp [binary.MaxVarintLen64]byte

	binary.Write(&buf, binary.BigEndian, uint32(magic))
	binary.Write(&buf, binary.LittleEndian, r.ID)
	n := binary.PutUvarint(tmp[:], uint64(len(r.Sensor)))
	buf.Write(tmp[:n])
	buf.WriteString(r.Sensor)
	var f [8]byte
	binary.BigEndian.PutUint64(f[:], math.Float64bits(r.Celsius))
	buf.Write(f[:])
	buf.WriteByte(r.Flags)
	n = binary.PutUvarint(tmp[:], uint64(len(r.Readings)))
	buf.Write(tmp[:n])
	for _, v := range r.Readings {
		n = binary.PutVarint(tmp[:], v)
		buf.Write(tmp[:n])
	}
	sum := crc32.ChecksumIEEE(buf.Bytes())
	var c [4]byte
	binary.BigEndian.PutUint32(c[:], sum)
	buf.Write(c[:])
	return buf.Bytes()
}

func Decode(data []byte) (Record, error) {
	var r Record
	if len(data) < 8 {
		return r, io.ErrUnexpectedEOF
	}
	body, trailer := data[:len(data)-4], data[len(data)-4:]
	if got, want := crc32.ChecksumIEEE(body), binary.BigEndian.Uint32(trailer); got != want {
		return r, fmt.Errorf("%w: computed %08x, stored %08x", ErrChecksum, got, want)
	}
	rd := bytes.NewReader(body)
	var m uint32
	if err := binary.Read(rd, binary.BigEndian, &m); err != nil {
		return r, fmt.Errorf("magic: %w", err)
	}
	if m != magic {
		return r, fmt.Errorf("%w: %#x", ErrMagic, m)
	}
	if err := binary.Read(rd, binary.LittleEndian, &r.ID); err != nil {
		return r, fmt.Errorf("id: %w", err)
	}
	slen, err := binary.ReadUvarint(rd)
	if err != nil {
		return r, fmt.Errorf("sensor length: %w", err)
	}
	name := make([]byte, slen)
	if _, err := io.ReadFull(rd, name); err != nil {
		return r, fmt.Errorf("sensor name: %w", err)
	}
	r.Sensor = string(name)
	var bits uint64
	if err := binary.Read(rd, binary.BigEndian, &bits); err != nil {
		return r, fmt.Errorf("celsius: %w", err)
	}
	r.Celsius = math.Float64frombits(bits)
	if r.Flags, err = rd.ReadByte(); err != nil {
		return r, fmt.Errorf("flags: %w", err)
	}
	count, err := binary.ReadUvarint(rd)
	if err != nil {
		return r, fmt.Errorf("count: %w", err)
	}
	for i := uint64(0); i < count; i++ {
		v, err := binary.ReadVarint(rd)
		if err != nil {
			return r, fmt.Errorf("reading %d: %w", i, err)
		}
		r.Readings = append(r.Readings, v)
	}
	if rd.Len() != 0 {
		return r, fmt.Errorf("%d trailing bytes", rd.Len())
	}
	return r, nil
}

func equal(a, b Record) bool {
	if a.ID != b.ID || a.Sensor != b.Sensor || a.Celsius != b.Celsius || a.Flags != b.Flags || len(a.Readings) != len(b.Readings) {
		return false
	}
	for i := range a.Readings {
		if a.Readings[i] != b.Readings[i] {
			return false
		}
	}
	return true
}

func main() {
	recs := []Record{
		{ID: 1, Sensor: "boiler-room", Celsius: 71.25, Flags: 0b101, Readings: []int64{0, 1, -1, 63, -64, 64, 300}},
		{ID: 0xCAFE, Sensor: "außen", Celsius: -12.5, Flags: 0, Readings: nil},
		{ID: math.MaxUint32, Sensor: "", Celsius: math.Inf(1), Flags: 0xFF, Readings: []int64{math.MaxInt64, math.MinInt64}},
	}
	var stream bytes.Buffer
	for _, r := range recs {
		enc := Encode(r)
		fmt.Printf("record %d: %d bytes, flags=%08b\n", r.ID, len(enc), r.Flags)
		fmt.Print(hex.Dump(enc))
		b64 := base64.StdEncoding.EncodeToString(enc)
		fmt.Println("base64:", b64)
		raw, err := base64.StdEncoding.DecodeString(b64)
		if err != nil {
			fmt.Println("base64 decode failed:", err)
			continue
		}
		dec, err := Decode(raw)
		fmt.Printf("decoded: %+v err=%v roundtrip=%t\n", dec, err, equal(r, dec))
		binary.Write(&stream, binary.BigEndian, uint16(len(enc)))
		stream.Write(enc)
	}

	fmt.Println("--- corruption checks ---")
	good := Encode(recs[0])
	bad := append([]byte(nil), good...)
	bad[9] ^= 0x20
	_, err := Decode(bad)
	fmt.Printf("flipped bit: %v (checksum error: %t)\n", err, errors.Is(err, ErrChecksum))
	_, err = Decode(good[:5])
	fmt.Printf("truncated: %v (unexpected EOF: %t)\n", err, errors.Is(err, io.ErrUnexpectedEOF))
	wrong := append([]byte(nil), good[:len(good)-4]...)
	wrong[0] = 'X'
	wrong = binary.BigEndian.AppendUint32(wrong, crc32.ChecksumIEEE(wrong))
	_, err = Decode(wrong)
	fmt.Printf("bad magic: %v (magic error: %t)\n", err, errors.Is(err, ErrMagic))

	fmt.Println("--- stream ---")
	all := stream.Bytes()
	fmt.Printf("stream: %d bytes, crc32=%08x castagnoli=%08x\n", len(all),
		crc32.ChecksumIEEE(all), crc32.Checksum(all, crc32.MakeTable(crc32.Castagnoli)))
	fmt.Printf("sha256: %x\n", sha256.Sum256(all))
	fmt.Printf("md5:    %x\n", md5.Sum(all))
	h := sha256.New()
	for off := 0; off < len(all); {
		size := int(binary.BigEndian.Uint16(all[off:]))
		h.Write(all[off+2 : off+2+size])
		off += 2 + size
	}
	fmt.Println("sha256 of payloads only:", hex.EncodeToString(h.Sum(nil))[:32]+"...")
	fmt.Println("url-safe base64 of md5:", base64.RawURLEncoding.EncodeToString(func() []byte { s := md5.Sum(all); return s[:] }()))
	if _, err := hex.DecodeString("abc"); err != nil {
		fmt.Println("hex decode error:", err)
	}
}
