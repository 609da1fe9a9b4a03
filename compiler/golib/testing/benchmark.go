package testing

import (
	"fmt"
	"math"
	"os"
	"runtime"
	"sort"
	"strings"
	"time"
)

// InternalBenchmark is a benchmark of the package (written by the generated main).
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// B is a benchmark's state, passed to Benchmark functions: run the measured code b.N times.
type B struct {
	common
	N           int
	benchFunc   func(b *B)
	benchTime   benchTimeFlag
	timerOn     bool
	showAllocs  bool
	result      BenchmarkResult
	bytes       int64
	startAllocs uint64
	startBytes  uint64
	netAllocs   uint64
	netBytes    uint64
	extra       map[string]float64
	maxLen      int
}

var memStats runtime.MemStats

// StartTimer starts timing (Benchmark functions start with it running).
func (b *B) StartTimer() {
	if !b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
		b.timerOn = true
	}
}

// StopTimer stops timing, for setup that should not count.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += time.Since(b.start)
		runtime.ReadMemStats(&memStats)
		b.netAllocs += memStats.Mallocs - b.startAllocs
		b.netBytes += memStats.TotalAlloc - b.startBytes
		b.timerOn = false
	}
}

// ResetTimer zeroes the elapsed time and allocation counters.
func (b *B) ResetTimer() {
	if b.extra == nil {
		b.extra = make(map[string]float64, 16)
	} else {
		for k := range b.extra {
			delete(b.extra, k)
		}
	}
	if b.timerOn {
		runtime.ReadMemStats(&memStats)
		b.startAllocs = memStats.Mallocs
		b.startBytes = memStats.TotalAlloc
		b.start = time.Now()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the bytes processed in one operation (for MB/s).
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables allocation statistics for this benchmark.
func (b *B) ReportAllocs() { b.showAllocs = true }

// ReportMetric adds a custom metric to the result line.
func (b *B) ReportMetric(n float64, unit string) {
	if unit == "" || strings.ContainsAny(unit, " \t") {
		panic("metric unit must not be empty or contain white space")
	}
	b.extra[unit] = n
}

// Elapsed returns the measured time.
func (b *B) Elapsed() time.Duration {
	d := b.duration
	if b.timerOn {
		d += time.Since(b.start)
	}
	return d
}

// runN runs the benchmark function once with b.N = n (with a collection first, as Go does).
func (b *B) runN(n int) {
	defer b.runCleanup()
	runtime.GC()
	b.N = n
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
}

// run1 runs the function once with N = 1 on its own goroutine (Fatal ends it); whether to go
// on to the real measurement (not when it failed, was skipped, or only ran sub-benchmarks).
func (b *B) run1() bool {
	go func() {
		defer func() { b.signal <- true }()
		b.runN(1)
	}()
	<-b.signal
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, b.output)
		return false
	}
	if b.hasSub || b.finished {
		tag := "BENCH"
		if b.skipped {
			tag = "SKIP"
		}
		if chattyOut != nil && (len(b.output) > 0 || b.finished) {
			fmt.Printf("--- %s: %s\n%s", tag, b.name, b.output)
		}
		return false
	}
	return true
}

// launch grows N as Go 1.19 does until the benchmark runs for the -test.benchtime duration
// (or exactly the requested count), so that ns/op figures compare with Go's.
func (b *B) launch() {
	defer func() { b.signal <- true }()
	if b.benchTime.n > 0 {
		if b.benchTime.n > 1 {
			b.runN(b.benchTime.n)
		}
	} else {
		d := b.benchTime.d
		for n := int64(1); !b.failed && b.duration < d && n < 1e9; {
			last := n
			goalns := d.Nanoseconds()
			prevIters := int64(b.N)
			prevns := b.duration.Nanoseconds()
			if prevns <= 0 {
				prevns = 1
			}
			n = goalns * prevIters / prevns
			n += n / 5
			if n > 100*last {
				n = 100 * last
			}
			if n < last+1 {
				n = last + 1
			}
			if n > 1e9 {
				n = 1e9
			}
			b.runN(int(n))
		}
	}
	b.result = BenchmarkResult{b.N, b.duration, b.bytes, b.netAllocs, b.netBytes, b.extra}
}

func (b *B) doBench() BenchmarkResult {
	go b.launch()
	<-b.signal
	return b.result
}

var labelsPrinted bool

func printLabels() {
	if labelsPrinted {
		return
	}
	labelsPrinted = true
	fmt.Printf("goos: %s\n", runtime.GOOS)
	fmt.Printf("goarch: %s\n", runtime.GOARCH)
	if importPath != "" {
		fmt.Printf("pkg: %s\n", importPath)
	}
	if cpu := cpuName(); cpu != "" {
		fmt.Printf("cpu: %s\n", cpu)
	}
}

// cpuName is the processor's model name, from /proc/cpuinfo as Go's internal/sysinfo reads it.
func cpuName() string {
	data, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return ""
	}
	for _, line := range strings.Split(string(data), "\n") {
		if k, v, ok := strings.Cut(line, ":"); ok && strings.TrimSpace(k) == "model name" {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

func benchmarkName(name string, n int) string {
	if n != 1 {
		return fmt.Sprintf("%s-%d", name, n)
	}
	return name
}

// Run benchmarks f as a sub-benchmark of b called name.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName, ok := fullName(&b.common, name, *matchBench)
	if !ok {
		return true
	}
	sub := &B{
		common: common{
			signal: make(chan bool),
			name:   benchName,
			parent: &b.common,
			level:  b.level + 1,
			bench:  true,
		},
		benchFunc: f,
		benchTime: b.benchTime,
		maxLen:    b.maxLen,
	}
	printLabels()
	if chattyOut != nil {
		fmt.Println(benchName)
	}
	if sub.run1() {
		sub.processBench()
	}
	return !sub.failed
}

// processBench measures the benchmark once per -test.cpu value and -test.count, printing a
// result line each time.
func (b *B) processBench() {
	for i, procs := range cpuList {
		for j := uint(0); j < *count; j++ {
			// -cpu names the results as Go does; deferc runs them all on its one thread.
			benchName := benchmarkName(b.name, procs)
			if chattyOut == nil {
				fmt.Printf("%-*s\t", b.maxLen, benchName)
			}
			if i > 0 || j > 0 {
				b = &B{
					common:    common{signal: make(chan bool), name: b.name, bench: true},
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
					maxLen:    b.maxLen,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				fmt.Printf("--- FAIL: %s\n%s", benchName, b.output)
				continue
			}
			results := r.String()
			if chattyOut != nil {
				fmt.Printf("%-*s\t", b.maxLen, benchName)
			}
			if *benchMemory || b.showAllocs {
				results += "\t" + r.MemString()
			}
			fmt.Println(results)
			if len(b.output) > 0 {
				fmt.Printf("--- BENCH: %s\n%s", benchName, b.output)
			}
		}
	}
}

// runBenchmarks runs the benchmarks -test.bench selects; false when one failed.
func runBenchmarks(benchmarks []InternalBenchmark) bool {
	if *matchBench == "" {
		return true
	}
	maxprocs := 1
	for _, p := range cpuList {
		if p > maxprocs {
			maxprocs = p
		}
	}
	extLen := len(benchmarkName("", maxprocs))
	maxLen := 0
	var bs []InternalBenchmark
	for _, bm := range benchmarks {
		if _, ok := fullName(nil, bm.Name, *matchBench); ok {
			bs = append(bs, bm)
			if l := len(benchmarkName(bm.Name, maxprocs)) + extLen + 1; l > maxLen {
				maxLen = l
			}
		}
	}
	main := &B{
		common: common{name: "Main", signal: make(chan bool), bench: true},
		benchFunc: func(b *B) {
			for _, bm := range bs {
				b.Run(bm.Name, bm.F)
			}
		},
		benchTime: benchTime,
		maxLen:    maxLen,
	}
	main.runN(1)
	return !main.failed
}

// Benchmark benchmarks a single function outside a test binary's main.
func Benchmark(f func(b *B)) BenchmarkResult {
	b := &B{
		common:    common{signal: make(chan bool), bench: true},
		benchFunc: f,
		benchTime: benchTime,
	}
	if b.run1() {
		return b.doBench()
	}
	return BenchmarkResult{}
}

// BenchmarkResult is the result of a benchmark run.
type BenchmarkResult struct {
	N         int
	T         time.Duration
	Bytes     int64
	MemAllocs uint64
	MemBytes  uint64
	Extra     map[string]float64
}

// NsPerOp returns the ns/op metric.
func (r BenchmarkResult) NsPerOp() int64 {
	if v, ok := r.Extra["ns/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return r.T.Nanoseconds() / int64(r.N)
}

func (r BenchmarkResult) mbPerSec() float64 {
	if v, ok := r.Extra["MB/s"]; ok {
		return v
	}
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / r.T.Seconds()
}

// AllocsPerOp returns the allocs/op metric.
func (r BenchmarkResult) AllocsPerOp() int64 {
	if v, ok := r.Extra["allocs/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the B/op metric.
func (r BenchmarkResult) AllocedBytesPerOp() int64 {
	if v, ok := r.Extra["B/op"]; ok {
		return int64(v)
	}
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String is the result line: iterations, ns/op, MB/s and the extra metrics.
func (r BenchmarkResult) String() string {
	buf := new(strings.Builder)
	fmt.Fprintf(buf, "%8d", r.N)
	ns, ok := r.Extra["ns/op"]
	if !ok {
		ns = float64(r.T.Nanoseconds()) / float64(r.N)
	}
	if ns != 0 {
		buf.WriteByte('\t')
		prettyPrint(buf, ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		fmt.Fprintf(buf, "\t%7.2f MB/s", mbs)
	}
	var keys []string
	for k := range r.Extra {
		switch k {
		case "ns/op", "MB/s", "B/op", "allocs/op":
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		buf.WriteByte('\t')
		prettyPrint(buf, r.Extra[k], k)
	}
	return buf.String()
}

// prettyPrint prints x with as many decimals as Go's benchmark lines show for its size.
func prettyPrint(w *strings.Builder, x float64, unit string) {
	var format string
	switch y := math.Abs(x); {
	case y == 0 || y >= 999.95:
		format = "%10.0f %s"
	case y >= 99.995:
		format = "%12.1f %s"
	case y >= 9.9995:
		format = "%13.2f %s"
	case y >= 0.99995:
		format = "%14.3f %s"
	case y >= 0.099995:
		format = "%15.4f %s"
	case y >= 0.0099995:
		format = "%16.5f %s"
	case y >= 0.00099995:
		format = "%17.6f %s"
	default:
		format = "%18.7f %s"
	}
	fmt.Fprintf(w, format, x, unit)
}

// MemString is the B/op and allocs/op columns.
func (r BenchmarkResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}
