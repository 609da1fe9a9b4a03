package main

var features = []string{"linux-file-suffix", extra}
