// One goroutine writes a map while another reads it: only the reader can
// notice (a writer's own checks only see other writers), so Go prints the
// one fatal line "concurrent map read and map write" (exit 2).
package main

import "fmt"

type blob [128 << 10]byte

var zero blob

func main() {
	m := map[int]blob{}
	start := make(chan bool)
	go func() {
		<-start
		for i := 0; ; i++ {
			m[i] = zero
			delete(m, i)
		}
	}()
	go func() {
		<-start
		n := 0
		for i := 0; ; i++ {
			if _, ok := m[i%7]; ok {
				n++
			}
		}
	}()
	fmt.Println("racing")
	close(start)
	select {}
}
