// Deferred print/println (stderr) with Go's formats; arguments are evaluated at the defer.
package main

func main() {
	x := 1.5
	defer println("println:", 7, -3, true, "s", x)
	defer print("print:", 7, -3, true, "s", x, "\n")
	var u8 uint8 = 200
	var i64 int64 = -1 << 40
	defer println(u8, i64, 'a', 1e100, -0.25)
	x = 2.5
	println("body first, x =", x)
}
