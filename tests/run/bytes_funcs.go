// bytes package functions mirror strings: Equal, Compare, Contains, Index,
// Split, Join, Fields, ToUpper, TrimSpace, HasPrefix, Replace, Repeat.
package main

import (
	"bytes"
	"fmt"
)

func main() {
	a := []byte("Hello, World")
	fmt.Println(bytes.Equal(a, []byte("Hello, World")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.Contains(a, []byte("World")), bytes.Index(a, []byte("o")), bytes.LastIndex(a, []byte("o")), bytes.IndexByte(a, ','))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("-")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  a b  c ")))
	fmt.Printf("%s %s %q\n", bytes.ToUpper(a), bytes.ToLower(a), bytes.TrimSpace([]byte("  pad  ")))
	fmt.Println(bytes.HasPrefix(a, []byte("Hell")), bytes.HasSuffix(a, []byte("xx")))
	fmt.Printf("%s %s\n", bytes.ReplaceAll(a, []byte("l"), []byte("L")), bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q %q\n", bytes.Trim([]byte("xxaxx"), "x"), bytes.TrimPrefix([]byte("prefix"), []byte("pre")))
	fmt.Println(bytes.Count([]byte("cheese"), []byte("e")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.IndexRune([]byte("chicken"), 'k'), bytes.ContainsAny([]byte("abc"), "xyzc"))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%s %s %v\n", before, after, found)
	m := bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL"))
	fmt.Printf("%s\n", m)
}
