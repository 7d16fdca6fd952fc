// Full slice expressions s[low:high:max] limit the capacity, so a later
// append must reallocate instead of overwriting the original array.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:4]
	b := base[2:4:4]
	c := base[2:4:6]
	fmt.Println(len(a), cap(a), len(b), cap(b), len(c), cap(c))
	a = append(a, 100) // overwrites base[4]
	fmt.Println(base)
	b = append(b, 200) // reallocates: base untouched
	fmt.Println(base, b)
	c = append(c, 300, 301) // fits in cap 4: overwrites base[4], base[5]
	fmt.Println(base, c)
	c = append(c, 302) // exceeds cap: new array
	c[0] = -1
	fmt.Println(base, c)
	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[1:2:3]
	fmt.Println(s, len(s), cap(s))
	s = s[:cap(s)]
	fmt.Println(s)
	t := arr[:0:0]
	fmt.Println(len(t), cap(t), t == nil)
	i, j, k := 1, 3, 5
	u := base[i:j:k]
	fmt.Println(u, cap(u), base[:j:k][0])
}
