// Untyped constants take a default type when boxed in an interface:
// int, float64, int32 (rune), string, bool; typed constants keep theirs.
package main

import "fmt"

type Celsius float64
type Name string

const boiling Celsius = 100
const greeting Name = "hi"

func main() {
	var a interface{} = 1
	var b interface{} = 1.0
	var c interface{} = 'c'
	var d interface{} = "s"
	var e interface{} = true
	var f interface{} = 1 << 40
	var g interface{} = 2.0 * 3
	fmt.Printf("%T %T %T %T %T %T %T\n", a, b, c, d, e, f, g)
	fmt.Printf("%T %v %T %v\n", boiling, boiling, greeting, greeting)
	h := boiling / 3
	fmt.Printf("%T %.4f\n", h, h)
	const n = 10
	var i8 int8 = n
	var f32 float32 = n
	var u uint = n * n
	fmt.Println(i8, f32, u)
	fmt.Printf("%T %T %T\n", i8+n, f32*n, u/n)
	const big = 1 << 62
	fmt.Println(big/(1<<60), float32(big))
	const s = "con" + "cat"
	fmt.Println(s, len(s))
	const r = 'a' + 1
	fmt.Println(r, string(rune(r)))
	fmt.Printf("%T\n", r)
}
