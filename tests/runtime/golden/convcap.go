// convcap.go -- capacities of escaping []byte(s) and []rune(s)
// conversions: "bytes len cap" and "runes nrunes cap".
package main

import (
	"fmt"
	"strings"
)

var sinkB []byte
var sinkR []rune

func main() {
	for _, n := range []int{0, 1, 5, 8, 9, 17, 31, 32, 33, 100, 1000, 1025, 5000, 40000} {
		s := strings.Repeat("a", n)
		sinkB = []byte(s)
		fmt.Println("bytes", len(sinkB), cap(sinkB))
		s = strings.Repeat("é", n)
		sinkR = []rune(s)
		fmt.Println("runes", len(sinkR), cap(sinkR))
	}
}
