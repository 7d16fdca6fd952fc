// A deadlock deep in a call chain inside a goroutine, with main waiting on
// a WaitGroup: the headers give both wait reasons.
package main

import (
	"fmt"
	"sync"
)

func level3(ch chan int) { ch <- 1 }
func level2(ch chan int) { level3(ch) }
func level1(ch chan int) { level2(ch) }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		level1(make(chan int))
	}()
	fmt.Println("main waits")
	wg.Wait()
}
