// Package os provides a platform-independent interface to operating system
// functionality. subgo keeps the process part (Args, Exit, Getenv) and plain
// files (Stdin/Stdout/Stderr, Open, Create, ReadFile, WriteFile).
//
// Design: the system calls are natives taking and returning plain ints (an
// fd, an errno); the File type, error values and messages are Go. Errno
// texts are Go's (lower case, as syscall.Errno prints them).
//
// This file: process-level functions and their natives.
package os

// runtime_args returns the program's command-line arguments, starting with
// the program name (for `subgo run`, the path of the main .go file's
// executable name as `go run` would report it).
func runtime_args() []string

// sysExit terminates the process immediately with the given status; deferred
// functions are not run and buffered runtime output is flushed.
func sysExit(code int)

// sysGetenv returns the value of the environment variable key and whether it
// is set.
func sysGetenv(key string) (value string, found bool)

// sysSetenv sets the environment variable key (C setenv); errno or 0.
func sysSetenv(key, value string) int

// sysGetpid returns the process id.
func sysGetpid() int

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() { Args = runtime_args() }

// Exit causes the current program to exit with the given status code.
func Exit(code int) { sysExit(code) }

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := sysGetenv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key and reports whether it was present.
func LookupEnv(key string) (string, bool) { return sysGetenv(key) }

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if key == "" {
		return NewSyscallError("setenv", errno(22))
	}
	if e := sysSetenv(key, value); e != 0 {
		return NewSyscallError("setenv", errno(e))
	}
	return nil
}

// Getpid returns the process id of the caller.
func Getpid() int { return sysGetpid() }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}
