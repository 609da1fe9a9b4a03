// Finalizers whose results are arrays or structs (passed through memory): the results are
// dropped, as Go drops them, and nothing they write lands anywhere it should not.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"time"
)

type T struct {
	name string
	pad  [16]int
}

type S struct{ a, b, c int }

var events []string

func note(s string) { events = append(events, s) }

func make1() {
	runtime.SetFinalizer(&T{name: "array"}, func(t *T) (out [64]int) {
		note("array " + t.name)
		for i := range out {
			out[i] = i
		}
		return
	})
	runtime.SetFinalizer(&T{name: "two structs"}, func(t *T) (S, S) {
		note("two structs " + t.name)
		return S{1, 2, 3}, S{4, 5, 6}
	})
	runtime.SetFinalizer(&T{name: "mixed"}, func(t *T) (int, [3]int, string, S) {
		note("mixed " + t.name)
		return 1, [3]int{1, 2, 3}, "x", S{7, 8, 9}
	})
	runtime.SetFinalizer(&T{name: "interface"}, func(v any) [8]string {
		note("interface " + v.(*T).name)
		return [8]string{"a", "b"}
	})
}

func main() {
	done := make(chan bool)
	go func() {
		make1()
		done <- true
	}()
	<-done
	for i := 0; i < 100 && len(events) < 4; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	sort.Strings(events)
	for _, e := range events {
		fmt.Println(e)
	}
	var check [64]int
	fmt.Println(len(events), check[63])
}
