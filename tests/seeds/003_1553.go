package main

import (
    "fmt"
    "runtime"
    "sync"
    "time"
)

// 锁竞争监控
type LockMonitor struct {
    mu           sync.Mutex
    lockCount    int64
    contentions  int64
    totalWaitTime time.Duration
}

func (lm *LockMonitor) Lock() {
    start := time.Now()
    
    // 尝试获取锁
    acquired := false
    select {
    case <-time.After(0):
        // 立即尝试获取锁
        if lm.mu.TryLock != nil { // Go 1.18+
            // acquired = lm.mu.TryLock()
        }
    }
    
    if !acquired {
        lm.contentions++
        lm.mu.Lock()
        lm.totalWaitTime += time.Since(start)
    }
    
    lm.lockCount++
}

func (lm *LockMonitor) Unlock() {
    lm.mu.Unlock()
}

func (lm *LockMonitor) Stats() (int64, int64, time.Duration) {
    return lm.lockCount, lm.contentions, lm.totalWaitTime
}

// 读写锁性能对比
type RWLockBenchmark struct {
    data map[string]int
    mu   sync.RWMutex
}

func NewRWLockBenchmark() *RWLockBenchmark {
    return &RWLockBenchmark{
        data: make(map[string]int),
    }
}

func (rb *RWLockBenchmark) Read(key string) int {
    rb.mu.RLock()
    defer rb.mu.RUnlock()
    return rb.data[key]
}

func (rb *RWLockBenchmark) Write(key string, value int) {
    rb.mu.Lock()
    defer rb.mu.Unlock()
    rb.data[key] = value
}

// 无锁数据结构示例
type LockFreeQueue struct {
    head unsafe.Pointer
    tail unsafe.Pointer
}

type node struct {
    data interface{}
    next unsafe.Pointer
}

func NewLockFreeQueue() *LockFreeQueue {
    n := &node{}
    return &LockFreeQueue{
        head: unsafe.Pointer(n),
        tail: unsafe.Pointer(n),
    }
}

func (q *LockFreeQueue) Enqueue(data interface{}) {
    n := &node{data: data}
    for {
        tail := (*node)(atomic.LoadPointer(&q.tail))
        next := (*node)(atomic.LoadPointer(&tail.next))
        
        if tail == (*node)(atomic.LoadPointer(&q.tail)) {
            if next == nil {
                if atomic.CompareAndSwapPointer(&tail.next, unsafe.Pointer(next), unsafe.Pointer(n)) {
                    atomic.CompareAndSwapPointer(&q.tail, unsafe.Pointer(tail), unsafe.Pointer(n))
                    break
                }
            } else {
                atomic.CompareAndSwapPointer(&q.tail, unsafe.Pointer(tail), unsafe.Pointer(next))
            }
        }
    }
}

func (q *LockFreeQueue) Dequeue() interface{} {
    for {
        head := (*node)(atomic.LoadPointer(&q.head))
        tail := (*node)(atomic.LoadPointer(&q.tail))
        next := (*node)(atomic.LoadPointer(&head.next))
        
        if head == (*node)(atomic.LoadPointer(&q.head)) {
            if head == tail {
                if next == nil {
                    return nil
                }
                atomic.CompareAndSwapPointer(&q.tail, unsafe.Pointer(tail), unsafe.Pointer(next))
            } else {
                data := next.data
                if atomic.CompareAndSwapPointer(&q.head, unsafe.Pointer(head), unsafe.Pointer(next)) {
                    return data
                }
            }
        }
    }
}
