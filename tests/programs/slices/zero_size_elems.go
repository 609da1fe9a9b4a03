package main

import "fmt"

type E struct{}

func main() {
	s := make([]E, 3, 10)
	for i := 0; i < 20; i++ {
		s = append(s, E{})
	}
	fmt.Println(len(s), cap(s))
	t := []struct{}{}
	t = append(t, struct{}{}, struct{}{})
	fmt.Println(len(t), cap(t))
	var a [0]int
	u := append([][0]int{}, a, a, a)
	fmt.Println(len(u), cap(u))
	defer func() { fmt.Println(recover()) }()
	n := -1
	_ = make([]E, n)
}
