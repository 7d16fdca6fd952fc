// 无锁队列的节点
type Node struct {
    value interface{}
    next  *Node
}

// 无锁队列
type Queue struct {
    head unsafe.Pointer // *Node
    tail unsafe.Pointer // *Node
}

// 入队
func (q *Queue) Enqueue(value interface{}) {
    node := &Node{value: value}
    for {
        tail := atomic.LoadPointer(&q.tail)
        next := atomic.LoadPointer(&(*Node)(tail).next)
        if next == nil {
            if atomic.CompareAndSwapPointer(&(*Node)(tail).next, nil, unsafe.Pointer(node)) {
                atomic.CompareAndSwapPointer(&q.tail, tail, unsafe.Pointer(node))
                return
            }
        } else {
            atomic.CompareAndSwapPointer(&q.tail, tail, next)
        }
    }
}
