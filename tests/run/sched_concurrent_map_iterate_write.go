// Ranging over a map while another goroutine writes it: the iterator
// notices, "concurrent map iteration and map write" (exit 2).
package main

import "fmt"

type blob [128 << 10]byte

var zero blob

func main() {
	m := map[int]blob{1: zero, 2: zero, 3: zero}
	start := make(chan bool)
	go func() {
		<-start
		for i := 10; ; i++ {
			m[i] = zero
			delete(m, i)
		}
	}()
	go func() {
		<-start
		n := 0
		for {
			for range m {
				n++
			}
		}
	}()
	fmt.Println("racing")
	close(start)
	select {}
}
