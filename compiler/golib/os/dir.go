// Directories of Go 1.19's package os on Linux: ReadDir, File.ReadDir, File.Readdir,
// File.Readdirnames (getdents64 records parsed here, entries in the order the kernel gives
// them) and DirFS.
package os

import (
	"errors"
	"io"
	"io/fs"
	"sort"
)

// sysReadDirent reads directory records (struct linux_dirent64) into buf.
func sysReadDirent(fd int, buf []byte) (int, int)

// A DirEntry is an entry read from a directory (with ReadDir or File.ReadDir).
type DirEntry = fs.DirEntry

// dirInfo is an open directory's reading state: buf[bufp:nbuf] is unread.
type dirInfo struct {
	buf  []byte
	nbuf int
	bufp int
}

const blockSize = 8192

// errFileClosing is internal/poll's ErrFileClosing, which reading a closed directory reports.
var errFileClosing = errors.New("use of closed file")

type readdirMode int

const (
	readdirName readdirMode = iota
	readdirDirEntry
	readdirFileInfo
)

// Readdir reads the directory's next n entries (all if n <= 0) as FileInfos from Lstat, in
// directory order. With n > 0, at the end it returns io.EOF and no entries.
func (f *File) Readdir(n int) ([]FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, _, infos, err := f.readdir(n, readdirFileInfo)
	if infos == nil {
		// Readdir has historically always returned a non-nil empty slice, never nil.
		infos = []FileInfo{}
	}
	return infos, err
}

// Readdirnames reads the directory's next n entry names (all if n <= 0), in directory order.
// With n > 0, at the end it returns io.EOF and no names.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if f == nil {
		return nil, ErrInvalid
	}
	names, _, _, err = f.readdir(n, readdirName)
	if names == nil {
		names = []string{}
	}
	return names, err
}

// ReadDir reads the directory's next n entries (all if n <= 0), in directory order. With
// n > 0, at the end it returns io.EOF and no entries.
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	_, dirents, _, err := f.readdir(n, readdirDirEntry)
	if dirents == nil {
		dirents = []DirEntry{}
	}
	return dirents, err
}

// ReadDir reads the named directory and returns its entries sorted by filename. On an error
// reading the directory it returns the entries read before it.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dirs, err := f.ReadDir(-1)
	sort.Slice(dirs, func(i, j int) bool { return dirs[i].Name() < dirs[j].Name() })
	return dirs, err
}

func (f *File) readdir(n int, mode readdirMode) (names []string, dirents []DirEntry, infos []FileInfo, err error) {
	if f.fd < 0 {
		// Go's poll.FD reports this one, not ErrClosed.
		return nil, nil, nil, &PathError{Op: "readdirent", Path: f.name, Err: errFileClosing}
	}
	if f.dirinfo == nil {
		f.dirinfo = &dirInfo{buf: make([]byte, blockSize)}
	}
	d := f.dirinfo

	// n == 0 means all, as n < 0 does.
	if n == 0 {
		n = -1
	}

	for n != 0 {
		if d.bufp >= d.nbuf {
			d.bufp = 0
			nbuf, e := sysReadDirent(f.fd, d.buf)
			if e != 0 {
				d.nbuf = 0
				return names, dirents, infos, &PathError{Op: "readdirent", Path: f.name, Err: errnoErr(e)}
			}
			d.nbuf = nbuf
			if d.nbuf <= 0 {
				break // EOF
			}
		}

		// A record: d_ino (8 bytes), d_off (8), d_reclen (2), d_type (1), d_name.
		buf := d.buf[d.bufp:d.nbuf]
		if len(buf) < 19 {
			break
		}
		reclen := int(buf[16]) | int(buf[17])<<8
		if reclen > len(buf) || reclen < 19 {
			break
		}
		rec := buf[:reclen]
		d.bufp += reclen
		var ino uint64
		for i := 7; i >= 0; i-- {
			ino = ino<<8 | uint64(rec[i])
		}
		if ino == 0 {
			continue
		}
		name := rec[19:]
		for i, c := range name {
			if c == 0 {
				name = name[:i]
				break
			}
		}
		// Check for useless names before allocating a string.
		if string(name) == "." || string(name) == ".." {
			continue
		}
		if n > 0 {
			n--
		}
		if mode == readdirName {
			names = append(names, string(name))
		} else if mode == readdirDirEntry {
			de, err := newUnixDirent(f.name, string(name), direntType(rec[18]))
			if IsNotExist(err) {
				// File disappeared between readdir and lstat.
				continue
			}
			if err != nil {
				return nil, dirents, nil, err
			}
			dirents = append(dirents, de)
		} else {
			info, err := Lstat(f.name + "/" + string(name))
			if IsNotExist(err) {
				continue
			}
			if err != nil {
				return nil, nil, infos, err
			}
			infos = append(infos, info)
		}
	}

	if n > 0 && len(names)+len(dirents)+len(infos) == 0 {
		return nil, nil, nil, io.EOF
	}
	return names, dirents, infos, nil
}

// direntType is the FileMode type of a d_type, ^FileMode(0) when unknown.
func direntType(typ byte) FileMode {
	switch typ {
	case 6: // DT_BLK
		return ModeDevice
	case 2: // DT_CHR
		return ModeDevice | ModeCharDevice
	case 4: // DT_DIR
		return ModeDir
	case 1: // DT_FIFO
		return ModeNamedPipe
	case 10: // DT_LNK
		return ModeSymlink
	case 8: // DT_REG
		return 0
	case 12: // DT_SOCK
		return ModeSocket
	}
	return ^FileMode(0)
}

// unixDirent is the DirEntry of File.ReadDir: the type from the record, the FileInfo (Lstat)
// only when asked.
type unixDirent struct {
	parent string
	name   string
	typ    FileMode
	info   FileInfo
}

func (d *unixDirent) Name() string   { return d.name }
func (d *unixDirent) IsDir() bool    { return d.typ.IsDir() }
func (d *unixDirent) Type() FileMode { return d.typ }

func (d *unixDirent) Info() (FileInfo, error) {
	if d.info != nil {
		return d.info, nil
	}
	return Lstat(d.parent + "/" + d.name)
}

func newUnixDirent(parent, name string, typ FileMode) (DirEntry, error) {
	ude := &unixDirent{parent: parent, name: name, typ: typ}
	if typ != ^FileMode(0) {
		return ude, nil
	}
	// The file system did not say: ask it.
	info, err := Lstat(parent + "/" + name)
	if err != nil {
		return nil, err
	}
	ude.typ = info.Mode().Type()
	ude.info = info
	return ude, nil
}

// DirFS returns a file system (an fs.FS, also an fs.StatFS) for the tree of files rooted at
// the directory dir. dir must not be "".
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) Open(name string) (fs.File, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Open(fullname)
	if err != nil {
		return nil, err // a nil fs.File, not a nil *File
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	fullname, err := dir.join(name)
	if err != nil {
		return nil, &PathError{Op: "stat", Path: name, Err: err}
	}
	f, err := Stat(fullname)
	if err != nil {
		return nil, err
	}
	return f, nil
}

// join returns the path for name in dir.
func (dir dirFS) join(name string) (string, error) {
	if dir == "" {
		return "", errors.New("os: DirFS with empty root")
	}
	if !fs.ValidPath(name) {
		return "", ErrInvalid
	}
	for i := 0; i < len(name); i++ {
		if name[i] == 0 {
			return "", ErrInvalid
		}
	}
	if IsPathSeparator(dir[len(dir)-1]) {
		return string(dir) + name, nil
	}
	return string(dir) + string(PathSeparator) + name, nil
}
