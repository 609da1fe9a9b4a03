// Package greet comes from vendor/.
package greet

import "example.org/greet/loud"

func Hello(name string) string { return loud.Up("hello, ") + name }
