package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	xs := []int{5, 2, 8, 1, 9, 3}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 8))
	ss := []string{"pear", "apple", "fig"}
	sort.Strings(ss)
	fmt.Println(ss)
	ps := []person{}
	for i := 0; i < 60; i++ {
		ps = append(ps, person{fmt.Sprint("p", i), (i * 7) % 5})
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].age < ps[j].age })
	fmt.Println(ps)
	qs := make([]person, 0)
	for i := 0; i < 60; i++ {
		qs = append(qs, person{fmt.Sprint("q", i), (i * 11) % 7})
	}
	sort.Sort(byAge(qs))
	fmt.Println(qs)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	rs := []person{{"a", 3}, {"b", 1}, {"c", 3}, {"d", 1}}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].age < rs[j].age })
	fmt.Println(rs)
	fs := []float64{2.5, -1, 3}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Search(100, func(i int) bool { return i*i >= 50 }))
	defer func() { fmt.Println("recovered:", recover()) }()
	sort.Slice(3, func(i, j int) bool { return false })
}
