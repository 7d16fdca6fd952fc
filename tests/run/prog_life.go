// Conway's Game of Life on a small torus: a glider and a blinker, printed
// for a few generations, with population counts.
package main

import (
	"fmt"
	"strings"
)

type Grid struct {
	w, h  int
	cells []bool
}

func NewGrid(w, h int) *Grid { return &Grid{w, h, make([]bool, w*h)} }

func (g *Grid) At(x, y int) bool {
	x = (x + g.w) % g.w
	y = (y + g.h) % g.h
	return g.cells[y*g.w+x]
}

func (g *Grid) Set(x, y int, v bool) { g.cells[y*g.w+x] = v }

func (g *Grid) Step() *Grid {
	n := NewGrid(g.w, g.h)
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			count := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if (dx != 0 || dy != 0) && g.At(x+dx, y+dy) {
						count++
					}
				}
			}
			alive := g.At(x, y)
			n.Set(x, y, count == 3 || alive && count == 2)
		}
	}
	return n
}

func (g *Grid) String() string {
	var sb strings.Builder
	for y := 0; y < g.h; y++ {
		for x := 0; x < g.w; x++ {
			if g.At(x, y) {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func (g *Grid) Population() int {
	n := 0
	for _, c := range g.cells {
		if c {
			n++
		}
	}
	return n
}

func main() {
	g := NewGrid(10, 8)
	for _, p := range [][2]int{{1, 0}, {2, 1}, {0, 2}, {1, 2}, {2, 2}, {6, 5}, {7, 5}, {8, 5}} {
		g.Set(p[0], p[1], true)
	}
	for gen := 0; gen < 5; gen++ {
		fmt.Printf("generation %d, population %d\n%v", gen, g.Population(), g)
		g = g.Step()
	}
	for i := 0; i < 35; i++ {
		g = g.Step()
	}
	fmt.Printf("generation 40, population %d\n%v", g.Population(), g)
}
