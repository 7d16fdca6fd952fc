// Lock while holding RLock waits for the reader, itself: "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	mu.RLock()
	fmt.Println("read-locked, now Lock")
	mu.Lock()
}
