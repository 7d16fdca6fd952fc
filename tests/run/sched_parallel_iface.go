// Interface conversions, assertions and method calls on many types, first
// used from 8 goroutines at once (the itab cache fills concurrently).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type shape interface{ area() int }
type named interface{ name() string }
type both interface {
	shape
	named
}

type sq struct{ s int }
type rect struct{ w, h int }
type tri struct{ b, h int }
type circ struct{ r int }
type line struct{}

func (v sq) area() int      { return v.s * v.s }
func (v sq) name() string   { return "sq" }
func (v rect) area() int    { return v.w * v.h }
func (v rect) name() string { return "rect" }
func (v tri) area() int     { return v.b * v.h / 2 }
func (v *circ) area() int   { return 3 * v.r * v.r }
func (v *circ) name() string { return "circ" }
func (line) name() string   { return "line" }

func work(g int) (int, int, int) {
	vals := []interface{}{sq{g}, rect{g, 2}, tri{g, 4}, &circ{g}, line{}, g, "s"}
	areas, names, boths := 0, 0, 0
	for i := 0; i < 2000; i++ {
		v := vals[(i+g)%len(vals)]
		if s, ok := v.(shape); ok {
			areas += s.area()
		}
		if n, ok := v.(named); ok {
			names += len(n.name())
		}
		if _, ok := v.(both); ok {
			boths++
		}
	}
	return areas, names, boths
}

func main() {
	runtime.GOMAXPROCS(4)
	start := make(chan struct{})
	type r struct{ a, n, b int }
	res := make([]r, 8)
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			<-start
			a, n, b := work(g + 1)
			res[g] = r{a, n, b}
		}(g)
	}
	close(start)
	wg.Wait()
	for g, x := range res {
		a, n, b := work(g + 1)
		fmt.Println(g, x, x == r{a, n, b})
	}
}
