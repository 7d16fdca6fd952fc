// strings: ToUpper/ToLower/ToTitle/Title, Repeat, Replace, ReplaceAll,
// NewReplacer, Map, Trim family.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("HÉLLO İ"), strings.ToTitle("go"))
	fmt.Println(strings.Title("hello go world"))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("a.b.c", ".", "::"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href=\"x&y\">"))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, Gophers!"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1 // dropped
		}
		return r
	}, " a b\tc\n"))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t x y \n"), strings.Trim("xxhixx", "x"), strings.Trim("abcba", "ab"))
	fmt.Printf("%q %q\n", strings.TrimLeft("aabcaa", "a"), strings.TrimRight("aabcaa", "a"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Printf("%q %q\n", strings.TrimLeft("abab-x", "ab"), strings.TrimPrefix("abab-x", "ab"))
	fmt.Printf("%q %q\n", strings.TrimFunc("123abc456", unicode.IsDigit), strings.TrimRightFunc("go!!!", unicode.IsPunct))
	fmt.Printf("%q\n", strings.ToUpper(""))
}
