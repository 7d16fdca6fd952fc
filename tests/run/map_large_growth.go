// A map grown to 60,000 entries (eleven doublings, each evacuated
// incrementally), then half deleted and refilled: every lookup must still
// find the right value.
package main

import "fmt"

func main() {
	const n = 60000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	fmt.Println(len(m))
	bad := 0
	for i := 0; i < n; i++ {
		if v, ok := m[i*7]; !ok || v != i {
			bad++
		}
	}
	fmt.Println("bad lookups:", bad)
	for i := 0; i < n; i += 2 {
		delete(m, i*7)
	}
	fmt.Println(len(m))
	missing, present := 0, 0
	for i := 0; i < n; i++ {
		_, ok := m[i*7]
		if ok {
			present++
		} else {
			missing++
		}
	}
	fmt.Println(present, missing)
	for i := 0; i < n; i += 2 {
		m[i*7] = -i
	}
	sum := 0
	for k, v := range m {
		if v < 0 {
			sum -= v
		} else {
			sum += k / 7
		}
	}
	fmt.Println(len(m), sum)
	s := make(map[string]int, 1000)
	for i := 0; i < 20000; i++ {
		s[fmt.Sprint(i)] = i
	}
	total := 0
	for k, v := range s {
		if k == fmt.Sprint(v) {
			total++
		}
	}
	fmt.Println(len(s), total)
}
