package main

var ch = make(chan int, 1)

func main() {
	const c = len([2]int{<-ch}) // ERROR "len([2]int{…}) (value of type int) is not constant"
	println(c)
}
