// time.NewTimer, Stop and Reset, with the drain idiom.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	t := time.NewTimer(10 * time.Millisecond)
	<-t.C
	fmt.Println("fired after at least 10ms:", time.Since(start) >= 10*time.Millisecond)
	fmt.Println("Stop after firing and receiving:", t.Stop())

	t = time.NewTimer(time.Hour)
	fmt.Println("Stop of a pending timer:", t.Stop())
	fmt.Println("Stop again:", t.Stop())
	select {
	case <-t.C:
		fmt.Println("never")
	default:
		fmt.Println("a stopped timer sends nothing")
	}
	fmt.Println("Reset of a stopped timer:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired after Reset")

	// Fired but not received: Stop reports false and the value waits in C.
	t = time.NewTimer(time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	if !t.Stop() {
		<-t.C // drain
		fmt.Println("Stop false, drained the value")
	}
	fmt.Println("Reset after drain:", t.Reset(5*time.Millisecond))
	<-t.C
	fmt.Println("fired again")

	t = time.NewTimer(time.Hour)
	fmt.Println("Reset of a pending timer:", t.Reset(time.Millisecond))
	<-t.C
	fmt.Println("the earlier deadline won")

	t = time.NewTimer(0)
	<-t.C
	t = time.NewTimer(-time.Second)
	<-t.C
	fmt.Println("zero and negative durations fire at once")
	fmt.Println("C capacity:", cap(t.C))
}
