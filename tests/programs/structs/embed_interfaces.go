package main

import (
	"errors"
	"fmt"
)

// Method sets with embedding (S embeds T: S has T's value methods, *S also T's pointer
// methods; S embeds *T: both have all of T's) decide interface satisfaction, and the type
// descriptors' method tables follow them: dynamic calls, type assertions and type switches
// find promoted methods. Embedded interfaces promote their methods with dynamic dispatch.

type Getter interface{ Get() int }
type Incer interface{ Inc() }
type GetIncer interface {
	Getter
	Incer
}

type Counter struct{ n int }

func (c Counter) Get() int { return c.n }
func (c *Counter) Inc()    { c.n++ }

type ByValue struct{ Counter }
type ByPointer struct{ *Counter }
type Twice struct{ ByValue }

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return d.name + ": woof" }

type Cat struct{}

func (Cat) Sound() string { return "meow" }

// A struct embedding an interface: its methods dispatch on the field's dynamic value.
type Pet struct {
	Animal
	Owner string
}

// Overrides one method of the embedded interface.
type Quiet struct{ Animal }

func (Quiet) Sound() string { return "..." }

type MyErr struct {
	error
	Code int
}

type Logger interface {
	Log(string) string
}

type prefix string

func (p prefix) Log(s string) string { return string(p) + s }

type Service struct {
	Logger
	Getter
}

func describe(x interface{}) string {
	switch v := x.(type) {
	case GetIncer:
		v.Inc()
		return fmt.Sprint("GetIncer ", v.Get())
	case Getter:
		return fmt.Sprint("Getter ", v.Get())
	default:
		return "neither"
	}
}

func main() {
	bv := ByValue{Counter{1}}
	bp := ByPointer{&Counter{10}}
	tw := Twice{ByValue{Counter{20}}}

	var g Getter = bv
	fmt.Println(g.Get())
	var gi GetIncer = &bv
	gi.Inc()
	fmt.Println(gi.Get(), bv.n)
	gi = bp
	gi.Inc()
	fmt.Println(gi.Get(), bp.n)
	gi = &bp
	gi.Inc()
	fmt.Println(gi.Get())
	gi = &tw
	gi.Inc()
	fmt.Println(gi.Get(), tw.n)

	// Type switches and assertions see the promoted methods in the method tables.
	fmt.Println(describe(bv), describe(&bv), describe(bp), describe(tw), describe(&tw), describe(3))
	_, ok1 := interface{}(bv).(Incer)
	_, ok2 := interface{}(&bv).(Incer)
	_, ok3 := interface{}(bp).(Incer)
	fmt.Println(ok1, ok2, ok3)

	// Embedded interfaces.
	pets := []Pet{{Dog{"rex"}, "ann"}, {Cat{}, "bob"}}
	for _, p := range pets {
		fmt.Println(p.Owner, p.Sound())
	}
	var a Animal = pets[0]
	fmt.Println(a.Sound())
	pets[0].Animal = Cat{}
	fmt.Println(pets[0].Sound(), a.Sound())
	var q Animal = Quiet{Dog{"x"}}
	fmt.Println(q.Sound(), q.(Quiet).Animal.Sound())

	// A method value of a promoted interface method binds the dynamic value now.
	snd := pets[1].Sound
	pets[1].Animal = Dog{"fido"}
	fmt.Println(snd(), pets[1].Sound())

	// Embedding error.
	var err error = MyErr{errors.New("disk full"), 28}
	fmt.Println(err, err.Error())
	// Method values of interface methods (embedded or not) bind the dynamic value now.
	ef := err.Error
	var me2 error = MyErr{errors.New("promoted"), 1}
	pf := me2.(MyErr).Error
	err2 := err
	err = nil
	fmt.Println(ef(), pf(), err2)
	err = err2
	if me, ok := err.(MyErr); ok {
		fmt.Println(me.Code, me.error)
	}
	wrapped := fmt.Errorf("wrapped: %v", err)
	fmt.Println(wrapped)

	// Two embedded interfaces.
	svc := Service{prefix("> "), Counter{5}}
	fmt.Println(svc.Log("hi"), svc.Get())
	var lg Logger = svc
	var gt Getter = &svc
	fmt.Println(lg.Log("x"), gt.Get())

	// Unnamed struct types have method sets too.
	var anon Getter = struct {
		Counter
		tag string
	}{Counter{42}, "t"}
	fmt.Println(anon.Get())
	fmt.Printf("%T\n", anon)

	// Interface method expressions.
	get := Getter.Get
	snd2 := Animal.Sound
	errf := error.Error
	strf := fmt.Stringer.String
	fmt.Println(get(bv), get(&tw), snd2(Dog{"d"}), errf(err), strf(stringer{}))
	fmt.Printf("%T %T\n", get, errf)
}

type stringer struct{}

func (stringer) String() string { return "stringer" }
