// Maps keyed by integers of several widths: insert, overwrite, lookup with
// comma-ok, delete, len; extreme keys.
package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[int]string{}
	for _, k := range []int{0, 1, -1, math.MaxInt64, math.MinInt64, 1 << 32, 42} {
		m[k] = fmt.Sprint("v", k)
	}
	m[42] = "answer"
	fmt.Println(len(m), m[42], m[math.MinInt64], m[7] == "")
	v, ok := m[-1]
	fmt.Println(v, ok)
	v, ok = m[2]
	fmt.Printf("%q %v\n", v, ok)
	delete(m, 0)
	delete(m, 12345)
	_, ok = m[0]
	fmt.Println(len(m), ok)
	fmt.Println(m)

	m8 := map[int8]int{}
	for i := -128; i < 128; i++ {
		m8[int8(i)] += i
	}
	fmt.Println(len(m8), m8[-128], m8[127], m8[0])
	mu := map[uint64]bool{0: true, math.MaxUint64: true, 1 << 63: false}
	fmt.Println(mu[math.MaxUint64], mu[1<<63], mu[5], len(mu))
	m16 := map[uint16]int{}
	for i := 0; i < 70000; i++ {
		m16[uint16(i)]++
	}
	fmt.Println(len(m16), m16[0], m16[4463], m16[4464], m16[65535])
	r := map[rune]int{'a': 1, 'é': 2, '世': 3}
	fmt.Println(r['é'], r['世'], r)
	ptrs := map[uintptr]int{1: 1}
	fmt.Println(ptrs)
}
