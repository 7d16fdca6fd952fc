// Inserting during range: whether new entries are produced is unspecified,
// but the loop ends, every original entry is produced exactly once, and
// the map holds everything afterwards.
package main

import "fmt"

func main() {
	m := map[int]bool{}
	for i := 0; i < 20; i++ {
		m[i] = true
	}
	seen := map[int]int{}
	for k := range m {
		seen[k]++
		if k < 20 {
			m[k+1000] = true
		}
	}
	originals := 0
	dup := false
	for k, n := range seen {
		if k < 20 {
			originals++
		}
		if n != 1 {
			dup = true
		}
	}
	fmt.Println(originals, dup, len(m))
	n := 0
	for k := range m {
		if k >= 1000 {
			n++
		}
	}
	fmt.Println(n)
}
