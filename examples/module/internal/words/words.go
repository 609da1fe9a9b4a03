// Package words counts words.
package words

import (
	"sort"
	"strings"
)

// Count is a word and how often it occurs.
type Count struct {
	Word  string
	Count int
}

// Top returns the n most frequent words of text, most frequent first, ties in alphabetical
// order.
func Top(text string, n int) []Count {
	counts := map[string]int{}
	for _, w := range strings.Fields(strings.ToLower(text)) {
		counts[w]++
	}
	var out []Count
	for w, c := range counts {
		out = append(out, Count{w, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Word < out[j].Word
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}
