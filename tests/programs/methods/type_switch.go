// Type switches: nil, several types per case, interface cases (user interfaces, fmt.Stringer, error), default, break.
package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

type MyInt int

func (m MyInt) String() string { return fmt.Sprint("MyInt:", int(m)) }

func describe(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v", v)
	case string:
		return "string of " + fmt.Sprint(len(v))
	case Shape:
		return fmt.Sprintf("shape %.1f", v.Area())
	case fmt.Stringer:
		return "stringer " + v.String()
	case error:
		return "error " + v.Error()
	case []int:
		return fmt.Sprint("slice ", len(v))
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	for _, x := range []interface{}{nil, 1, int64(2), "abc", Sq{2}, MyInt(5), errors.New("e"), []int{1, 2}, 2.5, true} {
		fmt.Println(describe(x))
	}
	var i interface{} = 3
	switch i.(type) {
	case string:
		fmt.Println("no")
	case int:
		fmt.Println("int!")
		break
	}
}
