// WaitGroup.Wait with a counter nobody decrements: "semacquire".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go wg.Done()
	fmt.Println("waiting for 2, only 1 Done")
	wg.Wait()
}
