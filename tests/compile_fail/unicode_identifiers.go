package main

import "fmt"

// Identifiers are made of unicode.IsLetter letters and unicode.IsDigit digits by Go 1.19's
// Unicode 13 tables: U+A7C0 is a letter only since Unicode 14, and U+00B2 is a number (No)
// but not a decimal digit.
func main() {
	aꟀ := 1   // ERROR "invalid character U+A7C0 in identifier"
	x² := 2    // ERROR "invalid character U+00B2 '²' in identifier"
	fmt.Println(aꟀ) // ERROR "invalid character U+A7C0 in identifier"
	fmt.Println(x²)  // ERROR "invalid character U+00B2 '²' in identifier"
}
