// for range over a channel receives until it is closed and drained.
package main

import "fmt"

func produce(n int) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 1; i <= n; i++ {
			ch <- i
		}
	}()
	return ch
}

func main() {
	sum, count := 0, 0
	for v := range produce(100) {
		sum += v
		count++
	}
	fmt.Println("received", count, "values, sum", sum)

	for v := range produce(3) {
		fmt.Println("value", v)
		if v == 2 {
			break
		}
	}

	words := make(chan string, 3)
	words <- "a"
	words <- "b"
	words <- "c"
	close(words)
	var all string
	for w := range words {
		all += w
	}
	fmt.Println(all)

	empty := make(chan int)
	close(empty)
	for range empty {
		fmt.Println("never")
	}
	fmt.Println("range over a closed empty channel ends at once")
}
