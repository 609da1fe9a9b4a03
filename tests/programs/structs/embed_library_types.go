package main

// Embedding library types: sort.Interface (the sort.Reverse idiom), io.Writer, *os.File.

import (
	"fmt"
	"io"
	"os"
	"sort"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type countingWriter struct {
	io.Writer
	n int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	return c.Writer.Write(p)
}

type logFile struct {
	*os.File
	name string
}

func main() {
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	sort.Sort(sort.Reverse(byLen(words)))
	fmt.Println(words)
	cw := &countingWriter{Writer: os.Stdout}
	fmt.Fprintf(cw, "hello %d\n", 42)
	fmt.Println(cw.n)
	lf := logFile{os.Stdout, "out"}
	lf.WriteString("via promoted WriteString\n")
	fmt.Fprintln(lf, "via io.Writer", lf.Name())
	defer lf.WriteString("deferred promoted\n")
}
