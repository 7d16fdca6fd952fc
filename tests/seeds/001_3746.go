// 阻塞当前goroutine
select {}
