// strconv quoting: Quote, QuoteToASCII, QuoteRune, QuoteRuneToASCII,
// Unquote, UnquoteChar, ParseBool, FormatBool, CanBackquote.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"plain", "tab\tnew\nline", `"quoted"`, "日本\x00\xff", "\u2028 bell\a", "back\\slash"} {
		fmt.Println(strconv.Quote(s), strconv.QuoteToASCII(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\''), strconv.QuoteRune('\n'))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"\u65e5"`, `"bad`, `'ab'`, `"\q"`, `noquotes`, `"\xff"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err != nil, "; ")
	}
	fmt.Println()
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.CanBackquote("ok"), strconv.CanBackquote("no`"), strconv.CanBackquote("no\n"))
	v, mb, tail, err := strconv.UnquoteChar(`\u00e9rest`, '"')
	fmt.Println(string(v), mb, tail, err)
	fmt.Println(strconv.IsPrint('a'), strconv.IsPrint('\u00ad'), strconv.IsGraphic(' '))
}
