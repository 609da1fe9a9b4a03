// fmt.Errorf wraps the operand of its %w wherever the verb stands (issue: the wrapped index was
// stale when %w was not the first verb), only once, and only an error.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrBoom = errors.New("boom")
var ErrOther = errors.New("other")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("myerr %d", e.Code) }

func show(label string, e error) {
	fmt.Printf("%-10s %q is=%v isOther=%v unwrap=%v\n", label, e.Error(), errors.Is(e, ErrBoom), errors.Is(e, ErrOther), errors.Unwrap(e))
}

func main() {
	n := 42
	show("first", fmt.Errorf("%w at line %d", ErrBoom, n))
	show("second", fmt.Errorf("line %d: %w", n, ErrBoom))
	show("third", fmt.Errorf("%s %d %w", "x", 1, ErrBoom))
	show("v-then-w", fmt.Errorf("%v then %w", ErrOther, ErrBoom))
	show("w-then-v", fmt.Errorf("%w then %v", ErrOther, ErrBoom))
	show("two-w", fmt.Errorf("%w and %w", ErrBoom, ErrOther))
	show("non-error", fmt.Errorf("%w", 1))
	show("non-err2", fmt.Errorf("%d %w", 1, 2))
	show("nil", fmt.Errorf("x %w", nil))
	show("indexed", fmt.Errorf("%[2]d %[1]w", ErrBoom, 7))
	show("width", fmt.Errorf("%5d|%w", 3, ErrBoom))
	show("missing", fmt.Errorf("%d %w", 3))
	show("percent", fmt.Errorf("100%% %w", ErrBoom))
	show("padded", fmt.Errorf("[%10w]", ErrBoom))

	// A chain: the outer error wraps one that wraps a *MyErr.
	inner := fmt.Errorf("open %s: %w", "f.txt", &MyErr{7})
	outer := fmt.Errorf("step %d of %d: %w", 2, 3, inner)
	fmt.Println(outer)
	var me *MyErr
	if errors.As(outer, &me) {
		fmt.Println("as:", me.Code)
	}
	fmt.Println(errors.Unwrap(outer) == inner, errors.Unwrap(errors.Unwrap(outer)) == error(me))
	_, err := os.Open("/does/not/exist")
	wrapped := fmt.Errorf("config %q: %w", "/does/not/exist", err)
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrNotExist))

	// Sprintf never wraps: %w there is a bad verb.
	fmt.Println(fmt.Sprintf("%d %w", 1, ErrBoom))
}
