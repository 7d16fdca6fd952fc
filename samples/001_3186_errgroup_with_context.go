// Sample from seed block 001_3186: errgroup.WithContext: Go starts each
// function on a goroutine, Wait waits for all and returns the first error.
// golang.org/x/sync/errgroup: the goldens were made with Go building
// against the project's copy, stdlib/golang.org/x/sync (GOPATH mode).
// Added: the package clause, the imports, main, `_ = ctx` (gc rejects the
// unused ctx), a print of what Wait returned and of ctx.Err() after Wait
// (WithContext cancels ctx when Wait returns).
package main

import (
    "context"
    "fmt"

    "golang.org/x/sync/errgroup"
)

func main() {
    // --- seed block 001_3186 ---
    g, ctx := errgroup.WithContext(context.Background())
    for i := 0; i < 5; i++ {
        g.Go(func() error {
            // 执行任务，返回错误
            return nil
        })
    }
    if err := g.Wait(); err != nil {
        // 处理错误
    }
    // --- end of seed block 001_3186 ---
    fmt.Println("Wait:", g.Wait())
    fmt.Println("ctx after Wait:", ctx.Err())
}
