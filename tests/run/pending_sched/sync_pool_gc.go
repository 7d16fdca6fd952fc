// sync.Pool and the GC: a pooled object survives one collection (it moves
// to the victim cache) and is dropped by the second.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

type obj struct{ id int }

func main() {
	news := 0
	p := sync.Pool{New: func() interface{} { news++; return &obj{-1} }}
	p.Put(&obj{1})
	runtime.GC()
	fmt.Println("after one GC:", p.Get().(*obj).id, "news", news)
	p.Put(&obj{2})
	runtime.GC()
	runtime.GC()
	fmt.Println("after two GCs:", p.Get().(*obj).id, "news", news)
}
