package main

import "fmt"

var x = f()

func f() int { fmt.Println("var init"); return 1 }

func init() { fmt.Println("init 1", x); x++ }

func init() { fmt.Println("init 2", x) }

func main() { fmt.Println("main", x) }
