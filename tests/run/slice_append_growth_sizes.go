// Capacity growth depends on the element size, because the new byte size is
// rounded up to a size class: element sizes 1, 2, 4, 8, 12, 16, 24, 32, 40,
// 48 and 100 bytes.
package main

import "fmt"

type t12 [3]int32
type t40 [5]int64
type t48 [6]int64
type t100 [25]int32

func main() {
	var b []byte
	var i16 []int16
	var i32 []int32
	var i64 []int64
	var a12 []t12
	var str []string
	var sl [][]int
	var a32 [][4]int64
	var a40 []t40
	var a48 []t48
	var a100 []t100
	caps := make([][]int, 11)
	for n := 1; n <= 1300; n++ {
		b = append(b, 1)
		i16 = append(i16, 1)
		i32 = append(i32, 1)
		i64 = append(i64, 1)
		a12 = append(a12, t12{})
		str = append(str, "")
		sl = append(sl, nil)
		a32 = append(a32, [4]int64{})
		a40 = append(a40, t40{})
		a48 = append(a48, t48{})
		a100 = append(a100, t100{})
		cur := []int{cap(b), cap(i16), cap(i32), cap(i64), cap(a12), cap(str), cap(sl), cap(a32), cap(a40), cap(a48), cap(a100)}
		for k, c := range cur {
			if len(caps[k]) == 0 || caps[k][len(caps[k])-1] != c {
				caps[k] = append(caps[k], c)
			}
		}
	}
	names := []string{"1", "2", "4", "8", "12", "16", "24", "32", "40", "48", "100"}
	for k, c := range caps {
		fmt.Println("size", names[k]+":", c)
	}
}
