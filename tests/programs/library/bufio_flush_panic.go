// A deferred Flush of a bufio.Writer on os.Stdout still runs when main panics: the buffered
// text is printed, then the panic (exit status 2). A word count over a Scanner feeds it.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

const text = `the quick brown fox
jumps over the lazy dog
The dog barks; the fox runs.
42 foxes, 7 dogs and 3.5 cats`

func main() {
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()

	counts := map[string]int{}
	var numbers []float64
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		word := strings.ToLower(strings.TrimFunc(sc.Text(), func(r rune) bool {
			return r == ',' || r == '.' || r == ';'
		}))
		if f, err := strconv.ParseFloat(word, 64); err == nil {
			numbers = append(numbers, f)
			continue
		}
		counts[word]++
	}
	words := make([]string, 0, len(counts))
	for k := range counts {
		words = append(words, k)
	}
	sort.Slice(words, func(i, j int) bool {
		if counts[words[i]] != counts[words[j]] {
			return counts[words[i]] > counts[words[j]]
		}
		return words[i] < words[j]
	})
	for _, k := range words[:5] {
		fmt.Fprintf(w, "%-6s %d\n", k, counts[k])
	}
	fmt.Fprintln(w, "numbers:", numbers)
	fmt.Fprintln(w, filepath.Join("out", "counts.txt"), w.Buffered())
	fmt.Println("unbuffered line comes first")
	var b strings.Builder
	for i, n := range numbers {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(strconv.FormatFloat(n*2, 'f', -1, 64))
	}
	fmt.Fprintln(w, "doubled:", b.String())
	_, err := strconv.Atoi(words[0])
	panic(err)
}
