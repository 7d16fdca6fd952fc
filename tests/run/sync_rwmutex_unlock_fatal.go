// Unlock of an RWMutex that is not write-locked: a fatal error.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.RWMutex
	fmt.Println("Unlock without Lock")
	mu.Unlock()
}
