// A panic in main while other goroutines are blocked or sleeping: the
// report shows only the panicking goroutine (Go's default GOTRACEBACK).
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() { started <- true; <-make(chan int) }()
	go func() { started <- true; time.Sleep(time.Hour) }()
	go func() { started <- true; select {} }()
	for i := 0; i < 3; i++ {
		<-started
	}
	time.Sleep(5 * time.Millisecond)
	fmt.Println("main panics")
	panic(fmt.Sprintf("%d goroutines wait", 3))
}
