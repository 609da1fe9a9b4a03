// Package os: files for deferc, as Go 1.19's os package has them on Linux (File, Open,
// Create, OpenFile, ReadFile, WriteFile, Remove, RemoveAll, Mkdir, MkdirAll, MkdirTemp, Stat,
// the error predicates), written for deferc in the defer language over the system calls in
// runtime/src/pkg_os.rs. dir.go has directories (ReadDir, File.ReadDir/Readdir/Readdirnames,
// DirFS), file.go the other file-system operations (Rename, links, Chmod, Truncate, Chdir,
// Getwd, ...), env.go the environment and the process. Exit is native.go's; Args is
// check::lib's.
//
// Errors are Go's: *PathError{Op, Path, Err} with a syscall.Errno (`open x: no such file or
// directory`), *LinkError for two-name operations, ErrClosed for a closed File, io.EOF at the
// end of a file.
package os

import (
	"errors"
	"io"
	"io/fs"
	"syscall"
	"time"
)

// System calls (runtime/src/pkg_os.rs): results with an errno, 0 meaning success.
func sysOpen(name string, flag, perm int) (int, int)
func sysRead(fd int, b []byte) (int, int)
func sysWrite(fd int, b []byte) (int, int)
func sysWriteString(fd int, s string) (int, int)
func sysSeek(fd int, offset int64, whence int) (int64, int)
func sysClose(fd int) int
func sysFsync(fd int) int
func sysStat(name string, fd int, lstat bool, out *syscall.Stat_t) int
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysMkdir(name string, perm int) int
func sysRemoveAll(path string) int
func fastrand() int

type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	PathError = fs.PathError
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

// Flags to OpenFile (Linux values, the same on amd64 and arm64).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// Whence values for Seek.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

// File is an open file descriptor. fd is -1 once closed; dirinfo is the state of reading it
// as a directory.
type File struct {
	fd      int
	name    string
	dirinfo *dirInfo
}

var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a File for an open file descriptor.
func NewFile(fd uintptr, name string) *File {
	return &File{int(fd), name, nil}
}

func errnoErr(e int) error {
	return syscall.Errno(uintptr(e))
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, mode 0666 before umask.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens the named file with flag (O_RDONLY etc.) and, when creating it, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, int(syscallMode(perm)))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errnoErr(e)}
	}
	return &File{fd, name, nil}, nil
}

// syscallMode converts Go's FileMode bits to a Unix mode.
func syscallMode(i FileMode) uint32 {
	o := uint32(i.Perm())
	if i&ModeSetuid != 0 {
		o |= 04000
	}
	if i&ModeSetgid != 0 {
		o |= 02000
	}
	if i&ModeSticky != 0 {
		o |= 01000
	}
	return o
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Name returns the name the file was opened with.
func (f *File) Name() string { return f.name }

// Fd returns the file's descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Close closes the file; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	e := sysClose(f.fd)
	f.fd = -1
	f.dirinfo = nil
	if e != 0 {
		return &PathError{Op: "close", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Read reads up to len(b) bytes; at end of file it returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return 0, &PathError{Op: "read", Path: f.name, Err: errnoErr(e)}
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes b; it returns an error when it writes less.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	return f.wrote(n, e, len(b))
}

// WriteString is Write of the bytes of s. Go 1.19 passes them without a copy, and so does
// this: a copy would be garbage deferc (no collector) never reclaims.
func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWriteString(f.fd, s)
	return f.wrote(n, e, len(s))
}

// wrote is Write's result for n of want bytes written and errno e.
func (f *File) wrote(n, e, want int) (int, error) {
	if e != 0 {
		return n, &PathError{Op: "write", Path: f.name, Err: errnoErr(e)}
	}
	if n != want {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// Seek sets the offset for the next Read or Write (whence: 0 start, 1 current, 2 end).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	// Seeking a directory starts its reading over.
	f.dirinfo = nil
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, &PathError{Op: "seek", Path: f.name, Err: errnoErr(e)}
	}
	return r, nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return &PathError{Op: "sync", Path: f.name, Err: errnoErr(e)}
	}
	return nil
}

// Stat describes the open file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	if f.fd < 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: ErrClosed}
	}
	fs := &fileStat{name: basename(f.name)}
	if e := sysStat("", f.fd, false, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errnoErr(e)}
	}
	fs.fill()
	return fs, nil
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat; Sys returns its *syscall.Stat_t.
//
// Unlike Go's, it keeps no modTime field: ModTime makes the Time from sys when asked. A
// time.Time field would put Time's type descriptor, and with it the methods fmt can call
// (String, GoString: Format, the zone database reader), into every program that calls
// os.Stat or os.ReadFile. (%v of a *fileStat shows the difference.)
type fileStat struct {
	name string
	size int64
	mode FileMode
	sys  syscall.Stat_t
}

func (fs *fileStat) Name() string   { return fs.name }
func (fs *fileStat) Size() int64    { return fs.size }
func (fs *fileStat) Mode() FileMode { return fs.mode }
func (fs *fileStat) IsDir() bool    { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any       { return &fs.sys }

func (fs *fileStat) ModTime() time.Time {
	return time.Unix(fs.sys.Mtim.Sec, fs.sys.Mtim.Nsec)
}

// fill sets size and mode from sys.
func (fs *fileStat) fill() {
	fs.size = fs.sys.Size
	m := fs.sys.Mode
	mode := FileMode(m & 0777)
	switch m & 0170000 {
	case 0060000:
		mode |= ModeDevice
	case 0020000:
		mode |= ModeDevice | ModeCharDevice
	case 0040000:
		mode |= ModeDir
	case 0010000:
		mode |= ModeNamedPipe
	case 0120000:
		mode |= ModeSymlink
	case 0140000:
		mode |= ModeSocket
	}
	if m&04000 != 0 {
		mode |= ModeSetuid
	}
	if m&02000 != 0 {
		mode |= ModeSetgid
	}
	if m&01000 != 0 {
		mode |= ModeSticky
	}
	fs.mode = mode
}

// basename is the last element of name, trailing slashes removed.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat describes the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	fs := &fileStat{name: basename(name)}
	if e := sysStat(name, -1, false, &fs.sys); e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errnoErr(e)}
	}
	fs.fill()
	return fs, nil
}

// Lstat describes the named file without following a final symbolic link.
func Lstat(name string) (FileInfo, error) {
	fs := &fileStat{name: basename(name)}
	if e := sysStat(name, -1, true, &fs.sys); e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errnoErr(e)}
	}
	fs.fill()
	return fs, nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if info, err := f.Stat(); err == nil && int(info.Size()) >= size {
		size = int(info.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) >= cap(data) {
			d := append(data[:cap(data)], 0)
			data = d[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it with perm (before umask) or
// truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	// Both failed: report the error that makes sense (Go's rule: unlink's, unless it said
	// the name is a directory).
	if e1 != int(syscall.ENOTDIR) {
		e = e1
	}
	return &PathError{Op: "remove", Path: name, Err: errnoErr(e)}
}

// RemoveAll removes path and everything it contains; a missing path is not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || (len(path) >= 2 && path[len(path)-2:] == "/.") {
		return &PathError{Op: "RemoveAll", Path: path, Err: syscall.EINVAL}
	}
	if e := sysRemoveAll(path); e != 0 {
		return &PathError{Op: "unlinkat", Path: path, Err: errnoErr(e)}
	}
	return nil
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, int(syscallMode(perm))); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errnoErr(e)}
	}
	return nil
}

// MkdirAll creates a directory and any missing parents; an existing directory is fine.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// TempDir is $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// MkdirTemp creates a new directory in dir (TempDir() if empty) named by pattern with its
// last "*" (or its end) replaced by a random string.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: errors.New("pattern contains path separator")}
		}
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir != "" && dir[len(dir)-1] != '/' {
		prefix = dir + "/" + prefix
	} else {
		prefix = dir + prefix
	}
	try := 0
	for {
		name := prefix + utoa(uint(uint32(fastrand()))) + suffix
		e := sysMkdir(name, 0700)
		if e == 0 {
			return name, nil
		}
		if e == int(syscall.EEXIST) {
			try++
			if try < 10000 {
				continue
			}
		}
		return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + pattern, Err: errnoErr(e)}
	}
}

// CreateTemp creates a new file in dir (TempDir() if empty) named like MkdirTemp's.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix := pattern, ""
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if dir != "" && dir[len(dir)-1] != '/' {
		prefix = dir + "/" + prefix
	} else {
		prefix = dir + prefix
	}
	try := 0
	for {
		name := prefix + utoa(uint(uint32(fastrand()))) + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			try++
			if try < 10000 {
				continue
			}
		}
		return f, err
	}
}

func utoa(v uint) string {
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

// underlyingError is the error inside a *PathError, *LinkError or *SyscallError.
func underlyingError(err error) error {
	switch err := err.(type) {
	case *PathError:
		return err.Err
	case *LinkError:
		return err.Err
	case *SyscallError:
		return err.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsExist reports whether err says a file already exists.
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }
