// make and zero values: every element of a new slice is its type's zero value.
package main

import "fmt"

type pair struct {
	a int
	b string
	c *int
	d []int
}

func main() {
	ints := make([]int, 3, 5)
	strs := make([]string, 2)
	bools := make([]bool, 2)
	floats := make([]float64, 2)
	pairs := make([]pair, 2)
	ptrs := make([]*int, 2)
	ifs := make([]interface{}, 2)
	maps := make([]map[string]int, 1)
	fmt.Println(ints, len(ints), cap(ints), ints[:5])
	fmt.Printf("%q %v %v\n", strs, bools, floats)
	fmt.Printf("%v %+v\n", pairs, pairs[0])
	fmt.Println(ptrs, ifs, maps, maps[0] == nil, pairs[1].d == nil)
	big := make([]int64, 100000)
	sum := int64(0)
	for i := range big {
		big[i] = int64(i)
		sum += big[i]
	}
	fmt.Println(sum, len(big))
	n := 4
	dyn := make([][]int, n)
	fmt.Println(dyn, len(dyn))
	var zeroArr [3]pair
	fmt.Printf("%+v\n", zeroArr)
}
