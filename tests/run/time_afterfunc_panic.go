// A panic in an AfterFunc callback is a panic in its own goroutine: not
// recoverable by main, exit 2.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer func() { fmt.Println("main recovered:", recover()) }()
	time.AfterFunc(5*time.Millisecond, func() {
		panic("panic in a timer callback")
	})
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
