// A nil pointer fault that was recovered leaves no trace: a later, unrelated unrecovered panic
// prints only itself, without the [signal SIGSEGV ...] line.
package main

import "fmt"

func probe(p *int) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	return *p, nil
}

func main() {
	fmt.Println(probe(nil))
	panic("later, unrelated")
}
