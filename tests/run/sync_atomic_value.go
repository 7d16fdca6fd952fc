// atomic.Value: Load before Store is nil, Store/Load/Swap/CompareAndSwap,
// readers under a writer always see a whole value, and its panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct {
	version int
	name    string
}

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var v atomic.Value
	fmt.Println("Load before Store:", v.Load())
	v.Store(config{1, "v1"})
	fmt.Println(v.Load().(config))

	var wg sync.WaitGroup
	var torn int32
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 2; i <= 2000; i++ {
			v.Store(config{i, fmt.Sprint("v", i)})
		}
	}()
	for r := 0; r < 4; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 2000; i++ {
				c := v.Load().(config)
				if fmt.Sprint("v", c.version) != c.name {
					atomic.AddInt32(&torn, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("final:", v.Load().(config), "torn reads:", torn)

	old := v.Swap(config{0, "v0"})
	fmt.Println("Swap returned:", old)
	fmt.Println("CAS with the wrong old:", v.CompareAndSwap(config{5, "v5"}, config{6, "v6"}))
	fmt.Println("CAS with the right old:", v.CompareAndSwap(config{0, "v0"}, config{7, "v7"}), v.Load())

	try("Store(nil)", func() { v.Store(nil) })
	try("Store of another type", func() { v.Store("a string") })
	try("Swap of another type", func() { v.Swap(1) })
	try("CompareAndSwap of another type", func() { v.CompareAndSwap(config{7, "v7"}, 3) })
	var fresh atomic.Value
	fmt.Println("CAS on an empty Value with nil old:", fresh.CompareAndSwap(nil, 1), fresh.Load())
	var s atomic.Value
	fmt.Println("Swap on an empty Value:", s.Swap([]int{1}), s.Load())
}
