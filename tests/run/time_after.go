// time.After delivers the current time on a channel after the duration.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := <-time.After(15 * time.Millisecond)
	fmt.Println("waited at least 15ms:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println("the value is a time after the start:", !t.Before(start.Add(15*time.Millisecond)))

	ch := time.After(40 * time.Millisecond)
	fmt.Println("channel capacity:", cap(ch), "len before firing:", len(ch))
	time.Sleep(60 * time.Millisecond)
	fmt.Println("len after firing, not received yet:", len(ch))
	<-ch

	// Several pending After channels fire in deadline order.
	a := time.After(30 * time.Millisecond)
	b := time.After(10 * time.Millisecond)
	var first string
	select {
	case <-a:
		first = "a"
	case <-b:
		first = "b"
	}
	<-a
	fmt.Println("first to fire:", first)
	zero := time.After(0)
	<-zero
	fmt.Println("After(0) fires")
}
