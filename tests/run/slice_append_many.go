// Appending several elements at once: when the needed length is more than
// double the old capacity, the new capacity starts from the needed length
// (then rounded to a size class).
package main

import "fmt"

func main() {
	for _, n := range []int{1, 2, 3, 5, 7, 9, 13, 17, 100, 257, 1000} {
		s := append([]int(nil), make([]int, n)...)
		b := append([]byte(nil), make([]byte, n)...)
		st := append([]string{}, make([]string, n)...)
		fmt.Println(n, cap(s), cap(b), cap(st))
	}
	s := make([]int, 3, 4)
	s = append(s, 1, 2, 3, 4, 5)
	fmt.Println(len(s), cap(s))
	s = append(s, make([]int, 20)...)
	fmt.Println(len(s), cap(s))
	b := []byte("hello")
	b = append(b, " world, this is a longer tail"...)
	fmt.Println(len(b), cap(b), string(b))
	var r []rune
	r = append(r, []rune("日本語")...)
	fmt.Println(len(r), cap(r))
	e := append([]int{}, []int{}...)
	fmt.Println(len(e), cap(e), e == nil)
	var n []int
	n = append(n)
	fmt.Println(n == nil)
}
