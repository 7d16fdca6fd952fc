// %#v prints values as Go syntax.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Named string
type List []Point

type Inner struct{ A []int }
type Outer struct {
	In  Inner
	P   *Point
	M   map[string]bool
	I   interface{}
	F   float64
	U   uint8
	R   rune
	Arr [2]bool
}

func main() {
	fmt.Printf("%#v\n", 42)
	fmt.Printf("%#v\n", -3.0)
	fmt.Printf("%#v\n", 1e21)
	fmt.Printf("%#v\n", "str\n")
	fmt.Printf("%#v\n", true)
	fmt.Printf("%#v\n", Named("n"))
	fmt.Printf("%#v\n", []int{1, 2})
	fmt.Printf("%#v\n", []string(nil))
	fmt.Printf("%#v\n", []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", [2]string{"a", "b"})
	fmt.Printf("%#v\n", map[string]int{"b": 2, "a": 1})
	fmt.Printf("%#v\n", Point{1, 2})
	fmt.Printf("%#v\n", &Point{3, 4})
	fmt.Printf("%#v\n", List{{1, 2}})
	fmt.Printf("%#v\n", Outer{In: Inner{[]int{1}}, M: map[string]bool{}, I: 5, F: 2, U: 7, R: 'x'})
	fmt.Printf("%#v\n", struct{ A, b int }{1, 2})
	fmt.Printf("%#v\n", []byte("hi"))
	fmt.Printf("%#v\n", uint64(1<<63))
	fmt.Printf("%#v\n", int8(-5))
	fmt.Printf("%#v\n", 'x')
	fmt.Printf("%#v\n", float32(0.1))
	fmt.Printf("%#v\n", []float64{1, 2.5, 1e6, 1e-7})
	var ip *int
	fmt.Printf("%#v\n", ip)
	var e error
	fmt.Printf("%#v\n", e)
	fmt.Printf("%#v\n", struct{}{})
	fmt.Printf("%#x %#o %#q\n", 255, 8, "q")
}
