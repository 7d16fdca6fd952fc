// Deleting during range is allowed: a deleted entry not yet reached is not
// produced; deleting the current entry is safe.
package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 100; i++ {
		m[i] = i * i
	}
	visits := 0
	for k := range m {
		visits++
		delete(m, k)
	}
	fmt.Println("delete current:", visits, len(m))

	for i := 0; i < 100; i++ {
		m[i] = i
	}
	visits = 0
	for k := range m {
		visits++
		for j := 0; j < 100; j++ {
			if j != k {
				delete(m, j)
			}
		}
	}
	fmt.Println("delete all others:", visits, len(m))
	for k := range m {
		delete(m, k)
	}

	for i := 0; i < 50; i++ {
		m[i] = i
	}
	sum := 0
	for k, v := range m {
		if k%2 == 1 {
			delete(m, k)
			continue
		}
		sum += v
	}
	evenSum := 0
	for i := 0; i < 50; i += 2 {
		evenSum += i
	}
	fmt.Println("delete odd:", len(m), sum == evenSum, sum)
	for k := range m {
		delete(m, k)
	}
	fmt.Println("cleared:", len(m), m)
	m[7] = 7
	fmt.Println(m)
}
