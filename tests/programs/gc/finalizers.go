// runtime.SetFinalizer under Go's rules: a finalizer runs on the finalizer goroutine after a
// collection finds its object unreachable, newest first; an object reachable from another
// object with a finalizer is finalized a cycle later (chains run in order); a finalizer may
// resurrect its object (it is not finalized again); a nil finalizer clears one; the
// finalizer may take the object as its own pointer type or as an interface, and its results
// are ignored; the finalizer goroutine is not counted by NumGoroutine. Objects are made in
// frames that have returned, so only the collector decides when they die.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

type Node struct {
	name string
	next *Node
	data []byte
}

type Closer interface{ Close() }

func (n *Node) Close() { fmt.Println("close", n.name) }

var resurrected *Node

func settle() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(5 * time.Millisecond)
	}
}

func files() {
	for i := 0; i < 3; i++ {
		n := &Node{name: fmt.Sprint("file", i), data: make([]byte, 1000)}
		runtime.SetFinalizer(n, func(n *Node) { fmt.Println("finalize", n.name, len(n.data)) })
	}
	c := &Node{name: "closer"}
	runtime.SetFinalizer(c, func(c Closer) { c.Close() })
}

func chain() {
	b := &Node{name: "b"}
	a := &Node{name: "a", next: b}
	runtime.SetFinalizer(a, func(n *Node) { fmt.Println("finalize", n.name, "next", n.next.name) })
	runtime.SetFinalizer(b, func(n *Node) { fmt.Println("finalize", n.name) })
}

func resurrect() {
	r := &Node{name: "phoenix"}
	runtime.SetFinalizer(r, func(n *Node) {
		fmt.Println("resurrect", n.name)
		resurrected = n
	})
}

func cleared() {
	c := &Node{name: "cleared"}
	runtime.SetFinalizer(c, func(n *Node) { fmt.Println("never", n.name) })
	runtime.SetFinalizer(c, nil)
}

func withResults() {
	w := &Node{name: "results"}
	runtime.SetFinalizer(w, func(n *Node) (int, error) {
		fmt.Println("finalize with results", n.name)
		return 1, errors.New("ignored")
	})
}

func viaAny() {
	x := &Node{name: "any"}
	runtime.SetFinalizer(x, func(v interface{}) { fmt.Printf("finalize %T %s\n", v, v.(*Node).name) })
}

func main() {
	files()
	settle()
	fmt.Println("-- chain")
	chain()
	settle()
	fmt.Println("-- resurrection")
	resurrect()
	settle()
	fmt.Println("resurrected:", resurrected.name)
	resurrected = nil
	settle()
	fmt.Println("-- cleared, results, interface")
	cleared()
	withResults()
	settle()
	viaAny()
	settle()
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
