// goto: loops built by hand, jumping forward over code, and out of nested
// blocks.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
top:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto top
}

func find(m [][]int, target int) (int, int) {
	for i := range m {
		for j := range m[i] {
			if m[i][j] == target {
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	fmt.Println(collatz(27), collatz(1), collatz(97))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 4))
	fmt.Println(find([][]int{{1, 2}}, 9))
	i := 0
loop:
	if i < 5 {
		fmt.Print(i, " ")
		i++
		goto loop
	}
	fmt.Println()
	goto skip
skip:
	fmt.Println("after skip")
}
