package main

func main() {
	defer int(1) // ERROR "defer requires function call, not conversion"
}
