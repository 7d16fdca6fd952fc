// The ring buffer wraps around many times: one producer, one consumer,
// capacity 7, 100000 values arrive in order; with 4 producers each
// producer's own values stay in order.
package main

import "fmt"

func main() {
	ch := make(chan int, 7)
	go func() {
		for i := 0; i < 100000; i++ {
			ch <- i
		}
		close(ch)
	}()
	next, bad := 0, 0
	for v := range ch {
		if v != next {
			bad++
		}
		next = v + 1
	}
	fmt.Println("received up to", next-1, "out of order:", bad)

	type msg struct{ from, seq int }
	mc := make(chan msg, 5)
	done := make(chan bool)
	for p := 0; p < 4; p++ {
		go func(p int) {
			for s := 0; s < 5000; s++ {
				mc <- msg{p, s}
			}
			done <- true
		}(p)
	}
	go func() {
		for p := 0; p < 4; p++ {
			<-done
		}
		close(mc)
	}()
	last := []int{-1, -1, -1, -1}
	bad, n := 0, 0
	for m := range mc {
		if m.seq != last[m.from]+1 {
			bad++
		}
		last[m.from] = m.seq
		n++
	}
	fmt.Println("messages:", n, "per-sender order broken:", bad, "last:", last)
}
