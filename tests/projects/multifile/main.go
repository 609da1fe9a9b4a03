package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	fmt.Println("args:", strings.Join(os.Args[1:], " "))
	s := newStack()
	for _, w := range strings.Fields("to be or not to be") {
		s.push(w)
	}
	fmt.Println(s.len(), s.pop(), s.pop(), total)
	fmt.Println(describe(s))
}
