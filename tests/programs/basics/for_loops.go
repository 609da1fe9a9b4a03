package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 10
	for n > 0 {
		n -= 3
	}
	fmt.Println("n", n)
	k := 0
	for {
		k++
		if k == 4 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Println("odd k", k)
	}
	arr := [4]string{"a", "b", "c", "d"}
	for i := range arr {
		fmt.Print(i)
	}
	fmt.Println()
	for _, v := range arr {
		fmt.Print(v)
	}
	fmt.Println()
	for i, j := 0, len(arr)-1; i < j; i, j = i+1, j-1 {
		arr[i], arr[j] = arr[j], arr[i]
	}
	fmt.Println(arr)
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)
	var i int
	for i = 0; i < 5; i += 2 {
	}
	fmt.Println("after", i)
	count := 0
	for range arr {
		count++
	}
	fmt.Println(count)
}
