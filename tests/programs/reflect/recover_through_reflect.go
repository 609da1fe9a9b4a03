// recover in a method called through reflect: a method value from Value.Method and a method
// expression from Type.Method, each deferred; reflect's frames are transparent to recover.
package main

import "reflect"

type I interface{ M() }
type T2 uintptr

func (T2) M() {
	println("recovered:", recover() != nil)
}

func test10() {
	var i I = T2(0)
	defer i.M()
	panic(10)
}

func test10reflect1() {
	f := reflect.ValueOf(T2(0)).Method(0).Interface().(func())
	defer f()
	panic(10)
}

func test10reflect2() {
	f := reflect.TypeOf(T2(0)).Method(0).Func.Interface().(func(T2))
	defer f(T2(0))
	panic(10)
}

func main() {
	test10()
	test10reflect1()
	test10reflect2()
}
