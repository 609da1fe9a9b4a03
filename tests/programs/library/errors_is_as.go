package main

import (
	"errors"
	"fmt"

)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type codeErr int

func (c codeErr) Error() string { return fmt.Sprintf("code %d", int(c)) }

type sliceErr []int

func (s sliceErr) Error() string { return "slice" }

func find(q string) error {
	return &QueryError{q, ErrNotFound}
}

func main() {
	err := find("users")
	fmt.Println(err, errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	w := fmt.Errorf("lookup failed: %w", err)
	fmt.Println(w, errors.Is(w, ErrNotFound))
	var qe *QueryError
	if errors.As(w, &qe) {
		fmt.Println("as:", qe.Query)
	}
	var ce codeErr
	fmt.Println(errors.As(w, &ce))
	w2 := fmt.Errorf("wrapped code: %w", codeErr(7))
	fmt.Println(errors.As(w2, &ce), ce, errors.Unwrap(errors.Unwrap(w2)))
	fmt.Println(fmt.Errorf("two %w %w", ErrNotFound, ErrNotFound))
	fmt.Println(fmt.Errorf("bad %w", 5), errors.Unwrap(fmt.Errorf("bad %w", 5)) == nil)
	fmt.Println(fmt.Errorf("nil %w", nil))
	fmt.Printf("%T %T\n", w, fmt.Errorf("plain"))
	fmt.Println(errors.Is(sliceErr{1}, sliceErr{1}), errors.Is(nil, nil), errors.Is(err, nil))
	var e2 error
	fmt.Println(errors.As(w, &e2), e2)
	defer func() { fmt.Println("recovered:", recover()) }()
	errors.As(w, qe)
}
