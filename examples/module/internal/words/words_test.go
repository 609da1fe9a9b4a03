package words

import (
	"fmt"
	"testing"
)

func TestTop(t *testing.T) {
	got := Top("b a b c a b", 2)
	want := []Count{{"b", 3}, {"a", 2}}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("Top = %v, want %v", got, want)
	}
}

func TestTopTies(t *testing.T) {
	for _, n := range []int{0, 1, 5} {
		t.Run(fmt.Sprint("n=", n), func(t *testing.T) {
			if got := Top("x y z", n); len(got) != min(n, 3) {
				t.Errorf("len = %d", len(got))
			}
		})
	}
}

func min(a, b int) int {
	if a < b {
		return a
	}
	return b
}

func ExampleTop() {
	fmt.Println(Top("go defer go panic go recover defer", 2))
	// Output: [{go 3} {defer 2}]
}

func BenchmarkTop(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Top("the quick brown fox jumps over the lazy dog", 3)
	}
}
