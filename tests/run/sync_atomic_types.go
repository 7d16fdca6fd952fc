// The typed atomics of Go 1.19 (atomic.Int32, Int64, Uint32, Uint64,
// Uintptr, Bool) with 8 goroutines.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type stats struct {
	hits   atomic.Int64
	misses atomic.Uint32
	last   atomic.Int32
	big    atomic.Uint64
	ptr    atomic.Uintptr
	closed atomic.Bool
}

func main() {
	var s stats
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				if i%4 == 0 {
					s.misses.Add(1)
				} else {
					s.hits.Add(1)
				}
				s.big.Add(1 << 40)
				s.ptr.Add(1)
			}
			s.last.Store(int32(g))
		}(g)
	}
	wg.Wait()
	fmt.Println("hits", s.hits.Load(), "misses", s.misses.Load(), "big", s.big.Load(), "ptr", s.ptr.Load())
	l := s.last.Load()
	fmt.Println("last writer is one of them:", l >= 0 && l < 8)

	fmt.Println("Bool zero:", s.closed.Load())
	fmt.Println("CompareAndSwap false->true:", s.closed.CompareAndSwap(false, true))
	fmt.Println("again:", s.closed.CompareAndSwap(false, true), s.closed.Load())
	fmt.Println("Swap returns the old:", s.closed.Swap(false), s.closed.Load())

	// Exactly one goroutine wins the Bool.
	var winner atomic.Bool
	var wins atomic.Int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if winner.CompareAndSwap(false, true) {
				wins.Add(1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners:", wins.Load())

	var n atomic.Int64
	fmt.Println(n.Add(5), n.Swap(10), n.CompareAndSwap(10, 11), n.CompareAndSwap(10, 12), n.Load())
	var u atomic.Uint32
	u.Store(1)
	fmt.Println(u.Add(^uint32(0)), u.Load())
}
