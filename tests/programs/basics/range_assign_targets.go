// `for k, v = range x` assigns in every iteration: the targets' operands (`a[f()]`, `*p()`,
// struct fields, map elements) are evaluated once per iteration, after x, as a tuple
// assignment; and `for i, _ := range` never reads the elements.
package main

import "fmt"

var calls []string

func idx(name string, i int) int {
	calls = append(calls, fmt.Sprint(name, i))
	return i
}

func ptr(name string, p *int) *int {
	calls = append(calls, name)
	return p
}

type S struct{ K, V int }

func src() []int {
	calls = append(calls, "src")
	return []int{10, 20, 30}
}

func main() {
	var i, v int
	for *ptr("k", &i), *ptr("v", &v) = range src() {
		calls = append(calls, fmt.Sprint("body", i, v))
	}
	fmt.Println(calls)

	calls = nil
	var a [4]int
	n := 0
	for a[idx("a", n)] = range [3]int{} {
		n++
	}
	fmt.Println(a, n, calls)

	calls = nil
	keys := make([]int, 3)
	vals := make([]string, 3)
	j := 0
	for keys[idx("k", j)], vals[idx("v", j)] = range []string{"x", "y", "z"} {
		j++
	}
	fmt.Println(keys, vals, calls)

	var s S
	var got []S
	for s.K, s.V = range []int{7, 8} {
		got = append(got, s)
	}
	fmt.Println(got, s)

	m := map[string]int{}
	for m["last"] = range "héllo" {
	}
	fmt.Println(m)

	// The element is read before the targets' operands run.
	arr := []int{1, 2, 3}
	var x int
	for _, *func() *int { arr[2] = 99; return &x }() = range arr {
		fmt.Print(x, " ")
	}
	fmt.Println(arr)

	// Closures see the single per-loop variable (Go 1.19).
	var fs []func() int
	for k := range [3]int{} {
		fs = append(fs, func() int { return k })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var np *[5]int
	sum := 0
	for k, _ := range np {
		sum += k
	}
	for k := range np {
		sum += k
	}
	fmt.Println(sum)
	defer func() { fmt.Println("recovered:", recover()) }()
	for _, e := range np {
		sum += e
	}
}
