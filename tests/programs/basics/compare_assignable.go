package main

import "fmt"

// == and != need only one operand assignable to the other's type: a named array, struct or
// channel type compares with a value of its unnamed underlying type.

const Size = 4

type ID [Size]any

type Point struct{ X, Y int }

type Pair struct{ X, Y int }

type Events chan int

func dummy(x int) [Size]any {
	var out [Size]any
	out[0] = x
	return out
}

func get() ID { return dummy(1234) }

func main() {
	a := get()
	fmt.Println(a != dummy(1234), a == dummy(1234), dummy(1) == a, a == dummy(5))

	var p Point = Point{1, 2}
	anon := struct{ X, Y int }{1, 2}
	fmt.Println(p == anon, anon != p, Pair(p) == Pair(anon))

	e := make(Events)
	var c chan int = e
	var r <-chan int = c
	fmt.Println(e == c, c == e, r == c, r == e)

	type Names []string
	var ns Names
	fmt.Println(ns == nil)

	var arr [2]string
	named := [2]string{"a", ""}
	arr[0] = "a"
	type Two [2]string
	fmt.Println(Two(arr) == named, arr == named)
}
