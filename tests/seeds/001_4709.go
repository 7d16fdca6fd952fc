var bufferPool = sync.Pool{
    New: func() interface{} {
        return new(bytes.Buffer)
    },
}

func process() {
    buf := bufferPool.Get().(*bytes.Buffer)
    buf.Reset()
    // 使用buf
    bufferPool.Put(buf)
}
