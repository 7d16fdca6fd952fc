// Many goroutines call the same cancel function at once and many wait on
// Done: one cancellation, every waiter released, Err stable.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	children := make([]context.Context, 20)
	for i := range children {
		var c context.CancelFunc
		children[i], c = context.WithCancel(ctx)
		defer c()
	}
	var waiters sync.WaitGroup
	var released int32
	for _, c := range children {
		waiters.Add(1)
		go func(c context.Context) {
			defer waiters.Done()
			<-c.Done()
			if c.Err() == context.Canceled {
				atomic.AddInt32(&released, 1)
			}
		}(c)
	}
	var cancelers sync.WaitGroup
	for i := 0; i < 10; i++ {
		cancelers.Add(1)
		go func() {
			defer cancelers.Done()
			cancel()
		}()
	}
	cancelers.Wait()
	waiters.Wait()
	fmt.Println("released:", released, "err:", ctx.Err())
}
