// 错误示例
var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

func process(data []byte) {
    buf := bufferPool.Get().(*bytes.Buffer)
    buf.Write(data) // 可能非常大
    // 处理buf
    bufferPool.Put(buf) // 未重置，保留了大量内存
}

// 正确示例
func process(data []byte) {
    buf := bufferPool.Get().(*bytes.Buffer)
    buf.Reset() // 重置状态
    buf.Write(data)
    // 处理buf
    
    // 如果缓冲区过大，不放回池中
    if buf.Cap() < maxSize {
        buf.Reset()
        bufferPool.Put(buf)
    }
}
