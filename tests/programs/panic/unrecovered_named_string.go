// An unrecovered panic with a named string type prints main.MyString("...") with quotes.
package main

type MyString string

func main() {
	panic(MyString("named"))
}
