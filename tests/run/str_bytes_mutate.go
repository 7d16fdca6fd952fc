// Strings are immutable: []byte(s) copies, so editing the copy leaves the
// string alone; string(b) also copies.
package main

import "fmt"

func upper(b []byte) {
	for i := range b {
		if 'a' <= b[i] && b[i] <= 'z' {
			b[i] -= 'a' - 'A'
		}
	}
}

func main() {
	s := "mutable?"
	b := []byte(s)
	upper(b)
	fmt.Println(s, string(b))
	t := string(b)
	b[0] = 'X'
	fmt.Println(t, string(b))
	b2 := append([]byte("prefix-"), s...)
	fmt.Println(string(b2), len(b2))
	var buf []byte
	buf = append(buf, "abc"...)
	buf = append(buf, 'd')
	n := copy(buf[1:], "XY")
	fmt.Println(string(buf), n)
	runes := []rune(s)
	runes[0] = 'M'
	fmt.Println(s, string(runes))
}
