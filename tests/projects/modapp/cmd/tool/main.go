// Command tool exercises a module of several packages: cmd/ and internal/ packages, method
// values and interfaces across packages, a generic function of another package, package
// initialization order, and a panic whose traceback names a function by its package path.
package main

import (
	"fmt"
	"os"
	"sort"
	"strings"

	"example.com/modapp/internal/store"
	tu "example.com/modapp/internal/textutil"
	"example.com/modapp/shapes"
)

var verbose = len(os.Args) > 1 && os.Args[1] == "-v"

func init() {
	fmt.Println("init main: store has", store.Count(), "entries at start")
}

type loud struct {
	shapes.Named // embedded from another package
	volume int
}

func main() {
	args := os.Args[1:]
	if verbose {
		args = args[1:]
	}
	fmt.Println("args:", strings.Join(args, ","), "verbose:", verbose)

	db := store.New("main")
	for i, a := range args {
		db.Put(a, i*10)
	}
	get := db.Get // a method value of another package's type
	v, ok := get("beta")
	fmt.Println("beta:", v, ok)
	_, ok = get("gamma")
	fmt.Println("gamma:", ok)
	fmt.Println("keys:", db.Keys())
	fmt.Println("db:", db)
	fmt.Printf("%T %v\n", db, store.ErrMissing)

	var ss []shapes.Shape
	ss = append(ss, shapes.Rect{W: 2, H: 3}, shapes.Circle{R: 1}, &shapes.Square{Side: 2})
	sort.Slice(ss, func(i, j int) bool { return ss[i].Area() < ss[j].Area() })
	for _, s := range ss {
		fmt.Printf("%-14T %-8s %.2f\n", s, shapes.Describe(s), s.Area())
	}
	fmt.Println("max area:", tu.Max(ss[0].Area(), ss[1].Area(), ss[2].Area()))
	fmt.Println("max word:", tu.Max("pear", "apple", "zoo"))

	l := loud{Named: shapes.Named{Label: "boom"}, volume: 11}
	fmt.Println(l.Name(), l.volume, tu.Title("hello modules world"))
	fmt.Println(tu.Counter(), tu.Counter(), tu.Calls)
	fmt.Println(shout("dot imports work"), extraMax)

	defer fmt.Println("deferred in main runs before the crash output")
	if _, err := db.MustGet("missing"); err != nil {
		fmt.Println("unreachable")
	}
}
