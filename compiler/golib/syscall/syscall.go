// Package syscall: the errno values Go 1.19's syscall package gives os errors on Linux
// (Errno with its messages and its Is method), written for deferc in the defer language.
package syscall

import "internal/oserror"

// errstr is the message of errno e (runtime/src/pkg_os.rs), "" when it has none.
func errstr(e int) string

// An Errno is an error number from a system call; its Error text is Go's (lower case).
type Errno uintptr

func (e Errno) Error() string {
	if s := errstr(int(e)); s != "" {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is makes errors.Is(err, fs.ErrNotExist) and friends see through Errno.
func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == ETIMEDOUT
}

func itoa(v int) string {
	if v < 0 {
		return "-" + itoa(-v)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + v%10)
		v /= 10
		if v == 0 {
			break
		}
	}
	return string(buf[i:])
}

// Linux errno values (the same on amd64 and arm64).
const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	ENOMEM    Errno = 12
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	ENFILE    Errno = 23
	EMFILE    Errno = 24
	ENOSPC    Errno = 28
	ESPIPE    Errno = 29
	EROFS     Errno = 30
	EPIPE     Errno = 32
	ENOTEMPTY Errno = 39
	ETIMEDOUT Errno = 110
)
