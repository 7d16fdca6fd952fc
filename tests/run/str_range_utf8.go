// for range over a string decodes UTF-8: the index is a byte offset, each
// invalid byte (or each byte of an invalid sequence) yields U+FFFD, width 1.
package main

import "fmt"

func dump(label, s string) {
	fmt.Printf("%s (len %d):", label, len(s))
	prev := -1
	for i, r := range s {
		if prev >= 0 {
			fmt.Printf(" w%d", i-prev)
		}
		fmt.Printf(" [%d %U]", i, r)
		prev = i
	}
	fmt.Println()
}

func main() {
	dump("ascii", "Go!")
	dump("latin", "héllo")
	dump("cjk", "世界")
	dump("emoji", "a😀b")
	dump("lone ff", "a\xffb")
	dump("truncated 2-byte", "x\xc3")
	dump("truncated 3-byte", "\xe4\xb8y")
	dump("overlong NUL", "\xc0\x80")
	dump("surrogate", "\xed\xa0\x80z")
	dump("beyond max", "\xf4\x90\x80\x80")
	dump("continuation only", "\x80\x80")
	dump("empty", "")
	count := 0
	for range "añ😀\xff" {
		count++
	}
	fmt.Println("runes:", count)
	for i := range "ab€" {
		fmt.Print(i, " ")
	}
	fmt.Println()
	s := "€uro"
	for i, r := range s {
		if i == 0 {
			s = "changed" // the range expression was evaluated once
		}
		fmt.Print(string(r))
	}
	fmt.Println(" then", s)
}
