// Unrecovered panic raised inside a generic function (Map[...]) called via another generic function: the program crashes with "panic: ..." and exit status 2.
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		if any(x) == any(0) {
			panic("zero element in Map")
		}
		out = append(out, f(x))
	}
	return out
}

func Process[T ~int](xs []T) []string {
	defer fmt.Println("Process deferred print runs before the crash")
	return Map(xs, func(x T) string { return fmt.Sprint(100 / int(x)) })
}

func main() {
	fmt.Println(Process([]int{1, 2, 5}))
	fmt.Println(Process([]int{4, 0, 2}))
	fmt.Println("not reached")
}
