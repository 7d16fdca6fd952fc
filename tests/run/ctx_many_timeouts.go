// 1000 contexts with timeouts of 1 to 20 ms, each watched by a goroutine:
// all of them expire with DeadlineExceeded.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

func main() {
	var expired int32
	var wg sync.WaitGroup
	for i := 0; i < 1000; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(1+i%20)*time.Millisecond)
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer cancel()
			<-ctx.Done()
			if ctx.Err() == context.DeadlineExceeded {
				atomic.AddInt32(&expired, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("expired:", expired)
}
