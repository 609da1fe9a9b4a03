//go:build (linux || darwin) && !plan9

package main

const extra = "go:build expression"
