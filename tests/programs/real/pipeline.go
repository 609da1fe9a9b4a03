// pipeline: a multi-stage channel pipeline with fan-out/fan-in, select on a done channel and early cancellation.
package main

import (
	"fmt"
	"math/bits"
	"sort"
	"sync"
	"time"
)

type item struct {
	seq   int
	value int
	note  string
}

// generate emits 1..n until done is closed.
func generate(done <-chan struct{}, n int) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- item{seq: i, value: i}:
			case <-done:
				return
			}
		}
	}()
	return out
}

// stage applies f to every item, stopping early if done is closed.
func stage(done <-chan struct{}, in <-chan item, f func(item) item) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for it := range in {
			select {
			case out <- f(it):
			case <-done:
				return
			}
		}
	}()
	return out
}

// filter drops items for which keep returns false.
func filter(done <-chan struct{}, in <-chan item, keep func(item) bool) <-chan item {
	out := make(chan item)
	go func() {
		defer close(out)
		for it := range in {
			if !keep(it) {
				continue
			}
			select {
			case out <- it:
			case <-done:
				return
			}
		}
	}()
	return out
}

// merge fans several channels into one.
func merge(done <-chan struct{}, ins ...<-chan item) <-chan item {
	var wg sync.WaitGroup
	out := make(chan item)
	wg.Add(len(ins))
	for _, in := range ins {
		go func(c <-chan item) {
			defer wg.Done()
			for it := range c {
				select {
				case out <- it:
				case <-done:
					return
				}
			}
		}(in)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func describe(it item) item {
	it.note = fmt.Sprintf("%d has %d set bits, binary %b", it.value, bits.OnesCount(uint(it.value)), it.value)
	return it
}

func collect(c <-chan item) []item {
	var got []item
	for it := range c {
		got = append(got, it)
	}
	sort.Slice(got, func(i, j int) bool { return got[i].seq < got[j].seq })
	return got
}

func main() {
	// Full run: primes up to 60, squared, described, with 3 parallel describers.
	done := make(chan struct{})
	src := generate(done, 60)
	primes := filter(done, src, func(it item) bool { return isPrime(it.value) })
	squared := stage(done, primes, func(it item) item { it.value *= it.value; return it })
	var workers []<-chan item
	for i := 0; i < 3; i++ {
		workers = append(workers, stage(done, squared, describe))
	}
	results := collect(merge(done, workers...))
	close(done)
	fmt.Printf("full run: %d results\n", len(results))
	sum := 0
	for _, r := range results {
		fmt.Printf("  #%02d %s\n", r.seq, r.note)
		sum += r.value
	}
	fmt.Println("sum of squared primes:", sum)

	// Early cancellation: take the first 5 even numbers then stop everything.
	done2 := make(chan struct{})
	evens := filter(done2, generate(done2, 1000000), func(it item) bool { return it.value%2 == 0 })
	var taken []int
	for it := range evens {
		taken = append(taken, it.value)
		if len(taken) == 5 {
			close(done2)
			break
		}
	}
	fmt.Println("first five evens:", taken)

	// Timeout via select with a generous deadline; the result is always ready first.
	answer := make(chan int, 1)
	go func() {
		total := 0
		for i := 1; i <= 1000; i++ {
			total += i * i
		}
		answer <- total
	}()
	select {
	case v := <-answer:
		fmt.Println("sum of squares 1..1000:", v)
	case <-time.After(10 * time.Second):
		fmt.Println("timed out")
	}

	// Non-blocking send/receive with default.
	buf := make(chan int, 2)
	for i := 0; i < 4; i++ {
		select {
		case buf <- i:
			fmt.Println("buffered", i)
		default:
			fmt.Println("buffer full, dropped", i)
		}
	}
	close(buf)
	for v := range buf {
		fmt.Println("drained", v)
	}
}
