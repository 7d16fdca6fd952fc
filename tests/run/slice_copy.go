// copy returns the number of elements copied (the shorter length), handles
// overlapping ranges like memmove, and copies from a string into []byte.
package main

import "fmt"

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	big := make([]int, 8)
	n = copy(big, src)
	fmt.Println(n, big)
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s[2:], s) // forward overlap
	fmt.Println(n, s)
	s = []int{1, 2, 3, 4, 5, 6, 7, 8}
	n = copy(s, s[3:]) // backward overlap
	fmt.Println(n, s)
	b := make([]byte, 5)
	n = copy(b, "héllo")
	fmt.Println(n, b, string(b))
	n = copy(b, "")
	fmt.Println(n)
	var nilDst []int
	fmt.Println(copy(nilDst, src), copy(src, nilDst))
	words := []string{"a", "b", "c"}
	w2 := make([]string, len(words))
	copy(w2, words)
	w2[0] = "z"
	fmt.Println(words, w2)
	arr := [4]int{9, 9, 9, 9}
	copy(arr[1:], []int{1, 2})
	fmt.Println(arr)
	type pt struct{ x, y int }
	ps := []pt{{1, 2}, {3, 4}}
	qs := make([]pt, 2)
	copy(qs, ps)
	qs[0].x = 100
	fmt.Println(ps, qs)
}
