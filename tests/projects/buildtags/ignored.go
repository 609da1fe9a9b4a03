//go:build ignore

package main

func main() { this does not even parse }
