// Array keys: arrays of ints, strings and floats, compared element-wise.
package main

import "fmt"

func main() {
	m := map[[3]int]string{}
	m[[3]int{1, 2, 3}] = "a"
	m[[3]int{3, 2, 1}] = "b"
	k := [3]int{1, 2, 3}
	m[k] += "!"
	fmt.Println(len(m), m[k], m)
	k[0] = 0
	fmt.Println(m[k] == "", len(m))
	s := map[[2]string]int{{"go", "lang"}: 1}
	s[[2]string{"go", "lang"}]++
	s[[2]string{"golang", ""}]++
	fmt.Println(s)
	f := map[[2]float64]int{{0, 1}: 1}
	f[[2]float64{-0.0 * 1, 1}]++
	fmt.Println(f)
	anagrams := map[[26]byte][]string{}
	for _, w := range []string{"listen", "silent", "enlist", "google", "gogole", "cat", "act", "tac", "dog"} {
		var sig [26]byte
		for _, c := range w {
			sig[c-'a']++
		}
		anagrams[sig] = append(anagrams[sig], w)
	}
	fmt.Println(len(anagrams))
	var sig [26]byte
	for _, c := range "tca" {
		sig[c-'a']++
	}
	fmt.Println(anagrams[sig])
}
