// A nil pointer dereference: Go's SIGSEGV line, then the frames.
// traceback
package main

type P struct{ x, y int }

//go:noinline
func deref(p *P) int {
	return p.y
}

//go:noinline
func sum(ps []*P) int {
	t := 0
	for _, p := range ps {
		t += deref(p)
	}
	return t
}

func main() {
	println(sum([]*P{{1, 2}, nil}))
}
