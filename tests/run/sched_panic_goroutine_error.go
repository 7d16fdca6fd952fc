// A goroutine panicking with an error value: the report prints Error(),
// with the [recovered] chain when its deferred call re-panics.
package main

import (
	"errors"
	"fmt"
	"time"
)

func main() {
	go func() {
		defer func() {
			r := recover()
			fmt.Println("recovered once:", r)
			panic(r)
		}()
		panic(fmt.Errorf("wrapped: %w", errors.New("disk full")))
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
