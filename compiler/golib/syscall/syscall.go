// Package syscall: the part of Go 1.19's syscall package on Linux that os and time stand on:
// Errno with its messages and its Is method, the environment (Getenv, Setenv, Unsetenv,
// Clearenv, Environ: the process's own, which os.Getenv reads too), process ids, Open/Read/
// Close, Stat_t and Timespec. Written for deferc in the defer language over runtime entries
// (runtime/src/pkg_syscall.rs; open/read/close are package os's entries, runtime_abi's
// intrinsic_alias).
package syscall

import "internal/oserror"

// errstr is the message of errno e (runtime/src/pkg_os.rs), "" when it has none.
func errstr(e int) string

// Runtime entries (runtime/src/pkg_syscall.rs); errno results are 0 on success.
func getenv(key string, found *bool) string
func setenv(key, value string) int
func unsetenv(key string) int
func clearenv()
func envCount() int
func envAt(i int) string
func getid(which int) int
func open(path string, flag, perm int) (int, int)
func read(fd int, b []byte) (int, int)
func closeFd(fd int) int

// Getenv returns the value of the environment variable key and whether it is set.
func Getenv(key string) (value string, found bool) {
	if len(key) == 0 {
		return "", false
	}
	v := getenv(key, &found)
	return v, found
}

// Setenv sets the environment variable key; an empty key or one holding '=' or NUL, or a
// value holding NUL, is EINVAL.
func Setenv(key, value string) error {
	if len(key) == 0 {
		return EINVAL
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return EINVAL
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return EINVAL
		}
	}
	if e := setenv(key, value); e != 0 {
		return Errno(e)
	}
	return nil
}

// Unsetenv removes the environment variable key (a name that cannot be set is not there).
func Unsetenv(key string) error {
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return nil
		}
	}
	if len(key) > 0 {
		unsetenv(key)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() { clearenv() }

// Environ returns a copy of the environment as "key=value" strings, in the process's order.
func Environ() []string {
	n := envCount()
	a := make([]string, 0, n)
	for i := 0; i < n; i++ {
		if s := envAt(i); s != "" {
			a = append(a, s)
		}
	}
	return a
}

func Getpid() int      { return getid(0) }
func Getppid() int     { return getid(1) }
func Getuid() int      { return getid(2) }
func Geteuid() int     { return getid(3) }
func Getgid() int      { return getid(4) }
func Getegid() int     { return getid(5) }
func Getpagesize() int { return getid(6) }

const (
	O_RDONLY    = 0x0
	O_WRONLY    = 0x1
	O_RDWR      = 0x2
	O_APPEND    = 0x400
	O_CREAT     = 0x40
	O_EXCL      = 0x80
	O_SYNC      = 0x101000
	O_TRUNC     = 0x200
	O_CLOEXEC   = 0x80000
	O_DIRECTORY = 0x10000
	O_NOFOLLOW  = 0x20000
)

// Open opens path (O_CLOEXEC is always added, as Go does).
func Open(path string, mode int, perm uint32) (fd int, err error) {
	fd, e := open(path, mode, int(perm))
	if e != 0 {
		return -1, Errno(e)
	}
	return fd, nil
}

// Read reads from fd into p.
func Read(fd int, p []byte) (n int, err error) {
	n, e := read(fd, p)
	if e != 0 {
		return -1, Errno(e)
	}
	return n, nil
}

// Close closes fd.
func Close(fd int) (err error) {
	if e := closeFd(fd); e != 0 {
		return Errno(e)
	}
	return nil
}

// A Timespec is a time in seconds and nanoseconds.
type Timespec struct {
	Sec  int64
	Nsec int64
}

// Unix returns the time stored in ts as seconds plus nanoseconds.
func (ts *Timespec) Unix() (sec int64, nsec int64) { return ts.Sec, ts.Nsec }

// Nano returns the time stored in ts as nanoseconds.
func (ts *Timespec) Nano() int64 { return ts.Sec*1e9 + ts.Nsec }

// Stat_t is a file's status, laid out as linux/amd64's struct stat (on every architecture:
// the runtime fills it field by field).
type Stat_t struct {
	Dev       uint64
	Ino       uint64
	Nlink     uint64
	Mode      uint32
	Uid       uint32
	Gid       uint32
	X__pad0   int32
	Rdev      uint64
	Size      int64
	Blksize   int64
	Blocks    int64
	Atim      Timespec
	Mtim      Timespec
	Ctim      Timespec
	X__unused [3]int64
}

// File types in Stat_t.Mode.
const (
	S_IFMT   = 0xf000
	S_IFBLK  = 0x6000
	S_IFCHR  = 0x2000
	S_IFDIR  = 0x4000
	S_IFIFO  = 0x1000
	S_IFLNK  = 0xa000
	S_IFREG  = 0x8000
	S_IFSOCK = 0xc000
	S_ISGID  = 0x400
	S_ISUID  = 0x800
	S_ISVTX  = 0x200
)

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
	EPERM        Errno = 1
	ENOENT       Errno = 2
	ESRCH        Errno = 3
	EINTR        Errno = 4
	EIO          Errno = 5
	EBADF        Errno = 9
	EAGAIN       Errno = 11
	ENOMEM       Errno = 12
	EACCES       Errno = 13
	EEXIST       Errno = 17
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	ENFILE       Errno = 23
	EMFILE       Errno = 24
	ENOSPC       Errno = 28
	ESPIPE       Errno = 29
	EROFS        Errno = 30
	EPIPE        Errno = 32
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
	ENAMETOOLONG Errno = 36
	EXDEV        Errno = 18
	ENOSYS       Errno = 38
	ERANGE       Errno = 34
	EMLINK       Errno = 31
	EBUSY        Errno = 16
	ENOTSUP      Errno = 95
	EOPNOTSUPP   Errno = 95
	ETIMEDOUT    Errno = 110
)

// WaitStatus is a process's wait status, as waitpid(2) reports it.
type WaitStatus uint32

const (
	waitMask    = 0x7F
	waitCore    = 0x80
	waitStopped = 0x7F
	waitShift   = 8
)

func (w WaitStatus) Exited() bool    { return w&waitMask == 0 }
func (w WaitStatus) Signaled() bool  { return w&waitMask != waitStopped && w&waitMask != 0 }
func (w WaitStatus) Stopped() bool   { return w&0xFF == waitStopped }
func (w WaitStatus) Continued() bool { return w == 0xFFFF }
func (w WaitStatus) CoreDump() bool  { return w.Signaled() && w&waitCore != 0 }

// ExitStatus is the exit code of an exited process, -1 otherwise.
func (w WaitStatus) ExitStatus() int {
	if !w.Exited() {
		return -1
	}
	return int(w>>waitShift) & 0xFF
}
