package main

import (
	. "fmt"
	. "strings"
	_ "os"
)

func main() {
	var b Builder
	b.WriteString(ToUpper("dot"))
	Println(b.String(), Repeat("x", 3), Contains("abc", "b"))
}
