package main

import "fmt"

func main() {
	s := "aé世\U0001F600z"
	for i, r := range s {
		fmt.Println(i, r, string(r))
	}
	for i := range "abc" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println("runes:", count, "bytes:", len(s))
	bad := "a\xffb\xc3"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
}
