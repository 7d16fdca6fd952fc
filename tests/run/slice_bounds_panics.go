// Every kind of index and slice-bounds failure, recovered, with Go's text.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%-22s %v\n", name+":", recover())
	}()
	f()
}

func main() {
	s := make([]int, 3, 5)
	arr := [4]int{}
	str := "abc"
	i, j, k, neg := 5, 2, 7, -1
	try("index slice", func() { _ = s[i] })
	try("index len", func() { _ = s[3] })
	try("index array", func() { _ = arr[i] })
	try("index negative", func() { _ = s[neg] })
	try("store slice", func() { s[i] = 1 })
	try("slice [:k] cap", func() { _ = s[:k] })
	try("slice [:i] ok", func() { fmt.Print(len(s[:i]), " ") })
	try("slice [i:j]", func() { _ = s[i:j] })
	try("slice [k:]", func() { _ = s[k:] })
	try("slice [i:] ok", func() { fmt.Print(len(s[i-2:]), " ") })
	try("slice neg low", func() { _ = s[neg:] })
	try("slice neg high", func() { _ = s[:neg] })
	try("array [:k]", func() { _ = arr[:k] })
	try("string [:i]", func() { _ = str[:i] })
	try("string [i:]", func() { _ = str[i:] })
	try("3-index max", func() { _ = s[0:1:k] })
	three := 3
	try("3-index high>max", func() { _ = s[0:4:three] })
	try("3-index low>high", func() { _ = s[3:j:4] })
	try("3-index neg max", func() { _ = s[0:0:neg] })
	try("make len", func() { _ = make([]int, neg) })
	try("make cap", func() { _ = make([]int, i, j) })
	try("to array ptr", func() { _ = (*[4]int)(s) })
	try("to array ptr ok", func() { p := (*[2]int)(s); fmt.Print(len(p), " ") })
	var nilS []int
	try("nil index", func() { _ = nilS[0] })
	try("nil slice ok", func() { fmt.Print(len(nilS[0:0]), " ") })
	var ptr *[3]int
	try("nil array ptr", func() { _ = ptr[1] })
}
