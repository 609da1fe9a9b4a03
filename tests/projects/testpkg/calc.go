// Package calc is a small package with tests, benchmarks and examples.
package calc

import "errors"

// ErrDivZero is returned by Div.
var ErrDivZero = errors.New("calc: division by zero")

// Add adds.
func Add(a, b int) int { return a + b }

// Div divides.
func Div(a, b int) (int, error) {
	if b == 0 {
		return 0, ErrDivZero
	}
	return a / b, nil
}

// Sum adds up xs.
func Sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func double(x int) int { return 2 * x }
