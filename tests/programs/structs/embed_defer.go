package main

import "fmt"

// Deferred calls of promoted methods: the receiver, including the walk through embedded
// fields and pointers, is evaluated at the defer statement; the call runs at exit.

type Mutex struct {
	locked bool
	log    *[]string
}

func (m *Mutex) Lock() {
	m.locked = true
	*m.log = append(*m.log, "lock")
}

func (m *Mutex) Unlock() {
	m.locked = false
	*m.log = append(*m.log, "unlock")
}

type Cache struct {
	Mutex
	data map[string]int
}

func (c *Cache) Put(k string, v int) {
	c.Lock()
	defer c.Unlock()
	c.data[k] = v
}

type Val struct{ n int }

func (v Val) Show(tag string) { fmt.Println(tag, v.n) }
func (v *Val) Bump()          { v.n++ }

type Box struct {
	Val
	Name string
}

type PBox struct {
	*Val
}

type Shower interface{ Show(string) }

type IBox struct {
	Shower
}

func values() {
	b := Box{Val{1}, "b"}
	defer b.Show("value receiver copied at defer:")
	defer b.Val.Show("explicit path:")
	defer b.Bump()
	f := b.Show
	defer f("method value:")
	b.n = 50
	fmt.Println("values: body done, n =", b.n)
}

func pointers() {
	v := &Val{1}
	p := PBox{v}
	defer p.Show("through embedded pointer, copied at defer:")
	defer p.Val.Bump()
	defer p.Bump()
	v.n = 10
	p.Val = &Val{100}
	fmt.Println("pointers: body done")
}

func ifaces() {
	ib := IBox{Val{7}}
	defer ib.Show("promoted interface method:")
	ib.Shower = Val{8}
	defer ib.Shower.Show("explicit interface field:")
	fmt.Println("ifaces: body done")
}

func loop() {
	boxes := []Box{{Val{1}, "a"}, {Val{2}, "b"}, {Val{3}, "c"}}
	for i := range boxes {
		defer boxes[i].Show("loop " + boxes[i].Name + ":")
		defer boxes[i].Bump()
	}
}

func nilEmbedded() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	var p PBox
	defer p.Show("never runs")
	fmt.Println("not reached")
	return nil
}

func main() {
	var log []string
	c := &Cache{Mutex{log: &log}, map[string]int{}}
	c.Put("a", 1)
	c.Put("b", 2)
	fmt.Println(log, c.locked, len(c.data))

	func() {
		c.Lock()
		defer c.Unlock()
		defer c.Mutex.Unlock()
	}()
	fmt.Println(log)

	values()
	pointers()
	ifaces()
	loop()
	fmt.Println(nilEmbedded())
}
