// append with overlapping source and destination, including appending a
// slice to itself and deleting through append.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	t := make([]int, 4, 10)
	for i := range t {
		t[i] = i + 1
	}
	t = append(t, t...) // room in place: copies before overwriting
	fmt.Println(t, len(t), cap(t))
	u := []int{0, 1, 2, 3, 4, 5}
	u = append(u[:1], u[3:]...)
	fmt.Println(u, len(u), cap(u))
	v := []int{0, 1, 2, 3, 4, 5}
	w := append(v[:2], v[1:4]...)
	fmt.Println(w, v)
	b := []byte("abc")
	b = append(b[:1], b...)
	fmt.Println(string(b))
}
