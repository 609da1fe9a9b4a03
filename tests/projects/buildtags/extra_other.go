//go:build !linux && !darwin

package main

const extra = "other systems"
