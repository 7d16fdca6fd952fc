// main calls runtime.Goexit while another goroutine is blocked forever:
// once nothing can run, the report is the ordinary deadlock, listing only
// the blocked goroutine (main is gone).
package main

import (
	"fmt"
	"runtime"
)

func main() {
	go func() {
		fmt.Println("the other goroutine blocks")
		<-make(chan int)
	}()
	runtime.Goexit()
}
