package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

	n := 0
loop:
	for {
		switch {
		case n > 5:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println("n", n)

	count := 0
rows:
	for _, row := range [3]string{"ab", "cd", "ef"} {
		for _, c := range row {
			if c == 'd' {
				continue rows
			}
			count++
		}
	}
	fmt.Println("count", count)
}
