// Widths count runes, not bytes or display columns; %c, %U and %q on runes.
package main

import "fmt"

func main() {
	for _, s := range []string{"abc", "äbc", "日本語", "😀"} {
		fmt.Printf("[%6s] [%-6s] [%.2s] [%q] [%+q] len=%d\n", s, s, s, s, s, len(s))
	}
	for _, r := range []rune{'a', 'ä', '日', '😀', 0x7f, 0x80, 0xFFFD} {
		fmt.Printf("%c %3c %U %#U %q %+q %x %d\n", r, r, r, r, r, r, r, r)
	}
	fmt.Printf("%q\n", []rune("añ😀"))
	fmt.Printf("%c|%c\n", -1, 0x110000)
}
