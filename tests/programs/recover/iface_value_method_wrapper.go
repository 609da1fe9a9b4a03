// recover in a value-receiver method deferred through an interface: the receiver wrapper the
// compiler generates between the deferred call and the method is transparent to recover, as
// Go's wrappers are (a miscompile found by Go's test/recover.go).
package main

type I interface{ M() }
type T2 uintptr

func (T2) M() {
	println("recovered:", recover() != nil)
}

type T3 struct{ a, b, c int }

func (T3) M() {
	println("recovered T3:", recover() != nil)
}

func test10() {
	var i I = T2(0)
	defer i.M()
	panic(10)
}

func test11() {
	var i I = T3{}
	defer i.M()
	panic(11)
}

func main() {
	test10()
	test11()
}
