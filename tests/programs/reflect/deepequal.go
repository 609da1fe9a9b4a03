// reflect.DeepEqual on every kind: nil and empty slices and maps, pointers, cycles, NaN,
// interfaces holding different dynamic types, funcs, structs with unexported fields.
package main

import (
	"fmt"
	"math"
	"reflect"
)

type node struct {
	v    int
	next *node
}

type rec struct {
	Name string
	vals []int
	m    map[string]*node
}

func main() {
	fmt.Println(reflect.DeepEqual([]int{1, 2}, []int{1, 2}), reflect.DeepEqual([]int{}, []int(nil)), reflect.DeepEqual([]int(nil), []int(nil)))
	fmt.Println(reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 1}), reflect.DeepEqual(map[string]int{}, map[string]int(nil)), reflect.DeepEqual(map[string]int{"a": 1}, map[string]int{"a": 2}))
	fmt.Println(reflect.DeepEqual(1, 1), reflect.DeepEqual(1, int64(1)), reflect.DeepEqual(nil, nil), reflect.DeepEqual(nil, 0))
	fmt.Println(reflect.DeepEqual(math.NaN(), math.NaN()), reflect.DeepEqual([]float64{math.NaN()}, []float64{math.NaN()}))
	a := &node{1, nil}
	a.next = a
	b := &node{1, nil}
	b.next = b
	fmt.Println(reflect.DeepEqual(a, b))
	b.next = &node{1, b}
	fmt.Println(reflect.DeepEqual(a, b))
	r1 := rec{"x", []int{1}, map[string]*node{"n": {2, nil}}}
	r2 := rec{"x", []int{1}, map[string]*node{"n": {2, nil}}}
	fmt.Println(reflect.DeepEqual(r1, r2), reflect.DeepEqual(&r1, &r2))
	r2.m["n"].v = 3
	fmt.Println(reflect.DeepEqual(r1, r2))
	var f func()
	fmt.Println(reflect.DeepEqual(f, f), reflect.DeepEqual(main, main))
	fmt.Println(reflect.DeepEqual([]interface{}{1, "a", nil}, []interface{}{1, "a", nil}), reflect.DeepEqual([]interface{}{1}, []interface{}{1.0}))
	fmt.Println(reflect.DeepEqual([2][]int{{1}, {2}}, [2][]int{{1}, {2}}), reflect.DeepEqual(struct{}{}, struct{}{}))
	s := []int{1, 2, 3}
	fmt.Println(reflect.DeepEqual(s[:2], s[:2]), reflect.DeepEqual(s[:2], s[1:]))
}
