// main calling runtime.Goexit lets the other goroutines finish; once none is
// left, the program dies: "no goroutines (main called runtime.Goexit)".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	defer fmt.Println("main's defers run at Goexit")
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("the other goroutine finishes")
	}()
	runtime.Goexit()
}
