// Labelled break and continue out of nested loops, and breaking a loop from
// inside a switch.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	grid := [][]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	found := false
search:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				found = true
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
loop:
	for {
		n++
		switch {
		case n%2 == 0:
			continue loop
		case n > 7:
			break loop
		default:
			fmt.Print(n, " ")
		}
	}
	fmt.Println("stopped at", n)
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break // leaves the switch only
		}
		fmt.Print(i, " ")
	}
	fmt.Println()
	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				count++
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
			}
		}
	}
	fmt.Println("count", count)
}
