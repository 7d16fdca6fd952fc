// assign_phases: Go's two-phase assignment -- operands first, then stores
// left to right, each with its own nil and bounds checks.
package main

import "fmt"

type P struct{ i int }

type Inner struct{ v [3]int }
type Outer struct {
	in  Inner
	arr [2]Inner
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panicked:", r)
		}
	}()
	f()
}

func main() {
	m := map[int]int{0: 1}
	i := 0
	i, m[i] = 1, 2
	fmt.Println(i, m)

	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	arr := [3]int{1, 2, 3}
	j := 0
	j, arr[j] = 2, 9
	fmt.Println(j, arr)

	var x P
	p := &x
	p, p.i = new(P), 4
	fmt.Println(x.i, p.i)

	mm := map[int]int{}
	var np *P
	try("nil", func() { mm[2], np.i = 42, 2 })
	fmt.Println(len(mm), mm[2])

	s := []int{}
	try("bounds", func() { mm[3], s[1] = 3, 3 })
	fmt.Println(len(mm), mm[3])

	var o Outer
	o.in.v[1] = 5
	o.arr[1].v[2] = 7
	o.arr[0] = o.arr[1]
	o.arr[1].v[2]++
	k := 1
	o.arr[k].v[k] += 10
	fmt.Println(o)

	grid := [2][2]int{{1, 2}, {3, 4}}
	grid[0], grid[1] = grid[1], grid[0]
	grid[1][0], grid[0][1] = grid[0][1], grid[1][0]
	fmt.Println(grid)

	str := "héllo"
	cnt := map[string]int{}
	cnt[str[:2]] += 1
	cnt[str[:2]] += 2
	fmt.Println(cnt)
}
