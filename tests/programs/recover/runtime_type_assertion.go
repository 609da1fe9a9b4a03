// A failed single-result type assertion on a recovered value is itself a recoverable runtime
// panic ("interface conversion: ..."); the comma-ok form never panics.
package main

import "fmt"

type MyInt int

func catch(f func()) (r interface{}) {
	defer func() { r = recover() }()
	f()
	return nil
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Println(name+":", r)
		fmt.Printf("  %v | %T\n", r, r)
	}()
	f()
}

func main() {
	s := catch(func() { panic("a string") })
	m := catch(func() { panic(MyInt(3)) })
	none := catch(func() {})
	try("string as int", func() { fmt.Println(s.(int)) })
	try("int value as string", func() { fmt.Println(catch(func() { panic(5) }).(string)) })
	try("MyInt as int", func() { fmt.Println(m.(int)) })
	try("nil as int", func() { fmt.Println(none.(int)) })
	try("string as string", func() { fmt.Println(s.(string)) })
	v, ok := m.(int)
	fmt.Println("comma-ok:", v, ok)
	w, ok := none.(string)
	fmt.Printf("comma-ok on nil: %q %v\n", w, ok)
}
