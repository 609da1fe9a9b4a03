package main

import (
	"os"
	"text/tabwriter" // ERROR "unsupported: package \"text/tabwriter\""
)

var w *tabwriter.Writer

func main() {
	w = tabwriter.NewWriter(os.Stdout, 0, 0, 1, ' ', 0)
	defer w.Flush()
}
