// sync.Mutex under real concurrency: 8 goroutines x 5000 increments of
// shared state, TryLock, and a mutex guarding a map and a slice.
package main

import (
	"fmt"
	"runtime"
	"sort"
	"sync"
)

type account struct {
	mu      sync.Mutex
	balance int
	log     []int
}

func (a *account) deposit(v int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += v
	if v%1000 == 0 {
		a.log = append(a.log, v)
	}
}

func main() {
	runtime.GOMAXPROCS(4)
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 5000; i++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter:", counter)

	var acc account
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 1; i <= 1000; i++ {
				acc.deposit(g*1000 + i)
			}
		}(g)
	}
	wg.Wait()
	sort.Ints(acc.log)
	fmt.Println("balance:", acc.balance, "log:", acc.log)

	fmt.Println("TryLock on a free mutex:", mu.TryLock())
	fmt.Println("TryLock on a locked mutex:", mu.TryLock())
	res := make(chan bool)
	go func() { res <- mu.TryLock() }()
	fmt.Println("TryLock from another goroutine:", <-res)
	mu.Unlock()
	go func() {
		mu.Lock()
		res <- true
	}()
	fmt.Println("Lock from another goroutine after Unlock:", <-res)
	go func() {
		mu.Unlock() // a Mutex is not tied to a goroutine
		res <- true
	}()
	<-res
	fmt.Println("unlocked by another goroutine, TryLock:", mu.TryLock())

	m := map[int]int{}
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				mu.Lock()
				m[i%10] += g
				mu.Unlock()
			}
		}(g)
	}
	mu.Unlock()
	wg.Wait()
	fmt.Println("map guarded by a mutex:", m)
}
