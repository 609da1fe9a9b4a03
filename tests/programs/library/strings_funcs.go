// Package strings: searching, splitting, joining, case mapping, trimming, replacing.
package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello!  "
	t := strings.TrimSpace(s)
	fmt.Println(strings.Contains(t, "World"), strings.HasPrefix(t, "Hello"), strings.HasSuffix(t, "!"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.Count(t, "l"), strings.IndexByte(t, 'W'), strings.IndexRune(t, 'd'))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Fields("  x  y\tz\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"), strings.ToUpper(t), strings.ToLower("ÀB"))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), strings.ReplaceAll(t, "l", "L"))
	fmt.Println(strings.Trim("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("a.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.ContainsRune("abc", 'b'), strings.ContainsAny("abc", "xyz"))
	fmt.Printf("%q %d\n", strings.SplitN("a:b:c", ":", 2), len(strings.Split("", ",")))
}
