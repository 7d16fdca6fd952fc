// String verbs: %s %q %x %X % x %v with widths, precisions (in runes) and
// flags; %q escaping; strings of invalid UTF-8.
package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("[%s] [%10s] [%-10s] [%.2s] [%5.1s] [%q] [%+q] [%#q]\n", s, s, s, s, s, s, s, s)
	fmt.Printf("[%x] [%X] [% x] [%#x] [% #X]\n", s, s, s, s, s)
	fmt.Printf("[%v] [%8v] [%-8v|]\n", s, s, s)
	fmt.Printf("[%q] [%q] [%q]\n", "tab\t\"q\"", "\x00\xff", "日本\u200b")
	fmt.Printf("[%#q] [%#q]\n", "has`backtick", "multi\nline")
	fmt.Printf("[%.3q] [%10q] [%-10q|]\n", "abcdef", "ab", "ab")
	fmt.Printf("[%s] [%v] [%q]\n", []string{"a", "b"}, []string{"a b", "c"}, []string{"a", "b\n"})
	fmt.Printf("[%x] [%X]\n", []string{"hi", "yo"}, "Go")
	fmt.Printf("[%05s] [%.0s] [%.10s]\n", "ab", "abc", "short")
	fmt.Printf("[%s]\n", "")
	fmt.Printf("[%6s] [%-6s|] [%.1s]\n", "日本", "日本", "日本")
	fmt.Printf("[%c|%5s|%-5s]\n", 'é', "é", "é")
}
