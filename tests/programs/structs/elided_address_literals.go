package main

import (
	"fmt"
)

type P struct{ X, Y int }


func main() {
	ps := []*P{{1, 2}, {3, 4}}
	m := map[string]*P{"a": {5, 6}}
	arr := [2]*[]int{{1}, {2, 3}}
	fmt.Println(*ps[0], *ps[1], *m["a"], *arr[1])
}
