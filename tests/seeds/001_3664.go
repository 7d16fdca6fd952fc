select {
case highPriority := <-highPriorityCh:
    // 处理高优先级消息
default:
    // 没有高优先级消息，检查普通优先级
    select {
    case normal := <-normalCh:
        // 处理普通消息
    case <-time.After(time.Second):
        // 超时
    }
}
