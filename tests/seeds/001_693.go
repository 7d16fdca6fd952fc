// 安全的并发使用
ch := make(chan int, 10)

// 多个goroutine发送
for i := 0; i < 10; i++ {
    go func(i int) {
        ch <- i
    }(i)
}

// 多个goroutine接收
for i := 0; i < 10; i++ {
    go func() {
        val := <-ch
        fmt.Println(val)
    }()
}
