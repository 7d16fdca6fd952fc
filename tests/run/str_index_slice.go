// Indexing a string gives bytes; slicing gives substrings by byte offsets;
// len counts bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], s[len(s)-1])
	fmt.Printf("%T %c %q\n", s[0], s[0], s[1:3])
	fmt.Println(s[:1], s[1:3], s[7:], s[len(s):] == "", s[:])
	fmt.Printf("%q\n", s[1:2]) // half a character
	sub := s[8:11]
	fmt.Println(sub, len(sub))
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] < 0x80 {
			b = append(b, s[i])
		}
	}
	fmt.Println(string(b))
	t := "abcdef"
	lo, hi := 2, 4
	fmt.Println(t[lo:hi], t[:lo], t[hi:], t[lo:lo] == "")
	fmt.Println("abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a", "é" > "z")
}
