package main

import (
	"fmt"
	"runtime/debug"
)

// runtime/debug is supported for the collector's controls (SetGCPercent, FreeOSMemory); its
// other members are reported as unsupported, at their first use.
func main() {
	old := debug.SetGCPercent(50)
	debug.SetMaxStack(1 << 20) // ERROR "unsupported: runtime/debug.SetMaxStack"
	fmt.Println(old)
}
