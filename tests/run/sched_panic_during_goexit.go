// A deferred call panicking while runtime.Goexit unwinds: the panic runs
// the defers left, is not recovered and ends the program (exit 2).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		defer fmt.Println("the last defer runs during the panic")
		defer func() { panic("panic while exiting") }()
		defer fmt.Println("first defer of the Goexit runs")
		runtime.Goexit()
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
