// Operands that are pointers to named types (Go scans them through reflect): every basic
// kind and named byte slices; floats there take any verb, as in Go. Other operands give
// "type not a pointer" and "can't scan type" errors.
package main

import "fmt"

type (
	Flag    bool
	Count   int
	Small   int8
	Medium  int16
	Code    int32
	Big     int64
	UCount  uint
	Octet   uint8
	Port    uint16
	Addr    uint32
	Huge    uint64
	Ptr     uintptr
	Celsius float64
	Ratio   float32
	Name    string
	Blob    []byte
	MyByte  byte
	Bytes2  []MyByte
	Words   []string
	Pair    struct{ A, B int }
	Lookup  map[string]int
	Count2  Count
)

func report(what string, n int, err error, vals ...any) {
	fmt.Printf("%-14s n=%d err=%v", what, n, err)
	for _, v := range vals {
		fmt.Printf(" %T:%v", v, v)
	}
	fmt.Println()
}

func main() {
	var (
		f   Flag
		c   Count
		s   Small
		m   Medium
		cd  Code
		b   Big
		uc  UCount
		o   Octet
		p   Port
		a   Addr
		h   Huge
		up  Ptr
		cel Celsius
		r   Ratio
		nm  Name
		bl  Blob
		b2  Bytes2
		c2  Count2
	)
	n, err := fmt.Sscan("true -5 -128 300 0x41 9000000000 7 255 8080 0b1010 18446744073709551615 0o17 36.6 0.25 gopher blob! bytes 0x10",
		&f, &c, &s, &m, &cd, &b, &uc, &o, &p, &a, &h, &up, &cel, &r, &nm, &bl, &b2, &c2)
	report("all", n, err, f, c, s, m, cd, b, uc, o, p, a, h, up, cel, r, nm, string(bl), len(b2), c2)

	n, err = fmt.Sscan("128", &s)
	report("int8 overflow", n, err, s)
	n, err = fmt.Sscan("256", &o)
	report("uint8 overflow", n, err, o)
	n, err = fmt.Sscan("-1", &uc)
	report("uint negative", n, err, uc)
	n, err = fmt.Sscan("x", &c)
	report("not a number", n, err, c)
	n, err = fmt.Sscan("1e400", &cel)
	report("float range", n, err, cel)
	n, err = fmt.Sscan("yes", &f)
	report("bool", n, err, f)

	n, err = fmt.Sscanf("A é", "%c %c", &cd, &o)
	report("%c", n, err, cd, o)
	n, err = fmt.Sscanf("ff", "%x", &p)
	report("%x", n, err, p)
	n, err = fmt.Sscanf("12", "%s", &c)
	report("%s on int", n, err, c)
	n, err = fmt.Sscanf("2.5", "%d", &cel)
	report("%d on float", n, err, cel)
	n, err = fmt.Sscanf("1.5", "%s", &r)
	report("%s on float32", n, err, r)
	n, err = fmt.Sscanf("true", "%d", &f)
	report("%d on bool", n, err, f)
	n, err = fmt.Sscanf(`"quoted name"`, "%q", &nm)
	report("%q", n, err, nm)
	n, err = fmt.Sscanf("414243", "%x", &bl)
	report("%x blob", n, err, string(bl))
	n, err = fmt.Sscanf("x", "%d", &nm)
	report("%d on string", n, err, nm)
	n, err = fmt.Sscanf("123456", "%3v%v", &c, &b)
	report("widths", n, err, c, b)

	var i int
	n, err = fmt.Sscan("5", i)
	report("int value", n, err)
	n, err = fmt.Sscan("5", c)
	report("Count value", n, err)
	n, err = fmt.Sscan("5", "str")
	report("string value", n, err)
	var w Words
	n, err = fmt.Sscan("5", &w)
	report("[]string", n, err)
	var pr Pair
	n, err = fmt.Sscan("5", &pr)
	report("struct", n, err)
	var lk Lookup
	n, err = fmt.Sscan("5", &lk)
	report("map", n, err)
	var ip *int
	n, err = fmt.Sscan("5", &ip)
	report("**int", n, err)
	var anyv any
	n, err = fmt.Sscan("5", &anyv)
	report("*any", n, err)
	var ints []int
	n, err = fmt.Sscan("5", &ints)
	report("*[]int", n, err)
	var arr [2]byte
	n, err = fmt.Sscan("5", &arr)
	report("*[2]byte", n, err)
	var fn func()
	n, err = fmt.Sscan("5", &fn)
	report("*func", n, err)
	var ch chan int
	n, err = fmt.Sscan("5", &ch)
	report("*chan", n, err)

	// A nil pointer to a named type is not settable: an error (a nil *int panics).
	var nc *Count
	n, err = fmt.Sscan("5", nc)
	report("nil *Count", n, err)
	var nb *Blob
	n, err = fmt.Sscan("5", nb)
	report("nil *Blob", n, err)
	func() {
		defer func() { fmt.Println("nil *int:", recover()) }()
		var np *int
		fmt.Sscan("5", np)
	}()
	// The error comes before any input is read, and ends the scan.
	n, err = fmt.Sscan("1 2", &c, i, &b)
	report("mixed", n, err, c, b)
	n, err = fmt.Sscan("", i)
	report("empty input", n, err)
}
