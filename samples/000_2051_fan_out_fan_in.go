// Sample from seed block 000_2051: fan-out (several workers read one input
// channel, each with its own output) and fan-in (one goroutine per input
// copies into a single output, closed when all inputs are done).
// Added: the package clause, the imports, the process the notes leave
// undefined (it squares), and a main sending 1..10 through 3 workers. The
// order of the merged results is not fixed: main prints them sorted.
package main

import (
    "fmt"
    "sort"
    "sync"
)

// added: the notes' process
func process(v int) int { return v * v }

// --- seed block 000_2051 ---
// 扇出 - 一个输入分发到多个worker
func fanOut(in <-chan int, workers int) []<-chan int {
    outs := make([]<-chan int, workers)
    for i := 0; i < workers; i++ {
        out := make(chan int)
        outs[i] = out
        
        go func(out chan<- int) {
            defer close(out)
            for val := range in {
                out <- process(val)
            }
        }(out)
    }
    return outs
}

// 扇入 - 多个输入合并到一个输出
func fanIn(ins ...<-chan int) <-chan int {
    out := make(chan int)
    var wg sync.WaitGroup
    
    for _, in := range ins {
        wg.Add(1)
        go func(in <-chan int) {
            defer wg.Done()
            for val := range in {
                out <- val
            }
        }(in)
    }
    
    go func() {
        wg.Wait()
        close(out)
    }()
    
    return out
}
// --- end of seed block 000_2051 ---

func main() {
    in := make(chan int)
    go func() {
        defer close(in)
        for i := 1; i <= 10; i++ {
            in <- i
        }
    }()
    var got []int
    for v := range fanIn(fanOut(in, 3)...) {
        got = append(got, v)
    }
    sort.Ints(got)
    fmt.Println(got)
}
