// sync.Pool: New fills an empty pool, Get without New on an empty pool is
// nil, and 8 goroutines sharing a pool of buffers get correct results.
package main

import (
	"bytes"
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var empty sync.Pool
	fmt.Println("Get from an empty pool without New:", empty.Get())

	var created int32
	pool := sync.Pool{New: func() interface{} {
		atomic.AddInt32(&created, 1)
		return new(bytes.Buffer)
	}}
	b := pool.Get().(*bytes.Buffer)
	fmt.Println("New called:", created, "buffer empty:", b.Len() == 0)
	b.WriteString("reused?")
	b.Reset()
	pool.Put(b)

	var wg sync.WaitGroup
	results := make([]string, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				buf := pool.Get().(*bytes.Buffer)
				buf.Reset()
				fmt.Fprintf(buf, "g%d-%d", g, i)
				if i == 99 {
					results[g] = buf.String()
				}
				pool.Put(buf)
			}
		}(g)
	}
	wg.Wait()
	fmt.Println(results)
	n := atomic.LoadInt32(&created)
	fmt.Println("buffers created: at least 1 and at most 801:", n >= 1 && n <= 801)

	var ints sync.Pool
	ints.Put(42)
	v := ints.Get()
	fmt.Println("Put then Get:", v == 42 || v == nil)
	ints.Put(nil) // Put of nil is ignored
	fmt.Println("after Put(nil):", ints.Get())
}
