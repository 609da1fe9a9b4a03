package main

import (
	"errors"
	"fmt"
)

func main() {
	i := 42
	neg := -7
	var u8 uint8 = 200
	f := 3.14159
	s := "héllo"
	b := true
	r := 'λ'
	arr := [3]int{1, 2, 3}
	err := errors.New("bad thing")
	fmt.Printf("%v %v %v %v %v %v %v\n", i, neg, u8, f, s, b, r)
	fmt.Printf("%+v %+v %+d\n", i, arr, i)
	fmt.Printf("%d %d %d %d\n", i, neg, u8, r)
	fmt.Printf("%s|%q|%v\n", s, s, err)
	fmt.Printf("%x %X %x %X %x\n", 255, 255, -255, "hi", "héllo")
	fmt.Printf("%o %b %#x %#o %#v\n", 8, 5, 255, 8, 42)
	fmt.Printf("%t %t\n", b, !b)
	fmt.Printf("%c%c%c %U\n", 'G', 'o', r, r)
	fmt.Printf("%q %q\n", 'x', r)
	fmt.Printf("%T %T %T %T %T %T %T %T %T\n", i, u8, f, s, b, r, arr, err, &i)
	fmt.Printf("%f %.2f %.0f %e %E %g %G\n", f, f, f, f, f, f, 1e21)
	fmt.Printf("%g %g %g %g %v %v\n", 100000.0, 1000000.0, 1e-5, 0.0001, 1e20, 1e21)
	fmt.Printf("100%% %d%%\n", 5)
	fmt.Printf("%v %d\n", arr, arr)
	fmt.Printf("%s %v\n", [2]string{"a", "b"}, [2]bool{true, false})
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%z\n", 1)
	fmt.Printf("%x %X\n", uint8(171), -1)
	fmt.Printf("%v %.3v %10.4v|\n", 2.0/3, 2.0/3, 2.0/3)
	fmt.Printf("%08.3f|%-8.2f|%+.1f\n", -3.14159, 2.5, 2.25)
	var e error
	fmt.Printf("%v\n", e)
}
