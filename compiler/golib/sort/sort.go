// Package sort: Go 1.19's sort package for deferc, written for deferc in the defer language.
//
// The unstable sorts must make exactly the calls to Less and Swap that Go 1.19 makes (users
// see them: equal elements end up where Go puts them, and a Less that prints shows it), so
// this file follows Go 1.19's algorithms step for step: pattern-defeating quicksort with
// insertion sort for short ranges and heapsort after too many unbalanced partitions, and for
// the stable sorts insertion-sorted blocks of 20 merged with SymMerge. One implementation
// over Interface serves Sort and Slice (Slice adapts its less function and a swapper).
package sort

// Interface is what Sort and Stable sort: a collection indexed by int.
type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

// Implemented by the runtime: the length of the slice in x (-1 if x holds no slice), the
// name of x's kind, and swapping two elements of the slice (what Go's reflectlite.Swapper
// provides).
func sliceLen(x any) int
func sliceKind(x any) string
func sliceSwap(x any, i, j int)

// valueError is the panic of reflect's Swapper given something other than a slice.
type valueError struct {
	kind string
}

func (e *valueError) Error() string {
	if e.kind == "" {
		return "reflect: call of Swapper on zero Value"
	}
	return "reflect: call of Swapper on " + e.kind + " Value"
}

// lengthOf is len(x) for Slice and SliceStable, panicking as Go does for a non-slice.
func lengthOf(x any) int {
	n := sliceLen(x)
	if n < 0 {
		panic(&valueError{sliceKind(x)})
	}
	return n
}

// lessSwap adapts Slice's arguments to Interface.
type lessSwap struct {
	less func(i, j int) bool
	x    any
	n    int
}

func (s *lessSwap) Len() int           { return s.n }
func (s *lessSwap) Less(i, j int) bool { return s.less(i, j) }
func (s *lessSwap) Swap(i, j int)      { sliceSwap(s.x, i, j) }

// bitLen is math/bits.Len: the number of bits needed to represent n.
func bitLen(n uint) int {
	l := 0
	for n != 0 {
		n >>= 1
		l++
	}
	return l
}

// Sort sorts data in ascending order as determined by its Less method. It is not stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(data, 0, n, bitLen(uint(n)))
}

// Slice sorts the slice x with the less function; not stable.
func Slice(x any, less func(i, j int) bool) {
	n := lengthOf(x)
	pdqsort(&lessSwap{less, x, n}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x with the less function, keeping equal elements in order.
func SliceStable(x any, less func(i, j int) bool) {
	n := lengthOf(x)
	stable(&lessSwap{less, x, n}, n)
}

// SliceIsSorted reports whether x is sorted according to less.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	for i := lengthOf(x) - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// Stable sorts data keeping equal elements in their original order.
func Stable(data Interface) {
	stable(data, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	for i := data.Len() - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	data Interface
}

func (r *reverse) Len() int           { return r.data.Len() }
func (r *reverse) Less(i, j int) bool { return r.data.Less(j, i) }
func (r *reverse) Swap(i, j int)      { r.data.Swap(i, j) }

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

// Float64Slice sorts []float64 in increasing order, NaNs first.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

// StringSlice sorts []string in increasing order.
type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

func Ints(x []int)         { Sort(IntSlice(x)) }
func Float64s(x []float64) { Sort(Float64Slice(x)) }
func Strings(x []string)   { Sort(StringSlice(x)) }

func IntsAreSorted(x []int) bool         { return IsSorted(IntSlice(x)) }
func Float64sAreSorted(x []float64) bool { return IsSorted(Float64Slice(x)) }
func StringsAreSorted(x []string) bool   { return IsSorted(StringSlice(x)) }

// Search returns the smallest i in [0, n) for which f(i) is true (n if none), assuming f
// is false then true over the range.
func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// ---------------------------------------------------------------------------------------
// Unstable sorting: pattern-defeating quicksort.

const (
	hintUnknown = iota
	hintIncreasing
	hintDecreasing
)

func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the heap property of data[first+lo : first+hi] from the root lo down.
func siftDown(data Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data Interface, a, b int) {
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, a)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(a, a+i)
		siftDown(data, 0, i, a)
	}
}

// pdqsort sorts data[a:b]; limit is how many unbalanced partitions are tolerated before
// falling back to heapsort.
func pdqsort(data Interface, a, b, limit int) {
	balanced, partitioned := true, true
	for {
		n := b - a
		if n <= 12 {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == hintDecreasing {
			reverseRange(data, a, b)
			pivot = (b - 1) - (pivot - a)
			hint = hintIncreasing
		}
		if balanced && partitioned && hint == hintIncreasing && partialInsertionSort(data, a, b) {
			return
		}
		// Many elements equal to the pivot: everything in data[a:b] is >= data[a-1], so put
		// the ones equal to the pivot first and go on with the rest.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, already := partition(data, a, b, pivot)
		partitioned = already
		left, right := mid-a, b-mid
		if left < right {
			balanced = left >= n/8
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= n/8
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to its final place p within data[a:b], smaller elements
// before it and the others after; reports whether nothing had to move.
func partition(data Interface, a, b, pivot int) (int, bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual puts the elements of data[a:b] equal to data[pivot] first (none is smaller)
// and returns where the greater ones start.
func partitionEqual(data Interface, a, b, pivot int) int {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			return i
		}
		data.Swap(i, j)
		i++
		j--
	}
}

// partialInsertionSort fixes up to 5 adjacent inversions in a long, nearly sorted range and
// reports whether the range is sorted afterwards.
func partialInsertionSort(data Interface, a, b int) bool {
	i := a + 1
	for step := 0; step < 5; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < 50 {
			return false
		}
		data.Swap(i, i-1)
		if i-a >= 2 {
			for k := i - 1; k >= 1; k-- {
				if !data.Less(k, k-1) {
					break
				}
				data.Swap(k, k-1)
			}
		}
		if b-i >= 2 {
			for k := i + 1; k < b; k++ {
				if !data.Less(k, k-1) {
					break
				}
				data.Swap(k, k-1)
			}
		}
	}
	return false
}

// breakPatterns swaps three elements around the middle with pseudo-random others (an
// xorshift generator seeded with the length, as Go does).
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	r := uint64(n)
	mask := uint(1)<<uint(bitLen(uint(n))) - 1
	for idx := a + (n/4)*2 - 1; idx <= a+(n/4)*2+1; idx++ {
		r ^= r << 13
		r ^= r >> 17
		r ^= r << 5
		other := int(uint(r) & mask)
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot picks the median of three (of three medians of three for 50 or more
// elements) and tells from the comparisons whether the range looks sorted either way.
func choosePivot(data Interface, a, b int) (int, int) {
	n := b - a
	swaps := 0
	i, j, k := a+n/4, a+n/4*2, a+n/4*3
	if n >= 8 {
		if n >= 50 {
			i = median(data, i-1, i, i+1, &swaps)
			j = median(data, j-1, j, j+1, &swaps)
			k = median(data, k-1, k, k+1, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, hintIncreasing
	case 12:
		return j, hintDecreasing
	}
	return j, hintUnknown
}

func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// ---------------------------------------------------------------------------------------
// Stable sorting: insertion-sorted blocks, merged pairwise with SymMerge (Kim and Kutzner,
// "Stable Minimum Storage Merging by Symmetric Comparisons", ESA 2004).

func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += block
	}
	insertionSort(data, a, n)
	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a = b
			b += 2 * block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] (a < m < b) in place.
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// One element on the left: binary-search its place in data[m:b] and bubble it there.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// One element on the right: its place in data[a:m], after the equal ones.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] with block swaps.
func rotate(data Interface, a, m, b int) {
	i, j := m-a, b-m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
