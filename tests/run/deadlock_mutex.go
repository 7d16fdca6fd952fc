// Locking a Mutex twice in one goroutine (Mutex is not reentrant):
// "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once, locking again")
	mu.Lock()
}
