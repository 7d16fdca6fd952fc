// Writing an empty (nil) slice to os.Stdout: the runtime's write path calls
// memcpy with a NULL source, undefined behaviour that UBSan builds abort on
// (runtime/write.c). Release builds pass. (fixedbugs/issue7050.go)
package main

import "os"

func main() {
	n, err := os.Stdout.Write(nil)
	println(n, err == nil)
}
