// Sub-slices share the backing array until an append reallocates.
package main

import "fmt"

func main() {
	s1 := []int{1, 2, 3, 4, 5}
	s2 := s1[1:3]
	fmt.Println(s2, len(s2), cap(s2))
	s2 = append(s2, 100)
	fmt.Println(s1, s2)
	s2[0] = 20
	fmt.Println(s1, s2)
	s2 = append(s2, 200, 300) // beyond cap 4: reallocated
	s2[0] = -20
	fmt.Println(s1, s2)

	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2) // same backing array as y: overwrites y[3]
	fmt.Println(y, z, y[3])

	full := []int{1, 2, 3}
	p := append(full, 4)
	q := append(full, 5) // full has no room: p and q are independent
	fmt.Println(p, q)

	grid := make([]byte, 9)
	rows := [][]byte{grid[0:3], grid[3:6], grid[6:9]}
	rows[1][1] = 'X'
	grid[0] = 'O'
	fmt.Println(grid, string(rows[0][:1]))
	whole := s1[:]
	whole[4] = 55
	fmt.Println(s1)
}
