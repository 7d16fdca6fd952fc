// Sample from seed block 003_1424: 100 goroutines x 10000 increments of a
// plain counter (a data race: increments get lost), an atomic counter and
// a Mutex-guarded one, each timed.
// Made deterministic: the durations differ on every run, and so does the
// racy counter's total: the prints show whether a non-negative duration
// was measured, and for the racy counter whether its total is at most the
// expected one (marked "added:"). The atomic and Mutex counters print their
// totals, always 1000000.
// Added: only those changes.
// --- seed block 003_1424 ---
package main

import (
    "fmt"
    "runtime"
    "sync"
    "sync/atomic"
    "time"
)

// 有竞态条件的计数器
type UnsafeCounter struct {
    count int64
}

func (c *UnsafeCounter) Increment() {
    c.count++ // 竞态条件
}

func (c *UnsafeCounter) Get() int64 {
    return c.count // 竞态条件
}

// 使用原子操作的安全计数器
type AtomicCounter struct {
    count int64
}

func (c *AtomicCounter) Increment() {
    atomic.AddInt64(&c.count, 1)
}

func (c *AtomicCounter) Get() int64 {
    return atomic.LoadInt64(&c.count)
}

// 使用互斥锁的安全计数器
type MutexCounter struct {
    mu    sync.RWMutex
    count int64
}

func (c *MutexCounter) Increment() {
    c.mu.Lock()
    c.count++
    c.mu.Unlock()
}

func (c *MutexCounter) Get() int64 {
    c.mu.RLock()
    defer c.mu.RUnlock()
    return c.count
}

// 性能基准测试
func BenchmarkCounters() {
    const numGoroutines = 100
    const numIncrements = 10000
    
    // 测试不安全计数器
    fmt.Println("Testing UnsafeCounter (with race condition):")
    unsafeCounter := &UnsafeCounter{}
    start := time.Now()
    
    var wg sync.WaitGroup
    for i := 0; i < numGoroutines; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for j := 0; j < numIncrements; j++ {
                unsafeCounter.Increment()
            }
        }()
    }
    wg.Wait()
    
    // added: was fmt.Printf("UnsafeCounter: %v, Expected: %d, Actual: %d\n",
    //     time.Since(start), numGoroutines*numIncrements, unsafeCounter.Get())
    fmt.Printf("UnsafeCounter: %v, Expected: %d, Actual <= Expected: %v\n", 
        time.Since(start) >= 0, numGoroutines*numIncrements, unsafeCounter.Get() <= numGoroutines*numIncrements)
    
    // 测试原子计数器
    fmt.Println("\nTesting AtomicCounter:")
    atomicCounter := &AtomicCounter{}
    start = time.Now()
    
    for i := 0; i < numGoroutines; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for j := 0; j < numIncrements; j++ {
                atomicCounter.Increment()
            }
        }()
    }
    wg.Wait()
    
    // added: was time.Since(start)
    fmt.Printf("AtomicCounter: %v, Expected: %d, Actual: %d\n", 
        time.Since(start) >= 0, numGoroutines*numIncrements, atomicCounter.Get())
    
    // 测试互斥锁计数器
    fmt.Println("\nTesting MutexCounter:")
    mutexCounter := &MutexCounter{}
    start = time.Now()
    
    for i := 0; i < numGoroutines; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for j := 0; j < numIncrements; j++ {
                mutexCounter.Increment()
            }
        }()
    }
    wg.Wait()
    
    // added: was time.Since(start)
    fmt.Printf("MutexCounter: %v, Expected: %d, Actual: %d\n", 
        time.Since(start) >= 0, numGoroutines*numIncrements, mutexCounter.Get())
}

// 运行竞态检测
// go run -race main.go
func main() {
    runtime.GOMAXPROCS(runtime.NumCPU())
    BenchmarkCounters()
}
// --- end of seed block 003_1424 ---
