// A fatal error (unlock of an unlocked mutex) prints every goroutine with
// its state: sleeping, blocked on a channel, in select, on a semaphore.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var blocked sync.Mutex
	blocked.Lock()
	started := make(chan bool)
	go func() { started <- true; time.Sleep(time.Hour) }()
	go func() { started <- true; <-make(chan int) }()
	go func() { started <- true; select {} }()
	go func() { started <- true; wg.Wait() }()
	go func() { started <- true; blocked.Lock() }()
	for i := 0; i < 5; i++ {
		<-started
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("unlocking an unlocked mutex")
	var mu sync.Mutex
	mu.Unlock()
}
