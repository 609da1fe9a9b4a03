// Generic Queue[T] (ring buffer that grows) and Deque-like operations, BFS over a grid using Queue of a struct type.
package main

import "fmt"

type Queue[T any] struct {
	buf        []T
	head, size int
}

func NewQueue[T any](capacity int) *Queue[T] {
	if capacity < 1 {
		capacity = 1
	}
	return &Queue[T]{buf: make([]T, capacity)}
}

func (q *Queue[T]) grow() {
	nb := make([]T, len(q.buf)*2)
	for i := 0; i < q.size; i++ {
		nb[i] = q.buf[(q.head+i)%len(q.buf)]
	}
	q.buf = nb
	q.head = 0
}

func (q *Queue[T]) Enqueue(v T) {
	if q.size == len(q.buf) {
		q.grow()
	}
	q.buf[(q.head+q.size)%len(q.buf)] = v
	q.size++
}

func (q *Queue[T]) Dequeue() (T, bool) {
	var zero T
	if q.size == 0 {
		return zero, false
	}
	v := q.buf[q.head]
	q.buf[q.head] = zero
	q.head = (q.head + 1) % len(q.buf)
	q.size--
	return v, true
}

func (q *Queue[T]) Len() int { return q.size }

func (q *Queue[T]) Cap() int { return len(q.buf) }

type Pos struct{ R, C int }

func BFS(grid []string, start, goal Pos) int {
	dist := map[Pos]int{start: 0}
	q := NewQueue[Pos](2)
	q.Enqueue(start)
	for q.Len() > 0 {
		p, _ := q.Dequeue()
		if p == goal {
			return dist[p]
		}
		for _, d := range []Pos{{0, 1}, {1, 0}, {0, -1}, {-1, 0}} {
			n := Pos{p.R + d.R, p.C + d.C}
			if n.R < 0 || n.C < 0 || n.R >= len(grid) || n.C >= len(grid[0]) {
				continue
			}
			if grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; !seen {
				dist[n] = dist[p] + 1
				q.Enqueue(n)
			}
		}
	}
	return -1
}

func main() {
	q := NewQueue[int](2)
	for i := 1; i <= 5; i++ {
		q.Enqueue(i * 10)
	}
	fmt.Println(q.Len(), q.Cap())
	a, _ := q.Dequeue()
	b, _ := q.Dequeue()
	fmt.Println(a, b)
	q.Enqueue(60)
	q.Enqueue(70)
	q.Enqueue(80)
	q.Enqueue(90)
	fmt.Println(q.Len(), q.Cap())
	for q.Len() > 0 {
		v, _ := q.Dequeue()
		fmt.Print(v, " ")
	}
	fmt.Println()
	_, ok := q.Dequeue()
	fmt.Println(ok)

	sq := NewQueue[string](0)
	sq.Enqueue("x")
	sq.Enqueue("y")
	s, _ := sq.Dequeue()
	fmt.Println(s, sq.Len(), sq.Cap())

	grid := []string{
		"..#....",
		".##.##.",
		"....#..",
		"#.#...#",
		"...#...",
	}
	fmt.Println(BFS(grid, Pos{0, 0}, Pos{4, 6}))
	fmt.Println(BFS(grid, Pos{0, 0}, Pos{0, 3}))
	fmt.Println(BFS([]string{".#", "#."}, Pos{0, 0}, Pos{1, 1}))

	fq := NewQueue[func() string](1)
	for _, w := range []string{"a", "b", "c"} {
		w := w
		fq.Enqueue(func() string { return w + w })
	}
	for fq.Len() > 0 {
		f, _ := fq.Dequeue()
		fmt.Print(f())
	}
	fmt.Println()
}
