// Sample from seed block 000_2094: run an operation on a goroutine and wait
// for its result or a timeout, whichever comes first. The result channel
// has a buffer of 1 so that a late operation can still send and end.
// Added: the package clause, the imports, a longRunningOperation the notes
// leave undefined (it sleeps opTime, then returns nil), and a main that
// calls timeoutOperation with a timeout longer, then shorter, than the
// operation.
package main

import (
    "errors"
    "fmt"
    "time"
)

// added: the notes' longRunningOperation
var opTime = 20 * time.Millisecond

func longRunningOperation() error {
    time.Sleep(opTime)
    return nil
}

// --- seed block 000_2094 ---
func timeoutOperation(timeout time.Duration) error {
    done := make(chan error, 1)
    
    go func() {
        // 执行耗时操作
        done <- longRunningOperation()
    }()
    
    select {
    case err := <-done:
        return err
    case <-time.After(timeout):
        return errors.New("操作超时")
    }
}
// --- end of seed block 000_2094 ---

func main() {
    fmt.Println(timeoutOperation(500 * time.Millisecond))
    opTime = 500 * time.Millisecond
    fmt.Println(timeoutOperation(20 * time.Millisecond))
}
