// A map index on the left of an assignment whose key is string([]byte{...}) with a call
// inside: the key is evaluated once, before the right side (found by encoding/json's
// differential corpus: deferc evaluated such keys twice).
package main

import "fmt"

var n int

func next() int { n++; return n }

func main() {
	m1 := map[string]any{}
	m1[string(rune('a'+next()))] = next()
	m2 := map[string]int{}
	m2[string([]byte{byte('a' + next())})] = next()
	m3 := map[int]any{}
	m3[next()] = next()
	fmt.Println(m1, m2, m3, n)
	m4 := map[string]any{}
	m4[string([]byte{byte('a' + next()), 'k'})] = next()
	m2[string([]byte{byte('a' + next())})] += next()
	m2[string([]byte{'a' + byte(next())})]++
	fmt.Println(m4, m2, n)
	b := []byte{'x'}
	m2[string(b)] = func() int { b[0] = 'y'; return next() }()
	fmt.Println(m2, n)
}
