// strings: Contains*, Count, HasPrefix/Suffix, Index*, LastIndex*, Cut,
// EqualFold, Compare.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""))
	fmt.Println(strings.ContainsAny(s, "xyz"), strings.ContainsAny(s, ""), strings.ContainsRune(s, 'q'))
	fmt.Println(strings.Count(s, "the"), strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.HasPrefix(s, "the"), strings.HasSuffix(s, "dog"), strings.HasPrefix(s, ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.Index(s, "o"), strings.LastIndex(s, "o"), strings.Index(s, "zz"), strings.Index(s, ""))
	fmt.Println(strings.IndexByte(s, 'q'), strings.IndexRune("chicken", 'k'), strings.IndexRune("日本語", '語'))
	fmt.Println(strings.IndexAny("golang", "ny"), strings.LastIndexAny("golang", "go"), strings.LastIndexByte("abca", 'a'))
	fmt.Println(strings.IndexFunc("Hello, 世界", unicode.IsUpper), strings.IndexFunc("hello", unicode.IsDigit),
		strings.LastIndexFunc("go123", unicode.IsLetter))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("Σ", "ς"))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.Index("ababab", "bab"), strings.LastIndex("ababab", "bab"), strings.Index("日本語", "語"))
}
