// Interfaces embedding interfaces, and assertions from one interface to a
// wider or narrower one.
package main

import (
	"fmt"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}
type Closer interface{ Close() error }

type buffer struct{ parts []string }

func (b *buffer) Read() string {
	if len(b.parts) == 0 {
		return ""
	}
	s := b.parts[0]
	b.parts = b.parts[1:]
	return s
}
func (b *buffer) Write(s string) { b.parts = append(b.parts, s) }

type file struct{ buffer }

func (f *file) Close() error { return nil }

func main() {
	var rw ReadWriter = &buffer{}
	rw.Write("a")
	rw.Write("b")
	var r Reader = rw
	fmt.Println(r.Read())
	w, ok := r.(Writer)
	fmt.Println(ok)
	w.Write("c")
	fmt.Println(strings.Join(rw.(*buffer).parts, ","))
	_, isCloser := r.(Closer)
	fmt.Println(isCloser)
	var f ReadWriter = &file{}
	c, isCloser := f.(Closer)
	fmt.Println(isCloser, c.Close())
	f.Write("x")
	fmt.Println(f.Read(), f.Read() == "")
	type RWC interface {
		ReadWriter
		Closer
	}
	_, full := f.(RWC)
	fmt.Println(full)
}
