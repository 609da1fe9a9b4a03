package main

func main() {
	var cc complex128
	var c6 complex64
	_ = cc < cc            // ERROR "invalid operation: cc < cc (operator < not defined on complex128)"
	_ = cc % cc            // ERROR "invalid operation: operator % not defined on cc (variable of type complex128)"
	_ = 1i % 2             // ERROR "invalid operation: operator % not defined on 1i (untyped complex constant (0 + 1i))"
	_ = 1i << 2            // ERROR "invalid operation: shifted operand 1i (untyped complex constant (0 + 1i)) must be integer"
	_ = cc + c6            // ERROR "invalid operation: cc + c6 (mismatched types complex128 and complex64)"
	_ = c6 == cc           // ERROR "invalid operation: c6 == cc (mismatched types complex64 and complex128)"
	_ = ^cc                // ERROR "invalid operation: operator ^ not defined on cc (variable of type complex128)"
	_ = (1 + 2i) > 1       // ERROR "invalid operation: (1 + 2i) > 1 (operator > not defined on untyped complex)"
	cc %= 2                // ERROR "invalid operation: operator % not defined on cc (variable of type complex128)"
	_ = complex64(1i) << 2 // ERROR "invalid operation: shifted operand complex64(1i) (constant (0 + 1i) of type complex64) must be integer"
	_ = (2 + 0i) << 1
}
