// basics: integer arithmetic, calls, if/for, op-assign, println.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i * i
	}
	q, r := divmod(sum, 7)
	var u8 uint8 = 250
	u8 += 10
	println(fib(10), sum, q, r, u8, sum > 100 && q != 0)
}
