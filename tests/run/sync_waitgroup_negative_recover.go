// "sync: negative WaitGroup counter" is an ordinary panic: recover catches
// it, in main and in a goroutine.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	func() {
		defer func() {
			r := recover()
			_, isErr := r.(error)
			fmt.Printf("recovered %v (%T, error %v)\n", r, r, isErr)
		}()
		wg.Add(-1)
	}()
	res := make(chan interface{})
	go func() {
		defer func() { res <- recover() }()
		var g sync.WaitGroup
		g.Add(2)
		g.Add(-3)
	}()
	fmt.Println("in a goroutine:", <-res)
}
