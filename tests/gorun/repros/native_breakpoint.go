// runtime.Breakpoint has no native, so a program that only names it on a
// path never taken is rejected. (recover1.go, rename.go)
package main

import (
	"os"
	"runtime"
)

func die() {
	runtime.Breakpoint()
}

func main() {
	if len(os.Args) > 100 {
		die()
	}
	println("ok")
}
