package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", "\n")
	fmt.Println("a", "b", 1, 2, 3.5, true)
	s := fmt.Sprint("a", 1, 2, "b")
	t := fmt.Sprintln("line", 1, 2)
	fmt.Printf("%q %q\n", s, t)
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Println()
	fmt.Println(1e6, 1e21, 123456789.0, 0.000001, 1.0, -0.0, 100.5)
	fmt.Println(int8(-5), uint16(65535), 'a', byte('a'), "a"[0])
	e := errors.New("an error")
	fmt.Println(e, [2]string{"x", "y"}, [0]int{})
	fmt.Print(e, "\n")
	fmt.Print(e, e, "\n")
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprint(1, nil))
	fmt.Println(fmt.Sprint(3, 4), fmt.Sprint("3", "4"), fmt.Sprint(3, "4", 5))
}
