// An unrecovered re-panic with the recovered value prints the chain with [recovered].
package main

import "fmt"

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r, "and panicking again")
		panic(r)
	}()
	panic("same")
}
