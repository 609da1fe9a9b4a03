// Slice bounds out of range when slicing arrays and strings with variable bounds: [:hi], [lo:],
// [lo:hi] and the 3-index forms on arrays, with Go's messages.
package main

import "fmt"

func try(name string, f func() int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name+":", r)
			fmt.Printf("  %T\n", r)
		}
	}()
	fmt.Println(name, "ok, len", f())
}

func main() {
	var a [3]int
	s := "abc"
	zero, one, two, three, four, five, neg := 0, 1, 2, 3, 4, 5, -1
	try("a[:3]", func() int { return len(a[:three]) })
	try("a[:5]", func() int { return len(a[:five]) })
	try("a[4:]", func() int { return len(a[four:]) })
	try("a[2:1]", func() int { return len(a[two:one]) })
	try("a[-1:]", func() int { return len(a[neg:]) })
	try("a[:-1]", func() int { return len(a[:neg]) })
	try("s[:4]", func() int { return len(s[:four]) })
	try("s[4:]", func() int { return len(s[four:]) })
	try("s[2:1]", func() int { return len(s[two:one]) })
	try("s[1:4]", func() int { return len(s[one:four]) })
	try("s[3:]", func() int { return len(s[three:]) })
	try("a[0:2:3]", func() int { return cap(a[zero:two:three]) })
	try("a[0:2:5]", func() int { return cap(a[zero:two:five]) })
	try("a[0:3:2]", func() int { return cap(a[zero:three:two]) })
	try("a[2:1:3]", func() int { return cap(a[two:one:three]) })
	try("a[:4:4]", func() int { return cap(a[:four:four]) })
}
