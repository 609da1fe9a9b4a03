// Package oserror: the portable file-system errors shared by syscall, io/fs and os (Go 1.19's
// internal/oserror), written for deferc in the defer language.
package oserror

import "errors"

var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)
