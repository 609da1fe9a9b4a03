package main

import "fmt"

func init() { fmt.Println("init main (later.go)") }
