// Package runtime: the target architecture on x86-64 (selected by the file name, as the go
// command does).
package runtime

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"
