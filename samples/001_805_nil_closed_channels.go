// Sample from seed block 001_805: a nil channel blocks forever, a closed
// channel yields its buffered values and then zero values with ok false, a
// buffered channel accepts sends up to its capacity.
// Added: the package clause, the imports, main, `_ = nilCh` (its operations
// are comments in the notes), and a print of the drained dataCh. The
// commented-out operations of the notes (blocking forever, panicking) stay
// comments.
package main

import "fmt"

func main() {
    // --- seed block 001_805 ---
    // nil channel
    var nilCh chan int
    // added: every use of nilCh is commented out in the notes
    _ = nilCh
    // <-nilCh        // 阻塞
    // nilCh <- 1     // 阻塞
    // close(nilCh)   // panic

    // 已关闭channel
    ch := make(chan int, 2)
    ch <- 1
    close(ch)
    fmt.Println(<-ch)    // 输出: 1
    fmt.Println(<-ch)    // 输出: 0
    v, ok := <-ch
    fmt.Println(v, ok)   // 输出: 0 false
    // ch <- 2           // panic
    // close(ch)         // panic

    // 有数据channel
    dataCh := make(chan int, 2)
    dataCh <- 1
    fmt.Println(<-dataCh) // 输出: 1
    dataCh <- 2
    dataCh <- 3           // 如果缓冲区已满，这里会阻塞
    close(dataCh)         // 正常关闭
    // --- end of seed block 001_805 ---
    for v := range dataCh {
        fmt.Println("drained", v)
    }
}
