// Sample from seed block 001_3267: two ways to cap concurrency and keep the
// first error: semaphore.Weighted with a WaitGroup and a sync.Once, and
// errgroup with SetLimit.
// golang.org/x/sync: the goldens were made with Go building against the
// project's copy, stdlib/golang.org/x/sync (GOPATH mode).
// Added: the package clause, the imports, and a main running 8 tasks with a
// limit of 3 through each function; task 5 fails. Each task records how
// many run at once. Prints the error each returns (only task 5 fails, so it
// is the first error in both) and whether the limit held.
package main

import (
    "context"
    "fmt"
    "sync"
    "sync/atomic"
    "time"

    "golang.org/x/sync/errgroup"
    "golang.org/x/sync/semaphore"
)

// --- seed block 001_3267 ---
// 使用semaphore
func useSemaphore(ctx context.Context, concurrency int64, tasks []func() error) error {
    sem := semaphore.NewWeighted(concurrency)
    var wg sync.WaitGroup
    var errOnce sync.Once
    var firstErr error
    
    for _, task := range tasks {
        if err := sem.Acquire(ctx, 1); err != nil {
            return err
        }
        
        wg.Add(1)
        go func(task func() error) {
            defer func() {
                sem.Release(1)
                wg.Done()
            }()
            
            if err := task(); err != nil {
                errOnce.Do(func() {
                    firstErr = err
                })
            }
        }(task)
    }
    
    wg.Wait()
    return firstErr
}

// 使用errgroup
func useErrGroup(ctx context.Context, concurrency int, tasks []func() error) error {
    g, ctx := errgroup.WithContext(ctx)
    g.SetLimit(concurrency) // Go 1.18+
    
    for _, task := range tasks {
        task := task
        g.Go(func() error {
            return task()
        })
    }
    
    return g.Wait()
}
// --- end of seed block 001_3267 ---

var running, maxRunning int32

// makeTasks returns n tasks of 5 ms; task 5 fails. Each records the number
// of tasks running with it in maxRunning.
func makeTasks(n int) []func() error {
    tasks := make([]func() error, n)
    for i := range tasks {
        i := i
        tasks[i] = func() error {
            r := atomic.AddInt32(&running, 1)
            defer atomic.AddInt32(&running, -1)
            for {
                m := atomic.LoadInt32(&maxRunning)
                if r <= m || atomic.CompareAndSwapInt32(&maxRunning, m, r) {
                    break
                }
            }
            time.Sleep(5 * time.Millisecond)
            if i == 5 {
                return fmt.Errorf("task %d failed", i)
            }
            return nil
        }
    }
    return tasks
}

func main() {
    ctx := context.Background()
    fmt.Println("semaphore:", useSemaphore(ctx, 3, makeTasks(8)), "at most 3 at once:", maxRunning <= 3)
    maxRunning = 0
    fmt.Println("errgroup:", useErrGroup(ctx, 3, makeTasks(8)), "at most 3 at once:", maxRunning <= 3)
}
