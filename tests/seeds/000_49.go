// 模拟GMP模型的核心结构
type G struct {
    stack       []byte    // goroutine的栈空间
    stackguard0 uintptr   // 栈溢出检查
    m           *M        // 当前运行在哪个M上
    sched       gobuf     // 调度相关的寄存器
    status      uint32    // goroutine状态
}

type M struct {
    g0      *G     // 调度器goroutine
    curg    *G     // 当前正在运行的goroutine
    p       *P     // 关联的P
    nextp   *P     // 即将关联的P
    spinning bool  // 是否在自旋等待工作
}

type P struct {
    id       int32    // P的ID
    status   uint32   // P的状态
    runq     [256]*G  // 本地运行队列
    runqhead uint32   // 队列头
    runqtail uint32   // 队列尾
    runnext  *G       // 下一个要运行的G
}
