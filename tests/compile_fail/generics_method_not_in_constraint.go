// Calling a method that is not in the constraint's method set.
package main

type Sizer interface {
	Size() int
}

func Total[T Sizer](xs []T) int {
	n := 0
	for _, x := range xs {
		n += x.Size() + x.Weight() // ERROR "x.Weight undefined"
	}
	return n
}

type Box struct{ n int }

func (b Box) Size() int { return b.n }

func main() {
	_ = Total([]Box{{1}})
}
