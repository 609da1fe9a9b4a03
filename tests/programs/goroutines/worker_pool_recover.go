package main

// A worker pool: odd workers panic in the middle of a job, recover in a deferred function and
// report the failure over the results channel; even workers report results. Job j goes to
// worker j%4 and the collector sorts by job, so the output does not depend on scheduling.

import (
	"fmt"
	"sort"
	"sync"
)

type result struct {
	job    int
	worker int
	value  int
	err    error
}

func process(worker, job int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("worker %d recovered: %v", worker, r)
		}
	}()
	if worker%2 == 1 {
		var m map[string]int
		m["boom"] = job // panics: assignment to entry in nil map
	}
	return job * job, nil
}

func main() {
	var jobs [4]chan int
	results := make(chan result, 16)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		jobs[w] = make(chan int)
		wg.Add(1)
		go func(worker int) {
			defer wg.Done()
			for j := range jobs[worker] {
				v, err := process(worker, j)
				results <- result{j, worker, v, err}
			}
		}(w)
	}
	go func() {
		for j := 1; j <= 12; j++ {
			jobs[j%4] <- j
		}
		for _, c := range jobs {
			close(c)
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	ok, failed := 0, 0
	for _, r := range all {
		if r.err != nil {
			failed++
			fmt.Println("job", r.job, "failed:", r.err)
		} else {
			ok++
			fmt.Println("job", r.job, "=", r.value, "by worker", r.worker)
		}
	}
	fmt.Println(len(all), "jobs:", ok+failed == 12)
	_, err := process(1, 7)
	fmt.Println(err)
}
