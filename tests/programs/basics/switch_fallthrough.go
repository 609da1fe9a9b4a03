package main

import "fmt"

func grade(n int) string {
	switch {
	case n >= 90:
		return "A"
	case n >= 80:
		return "B"
	case n >= 70:
		return "C"
	}
	return "F"
}

func fall(n int) {
	switch n {
	case 0:
		fmt.Print("zero ")
		fallthrough
	case 1:
		fmt.Print("one ")
		fallthrough
	case 2:
		fmt.Print("two ")
	case 3, 4:
		fmt.Print("three-or-four ")
	default:
		fmt.Print("default ")
		fallthrough
	case 10:
		fmt.Print("ten ")
	}
	fmt.Println()
}

func sw(s string) int {
	switch x := len(s); x {
	case 0:
		return -1
	case 1, 2, 3:
		return x * 10
	default:
		if s[0] == 'z' {
			break
		}
		return x
	}
	return 999
}

func main() {
	for _, n := range [4]int{95, 85, 72, 10} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	for i := 0; i <= 5; i++ {
		fall(i)
	}
	fall(10)
	fmt.Println(sw(""), sw("ab"), sw("hello"), sw("zebra"))
	switch {
	default:
		fmt.Println("only default")
	}
	x := 5
	switch y := x * 2; {
	case y > 5:
		fmt.Println("y big", y)
	}
}
