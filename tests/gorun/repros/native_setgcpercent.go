// runtime/debug.SetGCPercent (its native setGCPercent) is not implemented,
// so any program calling it is rejected; it returns the previous setting.
// (fixedbugs/issue22781.go, issue7083.go)
package main

import "runtime/debug"

func main() {
	debug.SetGCPercent(1)
	println(debug.SetGCPercent(100))
}
