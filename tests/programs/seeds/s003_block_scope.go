// Article 003, 1.2: leaving a block does not run the block's defers; only returning does.
package main

import "fmt"

func main() {
	{
		defer fmt.Println("defer runs")
		fmt.Println("block ends")
	}
	fmt.Println("main ends")
}
