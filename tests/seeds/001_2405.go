// Mutex结构
type Mutex struct {
    state int32  // 锁状态
    sema  uint32 // 信号量
}

// state字段的位含义
const (
    mutexLocked = 1 << iota  // 锁定标志位
    mutexWoken               // 唤醒标志位
    mutexStarving            // 饥饿模式标志位
    mutexWaiterShift = iota  // 等待者计数的位移
)
