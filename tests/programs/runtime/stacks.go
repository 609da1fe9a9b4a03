// runtime.Stack of the calling goroutine and of all goroutines (blocked on channels, in
// selects, in a deferred call run by a panic), and debug.Stack. Each traceback is printed
// with its argument words, offsets, goroutine numbers and directories masked (they differ
// from run to run; function names and file:line do not).
package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

func mask(tb string) string {
	var out []string
	for _, l := range strings.Split(strings.TrimRight(tb, "\n"), "\n") {
		switch {
		case strings.HasPrefix(l, "\t"):
			if i := strings.LastIndex(l, " +0x"); i >= 0 {
				l = l[:i]
			}
			l = "\t" + filepath.Base(l[1:])
		case strings.HasPrefix(l, "goroutine "):
			f := strings.SplitN(l, " ", 3)
			if f[1] != "1" {
				f[1] = "N"
			}
			l = strings.Join(f, " ")
		case strings.HasSuffix(l, ")") && !strings.HasSuffix(l, "()") && !strings.HasPrefix(l, "created by"):
			l = l[:strings.LastIndex(l, "(")] + "(...)"
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

var ready = make(chan bool, 10)

func receiver(ch chan int) {
	ready <- true
	<-ch
}

func sender(ch chan int, v int) {
	ready <- true
	ch <- v
}

func selector(a, b chan int) {
	ready <- true
	select {
	case <-a:
	case b <- 1:
	}
}

func nilReceiver() {
	var ch chan int
	ready <- true
	<-ch
}

func forever() {
	ready <- true
	select {}
}

func blockedInDefer(ch chan int) {
	defer func() {
		ready <- true
		<-ch
	}()
	panic("waiting")
}

func current() {
	buf := make([]byte, 4096)
	n := runtime.Stack(buf, false)
	fmt.Println(mask(string(buf[:n])))
}

func main() {
	current()
	fmt.Println()
	fmt.Println(mask(string(debug.Stack())))
	fmt.Println()
	buf := make([]byte, 30)
	n := runtime.Stack(buf, false)
	fmt.Printf("%d %q\n", n, buf[:n])
	fmt.Println(runtime.Stack(nil, true))
	fmt.Println()

	ch := make(chan int)
	go receiver(ch)
	go sender(ch, 1)
	go selector(ch, ch)
	go nilReceiver()
	go forever()
	go blockedInDefer(make(chan int))
	for i := 0; i < 6; i++ {
		<-ready
	}
	time.Sleep(50 * time.Millisecond)
	big := make([]byte, 1<<16)
	n = runtime.Stack(big, true)
	fmt.Println(mask(string(big[:n])))
}
