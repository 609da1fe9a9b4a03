package main

import (
	"errors"
	"fmt"
)

// fmt prints embedded fields under their type names and uses a String or Error method that
// embedding put in the operand's method set, exactly when Go's method sets say so.

type ID int

func (i ID) String() string { return fmt.Sprintf("#%d", int(i)) }

type Base struct {
	ID   ID
	Kind string
}

func (b Base) String() string { return "Base(" + b.Kind + ")" }

type User struct {
	Base
	Name string
}

type PtrStr struct{ v int }

func (p *PtrStr) String() string { return fmt.Sprint("ptr-", p.v) }

type HasPtrStr struct {
	PtrStr
	N int
}

type ViaPtr struct {
	*PtrStr
}

type Both struct {
	error
	Base
}

// Two String methods at the same depth cancel out: no String method.
type Other struct{ o int }

func (Other) String() string { return "other" }

type Ambig struct {
	Base
	Other
}

type Holder struct {
	U    User
	u    User
	List []User
}

type plain struct{ A, B int }

type WithPlain struct {
	plain
	C int
}

func main() {
	u := User{Base{7, "admin"}, "ann"}
	fmt.Println(u)
	fmt.Printf("%v|%+v|%s|%q|%d\n", u, u, u, u, u)
	fmt.Printf("%v %+v\n", u.Base.ID, u.Base)
	fmt.Println(&u, []User{u, u})

	h := HasPtrStr{PtrStr{3}, 4}
	fmt.Println(h, &h)
	fmt.Printf("%v %+v %v\n", h, h, &h)
	fmt.Println(ViaPtr{&PtrStr{9}})

	fmt.Println(Both{errors.New("E"), Base{1, "b"}})
	fmt.Println(Ambig{Base{1, "b"}, Other{2}})
	fmt.Printf("%+v\n", Ambig{Base{1, "b"}, Other{2}})

	// Nested: methods are used for exported fields only.
	fmt.Printf("%v\n%+v\n", Holder{u, u, []User{u}}, Holder{u, u, nil})

	fmt.Printf("%v %+v %T\n", WithPlain{plain{1, 2}, 3}, WithPlain{plain{1, 2}, 3}, WithPlain{})
	s := fmt.Sprint(u, " ", h)
	fmt.Println(s, len(s))

	var st fmt.Stringer = u
	fmt.Println(st.String(), st)
	st = &h
	fmt.Println(st)
}
