// Memory is not reclaimed yet (no collector): after the only reference to
// a 10 MB object is dropped, runtime.GC() brings MemStats.Alloc back.
// (fixedbugs/issue15277.go)
package main

import "runtime"

var sink *[10 << 20]byte

func inuse() int64 {
	runtime.GC()
	var st runtime.MemStats
	runtime.ReadMemStats(&st)
	return int64(st.Alloc)
}

func main() {
	start := inuse()
	sink = new([10 << 20]byte)
	println("after alloc, grew by at least 9 MB:", inuse()-start >= 9<<20)
	sink = nil
	println("after drop, back within 1 MB:", inuse()-start < 1<<20)
}
