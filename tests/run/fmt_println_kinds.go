// Println/Sprint of every basic kind and of composite values holding them:
// runes and bytes print as numbers, named types by their underlying value
// unless they have methods, nested slices/maps/structs/arrays.
package main

import (
	"errors"
	"fmt"
)

type Name string
type Score float32
type Flags uint8

func main() {
	fmt.Println(int8(-8), int16(-16), int32(-32), int64(-64), uint8(8), uint16(16), uint32(32), uint64(64), uintptr(99))
	fmt.Println(float32(1.25), float32(0.1), 0.1, 1e100, -0.5, true, false, "", "s")
	fmt.Println('A', byte('A'), rune(0x1F600), string(rune(0x1F600)))
	fmt.Println(Name("n"), Score(2.5), Flags(3), []Name{"a", "b"}, map[Name]Score{"x": 1})
	fmt.Println([]interface{}{1, "a", 2.5, nil, true, []int{1}, map[string]int{"k": 1}, struct{ A int }{1}})
	fmt.Println([][]int{{1, 2}, {}, nil, {3}}, [2][2]string{{"a", "b"}, {"c", ""}})
	fmt.Println(map[string][]string{"b": {"x"}, "a": nil}, map[int]map[int]bool{1: {2: true}})
	fmt.Println(struct {
		A []int
		B map[string]int
		C *int
		D error
		E interface{}
	}{[]int{1}, map[string]int{"z": 0}, nil, errors.New("boom"), 42})
	fmt.Println(errors.New("e"), []error{errors.New("x"), nil}, fmt.Errorf("w: %w", errors.New("inner")))
	s := fmt.Sprint(int8(1), uint(2), "x", float32(3), 'y', nil, "z")
	fmt.Printf("%q\n", s)
	fmt.Print(int8(1), uint(2), 3.5, "\n")
}
