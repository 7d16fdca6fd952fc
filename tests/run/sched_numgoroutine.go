// runtime.NumGoroutine counts the live goroutines, main included.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

// settle waits until NumGoroutine reaches want: a goroutine that called
// wg.Done is still alive until it returns.
func settle(want int) int {
	for i := 0; i < 1000 && runtime.NumGoroutine() != want; i++ {
		time.Sleep(time.Millisecond)
	}
	return runtime.NumGoroutine()
}

func main() {
	fmt.Println("at start:", runtime.NumGoroutine())
	release := make(chan struct{})
	var started, exited sync.WaitGroup
	for i := 0; i < 10; i++ {
		started.Add(1)
		exited.Add(1)
		go func() {
			defer exited.Done()
			started.Done()
			<-release
		}()
	}
	started.Wait()
	fmt.Println("with 10 blocked:", runtime.NumGoroutine())
	close(release)
	exited.Wait()
	fmt.Println("after they return:", settle(1))

	inner, outer := make(chan bool), make(chan bool)
	go func() {
		go func() { inner <- true }()
		<-inner
		outer <- true
	}()
	<-outer
	fmt.Println("after a nested pair:", settle(1))
}
