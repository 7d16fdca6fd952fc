// []byte and [N]byte under fmt: %s and %q treat them as text, %x as hex,
// %v as a list of numbers.
package main

import "fmt"

func main() {
	b := []byte("Go\n")
	fmt.Printf("%v|%s|%q|%x|%X|% x|%#x|%d\n", b, b, b, b, b, b, b, b)
	arr := [3]byte{'a', 'b', 'c'}
	fmt.Printf("%v|%s|%x|%q\n", arr, arr, arr, arr)
	fmt.Println(b, arr)
	fmt.Printf("%#v %#v\n", b, arr)
	var nb []byte
	fmt.Printf("%v|%s|%q|%x|%#v\n", nb, nb, nb, nb, nb)
	type Bytes []byte
	fmt.Printf("%s %v\n", Bytes("named"), Bytes("xy"))
	fmt.Printf("%10s|%-6x|%.2s|%.1x\n", []byte("pad"), []byte("ab"), []byte("trunc"), []byte("zz"))
	u := []uint8{200, 1}
	fmt.Println(u)
	fmt.Printf("%s\n", [][]byte{[]byte("a"), []byte("b")})
}
