// Functions with 9, 16, 17, 33, 64 and 65 defers (deferc's defer_bits widths and the record
// fallback past 64), some conditional, some recovering a panic, run in LIFO order.
package main

import "fmt"

var trace [400]int
var nt int

func add(r *int, v int) {
	*r = *r*7 + v
	trace[nt%400] = v
	nt++
}

func nine(k int) (r int) {
	defer add(&r, 0)
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	defer add(&r, 4)
	defer add(&r, 5)
	defer add(&r, 6)
	defer add(&r, 7)
	defer add(&r, 8)
	return k
}

func sixteen(k int) (r int) {
	if k > 0 {
		defer func() { r = r*3 + 0 }()
	}
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	defer add(&r, 4)
	if k > 5 {
		defer func() { r = r*3 + 5 }()
	}
	defer add(&r, 6)
	defer add(&r, 7)
	defer add(&r, 8)
	defer add(&r, 9)
	if k > 3 {
		defer func() { r = r*3 + 10 }()
	}
	defer add(&r, 11)
	defer add(&r, 12)
	defer add(&r, 13)
	defer add(&r, 14)
	if k > 1 {
		defer func() { r = r*3 + 15 }()
	}
	return k
}

func seventeen(k int) (r int) {
	defer add(&r, 0)
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	defer add(&r, 4)
	defer add(&r, 5)
	defer add(&r, 6)
	defer add(&r, 7)
	defer add(&r, 8)
	defer add(&r, 9)
	defer add(&r, 10)
	defer add(&r, 11)
	defer add(&r, 12)
	defer add(&r, 13)
	defer add(&r, 14)
	defer add(&r, 15)
	defer add(&r, 16)
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("seventeen recovered", e, r)
			r += 1000
		}
	}()
	if k > 2 {
		panic("seventeen boom")
	}
	return k
}

func thirtythree(k int) (r int) {
	if k > 0 {
		defer func() { r = r*3 + 0 }()
	}
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	if k > 4 {
		defer func() { r = r*3 + 4 }()
	}
	defer add(&r, 5)
	defer add(&r, 6)
	defer add(&r, 7)
	if k > 1 {
		defer func() { r = r*3 + 8 }()
	}
	defer add(&r, 9)
	defer add(&r, 10)
	defer add(&r, 11)
	if k > 5 {
		defer func() { r = r*3 + 12 }()
	}
	defer add(&r, 13)
	defer add(&r, 14)
	defer add(&r, 15)
	if k > 2 {
		defer func() { r = r*3 + 16 }()
	}
	defer add(&r, 17)
	defer add(&r, 18)
	defer add(&r, 19)
	if k > 6 {
		defer func() { r = r*3 + 20 }()
	}
	defer add(&r, 21)
	defer add(&r, 22)
	defer add(&r, 23)
	if k > 3 {
		defer func() { r = r*3 + 24 }()
	}
	defer add(&r, 25)
	defer add(&r, 26)
	defer add(&r, 27)
	if k > 0 {
		defer func() { r = r*3 + 28 }()
	}
	defer add(&r, 29)
	defer add(&r, 30)
	defer add(&r, 31)
	if k > 4 {
		defer func() { r = r*3 + 32 }()
	}
	return k
}

func sixtyfour(k int) (r int) {
	defer add(&r, 0)
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	defer add(&r, 4)
	defer add(&r, 5)
	defer add(&r, 6)
	defer add(&r, 7)
	defer add(&r, 8)
	defer add(&r, 9)
	defer add(&r, 10)
	defer add(&r, 11)
	defer add(&r, 12)
	defer add(&r, 13)
	defer add(&r, 14)
	defer add(&r, 15)
	defer add(&r, 16)
	defer add(&r, 17)
	defer add(&r, 18)
	defer add(&r, 19)
	defer add(&r, 20)
	defer add(&r, 21)
	defer add(&r, 22)
	defer add(&r, 23)
	defer add(&r, 24)
	defer add(&r, 25)
	defer add(&r, 26)
	defer add(&r, 27)
	defer add(&r, 28)
	defer add(&r, 29)
	defer add(&r, 30)
	defer add(&r, 31)
	defer add(&r, 32)
	defer add(&r, 33)
	defer add(&r, 34)
	defer add(&r, 35)
	defer add(&r, 36)
	defer add(&r, 37)
	defer add(&r, 38)
	defer add(&r, 39)
	defer add(&r, 40)
	defer add(&r, 41)
	defer add(&r, 42)
	defer add(&r, 43)
	defer add(&r, 44)
	defer add(&r, 45)
	defer add(&r, 46)
	defer add(&r, 47)
	defer add(&r, 48)
	defer add(&r, 49)
	defer add(&r, 50)
	defer add(&r, 51)
	defer add(&r, 52)
	defer add(&r, 53)
	defer add(&r, 54)
	defer add(&r, 55)
	defer add(&r, 56)
	defer add(&r, 57)
	defer add(&r, 58)
	defer add(&r, 59)
	defer add(&r, 60)
	defer add(&r, 61)
	defer add(&r, 62)
	defer add(&r, 63)
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("sixtyfour recovered", e, r)
			r += 1000
		}
	}()
	if k > 2 {
		panic("sixtyfour boom")
	}
	return k
}

func sixtyfive(k int) (r int) {
	if k > 0 {
		defer func() { r = r*3 + 0 }()
	}
	defer add(&r, 1)
	defer add(&r, 2)
	defer add(&r, 3)
	defer add(&r, 4)
	defer add(&r, 5)
	defer add(&r, 6)
	defer add(&r, 7)
	defer add(&r, 8)
	if k > 2 {
		defer func() { r = r*3 + 9 }()
	}
	defer add(&r, 10)
	defer add(&r, 11)
	defer add(&r, 12)
	defer add(&r, 13)
	defer add(&r, 14)
	defer add(&r, 15)
	defer add(&r, 16)
	defer add(&r, 17)
	if k > 4 {
		defer func() { r = r*3 + 18 }()
	}
	defer add(&r, 19)
	defer add(&r, 20)
	defer add(&r, 21)
	defer add(&r, 22)
	defer add(&r, 23)
	defer add(&r, 24)
	defer add(&r, 25)
	defer add(&r, 26)
	if k > 6 {
		defer func() { r = r*3 + 27 }()
	}
	defer add(&r, 28)
	defer add(&r, 29)
	defer add(&r, 30)
	defer add(&r, 31)
	defer add(&r, 32)
	defer add(&r, 33)
	defer add(&r, 34)
	defer add(&r, 35)
	if k > 1 {
		defer func() { r = r*3 + 36 }()
	}
	defer add(&r, 37)
	defer add(&r, 38)
	defer add(&r, 39)
	defer add(&r, 40)
	defer add(&r, 41)
	defer add(&r, 42)
	defer add(&r, 43)
	defer add(&r, 44)
	if k > 3 {
		defer func() { r = r*3 + 45 }()
	}
	defer add(&r, 46)
	defer add(&r, 47)
	defer add(&r, 48)
	defer add(&r, 49)
	defer add(&r, 50)
	defer add(&r, 51)
	defer add(&r, 52)
	defer add(&r, 53)
	if k > 5 {
		defer func() { r = r*3 + 54 }()
	}
	defer add(&r, 55)
	defer add(&r, 56)
	defer add(&r, 57)
	defer add(&r, 58)
	defer add(&r, 59)
	defer add(&r, 60)
	defer add(&r, 61)
	defer add(&r, 62)
	if k > 0 {
		defer func() { r = r*3 + 63 }()
	}
	defer add(&r, 64)
	defer func() {
		if e := recover(); e != nil {
			fmt.Println("sixtyfive recovered", e, r)
			r += 1000
		}
	}()
	if k > 2 {
		panic("sixtyfive boom")
	}
	return k
}

func main() {
	for k := 0; k < 5; k += 2 {
		fmt.Println(k, nine(k), sixteen(k), seventeen(k), thirtythree(k), sixtyfour(k), sixtyfive(k))
	}
	sum := 0
	for i := 0; i < 400; i++ {
		sum = sum*31 + trace[i]
	}
	fmt.Println(nt, sum)
}
