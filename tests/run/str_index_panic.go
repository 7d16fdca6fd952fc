// Out-of-range string indexing and slicing panic with Go's exact messages.
package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Printf("%s: %v\n", name, recover())
	}()
	f()
}

func main() {
	s := "hello"
	i, j, k := 10, 3, -1
	try("index", func() { _ = s[i] })
	try("index len", func() { _ = s[len(s)] })
	try("negative index", func() { _ = s[k] })
	try("slice high", func() { _ = s[:i] })
	try("slice low>high", func() { _ = s[j:2] })
	try("slice low>len", func() { _ = s[i:] })
	try("ok", func() { fmt.Println(s[j:], s[:j], s[j:j]) })
	empty := ""
	try("empty", func() { _ = empty[0] })
}
