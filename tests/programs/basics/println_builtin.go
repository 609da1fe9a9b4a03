// The builtin print/println write to stderr in the runtime's own formats.
package main

func main() {
	println("ints", 0, -1, 42, int8(-128), uint64(18446744073709551615))
	println("floats", 1.5, -2.25, 0.0, 1e100, 1e-7, 3.0)
	var z float64
	println("specials", 1/z, -1/z)
	println("bools", true, false)
	println("runes and bytes", 'a', byte('b'))
	println("empty string:", "", "|")
	print("print", "has", "no", "spaces", 1, 2, "\n")
	print(1, 2, 3, "\n")
	print(true, 1.0, "\n")
	var e error
	println(e == nil)
	println("done; a blank line follows, and nothing after it is compared")
	println()
	println("after the blank line")
}
