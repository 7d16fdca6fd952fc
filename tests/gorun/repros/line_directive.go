// //line and /*line*/ directives change the file and line that
// runtime.Caller (and tracebacks, and compile errors) report.
// (fixedbugs/issue18149.go, issue22662.go)
package main

import "runtime"

func where() {
	_, file, line, _ := runtime.Caller(1)
	println(file, line)
}

func main() {
//line /foo/bar.go:123
	where()
//line c:/foo/bar.go:987
	where()
	/*line :10*/ where()
}
