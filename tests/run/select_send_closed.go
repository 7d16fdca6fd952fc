// A send case on a closed channel panics when the select reaches it,
// even with a default case or other ready cases.
package main

import "fmt"

func main() {
	closed := make(chan int)
	close(closed)
	panics := 0
	for i := 0; i < 20; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					panics++
				}
			}()
			select {
			case closed <- 1:
				fmt.Println("never sent")
			default:
				fmt.Println("never default")
			}
		}()
	}
	fmt.Println("panics with default:", panics)
	ready := make(chan int, 100)
	panics, recvs := 0, 0
	for i := 0; i < 100; i++ {
		ready <- i
		func() {
			defer func() {
				if r := recover(); r != nil {
					panics++
					<-ready
				}
			}()
			select {
			case closed <- 1:
			case <-ready:
				recvs++
			}
		}()
	}
	fmt.Println("with a ready receive both happen:", panics > 10, recvs > 10, panics+recvs)
	defer fmt.Println("deferred in main")
	select {
	case closed <- 2:
	}
}
