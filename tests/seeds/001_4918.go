func makeChannel() chan int {
    ch := make(chan int) // 分配在堆上
    return ch
}

func useChannel() {
    ch := make(chan int) // 即使局部使用，通常也在堆上
    go func() {
        ch <- 1 // 在另一个goroutine中使用
    }()
    <-ch
}
