// runtime.Caller around deferred calls: a deferred call run at a normal
// return is called from the function's closing brace (deferreturn there),
// and one run by a panic is called from runtime.gopanic, a frame between
// the deferred function and the panicking one.
// (fixedbugs/issue14646.go, issue5856.go)
package main

import (
	"runtime"
	"strings"
)

func callerLine(skip int) int {
	_, _, line, _ := runtime.Caller(skip)
	return line
}

func normal() {
	defer func() { println("deferred at return, called from line", callerLine(2)) }()
	println("body")
} // line 21

func panicking() {
	defer func() {
		recover()
		for i := 1; i <= 3; i++ {
			_, file, line, _ := runtime.Caller(i)
			println("frame", i, file[strings.LastIndex(file, "/")+1:], line)
		}
	}()
	panic("p") // line 31
}

func main() {
	normal()
	panicking()
}
