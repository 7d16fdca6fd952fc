// Common slice idioms: insert, delete, filter in place, reverse, dedupe,
// pop and push, with len/cap after each.
package main

import "fmt"

func insert(s []int, i, v int) []int {
	s = append(s, 0)
	copy(s[i+1:], s[i:])
	s[i] = v
	return s
}

func remove(s []int, i int) []int {
	return append(s[:i], s[i+1:]...)
}

func main() {
	s := []int{1, 2, 4, 5}
	s = insert(s, 2, 3)
	fmt.Println(s, len(s), cap(s))
	s = insert(s, 0, 0)
	s = insert(s, len(s), 6)
	fmt.Println(s, len(s), cap(s))
	s = remove(s, 3)
	fmt.Println(s, len(s), cap(s))
	evens := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			evens = append(evens, v)
		}
	}
	fmt.Println(evens, s)
	r := []string{"a", "b", "c", "d", "e"}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)
	d := []int{1, 1, 2, 3, 3, 3, 4, 1}
	out := d[:1]
	for _, v := range d[1:] {
		if v != out[len(out)-1] {
			out = append(out, v)
		}
	}
	fmt.Println(out)
	var stack []int
	for i := 0; i < 4; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack), cap(stack))
	queue := []string{"x", "y", "z"}
	head := queue[0]
	queue = queue[1:]
	fmt.Println(head, queue, len(queue), cap(queue))
	clone := append([]int(nil), d...)
	clone[0] = 99
	fmt.Println(d[0], clone[0])
}
