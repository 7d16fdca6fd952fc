// A full buffered channel with senders waiting: receives take the buffer in
// FIFO order, then the waiting senders' values in the order they blocked.
// Waiting receivers are served in the order they blocked too. With one P a
// goroutine that has started runs until it blocks, so main, yielding until
// the new goroutine has started, resumes only once it is parked.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"sync/atomic"
)

// spawnParked starts f in a goroutine and returns once that goroutine has
// run up to its blocking channel operation.
func spawnParked(f func()) {
	var started int32
	go func() {
		atomic.StoreInt32(&started, 1)
		f()
	}()
	for atomic.LoadInt32(&started) == 0 {
		runtime.Gosched()
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	ch := make(chan int, 3)
	for i := 0; i < 3; i++ {
		ch <- i
	}
	fmt.Println("full:", len(ch), cap(ch))
	for s := 10; s < 13; s++ {
		v := s
		spawnParked(func() { ch <- v })
	}
	fmt.Println("still full with three senders waiting:", len(ch))
	var got []int
	for i := 0; i < 6; i++ {
		got = append(got, <-ch)
		fmt.Println("after a receive len =", len(ch))
	}
	fmt.Println("order:", got)

	un := make(chan string)
	var wg sync.WaitGroup
	who := make([]string, 3)
	for r := 0; r < 3; r++ {
		r := r
		wg.Add(1)
		spawnParked(func() {
			defer wg.Done()
			who[r] = <-un
		})
	}
	for _, v := range []string{"first", "second", "third"} {
		un <- v
	}
	wg.Wait()
	fmt.Println("receivers served in order:", who)
}
