// stat.go -- Stat, Lstat, File.Stat and FileInfo, over one native that
// returns the interesting fields of struct stat.
package os

import (
	"io/fs"
	"time"
)

// sysStat stats path (lstat(2) if link, else stat(2)) or fd (fstat(2) when
// path is "" ) and returns st_size, st_mode, st_mtim; errno != 0 on error.
func sysStat(path string, fd int, link bool) (size int64, mode uint32, mtimeSec, mtimeNsec int64, errno int)

// A FileInfo describes a file and is returned by Stat and Lstat.
type FileInfo = fs.FileInfo

// The defined file mode bits (aliases of io/fs's).
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

	ModeType = fs.ModeType
)

// fileStat is the FileInfo of Stat and friends.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) IsDir() bool        { return fs.Mode().IsDir() }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) Sys() any           { return nil }

// basename removes trailing slashes and the leading directory name.
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

// newFileStat converts st_mode bits to a FileMode as Go does on Linux.
func newFileStat(name string, size int64, m uint32, sec, nsec int64) *fileStat {
	mode := FileMode(m & 0777)
	switch m & 0170000 { // S_IFMT
	case 0060000: // S_IFBLK
		mode |= ModeDevice
	case 0020000: // S_IFCHR
		mode |= ModeDevice | ModeCharDevice
	case 0040000: // S_IFDIR
		mode |= ModeDir
	case 0010000: // S_IFIFO
		mode |= ModeNamedPipe
	case 0120000: // S_IFLNK
		mode |= ModeSymlink
	case 0140000: // S_IFSOCK
		mode |= ModeSocket
	}
	if m&02000 != 0 {
		mode |= ModeSetgid
	}
	if m&04000 != 0 {
		mode |= ModeSetuid
	}
	if m&01000 != 0 {
		mode |= ModeSticky
	}
	return &fileStat{name: basename(name), size: size, mode: mode, modTime: time.Unix(sec, nsec)}
}

// Stat returns a FileInfo describing the named file.
func Stat(name string) (FileInfo, error) {
	size, m, sec, nsec, e := sysStat(name, -1, false)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, size, m, sec, nsec), nil
}

// Lstat returns a FileInfo describing the named file; a symbolic link is
// described itself, not followed.
func Lstat(name string) (FileInfo, error) {
	size, m, sec, nsec, e := sysStat(name, -1, true)
	if e != 0 {
		return nil, &PathError{Op: "lstat", Path: name, Err: errno(e)}
	}
	return newFileStat(name, size, m, sec, nsec), nil
}

// Stat returns the FileInfo structure describing file.
func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, m, sec, nsec, e := sysStat("", f.fd, false)
	if e != 0 {
		return nil, &PathError{Op: "stat", Path: f.name, Err: errno(e)}
	}
	return newFileStat(f.name, size, m, sec, nsec), nil
}
