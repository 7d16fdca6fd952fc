// nil channel
var nilCh chan int
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
