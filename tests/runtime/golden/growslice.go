// growslice.go -- prints every capacity change of append, as
// "elemsize oldlen oldcap newlen newcap", for the runtime's growslice test.
package main

import "fmt"

type s3 [3]byte
type s24 struct{ a, b, c int }
type s40 [5]int64
type s12 struct {
	a int32
	b [2]int32
}

func oneByOne[T any](n int) {
	var s []T
	var zero T
	size := fmt.Sprint(sizeOf(zero))
	for i := 0; i < n; i++ {
		oldlen, oldcap := len(s), cap(s)
		s = append(s, zero)
		if cap(s) != oldcap {
			fmt.Println(size, oldlen, oldcap, oldlen+1, cap(s))
		}
	}
}

func many[T any]() {
	var zero T
	size := sizeOf(zero)
	for _, lc := range [][2]int{{0, 0}, {0, 1}, {1, 1}, {3, 5}, {5, 5}, {100, 200}, {255, 255}, {256, 256}, {300, 700}, {1000, 1000}, {5000, 5000}} {
		for _, n := range []int{1, 2, 3, 7, 10, 100, 255, 256, 257, 511, 513, 1000, 1300, 4000, 10000, 100000} {
			s := make([]T, lc[0], lc[1])
			extra := make([]T, n)
			s = append(s, extra...)
			if lc[0]+n > lc[1] {
				fmt.Println(size, lc[0], lc[1], lc[0]+n, cap(s))
			}
		}
	}
}

func sizeOf(v any) int {
	switch v.(type) {
	case int8:
		return 1
	case int16:
		return 2
	case s3:
		return 3
	case int32:
		return 4
	case int:
		return 8
	case s12:
		return 12
	case string:
		return 16
	case s24:
		return 24
	case s40:
		return 40
	}
	panic("size")
}

func main() {
	oneByOne[int8](5000)
	oneByOne[int16](5000)
	oneByOne[s3](5000)
	oneByOne[int32](5000)
	oneByOne[int](5000)
	oneByOne[s12](5000)
	oneByOne[string](5000)
	oneByOne[s24](5000)
	oneByOne[s40](5000)
	many[int8]()
	many[s3]()
	many[int]()
	many[s12]()
	many[string]()
	many[s24]()
	many[s40]()
}
