// runtime.ReadMemStats: the fields move the way Go's do. Mallocs, TotalAlloc and NumGC only
// grow; runtime.GC counts in NumForcedGC; HeapAlloc and HeapObjects fall once garbage is
// dropped and collected; Frees grows; the heap's parts add up; debug.SetGCPercent returns the
// previous setting and FreeOSMemory releases pages.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

type blob struct {
	data []byte
	next *blob
}

var held *blob

func fill(n int) {
	for i := 0; i < n; i++ {
		held = &blob{data: make([]byte, 4096), next: held}
	}
}

func main() {
	var a, b, c runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	fill(5000) // about 20 MB live
	runtime.ReadMemStats(&b)
	fmt.Println("mallocs grow:", b.Mallocs-a.Mallocs >= 10000)
	fmt.Println("total alloc grows:", b.TotalAlloc-a.TotalAlloc >= 5000*4096)
	fmt.Println("heap alloc grows:", b.HeapAlloc-a.HeapAlloc >= 5000*4096)
	fmt.Println("alloc is heap alloc:", b.Alloc == b.HeapAlloc)
	fmt.Println("heap objects grow:", b.HeapObjects > a.HeapObjects)
	fmt.Println("heap in use within heap sys:", b.HeapInuse <= b.HeapSys, b.HeapIdle == b.HeapSys-b.HeapInuse)
	fmt.Println("sys covers heap:", b.Sys >= b.HeapSys)

	held = nil
	runtime.GC()
	runtime.ReadMemStats(&c)
	fmt.Println("num gc grows:", c.NumGC > b.NumGC, "forced:", c.NumForcedGC >= 2)
	fmt.Println("heap alloc falls:", c.HeapAlloc < b.HeapAlloc-4000*4096)
	fmt.Println("heap objects fall:", c.HeapObjects < b.HeapObjects-8000)
	fmt.Println("frees grow:", c.Frees-b.Frees >= 10000)
	fmt.Println("mallocs never fall:", c.Mallocs >= b.Mallocs, c.TotalAlloc >= b.TotalAlloc)
	fmt.Println("pause recorded:", c.PauseTotalNs > 0, c.PauseNs[(c.NumGC+255)%256] > 0, c.LastGC > 0)
	fmt.Println("next gc set:", c.NextGC > 0, "enabled:", c.EnableGC)
	fmt.Println("by size:", c.BySize[1].Size, c.BySize[2].Size, len(c.BySize))

	old := debug.SetGCPercent(50)
	fmt.Println("gc percent:", old, debug.SetGCPercent(old))
	debug.FreeOSMemory()
	var d runtime.MemStats
	runtime.ReadMemStats(&d)
	fmt.Println("released after FreeOSMemory:", d.HeapReleased > 0, d.NumGC > c.NumGC)
}
