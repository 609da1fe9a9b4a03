// wordfreq: counts word frequencies in an embedded text and prints the top N with tabwriter.
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"unicode"
)

const corpus = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair,
we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way --
in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for
evil, in the superlative degree of comparison only.

There were a king with a large jaw and a queen with a plain face, on the
throne of England; there were a king with a large jaw and a queen with
a fair face, on the throne of France. It's clear as crystal: the lords of
the State preserves of loaves and fishes thought things settled for ever.
`

type entry struct {
	word  string
	count int
}

type stats struct {
	lines      int
	blankLines int
	words      int
	letters    int
	longest    string
}

// splitWords breaks a line into lower-cased words, keeping inner apostrophes.
func splitWords(line string) []string {
	isWordRune := func(r rune) bool {
		return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
	}
	fields := strings.FieldsFunc(line, func(r rune) bool { return !isWordRune(r) })
	out := fields[:0]
	for _, f := range fields {
		f = strings.Trim(f, "'")
		if f == "" {
			continue
		}
		out = append(out, strings.ToLower(f))
	}
	return out
}

func count(text string) (map[string]int, stats, error) {
	counts := make(map[string]int)
	var st stats
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		st.lines++
		if strings.TrimSpace(line) == "" {
			st.blankLines++
			continue
		}
		for _, w := range splitWords(line) {
			counts[w]++
			st.words++
			for _, r := range w {
				if unicode.IsLetter(r) {
					st.letters++
				}
			}
			if len(w) > len(st.longest) || (len(w) == len(st.longest) && w < st.longest) {
				st.longest = w
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, st, fmt.Errorf("scanning corpus: %w", err)
	}
	return counts, st, nil
}

func topN(counts map[string]int, n int) []entry {
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	if n > len(entries) {
		n = len(entries)
	}
	return entries[:n]
}

func histogram(counts map[string]int) map[int]int {
	h := make(map[int]int)
	for w := range counts {
		h[len(w)]++
	}
	return h
}

func main() {
	counts, st, err := count(corpus)
	if err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}

	fmt.Printf("lines=%d blank=%d words=%d distinct=%d letters=%d\n",
		st.lines, st.blankLines, st.words, len(counts), st.letters)
	fmt.Printf("longest word: %q (%d letters)\n", st.longest, len(st.longest))
	fmt.Printf("average word length: %.3f\n", float64(st.letters)/float64(st.words))
	fmt.Println()

	tw := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(tw, "rank\tword\tcount\tshare\t")
	top := topN(counts, 15)
	for i, e := range top {
		share := 100 * float64(e.count) / float64(st.words)
		fmt.Fprintf(tw, "%d\t%s\t%d\t%.2f%%\t\n", i+1, e.word, e.count, share)
	}
	if err := tw.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, "flush:", err)
		os.Exit(1)
	}

	fmt.Println()
	fmt.Println("word length histogram (distinct words):")
	h := histogram(counts)
	lengths := make([]int, 0, len(h))
	for l := range h {
		lengths = append(lengths, l)
	}
	sort.Ints(lengths)
	for _, l := range lengths {
		fmt.Printf("%3d | %-20s %d\n", l, strings.Repeat("#", h[l]), h[l])
	}

	singletons := 0
	for _, c := range counts {
		if c == 1 {
			singletons++
		}
	}
	fmt.Printf("\nhapax legomena: %d of %d distinct words\n", singletons, len(counts))
}
