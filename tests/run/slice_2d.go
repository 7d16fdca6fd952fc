// Slices of slices: jagged rows, rows sharing one backing array, and
// building a triangle.
package main

import "fmt"

func main() {
	tri := make([][]int, 6)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	for _, row := range tri {
		fmt.Println(row)
	}
	w, h := 4, 3
	cells := make([]rune, w*h)
	grid := make([][]rune, h)
	for y := range grid {
		grid[y] = cells[y*w : (y+1)*w]
	}
	for i := range cells {
		cells[i] = '.'
	}
	grid[1][2] = '#'
	grid[2][0] = '@'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	fmt.Println(len(grid), len(grid[0]), cap(grid[0]), cap(grid[2]))
	var jag [][]string
	jag = append(jag, []string{"a"}, nil, []string{"b", "c"})
	fmt.Println(jag, len(jag[1]), jag[1] == nil)
	fmt.Printf("%v %d\n", jag, len(jag))
}
