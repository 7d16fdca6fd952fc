// A goroutine spinning in an empty for {} loop does not stop main from
// waking up after a sleep, printing and exiting.
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	for i := 0; i < 4; i++ {
		go func() {
			started <- true
			for {
			}
		}()
		<-started
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("main woke up beside 4 spinning goroutines")
}
