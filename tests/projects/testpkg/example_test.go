package calc_test

import (
	"fmt"

	"example.com/testpkg"
)

func ExampleAdd() {
	fmt.Println(calc.Add(1, 2))
	// Output: 3
}

func ExampleSum() {
	fmt.Println(calc.Sum(1, 2, 3))
	fmt.Println("second line")
	// Output:
	// 6
	// second line
}

func ExampleDiv_unordered() {
	for _, x := range []int{3, 1, 2} {
		fmt.Println(x)
	}
	// Unordered output:
	// 1
	// 2
	// 3
}

func ExampleDiv_wrong() {
	fmt.Println("actual")
	// Output: expected
}

func ExampleNoOutput() {
	fmt.Println("not checked: no output comment")
}
