// sort.Sort and sort.Stable with a custom sort.Interface, sort.Reverse,
// and the sort.IntSlice/StringSlice helper types.
package main

import (
	"fmt"
	"sort"
)

type Card struct {
	Rank int
	Suit string
}

type ByRank []Card

func (c ByRank) Len() int           { return len(c) }
func (c ByRank) Less(i, j int) bool { return c[i].Rank < c[j].Rank }
func (c ByRank) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

type countingSort struct {
	sort.IntSlice
	swaps *int
}

func (c countingSort) Swap(i, j int) {
	*c.swaps++
	c.IntSlice.Swap(i, j)
}

func main() {
	hand := []Card{{10, "h"}, {2, "s"}, {10, "d"}, {7, "c"}, {2, "h"}, {14, "s"}}
	sort.Stable(ByRank(hand))
	fmt.Println(hand)
	sort.Stable(sort.Reverse(ByRank(hand)))
	fmt.Println(hand)
	fmt.Println(sort.IsSorted(ByRank(hand)), sort.IsSorted(sort.Reverse(ByRank(hand))))
	nums := sort.IntSlice{3, 1, 2}
	nums.Sort()
	fmt.Println(nums, nums.Search(2))
	names := sort.StringSlice{"c", "a", "b"}
	sort.Sort(sort.Reverse(names))
	fmt.Println(names)
	swaps := 0
	already := countingSort{sort.IntSlice{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, &swaps}
	sort.Sort(already)
	fmt.Println(already.IntSlice, swaps == 0)
	distinct := ByRank{{5, "a"}, {3, "b"}, {9, "c"}, {1, "d"}}
	sort.Sort(distinct)
	fmt.Println(distinct)
}
