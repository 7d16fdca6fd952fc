// Bool keys, struct keys (all fields compared, unexported included) and
// keys that are structs holding strings and nested structs.
package main

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Name string
	P    Point
	ok   bool
}

func main() {
	b := map[bool]int{}
	for i := 0; i < 10; i++ {
		b[i%3 == 0]++
	}
	fmt.Println(b, b[true], b[false])
	grid := map[Point]string{{0, 0}: "origin", {1, 2}: "a"}
	grid[Point{1, 2}] = "b"
	grid[Point{2, 1}] = "c"
	fmt.Println(len(grid), grid[Point{1, 2}], grid)
	p := Point{0, 0}
	fmt.Println(grid[p])
	p.X = 5 // the key stored earlier is a copy
	fmt.Println(grid[Point{0, 0}], grid[p] == "")
	k := map[Key]int{}
	k[Key{"a", Point{1, 1}, true}] = 1
	k[Key{"a", Point{1, 1}, false}] = 2
	k[Key{"a" + "", Point{1, 1}, true}] += 10
	fmt.Println(len(k), k[Key{"a", Point{1, 1}, true}], k[Key{"a", Point{1, 1}, false}])
	visited := map[[2]int]bool{}
	x, y := 0, 0
	for _, step := range "RRULLDDR" {
		switch step {
		case 'R':
			x++
		case 'L':
			x--
		case 'U':
			y++
		case 'D':
			y--
		}
		visited[[2]int{x, y}] = true
	}
	fmt.Println(len(visited), visited[[2]int{1, 0}], visited[[2]int{5, 5}])
	fmt.Println(visited)
	anon := map[struct{ a, b string }]int{{"x", "y"}: 1}
	fmt.Println(anon[struct{ a, b string }{"x", "y"}])
	empty := map[struct{}]int{}
	empty[struct{}{}]++
	empty[struct{}{}]++
	fmt.Println(empty, len(empty))
}
