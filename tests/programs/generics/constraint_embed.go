// Constraint interfaces that embed other constraints: embedded type sets, embedded method sets, comparable embedded, intersections.
package main

import (
	"fmt"
	"sort"
	"strconv"
)

type Signed interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64
}

type Unsigned interface {
	~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

type Integer interface {
	Signed | Unsigned
}

type Float interface {
	~float32 | ~float64
}

type Ordered interface {
	Integer | Float | ~string
}

type Stringer interface {
	String() string
}

// Embeds both a type-set constraint and a method interface.
type OrderedStringer interface {
	Ordered
	Stringer
}

// Intersection of two type sets: only ~int and ~int64 are in both.
type SmallSet interface {
	~int | ~int64 | ~string
}

type IntersectInts interface {
	Integer
	SmallSet
}

// comparable embedded in a constraint with a method.
type Key interface {
	comparable
	Stringer
}

type Level int

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type Tag string

func (t Tag) String() string { return "#" + string(t) }

func SortedStrings[T OrderedStringer](xs []T) []string {
	cp := append([]T(nil), xs...)
	sort.Slice(cp, func(i, j int) bool { return cp[i] < cp[j] })
	out := make([]string, len(cp))
	for i, x := range cp {
		out[i] = x.String()
	}
	return out
}

func Halve[T IntersectInts](x T) T {
	return x / 2
}

func CountKeys[K Key](keys []K) map[string]int {
	m := map[string]int{}
	seen := map[K]bool{}
	for _, k := range keys {
		if !seen[k] {
			seen[k] = true
			m[k.String()]++
		}
	}
	return m
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs {
		if x > m {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(SortedStrings([]Level{3, 1, 2}))
	fmt.Println(SortedStrings([]Tag{"b", "c", "a"}))

	fmt.Println(Halve(9), Halve(int64(-9)), Halve(Level(10)))

	m := CountKeys([]Tag{"x", "y", "x", "z"})
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, m[k])
	}

	fmt.Println(MaxOf(3, 9, 2), MaxOf("pear", "apple", "zoo"), MaxOf[uint8](1, 255, 7), MaxOf(1.5, -2.0))
}
