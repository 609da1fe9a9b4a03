// Package rand: all of Go 1.19's math/rand, producing Go's exact sequences. The source is Go's
// additive lagged Fibonacci generator (Mitchell and Reeds) seeded through the same LCG and
// mixed with Go's seeded table (rngCooked), and every Rand method draws from it exactly as Go's
// does. The tables live in the runtime (runtime/src/pkg_rand_tables.rs, generated from Go 1.19
// by scripts/gen-rand-tables.go); dist.go (NormFloat64, ExpFloat64, Zipf) is joined only
// when a program names one of them.
package rand

// tables has the layout of the runtime's RandTables: the ziggurat tables of NormFloat64
// (kn, wn, fn) and ExpFloat64 (ke, we, fe; the float32 tables as IEEE bits) and the seeded
// values of the source.
type tables struct {
	kn     [128]uint32
	wn     [128]uint32
	fn     [128]uint32
	ke     [256]uint32
	we     [256]uint32
	fe     [256]uint32
	cooked [rngLen]int64
}

// randTables returns the runtime's tables (static memory, never written).
func randTables() *tables

var tab = randTables()

// A Source represents a source of uniformly-distributed pseudo-random int64 values in the
// range [0, 1<<63).
type Source interface {
	Int63() int64
	Seed(seed int64)
}

// A Source64 is a Source that can also generate uniformly-distributed pseudo-random uint64
// values in the range [0, 1<<64) directly.
type Source64 interface {
	Source
	Uint64() uint64
}

const (
	rngLen   = 607
	rngTap   = 273
	rngMask  = 1<<63 - 1
	int32max = 1<<31 - 1
)

// rngSource is Go's generator: vec is the lagged Fibonacci state, read at tap and feed.
type rngSource struct {
	tap  int
	feed int
	vec  [rngLen]int64
}

// seedrand is x[n+1] = 48271 * x[n] mod (2**31 - 1), by Schrage's method.
func seedrand(x int32) int32 {
	const (
		a = 48271
		q = 44488
		r = 3399
	)
	hi := x / q
	lo := x % q
	x = a*lo - r*hi
	if x < 0 {
		x += int32max
	}
	return x
}

// Seed uses the provided seed value to initialize the generator to a deterministic state.
func (rng *rngSource) Seed(seed int64) {
	rng.tap = 0
	rng.feed = rngLen - rngTap
	seed = seed % int32max
	if seed < 0 {
		seed += int32max
	}
	if seed == 0 {
		seed = 89482311
	}
	x := int32(seed)
	// 20 warm-up steps, then three LCG steps per state word, mixed with the cooked table.
	for i := -20; i < rngLen; i++ {
		x = seedrand(x)
		if i < 0 {
			continue
		}
		u := int64(x) << 40
		x = seedrand(x)
		u ^= int64(x) << 20
		x = seedrand(x)
		u ^= int64(x)
		rng.vec[i] = u ^ tab.cooked[i]
	}
}

// Uint64 returns a pseudo-random 64-bit value.
func (rng *rngSource) Uint64() uint64 {
	rng.tap--
	if rng.tap < 0 {
		rng.tap += rngLen
	}
	rng.feed--
	if rng.feed < 0 {
		rng.feed += rngLen
	}
	x := rng.vec[rng.feed] + rng.vec[rng.tap]
	rng.vec[rng.feed] = x
	return uint64(x)
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (rng *rngSource) Int63() int64 { return int64(rng.Uint64() & rngMask) }

// NewSource returns a new pseudo-random Source seeded with the given value (a *rngSource,
// which is also a Source64).
func NewSource(seed int64) Source {
	rng := new(rngSource)
	rng.Seed(seed)
	return rng
}

// A Rand is a source of random numbers.
type Rand struct {
	src Source
	s64 Source64 // src, if it is a Source64

	// Read's unused bytes of the last Int63: readPos of them, in readVal's low bits.
	readVal int64
	readPos int8
}

// New returns a new Rand that uses random values from src to generate other random values.
func New(src Source) *Rand {
	s64, _ := src.(Source64)
	return &Rand{src: src, s64: s64}
}

// Seed uses the provided seed value to initialize the generator to a deterministic state
// (and forgets the bytes Read kept).
func (r *Rand) Seed(seed int64) {
	if g, ok := r.src.(*globalSource); ok {
		g.seedPos(seed, &r.readPos)
		return
	}
	r.src.Seed(seed)
	r.readPos = 0
}

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64.
func (r *Rand) Int63() int64 { return r.src.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32.
func (r *Rand) Uint32() uint32 { return uint32(r.Int63() >> 31) }

// Uint64 returns a pseudo-random 64-bit value as a uint64.
func (r *Rand) Uint64() uint64 {
	if r.s64 != nil {
		return r.s64.Uint64()
	}
	return uint64(r.Int63())>>31 | uint64(r.Int63())<<32
}

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32.
func (r *Rand) Int31() int32 { return int32(r.Int63() >> 32) }

// Int returns a non-negative pseudo-random int.
func (r *Rand) Int() int { return int(uint(r.Int63()) << 1 >> 1) }

// Int63n returns, as an int64, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Int63n(n int64) int64 {
	if n <= 0 {
		panic("invalid argument to Int63n")
	}
	if n&(n-1) == 0 {
		return r.Int63() & (n - 1)
	}
	// Reject the values above the largest multiple of n, so every residue is equally likely.
	max := int64((1 << 63) - 1 - (1<<63)%uint64(n))
	v := r.Int63()
	for v > max {
		v = r.Int63()
	}
	return v % n
}

// Int31n returns, as an int32, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Int31n(n int32) int32 {
	if n <= 0 {
		panic("invalid argument to Int31n")
	}
	if n&(n-1) == 0 {
		return r.Int31() & (n - 1)
	}
	max := int32((1 << 31) - 1 - (1<<31)%uint32(n))
	v := r.Int31()
	for v > max {
		v = r.Int31()
	}
	return v % n
}

// int31n is Lemire's multiply-and-shift reduction, which Shuffle uses (n > 0).
func (r *Rand) int31n(n int32) int32 {
	v := r.Uint32()
	prod := uint64(v) * uint64(n)
	low := uint32(prod)
	if low < uint32(n) {
		thresh := uint32(-n) % uint32(n)
		for low < thresh {
			v = r.Uint32()
			prod = uint64(v) * uint64(n)
			low = uint32(prod)
		}
	}
	return int32(prod >> 32)
}

// Intn returns, as an int, a non-negative pseudo-random number in the half-open interval
// [0,n). It panics if n <= 0.
func (r *Rand) Intn(n int) int {
	if n <= 0 {
		panic("invalid argument to Intn")
	}
	if n <= 1<<31-1 {
		return int(r.Int31n(int32(n)))
	}
	return int(r.Int63n(int64(n)))
}

// Float64 returns, as a float64, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float64() float64 {
	for {
		// Int63 / 2**63 can round up to 1; draw again then, as Go does.
		if f := float64(r.Int63()) / (1 << 63); f != 1 {
			return f
		}
	}
}

// Float32 returns, as a float32, a pseudo-random number in the half-open interval [0.0,1.0).
func (r *Rand) Float32() float32 {
	for {
		if f := float32(r.Float64()); f != 1 {
			return f
		}
	}
}

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in the
// half-open interval [0,n).
func (r *Rand) Perm(n int) []int {
	m := make([]int, n)
	for i := 0; i < n; i++ {
		j := r.Intn(i + 1)
		m[i] = m[j]
		m[j] = i
	}
	return m
}

// Shuffle pseudo-randomizes the order of elements (Fisher-Yates, from the end): swap swaps
// the elements with indexes i and j. It panics if n < 0.
func (r *Rand) Shuffle(n int, swap func(i, j int)) {
	if n < 0 {
		panic("invalid argument to Shuffle")
	}
	i := n - 1
	for ; i > 1<<31-1-1; i-- {
		j := int(r.Int63n(int64(i + 1)))
		swap(i, j)
	}
	for ; i > 0; i-- {
		j := int(r.int31n(int32(i + 1)))
		swap(i, j)
	}
}

// Read generates len(p) random bytes and writes them into p. It always returns len(p) and a
// nil error. Each Int63 gives 7 bytes, low byte first; the rest carry over to the next Read.
func (r *Rand) Read(p []byte) (n int, err error) {
	if g, ok := r.src.(*globalSource); ok {
		return read(p, g.src, &r.readVal, &r.readPos)
	}
	return read(p, r.src, &r.readVal, &r.readPos)
}

func read(p []byte, src Source, readVal *int64, readPos *int8) (n int, err error) {
	pos := *readPos
	val := *readVal
	for n = 0; n < len(p); n++ {
		if pos == 0 {
			val = src.Int63()
			pos = 7
		}
		p[n] = byte(val)
		val >>= 8
		pos--
	}
	*readPos = pos
	*readVal = val
	return
}

// globalSource is the top-level functions' source (Go's lockedSource: goroutines never
// switch inside a deferc rngSource call, so it needs no lock). Rand.Seed and Rand.Read on it
// go to its rngSource directly, as Go's do.
type globalSource struct {
	src *rngSource
}

func (g *globalSource) Int63() int64    { return g.src.Int63() }
func (g *globalSource) Uint64() uint64  { return g.src.Uint64() }
func (g *globalSource) Seed(seed int64) { g.src.Seed(seed) }
func (g *globalSource) seedPos(seed int64, readPos *int8) {
	g.src.Seed(seed)
	*readPos = 0
}

// globalRand is seeded with 1, as Go 1.19's is: programs that never call Seed see the same
// numbers on every run.
var globalRand = New(&globalSource{src: NewSource(1).(*rngSource)})

// Seed uses the provided seed value to initialize the default Source to a deterministic
// state.
func Seed(seed int64) { globalRand.Seed(seed) }

// Int63 returns a non-negative pseudo-random 63-bit integer as an int64 from the default
// Source.
func Int63() int64 { return globalRand.Int63() }

// Uint32 returns a pseudo-random 32-bit value as a uint32 from the default Source.
func Uint32() uint32 { return globalRand.Uint32() }

// Uint64 returns a pseudo-random 64-bit value as a uint64 from the default Source.
func Uint64() uint64 { return globalRand.Uint64() }

// Int31 returns a non-negative pseudo-random 31-bit integer as an int32 from the default
// Source.
func Int31() int32 { return globalRand.Int31() }

// Int returns a non-negative pseudo-random int from the default Source.
func Int() int { return globalRand.Int() }

// Int63n returns, as an int64, a non-negative pseudo-random number in [0,n) from the default
// Source. It panics if n <= 0.
func Int63n(n int64) int64 { return globalRand.Int63n(n) }

// Int31n returns, as an int32, a non-negative pseudo-random number in [0,n) from the default
// Source. It panics if n <= 0.
func Int31n(n int32) int32 { return globalRand.Int31n(n) }

// Intn returns, as an int, a non-negative pseudo-random number in [0,n) from the default
// Source. It panics if n <= 0.
func Intn(n int) int { return globalRand.Intn(n) }

// Float64 returns, as a float64, a pseudo-random number in [0.0,1.0) from the default Source.
func Float64() float64 { return globalRand.Float64() }

// Float32 returns, as a float32, a pseudo-random number in [0.0,1.0) from the default Source.
func Float32() float32 { return globalRand.Float32() }

// Perm returns, as a slice of n ints, a pseudo-random permutation of the integers in [0,n)
// from the default Source.
func Perm(n int) []int { return globalRand.Perm(n) }

// Shuffle pseudo-randomizes the order of elements using the default Source.
func Shuffle(n int, swap func(i, j int)) { globalRand.Shuffle(n, swap) }

// Read generates len(p) random bytes from the default Source and writes them into p. It
// always returns len(p) and a nil error.
func Read(p []byte) (n int, err error) { return globalRand.Read(p) }
