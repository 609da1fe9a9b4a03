package main

// Each goroutine's defers run when that goroutine's function returns, newest first, and
// belong to that goroutine alone: they interleave with nothing in main.

import "fmt"

func worker(id int, done chan<- []string) {
	var log []string
	defer func() { done <- log }()
	for i := 0; i < 3; i++ {
		defer func(n int) { log = append(log, fmt.Sprintf("g%d defer %d", id, n)) }(i)
	}
	log = append(log, fmt.Sprintf("g%d body", id))
}

func main() {
	done := make(chan []string)
	for id := 1; id <= 3; id++ {
		go worker(id, done)
		for _, line := range <-done {
			fmt.Println(line)
		}
	}
	defer fmt.Println("main's defer runs last")
	fmt.Println("main done")
}
