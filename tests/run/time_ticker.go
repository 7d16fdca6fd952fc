// time.NewTicker ticks every period until Stop; Reset changes the period;
// time.Tick gives a ticker's channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	tk := time.NewTicker(5 * time.Millisecond)
	for i := 0; i < 5; i++ {
		<-tk.C
	}
	fmt.Println("5 ticks took at least 25ms:", time.Since(start) >= 25*time.Millisecond)
	tk.Stop()
	select {
	case <-tk.C: // a tick may have been waiting in the buffer
	default:
	}
	time.Sleep(20 * time.Millisecond)
	select {
	case <-tk.C:
		fmt.Println("tick after Stop")
	default:
		fmt.Println("no tick after Stop")
	}

	start = time.Now()
	tk.Reset(2 * time.Millisecond)
	<-tk.C
	<-tk.C
	fmt.Println("Reset restarts a stopped ticker:", time.Since(start) >= 4*time.Millisecond)
	tk.Stop()

	// A slow receiver drops ticks instead of queueing them.
	tk = time.NewTicker(time.Millisecond)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("buffered ticks after 30ms:", len(tk.C), "cap", cap(tk.C))
	tk.Stop()

	start = time.Now()
	c := time.Tick(3 * time.Millisecond)
	for i := 0; i < 3; i++ {
		<-c
	}
	fmt.Println("3 ticks of Tick took at least 9ms:", time.Since(start) >= 9*time.Millisecond)
	fmt.Println("Tick with d <= 0 is nil:", time.Tick(0) == nil)

	func() {
		defer func() { fmt.Println("NewTicker(0):", recover()) }()
		time.NewTicker(0)
	}()
}
