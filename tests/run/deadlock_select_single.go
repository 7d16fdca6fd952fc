// A select with a single case and no default is compiled as the plain
// channel operation: its goroutines wait with "chan receive", "chan send"
// and "chan receive (nil chan)", not "select".
package main

import "fmt"

func main() {
	var nilc chan int
	go func() {
		select {
		case v := <-make(chan int):
			fmt.Println(v)
		}
	}()
	go func() {
		select {
		case make(chan int) <- 1:
		}
	}()
	go func() {
		select {
		case <-nilc:
		}
	}()
	fmt.Println("main selects on one nil send case")
	select {
	case nilc <- 1:
	}
}
