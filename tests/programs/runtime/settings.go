// GOMAXPROCS (from $GOMAXPROCS, then as set), NumCgoCall, GOROOT, GoroutineProfile, the
// profile records, and runtime/debug's settings: each returns the previous value.
// env: GOMAXPROCS=1
package main

import (
	"fmt"
	"math"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"
)

func main() {
	fmt.Println(runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(3), runtime.GOMAXPROCS(0), runtime.GOMAXPROCS(-1), runtime.GOMAXPROCS(1))
	fmt.Println(runtime.NumCgoCall())
	fmt.Println(runtime.GOROOT() != "")

	block := make(chan int)
	for i := 0; i < 2; i++ {
		go func() { <-block }()
	}
	runtime.Gosched()
	n, ok := runtime.GoroutineProfile(nil)
	fmt.Println(n, ok)
	recs := make([]runtime.StackRecord, n+2)
	n, ok = runtime.GoroutineProfile(recs)
	fmt.Println(n, ok)
	for _, r := range recs[:n] {
		var names []string
		for _, pc := range r.Stack() {
			f := runtime.FuncForPC(pc - 1)
			if f != nil && strings.HasPrefix(f.Name(), "main.") {
				file, line := f.FileLine(pc - 1)
				names = append(names, fmt.Sprintf("%s %s:%d", f.Name(), filepath.Base(file), line))
			}
		}
		fmt.Println(strings.Join(names, " | "))
	}
	var sr runtime.StackRecord
	sr.Stack0[0], sr.Stack0[1] = 1, 2
	fmt.Println(sr.Stack(), len(recs[n].Stack()))
	mr := runtime.MemProfileRecord{AllocBytes: 10, FreeBytes: 3, AllocObjects: 5, FreeObjects: 1}
	fmt.Println(mr.InUseBytes(), mr.InUseObjects(), len(mr.Stack()))
	var br runtime.BlockProfileRecord
	br.Count = 2
	fmt.Println(br.Count, len(br.Stack()))

	fmt.Println(debug.SetMaxStack(1<<20), debug.SetMaxStack(1<<30))
	fmt.Println(debug.SetMaxThreads(100), debug.SetMaxThreads(10000))
	fmt.Println(debug.SetPanicOnFault(true), debug.SetPanicOnFault(false))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64, debug.SetMemoryLimit(1<<30) == math.MaxInt64, debug.SetMemoryLimit(-1), debug.SetMemoryLimit(math.MaxInt64))
	fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(100))
	debug.SetTraceback("single")

	runtime.GC()
	var st debug.GCStats
	st.PauseQuantiles = make([]time.Duration, 5)
	debug.ReadGCStats(&st)
	fmt.Println(st.NumGC > 0, len(st.Pause) > 0, len(st.Pause) == len(st.PauseEnd), st.PauseTotal >= 0, cap(st.Pause), st.LastGC.Unix() > 0)
	fmt.Println(st.PauseQuantiles[0] <= st.PauseQuantiles[4])

	bi, ok := debug.ReadBuildInfo()
	fmt.Println(ok, bi.Path, bi.Main.Path == "", len(bi.Deps))
	fmt.Printf("%q %q\n", bi.Settings[0].Key, bi.Settings[0].Value)
	fmt.Println(strings.Contains(bi.String(), "\npath\tcommand-line-arguments\nbuild\t-compiler=gc\n"))
	bi2, err := debug.ParseBuildInfo("path\tp\nmod\tm\tv1\th1:x\ndep\td\tv2\t\n=>\tr\tv3\th1:y\nbuild\t\"a b\"=\"c d\"\nbuild\tk=v\n")
	fmt.Println(err)
	fmt.Print(bi2)
	fmt.Println(bi2.Deps[0].Replace.Path, bi2.Settings[0].Key)
	_, err = debug.ParseBuildInfo("path\tp\nmod\tm\n")
	fmt.Println(err)
	_, err = debug.ParseBuildInfo("=>\tr\tv\ts\n")
	fmt.Println(err)
	_, err = debug.ParseBuildInfo("build\tk v=1\n")
	fmt.Println(err)
}
