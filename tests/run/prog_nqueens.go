// N-queens by backtracking with bitmasks: solution counts for n = 1..10 and
// the first solution for n = 8 drawn as a board.
package main

import (
	"fmt"
	"strings"
)

func count(n int, row int, cols, d1, d2 uint32, placed []int, first *[]int) int {
	if row == n {
		if *first == nil {
			*first = append([]int(nil), placed...)
		}
		return 1
	}
	total := 0
	free := ^(cols | d1 | d2) & (1<<uint(n) - 1)
	for free != 0 {
		bit := free & -free
		free &^= bit
		col := 0
		for b := bit; b > 1; b >>= 1 {
			col++
		}
		total += count(n, row+1, cols|bit, (d1|bit)<<1, (d2|bit)>>1, append(placed, col), first)
	}
	return total
}

func main() {
	for n := 1; n <= 10; n++ {
		var first []int
		fmt.Print(count(n, 0, 0, 0, 0, nil, &first), " ")
	}
	fmt.Println()
	var sol []int
	count(8, 0, 0, 0, 0, nil, &sol)
	for _, c := range sol {
		fmt.Println(strings.Repeat(". ", c) + "Q " + strings.Repeat(". ", 7-c))
	}
}
