// Map churn: a map of 50,000 entries with pointer values, where every step deletes the oldest
// key and inserts a new one with a fresh record (map buckets, keys and values all die young).
package main

import "fmt"

type entry struct {
	id   int
	name string
	tags []string
}

func main() {
	const live = 50000
	m := make(map[int]*entry)
	for i := 0; i < live; i++ {
		m[i] = &entry{id: i, name: fmt.Sprint("e", i)}
	}
	sum := 0
	for i := live; i < 3000000; i++ {
		delete(m, i-live)
		e := &entry{id: i, tags: make([]string, 1+i%4)}
		e.tags[0] = "t"
		m[i] = e
		sum += len(m[i-1].tags)
		if i%100000 == 0 {
			m2 := make(map[int]*entry, len(m))
			for k, v := range m {
				m2[k] = v
			}
			m = m2
		}
	}
	fmt.Println(len(m), sum)
}
