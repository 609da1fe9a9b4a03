// Go 1.19: an unrecovered panic(nil) prints "panic: nil".
package main

import "fmt"

func main() {
	defer fmt.Println("deferred")
	panic(nil)
}
