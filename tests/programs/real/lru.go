// lru: an LRU cache built on container/list and a map, driven by a seeded random workload.
package main

import (
	"container/list"
	"fmt"
	"math/rand"
	"strings"
)

type entry struct {
	key   string
	value int
}

type Stats struct {
	Hits, Misses, Evictions int
}

func (s Stats) HitRate() float64 {
	total := s.Hits + s.Misses
	if total == 0 {
		return 0
	}
	return float64(s.Hits) / float64(total)
}

type Cache struct {
	capacity int
	ll       *list.List
	items    map[string]*list.Element
	OnEvict  func(key string, value int)
	stats    Stats
}

func New(capacity int) *Cache {
	if capacity <= 0 {
		panic("lru: capacity must be positive")
	}
	return &Cache{capacity: capacity, ll: list.New(), items: make(map[string]*list.Element)}
}

func (c *Cache) Get(key string) (int, bool) {
	if el, ok := c.items[key]; ok {
		c.ll.MoveToFront(el)
		c.stats.Hits++
		return el.Value.(*entry).value, true
	}
	c.stats.Misses++
	return 0, false
}

func (c *Cache) Put(key string, value int) {
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).value = value
		c.ll.MoveToFront(el)
		return
	}
	c.items[key] = c.ll.PushFront(&entry{key, value})
	if c.ll.Len() > c.capacity {
		c.removeOldest()
	}
}

func (c *Cache) Remove(key string) bool {
	el, ok := c.items[key]
	if !ok {
		return false
	}
	c.ll.Remove(el)
	delete(c.items, key)
	return true
}

func (c *Cache) removeOldest() {
	el := c.ll.Back()
	if el == nil {
		return
	}
	e := c.ll.Remove(el).(*entry)
	delete(c.items, e.key)
	c.stats.Evictions++
	if c.OnEvict != nil {
		c.OnEvict(e.key, e.value)
	}
}

func (c *Cache) Resize(n int) {
	c.capacity = n
	for c.ll.Len() > c.capacity {
		c.removeOldest()
	}
}

func (c *Cache) Len() int { return c.ll.Len() }

// String lists entries from most to least recently used.
func (c *Cache) String() string {
	var b strings.Builder
	b.WriteString("[")
	for el := c.ll.Front(); el != nil; el = el.Next() {
		e := el.Value.(*entry)
		if el != c.ll.Front() {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%s:%d", e.key, e.value)
	}
	b.WriteString("]")
	return b.String()
}

// slowSquare stands in for an expensive computation that the cache fronts.
func slowSquare(n int) int { return n * n }

func main() {
	c := New(3)
	var evicted []string
	c.OnEvict = func(k string, v int) {
		evicted = append(evicted, fmt.Sprintf("%s=%d", k, v))
	}

	steps := []struct {
		op  string
		key string
		val int
	}{
		{"put", "a", 1}, {"put", "b", 2}, {"put", "c", 3}, {"get", "a", 0},
		{"put", "d", 4}, {"get", "b", 0}, {"put", "a", 10}, {"put", "e", 5},
		{"get", "c", 0}, {"get", "d", 0}, {"del", "e", 0}, {"put", "f", 6},
		{"get", "a", 0},
	}
	for i, s := range steps {
		switch s.op {
		case "put":
			c.Put(s.key, s.val)
			fmt.Printf("%2d put %s=%-3d -> %v\n", i, s.key, s.val, c)
		case "get":
			v, ok := c.Get(s.key)
			fmt.Printf("%2d get %s     -> %d,%t %v\n", i, s.key, v, ok, c)
		case "del":
			ok := c.Remove(s.key)
			fmt.Printf("%2d del %s     -> %t %v\n", i, s.key, ok, c)
		}
	}
	fmt.Println("evicted:", strings.Join(evicted, ", "))
	fmt.Printf("stats: %+v hit rate %.2f\n", c.stats, c.stats.HitRate())

	c.Resize(1)
	fmt.Printf("after resize(1): %v len=%d evicted=%d\n", c, c.Len(), len(evicted))

	// Simulated workload: keys drawn with a skew so small keys are hot.
	rng := rand.New(rand.NewSource(42))
	for _, capacity := range []int{2, 4, 8, 16} {
		cache := New(capacity)
		sum := 0
		for i := 0; i < 2000; i++ {
			n := int(rng.ExpFloat64() * 4)
			key := fmt.Sprintf("k%d", n)
			v, ok := cache.Get(key)
			if !ok {
				v = slowSquare(n)
				cache.Put(key, v)
			}
			sum += v
		}
		st := cache.stats
		fmt.Printf("cap=%-2d hits=%4d misses=%4d evictions=%4d rate=%5.1f%% sum=%d\n",
			capacity, st.Hits, st.Misses, st.Evictions, 100*st.HitRate(), sum)
	}

	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	New(0)
}
