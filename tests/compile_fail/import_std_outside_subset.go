package main

import (
	"compress/gzip" // ERROR "unsupported: package \"compress/gzip\""
	"os"
)

var w *gzip.Writer

func main() {
	w = gzip.NewWriter(os.Stdout)
	defer w.Close()
}
