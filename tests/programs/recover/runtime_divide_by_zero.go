// Integer division and remainder by zero are recoverable runtime errors for every integer type;
// floating-point division by zero is not a panic; MinInt64 / -1 wraps without panicking.
package main

import "fmt"

func try(name string, f func() string) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
			fmt.Printf("  %%v: %v\n  %%T: %T\n", r, r)
			fmt.Println("  Sprint:", fmt.Sprint(r))
		}
	}()
	fmt.Println(name, "=", f())
}

func main() {
	zero := 0
	var z8 int8
	var zu uint64
	var z32 uint32
	var fz float64
	min := int64(-1) << 63
	minus1 := int64(-1)
	try("7/0", func() string { return fmt.Sprint(7 / zero) })
	try("7%0", func() string { return fmt.Sprint(7 % zero) })
	try("int8", func() string { return fmt.Sprint(int8(100) / z8) })
	try("uint64", func() string { return fmt.Sprint(uint64(1) % zu) })
	try("uint32 op-assign", func() string {
		x := uint32(5)
		x /= z32
		return fmt.Sprint(x)
	})
	try("float", func() string { return fmt.Sprint(1.5/fz, -1/fz) })
	try("MinInt64/-1", func() string { return fmt.Sprint(min/minus1, min%minus1) })
}
