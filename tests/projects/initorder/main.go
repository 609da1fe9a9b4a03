package main

import "example.com/initorder/z"
import "example.com/initorder/a"
import "fmt"

var M = a.V + z.V

func init() { fmt.Println("init main", M) }

func main() { fmt.Println("main", a.V2) }
