// error.go -- error values and errno texts (Go's syscall table, Linux).
package os

import "io/fs"

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// PathError records an error and the operation and file path that caused it.
type PathError = fs.PathError

// errno is a Linux error number; Go calls this type syscall.Errno.
type errno int

var errnoText = map[errno]string{
	1: "operation not permitted", 2: "no such file or directory", 3: "no such process",
	4: "interrupted system call", 5: "input/output error", 9: "bad file descriptor",
	11: "resource temporarily unavailable", 12: "cannot allocate memory", 13: "permission denied",
	16: "device or resource busy", 17: "file exists", 20: "not a directory", 21: "is a directory",
	22: "invalid argument", 23: "too many open files in system", 24: "too many open files",
	27: "file too large", 28: "no space left on device", 29: "illegal seek", 30: "read-only file system",
	32: "broken pipe", 36: "file name too long", 39: "directory not empty", 40: "too many levels of symbolic links",
}

func (e errno) Error() string {
	if s, ok := errnoText[e]; ok {
		return s
	}
	return "errno " + itoa(int(e))
}

// Is lets errors.Is match an errno against the portable errors, as
// syscall.Errno does.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 1 || e == 13
	case ErrExist:
		return e == 17 || e == 39
	case ErrNotExist:
		return e == 2
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

func underlying(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

// IsExist reports whether the error is known to report that a file or
// directory already exists.
func IsExist(err error) bool { return underlyingErrorIs(underlying(err), ErrExist) }

// IsNotExist reports whether the error is known to report that a file or
// directory does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(underlying(err), ErrNotExist) }

// IsPermission reports whether the error is known to report that permission
// is denied.
func IsPermission(err error) bool { return underlyingErrorIs(underlying(err), ErrPermission) }
