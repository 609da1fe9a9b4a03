// Command testmain greets; its tests live in package main, with a TestMain.
package main

import (
	"fmt"
	"os"

	"example.com/testmain/greet"
)

func main() {
	fmt.Println(greet.Hello(name()))
}

func name() string {
	if n := os.Getenv("GREET_NAME"); n != "" {
		return n
	}
	return "world"
}
