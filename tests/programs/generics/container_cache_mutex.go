// Generic typed cache with sync.Mutex and defer c.mu.Unlock(), LRU eviction order, loader func, used from goroutines with WaitGroup.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"sync"
)

type Cache[K comparable, V any] struct {
	mu     sync.Mutex
	data   map[K]V
	order  []K
	limit  int
	hits   int
	misses int
	load   func(K) (V, error)
}

func NewCache[K comparable, V any](limit int, load func(K) (V, error)) *Cache[K, V] {
	return &Cache[K, V]{data: make(map[K]V), limit: limit, load: load}
}

func (c *Cache[K, V]) touch(k K) {
	for i, x := range c.order {
		if x == k {
			c.order = append(c.order[:i], c.order[i+1:]...)
			break
		}
	}
	c.order = append(c.order, k)
}

func (c *Cache[K, V]) Get(k K) (V, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if v, ok := c.data[k]; ok {
		c.hits++
		c.touch(k)
		return v, nil
	}
	c.misses++
	v, err := c.load(k)
	if err != nil {
		var zero V
		return zero, fmt.Errorf("load %v: %w", k, err)
	}
	c.data[k] = v
	c.touch(k)
	if len(c.order) > c.limit {
		oldest := c.order[0]
		c.order = c.order[1:]
		delete(c.data, oldest)
	}
	return v, nil
}

func (c *Cache[K, V]) Stats() (hits, misses, size int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.hits, c.misses, len(c.data)
}

func (c *Cache[K, V]) Order() []K {
	c.mu.Lock()
	defer c.mu.Unlock()
	return append([]K(nil), c.order...)
}

var ErrNegative = errors.New("negative key")

func main() {
	sq := NewCache(3, func(k int) (string, error) {
		if k < 0 {
			return "", ErrNegative
		}
		return strconv.Itoa(k * k), nil
	})
	for _, k := range []int{1, 2, 1, 3, 4, 1, 2} {
		v, err := sq.Get(k)
		fmt.Println(k, v, err)
	}
	fmt.Println(sq.Order())
	fmt.Println(sq.Stats())

	_, err := sq.Get(-5)
	fmt.Println(err, errors.Is(err, ErrNegative))

	lens := NewCache(100, func(s string) (int, error) { return len(s), nil })
	var wg sync.WaitGroup
	results := make([]int, 20)
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			key := "k" + strconv.Itoa(i%5)
			v, _ := lens.Get(key)
			results[i] = v
		}(i)
	}
	wg.Wait()
	fmt.Println(results)
	h, m, n := lens.Stats()
	fmt.Println(h, m, n, h+m)
	keys := lens.Order()
	sort.Strings(keys)
	fmt.Println(keys)
}
