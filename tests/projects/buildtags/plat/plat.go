package plat

import "runtime"

// Describe names what the build selected.
func Describe() string { return "GOOS=" + runtime.GOOS + " old-style: " + oldStyle }
