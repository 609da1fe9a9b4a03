// Package testing: Go 1.19's test runner, as `deferc test` uses it. deferc writes the test
// program's main (loader/testmain.rs) the way the go command does, calling MainStart with the
// package's tests, benchmarks and examples, and M.Run prints what Go's testing prints:
// `=== RUN`, `--- PASS/FAIL/SKIP` with durations, log lines as `    file_test.go:12: msg`,
// subtests indented under their parents, benchmark lines, PASS or FAIL.
//
// Every test runs on its own goroutine, as in Go, so that Fatal and SkipNow end it through
// runtime.Goexit, running its deferred calls; the goroutine that started it waits for its
// signal. deferc runs goroutines on one thread: parallel tests (t.Parallel) wait for their
// parent as in Go and then run one after the other.
package testing

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"
)

var (
	chatty      = flag.Bool("test.v", false, "verbose: print additional output")
	matchRun    = flag.String("test.run", "", "run only tests and examples matching `regexp`")
	matchBench  = flag.String("test.bench", "", "run only benchmarks matching `regexp`")
	benchMemory = flag.Bool("test.benchmem", false, "print memory allocations for benchmarks")
	count       = flag.Uint("test.count", 1, "run tests and benchmarks `n` times")
	cpuListStr  = flag.String("test.cpu", "", "comma-separated `list` of cpu counts to run each test with")
	short       = flag.Bool("test.short", false, "run smaller test suite to save time")
	failFast    = flag.Bool("test.failfast", false, "do not start new tests after the first test failure")
	_           = flag.Duration("test.timeout", 0, "panic test binary after duration `d` (0 means unlimited)")
	_           = flag.Bool("test.paniconexit0", false, "panic on call to os.Exit(0)")
	benchTime   = benchTimeFlag{d: time.Second}
	cpuList     []int
	numFailed   int
	importPath  string
)

func init() {
	flag.Var(&benchTime, "test.benchtime", "run each benchmark for duration `d`")
}

// benchTimeFlag is -test.benchtime: a duration, or a count of iterations (`100x`).
type benchTimeFlag struct {
	d time.Duration
	n int
}

func (f *benchTimeFlag) String() string {
	if f.n > 0 {
		return fmt.Sprintf("%dx", f.n)
	}
	return time.Duration(f.d).String()
}

func (f *benchTimeFlag) Set(s string) error {
	if strings.HasSuffix(s, "x") {
		n, err := strconv.ParseInt(s[:len(s)-1], 10, 0)
		if err != nil || n <= 0 {
			return fmt.Errorf("invalid count")
		}
		*f = benchTimeFlag{n: int(n)}
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return fmt.Errorf("invalid duration")
	}
	*f = benchTimeFlag{d: d}
	return nil
}

// Short reports whether the -test.short flag is set.
func Short() bool { return *short }

// Verbose reports whether the -test.v flag is set.
func Verbose() bool { return *chatty }

// Testing reports whether the current code is being run in a test.
func Testing() bool { return true }

// AllocsPerRun returns the average number of allocations during calls to f.
func AllocsPerRun(runs int, f func()) (avg float64) {
	var m runtime.MemStats
	f()
	runtime.ReadMemStats(&m)
	before := m.Mallocs
	for i := 0; i < runs; i++ {
		f()
	}
	runtime.ReadMemStats(&m)
	return float64((m.Mallocs - before) / uint64(runs))
}

func fmtDuration(d time.Duration) string {
	return fmt.Sprintf("%.2fs", d.Seconds())
}

// chattyPrinter prints verbose output, with `=== CONT` when output switches tests.
type chattyPrinter struct {
	lastName string
}

var chattyOut *chattyPrinter

func (p *chattyPrinter) Updatef(testName, format string, args ...any) {
	p.lastName = testName
	fmt.Printf(format, args...)
}

func (p *chattyPrinter) Printf(testName, format string, args ...any) {
	if p.lastName == "" {
		p.lastName = testName
	} else if p.lastName != testName {
		fmt.Printf("=== CONT  %s\n", testName)
		p.lastName = testName
	}
	fmt.Printf(format, args...)
}

// TB is the interface common to T and B.
type TB interface {
	Cleanup(func())
	Error(args ...any)
	Errorf(format string, args ...any)
	Fail()
	FailNow()
	Failed() bool
	Fatal(args ...any)
	Fatalf(format string, args ...any)
	Helper()
	Log(args ...any)
	Logf(format string, args ...any)
	Name() string
	Setenv(key, value string)
	Skip(args ...any)
	SkipNow()
	Skipf(format string, args ...any)
	Skipped() bool
	TempDir() string
}

var _ TB = (*T)(nil)
var _ TB = (*B)(nil)

// common is what T and B share: the name, the state, the buffered output and the cleanups.
type common struct {
	name     string
	output   []byte // non-verbose log output, shown with the result
	parent   *common
	level    int
	failed   bool
	skipped  bool
	finished bool // FailNow or SkipNow was called, or the function returned
	done     bool // the test and its subtests have completed
	hasSub   bool
	bench    bool
	start    time.Time
	duration time.Duration
	cleanups []func()
	helpers  map[uintptr]bool
	runner   uintptr // the entry of tRunner (frames above it are the runner's)
	signal   chan bool
	barrier  chan bool
	sub      []*T
	subNames map[string]int
	tempDir  string
	tempSeq  int
	envSaved bool
}

func (c *common) Name() string { return c.name }

func (c *common) Fail() {
	if c.parent != nil {
		c.parent.Fail()
	}
	if c.done {
		panic("Fail in goroutine after " + c.name + " has completed")
	}
	c.failed = true
}

func (c *common) Failed() bool { return c.failed }

func (c *common) FailNow() {
	c.Fail()
	c.finished = true
	runtime.Goexit()
}

func (c *common) Skipped() bool { return c.skipped }

func (c *common) SkipNow() {
	c.skipped = true
	c.finished = true
	runtime.Goexit()
}

func (c *common) log(s string) { c.logDepth(s, 3) }

// logDepth records a log line whose position is that of the call `depth` frames up (1 is
// logDepth's caller).
func (c *common) logDepth(s string, depth int) {
	if c.done {
		for p := c.parent; p != nil; p = p.parent {
			if !p.done {
				p.output = append(p.output, p.decorate(s, depth+1)...)
				return
			}
		}
		panic("Log in goroutine after " + c.name + " has completed: " + s)
	}
	if chattyOut != nil {
		if c.bench {
			fmt.Print(c.decorate(s, depth+1))
		} else {
			chattyOut.Printf(c.name, "%s", c.decorate(s, depth+1))
		}
		return
	}
	c.output = append(c.output, c.decorate(s, depth+1)...)
}

// decorate prefixes s with the file and line of the call `skip` frames up (skipping helper
// functions), indented 4 spaces, continuation lines 8.
func (c *common) decorate(s string, skip int) string {
	file, line := c.frameSkip(skip)
	if i := strings.LastIndex(file, "/"); i >= 0 {
		file = file[i+1:]
	}
	if file == "" {
		file = "???"
	}
	if line == 0 {
		line = 1
	}
	var b strings.Builder
	b.WriteString("    ")
	fmt.Fprintf(&b, "%s:%d: ", file, line)
	lines := strings.Split(s, "\n")
	if l := len(lines); l > 1 && lines[l-1] == "" {
		lines = lines[:l-1]
	}
	for i, l := range lines {
		if i > 0 {
			b.WriteString("\n        ")
		}
		b.WriteString(l)
	}
	b.WriteByte('\n')
	return b.String()
}

// frameSkip is the file and line of the frame `skip` frames above frameSkip's caller, moving
// past functions marked by Helper, but not into the test runner.
func (c *common) frameSkip(skip int) (string, int) {
	var firstFile, prevFile string
	var firstLine, prevLine int
	for k := skip + 1; k < skip+50; k++ {
		file, line, pc := callerAt(k)
		if pc == 0 {
			break
		}
		if firstFile == "" {
			firstFile, firstLine = file, line
		}
		entry := funcEntry(pc)
		if entry == c.runner && c.runner != 0 {
			return prevFile, prevLine
		}
		if !c.helpers[entry] {
			return file, line
		}
		prevFile, prevLine = file, line
	}
	return firstFile, firstLine
}

func (c *common) Log(args ...any)                 { c.log(fmt.Sprintln(args...)) }
func (c *common) Logf(format string, args ...any) { c.log(fmt.Sprintf(format, args...)) }

func (c *common) Error(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.Fail()
}

func (c *common) Errorf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.Fail()
}

func (c *common) Fatal(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.FailNow()
}

func (c *common) Fatalf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.FailNow()
}

func (c *common) Skip(args ...any) {
	c.log(fmt.Sprintln(args...))
	c.SkipNow()
}

func (c *common) Skipf(format string, args ...any) {
	c.log(fmt.Sprintf(format, args...))
	c.SkipNow()
}

// Helper marks the calling function as a test helper: log lines name its caller instead.
func (c *common) Helper() {
	_, _, pc := callerAt(1)
	if c.helpers == nil {
		c.helpers = map[uintptr]bool{}
	}
	c.helpers[funcEntry(pc)] = true
}

// Cleanup registers f to run when the test and its subtests complete, last registered first.
func (c *common) Cleanup(f func()) {
	c.cleanups = append(c.cleanups, f)
}

// runCleanup runs the cleanups, last registered first; one that ends its goroutine (Fatal,
// runtime.Goexit) or panics does not keep the others from running.
func (c *common) runCleanup() {
	defer func() {
		if len(c.cleanups) > 0 {
			c.runCleanup()
		}
	}()
	for len(c.cleanups) > 0 {
		f := c.cleanups[len(c.cleanups)-1]
		c.cleanups = c.cleanups[:len(c.cleanups)-1]
		f()
	}
}

// TempDir returns a new directory for the test, removed when it completes.
func (c *common) TempDir() string {
	if c.tempDir == "" {
		pattern := c.name
		mapper := func(r rune) rune {
			if r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_' || r == '-') {
				return r
			}
			return -1
		}
		pattern = strings.Map(mapper, pattern)
		dir, err := os.MkdirTemp("", pattern)
		if err != nil {
			c.Fatalf("TempDir: %v", err)
		}
		c.tempDir = dir
		c.Cleanup(func() {
			if err := os.RemoveAll(dir); err != nil {
				c.Errorf("TempDir RemoveAll cleanup: %v", err)
			}
		})
	}
	c.tempSeq++
	dir := fmt.Sprintf("%s%c%03d", c.tempDir, os.PathSeparator, c.tempSeq)
	if err := os.Mkdir(dir, 0o777); err != nil {
		c.Fatalf("TempDir: %v", err)
	}
	return dir
}

// Setenv sets an environment variable for the test, restored when it completes.
func (c *common) Setenv(key, value string) {
	prev, ok := os.LookupEnv(key)
	if err := os.Setenv(key, value); err != nil {
		c.Fatalf("cannot set environment variable: %v", err)
	}
	c.envSaved = true
	if ok {
		c.Cleanup(func() { os.Setenv(key, prev) })
	} else {
		c.Cleanup(func() { os.Unsetenv(key) })
	}
}

// flushToParent writes a result line and the test's output to where the parent shows it: the
// standard output for a top-level test, the parent's output (indented) for a subtest.
func (c *common) flushToParent(testName, format string, args ...any) {
	s := fmt.Sprintf(format, args...) + string(c.output)
	c.output = c.output[:0]
	p := c.parent
	if p.parent == nil {
		if chattyOut != nil {
			chattyOut.Updatef(testName, "%s", s)
		} else {
			fmt.Print(s)
		}
		return
	}
	for len(s) > 0 {
		end := strings.IndexByte(s, '\n')
		if end < 0 {
			end = len(s)
		} else {
			end++
		}
		p.output = append(p.output, "    "...)
		p.output = append(p.output, s[:end]...)
		s = s[end:]
	}
}

// T is a test's state, passed to Test functions.
type T struct {
	common
	isParallel bool
	doneCh     chan bool
}

// InternalTest is a test of the package (written by the generated main).
type InternalTest struct {
	Name string
	F    func(*T)
}

// Parallel signals that this test may run in parallel with others: it waits until its
// parent's function returns, as in Go, then runs (after the parallel tests before it).
func (t *T) Parallel() {
	if t.isParallel {
		panic("testing: t.Parallel called multiple times")
	}
	if t.envSaved {
		panic("testing: t.Parallel called after t.Setenv; cannot set environment variables in parallel tests")
	}
	t.isParallel = true
	if t.parent.barrier == nil {
		return
	}
	t.duration += time.Since(t.start)
	t.parent.sub = append(t.parent.sub, t)
	if chattyOut != nil {
		chattyOut.Updatef(t.name, "=== PAUSE %s\n", t.name)
	}
	t.signal <- true   // release the caller of Run
	<-t.parent.barrier // wait for the parent's function to return
	// One parallel test at a time: the one before this one has finished.
	for _, s := range t.parent.sub {
		if s == t {
			break
		}
		<-s.barrierDone()
	}
	if chattyOut != nil {
		chattyOut.Updatef(t.name, "=== CONT  %s\n", t.name)
	}
	t.start = time.Now()
}

// barrierDone is closed when a parallel test has finished (for the next one to start).
func (t *T) barrierDone() chan bool {
	if t.doneCh == nil {
		t.doneCh = make(chan bool)
	}
	return t.doneCh
}

// Run runs f as a subtest of t called name, on its own goroutine, and waits for it (or for
// it to call Parallel). It reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool {
	t.hasSub = true
	testName, ok := fullName(&t.common, name, *matchRun)
	if !ok || (*failFast && numFailed > 0) {
		return true
	}
	sub := &T{common: common{
		name:    testName,
		parent:  &t.common,
		level:   t.level + 1,
		signal:  make(chan bool, 1),
		barrier: make(chan bool),
	}}
	if chattyOut != nil {
		chattyOut.Updatef(sub.name, "=== RUN   %s\n", sub.name)
	}
	go tRunner(sub, f)
	<-sub.signal
	return !sub.failed
}

var errNilPanicOrGoexit = fmt.Errorf("test executed panic(nil) or runtime.Goexit")

// tRunner runs one test function and reports it.
func tRunner(t *T, fn func(t *T)) {
	_, _, pc := callerAt(0)
	t.runner = funcEntry(pc)
	defer func() {
		if t.Failed() {
			numFailed++
		}
		err := recover()
		if !t.finished && err == nil {
			err = errNilPanicOrGoexit
		}
		if err != nil {
			t.Fail()
			t.runCleanup()
			for root := &t.common; root.parent != nil; root = root.parent {
				root.duration += time.Since(root.start)
				root.flushToParent(root.name, "--- FAIL: %s (%s)\n", root.name, fmtDuration(root.duration))
			}
			panic(err)
		}
		t.duration += time.Since(t.start)
		if len(t.sub) > 0 {
			// Let the parallel subtests run, then wait for them.
			close(t.barrier)
			for _, s := range t.sub {
				<-s.signal
			}
		}
		if len(t.sub) > 0 {
			cleanupStart := time.Now()
			t.runCleanup()
			t.duration += time.Since(cleanupStart)
		}
		t.report()
		t.done = true
		if t.isParallel {
			close(t.barrierDone())
		}
		t.signal <- true
	}()
	// The cleanups of a test without subtests run in a deferred call of their own, so that a
	// Fatal in one ends that call only and the test is still reported (Go's order).
	defer func() {
		if len(t.sub) == 0 {
			t.runCleanup()
		}
	}()
	t.start = time.Now()
	fn(t)
	t.finished = true
}

func (t *T) report() {
	if t.parent == nil {
		return
	}
	dstr := fmtDuration(t.duration)
	format := "--- %s: %s (%s)\n"
	if t.Failed() {
		t.flushToParent(t.name, format, "FAIL", t.name, dstr)
	} else if chattyOut != nil {
		if t.Skipped() {
			t.flushToParent(t.name, format, "SKIP", t.name, dstr)
		} else {
			t.flushToParent(t.name, format, "PASS", t.name, dstr)
		}
	}
}

// fullName is the name of parent's subtest `name` (spaces as underscores, `#01` and up for
// repeats) and whether the -test.run or -test.bench pattern selects it: the pattern's
// top-level alternatives, each split at slashes into one pattern per level, as Go 1.19's
// matcher splits them; a name matches an alternative when each of its slash-separated
// elements matches that level's pattern.
func fullName(parent *common, name string, pattern string) (string, bool) {
	name = strings.ReplaceAll(name, " ", "_")
	full := name
	if parent != nil && parent.parent != nil {
		full = parent.name + "/" + name
	}
	if parent != nil {
		if parent.subNames == nil {
			parent.subNames = map[string]int{}
		}
		n := parent.subNames[full]
		parent.subNames[full] = n + 1
		if n > 0 {
			full = fmt.Sprintf("%s#%02d", full, n)
		}
	}
	if pattern == "" {
		return full, true
	}
	elems := strings.Split(full, "/")
	for _, alt := range splitOutside(pattern, '|') {
		levels := splitOutside(alt, '/')
		ok := true
		for i, s := range elems {
			if i >= len(levels) {
				break
			}
			if !matchString(levels[i], s) {
				ok = false
				break
			}
		}
		if ok {
			return full, true
		}
	}
	return full, false
}

// splitOutside splits p at the separators outside brackets and parentheses.
func splitOutside(p string, sep byte) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '[', '(':
			depth++
		case ']', ')':
			depth--
		case '\\':
			i++
		case sep:
			if depth == 0 {
				out = append(out, p[start:i])
				start = i + 1
			}
		}
	}
	return append(out, p[start:])
}

// M is what TestMain receives: m.Run runs the tests.
type M struct {
	tests      []InternalTest
	benchmarks []InternalBenchmark
	examples   []InternalExample
	exitCode   int
}

// MainStart is meant for the generated main (loader/testmain.rs), as in Go.
func MainStart(deps any, tests []InternalTest, benchmarks []InternalBenchmark, fuzzTargets any, examples []InternalExample) *M {
	return &M{tests: tests, benchmarks: benchmarks, examples: examples}
}

// MainExitCode is the exit code of the last m.Run, for the generated main to exit with after
// a TestMain that returns (Go's reads the field by reflection).
func MainExitCode(m *M) int { return m.exitCode }

// SetImportPath names the package in benchmark headers (the go command passes it to Go's
// generated main through testing/internal/testdeps).
func SetImportPath(p string) { importPath = p }

// Run runs the tests, examples and benchmarks; it returns the exit code for os.Exit.
func (m *M) Run() (code int) {
	if !flag.Parsed() {
		flag.Parse()
	}
	if *chatty {
		chattyOut = &chattyPrinter{}
	}
	cpuList = nil
	if *cpuListStr != "" {
		for _, v := range strings.Split(*cpuListStr, ",") {
			n, err := strconv.Atoi(strings.TrimSpace(v))
			if err != nil || n <= 0 {
				fmt.Fprintf(os.Stderr, "testing: invalid value %q for -test.cpu\n", v)
				os.Exit(1)
			}
			cpuList = append(cpuList, n)
		}
	} else {
		// GOMAXPROCS: deferc runs goroutines on one thread.
		cpuList = []int{1}
	}
	testRan, testOk := runTests(m.tests)
	exampleRan, exampleOk := runExamples(m.examples)
	if !testRan && !exampleRan && *matchBench == "" {
		fmt.Fprintln(os.Stderr, "testing: warning: no tests to run")
	}
	if !testOk || !exampleOk || !runBenchmarks(m.benchmarks) {
		fmt.Println("FAIL")
		m.exitCode = 1
		return 1
	}
	fmt.Println("PASS")
	m.exitCode = 0
	return 0
}

func runTests(tests []InternalTest) (ran, ok bool) {
	ok = true
	for range cpuList {
		for i := uint(0); i < *count; i++ {
			root := &T{common: common{signal: make(chan bool, 1), barrier: make(chan bool)}}
			tRunner(root, func(t *T) {
				for _, test := range tests {
					t.Run(test.Name, test.F)
				}
			})
			<-root.signal
			ok = ok && !root.Failed()
			ran = ran || root.hasSub
		}
	}
	return ran, ok
}

// InternalExample is an example of the package with its expected output.
type InternalExample struct {
	Name      string
	F         func()
	Output    string
	Unordered bool
}

func runExamples(examples []InternalExample) (ran, ok bool) {
	ok = true
	for _, eg := range examples {
		if _, ok := fullName(nil, eg.Name, *matchRun); !ok {
			continue
		}
		ran = true
		if !runExample(eg) {
			ok = false
		}
	}
	return ran, ok
}

// runExample runs an example with the standard output going to a file, then compares what
// it printed with its `// Output:` comment.
func runExample(eg InternalExample) (ok bool) {
	if *chatty {
		fmt.Printf("=== RUN   %s\n", eg.Name)
	}
	saved, tmp := redirectStdout()
	if saved < 0 {
		fmt.Fprintln(os.Stderr, "testing: cannot capture standard output")
		os.Exit(1)
	}
	finished := false
	start := time.Now()
	defer func() {
		spent := time.Since(start)
		size := restoreStdout(saved, tmp)
		buf := make([]byte, size)
		read := 0
		for read < size {
			n, err := syscallRead(tmp, buf[read:])
			if n <= 0 || err != nil {
				break
			}
			read += n
		}
		syscallClose(tmp)
		err := recover()
		ok = eg.processRunResult(string(buf[:read]), spent, finished, err)
	}()
	eg.F()
	finished = true
	return
}

func sortLines(output string) string {
	lines := strings.Split(output, "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

func (eg *InternalExample) processRunResult(stdout string, spent time.Duration, finished bool, recovered any) (passed bool) {
	passed = true
	dstr := fmtDuration(spent)
	var fail string
	got := strings.TrimSpace(stdout)
	want := strings.TrimSpace(eg.Output)
	if eg.Unordered {
		if sortLines(got) != sortLines(want) && recovered == nil {
			fail = fmt.Sprintf("got:\n%s\nwant (unordered):\n%s\n", stdout, eg.Output)
		}
	} else if got != want && recovered == nil {
		fail = fmt.Sprintf("got:\n%s\nwant:\n%s\n", got, want)
	}
	if fail != "" || !finished || recovered != nil {
		fmt.Printf("--- FAIL: %s (%s)\n%s", eg.Name, dstr, fail)
		passed = false
	} else if *chatty {
		fmt.Printf("--- PASS: %s (%s)\n", eg.Name, dstr)
	}
	if recovered != nil {
		panic(recovered)
	}
	if !finished {
		panic(errNilPanicOrGoexit)
	}
	return
}
