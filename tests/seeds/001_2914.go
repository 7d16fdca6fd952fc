// 创建容量为N的信号量
sem := make(chan struct{}, N)

// 获取信号量
sem <- struct{}{}

// 释放信号量
<-sem
