// fannkuch.go -- the fannkuch-redux benchmark of the Computer Language
// Benchmarks Game: for every permutation of 1..n (in the order of the
// count-array generator below), count the prefix reversals ("pancake flips")
// until 1 is first; print a checksum (flips added for even-numbered
// permutations, subtracted for odd) and the maximum. Small int slices,
// indexing and swaps in tight loops. The same program as fannkuch.lua.
package main

import "fmt"

const n = 10

func fannkuch(n int) (checksum, maxFlips int) {
	perm1 := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	perm := make([]int, n)
	count := make([]int, n)
	permCount := 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		if flips > maxFlips {
			maxFlips = flips
		}
		if permCount%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		// The next permutation: rotate the first r+1 elements left until a
		// counter is not exhausted.
		for {
			if r == n {
				return checksum, maxFlips
			}
			perm0 := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = perm0
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permCount++
	}
}

func main() {
	checksum, maxFlips := fannkuch(n)
	fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
}
