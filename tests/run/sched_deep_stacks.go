// Goroutines start small and grow their stacks: 100 goroutines each
// recursing 10000 calls deep at the same time.
package main

import (
	"fmt"
	"sync"
)

func depth(n int, pad [8]int) int {
	if n == 0 {
		return pad[0]
	}
	pad[n%8]++
	return depth(n-1, pad) + 1
}

func main() {
	var wg sync.WaitGroup
	results := make([]int, 100)
	for g := 0; g < 100; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			results[g] = depth(10000, [8]int{g})
		}(g)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("sum of depths:", sum)
}
