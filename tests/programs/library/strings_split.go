package main

// Package strings: splitting and joining. Split, SplitN, SplitAfter, SplitAfterN with every
// kind of separator and count (the results' lengths and capacities too), Fields and
// FieldsFunc with Unicode spaces and invalid UTF-8, and Join.

import (
	"fmt"
	"strings"
	"unicode"
)

func show(name string, v []string) {
	fmt.Printf("%s %q len=%d cap=%d nil=%v\n", name, v, len(v), cap(v), v == nil)
}

func main() {
	strs := []string{"", "a,b,,c", ",a,", "héllo", "a\xffb", "\xff\xfe\xfd", "a, b, c", ",,,", "abc"}
	seps := []string{",", "", ", ", "b", "\xff", "abc", "xyz"}
	for _, s := range strs {
		for _, sep := range seps {
			fmt.Printf("%q / %q\n", s, sep)
			show(" Split", strings.Split(s, sep))
			show(" SplitAfter", strings.SplitAfter(s, sep))
			for _, n := range []int{-1, 0, 1, 2, 3, 10} {
				show(fmt.Sprint(" SplitN ", n), strings.SplitN(s, sep, n))
				show(fmt.Sprint(" SplitAfterN ", n), strings.SplitAfterN(s, sep, n))
			}
		}
	}
	for _, s := range []string{"", "   ", " a b  c ", "\ta\nb\vc\fd\re", "x\u00a0y\u2003z\u3000w\u0085v", "a\xffb \xfe c", "one", "é è\u2028ê"} {
		show("Fields", strings.Fields(s))
		show("FieldsFunc", strings.FieldsFunc(s, unicode.IsSpace))
		show("FieldsFunc punct", strings.FieldsFunc(s, func(r rune) bool { return r == 'b' || r == 0xFFFD }))
	}
	for _, e := range [][]string{nil, {}, {""}, {"a"}, {"a", "b"}, {"", ""}, {"x", "y", "z"}} {
		fmt.Printf("%q %q %q\n", strings.Join(e, ","), strings.Join(e, ""), strings.Join(e, "--"))
	}
}
