// cap() after each append to a []int: Go 1.18+ doubles below 256 elements,
// then grows by (newcap + 3*256)/4 per step, and rounds the byte size up to
// a malloc size class. Only the changes of capacity are printed.
package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Printf("len %d cap %d\n", len(s), cap(s))
			last = cap(s)
		}
	}
	// Starting from a non-empty literal.
	t := []int{1, 2, 3}
	fmt.Println(len(t), cap(t))
	t = append(t, 4)
	fmt.Println(len(t), cap(t))
	t = append(t, 5, 6, 7)
	fmt.Println(len(t), cap(t))
	t = append(t, 8, 9, 10, 11, 12, 13, 14)
	fmt.Println(len(t), cap(t))
	// From make with a capacity.
	u := make([]int, 0, 5)
	for i := 0; i < 12; i++ {
		u = append(u, i)
		fmt.Print(cap(u), " ")
	}
	fmt.Println()
}
