// The timeout idiom: select on a result and time.After.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	ch := make(chan string, 1)
	go func() {
		time.Sleep(d)
		ch <- fmt.Sprint("finished after ", d)
	}()
	return ch
}

func main() {
	select {
	case r := <-work(5 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(500 * time.Millisecond):
		fmt.Println("timed out")
	}
	select {
	case r := <-work(500 * time.Millisecond):
		fmt.Println(r)
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out after 20ms")
	}
	// A loop with one timer for the whole loop.
	ticks := make(chan int)
	go func() {
		for i := 0; ; i++ {
			ticks <- i
			time.Sleep(time.Millisecond)
		}
	}()
	deadline := time.After(30 * time.Millisecond)
	got := 0
loop:
	for {
		select {
		case <-ticks:
			got++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("some values before the deadline:", got > 0, got < 100)
}
