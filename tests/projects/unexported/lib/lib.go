package lib

var Exported = 1
var hidden = 2

type T struct {
	Pub  int
	priv int
}

func helper() int { return 3 }
