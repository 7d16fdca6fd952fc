// Integer division and remainder by a zero variable panic with
// "runtime error: integer divide by zero" (a runtime.Error); floats give Inf/NaN.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Printf("%s: %v (runtime.Error: %v)\n", name, r, isRT)
	}()
	f()
}

func main() {
	zero := 0
	var z8 int8
	var zu uint32
	var z64 int64
	try("int /", func() { fmt.Println(10 / zero) })
	try("int %", func() { fmt.Println(10 % zero) })
	try("int8 /", func() { fmt.Println(int8(5) / z8) })
	try("uint32 %", func() { fmt.Println(uint32(5) % zu) })
	try("int64 /=", func() {
		x := int64(7)
		x /= z64
		fmt.Println(x)
	})
	try("ok", func() { fmt.Println(10 / (zero + 3)) })
	f := 0.0
	fmt.Println(1/f, -1/f, f/f)
}
