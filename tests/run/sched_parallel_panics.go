// 8 goroutines panic and recover 1000 times each at once, with defers,
// run-time errors and re-panics; every one is accounted for.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

var errBoom = errors.New("boom")

func risky(i int) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("recovered ", kind(r))
		}
	}()
	switch i % 4 {
	case 0:
		var m map[int]int
		m[i] = i
	case 1:
		a := []int{}
		_ = a[i]
	case 2:
		func() {
			defer func() {
				r := recover()
				panic(fmt.Errorf("re-panic: %w", r.(error)))
			}()
			panic(errBoom)
		}()
	case 3:
		return "ok"
	}
	return "not reached"
}

func kind(r interface{}) string {
	switch v := r.(type) {
	case runtime.Error:
		return "runtime.Error"
	case error:
		if errors.Is(v, errBoom) {
			return "wrapped boom"
		}
		return "error"
	}
	return "other"
}

func main() {
	runtime.GOMAXPROCS(4)
	var mu sync.Mutex
	counts := map[string]int{}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			local := map[string]int{}
			for i := 0; i < 1000; i++ {
				local[risky(i+g)]++
			}
			mu.Lock()
			for k, v := range local {
				counts[k] += v
			}
			mu.Unlock()
		}(g)
	}
	wg.Wait()
	fmt.Println(counts)
}
