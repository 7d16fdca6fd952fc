// Channels of large elements (8 KB arrays) with buffering and handoff
// between goroutines keep every element intact.
package main

import "fmt"

type page [1024]int

func main() {
	ch := make(chan page, 16)
	go func() {
		for i := 0; i < 100; i++ {
			var p page
			for j := range p {
				p[j] = i*1024 + j
			}
			ch <- p
		}
		close(ch)
	}()
	bad, n := 0, 0
	for p := range ch {
		for j := range p {
			if p[j] != n*1024+j {
				bad++
			}
		}
		n++
	}
	fmt.Println("pages:", n, "bad words:", bad)
}
