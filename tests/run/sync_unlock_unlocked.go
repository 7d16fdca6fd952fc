// Unlocking an unlocked Mutex is a fatal error, not a panic: the deferred
// recover does not run and the program exits with 2.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
