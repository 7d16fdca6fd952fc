// byte is uint8 and rune is int32: arithmetic on characters.
package main

import "fmt"

func main() {
	c := 'a'
	fmt.Println(c, c+1, string(c+1), c-'a'+'A')
	fmt.Printf("%T %c %q\n", c, c+2, c+3)
	var b byte = 'z'
	b += 10
	fmt.Println(b, string(rune(b)))
	digits := "0123456789"
	sum := 0
	for i := 0; i < len(digits); i++ {
		sum += int(digits[i] - '0')
	}
	fmt.Println("sum of digits", sum)
	upper := []byte("hello, world")
	for i, ch := range upper {
		if ch >= 'a' && ch <= 'z' {
			upper[i] = ch - 32
		}
	}
	fmt.Println(string(upper))
	var r rune = 0x10FFFF
	r++
	fmt.Println(r, string(r) == "\uFFFD")
	fmt.Println('\n', '\x41', '\u00e9', '\U0001F600', '\'')
}
