// Three nested panics: "one" runs level1's deferred function, which calls level2; "two" runs
// level2's defers, one of which calls level3, which panics "three". level2's recover gets the
// newest value ("three", which aborted "two"); level2 then returns normally to level1's deferred
// function, and "one" continues until main recovers it.
package main

import "fmt"

func level3() {
	defer fmt.Println("level3 defer")
	panic("three")
}

func level2() {
	defer func() {
		fmt.Println("level2 recovered:", recover())
		fmt.Println("level2 second recover:", recover())
	}()
	defer func() {
		fmt.Println("level2 defer calls level3")
		level3()
		fmt.Println("not reached")
	}()
	panic("two")
}

func level1() {
	defer fmt.Println("level1 last defer")
	defer func() {
		fmt.Println("level1 defer calls level2")
		level2()
		fmt.Println("level2 returned normally")
	}()
	panic("one")
}

func main() {
	defer func() {
		fmt.Println("main recovered:", recover())
	}()
	level1()
	fmt.Println("not reached")
}
