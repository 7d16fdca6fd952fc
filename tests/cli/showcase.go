// showcase.go -- the `make run` showcase: what the interview notes teach
// about Go's sequential runtime, run in subgo's VM.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Shape is satisfied through an itab: Area is called indirectly.
type Shape interface{ Area() float64 }

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }

// safeDiv turns a runtime panic into an error with defer + recover, and a
// deferred closure changes the named result.
func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			q = -1
		}
	}()
	return a / b, nil
}

var ErrEmpty = errors.New("empty input")

func wordFreq(text string) (map[string]int, error) {
	if text == "" {
		return nil, fmt.Errorf("wordFreq: %w", ErrEmpty)
	}
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[strings.ToLower(w)]++
	}
	return freq, nil
}

func main() {
	// defers run last in, first out; their arguments are evaluated at once
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}

	// append doubles the capacity below 256 elements, then grows ~1.25x,
	// rounded up to the allocator's size classes (Go 1.18+)
	var s []int
	caps := []int{}
	for i := 0; i < 600; i++ {
		if len(s) == cap(s) {
			caps = append(caps, cap(s))
		}
		s = append(s, i)
	}
	fmt.Println("append capacities:", caps, cap(s))

	// interfaces: value and pointer receivers, type switch
	shapes := []Shape{Rect{3, 4}, &Circle{2}}
	for _, sh := range shapes {
		switch v := sh.(type) {
		case Rect:
			fmt.Printf("%T %+v area %.1f\n", v, v, v.Area())
		case *Circle:
			fmt.Printf("%T %+v area %.1f\n", v, *v, v.Area())
		}
	}

	// closures capture variables by reference
	counter := func() func() int {
		n := 0
		return func() int { n++; return n }
	}()
	counter()
	fmt.Println("counter:", counter())

	// maps: fmt prints them with sorted keys; range order is random
	freq, _ := wordFreq("the quick brown fox jumps over the lazy dog The end")
	fmt.Println(freq)
	keys := make([]string, 0, len(freq))
	for k := range freq {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(len(keys), "distinct words, first", keys[0])
	if _, err := wordFreq(""); errors.Is(err, ErrEmpty) {
		fmt.Println("error:", err)
	}

	// a runtime error is a recoverable panic
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(1, 0))

	// an unrecovered one ends the program: exit status 2
	var m map[string]int
	defer fmt.Println("this defer still runs while panicking")
	m["boom"] = 1
}
