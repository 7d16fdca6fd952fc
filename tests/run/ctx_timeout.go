// context.WithTimeout: Done closes after the timeout with Err
// context.DeadlineExceeded; an early cancel wins with context.Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Millisecond)
	defer cancel()
	d, ok := ctx.Deadline()
	fmt.Println("has a deadline:", ok, "about 15ms away:", time.Until(d) <= 15*time.Millisecond)
	<-ctx.Done()
	fmt.Println("done after at least 15ms:", time.Since(start) >= 15*time.Millisecond)
	fmt.Println(ctx.Err())
	fmt.Println(ctx.Err() == context.DeadlineExceeded, errors.Is(ctx.Err(), context.DeadlineExceeded))
	cancel()
	fmt.Println("cancel after the timeout keeps the first error:", ctx.Err())

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println("canceled before the timeout:", ctx2.Err())

	// A slow operation abandoned at the timeout.
	ctx3, cancel3 := context.WithTimeout(context.Background(), 10*time.Millisecond)
	defer cancel3()
	result := make(chan string, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		result <- "slow result"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-ctx3.Done():
		fmt.Println("gave up:", ctx3.Err())
	}

	var te interface{ Timeout() bool }
	if errors.As(context.DeadlineExceeded, &te) {
		fmt.Println("DeadlineExceeded is a timeout:", te.Timeout())
	}
	fmt.Printf("%T\n", context.DeadlineExceeded)
}
