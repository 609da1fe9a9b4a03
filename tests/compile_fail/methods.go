package main

type T struct{ x int }

func (t *T) Set(v int) { t.x = v }
func (t T) Get() int   { return t.x }

type Getter interface{ Get() int }
type Setter interface{ Set(int) }

func (t T) Get() int { return 0 } // ERROR "T.Get redeclared in this block"

func make1() T { return T{} }

func main() {
	var s Setter = T{} // ERROR "cannot use T{} (value of type T) as type Setter in variable declaration"
	var g Getter = 5   // ERROR "cannot use 5 (constant of type int) as type Getter in variable declaration"
	make1().Set(1)     // ERROR "cannot call pointer method Set on T"
	_, _ = s, g
	var t T
	t.Nope() // ERROR "t.Nope undefined"
}
