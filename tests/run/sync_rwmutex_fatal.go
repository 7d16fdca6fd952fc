// RUnlock of an RWMutex that is not read-locked: a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var mu sync.RWMutex
	mu.RLock()
	mu.RUnlock()
	fmt.Println("RUnlock again")
	mu.RUnlock()
}
