// errgroup.SetLimit bounds the active goroutines: Go blocks and TryGo
// fails while the limit is reached; changing the limit while goroutines
// are active panics.
package main

import (
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	g.SetLimit(3)
	var active, peak, ran int32
	for i := 0; i < 20; i++ {
		g.Go(func() error {
			n := atomic.AddInt32(&active, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if n <= p || atomic.CompareAndSwapInt32(&peak, p, n) {
					break
				}
			}
			time.Sleep(time.Millisecond)
			atomic.AddInt32(&active, -1)
			atomic.AddInt32(&ran, 1)
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait(), "ran:", ran, "peak within the limit:", peak <= 3)

	var h errgroup.Group
	h.SetLimit(1)
	block := make(chan struct{})
	fmt.Println("TryGo with room:", h.TryGo(func() error { <-block; return nil }))
	fmt.Println("TryGo at the limit:", h.TryGo(func() error { return nil }))
	func() {
		defer func() { fmt.Println("SetLimit while active:", recover()) }()
		h.SetLimit(2)
	}()
	close(block)
	fmt.Println("Wait:", h.Wait())
	h.SetLimit(-1)
	fmt.Println("no limit, TryGo:", h.TryGo(func() error { return nil }), h.Wait())
}
