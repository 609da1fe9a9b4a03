// Package errors: Go 1.19's errors.Is, As and Unwrap for deferc (errors.New is implemented
// by the compiler and runtime, see check::lib), written for deferc in the defer language.
package errors

// Implemented by the runtime (runtime/src/pkg_errors.rs): the reflection errors.As and
// errors.Is need.
func comparable(x any) bool
func asTarget(target any) int
func asAssign(err error, target any) bool

// Unwrap returns the result of err's Unwrap method, or nil if it has none.
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's chain (err, Unwrap(err), ...) matches target: is
// equal to it, or has an Is(error) bool method that reports so.
func Is(err, target error) bool {
	if target == nil {
		return err == target
	}
	isComparable := comparable(target)
	for {
		if isComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		if err = Unwrap(err); err == nil {
			return false
		}
	}
}

// As finds the first error in err's chain that can be assigned to the value target points
// to (or whose As(any) bool method accepts target), sets target to it and reports true.
func As(err error, target any) bool {
	if target == nil {
		panic("errors: target cannot be nil")
	}
	switch asTarget(target) {
	case 1:
		panic("errors: target must be a non-nil pointer")
	case 2:
		panic("errors: *target must be interface or implement error")
	}
	for err != nil {
		if asAssign(err, target) {
			return true
		}
		if x, ok := err.(interface{ As(any) bool }); ok && x.As(target) {
			return true
		}
		err = Unwrap(err)
	}
	return false
}

// New returns an error whose Error method returns text; each call returns a distinct error.
func New(text string) error {
	return &errorString{text}
}

type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }
