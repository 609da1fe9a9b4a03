// runtime.KeepAlive keeps an object (and so its finalizer) alive up to the call, through
// collections; once the frame that kept it has returned, the collector may finalize it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type Resource struct {
	id  int
	buf []int
}

var finalized = map[int]bool{}

func open(id int) *Resource {
	r := &Resource{id: id, buf: make([]int, 512)}
	runtime.SetFinalizer(r, func(r *Resource) { finalized[r.id] = true })
	return r
}

func settle() {
	for i := 0; i < 3; i++ {
		runtime.GC()
		time.Sleep(2 * time.Millisecond)
	}
}

func use(id int) {
	r := open(id)
	sum := 0
	for i := range r.buf {
		r.buf[i] = i
	}
	for i := 0; i < 3; i++ {
		_ = make([]byte, 1<<16)
		settle()
		sum += len(r.buf)
	}
	fmt.Println("resource", id, "finalized while in use:", finalized[id], sum)
	runtime.KeepAlive(r)
}

func main() {
	for id := 1; id <= 3; id++ {
		use(id)
	}
	settle()
	fmt.Println("finalized after use:", finalized[1], finalized[2], finalized[3])
}
