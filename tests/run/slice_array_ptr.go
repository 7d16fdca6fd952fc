// Slicing an array shares it; a pointer to an array can be indexed, sliced
// and ranged; a slice converts to an array pointer (Go 1.17) sharing memory.
package main

import "fmt"

func double(p *[4]int) {
	for i := range p {
		p[i] *= 2
	}
}

func main() {
	arr := [4]int{1, 2, 3, 4}
	s := arr[1:3]
	s[0] = 20
	fmt.Println(arr, s, len(s), cap(s))
	p := &arr
	p[3] = 40
	fmt.Println(arr, len(p), p[1:2])
	double(p)
	fmt.Println(arr)
	for i, v := range p {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	sl := []int{5, 6, 7, 8, 9}
	ap := (*[3]int)(sl)
	ap[0] = 50
	fmt.Println(sl, *ap, len(ap))
	ap2 := (*[2]int)(sl[3:])
	ap2[1] = 90
	fmt.Println(sl)
	var empty []int
	z := (*[0]int)(empty)
	fmt.Println(z == nil)
	cp := arr // copies the array
	cp[0] = -1
	fmt.Println(arr[0], cp[0])
}
