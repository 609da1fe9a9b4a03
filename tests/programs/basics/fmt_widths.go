package main

import "fmt"

func main() {
	fmt.Printf("|%5d|%-5d|%05d|%+5d|%+05d|\n", 42, 42, 42, 42, -42)
	fmt.Printf("|%x|%8x|%-8X|%08x|%#08x|\n", 3054, 3054, 3054, 3054, 3054)
	fmt.Printf("|%10s|%-10s|%.3s|%10.2s|\n", "gopher", "gopher", "gopher", "gopher")
	fmt.Printf("|%8.3f|%-8.3f|%08.3f|%+.3e|\n", 3.14159, 3.14159, -3.14159, 31415.9)
	fmt.Printf("|%6t|%-6t|\n", true, false)
	fmt.Printf("|%5c|%-5c|\n", 'x', 'y')
	fmt.Printf("|%8q|%-8q|\n", "a", "b")
	fmt.Printf("|%*d|%-*d|\n", 6, 7, 6, 7)
	fmt.Printf("|% d|% d|% x|\n", 5, -5, "abc")
	fmt.Printf("|%v|%6v|%-6v|\n", [2]int{1, 2}, [2]int{1, 2}, true)
	fmt.Printf("|%3d|\n", 123456)
	fmt.Printf("|%.2f|%.2f|%.2f|%.2f|\n", 2.675, 1.005, 0.125, -0.5)
	fmt.Printf("|%.0f|%.0f|%.0f|\n", 0.5, 1.5, 2.5)
	s := fmt.Sprintf("%3d|%-3d|%03d", 1, 2, 3)
	fmt.Println(s, len(s))
}
