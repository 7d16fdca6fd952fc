// sync.Map under 8 goroutines: Store, Load, LoadOrStore, LoadAndDelete,
// Delete and Range, with the final contents printed sorted.
package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	var loaded int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				m.Store(fmt.Sprint("k", i%20), i%20)
				if _, ok := m.LoadOrStore(fmt.Sprint("g", g), g); ok {
					atomic.AddInt32(&loaded, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("LoadOrStore found the key on all but the first call:", loaded == 8*99)

	v, ok := m.Load("k7")
	fmt.Println("Load k7:", v, ok)
	v, ok = m.Load("missing")
	fmt.Println("Load missing:", v, ok)
	v, loadedOld := m.LoadOrStore("k7", "other")
	fmt.Println("LoadOrStore existing:", v, loadedOld)
	v, ok = m.LoadAndDelete("k8")
	fmt.Println("LoadAndDelete:", v, ok)
	v, ok = m.LoadAndDelete("k8")
	fmt.Println("LoadAndDelete again:", v, ok)
	m.Delete("k9")
	m.Delete("never stored")

	var deleted int32
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 10; i < 20; i++ {
				if _, ok := m.LoadAndDelete(fmt.Sprint("k", i)); ok {
					atomic.AddInt32(&deleted, 1)
				}
			}
		}(g)
	}
	wg.Wait()
	fmt.Println("each key deleted once:", deleted)

	var keys []string
	m.Range(func(k, v interface{}) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v interface{}) bool {
		n++
		return n < 3
	})
	fmt.Println("Range stops when f returns false:", n)
}
