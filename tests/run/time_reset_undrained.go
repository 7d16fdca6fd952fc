// A timer that fired without being received keeps its value in C; a Reset
// then fires again into the full channel and that value is dropped.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Millisecond)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("len after firing:", len(t.C))
	fmt.Println("Reset of an expired timer:", t.Reset(time.Millisecond))
	time.Sleep(10 * time.Millisecond)
	fmt.Println("len after the second firing:", len(t.C))
	<-t.C
	select {
	case <-t.C:
		fmt.Println("a second value")
	default:
		fmt.Println("the second value was dropped")
	}
}
