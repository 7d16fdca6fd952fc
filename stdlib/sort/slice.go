// slice.go -- Slice, SliceStable, SliceIsSorted: sorting any slice given a
// less function. The elements are swapped by reflectlite.Swapper (a native
// swap on the slice's backing array).
package sort

import "internal/reflectlite"

// funcs adapts a length, a less function and a swapper to Interface, so the
// same algorithms serve Sort and Slice with the same sequence of calls.
type funcs struct {
	n    int
	less func(i, j int) bool
	swap func(i, j int)
}

func (f *funcs) Len() int           { return f.n }
func (f *funcs) Less(i, j int) bool { return f.less(i, j) }
func (f *funcs) Swap(i, j int)      { f.swap(i, j) }

// Slice sorts the slice x given the provided less function. It panics if x
// is not a slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	rv := reflectlite.ValueOf(x)
	swap := reflectlite.Swapper(x)
	n := rv.Len()
	if n <= 1 {
		return
	}
	pdqsort(&funcs{n, less, swap}, 0, n, bitLen(uint(n)))
}

// SliceStable sorts the slice x using the provided less function, keeping
// equal elements in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	rv := reflectlite.ValueOf(x)
	swap := reflectlite.Swapper(x)
	n := rv.Len()
	stable(&funcs{n, less, swap}, n)
}

// SliceIsSorted reports whether the slice x is sorted according to the
// provided less function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	rv := reflectlite.ValueOf(x)
	n := rv.Len()
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}
