package main

import (
	"fmt"
	"sort"
)

// A panic inside the less function unwinds through sort's frames to a recover in the caller;
// the slice is left as the sort had it then, and sorting again works.

type byLen []string

func (s byLen) Len() int      { return len(s) }
func (s byLen) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byLen) Less(i, j int) bool {
	if s[i] == "boom" || s[j] == "boom" {
		panic(fmt.Sprintf("compared %q with %q", s[i], s[j]))
	}
	return len(s[i]) < len(s[j])
}

func sortSafely(words []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("sort failed: %v", r)
		}
	}()
	sort.Sort(byLen(words))
	return nil
}

func main() {
	words := []string{"ccc", "a", "bb", "dddd", "boom", "ee"}
	fmt.Println(sortSafely(words))
	words[4] = "f"
	fmt.Println(sortSafely(words), words)
	calls := 0
	nums := []int{9, 8, 7, 6, 5, 4, 3, 2, 1, 0, 10, 11, 12, 13, 14}
	sort.Slice(nums, func(i, j int) bool {
		calls++
		defer func() { calls++ }()
		return nums[i] < nums[j]
	})
	fmt.Println(nums, calls)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var m map[string]int
		sort.Slice(m, func(i, j int) bool { return false })
	}()
	sort.Slice([]int{3, 1, 2}, func(i, j int) bool { panic("unrecovered in less") })
}
