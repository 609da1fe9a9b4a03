package main

func main() {
	for {
		continue nowhere // ERROR "continue label not defined: nowhere"
	}
}
