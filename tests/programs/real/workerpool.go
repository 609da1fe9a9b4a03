// workerpool: a fixed-size worker pool with sync.WaitGroup, channels, a mutex-protected counter map and sorted results.
package main

import (
	"errors"
	"fmt"
	"hash/fnv"
	"os"
	"sort"
	"strings"
	"sync"
	"text/tabwriter"
)

type Job struct {
	ID   int
	Path string
}

type Result struct {
	JobID  int
	Path   string
	Hash   uint32
	Steps  int
	Err    error
	Worker int
}

// Counter is a string-keyed counter safe for concurrent use.
type Counter struct {
	mu sync.Mutex
	m  map[string]int
}

func NewCounter() *Counter { return &Counter{m: make(map[string]int)} }

func (c *Counter) Add(key string, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] += n
}

func (c *Counter) Snapshot() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := make(map[string]int, len(c.m))
	for k, v := range c.m {
		out[k] = v
	}
	return out
}

var errEmpty = errors.New("empty path")

// collatz counts steps to reach 1; used as deterministic busy work.
func collatz(n uint32) int {
	steps := 0
	x := uint64(n%100000) + 1
	for x != 1 {
		if x%2 == 0 {
			x /= 2
		} else {
			x = 3*x + 1
		}
		steps++
	}
	return steps
}

func process(j Job) (uint32, int, error) {
	if strings.TrimSpace(j.Path) == "" {
		return 0, 0, fmt.Errorf("job %d: %w", j.ID, errEmpty)
	}
	h := fnv.New32a()
	h.Write([]byte(j.Path))
	sum := h.Sum32()
	return sum, collatz(sum), nil
}

func worker(id int, jobs <-chan Job, results chan<- Result, counts *Counter, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		sum, steps, err := process(j)
		ext := "(none)"
		if i := strings.LastIndexByte(j.Path, '.'); i >= 0 {
			ext = j.Path[i:]
		}
		if err != nil {
			counts.Add("errors", 1)
		} else {
			counts.Add("ext "+ext, 1)
			counts.Add("total steps", steps)
		}
		results <- Result{JobID: j.ID, Path: j.Path, Hash: sum, Steps: steps, Err: err, Worker: id}
	}
}

func main() {
	paths := []string{
		"cmd/server/main.go", "internal/db/conn.go", "internal/db/conn_test.go",
		"README.md", "docs/design.md", "web/static/app.js", "web/static/style.css",
		"", "scripts/release.sh", "go.mod", "go.sum", "internal/auth/token.go",
		"internal/auth/token_test.go", "web/templates/index.html", "   ",
		"Makefile", "LICENSE", "cmd/tool/flags.go", "docs/api.md", "web/static/vendor.js",
	}

	const numWorkers = 4
	jobs := make(chan Job)
	results := make(chan Result, len(paths))
	counts := NewCounter()

	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, counts, &wg)
	}

	go func() {
		for i, p := range paths {
			jobs <- Job{ID: i + 1, Path: p}
		}
		close(jobs)
	}()

	go func() {
		wg.Wait()
		close(results)
	}()

	var all []Result
	perWorker := make(map[int]int)
	for r := range results {
		all = append(all, r)
		perWorker[r.Worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].JobID < all[j].JobID })

	tw := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tPATH\tFNV-1a\tSTEPS\tSTATUS")
	var failed []error
	for _, r := range all {
		status := "ok"
		if r.Err != nil {
			status = "error"
			failed = append(failed, r.Err)
		}
		fmt.Fprintf(tw, "%d\t%q\t%08x\t%d\t%s\n", r.JobID, r.Path, r.Hash, r.Steps, status)
	}
	tw.Flush()

	fmt.Println()
	fmt.Printf("processed %d jobs with %d workers\n", len(all), numWorkers)
	busy := 0
	for _, n := range perWorker {
		busy += n
	}
	fmt.Printf("jobs accounted to workers: %d\n", busy)
	for _, e := range failed {
		fmt.Printf("failure: %v (empty path: %t)\n", e, errors.Is(e, errEmpty))
	}

	snap := counts.Snapshot()
	keys := make([]string, 0, len(snap))
	for k := range snap {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("counters:")
	for _, k := range keys {
		fmt.Printf("  %-14s %6d\n", k, snap[k])
	}

	var once sync.Once
	var mu sync.Mutex
	total := 0
	var wg2 sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg2.Add(1)
		go func(n int) {
			defer wg2.Done()
			once.Do(func() { fmt.Println("once: first goroutine to finish setup") })
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg2.Wait()
	fmt.Println("sum 1..100 computed concurrently:", total)
}
