// 修复前
func processRequest() {
    buf := make([]byte, 1024*1024)
    // 使用buf
}

// 修复后
var bufferPool = sync.Pool{
    New: func() interface{} {
        return make([]byte, 1024*1024)
    },
}

func processRequest() {
    buf := bufferPool.Get().([]byte)
    defer bufferPool.Put(buf)
    // 使用buf
}
