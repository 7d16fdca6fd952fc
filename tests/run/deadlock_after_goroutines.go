// The deadlock is found only once the last running or sleeping goroutine
// has finished: sleeping goroutines never count as asleep for it.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(30 * time.Millisecond)
		ch <- 1
	}()
	fmt.Println("got", <-ch, "from a goroutine that slept first")
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("the sleeper returns without sending")
	}()
	<-ch
}
