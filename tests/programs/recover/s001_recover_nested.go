// Article 001 "defer配合recover", adapted: the goroutine becomes a plain call (no go statement,
// no time.Sleep) and os.Getenv("USER_") becomes an empty string variable; the panic in the inner
// function literal runs its defer, then is recovered by the outer literal's deferred closure.
package main

import "fmt"

func main() {
	defer fmt.Println("defer main")
	var user = ""

	func() {
		defer func() {
			fmt.Println("defer caller")
			if err := recover(); err != nil {
				fmt.Println("recover success. err: ", err)
			}
		}()

		func() {
			defer func() {
				fmt.Println("defer here")
			}()

			if user == "" {
				panic("should set user env.")
			}

			// never reached
			fmt.Println("after panic")
		}()
	}()

	fmt.Println("end of main function")
}
