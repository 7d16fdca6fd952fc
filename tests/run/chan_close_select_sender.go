// Closing a channel while a goroutine is blocked in a select whose send
// case is on it: the select wakes and panics with "send on closed channel".
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	ch := make(chan int)
	never := make(chan int)
	res := make(chan string)
	go func() {
		defer func() { res <- fmt.Sprint("select sender: ", recover()) }()
		select {
		case ch <- 1:
		case <-never:
		}
	}()
	for runtime.NumGoroutine() < 2 {
		runtime.Gosched()
	}
	time.Sleep(10 * time.Millisecond)
	close(ch)
	fmt.Println(<-res)

	type box struct{ v int }
	var b box
	in := make(chan int, 1)
	in <- 9
	select {
	case b.v = <-in:
	}
	fmt.Println("received into a field:", b.v)
	m := map[string]int{}
	in <- 3
	select {
	case m["k"] = <-in:
	}
	fmt.Println("received into a map element:", m)
}
