// A text tool as people write them: count the words of stdin, print the most frequent.
// stdin: wordfreq_stdin.txt
// args: -n 3 --lower
package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func main() {
	top, lower := 5, false
	for i := 1; i < len(os.Args); i++ {
		switch os.Args[i] {
		case "-n":
			i++
			n, err := strconv.Atoi(os.Args[i])
			if err != nil {
				fmt.Fprintln(os.Stderr, "bad -n:", err)
				os.Exit(2)
			}
			top = n
		case "--lower":
			lower = true
		}
	}
	counts := map[string]int{}
	lines := 0
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		lines++
		for _, w := range strings.Fields(sc.Text()) {
			w = strings.Trim(w, ".,;:!?\"'()")
			if lower {
				w = strings.ToLower(w)
			}
			if w != "" {
				counts[w]++
			}
		}
	}
	words := make([]string, 0, len(counts))
	for w := range counts {
		words = append(words, w)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	if len(words) > top {
		words = words[:top]
	}
	fmt.Printf("%d lines, %d distinct words\n", lines, len(counts))
	for _, w := range words {
		fmt.Printf("%-8s %d\n", w, counts[w])
	}
}
