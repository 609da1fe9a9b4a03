// Package debug: the collector's controls of Go 1.19's runtime/debug (runtime/src/mem/mgc.rs).
package debug

// SetGCPercent sets the garbage collection target percentage (GOGC): a collection is
// triggered when the heap has grown that many percent over what the last one found live. A
// negative percentage disables collection. It returns the previous setting.
func SetGCPercent(percent int) int {
	return setGCPercent(percent)
}

// FreeOSMemory forces a garbage collection, then returns as much memory to the operating
// system as possible.
func FreeOSMemory() {
	freeOSMemory()
}

func setGCPercent(percent int) int
func freeOSMemory()
