// %T prints the dynamic type in Go syntax.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64
type Pair struct{ K, V string }
type Handler func(string) error
type Shape interface{ Area() float64 }

func main() {
	var sh Shape
	vals := []interface{}{
		1, int8(1), uint(1), uintptr(1), 1.0, float32(1), "s", 'r', byte('b'), true, nil,
		Celsius(1), Pair{}, &Pair{}, []Pair{}, [3]*Pair{}, map[string][]int{},
		map[Pair]bool{}, func() {}, func(int, ...string) (bool, error) { return false, nil },
		Handler(nil), errors.New("e"), fmt.Errorf("w: %w", errors.New("e")), sh,
		struct{ A int }{}, struct {
			A int `json:"a"`
			b string
		}{}, []interface{}{}, new(int), new(*int), [0]int{}, [][]string{},
		interface{}(3), []error{}, map[string]interface{}{},
	}
	for _, v := range vals {
		fmt.Printf("%T\n", v)
	}
	fmt.Printf("%10T|%-10T|\n", 1, "s")
}
