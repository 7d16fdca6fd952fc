var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

// 获取对象
buffer := bufferPool.Get().(*bytes.Buffer)
buffer.Reset()

// 使用buffer

// 放回池中
bufferPool.Put(buffer)
