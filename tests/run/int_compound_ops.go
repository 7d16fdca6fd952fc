// Compound assignment operators and ++/-- at the limits of each width.
package main

import "fmt"

func main() {
	var a int16 = 1000
	a += 32000
	fmt.Println("+=", a)
	a -= 1
	fmt.Println("-=", a)
	a *= 3
	fmt.Println("*=", a)
	a /= -7
	fmt.Println("/=", a)
	a %= 100
	fmt.Println("%=", a)
	a <<= 12
	fmt.Println("<<=", a)
	a >>= 3
	fmt.Println(">>=", a)
	a &= 0x0ff0
	fmt.Println("&=", a)
	a |= 0x7001
	fmt.Println("|=", a)
	a ^= -1
	fmt.Println("^=", a)
	a &^= 0x00f0
	fmt.Println("&^=", a)

	var u uint8 = 250
	for i := 0; i < 8; i++ {
		u++
		fmt.Print(u, " ")
	}
	fmt.Println()
	var s int8 = -125
	for i := 0; i < 6; i++ {
		s--
		fmt.Print(s, " ")
	}
	fmt.Println()
	arr := [3]uint8{255, 0, 128}
	arr[0]++
	arr[1]--
	arr[2] += arr[2]
	fmt.Println(arr)
	m := map[string]int8{"k": 127}
	m["k"]++
	m["j"]--
	fmt.Println(m)
}
