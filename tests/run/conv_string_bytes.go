// Conversions between string, []byte, []rune and rune copy the data;
// invalid code points become U+FFFD.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	b[0] = 'H'
	r[1] = 'E'
	fmt.Println(s, string(b), string(r))
	t := string(b)
	b[1] = 'X'
	fmt.Println(t, string(b[:2]))
	for _, cp := range []rune{65, 0xe9, 0x4e16, 0x1F600, -1, 0xD800, 0xDFFF, 0x10FFFF, 0x110000} {
		str := string(cp)
		fmt.Printf("%d %q %d % x\n", cp, str, len(str), str)
	}
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println(len(bad), []rune(bad), len([]rune(bad)))
	fmt.Println(string([]rune{72, 105, -5, 0x1F44B}))
	var nilb []byte
	var nilr []rune
	fmt.Printf("%q %q %d\n", string(nilb), string(nilr), len([]byte("")))
	fmt.Println([]byte("abc")[1], string("abc"[1]), string(rune("abc"[2])))
}
