// An unrecovered panic(false).
package main

func main() {
	panic(false)
}
