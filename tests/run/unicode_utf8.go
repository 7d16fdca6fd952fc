// unicode/utf8: encoding and decoding runes, validity, counting, and the
// behaviour on invalid and truncated input.
package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 'é', '世', '😀', 0xD800, -1, 0x110000} {
		buf := make([]byte, 4)
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%U len=%d valid=%v enc=% x\n", r, utf8.RuneLen(r), utf8.ValidRune(r), buf[:n])
	}
	s := "a世\xffé😀"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("%d:%U/%d ", i, r, size)
		i += size
	}
	fmt.Println()
	for j := len(s); j > 0; {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		fmt.Printf("%d:%U/%d ", j, r, size)
		j -= size
	}
	fmt.Println()
	fmt.Println(utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.Valid([]byte("ok")))
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size)
	r, size = utf8.DecodeRune([]byte{0xe4, 0xb8})
	fmt.Println(r, size)
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("a"))
	fmt.Println(utf8.RuneStart(0x80), utf8.RuneStart('a'), utf8.RuneStart(0xe4))
	b := utf8.AppendRune([]byte("x"), '世')
	fmt.Printf("%s % x\n", b, b)
	fmt.Println(utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune, utf8.RuneError)
	valid := []string{"", "abc", "\xed\xa0\x80", "\xc0\x80", "\xf4\x8f\xbf\xbf", "\xf4\x90\x80\x80", "\xef\xbf\xbd"}
	for _, v := range valid {
		fmt.Print(utf8.ValidString(v), " ")
	}
	fmt.Println()
}
