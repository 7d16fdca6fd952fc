// env.go -- the environment and process identity: Environ, Expand,
// ExpandEnv, Unsetenv, Clearenv, Hostname, Getwd, Chdir, Mkdir, MkdirAll,
// the uid/gid/ppid queries, and path constants.
package os

// sysEnviron returns a copy of the environment as "key=value" strings.
func sysEnviron() []string

// sysUnsetenv removes key from the environment (C unsetenv); errno or 0.
func sysUnsetenv(key string) int

// sysIDs returns getppid(), getuid(), geteuid(), getgid(), getegid().
func sysIDs() (ppid, uid, euid, gid, egid int)

// sysGetwd returns the current directory (getcwd) or "" and the errno.
func sysGetwd() (dir string, errno int)

// sysChdir changes the current directory (chdir); errno or 0.
func sysChdir(dir string) int

// sysMkdir creates a directory (mkdir(2) with perm); errno or 0.
func sysMkdir(path string, perm uint32) int

// sysIsDir reports whether path names an existing directory (stat(2)),
// and the errno when stat fails.
func sysIsDir(path string) (isDir bool, errno int)

const (
	PathSeparator     = '/' // OS-specific path separator
	PathListSeparator = ':' // OS-specific path list separator
)

// DevNull is the name of the operating system's “null device.”
const DevNull = "/dev/null"

// IsPathSeparator reports whether c is a directory separator character.
func IsPathSeparator(c uint8) bool {
	return PathSeparator == c
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string { return sysEnviron() }

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if e := sysUnsetenv(key); e != 0 {
		return NewSyscallError("unsetenv", errno(e))
	}
	return nil
}

// Clearenv deletes all environment variables.
func Clearenv() {
	for _, kv := range sysEnviron() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				sysUnsetenv(kv[:i])
				break
			}
		}
	}
}

// Expand replaces ${var} or $var in the string based on the mapping
// function.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	i := 0 // start of the text not yet copied
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[i:j]...)
			name, w := shellName(s[j+1:])
			switch {
			case name == "" && w > 0:
				// bad syntax such as "${}" is dropped
			case name == "":
				buf = append(buf, s[j]) // a lone '$' stays
			default:
				buf = append(buf, mapping(name)...)
			}
			j += w
			i = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[i:]
}

// ExpandEnv replaces ${var} or $var in the string according to the values
// of the current environment variables.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

func isNameByte(c uint8) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName returns the variable name after a '$' and how many bytes it
// took: "{name}", a one-character special name, or a run of name bytes.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					return "", 2 // "${}"
				}
				return s[1:i], i + 1
			}
		}
		return "", 1 // unterminated "${"
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	return s[:i], i
}

// Getppid returns the process id of the caller's parent.
func Getppid() int {
	p, _, _, _, _ := sysIDs()
	return p
}

// Getuid returns the numeric user id of the caller.
func Getuid() int {
	_, u, _, _, _ := sysIDs()
	return u
}

// Geteuid returns the numeric effective user id of the caller.
func Geteuid() int {
	_, _, e, _, _ := sysIDs()
	return e
}

// Getgid returns the numeric group id of the caller.
func Getgid() int {
	_, _, _, g, _ := sysIDs()
	return g
}

// Getegid returns the numeric effective group id of the caller.
func Getegid() int {
	_, _, _, _, e := sysIDs()
	return e
}

// Getpagesize returns the underlying system's memory page size.
func Getpagesize() int { return 4096 }

// Hostname returns the host name reported by the kernel (as Go does on
// Linux, from /proc/sys/kernel/hostname).
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", NewSyscallError("hostname", underlying(err))
	}
	if n := len(b); n > 0 && b[n-1] == '\n' {
		b = b[:n-1]
	}
	return string(b), nil
}

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	d, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return d, nil
}

// Chdir changes the current working directory to the named directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return &PathError{Op: "chdir", Path: dir, Err: errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}

// MkdirAll creates a directory named path, along with any necessary
// parents, and returns nil, or else returns an error.
func MkdirAll(path string, perm FileMode) error {
	if isDir, e := sysIsDir(path); e == 0 {
		if isDir {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: errno(20)} // ENOTDIR
	}
	// Make the parent first.
	i := len(path)
	for i > 0 && IsPathSeparator(path[i-1]) { // skip trailing separators
		i--
	}
	j := i
	for j > 0 && !IsPathSeparator(path[j-1]) { // scan back over the element
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		// Someone may have made it meanwhile, or it is a file.
		if isDir, e := sysIsDir(path); e == 0 && isDir {
			return nil
		}
		return err
	}
	return nil
}
