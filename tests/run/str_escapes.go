// String and rune literal escapes, raw strings, and %q/%+q/%#q output.
package main

import "fmt"

func main() {
	s := "tab\there\nnewline \"quoted\" back\\slash \x41\u00e9\U0001F600 \101 \a\b\f\r\v"
	fmt.Printf("%q\n", s)
	fmt.Printf("%+q\n", s)
	fmt.Println(len(s))
	raw := `raw\n "string" with
two lines`
	fmt.Println(raw)
	fmt.Printf("%q %d\n", raw, len(raw))
	fmt.Printf("%#q %#q\n", "back`tick", "plain")
	fmt.Printf("%q %q %q %q\n", '\n', '\'', 'é', '\x00')
	fmt.Printf("%+q %q\n", 'é', 0x1F600)
	fmt.Printf("%q\n", "\xff\xfe valid é")
	fmt.Printf("%x % x %X\n", "héllo", "héllo", "hi")
	fmt.Println("\u65e5\u672c", "\xe6\x97\xa5")
}
