// dijkstra: shortest paths over a small road network using a container/heap priority queue.
package main

import (
	"container/heap"
	"fmt"
	"math"
	"sort"
	"strings"
)

type Edge struct {
	To     string
	Weight int
}

type Graph struct {
	adj map[string][]Edge
}

func NewGraph() *Graph { return &Graph{adj: make(map[string][]Edge)} }

func (g *Graph) AddRoad(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	g.adj[b] = append(g.adj[b], Edge{a, w})
}

func (g *Graph) AddOneWay(a, b string, w int) {
	g.adj[a] = append(g.adj[a], Edge{b, w})
	if _, ok := g.adj[b]; !ok {
		g.adj[b] = nil
	}
}

func (g *Graph) Nodes() []string {
	names := make([]string, 0, len(g.adj))
	for n := range g.adj {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

type item struct {
	node  string
	dist  int
	index int
}

type pq []*item

func (q pq) Len() int { return len(q) }
func (q pq) Less(i, j int) bool {
	if q[i].dist != q[j].dist {
		return q[i].dist < q[j].dist
	}
	return q[i].node < q[j].node
}
func (q pq) Swap(i, j int) {
	q[i], q[j] = q[j], q[i]
	q[i].index = i
	q[j].index = j
}
func (q *pq) Push(x interface{}) {
	it := x.(*item)
	it.index = len(*q)
	*q = append(*q, it)
}
func (q *pq) Pop() interface{} {
	old := *q
	n := len(old)
	it := old[n-1]
	old[n-1] = nil
	it.index = -1
	*q = old[:n-1]
	return it
}

// ShortestPaths returns distances and predecessor links from src.
func (g *Graph) ShortestPaths(src string) (map[string]int, map[string]string, int) {
	dist := make(map[string]int)
	prev := make(map[string]string)
	items := make(map[string]*item)
	q := &pq{}
	for _, n := range g.Nodes() {
		d := math.MaxInt32
		if n == src {
			d = 0
		}
		dist[n] = d
		it := &item{node: n, dist: d}
		items[n] = it
		heap.Push(q, it)
	}
	pops := 0
	for q.Len() > 0 {
		u := heap.Pop(q).(*item)
		pops++
		if u.dist == math.MaxInt32 {
			break
		}
		for _, e := range g.adj[u.node] {
			v := items[e.To]
			if v.index < 0 {
				continue
			}
			if nd := u.dist + e.Weight; nd < v.dist {
				v.dist = nd
				dist[e.To] = nd
				prev[e.To] = u.node
				heap.Fix(q, v.index)
			}
		}
	}
	return dist, prev, pops
}

func pathTo(prev map[string]string, src, dst string) []string {
	var rev []string
	for cur := dst; ; {
		rev = append(rev, cur)
		if cur == src {
			break
		}
		p, ok := prev[cur]
		if !ok {
			return nil
		}
		cur = p
	}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	return rev
}

func main() {
	g := NewGraph()
	roads := []struct {
		a, b string
		w    int
	}{
		{"Amsterdam", "Utrecht", 45}, {"Amsterdam", "Haarlem", 20},
		{"Haarlem", "Leiden", 30}, {"Leiden", "DenHaag", 18},
		{"DenHaag", "Rotterdam", 25}, {"Utrecht", "Rotterdam", 60},
		{"Utrecht", "Arnhem", 65}, {"Rotterdam", "Breda", 50},
		{"Breda", "Eindhoven", 58}, {"Utrecht", "DenBosch", 55},
		{"DenBosch", "Eindhoven", 35}, {"Arnhem", "Nijmegen", 20},
		{"Nijmegen", "DenBosch", 45}, {"Eindhoven", "Maastricht", 88},
		{"Leiden", "Utrecht", 52},
	}
	for _, r := range roads {
		g.AddRoad(r.a, r.b, r.w)
	}
	g.AddOneWay("Maastricht", "Liege", 33)
	g.AddOneWay("Groningen", "Amsterdam", 180) // unreachable from Amsterdam

	for _, src := range []string{"Amsterdam", "Maastricht"} {
		dist, prev, pops := g.ShortestPaths(src)
		fmt.Printf("== from %s (%d heap pops) ==\n", src, pops)
		for _, n := range g.Nodes() {
			if n == src {
				continue
			}
			d := dist[n]
			if d == math.MaxInt32 {
				fmt.Printf("  %-11s unreachable\n", n)
				continue
			}
			p := pathTo(prev, src, n)
			fmt.Printf("  %-11s %4d km  %s\n", n, d, strings.Join(p, " -> "))
		}
	}

	// Compare a direct heap usage: sort distances via heap ordering.
	dist, _, _ := g.ShortestPaths("Eindhoven")
	q := &pq{}
	for n, d := range dist {
		if d < math.MaxInt32 {
			heap.Push(q, &item{node: n, dist: d})
		}
	}
	fmt.Println("== nearest to Eindhoven, in heap order ==")
	for rank := 1; q.Len() > 0; rank++ {
		it := heap.Pop(q).(*item)
		fmt.Printf("  %2d. %s (%d)\n", rank, it.node, it.dist)
	}
}
