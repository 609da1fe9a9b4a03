// Package runtime: the target architecture on aarch64 (selected by the file name, as the go
// command does).
package runtime

// GOARCH is the running program's architecture target.
const GOARCH = "arm64"
