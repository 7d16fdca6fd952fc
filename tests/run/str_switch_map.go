// Strings built at run time compare equal to literals in switches and as
// map keys.
package main

import (
	"fmt"
	"strings"
)

func classify(s string) string {
	switch s {
	case "apple", "pear":
		return "fruit"
	case "carrot":
		return "vegetable"
	case "":
		return "empty"
	}
	return "unknown"
}

func main() {
	b := []byte{'p', 'e', 'a', 'r'}
	names := []string{string(b), "app" + "le", strings.ToLower("CARROT"), "", "rock"}
	for _, n := range names {
		fmt.Println(n, classify(n))
	}
	counts := map[string]int{}
	for _, w := range strings.Fields("the cat and the hat and the bat") {
		counts[w]++
	}
	key := string([]byte("the"))
	fmt.Println(counts[key], counts["and"], counts["dog"], len(counts))
	fmt.Println(counts)
}
