// An unrecovered panic with a named integer type prints the type name: main.MyInt(7).
package main

type MyInt int

func main() {
	panic(MyInt(7))
}
