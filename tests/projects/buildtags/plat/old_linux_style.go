// +build linux,amd64 linux,arm64

package plat

const oldStyle = "+build linux,amd64 linux,arm64"
