// A pipeline: generate -> square -> keep odd -> sum, each stage a goroutine
// connected by channels, with a done channel that stops it early.
package main

import "fmt"

func gen(done <-chan struct{}, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			select {
			case out <- i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func square(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			select {
			case out <- v * v:
			case <-done:
				return
			}
		}
	}()
	return out
}

func odd(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			if v%2 == 1 {
				select {
				case out <- v:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	sum := 0
	for v := range odd(done, square(done, gen(done, 1000))) {
		sum += v
	}
	fmt.Println("sum of odd squares up to 1000:", sum)

	done2 := make(chan struct{})
	first := []int{}
	for v := range square(done2, gen(done2, 1000000)) {
		first = append(first, v)
		if len(first) == 5 {
			break
		}
	}
	close(done2)
	fmt.Println("first five squares, then the pipeline is stopped:", first)
}
