// Sample from seed block 001_3521: one goroutine owns the map; writers send
// an op with a reply channel and wait for the reply.
// As written, main returns before the writers run. The sample waits until
// runtime.NumGoroutine() is back to 2 (main and the owner, which never
// returns: opCh is never closed), then sends one more op the same way
// (key 10): its reply means the owner has applied every op before it, so
// reading the map after it is safe. Prints the map.
// Added: the package clause, the imports, main, the wait, the last op, the
// print.
package main

import (
    "fmt"
    "runtime"
    "time"
)

func main() {
    // --- seed block 001_3521 ---
    type mapOp struct {
        key   int
        value int
        resp  chan struct{}
    }

    m := make(map[int]int)
    opCh := make(chan mapOp)

    // 单独goroutine管理map
    go func() {
        for op := range opCh {
            m[op.key] = op.value
            op.resp <- struct{}{}
        }
    }()

    // 并发安全地写入
    for i := 0; i < 10; i++ {
        go func(i int) {
            resp := make(chan struct{})
            opCh <- mapOp{key: i, value: i, resp: resp}
            <-resp
        }(i)
    }
    // --- end of seed block 001_3521 ---
    for runtime.NumGoroutine() > 2 {
        time.Sleep(time.Millisecond)
    }
    resp := make(chan struct{})
    opCh <- mapOp{key: 10, value: 10, resp: resp}
    <-resp
    fmt.Println(len(m), m)
}
