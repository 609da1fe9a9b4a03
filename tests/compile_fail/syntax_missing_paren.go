package main

import "fmt"

func main() {
	fmt.Println("x" // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or )"
}
