// Deep recursion (the goroutine stack grows by copying), mutual recursion
// and the Ackermann function.
package main

import "fmt"

func depth(n int) int {
	if n == 0 {
		return 0
	}
	var pad [8]int // make frames bigger
	pad[n%8] = n
	return depth(n-1) + 1 + pad[n%8] - n
}

func sumTo(n int64) int64 {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	hanoi(n-1, via, to, from, moves)
}

func main() {
	fmt.Println(depth(100000))
	fmt.Println(sumTo(200000))
	fmt.Println(ack(2, 3), ack(3, 5))
	fmt.Println(isEven(10001), isOdd(10001))
	moves := 0
	hanoi(16, "a", "c", "b", &moves)
	fmt.Println(moves)
}
