// errgroup.WithContext: the first error cancels the group's context so
// the other goroutines stop early; Wait cancels it in any case.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
)

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	var stopped int32
	for i := 0; i < 4; i++ {
		g.Go(func() error {
			select {
			case <-ctx.Done():
				atomic.AddInt32(&stopped, 1)
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		})
	}
	g.Go(func() error {
		time.Sleep(5 * time.Millisecond)
		return errors.New("fetch failed")
	})
	err := g.Wait()
	fmt.Println("Wait:", err)
	fmt.Println("stopped early:", atomic.LoadInt32(&stopped), "ctx:", ctx.Err())

	g2, ctx2 := errgroup.WithContext(context.Background())
	g2.Go(func() error { return nil })
	fmt.Println("before Wait:", ctx2.Err())
	fmt.Println("Wait:", g2.Wait(), "ctx after Wait:", ctx2.Err())

	parent, cancel := context.WithCancel(context.Background())
	g3, ctx3 := errgroup.WithContext(parent)
	g3.Go(func() error {
		<-ctx3.Done()
		return ctx3.Err()
	})
	cancel()
	fmt.Println("parent canceled:", g3.Wait())
}
