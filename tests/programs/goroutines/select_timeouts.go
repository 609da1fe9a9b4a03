package main

// select with timeouts built from time.Sleep goroutines: a fast result beats its timeout, a
// slow one loses to it; default makes a poll.

import (
	"fmt"
	"time"
)

func after(d time.Duration) <-chan bool {
	c := make(chan bool, 1)
	go func() {
		time.Sleep(d)
		c <- true
	}()
	return c
}

func work(d time.Duration, v string) <-chan string {
	c := make(chan string, 1)
	go func() {
		time.Sleep(d)
		c <- v
	}()
	return c
}

func main() {
	select {
	case v := <-work(10*time.Millisecond, "fast"):
		fmt.Println("got", v)
	case <-after(300 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	select {
	case v := <-work(300*time.Millisecond, "slow"):
		fmt.Println("got", v)
	case <-after(10 * time.Millisecond):
		fmt.Println("timeout 2")
	}
	c := make(chan int)
	select {
	case v := <-c:
		fmt.Println("unexpected", v)
	default:
		fmt.Println("nothing ready")
	}
	buf := make(chan int, 1)
	select {
	case buf <- 42:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case buf <- 43:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	v, ok := <-buf
	close(buf)
	w, ok2 := <-buf
	fmt.Println(v, ok, w, ok2, len(buf), cap(buf))
	select {
	case <-time.After(20 * time.Millisecond):
		fmt.Println("time.After fired")
	}
}
