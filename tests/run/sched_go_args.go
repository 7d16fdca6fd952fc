// go statements evaluate the function value, the receiver and every argument
// in the calling goroutine, at the go statement; only the call runs later.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func (c counter) show(out chan<- string) { out <- fmt.Sprint("value receiver saw ", c.n) }

func (c *counter) showLater(gate <-chan bool, out chan<- string) {
	<-gate
	out <- fmt.Sprint("pointer receiver saw ", c.n)
}

func trace(name string, v int) int {
	fmt.Println("evaluating", name, "in the caller")
	return v
}

func main() {
	out := make(chan string)

	x := 1
	go func(a, b int) { out <- fmt.Sprint("got ", a, " ", b) }(trace("a", x), trace("b", x*10))
	x = 100
	fmt.Println("after the go statement x =", x)
	fmt.Println(<-out)

	c := counter{n: 5}
	go c.show(out) // the receiver is copied now
	c.n = 6
	fmt.Println(<-out)

	gate := make(chan bool)
	p := &counter{n: 1}
	go p.showLater(gate, out) // the pointer is copied now, not *p
	p.n = 2
	gate <- true
	fmt.Println(<-out)

	f := func(s string) { out <- "first f: " + s }
	go f("x")
	f = func(s string) { out <- "second f: " + s }
	fmt.Println(<-out)

	s := []int{1, 2, 3}
	go func(t []int, gate <-chan bool) {
		<-gate
		out <- fmt.Sprint("slice header copied, elements shared: ", t, " len ", len(t))
	}(s, gate)
	s[0] = 10
	s = append(s, 4)
	gate <- true
	fmt.Println(<-out)

	var wg sync.WaitGroup
	res := make([]int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			res[k] = k * k
		}(i)
	}
	wg.Wait()
	fmt.Println("squares by argument:", res)

	var pr fmt.Stringer = label("iface")
	go func(s fmt.Stringer) { out <- "interface argument: " + s.String() }(pr)
	pr = label("changed")
	fmt.Println(<-out, pr)
}

type label string

func (l label) String() string { return "<" + string(l) + ">" }
