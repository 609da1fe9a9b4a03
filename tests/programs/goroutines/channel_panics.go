package main

// The panics of channel operations, recovered: close of nil and closed channels, send on a
// closed channel (also from select), make with a negative size.

import "fmt"

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var nilc chan int
	try("close nil", func() { close(nilc) })
	c := make(chan int, 1)
	close(c)
	try("close closed", func() { close(c) })
	try("send closed", func() { c <- 1 })
	try("select send closed", func() {
		select {
		case c <- 2:
		default:
		}
	})
	n := -1
	try("make negative", func() { _ = make(chan int, n) })
	v, ok := <-c
	fmt.Println(v, ok)
	fmt.Println(len(nilc), cap(nilc))
}
