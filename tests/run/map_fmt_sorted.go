// fmt prints maps with their keys sorted: numbers by value (NaN first),
// strings bytewise, false before true, structs and arrays field by field.
package main

import (
	"fmt"
	"math"
)

type P struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "a", 0: "o"})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "ab": 5, "é": 6})
	fmt.Println(map[float64]int{2.5: 1, math.NaN(): 2, math.Inf(-1): 3, -1: 4, math.Inf(1): 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[P]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Printf("%v\n", map[[2]int]bool{{2, 1}: true, {1, 9}: false, {1, 2}: true})
	fmt.Printf("%+v\n", map[P]P{{1, "x"}: {2, "y"}})
	fmt.Printf("%#v\n", map[string]int{"z": 26, "a": 1})
	fmt.Printf("%#v\n", map[P]bool{{1, "a"}: true})
	fmt.Println(map[uint8]int{200: 1, 100: 2, 0: 3})
	fmt.Println(map[int8]int{-100: 1, 100: 2, 0: 3})
	fmt.Println(map[rune]string{'b': "B", 'a': "A"})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[interface{}]int{"b": 1, "a": 2})
	fmt.Println(map[string][]int{"y": {1}, "x": nil})
	fmt.Println(map[string]map[string]int{"o": {"z": 1, "a": 2}, "a": {}})
	var nilMap map[string]int
	fmt.Println(nilMap, map[string]int{})
	fmt.Printf("%d %x %q\n", map[string]int{"b": 11, "a": 10}, map[int]int{255: 16}, map[string]string{"k": "v"})
	s := fmt.Sprint(map[int]bool{2: true, 1: false})
	fmt.Println(s, len(s))
}
