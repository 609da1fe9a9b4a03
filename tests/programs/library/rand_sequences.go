package main

import (
	"fmt"
	"math/rand"
)

func main() {
	// The global source is seeded with 1.
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int63(), rand.Int31(), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(1000), rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10))
	xs := []int{1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	fmt.Println(xs)
	buf := make([]byte, 13)
	n, err := rand.Read(buf)
	fmt.Println(n, err, buf)
	n, err = rand.Read(buf[:3])
	fmt.Println(n, err, buf[:3])
	rand.Seed(42)
	fmt.Println(rand.Int(), rand.Intn(10), rand.Float64())
	rand.Seed(1)
	fmt.Println(rand.Int()) // the first value again

	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Int(), " ")
	}
	fmt.Println()

	// Many seeds, including 0, negatives and values beyond int32.
	seeds := []int64{0, 1, 2, -1, 7, 42, 89482311, 1<<31 - 1, 1 << 31, -1 << 31, 1<<63 - 1, -1 << 63, 123456789012345, 2147483647 * 3}
	for _, s := range seeds {
		r := rand.New(rand.NewSource(s))
		fmt.Println(s, r.Int63(), r.Uint32(), r.Uint64(), r.Int31(), r.Int(), r.Intn(1000), r.Int63n(1<<40+3), r.Int31n(77), r.Float64(), r.Float32())
	}

	// Methods over many calls: a checksum and the last values.
	r = rand.New(rand.NewSource(2022))
	var sum uint64
	for i := 0; i < 100000; i++ {
		switch i % 9 {
		case 0:
			sum += uint64(r.Int63())
		case 1:
			sum += uint64(r.Intn(i + 1))
		case 2:
			sum += uint64(r.Int63n(int64(i)*1000003 + 1))
		case 3:
			sum += uint64(r.Int31n(int32(i%1000 + 1)))
		case 4:
			sum += uint64(r.Float64() * 1e9)
		case 5:
			sum += uint64(r.Float32() * 1e6)
		case 6:
			sum += r.Uint64()
		case 7:
			sum += uint64(r.Uint32())
		case 8:
			sum += uint64(r.Intn(1 << 40))
		}
	}
	fmt.Println(sum)

	// Powers of two take the mask path; large n the 63-bit path.
	r = rand.New(rand.NewSource(5))
	fmt.Println(r.Intn(1), r.Intn(2), r.Intn(1024), r.Int63n(1<<62), r.Int31n(1<<30), r.Intn(1<<31-1), r.Intn(1<<31), r.Intn(1<<62+5))

	// Perm and Shuffle with several sizes.
	for _, n := range []int{0, 1, 2, 5, 20} {
		fmt.Println(r.Perm(n))
	}
	ys := make([]int, 30)
	for i := range ys {
		ys[i] = i
	}
	r.Shuffle(len(ys), func(i, j int) { ys[i], ys[j] = ys[j], ys[i] })
	fmt.Println(ys)
	r.Shuffle(0, func(i, j int) { panic("never") })

	// Read keeps the unused bytes of each value between calls; Seed forgets them.
	r = rand.New(rand.NewSource(9))
	b := make([]byte, 5)
	for i := 0; i < 4; i++ {
		r.Read(b)
		fmt.Println(b)
	}
	r.Seed(9)
	r.Read(b)
	fmt.Println(b)

	// A Source that is not a Source64: Uint64 takes two Int63 values.
	fmt.Println(rand.New(plain{rand.NewSource(3)}).Uint64(), rand.New(rand.NewSource(3)).Uint64())
	var src rand.Source = rand.NewSource(3)
	_, is64 := src.(rand.Source64)
	fmt.Printf("%T %v\n", src, is64)
	fmt.Printf("%T\n", r)

	// Panics.
	for _, f := range []func(){
		func() { r.Intn(0) },
		func() { r.Int63n(-5) },
		func() { r.Int31n(0) },
		func() { r.Shuffle(-1, nil) },
		func() { rand.Intn(-1) },
	} {
		func() {
			defer func() { fmt.Println("panic:", recover()) }()
			f()
		}()
	}
}

// plain hides the Uint64 method of the source it wraps.
type plain struct{ s rand.Source }

func (p plain) Int63() int64    { return p.s.Int63() }
func (p plain) Seed(seed int64) { p.s.Seed(seed) }
