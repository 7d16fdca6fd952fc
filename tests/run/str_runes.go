// []rune conversion counts characters; reversing by runes keeps
// multi-byte characters whole, reversing bytes breaks them.
package main

import (
	"fmt"
	"unicode/utf8"
)

func reverseRunes(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func reverseBytes(s string) string {
	b := []byte(s)
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	return string(b)
}

func main() {
	for _, s := range []string{"hello", "héllo", "日本語", "a😀b", ""} {
		rb := reverseBytes(s)
		fmt.Printf("%q runes=%d count=%d rev=%q bytesrev=%q valid=%v\n",
			s, len([]rune(s)), utf8.RuneCountInString(s), reverseRunes(s), rb, utf8.ValidString(rb))
	}
	r := []rune("añb")
	r = append(r, '€')
	fmt.Println(r, string(r), string(r[1]), len(string(r)))
	fmt.Println(string(r[1:3]))
}
