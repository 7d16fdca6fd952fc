// A closed channel still delivers its buffered values, then the zero value
// with ok=false forever; len shrinks, cap stays.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	close(ch)
	fmt.Println("after close: len", len(ch), "cap", cap(ch))
	for i := 0; i < 4; i++ {
		v, ok := <-ch
		fmt.Println(v, ok, len(ch))
	}
	fmt.Println("plain receive:", <-ch)

	s := make(chan string)
	close(s)
	v, ok := <-s
	fmt.Printf("%q %v\n", v, ok)
	p := make(chan *point, 1)
	close(p)
	fmt.Println(<-p == nil)
	q := make(chan point)
	close(q)
	fmt.Println(<-q)
	e := make(chan error)
	close(e)
	fmt.Println(<-e)
	sl := make(chan []int, 2)
	sl <- []int{1}
	close(sl)
	a, ok1 := <-sl
	b, ok2 := <-sl
	fmt.Println(a, ok1, b == nil, ok2)

	r := make(chan int, 5)
	for i := 0; i < 5; i++ {
		r <- i * i
	}
	close(r)
	sum := 0
	for v := range r {
		sum += v
	}
	fmt.Println("range drains what is left:", sum)
}
