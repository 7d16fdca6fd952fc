// A pointer that does not escape needs no heap allocation: gc's escape
// analysis keeps &T{} of G on the stack, so AllocsPerRun counts 0 (F's
// escapes: 1). (fixedbugs/issue4618.go)
package main

import "testing"

type T struct{ int }

var global *T

func F() {
	t := &T{}
	global = t
}

func G() {
	t := &T{}
	_ = t
}

func main() {
	println(int(testing.AllocsPerRun(100, F)), int(testing.AllocsPerRun(100, G)))
}
