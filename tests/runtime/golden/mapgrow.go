// mapgrow.go -- when a map grows: "count B" each time B changes while
// inserting 0..199999 into a map[int]int, and "hint N B" for make(map, N).
// Reads B from the hmap through unsafe (the layout of Go 1.19's map.go).
package main

import (
	"fmt"
	"unsafe"
)

type hmap struct {
	count      int
	flags      uint8
	B          uint8
	noverflow  uint16
	hash0      uint32
	buckets    unsafe.Pointer
	oldbuckets unsafe.Pointer
	nevacuate  uintptr
}

func main() {
	m := map[int]int{}
	h := *(**hmap)(unsafe.Pointer(&m))
	lastB := -1
	for i := 0; i < 200000; i++ {
		m[i] = i
		if int(h.B) != lastB {
			fmt.Println(len(m), h.B)
			lastB = int(h.B)
		}
	}
	for _, hint := range []int{0, 1, 8, 9, 13, 14, 100, 1000, 1664, 1665, 100000} {
		m := make(map[int]int, hint)
		h := *(**hmap)(unsafe.Pointer(&m))
		fmt.Println("hint", hint, h.B)
	}
}
