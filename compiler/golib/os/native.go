// Package os: the functions of Go 1.19's os package that the runtime implements
// (runtime/src/os.rs), declared without bodies so that they are ordinary
// functions of the package (also as function values).
package os

// Exit causes the current program to exit with the given status code at once; deferred
// functions are not run.
func Exit(code int)
