// select cases of the form v, ok := <-ch see a close; v := <-ch gets the
// zero value; a closed channel is always ready.
package main

import "fmt"

func main() {
	a := make(chan string, 1)
	b := make(chan int)
	a <- "hello"
	close(a)
	close(b)
	for i := 0; i < 2; i++ {
		select {
		case v, ok := <-a:
			fmt.Printf("a: %q %v\n", v, ok)
		}
	}
	select {
	case v := <-b:
		fmt.Println("b gives the zero value:", v)
	}
	var ok bool
	var v int
	select {
	case v, ok = <-b:
	}
	fmt.Println("assigned to existing variables:", v, ok)

	// Merge two channels until both are closed.
	x, y := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			x <- i
		}
		close(x)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			y <- i
		}
		close(y)
	}()
	sum, n := 0, 0
	for x != nil || y != nil {
		select {
		case v, ok := <-x:
			if !ok {
				x = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-y:
			if !ok {
				y = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println("merged", n, "values, sum", sum)
}
