// Cond.Wait with nobody to Signal: "sync.Cond.Wait".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	c := sync.NewCond(&mu)
	mu.Lock()
	fmt.Println("waiting on a Cond")
	c.Wait()
}
