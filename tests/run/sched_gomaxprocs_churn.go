// GOMAXPROCS changes again and again while 8 goroutines compute and
// exchange values: nothing is lost and the result is the same.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	results := make(chan int, 8)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			s := 0
			for i := 0; i < 300000; i++ {
				s += (i ^ g) & 7
				if i%50000 == 0 {
					runtime.Gosched()
				}
			}
			results <- s
		}(g)
	}
	stop := make(chan bool)
	done := make(chan int)
	go func() {
		changes := 0
		for {
			select {
			case <-stop:
				done <- changes
				return
			default:
				runtime.GOMAXPROCS(1 + changes%4)
				changes++
			}
		}
	}()
	wg.Wait()
	close(stop)
	fmt.Println("GOMAXPROCS changed at least once:", <-done > 0)
	close(results)
	total := 0
	for s := range results {
		total += s
	}
	fmt.Println("total:", total)
	runtime.GOMAXPROCS(2)
	fmt.Println("now:", runtime.GOMAXPROCS(0))
}
