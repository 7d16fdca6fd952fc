var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

func processRequest(data []byte) {
    // 从池中获取buffer
    buffer := bufferPool.Get().(*bytes.Buffer)
    buffer.Reset() // 重置buffer状态
    
    // 使用buffer
    buffer.Write(data)
    process(buffer.Bytes())
    
    // 放回池中
    bufferPool.Put(buffer)
}
