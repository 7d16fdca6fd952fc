// select {} parks a goroutine forever without spinning; main carries on
// and exits while it is parked.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	runtime.GOMAXPROCS(1)
	started := make(chan bool)
	for i := 0; i < 3; i++ {
		go func() {
			started <- true
			select {}
		}()
		<-started
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	n := 0
	for i := 0; i < 1000000; i++ {
		n += i & 3
	}
	fmt.Println("main computes with one P beside them:", n)
}
