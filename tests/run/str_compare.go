// String comparison is bytewise lexicographic (so by UTF-8 code points).
package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "apple", "äpple", "apples", "", "Banana", "123", "zebra", "é"}
	sort.Strings(words)
	fmt.Printf("%q\n", words)
	pairs := [][2]string{{"a", "b"}, {"a", "a"}, {"ab", "a"}, {"A", "a"}, {"\xff", "\u00ff"}, {"ÿ", "z"}}
	for _, p := range pairs {
		fmt.Println(p[0] < p[1], p[0] == p[1], p[0] > p[1], p[0] <= p[1], p[0] >= p[1], strings.Compare(p[0], p[1]))
	}
	a := "hello world"
	b := "hello " + "world"
	fmt.Println(a == b, a[:5] == b[:5], a != b)
}
