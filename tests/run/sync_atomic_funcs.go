// sync/atomic functions with 8 goroutines: Add, Load, Store, Swap and
// CompareAndSwap on int32, int64, uint32, uint64 and uintptr.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

func main() {
	var (
		i32 int32
		i64 int64
		u32 uint32
		u64 uint64
		up  uintptr
		wg  sync.WaitGroup
	)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				atomic.AddInt32(&i32, 1)
				atomic.AddInt64(&i64, 2)
				atomic.AddUint32(&u32, 3)
				atomic.AddUint64(&u64, 4)
				atomic.AddUintptr(&up, 5)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt32(&i32), atomic.LoadInt64(&i64), atomic.LoadUint32(&u32),
		atomic.LoadUint64(&u64), atomic.LoadUintptr(&up))

	// Decrement unsigned values by adding the complement.
	atomic.AddUint32(&u32, ^uint32(0))
	atomic.AddUint64(&u64, ^uint64(9))
	fmt.Println("after decrements:", u32, u64)
	fmt.Println("Add returns the new value:", atomic.AddInt32(&i32, -8000), atomic.AddInt64(&i64, 1))

	// A CAS loop: 8 goroutines each double-increment with retries.
	var cas int64
	var retries int64
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				for {
					old := atomic.LoadInt64(&cas)
					if atomic.CompareAndSwapInt64(&cas, old, old+1) {
						break
					}
					atomic.AddInt64(&retries, 1)
				}
			}
		}()
	}
	wg.Wait()
	fmt.Println("CAS loop total:", cas, "retries are not negative:", retries >= 0)

	// Swap hands out each old value exactly once.
	var slot int64
	seen := make([]int32, 8001)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 1; i <= 1000; i++ {
				old := atomic.SwapInt64(&slot, int64(g*1000+i))
				atomic.AddInt32(&seen[old], 1)
			}
		}(g)
	}
	wg.Wait()
	dup := 0
	for _, c := range seen {
		if c > 1 {
			dup++
		}
	}
	seen[atomic.LoadInt64(&slot)]++
	missing := 0
	for _, c := range seen {
		if c == 0 {
			missing++
		}
	}
	fmt.Println("Swap: duplicates", dup, "missing", missing)

	var flag uint32
	fmt.Println(atomic.CompareAndSwapUint32(&flag, 0, 1), atomic.CompareAndSwapUint32(&flag, 0, 2), flag)
	atomic.StoreUint64(&u64, 1<<63)
	fmt.Println(atomic.SwapUint64(&u64, 7), atomic.LoadUint64(&u64))
	atomic.StoreInt32(&i32, -5)
	fmt.Println(atomic.SwapInt32(&i32, 5), atomic.CompareAndSwapInt32(&i32, 5, -1), i32)
	fmt.Println(atomic.CompareAndSwapUintptr(&up, 40000, 1), atomic.SwapUintptr(&up, 2), up)
}
