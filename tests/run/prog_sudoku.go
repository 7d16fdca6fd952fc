// A sudoku solver: constraint bitmasks per row, column and box, and
// backtracking on the cell with the fewest candidates.
package main

import (
	"fmt"
	"math/bits"
	"strings"
)

type Board [81]int

func parse(s string) Board {
	var b Board
	i := 0
	for _, c := range s {
		switch {
		case c >= '1' && c <= '9':
			b[i] = int(c - '0')
			i++
		case c == '.' || c == '0':
			i++
		}
	}
	return b
}

func (b *Board) candidates(pos int) uint16 {
	r, c := pos/9, pos%9
	var used uint16
	for i := 0; i < 9; i++ {
		used |= 1 << b[r*9+i]
		used |= 1 << b[i*9+c]
		br, bc := r/3*3+i/3, c/3*3+i%3
		used |= 1 << b[br*9+bc]
	}
	return ^used & 0x3FE
}

func (b *Board) solve(steps *int) bool {
	best, bestCount := -1, 10
	var bestMask uint16
	for pos := 0; pos < 81; pos++ {
		if b[pos] != 0 {
			continue
		}
		m := b.candidates(pos)
		n := bits.OnesCount16(m)
		if n < bestCount {
			best, bestCount, bestMask = pos, n, m
			if n == 0 {
				return false
			}
		}
	}
	if best < 0 {
		return true
	}
	for d := 1; d <= 9; d++ {
		if bestMask&(1<<d) == 0 {
			continue
		}
		*steps++
		b[best] = d
		if b.solve(steps) {
			return true
		}
	}
	b[best] = 0
	return false
}

func (b *Board) String() string {
	var sb strings.Builder
	for r := 0; r < 9; r++ {
		if r%3 == 0 && r > 0 {
			sb.WriteString("------+-------+------\n")
		}
		for c := 0; c < 9; c++ {
			if c%3 == 0 && c > 0 {
				sb.WriteString("| ")
			}
			fmt.Fprintf(&sb, "%d ", b[r*9+c])
		}
		sb.WriteString("\n")
	}
	return sb.String()
}

func main() {
	puzzles := []string{
		"53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
		"8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
	}
	for _, p := range puzzles {
		b := parse(p)
		steps := 0
		ok := b.solve(&steps)
		fmt.Println("solved:", ok, "guesses:", steps)
		fmt.Print(b.String())
	}
	// Cell (0,8) has no candidate: its row holds 1-8 and its column a 9.
	bad := parse("12345678." + "........9" + strings.Repeat(".", 63))
	steps := 0
	fmt.Println("contradiction solvable:", bad.solve(&steps))
}
