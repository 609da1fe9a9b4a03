// +build !linux

package plat

const oldStyle = "+build !linux"
