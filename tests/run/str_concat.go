// String concatenation makes new strings; += in a loop; comparison by value.
package main

import "fmt"

func main() {
	s := ""
	for i := 0; i < 10; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	t := s
	s += "!"
	fmt.Println(t, s)
	a := "foo"
	b := "bar"
	c := a + b
	d := "foobar"
	fmt.Println(c == d, c, a+" "+b+" "+a)
	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ", "
		}
		joined += p
	}
	fmt.Println(joined)
	e := ""
	e += ""
	fmt.Println(e == "", len(e))
	big := ""
	for i := 0; i < 1000; i++ {
		big += "ab"
	}
	fmt.Println(len(big), big[1998:])
	u := "日本" + "語"
	fmt.Println(u, len(u))
}
