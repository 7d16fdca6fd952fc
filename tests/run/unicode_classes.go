// unicode: character classes and case mapping for ASCII, Latin-1, Greek,
// CJK, digits from other scripts, and special cases.
package main

import (
	"fmt"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'Z', '5', ' ', '\t', '\n', '!', 'é', 'ß', 'Σ', 'ς', '世', '٣', 'Ⅻ', '\u00a0', '\u2028', '_', '$', '😀', 0x10FFFF} {
		fmt.Printf("%U letter=%v digit=%v number=%v space=%v upper=%v lower=%v punct=%v symbol=%v print=%v graphic=%v control=%v\n",
			r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsUpper(r),
			unicode.IsLower(r), unicode.IsPunct(r), unicode.IsSymbol(r), unicode.IsPrint(r), unicode.IsGraphic(r), unicode.IsControl(r))
	}
	for _, r := range []rune{'a', 'A', 'é', 'ß', 'σ', 'ς', 'ǆ', 'ı', 'İ', '1', 'ÿ'} {
		fmt.Printf("%c upper=%c lower=%c title=%c simplefold=%c\n", r, unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	fmt.Println(unicode.Is(unicode.Lu, 'Q'), unicode.Is(unicode.Nd, '7'), unicode.In('x', unicode.Digit, unicode.Letter))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar == '\uFFFD', unicode.MaxASCII, unicode.MaxLatin1)
}
