// Sample from seed block 001_3697: merging two channels; a closed input is
// set to nil, and a nil channel's case is never ready, so the select only
// waits on the inputs still open; merged is closed when both are done.
// Added: the package clause, the imports, and a main with two producers
// (3 and 2 values). How the two streams interleave is not fixed: main prints
// the merged values sorted.
package main

import (
    "fmt"
    "sort"
)

// --- seed block 001_3697 ---
func fanIn(ch1, ch2 <-chan string) <-chan string {
    merged := make(chan string)
    go func() {
        defer close(merged)
        for {
            select {
            case v, ok := <-ch1:
                if !ok {
                    ch1 = nil
                } else {
                    merged <- v
                }
            case v, ok := <-ch2:
                if !ok {
                    ch2 = nil
                } else {
                    merged <- v
                }
            }
            
            // 所有channel都关闭时退出
            if ch1 == nil && ch2 == nil {
                return
            }
        }
    }()
    return merged
}
// --- end of seed block 001_3697 ---

func produce(values ...string) <-chan string {
    ch := make(chan string)
    go func() {
        defer close(ch)
        for _, v := range values {
            ch <- v
        }
    }()
    return ch
}

func main() {
    var got []string
    for v := range fanIn(produce("a1", "a2", "a3"), produce("b1", "b2")) {
        got = append(got, v)
    }
    sort.Strings(got)
    fmt.Println(len(got), got)
}
