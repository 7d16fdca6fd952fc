// Goroutines can start in package init; init runs in the main goroutine
// before main, and main sees what they produced.
package main

import (
	"fmt"
	"sync"
)

var (
	wg      sync.WaitGroup
	squares = make([]int, 10)
	ready   = make(chan string, 1)
)

func init() {
	for i := range squares {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			squares[i] = i * i
		}(i)
	}
	go func() { ready <- "sent from a goroutine started in init" }()
}

func init() {
	wg.Wait()
	fmt.Println("second init saw:", squares)
}

func main() {
	fmt.Println(<-ready)
}
