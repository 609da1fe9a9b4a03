// stdin: fmt_scan_stdin.txt
//
// Scan, Scanln and Scanf read os.Stdin one byte at a time: the byte read past each token is
// lost (os.Stdin cannot unread), which the later reads show.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
)

func main() {
	var count int
	n, err := fmt.Scan(&count)
	fmt.Println("count:", n, err, count)
	sum := 0
	for i := 0; i < count; i++ {
		var x int
		n, err = fmt.Scan(&x)
		fmt.Println("x:", n, err, x)
		sum += x
	}
	fmt.Println("sum:", sum)

	var a, b string
	n, err = fmt.Scanln(&a, &b)
	fmt.Printf("Scanln: %d %v %q %q\n", n, err, a, b)
	n, err = fmt.Scanln(&a, &b)
	fmt.Printf("Scanln short: %d %v %q %q\n", n, err, a, b)
	n, err = fmt.Scanln(&a, &b)
	fmt.Printf("Scanln after: %d %v %q %q\n", n, err, a, b)

	var x, y int
	n, err = fmt.Scanf("x=%d y=%d\n", &x, &y)
	fmt.Println("Scanf:", n, err, x, y)
	n, err = fmt.Scanf("%s %s", &a, &b)
	fmt.Printf("Scanf words: %d %v %q %q\n", n, err, a, b)
	n, err = fmt.Scanf("%s", &a)
	fmt.Printf("Scanf at newline: %d %v %q\n", n, err, a)
	n, err = fmt.Scanln()
	fmt.Println("Scanln empty line:", n, err)
	var nums [3]int
	n, err = fmt.Scan(&nums[0], &nums[1], &nums[2])
	fmt.Println("three:", n, err, nums)
	n, err = fmt.Scanln(&x)
	fmt.Println("Scanln x:", n, err, x)

	rest, err := io.ReadAll(bufio.NewReader(os.Stdin))
	fmt.Printf("rest: %q %v\n", rest, err)
	n, err = fmt.Scan(&x)
	fmt.Println("at EOF:", n, err)
	n, err = fmt.Scanln(&x)
	fmt.Println("Scanln at EOF:", n, err)
	n, err = fmt.Scanf("%d", &x)
	fmt.Println("Scanf at EOF:", n, err)
}
