package testing

import "syscall"

// callerAt is runtime.Caller for log positions, counting frames as runtime.Caller does (this
// function stands where runtime.Caller would), also returning the pc.
func callerAt(skip int) (file string, line int, pc uintptr) {
	pc = caller(skip, &file, &line)
	return
}

// caller is the frame walk package log uses (runtime/src/traceback.rs caller_impl).
func caller(skip int, file *string, line *int) uintptr

// funcEntry is the entry of the compiled function holding pc (runtime/src/pkg_testing.rs).
func funcEntry(pc uintptr) uintptr

// redirectStdout points the standard output at a temporary file (runtime/src/pkg_testing.rs).
func redirectStdout() (saved, tmp int)

// restoreStdout puts the standard output back; returns the size of what was written.
func restoreStdout(saved, tmp int) int

func syscallRead(fd int, b []byte) (int, error) { return syscall.Read(fd, b) }

func syscallClose(fd int) { syscall.Close(fd) }
