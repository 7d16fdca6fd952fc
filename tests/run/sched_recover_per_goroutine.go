// Each goroutine recovers its own panic; the others and main go on.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func safe(id int, out chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			out <- fmt.Sprintf("worker %d recovered: %v", id, r)
		}
	}()
	if id%2 == 1 {
		var m map[string]int
		m["x"] = id
	}
	if id == 4 {
		panic(fmt.Sprintf("worker %d gives up", id))
	}
	out <- fmt.Sprintf("worker %d finished", id)
}

func main() {
	out := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go safe(i, out, &wg)
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
}
