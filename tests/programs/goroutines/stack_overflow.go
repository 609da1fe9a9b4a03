package main

import "fmt"

func rec(n int) int {
	var buf [64]byte
	buf[n%64] = byte(n)
	return rec(n+1) + int(buf[0])
}

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("start")
		rec(0)
		done <- true
	}()
	<-done
}
