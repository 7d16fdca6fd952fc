// break inside select leaves only the select; labeled break and continue
// leave or restart the enclosing loop; return from inside a select.
package main

import "fmt"

func firstEven(ch <-chan int) int {
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				return -1
			}
			if v%2 == 0 {
				return v
			}
		}
	}
}

func main() {
	ch := make(chan int, 10)
	for i := 1; i <= 9; i++ {
		ch <- i
	}
	close(ch)
	n := 0
	for i := 0; i < 3; i++ {
		select {
		case <-ch:
			n++
			break // leaves the select only
		}
		n += 10
	}
	fmt.Println("break leaves the select:", n)

	seen := []int{}
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			if v%2 == 1 {
				continue loop
			}
			seen = append(seen, v)
		}
	}
	fmt.Println("evens after the first three:", seen)

	c2 := make(chan int, 5)
	for _, v := range []int{3, 5, 8, 9} {
		c2 <- v
	}
	close(c2)
	fmt.Println("first even:", firstEven(c2), "then:", firstEven(c2))
}
