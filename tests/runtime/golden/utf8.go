// utf8.go -- Go's UTF-8 decoding and encoding at run time, for the
// runtime's string test. Lines:
//
//	range HEX i:r i:r ...    for i, r := range s (s given in hex)
//	intstring V HEX          string(V) of an int64 variable V, as hex bytes
//	runestr R,R,... HEX      string([]rune{...}) as hex bytes
package main

import (
	"fmt"
	"math/rand"
)

func hexs(s string) string {
	if s == "" {
		return "-"
	}
	return fmt.Sprintf("%x", s)
}

func main() {
	inputs := []string{"", "abc", "é", "日本語", "\U0001F600", "\xff", "\xc3", "\xc3\x28",
		"\xe6\x97", "\xe6\x97\xa5\xe6", "\xed\xa0\x80", "\xed\x9f\xbf", "\xf4\x90\x80\x80",
		"\xf4\x8f\xbf\xbf", "\xf0\x80\x80\x80", "\xe0\x80\x80", "\xc0\x80", "\xc1\xbf",
		"\xf8\x88\x80\x80\x80", "a\x80b", "\xef\xbf\xbd", "\xf0\x9f\x98"}
	r := rand.New(rand.NewSource(7))
	for i := 0; i < 300; i++ {
		b := make([]byte, 1+r.Intn(8))
		for j := range b {
			switch r.Intn(3) {
			case 0:
				b[j] = byte(r.Intn(256))
			case 1:
				b[j] = byte(0x80 + r.Intn(64))
			default:
				b[j] = byte(0xc0 + r.Intn(64))
			}
		}
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		fmt.Print("range ", hexs(s))
		for i, c := range s {
			fmt.Printf(" %d:%d", i, c)
		}
		fmt.Println()
	}
	for _, v := range []int64{0, 65, 0x7f, 0x80, 0x7ff, 0x800, 0xd7ff, 0xd800, 0xdfff, 0xe000,
		0xfffd, 0xffff, 0x10000, 0x10ffff, 0x110000, -1, 1 << 31, 1 << 32, -(1 << 31), 1<<32 + 65} {
		fmt.Println("intstring", v, hexs(string(v))) // v is an int64 variable: not truncated
	}
	for _, rs := range [][]rune{{}, {65}, {0x10ffff, -1, 0xd800, 0x110000, 'x'}, {'日', '本'}} {
		fmt.Print("runestr ")
		for i, c := range rs {
			if i > 0 {
				fmt.Print(",")
			}
			fmt.Print(c)
		}
		if len(rs) == 0 {
			fmt.Print("-")
		}
		fmt.Println("", hexs(string(rs)))
	}
}
