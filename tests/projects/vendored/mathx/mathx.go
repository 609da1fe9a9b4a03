// Package mathx is another module on disk, replaced into this one.
package mathx

func Sum(xs ...int) (s int) {
	for _, x := range xs {
		s += x
	}
	return
}
