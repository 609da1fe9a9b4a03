// Recovered panic values of several types, printed with Println, %v and %T, compared with ==,
// and taken apart with type assertions to concrete types.
package main

import (
	"errors"
	"fmt"
)

type MyInt int
type MyString string

func catch(f func()) (r interface{}) {
	defer func() {
		r = recover()
	}()
	f()
	return nil
}

func main() {
	vals := [...]func(){
		func() { panic(42) },
		func() { panic("text") },
		func() { panic(2.5) },
		func() { panic(true) },
		func() { panic(errors.New("an error")) },
		func() { panic(fmt.Errorf("code %d", 7)) },
		func() { panic(MyInt(7)) },
		func() { panic(MyString("mine")) },
		func() { panic(int8(-3)) },
		func() { panic(uint(9)) },
		func() { panic(float32(0.25)) },
		func() { panic('x') },
		func() { panic(byte('y')) },
	}
	for i, f := range vals {
		r := catch(f)
		fmt.Println(i, r)
		fmt.Printf("  %v %T\n", r, r)
	}

	r := catch(vals[0])
	fmt.Println(r == 42, r != 42, r == "text", r == MyInt(42), r.(int)+1)
	r = catch(vals[1])
	s, ok := r.(string)
	fmt.Println(s, ok, r == "text")
	n, ok := r.(int)
	fmt.Println(n, ok)
	r = catch(vals[6])
	m, ok := r.(MyInt)
	fmt.Println(m, ok, r == MyInt(7), r == 7)
	r = catch(vals[3])
	fmt.Println(r == true, r.(bool))
	r = catch(vals[2])
	fmt.Println(r == 2.5, r.(float64)*2)
}
