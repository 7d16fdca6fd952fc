// Workers loop until their context is canceled; the owner cancels once
// enough work is done and waits for every worker to leave.
package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
)

func worker(ctx context.Context, jobs <-chan int, done *int64, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			return
		case j := <-jobs:
			atomic.AddInt64(done, int64(j))
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	jobs := make(chan int)
	var total int64
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go worker(ctx, jobs, &total, &wg)
	}
	for j := 1; j <= 200; j++ {
		jobs <- j
	}
	cancel()
	wg.Wait()
	fmt.Println("all workers left; total", atomic.LoadInt64(&total), "err", ctx.Err())

	// A goroutine leak avoided: the generator stops when its context ends.
	gen := func(ctx context.Context) <-chan int {
		ch := make(chan int)
		go func() {
			defer close(ch)
			for n := 0; ; n++ {
				select {
				case ch <- n:
				case <-ctx.Done():
					return
				}
			}
		}()
		return ch
	}
	ctx2, cancel2 := context.WithCancel(context.Background())
	g := gen(ctx2)
	for n := range g {
		if n == 5 {
			break
		}
	}
	cancel2()
	for range g {
	}
	fmt.Println("generator stopped and closed its channel")
}
