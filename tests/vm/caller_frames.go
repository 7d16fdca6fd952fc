// runtime.Caller and runtime.Stack walk the VM frames as Go walks its
// stack: a deferred call run at a return is called from the function's
// closing brace; one run by a panic is called from runtime.gopanic, a frame
// between it and the panicking function; wrappers are not counted.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

func at(skip int) string {
	_, file, line, ok := runtime.Caller(skip)
	return fmt.Sprintf("%s:%d %v", file[strings.LastIndex(file, "/")+1:], line, ok)
}

type T struct{}

func (T) M() string { return at(2) }

type I interface{ M() string }

func normal() {
	defer func() { fmt.Println("deferred at return:", at(2)) }()
	fmt.Println("direct:", at(1))
}

func panicking() {
	defer func() {
		recover()
		for i := 2; i <= 4; i++ {
			fmt.Println("frame", i, at(i))
		}
	}()
	panic("p")
}

func main() {
	normal()
	panicking()
	var i I = T{}
	fmt.Println("through an itab:", i.M())
	fmt.Println("past the bottom:", at(20))
	buf := make([]byte, 4096)
	s := string(buf[:runtime.Stack(buf, false)])
	fmt.Println(strings.HasPrefix(s, "goroutine 1 [running]:\nmain.main()\n\t"))
}
