// A deadlock report lists every goroutine with its own wait reason.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	var mu sync.Mutex
	mu.Lock()
	var nilch chan int
	full := make(chan int)
	go func() { full <- 1 }()  // chan send
	go func() { <-nilch }()    // chan receive (nil chan)
	go func() { nilch <- 1 }() // chan send (nil chan)
	go func() { select {} }()  // select (no cases)
	go func() {
		select {
		case <-nilch:
		case <-make(chan int):
		}
	}() // select
	go func() { wg.Wait() }() // semacquire
	go func() { mu.Lock() }() // semacquire
	fmt.Println("main waits for nothing")
	<-make(chan bool) // chan receive
}
