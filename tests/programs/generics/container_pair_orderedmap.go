// Pair[K comparable, V any] and a generic insertion-ordered map OrderedMap[K, V] with Set/Get/Delete/Pairs, plus sorting pairs.
package main

import (
	"fmt"
	"sort"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string {
	return fmt.Sprintf("%v=%v", p.Key, p.Val)
}

func MakePair[K comparable, V any](k K, v V) Pair[K, V] {
	return Pair[K, V]{k, v}
}

type OrderedMap[K comparable, V any] struct {
	index map[K]int
	pairs []Pair[K, V]
}

func NewOrderedMap[K comparable, V any]() *OrderedMap[K, V] {
	return &OrderedMap[K, V]{index: map[K]int{}}
}

func (m *OrderedMap[K, V]) Set(k K, v V) {
	if i, ok := m.index[k]; ok {
		m.pairs[i].Val = v
		return
	}
	m.index[k] = len(m.pairs)
	m.pairs = append(m.pairs, Pair[K, V]{k, v})
}

func (m *OrderedMap[K, V]) Get(k K) (V, bool) {
	if i, ok := m.index[k]; ok {
		return m.pairs[i].Val, true
	}
	var zero V
	return zero, false
}

func (m *OrderedMap[K, V]) Delete(k K) {
	i, ok := m.index[k]
	if !ok {
		return
	}
	m.pairs = append(m.pairs[:i], m.pairs[i+1:]...)
	delete(m.index, k)
	for j := i; j < len(m.pairs); j++ {
		m.index[m.pairs[j].Key] = j
	}
}

func (m *OrderedMap[K, V]) Pairs() []Pair[K, V] { return m.pairs }

func (m *OrderedMap[K, V]) Len() int { return len(m.pairs) }

func SortPairs[K comparable, V any](ps []Pair[K, V], less func(a, b Pair[K, V]) bool) {
	sort.SliceStable(ps, func(i, j int) bool { return less(ps[i], ps[j]) })
}

func main() {
	p := MakePair("answer", 42)
	fmt.Println(p, p.Key, p.Val)
	fmt.Printf("%v %+v %s\n", p, p, p)
	q := Pair[int, []string]{1, []string{"a"}}
	fmt.Println(q.String())
	fmt.Println(MakePair(1, 2) == MakePair(1, 2), MakePair("a", 1.5) == MakePair("a", 2.5))

	m := NewOrderedMap[string, int]()
	for i, w := range strings.Fields("pear apple fig apple kiwi pear pear") {
		old, _ := m.Get(w)
		m.Set(w, old+i)
	}
	fmt.Println(m.Pairs(), m.Len())
	m.Delete("fig")
	m.Delete("nope")
	fmt.Println(m.Pairs())
	v, ok := m.Get("kiwi")
	fmt.Println(v, ok)
	m.Set("fig", 100)
	fmt.Println(m.Pairs())

	ps := append([]Pair[string, int](nil), m.Pairs()...)
	SortPairs(ps, func(a, b Pair[string, int]) bool { return a.Val > b.Val })
	fmt.Println(ps)
	SortPairs(ps, func(a, b Pair[string, int]) bool { return a.Key < b.Key })
	fmt.Println(ps)

	om := NewOrderedMap[Pair[int, int], string]()
	om.Set(MakePair(1, 2), "x")
	om.Set(MakePair(0, 0), "origin")
	om.Set(MakePair(1, 2), "y")
	for _, kv := range om.Pairs() {
		fmt.Println(kv.Key, kv.Val)
	}
}
