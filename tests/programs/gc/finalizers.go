// runtime.SetFinalizer under Go's rules: a finalizer runs on the finalizer goroutine after a
// collection finds its object unreachable; an object reachable from another object with a
// finalizer is finalized a cycle later (a chain runs in order); a finalizer may resurrect its
// object (it is not finalized again); a nil finalizer clears one; the finalizer may take the
// object as its own pointer type or as an interface, and its results are ignored; the
// finalizer goroutine is not counted by NumGoroutine. Objects are made in frames that have
// returned, on goroutines that have ended (deferc scans stacks conservatively: a stale word in
// a live frame could keep an object), so only the collector decides when they die. Which
// collection finds an object is up to the collector (GC stress mode collects far more often),
// so each phase waits until its finalizers have run and prints what they did in a fixed
// order.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sort"
	"time"
)

type Node struct {
	name string
	next *Node
	data []byte
}

type Closer interface{ Close() }

var events []string

func (n *Node) Close() { events = append(events, "close "+n.name) }

var resurrected *Node

// settle collects until `want` finalizers have run (at most 50 rounds), then prints their
// events sorted.
func settle(phase string, want int) {
	for i := 0; i < 50 && len(events) < want; i++ {
		runtime.GC()
		time.Sleep(time.Millisecond)
	}
	sort.Strings(events)
	fmt.Println(phase+":", len(events), "finalizers")
	for _, e := range events {
		fmt.Println("  ", e)
	}
	events = nil
}

func files() {
	for i := 0; i < 3; i++ {
		n := &Node{name: fmt.Sprint("file", i), data: make([]byte, 1000)}
		runtime.SetFinalizer(n, func(n *Node) {
			events = append(events, fmt.Sprint("finalize ", n.name, " ", len(n.data)))
		})
	}
	c := &Node{name: "closer"}
	runtime.SetFinalizer(c, func(c Closer) { c.Close() })
}

var chainOrder []string

func chain() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	runtime.SetFinalizer(a, func(n *Node) {
		chainOrder = append(chainOrder, n.name)
		events = append(events, "finalize a, next "+n.next.name)
	})
	runtime.SetFinalizer(b, func(n *Node) {
		chainOrder = append(chainOrder, n.name)
		events = append(events, "finalize b")
	})
}

func resurrect() {
	r := &Node{name: "phoenix"}
	runtime.SetFinalizer(r, func(n *Node) {
		events = append(events, "resurrect "+n.name)
		resurrected = n
	})
}

func cleared() {
	c := &Node{name: "cleared"}
	runtime.SetFinalizer(c, func(n *Node) { events = append(events, "never "+n.name) })
	runtime.SetFinalizer(c, nil)
}

func withResults() {
	w := &Node{name: "results"}
	runtime.SetFinalizer(w, func(n *Node) (int, error) {
		events = append(events, "finalize with results "+n.name)
		return 1, errors.New("ignored")
	})
}

func viaAny() {
	x := &Node{name: "any"}
	runtime.SetFinalizer(x, func(v interface{}) {
		events = append(events, fmt.Sprintf("finalize %T %s", v, v.(*Node).name))
	})
}

// inGoroutine runs f on a goroutine of its own and waits for it to end.
func inGoroutine(f func()) {
	done := make(chan bool)
	go func() {
		f()
		done <- true
	}()
	<-done
}

func main() {
	// The finalizer goroutine starts here, on a stack nothing else has used.
	runtime.SetFinalizer(&Node{name: "first"}, func(*Node) {})
	inGoroutine(files)
	settle("files", 4)
	inGoroutine(chain)
	settle("chain", 2)
	fmt.Println("chain order:", chainOrder)
	inGoroutine(resurrect)
	settle("resurrection", 1)
	fmt.Println("resurrected:", resurrected.name)
	resurrected = nil
	settle("after resurrection", 0)
	inGoroutine(cleared)
	inGoroutine(withResults)
	inGoroutine(viaAny)
	settle("cleared, results, interface", 2)
	fmt.Println("goroutines", runtime.NumGoroutine())
	done := make(chan bool)
	go func() {
		n := &Node{name: "from a goroutine"}
		runtime.SetFinalizer(n, func(n *Node) { fmt.Println("finalize", n.name); done <- true })
	}()
	time.Sleep(time.Millisecond)
	runtime.GC()
	<-done
	fmt.Println("end")
}
