// The fatal "sync: unlock of unlocked mutex" raised in a goroutine: the
// report lists every goroutine (main waiting on a channel too).
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	done := make(chan bool)
	go func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		mu.Unlock()
		done <- true
	}()
	<-done
}
