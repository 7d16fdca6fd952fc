// Unbounded recursion ends as Go's: "goroutine stack exceeds
// 1000000000-byte limit", fatal error: stack overflow, exit 2 (not a
// recoverable panic: the deferred recover never runs). The lines after the
// first hold addresses: only the first stderr line is compared.
//vm:firstline
package main

import "fmt"

func f(n int) int { return f(n+1) + 1 }

func main() {
	defer func() {
		fmt.Println("recovered?", recover())
	}()
	fmt.Println("start")
	f(0)
}
