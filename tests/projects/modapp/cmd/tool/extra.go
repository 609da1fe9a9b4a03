package main

// This file sees textutil's names unqualified; main.go sees them as tu.X.
import . "example.com/modapp/internal/textutil"

func shout(s string) string { return Title(s) + "!" }

var extraMax = Max(3, 9, 4)
