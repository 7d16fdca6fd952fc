// 随机选择一个可用的worker
select {
case workerCh1 <- task:
    // 任务发送到worker1
case workerCh2 <- task:
    // 任务发送到worker2
case workerCh3 <- task:
    // 任务发送到worker3
}
