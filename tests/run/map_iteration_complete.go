// Every range visits each entry exactly once, for many map sizes; the order
// is unspecified, so the program only prints what is order-independent.
package main

import "fmt"

func main() {
	for size := 0; size <= 300; size += 23 {
		m := make(map[int]int)
		for i := 0; i < size; i++ {
			m[i*31] = i
		}
		seen := make(map[int]int)
		keySum, valSum := 0, 0
		for k, v := range m {
			seen[k]++
			keySum += k
			valSum += v
		}
		ok := len(seen) == size
		for _, c := range seen {
			if c != 1 {
				ok = false
			}
		}
		fmt.Println(size, ok, keySum, valSum)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		m[k] = v + 100 // updating the current entry is fine
	}
	fmt.Println(m)
	var keys []string
	for k := range map[string]bool{"only": true} {
		keys = append(keys, k)
	}
	fmt.Println(keys)
}
