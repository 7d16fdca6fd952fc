// strings: Split, SplitN, SplitAfter, SplitAfterN, Fields, FieldsFunc,
// Join, and their edge cases (empty separator, empty input).
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("no sep", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz \n "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Printf("%q\n", strings.Split("日本語", ""))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, ", "), strings.Join(nil, ","), strings.Join([]string{"solo"}, "-"))
	parts := strings.Split("/usr/local/bin", "/")
	fmt.Println(len(parts), strings.Join(parts[1:], "|"))
	csv := "name,age\nann,30\nbob,25"
	for i, line := range strings.Split(csv, "\n") {
		cols := strings.Split(line, ",")
		fmt.Println(i, cols[0], cols[1])
	}
}
