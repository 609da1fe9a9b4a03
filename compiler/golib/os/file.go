// File-system operations of Go 1.19's package os on Linux beyond opening and reading files:
// Rename, Link, Symlink, Readlink, Chmod, Chown, Lchown, Truncate, Chtimes, Chdir, Getwd and
// their File methods, SameFile, and the error types LinkError and SyscallError.
package os

import (
	"syscall"
	"time"
)

// System calls (runtime/src/pkg_os.rs); fd >= 0 selects the f-variant (fchmod, ...).
func sysRename(oldname, newname string) int
func sysLink(oldname, newname string) int
func sysSymlink(oldname, newname string) int
func sysReadlink(name string, buf []byte) (int, int)
func sysChmod(name string, fd int, mode int) int
func sysChown(name string, fd int, uid, gid int, follow bool) int
func sysTruncate(name string, fd int, size int64) int
func sysChtimes(name string, atime, mtime int64) int
func sysChdir(name string, fd int) int
func sysGetwd(buf []byte) (int, int)

// LinkError records an error during a link or symlink or rename system call and the paths
// that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error {
	return e.Err
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

type timeout interface {
	Timeout() bool
}

// Timeout reports whether this error represents a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(timeout)
	return ok && t.Timeout()
}

// NewSyscallError returns a new SyscallError with the given system call name and error
// details; nil if err is nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// IsTimeout reports whether err is known to report that a timeout occurred.
func IsTimeout(err error) bool {
	terr, ok := underlyingError(err).(timeout)
	return ok && terr.Timeout()
}

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// Rename renames (moves) oldpath to newpath. If newpath already exists and is not a
// directory, Rename replaces it.
func Rename(oldpath, newpath string) error {
	fi, err := Lstat(newpath)
	if err == nil && fi.IsDir() {
		// The new name is a directory: report oldname's error first if it has one, as
		// Go does; the same file under two names (a case-only rename) is fine.
		if ofi, err := Lstat(oldpath); err != nil {
			if pe, ok := err.(*PathError); ok {
				err = pe.Err
			}
			return &LinkError{"rename", oldpath, newpath, err}
		} else if newpath == oldpath || !SameFile(fi, ofi) {
			return &LinkError{"rename", oldpath, newpath, syscall.EEXIST}
		}
	}
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errnoErr(e)}
	}
	return nil
}

// Link creates newname as a hard link to the oldname file.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, errnoErr(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	for n := 128; ; n *= 2 {
		b := make([]byte, n)
		r, e := sysReadlink(name, b)
		if e != 0 {
			return "", &PathError{Op: "readlink", Path: name, Err: errnoErr(e)}
		}
		if r < n {
			return string(b[0:r]), nil
		}
	}
}

// Chmod changes the mode of the named file to mode (following a symbolic link).
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, -1, int(syscallMode(mode))); e != 0 {
		return &PathError{Op: "chmod", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chmod changes the mode of the file to mode.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := sysChmod("", f.fd, int(syscallMode(mode))); e != 0 {
		return &PathError{Op: "chmod", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the named file (following a symbolic link); -1
// leaves a value unchanged.
func Chown(name string, uid, gid int) error {
	if e := sysChown(name, -1, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Lchown changes the numeric uid and gid of the named file, not of a symbolic link's target.
func Lchown(name string, uid, gid int) error {
	if e := sysChown(name, -1, uid, gid, false); e != 0 {
		return &PathError{Op: "lchown", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chown changes the numeric uid and gid of the file.
func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if e := sysChown("", f.fd, uid, gid, true); e != 0 {
		return &PathError{Op: "chown", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Truncate changes the size of the named file (following a symbolic link).
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, -1, size); e != 0 {
		return &PathError{Op: "truncate", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Truncate changes the size of the file; it does not change the I/O offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysTruncate("", f.fd, size); e != 0 {
		return &PathError{Op: "truncate", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Chtimes changes the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysChtimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return &PathError{Op: "chtimes", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir, -1); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errnoErr(e)}
	}
	return nil
}

// Chdir changes the current working directory to the file, which must be a directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if e := sysChdir("", f.fd); e != 0 {
		return &PathError{Op: "chdir", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Getwd returns a rooted path name corresponding to the current directory: $PWD if it names
// the current directory, else what the system says.
func Getwd() (dir string, err error) {
	dot, err := Stat(".")
	if err != nil {
		return "", err
	}
	dir = Getenv("PWD")
	if len(dir) > 0 && dir[0] == '/' {
		d, err := Stat(dir)
		if err == nil && SameFile(dot, d) {
			return dir, nil
		}
	}
	buf := make([]byte, 4096)
	n, e := sysGetwd(buf)
	if e != 0 {
		return "", NewSyscallError("getwd", errnoErr(e))
	}
	return string(buf[:n]), nil
}

// SameFile reports whether fi1 and fi2 describe the same file (device and inode), for
// FileInfos from this package's Stat, Lstat, File.Stat and Readdir; false for others.
func SameFile(fi1, fi2 FileInfo) bool {
	fs1, ok1 := fi1.(*fileStat)
	fs2, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return fs1.sys.Dev == fs2.sys.Dev && fs1.sys.Ino == fs2.sys.Ino
}
