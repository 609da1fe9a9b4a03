package calc

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

func TestAdd(t *testing.T) {
	if got := Add(2, 3); got != 5 {
		t.Errorf("Add(2, 3) = %d, want 5", got)
	}
	t.Log("internal test sees unexported double:", double(4))
}

func TestDivTable(t *testing.T) {
	cases := []struct {
		a, b, want int
		err        error
	}{
		{6, 3, 2, nil},
		{1, 0, 0, ErrDivZero},
		{7, 2, 4, nil}, // wrong on purpose: 7/2 is 3
	}
	for _, c := range cases {
		c := c
		t.Run(fmt.Sprintf("%d/%d", c.a, c.b), func(t *testing.T) {
			got, err := Div(c.a, c.b)
			if err != c.err {
				t.Fatalf("error %v, want %v", err, c.err)
			}
			if got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
}

func checkPositive(t *testing.T, x int) {
	t.Helper()
	if x <= 0 {
		t.Errorf("%d is not positive", x)
	}
}

func TestHelper(t *testing.T) {
	checkPositive(t, 1)
	checkPositive(t, -1) // the failure is reported on this line
}

func TestSkip(t *testing.T) {
	t.Skip("not today")
	t.Error("unreachable")
}

func TestFatalInCleanup(t *testing.T) {
	t.Cleanup(func() { t.Log("cleanup 1 runs last") })
	t.Cleanup(func() {
		t.Log("cleanup 2 runs first")
	})
	defer func() { t.Log("deferred call runs before cleanups") }()
	t.Fatal("fatal stops the test")
	t.Log("unreachable")
}

func TestTempDir(t *testing.T) {
	d := t.TempDir()
	p := filepath.Join(d, "x.txt")
	if err := os.WriteFile(p, []byte("hi"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(p)
	if err != nil || string(b) != "hi" {
		t.Fatalf("read back %q, %v", b, err)
	}
}

func TestNested(t *testing.T) {
	t.Run("outer", func(t *testing.T) {
		t.Log("in outer")
		t.Run("inner", func(t *testing.T) {
			t.Log("in inner")
		})
		t.Run("inner-fail", func(t *testing.T) {
			t.Error("inner failed")
		})
	})
	t.Log("after subtests")
}

func TestParallelRunsSerially(t *testing.T) {
	for _, name := range []string{"a", "b"} {
		name := name
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			t.Log("parallel", name)
		})
	}
}

func BenchmarkAdd(b *testing.B) {
	for i := 0; i < b.N; i++ {
		Add(i, i)
	}
}
