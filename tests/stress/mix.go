// mix: a bit of every blocking primitive at once, for ThreadSanitizer
// (make test-tsan) and the stress loop: Gosched-heavy goroutines, a
// sync.Mutex and an RWMutex with their invariants, WaitGroup, Once, Cond
// broadcast, a worker pool on a buffered channel, select with time.After
// timeouts, a Ticker, Timer Stop/Reset, AfterFunc, context cancellation
// and deadlines, and GOMAXPROCS changed (stop the world) while all that
// runs. It prints only invariants.
//
// Usage: mix [ROUNDS]   (default 20)
package main

import (
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// yielders: goroutines that yield between atomic increments
func yielders(n, per int) int64 {
	var total atomic.Int64
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < per; k++ {
				total.Add(1)
				runtime.Gosched()
			}
		}()
	}
	wg.Wait()
	return total.Load()
}

// locks: a Mutex-guarded counter and an RWMutex-guarded pair whose
// halves readers must always see equal
func locks(n, per int) (int, bool) {
	var mu sync.Mutex
	var rw sync.RWMutex
	counter, a, b := 0, 0, 0
	torn := false
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for k := 0; k < per; k++ {
				mu.Lock()
				counter++
				mu.Unlock()
				rw.Lock()
				a++
				runtime.Gosched()
				b++
				rw.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			for k := 0; k < per; k++ {
				rw.RLock()
				if a != b {
					mu.Lock()
					torn = true
					mu.Unlock()
				}
				rw.RUnlock()
			}
		}()
	}
	wg.Wait()
	return counter, !torn && a == n*per && b == a
}

// onceCond: Once runs one of many callers; Cond.Broadcast releases all waiters
func onceCond(n int) (int32, int) {
	var once sync.Once
	var ran atomic.Int32
	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready, woken := false, 0
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { ran.Add(1) })
			mu.Lock()
			for !ready {
				cond.Wait()
			}
			woken++
			mu.Unlock()
		}()
	}
	time.Sleep(time.Millisecond)
	mu.Lock()
	ready = true
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	return ran.Load(), woken
}

// pool: workers squaring jobs from a buffered channel
func pool(workers, jobs int) int {
	in := make(chan int, 8)
	out := make(chan int, 8)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range in {
				out <- j * j
			}
		}()
	}
	go func() {
		for j := 1; j <= jobs; j++ {
			in <- j
		}
		close(in)
	}()
	go func() { wg.Wait(); close(out) }()
	sum := 0
	for v := range out {
		sum += v
	}
	return sum
}

// timers: a select that times out, a ticker, Stop/Reset, AfterFunc
func timers() (bool, int, bool, bool) {
	never := make(chan int)
	timedOut := false
	select {
	case <-never:
	case <-time.After(2 * time.Millisecond):
		timedOut = true
	}
	tk := time.NewTicker(time.Millisecond)
	ticks := 0
	for range tk.C {
		ticks++
		if ticks == 3 {
			break
		}
	}
	tk.Stop()
	t := time.NewTimer(time.Hour)
	stopped := t.Stop()
	t.Reset(time.Millisecond)
	<-t.C
	done := make(chan bool)
	time.AfterFunc(time.Millisecond, func() { done <- true })
	return timedOut, ticks, stopped, <-done
}

// contexts: cancel reaches every child; a deadline expires
func contexts(n int) (int, error) {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var seen atomic.Int32
	for i := 0; i < n; i++ {
		wg.Add(1)
		child, stop := context.WithCancel(ctx)
		go func() {
			defer wg.Done()
			defer stop()
			<-child.Done()
			if child.Err() == context.Canceled {
				seen.Add(1)
			}
		}()
	}
	cancel()
	wg.Wait()
	dctx, dcancel := context.WithTimeout(context.Background(), time.Millisecond)
	defer dcancel()
	<-dctx.Done()
	return int(seen.Load()), dctx.Err()
}

func main() {
	rounds := 20
	if len(os.Args) > 1 {
		rounds, _ = strconv.Atoi(os.Args[1])
	}
	procs := runtime.GOMAXPROCS(0)
	bad := 0
	for r := 0; r < rounds; r++ {
		// change GOMAXPROCS (stop the world) while goroutines run
		var spin sync.WaitGroup
		spin.Add(1)
		go func() {
			defer spin.Done()
			runtime.GOMAXPROCS(1 + r%3)
		}()
		if y := yielders(8, 50); y != 400 {
			fmt.Println("round", r, "yielders", y)
			bad++
		}
		if c, ok := locks(4, 50); c != 200 || !ok {
			fmt.Println("round", r, "locks", c, ok)
			bad++
		}
		if ran, woken := onceCond(10); ran != 1 || woken != 10 {
			fmt.Println("round", r, "once/cond", ran, woken)
			bad++
		}
		if s := pool(4, 100); s != 338350 {
			fmt.Println("round", r, "pool", s)
			bad++
		}
		if to, ticks, stopped, fired := timers(); !to || ticks != 3 || !stopped || !fired {
			fmt.Println("round", r, "timers", to, ticks, stopped, fired)
			bad++
		}
		if seen, err := contexts(10); seen != 10 || err != context.DeadlineExceeded {
			fmt.Println("round", r, "contexts", seen, err)
			bad++
		}
		spin.Wait()
	}
	runtime.GOMAXPROCS(procs)
	fmt.Println("rounds:", rounds, "failures:", bad)
}
