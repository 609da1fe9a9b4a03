package main

func arr() [3]int { return [3]int{} }

func main() {
	_ = [4]int{1, 2, 3, 4}[:] // ERROR "invalid operation: [4]int{…} (value of type [4]int) (slice of unaddressable value)"
	_ = arr()[1:]             // ERROR "invalid operation: arr() (value of type [3]int) (slice of unaddressable value)"
}
