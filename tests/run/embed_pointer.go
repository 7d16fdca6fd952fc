// Embedding a pointer type: promoted fields go through the pointer, so a
// nil embedded pointer makes field access panic, while pointer-receiver
// methods that do not dereference still work.
package main

import "fmt"

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(s string) {
	if l == nil {
		fmt.Println("(nil logger)", s)
		return
	}
	l.lines = append(l.lines, l.prefix+s)
}

type Service struct {
	*Logger
	Name string
}

func main() {
	shared := &Logger{prefix: "> "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("from a")
	b.Log("from b")
	fmt.Println(shared.lines, len(a.lines), a.prefix)
	c := a // copies the pointer, not the Logger
	c.prefix = "# "
	fmt.Println(a.prefix)
	var n Service
	n.Log("hello")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(n.prefix)
	}()
}
