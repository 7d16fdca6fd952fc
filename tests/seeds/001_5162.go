// 预分配
buffer := make([]byte, 0, 1024*1024)

// 复用
for i := 0; i < 1000; i++ {
    buffer = buffer[:0] // 重置长度但保留容量
    // 使用buffer
}
