// What package runtime says about the toolchain and machine (target-independent facts only,
// so the golden holds on x86-64 and aarch64).
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func main() {
	fmt.Println(runtime.Compiler, runtime.GOOS)
	fmt.Println(runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64")
	fmt.Println(runtime.NumCPU() >= 1, strings.HasPrefix(runtime.Version(), "go1.19"))
	runtime.MemProfileRate = 0
	fmt.Println(runtime.MemProfileRate)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	const c = runtime.Compiler + "/" + runtime.GOOS
	fmt.Println(len(c), c)
	f := runtime.NumCPU
	fmt.Println(f() == runtime.NumCPU())
}
