// GOTRACEBACK=none: the panic and nothing else.
// env: GOTRACEBACK=none
// traceback
package main

import "errors"

func main() {
	panic(errors.New("quiet"))
}
