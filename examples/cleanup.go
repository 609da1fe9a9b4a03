// Every return path runs the deferred cleanups registered so far, in reverse order.
package main

import (
	"errors"
	"fmt"
)

func acquire(name string) string {
	fmt.Println("  acquire", name)
	return name
}

func release(name string) {
	fmt.Println("  release", name)
}

func process(step int) error {
	conn := acquire("connection")
	defer release(conn)

	if step == 0 {
		return errors.New("no work to do")
	}

	buf := acquire("buffer")
	defer release(buf)

	if step == 1 {
		return fmt.Errorf("step %d failed", step)
	}

	fmt.Println("  working with", conn, "and", buf)
	return nil
}

func main() {
	for step := 0; step < 3; step++ {
		fmt.Println("process", step)
		if err := process(step); err != nil {
			fmt.Println("  error:", err)
		} else {
			fmt.Println("  ok")
		}
	}
}
