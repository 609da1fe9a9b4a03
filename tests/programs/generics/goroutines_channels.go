// Goroutines and channels in generic code: chan T pipelines, fan-out/fan-in with ordered results, worker pool with WaitGroup, generic Future, select with typed channels.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Generate[T any](xs ...T) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		for _, x := range xs {
			ch <- x
		}
	}()
	return ch
}

func Stage[T, U any](in <-chan T, f func(T) U) <-chan U {
	out := make(chan U)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

func Collect[T any](in <-chan T) []T {
	var out []T
	for v := range in {
		out = append(out, v)
	}
	return out
}

// ParallelMap runs f on every element concurrently; results keep input order.
func ParallelMap[T, U any](xs []T, workers int, f func(T) U) []U {
	out := make([]U, len(xs))
	idx := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range idx {
				out[i] = f(xs[i])
			}
		}()
	}
	for i := range xs {
		idx <- i
	}
	close(idx)
	wg.Wait()
	return out
}

type Future[T any] struct {
	ch chan T
}

func Async[T any](f func() T) Future[T] {
	fu := Future[T]{ch: make(chan T, 1)}
	go func() { fu.ch <- f() }()
	return fu
}

func (f Future[T]) Await() T { return <-f.ch }

func Merge[T any](chans ...<-chan T) <-chan T {
	out := make(chan T)
	var wg sync.WaitGroup
	for _, c := range chans {
		wg.Add(1)
		go func(c <-chan T) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func FirstOf[T any](a <-chan T, b <-chan string) string {
	select {
	case v := <-a:
		return fmt.Sprint("a:", v)
	case s := <-b:
		return "b:" + s
	}
}

func main() {
	sq := Stage(Generate(1, 2, 3, 4), func(x int) int { return x * x })
	strs := Stage(sq, func(x int) string { return fmt.Sprintf("<%d>", x) })
	fmt.Println(strings.Join(Collect(strs), ""))

	fmt.Println(ParallelMap([]string{"a", "bb", "ccc", "dddd", "eeeee"}, 3, func(s string) int { return len(s) * 10 }))
	fmt.Println(ParallelMap([]float64{1, 2, 3}, 2, func(f float64) string { return fmt.Sprint(f / 4) }))

	f1 := Async(func() int { return 6 * 7 })
	f2 := Async(func() []string { return []string{"x", "y"} })
	fmt.Println(f1.Await(), f2.Await())

	merged := Collect(Merge(Generate(1, 3, 5), Generate(2, 4), Generate(6)))
	sort.Ints(merged)
	fmt.Println(merged)

	ready := make(chan float64, 1)
	ready <- 2.5
	fmt.Println(FirstOf(ready, nil))
	msgs := make(chan string, 1)
	msgs <- "hello"
	fmt.Println(FirstOf[int](nil, msgs))

	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			v := Async(func() int { return n }).Await()
			mu.Lock()
			total += v
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)
}
