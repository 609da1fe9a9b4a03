package main

import (
	"fmt"
	"runtime/debug"
)

// Members of runtime/debug deferc does not have (a heap dump needs Go's heap format) are
// reported as unsupported, at their first use.
func main() {
	old := debug.SetGCPercent(50)
	debug.WriteHeapDump(2) // ERROR "unsupported: runtime/debug.WriteHeapDump"
	fmt.Println(old)
}
