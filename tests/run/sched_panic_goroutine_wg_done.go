// A goroutine panics ("send on closed channel") after deferring wg.Done:
// the deferred Done runs during the panic and wakes main, which returns,
// but the program must still die of the panic with exit 2 (Go's
// runtime.main waits for a goroutine that is running panic defers or
// printing a panic before it exits).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int, 1)
	close(ch)
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("sending")
		ch <- 1
	}()
	wg.Wait()
}
