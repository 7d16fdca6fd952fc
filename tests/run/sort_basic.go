// sort: Ints, Strings, Float64s, the *AreSorted checks, Search and the
// Search* helpers.
package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 9, -7}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints))
	strs := []string{"pear", "Apple", "banana", "apple", "", "Banana"}
	sort.Strings(strs)
	fmt.Printf("%q %v\n", strs, sort.StringsAreSorted(strs))
	fl := []float64{2.5, -1, 3, 0}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.SearchInts(ints, 2), sort.SearchInts(ints, 3), sort.SearchInts(ints, 100), sort.SearchInts(ints, -100))
	fmt.Println(sort.SearchStrings(strs, "apple"), sort.SearchStrings(strs, "cherry"))
	i := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(i)
	guess := sort.Search(1000, func(n int) bool { return n >= 777 })
	fmt.Println(guess)
	big := make([]int, 1000)
	for i := range big {
		big[i] = (i * 7919) % 1000
	}
	sort.Ints(big)
	ok := true
	for i, v := range big {
		if v != i {
			ok = false
		}
	}
	fmt.Println(ok, sort.IntsAreSorted([]int{3, 1}))
	empty := []int{}
	sort.Ints(empty)
	var nilSlice []string
	sort.Strings(nilSlice)
	fmt.Println(empty, nilSlice == nil)
}
