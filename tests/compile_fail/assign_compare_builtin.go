package main

// Errors Go reports next to valid code fixed alongside: a predeclared type has a name (int is
// not assignable to MyInt), comparisons need one operand assignable to the other and
// comparable types, built-ins count a multi-value argument's values.

type MyInt int

type A [2]int
type B [2]int

func two() (int, int) { return 1, 2 }

func slices() ([]int, []int) { return nil, nil }

func main() {
	i := 1
	var x MyInt = i // ERROR "cannot use i (variable of type int) as type MyInt in variable declaration"
	_ = x
	var a A
	var b B
	_ = a == b // ERROR "mismatched types A and B"
	_ = a == [2]int{}
	var e any
	_ = e == map[int]int{} // ERROR "invalid operation: e == map[int]int{} (map can only be compared to nil)"
	_ = e == [1]func(){}   // ERROR "([1]func() cannot be compared)"
	_ = len(two())         // ERROR "too many arguments for len(two()) (expected 1, found 2)"
	copy(two())            // ERROR "copy expects slice arguments"
	println(two())
	_ = append(two()...) // ERROR "first argument to append must be a slice; have two() (value of type int)"
	_ = append(slices()...) // ERROR "cannot use ... with 2-valued slices()"
}
