package greet_test

import (
	"fmt"
	"testing"

	"example.com/testmain/greet"
)

func TestHello(t *testing.T) {
	for _, n := range []string{"a", "b c"} {
		t.Run(n, func(t *testing.T) {
			if got := greet.Hello(n); got != "hello, "+n {
				t.Errorf("got %q", got)
			}
		})
	}
	t.Run("b c", func(t *testing.T) {}) // a repeated name gets #01
}

func ExampleHello() {
	fmt.Println(greet.Hello("example"))
	// Output: hello, example
}

func BenchmarkHello(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		greet.Hello("x")
	}
}
