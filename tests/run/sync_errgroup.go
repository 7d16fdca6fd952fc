// golang.org/x/sync/errgroup: Wait returns nil when every function
// succeeds, the first error otherwise, after all of them returned.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync/atomic"

	"golang.org/x/sync/errgroup"
)

func main() {
	var g errgroup.Group
	var sum int64
	for i := 1; i <= 10; i++ {
		i := i
		g.Go(func() error {
			atomic.AddInt64(&sum, int64(i))
			return nil
		})
	}
	fmt.Println("Wait:", g.Wait(), "sum:", sum)

	// The group's context is canceled right after the first error is
	// recorded: the others fail only then.
	g2, ctx := errgroup.WithContext(context.Background())
	var finished int32
	g2.Go(func() error {
		defer atomic.AddInt32(&finished, 1)
		return errors.New("first failure")
	})
	for i := 0; i < 5; i++ {
		g2.Go(func() error {
			defer atomic.AddInt32(&finished, 1)
			<-ctx.Done()
			return errors.New("later failure")
		})
	}
	err := g2.Wait()
	fmt.Println("Wait:", err, "after all returned:", atomic.LoadInt32(&finished))
	fmt.Println("Wait again:", g2.Wait())

	var empty errgroup.Group
	fmt.Println("empty group:", empty.Wait())
}
