// %p and %v of pointers print addresses, which differ between runs and
// implementations: only their shape is checked here.
package main

import (
	"fmt"
	"strings"
)

type T struct{ a int }

func main() {
	x := 1
	p := &x
	s := []int{1, 2}
	m := map[int]int{}
	f := func() {}
	t := &T{}
	for _, v := range []string{
		fmt.Sprintf("%p", p),
		fmt.Sprintf("%p", s),
		fmt.Sprintf("%p", m),
		fmt.Sprintf("%p", f),
		fmt.Sprintf("%p", t),
		fmt.Sprintf("%v", p),
		fmt.Sprintf("%#p", p),
	} {
		fmt.Println(v != "", strings.HasPrefix(v, "0x"), v != "0x0")
	}
	var np *int
	fmt.Printf("%p %v\n", np, np)
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%p", &x))
	fmt.Println(fmt.Sprintf("%p", &s[0]) == fmt.Sprintf("%p", s))
	fmt.Printf("%p\n", 5)
	fmt.Println(fmt.Sprintf("%v", t) == "&{0}")
	var ns []int
	fmt.Printf("%p\n", ns)
}
