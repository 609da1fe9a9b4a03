package main

import "fmt"

func say(s string) { fmt.Println(s) }

func main() {
	name := "world"
	defer say("hello, " + name + "!")
	defer say(fmt.Sprintf("%s has %d bytes", name, len(name)))
	name = "gopher"
	b := name[0]
	defer fmt.Println(b, string(rune(b)))
	say("now " + name)
}
